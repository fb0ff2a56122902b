# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Passwords: A password refers to a login credential for a managed system, application, or account."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypedDict, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    PASSWORDS_BULK_DESTROY,
    PASSWORDS_BULK_UPDATE,
    PASSWORDS_CREATE,
    PASSWORDS_CREATE_BY_ORGANIZATION,
    PASSWORDS_DELETE,
    PASSWORDS_DELETE_BY_ORGANIZATION,
    PASSWORDS_GET,
    PASSWORDS_GET_BY_ORGANIZATION,
    PASSWORDS_LIST,
    PASSWORDS_LIST_BY_ORGANIZATION,
    PASSWORDS_UPDATE,
    PASSWORDS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class PasswordsListFilter(TypedDict, total=False):
    """Filters of passwords (list, bulk_destroy); a sequence value matches any of its items."""

    archived: bool | Sequence[bool]
    cached_resource_name: str | Sequence[str]
    id: int | Sequence[int]
    name: str | Sequence[str]
    organization_id: int | Sequence[int]
    password_category_id: int | Sequence[int]
    url: str | Sequence[str]


PasswordsListSort = Literal[
    "name",
    "-name",
    "username",
    "-username",
    "url",
    "-url",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

PasswordsListInclude = Literal[
    "network_glue_networks",
    "attachments",
    "rotatable_password",
    "updater",
    "shared_links",
    "active_shared_links",
    "user_resource_accesses",
    "group_resource_accesses",
]

PasswordsGetInclude = Literal[
    "network_glue_networks",
    "attachments",
    "rotatable_password",
    "updater",
    "shared_links",
    "active_shared_links",
    "user_resource_accesses",
    "group_resource_accesses",
    "recent_versions",
    "related_items",
    "authorized_users",
]


class Passwords(Resource):
    """Passwords: A password refers to a login credential for a managed system, application, or account."""

    @functools.cached_property
    def with_raw_response(self) -> PasswordsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return PasswordsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int | None = None,
        filter: PasswordsListFilter | None = None,
        sort: PasswordsListSort | Sequence[PasswordsListSort] | None = None,
        include: PasswordsListInclude | Sequence[PasswordsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Password]:
        """List all passwords in your account.

        Returns a list of passwords for all organizations or for a specified
        organization.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: selects the nested route under this parent.
            filter: narrows the listing; keys: archived, cached_resource_name, id, name,
                organization_id, password_category_id, url. A list value matches any of its
                items.
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
            route, path = PASSWORDS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = PASSWORDS_LIST, {}
        return self._list(
            route,
            path,
            models.Password,
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
        include: PasswordsGetInclude | Sequence[PasswordsGetInclude] | None = None,
        show_password: bool | None = None,
        version_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Password:
        """Retrieve a password.

        Returns the details of an existing password.

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            show_password: defaults to 'true', Can be set to 'false' to not return the password
            version_id: Set the password's version ID to return it's revision
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                PASSWORDS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = PASSWORDS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Password,
            include=include,
            params={
                "show_password": show_password,
                "version_id": version_id,
            },
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    @overload
    async def create(
        self,
        data: models.PasswordCreateDict | models.PasswordCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        show_password: bool | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Password: ...

    @overload
    async def create(
        self,
        data: Sequence[models.PasswordCreateDict | models.PasswordCreate | Mapping[str, Any]]
        | Iterator[models.PasswordCreateDict | models.PasswordCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        show_password: bool | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Password]: ...

    async def create(
        self,
        data: models.PasswordCreateDict
        | models.PasswordCreate
        | Mapping[str, Any]
        | Sequence[models.PasswordCreateDict | models.PasswordCreate | Mapping[str, Any]]
        | Iterator[models.PasswordCreateDict | models.PasswordCreate | Mapping[str, Any]],
        *,
        organization_id: int | None = None,
        show_password: bool | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Password | BulkResult[models.Password]:
        """Create a password.

        Creates a password under the organization specified in the ID parameter. Returns
        the created object if successful. Use the nested relationships route to add
        multiple passwords to an organization in bulk.

        Keep in mind that you can create general and embedded passwords with this
        endpoint: If the `resource-id` and `resource-type` attributes are NOT provided,
        IT Glue assumes the password is a general password. If the `resource-id` and
        `resource-type` attributes are provided, IT Glue assumes the password is an
        embedded password. Learn more about the difference between general and embedded
        passwords in [this
        article](https://help.itglue.kaseya.com/help/Content/2-using/security/choosing-
        between-general-and-embedded-passwords.html).

        Args:
            data: the attributes (snake_case mapping or ``models.PasswordCreate``). A list of
                them creates several records in bulk (nested route only) and returns a
                ``BulkResult``.
            organization_id: selects the nested route under this parent.
            show_password: defaults to 'false', Can be set to 'true' to return the password
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = PASSWORDS_CREATE_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = PASSWORDS_CREATE, {}
        return await self._create(
            route,
            path,
            models.Password,
            data,
            params={
                "show_password": show_password,
            },
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.PasswordUpdateDict | models.PasswordUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        show_password: bool | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Password:
        """Update a password.

        Updates the details of an existing password.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            organization_id: selects the nested route under this parent.
            show_password: defaults to 'false', Can be set to 'true' to return the password
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
                PASSWORDS_UPDATE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = PASSWORDS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Password,
            data,
            params={
                "show_password": show_password,
            },
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a password.

        Destroys a single password with its ID. Returns a 204 status code if successful.

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                PASSWORDS_DELETE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = PASSWORDS_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))

    async def bulk_update(
        self,
        items: Iterable[models.PasswordUpdateDict | models.PasswordUpdate | Mapping[str, Any]],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Password]:
        """Update multiple passwords.

        Updates a list of passwords, also known as bulk updating. Bulk updates using a
        nested relationships route are not supported.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change: a
                list (checked in full before anything is sent) or any iterable, a generator
                included (read as chunks are sent; an item that does not validate is reported in
                ``failed``).
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
        route, path = PASSWORDS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Password,
            items,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        ids: Iterable[int] | None = None,
        *,
        filter: PasswordsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Password]:
        """Delete multiple passwords.

        Deletes one or more specified passwords. Returns the deleted passwords and a 200
        status code if successful.

        Args:
            ids: the ids to delete (or pass ``filter=``, never both).
            filter: deletes every record matching it; keys: archived, cached_resource_name, id,
                name, organization_id, password_category_id, url. A list value matches any of
                its items.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = PASSWORDS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Password,
            ids,
            filter=filter,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class PasswordsWithRawResponse:
    """``Passwords``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Passwords) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
