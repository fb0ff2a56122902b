# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Checkout: Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory; Checkout a component;
Checkout a consumable; Checkout a license."""

from __future__ import annotations

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
from itglue_async._resource import Resource
from itglue_async._routes import Route


class Checkout(Resource):
    """Checkout: Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory; Checkout a
    component; Checkout a consumable; Checkout a license."""

    async def asset(
        self,
        data: models.CheckoutAssetDict | models.CheckoutAsset | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkout an asset.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutAsset``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_ASSET, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def accessory(
        self,
        data: models.CheckoutAccessoryDict | models.CheckoutAccessory | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkout an accessory.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutAccessory``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_ACCESSORY, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def component(
        self,
        data: models.CheckoutComponentDict | models.CheckoutComponent | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkout a component.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutComponent``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_COMPONENT, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def consumable(
        self,
        data: models.CheckoutConsumableDict | models.CheckoutConsumable | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkout a consumable.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutConsumable``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_CONSUMABLE, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def license(
        self,
        data: models.CheckoutLicenseDict | models.CheckoutLicense | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkout a license.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckoutLicense``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKOUT_LICENSE, {}
        return await self._action(route, path, None, data, timeout=timeout)
