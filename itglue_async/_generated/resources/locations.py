# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Locations: A location refers to a physical location and address where a client's users may work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated import models
from itglue_async._generated.routes import ROUTES
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
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

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: LocationsListFilter | None = None,
        sort: LocationsListSort | Sequence[LocationsListSort] | None = None,
        include: LocationsListInclude | Sequence[LocationsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Location]:
        """List all locations in your account.

        Returns a list of locations for all organizations or for a specified
        organization.

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
            route, path = ROUTES[97], {"organization_id": organization_id}
        else:
            route, path = ROUTES[96], {}
        return self._list(
            route,
            path,
            filter=filter,
            sort=sort,
            include=include,
            page_size=page_size,
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        organization_id: int | None = None,
        include: LocationsGetInclude | Sequence[LocationsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Location:
        """Retrieve a location.

        Returns the details of an existing location.

        Example return value:

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            include: related resources to include; reach them with ``item.related(name)``.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = ROUTES[99], {"organization_id": organization_id, "id": id}
        else:
            route, path = ROUTES[98], {"id": id}
        result: models.Location = await self._get(
            route, path, include=include, params={}, timeout=timeout
        )
        return result

    async def create(
        self,
        data: models.LocationCreateDict | models.LocationCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Location:
        """Create a location.

        Creates a new location under the specified organization. The :organization_id is
        specified in the URL or in the request body for `/locations` route. Returns a
        201 status on success; the created object is returned the response body.

        The request body must contain a JSON object, for example:

        Use the nested relationships route to add multiple locations to an organization
        in bulk.

        The request body must contain a JSON object, for example:

        Args:
            data: the attributes (snake_case mapping or ``models.LocationCreate``).
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = ROUTES[101], {"organization_id": organization_id}
        else:
            route, path = ROUTES[100], {}
        result: models.Location = await self._create(route, path, data, params={}, timeout=timeout)
        return result

    async def update(
        self,
        id: int,
        data: models.LocationUpdateDict | models.LocationUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Location:
        """Update a location.

        Updates the details of an existing location. Returns 422 Bad Request error if
        trying to update an externally synced record.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        The request body must contain a JSON object, for example:

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = ROUTES[103], {"organization_id": organization_id, "id": id}
        else:
            route, path = ROUTES[102], {"id": id}
        result: models.Location = await self._update(route, path, data, params={}, timeout=timeout)
        return result

    async def delete(
        self,
        id: int,
        *,
        organization_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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

        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = ROUTES[106], {"organization_id": organization_id, "id": id}
        else:
            raise TypeError("organization_id is required for this call.")
        await self._delete(route, path, timeout=timeout)

    async def bulk_update(
        self,
        items: Sequence[models.LocationUpdateDict | models.LocationUpdate | Mapping[str, Any]]
        | models.LocationUpdateDict
        | models.LocationUpdate
        | Mapping[str, Any],
        *,
        filter: LocationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> BulkResult[models.Location]:
        """Update multiple locations.

        Updates a list of locations, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported. Returns 422 Bad Request error if
        trying to update an externally synced record.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        The request body must contain a JSON array with one or more objects:

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change. With ``filter=``, a single mapping of attributes applied to every match.
            filter: update every record matching these filters instead of listing ids.
            chunk_size: items per request; chunks run concurrently under the rate limit.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[104], {}
        return await self._bulk_update(
            route, path, items, filter=filter, chunk_size=chunk_size, timeout=timeout
        )

    async def bulk_destroy(
        self,
        ids: Sequence[int] | None = None,
        *,
        filter: LocationsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> BulkResult[models.Location]:
        """Delete multiple locations.

        Deletes one or more specified locations. Returns the deleted locations and a 200
        status code if successful.

        Below is a sample request body with a JSON array to delete multiple objects:

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: delete every record matching these filters.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[105], {}
        return await self._bulk_destroy(
            route, path, ids, filter=filter, chunk_size=chunk_size, timeout=timeout
        )
