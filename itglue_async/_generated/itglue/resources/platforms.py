# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Platforms: A platform refers to a type of operating system software, such as Windows or macOS, upon which
applications or services are built."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    PLATFORMS_GET,
    PLATFORMS_LIST,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
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

    def list(
        self,
        *,
        filter: PlatformsListFilter | None = None,
        sort: PlatformsListSort | Sequence[PlatformsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Platform:
        """Retrieve a platform.

        Returns details of one of the supported platforms.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = PLATFORMS_GET, {"id": id}
        return await self._get(
            route, path, models.Platform, include=None, params={}, timeout=timeout
        )
