# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Configurations: A configuration refers to a device you manage for a client organization."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    CONFIGURATIONS_BULK_DESTROY,
    CONFIGURATIONS_BULK_DESTROY_BY_ORGANIZATION,
    CONFIGURATIONS_BULK_UPDATE,
    CONFIGURATIONS_CREATE,
    CONFIGURATIONS_CREATE_BY_ORGANIZATION,
    CONFIGURATIONS_GET,
    CONFIGURATIONS_GET_BY_ORGANIZATION,
    CONFIGURATIONS_LIST,
    CONFIGURATIONS_LIST_BY_ORGANIZATION,
    CONFIGURATIONS_UPDATE,
    CONFIGURATIONS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ConfigurationsListFilter(TypedDict, total=False):
    """Filters of configurations (list, bulk_update, bulk_destroy); a sequence value matches any of its items."""

    archived: bool | Sequence[bool]
    asset_tag: str | Sequence[str]
    configuration_status_id: int | Sequence[int]
    configuration_type_id: int | Sequence[int]
    contact_id: int | Sequence[int]
    id: int | Sequence[int]
    mac_address: str | Sequence[str]
    name: str | Sequence[str]
    organization_id: int | Sequence[int]
    psa_id: str | Sequence[str]
    psa_integration_type: (
        Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]
        | Sequence[Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]]
    )
    rmm_id: str | Sequence[str]
    rmm_integration_type: (
        Literal[
            "addigy",
            "aem",
            "atera",
            "auvik",
            "managed-workplace",
            "continuum",
            "jamf-pro",
            "kaseya-vsa",
            "automate",
            "log-me-in",
            "msp-rmm",
            "meraki",
            "msp-n-central",
            "ninja-rmm",
            "panorama9",
            "pulseway-rmm",
            "syncro",
            "watchman-monitoring",
            "office365",
            "vsa-x",
        ]
        | Sequence[
            Literal[
                "addigy",
                "aem",
                "atera",
                "auvik",
                "managed-workplace",
                "continuum",
                "jamf-pro",
                "kaseya-vsa",
                "automate",
                "log-me-in",
                "msp-rmm",
                "meraki",
                "msp-n-central",
                "ninja-rmm",
                "panorama9",
                "pulseway-rmm",
                "syncro",
                "watchman-monitoring",
                "office365",
                "vsa-x",
            ]
        ]
    )
    serial_number: str | Sequence[str]


ConfigurationsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

ConfigurationsListInclude = Literal[
    "adapters_resources",
    "configuration_interfaces",
    "rmm_records",
    "passwords",
    "attachments",
    "tickets",
    "dnet_fa_remote_assets",
    "user_resource_accesses",
    "group_resource_accesses",
]

ConfigurationsGetInclude = Literal[
    "adapters_resources",
    "configuration_interfaces",
    "rmm_records",
    "rmm_adapters_resources",
    "passwords",
    "attachments",
    "tickets",
    "adapters_resources_errors",
    "rmm_adapters_resources_errors",
    "active_network_glue_network_devices",
    "to_configuration_connections",
    "from_configuration_connections",
    "dnet_fa_remote_assets",
    "user_resource_accesses",
    "group_resource_accesses",
    "recent_versions",
    "related_items",
    "authorized_users",
]


