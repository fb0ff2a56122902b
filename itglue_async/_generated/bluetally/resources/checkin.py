# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Checkin: Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a component;
Checkin a license."""

from __future__ import annotations

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
from itglue_async._resource import Resource
from itglue_async._routes import Route


class Checkin(Resource):
    """Checkin: Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a
    component; Checkin a license."""

    async def asset(
        self,
        data: models.CheckinAssetDict | models.CheckinAsset | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkin an asset.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinAsset``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_ASSET, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def accessory(
        self,
        data: models.CheckinAccessoryDict | models.CheckinAccessory | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkin an accessory.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinAccessory``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_ACCESSORY, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def component(
        self,
        data: models.CheckinComponentDict | models.CheckinComponent | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkin a component.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinComponent``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_COMPONENT, {}
        return await self._action(route, path, None, data, timeout=timeout)

    async def license(
        self,
        data: models.CheckinLicenseDict | models.CheckinLicense | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Checkin a license.

        Sent once: a failure that may have reached the API is not retried, since it may have
        been applied.
        The reference documents no answer, so the answer's JSON is returned as it came
        (``None`` for an empty one).

        Args:
            data: the attributes (snake_case mapping or ``models.CheckinLicense``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CHECKIN_LICENSE, {}
        return await self._action(route, path, None, data, timeout=timeout)
