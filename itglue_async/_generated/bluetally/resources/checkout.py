# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Checkout: Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory; Checkout a component;
Checkout a consumable; Checkout a license."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    CHECKOUT_ACCESSORY,
    CHECKOUT_ASSET,
    CHECKOUT_COMPONENT,
    CHECKOUT_CONSUMABLE,
    CHECKOUT_LICENSE,
)
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class Checkout(Resource):
    """Checkout: Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory; Checkout a
    component; Checkout a consumable; Checkout a license."""

    @functools.cached_property
    def with_raw_response(self) -> CheckoutWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return CheckoutWithRawResponse(self)

    async def asset(
        self,
        data: models.CheckoutAssetDict | models.CheckoutAsset | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkout an asset.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutAsset``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_ASSET, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def accessory(
        self,
        data: models.CheckoutAccessoryDict | models.CheckoutAccessory | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkout an accessory.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutAccessory``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_ACCESSORY, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def component(
        self,
        data: models.CheckoutComponentDict | models.CheckoutComponent | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkout a component.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutComponent``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_COMPONENT, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def consumable(
        self,
        data: models.CheckoutConsumableDict | models.CheckoutConsumable | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkout a consumable.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutConsumable``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_CONSUMABLE, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def license(
        self,
        data: models.CheckoutLicenseDict | models.CheckoutLicense | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkout a license.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutLicense``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_LICENSE, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class CheckoutWithRawResponse:
    """``Checkout``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Checkout) -> None:
        self.asset = raw_response(resource.asset)
        self.accessory = raw_response(resource.accessory)
        self.component = raw_response(resource.component)
        self.consumable = raw_response(resource.consumable)
        self.license = raw_response(resource.license)
