# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Regions: A region refers to a subdivision of a country, such as a province, state, etc."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    REGIONS_GET,
    REGIONS_GET_BY_COUNTRY,
    REGIONS_LIST,
    REGIONS_LIST_BY_COUNTRY,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class RegionsListFilter(TypedDict, total=False):
    """Filters of regions (list); a sequence value matches any of its items."""

    country_id: int | Sequence[int]
    iso: str | Sequence[str]
    name: str | Sequence[str]


RegionsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Regions(Resource):
    """Regions: A region refers to a subdivision of a country, such as a province, state, etc."""

    @functools.cached_property
    def with_raw_response(self) -> RegionsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return RegionsWithRawResponse(self)

    def list(
        self,
        *,
        country_id: int | None = None,
        filter: RegionsListFilter | None = None,
        sort: RegionsListSort | Sequence[RegionsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Region]:
        """List all regions.

        Returns a list of supported regions.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            country_id: selects the nested route under this parent.
            filter: narrows the listing; keys: country_id, iso, name. A list value matches any
                of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if country_id is not None:
            route, path = REGIONS_LIST_BY_COUNTRY, {"country_id": country_id}
        else:
            route, path = REGIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Region,
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
        country_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Region:
        """Retrieve a region.

        Returns the details of one of the supported regions.

        Args:
            id: the record's id.
            country_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if country_id is not None:
            route, path = REGIONS_GET_BY_COUNTRY, {"country_id": country_id, "id": id}
        else:
            route, path = REGIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Region,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class RegionsWithRawResponse:
    """``Regions``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Regions) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
