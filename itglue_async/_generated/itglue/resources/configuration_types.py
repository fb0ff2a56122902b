# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Configuration Types: A configuration type refers to the type categorization of a configuration, usually a type of
device."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    CONFIGURATION_TYPES_CREATE,
    CONFIGURATION_TYPES_GET,
    CONFIGURATION_TYPES_LIST,
    CONFIGURATION_TYPES_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ConfigurationTypesListFilter(TypedDict, total=False):
    """Filters of configuration_types (list); a sequence value matches any of its items."""

    name: str | Sequence[str]


ConfigurationTypesListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class ConfigurationTypes(Resource):
    """Configuration Types: A configuration type refers to the type categorization of a configuration, usually a
    type of device."""

    @functools.cached_property
    def with_raw_response(self) -> ConfigurationTypesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ConfigurationTypesWithRawResponse(self)

    def list(
        self,
        *,
        filter: ConfigurationTypesListFilter | None = None,
        sort: ConfigurationTypesListSort | Sequence[ConfigurationTypesListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.ConfigurationType]:
        """List all configuration types.

        Returns a list of configuration types in your account.

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
        route, path = CONFIGURATION_TYPES_LIST, {}
        return self._list(
            route,
            path,
            models.ConfigurationType,
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
    ) -> models.ConfigurationType:
        """Retrieve a configuration type.

        Returns the details of an existing configuration type.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_TYPES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.ConfigurationType,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.ConfigurationTypeCreateDict
        | models.ConfigurationTypeCreate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationType:
        """Create a configuration type.

        Creates a new configuration type in your account. Returns the created object if
        successful.

        Args:
            data: the attributes (snake_case mapping or ``models.ConfigurationTypeCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_TYPES_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.ConfigurationType,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ConfigurationTypeUpdateDict
        | models.ConfigurationTypeUpdate
        | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationType:
        """Update a configuration type.

        Updates a configuration type in your account. Returns 422 Bad Request error if
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
        route, path = CONFIGURATION_TYPES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.ConfigurationType,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class ConfigurationTypesWithRawResponse:
    """``ConfigurationTypes``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: ConfigurationTypes) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
