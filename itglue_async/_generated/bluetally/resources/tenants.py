# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Tenants: Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users)."""

from __future__ import annotations

from typing import Any

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    TENANTS_LIST,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class Tenants(Resource):
    """Tenants: Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users)."""

    def list(
        self,
        *,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Tenant]:
        """Returns all tenants.

        Returns all tenants (for multi-tenant users)

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = TENANTS_LIST, {}
        return self._list(
            route,
            path,
            models.Tenant,
            filter=None,
            sort=None,
            include=None,
            page_size=page_size,
            timeout=timeout,
        )
