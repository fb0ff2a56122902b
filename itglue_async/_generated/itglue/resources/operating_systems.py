# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Operating Systems: An operating system refers to any current or previous version of operating system software, for
example, Windows 10."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    OPERATING_SYSTEMS_GET,
    OPERATING_SYSTEMS_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class OperatingSystemsListFilter(TypedDict, total=False):
    """Filters of operating_systems (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


OperatingSystemsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class OperatingSystems(Resource):
    """Operating Systems: An operating system refers to any current or previous version of operating system
    software, for example, Windows 10."""

    @functools.cached_property
    def with_raw_response(self) -> OperatingSystemsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return OperatingSystemsWithRawResponse(self)

    def list(
        self,
        *,
        filter: OperatingSystemsListFilter | None = None,
        sort: OperatingSystemsListSort | Sequence[OperatingSystemsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.OperatingSystem]:
        """List all operating systems.

        Returns a list of supported operating systems.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: name. A list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = OPERATING_SYSTEMS_LIST, {}
        return self._list(
            route,
            path,
            models.OperatingSystem,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.OperatingSystem:
        """Retrieve an operating system.

        Returns the details of one of the supported operating systems.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = OPERATING_SYSTEMS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.OperatingSystem,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class OperatingSystemsWithRawResponse:
    """``OperatingSystems``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: OperatingSystems) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
