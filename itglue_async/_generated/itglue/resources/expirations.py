# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Expirations: An expiration refers to a date associated with another resource's expiration"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    EXPIRATIONS_GET,
    EXPIRATIONS_GET_BY_ORGANIZATION,
    EXPIRATIONS_LIST,
    EXPIRATIONS_LIST_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ExpirationsListFilterRange(TypedDict, total=False):
    """``filter[range][...]`` keys of list."""

    expiration_date: str | tuple[Any, Any]


class ExpirationsListFilter(TypedDict, total=False):
    """Filters of expirations (list); a sequence value matches any of its items."""

    description: str | Sequence[str]
    expiration_date: str | Sequence[str]
    id: int | Sequence[int]
    organization_id: int | Sequence[int]
    resource_id: int | Sequence[int]
    resource_name: str | Sequence[str]
    resource_type_name: str | Sequence[str]
    range: ExpirationsListFilterRange


ExpirationsListSort = Literal[
    "id",
    "-id",
    "organization_id",
    "-organization_id",
    "expiration_date",
    "-expiration_date",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Expirations(Resource):
    """Expirations: An expiration refers to a date associated with another resource's expiration"""

    @functools.cached_property
    def with_raw_response(self) -> ExpirationsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ExpirationsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: ExpirationsListFilter | None = None,
        sort: ExpirationsListSort | Sequence[ExpirationsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Expiration]:
        """List all expirations in your account.

        Returns a list of expirations for all organizations or for a specified
        organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: description, expiration_date, id,
                organization_id, resource_id, resource_name, resource_type_name, range[...]. A
                list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = EXPIRATIONS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = EXPIRATIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Expiration,
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
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Expiration:
        """Retrieve an expiration.

        Returns a single expiration with the given ID or a single expiration for a
        specified organization.

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                EXPIRATIONS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = EXPIRATIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Expiration,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class ExpirationsWithRawResponse:
    """``Expirations``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Expirations) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
