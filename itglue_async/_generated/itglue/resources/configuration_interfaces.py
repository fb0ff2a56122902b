# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Configuration Interfaces: A configuration interface refers to an IP address for a networked device."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    CONFIGURATION_INTERFACES_BULK_UPDATE,
    CONFIGURATION_INTERFACES_CREATE,
    CONFIGURATION_INTERFACES_CREATE_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_DELETE_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_GET,
    CONFIGURATION_INTERFACES_GET_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_UPDATE,
    CONFIGURATION_INTERFACES_UPDATE_BY_CONFIGURATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ConfigurationInterfacesListFilter(TypedDict, total=False):
    """Filters of configuration_interfaces (list, bulk_update); a sequence value matches any of its items."""

    id: int | Sequence[int]
    ip_address: str | Sequence[str]


ConfigurationInterfacesListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class ConfigurationInterfaces(Resource):
    """Configuration Interfaces: A configuration interface refers to an IP address for a networked device."""

    @functools.cached_property
    def with_raw_response(self) -> ConfigurationInterfacesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ConfigurationInterfacesWithRawResponse(self)

    def list(
        self,
        *,
        configuration_id: int,
        filter: ConfigurationInterfacesListFilter | None = None,
        sort: ConfigurationInterfacesListSort
        | Sequence[ConfigurationInterfacesListSort]
        | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.ConfigurationInterface]:
        """List all configuration interfaces for a particular configuration.

        Returns the configuration interfaces for a specified configuration.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            configuration_id: required; selects the nested route under this parent.
            filter: narrows the listing; keys: id, ip_address. A list value matches any of its
                items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if configuration_id is not None:
            route, path = (
                CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION,
                {"configuration_id": configuration_id},
            )
        else:
            raise RequestValidationError(
                "Pass configuration_id: this call has no top-level route.",
                parameter="configuration_id",
            )
        return self._list(
            route,
            path,
            models.ConfigurationInterface,
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
        configuration_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ConfigurationInterface:
        """Retrieve a configuration interface.

        Returns the details of an existing configuration interface.

        Args:
            id: the record's id.
            configuration_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if configuration_id is not None:
            route, path = (
                CONFIGURATION_INTERFACES_GET_BY_CONFIGURATION,
                {"configuration_id": configuration_id, "id": id},
            )
        else:
            route, path = CONFIGURATION_INTERFACES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.ConfigurationInterface,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.ConfigurationInterfaceCreateDict
        | models.ConfigurationInterfaceCreate
        | Mapping[str, Any],
        *,
        configuration_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationInterface: ...

    @overload
    async def create(
        self,
        data: Sequence[
            models.ConfigurationInterfaceCreateDict
            | models.ConfigurationInterfaceCreate
            | Mapping[str, Any]
        ]
        | Iterator[
            models.ConfigurationInterfaceCreateDict
            | models.ConfigurationInterfaceCreate
            | Mapping[str, Any]
        ],
        *,
        configuration_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.ConfigurationInterface]: ...

    async def create(
        self,
        data: models.ConfigurationInterfaceCreateDict
        | models.ConfigurationInterfaceCreate
        | Mapping[str, Any]
        | Sequence[
            models.ConfigurationInterfaceCreateDict
            | models.ConfigurationInterfaceCreate
            | Mapping[str, Any]
        ]
        | Iterator[
            models.ConfigurationInterfaceCreateDict
            | models.ConfigurationInterfaceCreate
            | Mapping[str, Any]
        ],
        *,
        configuration_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationInterface | BulkResult[models.ConfigurationInterface]:
        """Create a configuration interface.

        Creates a new configuration interface under the configuration specified in the
        ID parameter. Returns the created object if successful. Use the nested
        relationships route to add multiple configuration interfaces to a configuration
        in bulk.

        Args:
            data: the attributes (snake_case mapping or
                ``models.ConfigurationInterfaceCreate``). A list of them creates several records
                in bulk (nested route only) and returns a ``BulkResult``.
            configuration_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if configuration_id is not None:
            route, path = (
                CONFIGURATION_INTERFACES_CREATE_BY_CONFIGURATION,
                {"configuration_id": configuration_id},
            )
        else:
            route, path = CONFIGURATION_INTERFACES_CREATE, {}
        return await self._create(
            route,
            path,
            models.ConfigurationInterface,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ConfigurationInterfaceUpdateDict
        | models.ConfigurationInterfaceUpdate
        | Mapping[str, Any],
        *,
        configuration_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.ConfigurationInterface:
        """Update a configuration interface.

        Updates the details of an existing configuration interface. Returns 422 Bad
        Request error if trying to update an externally synced, primary IP address.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            configuration_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if configuration_id is not None:
            route, path = (
                CONFIGURATION_INTERFACES_UPDATE_BY_CONFIGURATION,
                {"configuration_id": configuration_id, "id": id},
            )
        else:
            route, path = CONFIGURATION_INTERFACES_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.ConfigurationInterface,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        configuration_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a configuration interface.

        Delete a configuration interface. Returns a 204 status code if successful.

        Args:
            id: the record's id.
            configuration_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if configuration_id is not None:
            route, path = (
                CONFIGURATION_INTERFACES_DELETE_BY_CONFIGURATION,
                {"configuration_id": configuration_id, "id": id},
            )
        else:
            raise RequestValidationError(
                "Pass configuration_id: this call has no top-level route.",
                parameter="configuration_id",
            )
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))

    async def bulk_update(
        self,
        items: Iterable[
            models.ConfigurationInterfaceUpdateDict
            | models.ConfigurationInterfaceUpdate
            | Mapping[str, Any]
        ]
        | models.ConfigurationInterfaceUpdateDict
        | models.ConfigurationInterfaceUpdate
        | Mapping[str, Any],
        *,
        filter: ConfigurationInterfacesListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.ConfigurationInterface]:
        """Update multiple configuration interfaces.

        Updates a list of configuration interfaces, also known as bulk updating. Bulk
        updates using a nested relationships route are not supported. Returns 422 Bad
        Request error if trying to update an externally synced, primary IP address.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change: a
                list (checked in full before anything is sent) or any iterable, a generator
                included (read as chunks are sent; an item that does not validate is reported in
                ``failed``). With ``filter=``, a single mapping of attributes applied to every
                match.
            filter: updates every record matching it instead of listing ids; keys: id,
                ip_address. A list value matches any of its items.
            chunk_size: items per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``), for jobs too large to hold them.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = CONFIGURATION_INTERFACES_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.ConfigurationInterface,
            items,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class ConfigurationInterfacesWithRawResponse:
    """``ConfigurationInterfaces``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: ConfigurationInterfaces) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
