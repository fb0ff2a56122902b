# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Organizations: An organization refers to a client company."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    ORGANIZATIONS_BULK_DESTROY,
    ORGANIZATIONS_BULK_UPDATE,
    ORGANIZATIONS_CREATE,
    ORGANIZATIONS_GET,
    ORGANIZATIONS_LIST,
    ORGANIZATIONS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class OrganizationsListFilterExclude(TypedDict, total=False):
    """``filter[exclude][...]`` keys of list."""

    id: int | Sequence[int]
    name: str | Sequence[str]
    organization_status_id: int | Sequence[int]
    organization_type_id: int | Sequence[int]


class OrganizationsListFilterRange(TypedDict, total=False):
    """``filter[range][...]`` keys of list."""

    my_glue_account_id: str | tuple[Any, Any]


class OrganizationsListFilter(TypedDict, total=False):
    """Filters of organizations (list); a sequence value matches any of its items."""

    created_at: str | tuple[Any, Any]
    group_id: int | Sequence[int]
    id: int | Sequence[int]
    my_glue_account_id: int | Sequence[int]
    name: str | Sequence[str]
    organization_status_id: int | Sequence[int]
    organization_type_id: int | Sequence[int]
    primary: str | Sequence[str]
    psa_id: str | Sequence[str]
    psa_integration_type: (
        Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]
        | Sequence[Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]]
    )
    updated_at: str | tuple[Any, Any]
    exclude: OrganizationsListFilterExclude
    range: OrganizationsListFilterRange


OrganizationsListSort = Literal[
    "name",
    "-name",
    "id",
    "-id",
    "updated_at",
    "-updated_at",
    "organization_status_name",
    "-organization_status_name",
    "organization_type_name",
    "-organization_type_name",
    "created_at",
    "-created_at",
    "short_name",
    "-short_name",
    "my_glue_account_id",
    "-my_glue_account_id",
]

OrganizationsListInclude = Literal[
    "adapters_resources",
    "attachments",
    "rmm_companies",
]


class OrganizationsBulkUpdateFilterExclude(TypedDict, total=False):
    """``filter[exclude][...]`` keys of bulk_update, bulk_destroy."""

    id: int | Sequence[int]
    name: str | Sequence[str]
    organization_status_id: int | Sequence[int]
    organization_type_id: int | Sequence[int]


class OrganizationsBulkUpdateFilter(TypedDict, total=False):
    """Filters of organizations (bulk_update, bulk_destroy); a sequence value matches any of its items."""

    created_at: str | tuple[Any, Any]
    group_id: int | Sequence[int]
    id: int | Sequence[int]
    my_glue_account_id: int | Sequence[int]
    name: str | Sequence[str]
    organization_status_id: int | Sequence[int]
    organization_type_id: int | Sequence[int]
    primary: str | Sequence[str]
    psa_id: str | Sequence[str]
    psa_integration_type: (
        Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]
        | Sequence[Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]]
    )
    updated_at: str | tuple[Any, Any]
    exclude: OrganizationsBulkUpdateFilterExclude


class Organizations(Resource):
    """Organizations: An organization refers to a client company."""

    @functools.cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return OrganizationsWithRawResponse(self)

    def list(
        self,
        *,
        filter: OrganizationsListFilter | None = None,
        sort: OrganizationsListSort | Sequence[OrganizationsListSort] | None = None,
        include: OrganizationsListInclude | Sequence[OrganizationsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Organization]:
        """List all organizations in your account.

        Returns a list of organizations in your account.

        Any quick notes on an organization will be truncated to the first 250
        characters. The full quick notes are available via the Show request.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: created_at, group_id, id, my_glue_account_id,
                name, organization_status_id, organization_type_id, primary, psa_id,
                psa_integration_type, updated_at, exclude[...], range[...]. A list value matches
                any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include; reach them with ``item.related(name)``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATIONS_LIST, {}
        return self._list(
            route,
            path,
            models.Organization,
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
        include: OrganizationsListInclude | Sequence[OrganizationsListInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Organization:
        """Retrieve an organization.

        Returns the details of an existing organization.

        Args:
            id: the record's id.
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATIONS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Organization,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.OrganizationCreateDict | models.OrganizationCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Organization:
        """Create an organization.

        Creates an organization. Returns the created object if successful.

        Args:
            data: the attributes (snake_case mapping or ``models.OrganizationCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATIONS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Organization,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.OrganizationUpdateDict | models.OrganizationUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Organization:
        """Update an organization.

        Updates the details of an existing organization. Returns 422 Bad Request error
        if trying to update an externally synced record on attributes other than: alert,
        description, quick_notes

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

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
        route, path = ORGANIZATIONS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Organization,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_update(
        self,
        items: Iterable[
            models.OrganizationUpdateDict | models.OrganizationUpdate | Mapping[str, Any]
        ]
        | models.OrganizationUpdateDict
        | models.OrganizationUpdate
        | Mapping[str, Any],
        *,
        filter: OrganizationsBulkUpdateFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Organization]:
        """Update multiple organizations.

        Updates a list of organizations, also known as bulk updating. Bulk updates using
        a nested relationships route are not supported. Returns 422 Bad Request error if
        trying to update an externally synced record on attributes other than: alert,
        description, quick_notes

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
            filter: updates every record matching it instead of listing ids; keys: created_at,
                group_id, id, my_glue_account_id, name, organization_status_id,
                organization_type_id, primary, psa_id, psa_integration_type, updated_at,
                exclude[...]. A list value matches any of its items.
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
        route, path = ORGANIZATIONS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Organization,
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
        filter: OrganizationsBulkUpdateFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Organization]:
        """Delete multiple organizations.

        Marks organizations identified by the specified organization IDs for deletion.
        Because it can be a long procedure to delete organizations, removal from the
        system may not happen immediately.

        If everything is OK, the server will return a 200 status code and the objects
        that will be deleted. If an organization can't be deleted or doesn't exist, an
        error will be returned instead.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: created_at, group_id, id,
                my_glue_account_id, name, organization_status_id, organization_type_id, primary,
                psa_id, psa_integration_type, updated_at, exclude[...]. A list value matches any
                of its items.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ORGANIZATIONS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Organization,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class OrganizationsWithRawResponse:
    """``Organizations``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Organizations) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
