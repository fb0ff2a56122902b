# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Contacts: A contact refers to a contact in a client organization."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    CONTACTS_BULK_DESTROY,
    CONTACTS_BULK_DESTROY_BY_ORGANIZATION,
    CONTACTS_BULK_UPDATE,
    CONTACTS_CREATE,
    CONTACTS_CREATE_BY_ORGANIZATION,
    CONTACTS_GET,
    CONTACTS_GET_BY_ORGANIZATION,
    CONTACTS_LIST,
    CONTACTS_LIST_BY_ORGANIZATION,
    CONTACTS_UPDATE,
    CONTACTS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class ContactsListFilter(TypedDict, total=False):
    """Filters of contacts (list, bulk_update, bulk_destroy); a sequence value matches any of its items."""

    contact_type_id: int | Sequence[int]
    first_name: str | Sequence[str]
    id: int | Sequence[int]
    important: bool | Sequence[bool]
    last_name: str | Sequence[str]
    organization_id: int | Sequence[int]
    primary_email: str | Sequence[str]
    psa_id: str | Sequence[str]
    psa_integration_type: (
        Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]
        | Sequence[Literal["manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"]]
    )
    title: str | Sequence[str]


ContactsListSort = Literal[
    "first_name",
    "-first_name",
    "last_name",
    "-last_name",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

ContactsListInclude = Literal[
    "adapters_resources",
    "location",
    "passwords",
    "attachments",
    "tickets",
    "distinct_remote_contacts",
    "resource_fields",
    "user_resource_accesses",
    "group_resource_accesses",
]

ContactsGetInclude = Literal[
    "adapters_resources",
    "location",
    "passwords",
    "attachments",
    "tickets",
    "distinct_remote_contacts",
    "resource_fields",
    "user_resource_accesses",
    "group_resource_accesses",
    "recent_versions",
    "related_items",
    "authorized_users",
]


class Contacts(Resource):
    """Contacts: A contact refers to a contact in a client organization."""

    @functools.cached_property
    def with_raw_response(self) -> ContactsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ContactsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: ContactsListFilter | None = None,
        sort: ContactsListSort | Sequence[ContactsListSort] | None = None,
        include: ContactsListInclude | Sequence[ContactsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Contact]:
        """List all contacts in your account.

        Returns a list of contacts for all organizations or for a specified
        organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: contact_type_id, first_name, id, important,
                last_name, organization_id, primary_email, psa_id, psa_integration_type, title.
                A list value matches any of its items.
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
            route, path = CONTACTS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = CONTACTS_LIST, {}
        return self._list(
            route,
            path,
            models.Contact,
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
        include: ContactsGetInclude | Sequence[ContactsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Contact:
        """Retrieve a contact.

        Returns the details of an existing contact.

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
                CONTACTS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = CONTACTS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Contact,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.ContactCreateDict | models.ContactCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Contact: ...

    @overload
    async def create(
        self,
        data: Sequence[models.ContactCreateDict | models.ContactCreate | Mapping[str, Any]]
        | Iterator[models.ContactCreateDict | models.ContactCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Contact]: ...

    async def create(
        self,
        data: models.ContactCreateDict
        | models.ContactCreate
        | Mapping[str, Any]
        | Sequence[models.ContactCreateDict | models.ContactCreate | Mapping[str, Any]]
        | Iterator[models.ContactCreateDict | models.ContactCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Contact | BulkResult[models.Contact]:
        """Create a contact.

        Creates a contact under the organization specified in the organization_id
        parameter. Returns the created object if successful. Use the nested
        relationships route to add multiple contacts to an organization in bulk.

        Args:
            data: the attributes (snake_case mapping or ``models.ContactCreate``). A list of
                them creates several records in bulk (nested route only) and returns a
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
            route, path = CONTACTS_CREATE_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = CONTACTS_CREATE, {}
        return await self._create(
            route,
            path,
            models.Contact,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.ContactUpdateDict | models.ContactUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Contact:
        """Update a contact.

        Updates the details of an existing contact. Returns 422 Bad Request error if
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
                CONTACTS_UPDATE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = CONTACTS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Contact,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_update(
        self,
        items: Iterable[models.ContactUpdateDict | models.ContactUpdate | Mapping[str, Any]]
        | models.ContactUpdateDict
        | models.ContactUpdate
        | Mapping[str, Any],
        *,
        filter: ContactsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Contact]:
        """Update multiple contacts.

        Updates a list of contacts, also known as bulk updating. Bulk updates using a
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
            filter: updates every record matching it instead of listing ids; keys:
                contact_type_id, first_name, id, important, last_name, organization_id,
                primary_email, psa_id, psa_integration_type, title. A list value matches any of
                its items.
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
        route, path = CONTACTS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Contact,
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
        filter: ContactsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Contact]:
        """Delete multiple contacts.

        Deletes one or more specified contacts. Returns the deleted contacts and a 200
        status code if successful.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: contact_type_id, first_name, id,
                important, last_name, organization_id, primary_email, psa_id,
                psa_integration_type, title. A list value matches any of its items.
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
                CONTACTS_BULK_DESTROY_BY_ORGANIZATION,
                {"organization_id": organization_id},
            )
        else:
            route, path = CONTACTS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Contact,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class ContactsWithRawResponse:
    """``Contacts``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Contacts) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
