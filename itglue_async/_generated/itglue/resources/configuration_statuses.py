# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Configuration Statuses: A configuration status refers to the status that can be maintained on a configuration, for
example, active or inactive."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    CONFIGURATION_STATUSES_CREATE,
    CONFIGURATION_STATUSES_GET,
    CONFIGURATION_STATUSES_LIST,
    CONFIGURATION_STATUSES_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
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

    @functools.cached_property
    def with_raw_response(self) -> ConfigurationStatusesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ConfigurationStatusesWithRawResponse(self)

    def list(
        self,
        *,
        filter: ConfigurationStatusesListFilter | None = None,
        sort: ConfigurationStatusesListSort | Sequence[ConfigurationStatusesListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.ConfigurationStatus]:
        """List all configuration statuses.

        Returns a list of the configuration statuses in your account.

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
        route, path = CONFIGURATION_STATUSES_LIST, {}
        return self._list(
            route,
            path,
            models.ConfigurationStatus,
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
    ) -> models.ConfigurationStatus:
        """Retrieve a configuration status.

        Returns the details of an existing configuration status.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_STATUSES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.ConfigurationStatus,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.ConfigurationStatusCreateDict
        | models.ConfigurationStatusCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationStatus:
        """Create a configuration status.

        Creates a new configuration status in your account. Returns the created object
        if successful.

        Args:
            data: the attributes (snake_case mapping or ``models.ConfigurationStatusCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_STATUSES_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.ConfigurationStatus,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ConfigurationStatusUpdateDict
        | models.ConfigurationStatusUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationStatus:
        """Update a configuration status.

        Updates a configuration status in your account. Returns 422 Bad Request error if
        trying to update an externally synced record.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_STATUSES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.ConfigurationStatus,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class ConfigurationStatusesWithRawResponse:
    """``ConfigurationStatuses``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: ConfigurationStatuses) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
