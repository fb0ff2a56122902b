# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Organization Statuses: An organization status refers to the status that can be maintained on an organization, for
example, active or inactive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    ORGANIZATION_STATUSES_CREATE,
    ORGANIZATION_STATUSES_GET,
    ORGANIZATION_STATUSES_LIST,
    ORGANIZATION_STATUSES_UPDATE,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class OrganizationStatusesListFilter(TypedDict, total=False):
    """Filters of organization_statuses (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


OrganizationStatusesListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class OrganizationStatuses(Resource):
    """Organization Statuses: An organization status refers to the status that can be maintained on an organization,
    for example, active or inactive."""

    def list(
        self,
        *,
        filter: OrganizationStatusesListFilter | None = None,
        sort: OrganizationStatusesListSort | Sequence[OrganizationStatusesListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.OrganizationStatus]:
        """List all organization statuses.

        Returns a list of the organization statuses in your account.

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
        route, path = ORGANIZATION_STATUSES_LIST, {}
        return self._list(
            route,
            path,
            models.OrganizationStatus,
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
    ) -> models.OrganizationStatus:
        """Retrieve an organization status.

        Returns the details of an existing organization status.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATION_STATUSES_GET, {"id": id}
        return await self._get(
            route, path, models.OrganizationStatus, include=None, params={}, timeout=timeout
        )

    async def create(
        self,
        data: models.OrganizationStatusCreateDict
        | models.OrganizationStatusCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.OrganizationStatus:
        """Create an organization status.

        Creates a new organization status in your account. Returns the created object if
        successful.

        Args:
            data: the attributes (snake_case mapping or ``models.OrganizationStatusCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATION_STATUSES_CREATE, {}
        return await self._create_one(
            route, path, models.OrganizationStatus, data, params={}, timeout=timeout
        )

    async def update(
        self,
        id: int,
        data: models.OrganizationStatusUpdateDict
        | models.OrganizationStatusUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.OrganizationStatus:
        """Update an organization status.

        Updates an organization status in your account. Returns 422 Bad Request error if
        trying to update an externally synced record.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATION_STATUSES_UPDATE, {"id": id}
        return await self._update(
            route, path, models.OrganizationStatus, data, params={}, timeout=timeout
        )
