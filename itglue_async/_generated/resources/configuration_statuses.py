# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Configuration Statuses: A configuration status refers to the status that can be maintained on a configuration, for
example, active or inactive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated import models
from itglue_async._generated.routes import ROUTES
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class ConfigurationStatusesListFilter(TypedDict, total=False):
    """Filters of configuration_statuses (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


ConfigurationStatusesListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class ConfigurationStatuses(Resource):
    """Configuration Statuses: A configuration status refers to the status that can be maintained on a configuration,
    for example, active or inactive."""

    def list(
        self,
        *,
        filter: ConfigurationStatusesListFilter | None = None,
        sort: ConfigurationStatusesListSort | Sequence[ConfigurationStatusesListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.ConfigurationStatus]:
        """List all configuration statuses.

        Returns a list of the configuration statuses in your account.

        Example return value:

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            filter: filters by name.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[16], {}
        return self._list(
            route,
            path,
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
    ) -> models.ConfigurationStatus:
        """Retrieve a configuration status.

        Returns the details of an existing configuration status.

        Example return value:

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[17], {"id": id}
        result: models.ConfigurationStatus = await self._get(
            route, path, include=None, params={}, timeout=timeout
        )
        return result

    async def create(
        self,
        data: models.ConfigurationStatusCreateDict
        | models.ConfigurationStatusCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.ConfigurationStatus:
        """Create a configuration status.

        Creates a new configuration status in your account. Returns the created object
        if successful.

        The request body must contain a JSON object, for example:

        Args:
            data: the attributes (snake_case mapping or ``models.ConfigurationStatusCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[18], {}
        result: models.ConfigurationStatus = await self._create(
            route, path, data, params={}, timeout=timeout
        )
        return result

    async def update(
        self,
        id: int,
        data: models.ConfigurationStatusUpdateDict
        | models.ConfigurationStatusUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.ConfigurationStatus:
        """Update a configuration status.

        Updates a configuration status in your account. Returns 422 Bad Request error if
        trying to update an externally synced record.

        The request body must contain a JSON object, for example:

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[19], {"id": id}
        result: models.ConfigurationStatus = await self._update(
            route, path, data, params={}, timeout=timeout
        )
        return result
