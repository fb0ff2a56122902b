# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Tenants: Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    TENANTS_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._routes import Route


class Tenants(Resource):
    """Tenants: Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users)."""

    @functools.cached_property
    def with_raw_response(self) -> TenantsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return TenantsWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Tenant]:
        """Returns all tenants.

        Returns all tenants (for multi-tenant users)

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
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
            extras=extras(extra_query, extra_headers),
        )


class TenantsWithRawResponse:
    """``Tenants``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Tenants) -> None:
        self.list = raw_page(resource.list)
