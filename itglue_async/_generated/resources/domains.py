# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Domains: A domain refers to a domain name, such as example.com."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated import models
from itglue_async._generated.routes import ROUTES
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
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

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: DomainsListFilter | None = None,
        sort: DomainsListSort | Sequence[DomainsListSort] | None = None,
        include: DomainsListInclude | Sequence[DomainsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Domain]:
        """List all domains in your account.

        Returns a list of domains for all organizations or for a specified organization.

        Example return value:

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            filter: filters by name.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include in the response.
            page_size: records per page, 1 to 1000 (default 1000).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = ROUTES[59], {"organization_id": organization_id}
        else:
            route, path = ROUTES[58], {}
        return self._list(
            route,
            path,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
        )
