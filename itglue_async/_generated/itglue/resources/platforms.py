# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Platforms: A platform refers to a type of operating system software, such as Windows or macOS, upon which
applications or services are built."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    PLATFORMS_GET,
    PLATFORMS_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class PlatformsListFilter(TypedDict, total=False):
    """Filters of platforms (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


PlatformsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Platforms(Resource):
    """Platforms: A platform refers to a type of operating system software, such as Windows or macOS, upon
    which applications or services are built."""

    @functools.cached_property
    def with_raw_response(self) -> PlatformsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return PlatformsWithRawResponse(self)

    def list(
        self,
        *,
        filter: PlatformsListFilter | None = None,
        sort: PlatformsListSort | Sequence[PlatformsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Platform]:
        """List all platforms.

        Returns a list of supported platforms.

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
        route, path = PLATFORMS_LIST, {}
        return self._list(
            route,
            path,
            models.Platform,
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
    ) -> models.Platform:
        """Retrieve a platform.

        Returns details of one of the supported platforms.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = PLATFORMS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Platform,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class PlatformsWithRawResponse:
    """``Platforms``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Platforms) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
