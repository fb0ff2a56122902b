# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Checkin: Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a component;
Checkin a license."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    CHECKIN_ACCESSORY,
    CHECKIN_ASSET,
    CHECKIN_COMPONENT,
    CHECKIN_LICENSE,
)
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class Checkin(Resource):
    """Checkin: Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a
    component; Checkin a license."""

    @functools.cached_property
    def with_raw_response(self) -> CheckinWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return CheckinWithRawResponse(self)

    async def asset(
        self,
        data: models.CheckinAssetDict | models.CheckinAsset | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkin an asset.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinAsset``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_ASSET, {}
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
        data: models.CheckinAccessoryDict | models.CheckinAccessory | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkin an accessory.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinAccessory``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_ACCESSORY, {}
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
        data: models.CheckinComponentDict | models.CheckinComponent | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkin a component.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinComponent``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_COMPONENT, {}
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
        data: models.CheckinLicenseDict | models.CheckinLicense | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> Any:
        """Checkin a license.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinLicense``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_LICENSE, {}
        return await self._action(
            route,
            path,
            None,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class CheckinWithRawResponse:
    """``Checkin``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Checkin) -> None:
        self.asset = raw_response(resource.asset)
        self.accessory = raw_response(resource.accessory)
        self.component = raw_response(resource.component)
        self.license = raw_response(resource.license)
