# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Domains: A domain refers to a domain name, such as example.com."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOMAINS_LIST,
    DOMAINS_LIST_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._routes import Route


class DomainsListFilter(TypedDict, total=False):
    """Filters of domains (list); a sequence value matches any of its items."""

    id: int | Sequence[int]
    organization_id: int | Sequence[int]


DomainsListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

DomainsListInclude = Literal[
    "passwords",
    "attachments",
    "user_resource_accesses",
    "group_resource_accesses",
]


class Domains(Resource):
    """Domains: A domain refers to a domain name, such as example.com."""

    @functools.cached_property
    def with_raw_response(self) -> DomainsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DomainsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: DomainsListFilter | None = None,
        sort: DomainsListSort | Sequence[DomainsListSort] | None = None,
        include: DomainsListInclude | Sequence[DomainsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Domain]:
        """List all domains in your account.

        Returns a list of domains for all organizations or for a specified organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: id, organization_id. A list value matches any of
                its items.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include; reach them with ``item.related(name)``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = DOMAINS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = DOMAINS_LIST, {}
        return self._list(
            route,
            path,
            models.Domain,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class DomainsWithRawResponse:
    """``Domains``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Domains) -> None:
        self.list = raw_page(resource.list)
