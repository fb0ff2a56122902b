# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Locations: A location refers to a physical location and address where a client's users may work."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    LOCATIONS_BULK_DESTROY,
    LOCATIONS_BULK_UPDATE,
    LOCATIONS_CREATE,
    LOCATIONS_CREATE_BY_ORGANIZATION,
    LOCATIONS_DELETE_BY_ORGANIZATION,
    LOCATIONS_GET,
    LOCATIONS_GET_BY_ORGANIZATION,
    LOCATIONS_LIST,
    LOCATIONS_LIST_BY_ORGANIZATION,
    LOCATIONS_UPDATE,
    LOCATIONS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class LocationsListFilter(TypedDict, total=False):
    """Filters of locations (list, delete, bulk_update, bulk_destroy); a sequence value matches any of its items."""

    city: str | Sequence[str]
    country_id: int | Sequence[int]
    id: int | Sequence[int]
    name: str | Sequence[str]
    organization_id: int | Sequence[int]
    psa_id: str | Sequence[str]
    psa_integration_type: (
        Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]
        | Sequence[Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]]
    )
    region_id: int | Sequence[int]


LocationsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "primary",
    "-primary",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

LocationsListInclude = Literal[
    "adapters_resources",
    "attachments",
    "passwords",
    "user_resource_accesses",
    "group_resource_accesses",
]

LocationsGetInclude = Literal[
    "adapters_resources",
    "attachments",
    "passwords",
    "user_resource_accesses",
    "group_resource_accesses",
    "recent_versions",
    "related_items",
    "authorized_users",
]


class Locations(Resource):
    """Locations: A location refers to a physical location and address where a client's users may work."""

    @functools.cached_property
    def with_raw_response(self) -> LocationsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return LocationsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: LocationsListFilter | None = None,
        sort: LocationsListSort | Sequence[LocationsListSort] | None = None,
        include: LocationsListInclude | Sequence[LocationsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Location]:
        """List all locations in your account.

        Returns a list of locations for all organizations or for a specified
        organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: city, country_id, id, name, organization_id,
                psa_id, psa_integration_type, region_id. A list value matches any of its items.
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
            route, path = LOCATIONS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = LOCATIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Location,
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
        include: LocationsGetInclude | Sequence[LocationsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Location:
        """Retrieve a location.

        Returns the details of an existing location.

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
                LOCATIONS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = LOCATIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Location,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.LocationCreateDict | models.LocationCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Location:
        """Create a location.

        Creates a new location under the specified organization. The :organization_id is
        specified in the URL or in the request body for `/locations` route. Returns a
        201 status on success; the created object is returned the response body.

        Use the nested relationships route to add multiple locations to an organization
        in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.LocationCreate``).
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
            route, path = LOCATIONS_CREATE_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = LOCATIONS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Location,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.LocationUpdateDict | models.LocationUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Location:
        """Update a location.

        Updates the details of an existing location. Returns 422 Bad Request error if
        trying to update an externally synced record.

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
                LOCATIONS_UPDATE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = LOCATIONS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Location,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        organization_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete multiple locations for a particular organization.

        The reference documents this path, which ends in :id, as a bulk delete whose
        body lists the ids. It is generated as the nested delete of one record, sending
        the path id and a one-item body, so it deletes exactly that record under either
        reading.

        Args:
            id: the record's id.
            organization_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                LOCATIONS_DELETE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            raise RequestValidationError(
                "Pass organization_id: this call has no top-level route.",
                parameter="organization_id",
            )
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))

    async def bulk_update(
        self,
        items: Iterable[models.LocationUpdateDict | models.LocationUpdate | Mapping[str, Any]]
        | models.LocationUpdateDict
        | models.LocationUpdate
        | Mapping[str, Any],
        *,
        filter: LocationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Location]:
        """Update multiple locations.

        Updates a list of locations, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported. Returns 422 Bad Request error if
        trying to update an externally synced record.

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
            filter: updates every record matching it instead of listing ids; keys: city,
                country_id, id, name, organization_id, psa_id, psa_integration_type, region_id.
                A list value matches any of its items.
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
        route, path = LOCATIONS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Location,
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
        filter: LocationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Location]:
        """Delete multiple locations.

        Deletes one or more specified locations. Returns the deleted locations and a 200
        status code if successful.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: city, country_id, id, name,
                organization_id, psa_id, psa_integration_type, region_id. A list value matches
                any of its items.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = LOCATIONS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Location,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class LocationsWithRawResponse:
    """``Locations``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Locations) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