class Configurations(Resource):
    """Configurations: A configuration refers to a device you manage for a client organization."""

    @functools.cached_property
    def with_raw_response(self) -> ConfigurationsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ConfigurationsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: ConfigurationsListFilter | None = None,
        sort: ConfigurationsListSort | Sequence[ConfigurationsListSort] | None = None,
        include: ConfigurationsListInclude | Sequence[ConfigurationsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Configuration]:
        """List all configurations in your account.

        Returns a list of configurations for all organizations or for a specified
        organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: archived, asset_tag, configuration_status_id,
                configuration_type_id, contact_id, id, mac_address, name, organization_id,
                psa_id, psa_integration_type, rmm_id, rmm_integration_type, serial_number. A
                list value matches any of its items.
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
            route, path = CONFIGURATIONS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = CONFIGURATIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Configuration,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        organization_id: int | None = None,
        include: ConfigurationsGetInclude | Sequence[ConfigurationsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Configuration:
        """Retrieve a configuration.

        Returns the details of an existing configuration.

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                CONFIGURATIONS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = CONFIGURATIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Configuration,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.ConfigurationCreateDict | models.ConfigurationCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Configuration: ...

    @overload
    async def create(
        self,
        data: Sequence[
            models.ConfigurationCreateDict | models.ConfigurationCreate | Mapping[str, Any]
        ]
        | Iterator[models.ConfigurationCreateDict | models.ConfigurationCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Configuration]: ...

    async def create(
        self,
        data: models.ConfigurationCreateDict
        | models.ConfigurationCreate
        | Mapping[str, Any]
        | Sequence[models.ConfigurationCreateDict | models.ConfigurationCreate | Mapping[str, Any]]
        | Iterator[models.ConfigurationCreateDict | models.ConfigurationCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Configuration | BulkResult[models.Configuration]:
        """Create a configuration.

        Creates a configuration under the organization specified in the ID parameter.
        Returns the created object if successful. Use the nested relationships route to
        add multiple configurations to an organization in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.ConfigurationCreate``). A list
                of them creates several records in bulk (nested route only) and returns a
                ``BulkResult``.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                CONFIGURATIONS_CREATE_BY_ORGANIZATION,
                {"organization_id": organization_id},
            )
        else:
            route, path = CONFIGURATIONS_CREATE, {}
        return await self._create(
            route,
            path,
            models.Configuration,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ConfigurationUpdateDict | models.ConfigurationUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Configuration:
        """Update a configuration.

        Updates the details of an existing configuration. Returns 422 Unprocessable
        Entity error if any relationships are present in the request. Returns 422
        Unprocessable Entity error if trying to update an externally synced record on
        attributes other than: archived, asset_tag, notes, purchased_at, restricted,
        serial_number, warranty_expires_at, mitp_device_expiration_date,
        mitp_end_of_life_date

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                CONFIGURATIONS_UPDATE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = CONFIGURATIONS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Configuration,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_update(
        self,
        items: Iterable[
            models.ConfigurationUpdateDict | models.ConfigurationUpdate | Mapping[str, Any]
        ]
        | models.ConfigurationUpdateDict
        | models.ConfigurationUpdate
        | Mapping[str, Any],
        *,
        filter: ConfigurationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Configuration]:
        """Update multiple configurations.

        Updates a list of items, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported. Returns 422 Unprocessable Entity
        error if any relationships are present in the request. Returns 422 Unprocessable
        Entity error if trying to update an externally synced record on attributes other
        than: archived, asset_tag, notes, purchased_at, restricted, serial_number,
        warranty_expires_at, mitp_device_expiration_date, mitp_end_of_life_date

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
            filter: updates every record matching it instead of listing ids; keys: archived,
                asset_tag, configuration_status_id, configuration_type_id, contact_id, id,
                mac_address, name, organization_id, psa_id, psa_integration_type, rmm_id,
                rmm_integration_type, serial_number. A list value matches any of its items.
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
        route, path = CONFIGURATIONS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Configuration,
            items,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        ids: Iterable[int] | None = None,
        *,
        organization_id: int | None = None,
        filter: ConfigurationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Configuration]:
        """Delete multiple configurations.

        Deletes one or more specified configurations. Returns the deleted configurations
        and a 200 status code if successful.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: archived, asset_tag,
                configuration_status_id, configuration_type_id, contact_id, id, mac_address,
                name, organization_id, psa_id, psa_integration_type, rmm_id,
                rmm_integration_type, serial_number. A list value matches any of its items.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                CONFIGURATIONS_BULK_DESTROY_BY_ORGANIZATION,
                {"organization_id": organization_id},
            )
        else:
            route, path = CONFIGURATIONS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Configuration,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class ConfigurationsWithRawResponse:
    """``Configurations``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Configurations) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
