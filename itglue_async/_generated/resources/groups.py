# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Groups: A group is a collection of users."""

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


class GroupsListFilter(TypedDict, total=False):
    """Filters of groups (list, bulk_update); a sequence value matches any of its items."""

    name: str | Sequence[str]


GroupsListSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

GroupsListInclude = Literal[
    "users",
    "organizations",
    "resource_type_restrictions",
    "my_glue_account",
]


class Groups(Resource):
    """Groups: A group is a collection of users."""

    def list(
        self,
        *,
        filter: GroupsListFilter | None = None,
        sort: GroupsListSort | Sequence[GroupsListSort] | None = None,
        include: GroupsListInclude | Sequence[GroupsListInclude] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Group]:
        """List all groups in your account.

        Returns a list of groups in your account.

        Example return value:

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            filter: filters by name.
            sort: sort field(s); prefix ``-`` for descending.
            include: related resources to include in the response.
            page_size: records per page, 1 to 1000 (default 1000).
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[90], {}
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
        include: GroupsListInclude | Sequence[GroupsListInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Group:
        """Retrieve a group.

        Returns the details of an existing group.

        Example return value:

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

            include: related resources to include; reach them with ``item.related(name)``.
        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[91], {"id": id}
        result: models.Group = await self._get(
            route, path, include=include, params={}, timeout=timeout
        )
        return result

    async def create(
        self,
        data: models.GroupCreateDict | models.GroupCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Group:
        """Create a group.

        Creates a group.

        Sample Payload:

        Args:
            data: the attributes (snake_case mapping or ``models.GroupCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[92], {}
        result: models.Group = await self._create(route, path, data, params={}, timeout=timeout)
        return result

    async def update(
        self,
        id: int,
        data: models.GroupUpdateDict | models.GroupUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Group:
        """Update group.

        Updates a group.

        Sample Payload:

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[94], {"id": id}
        result: models.Group = await self._update(route, path, data, params={}, timeout=timeout)
        return result

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> None:
        """Delete a group.

        Deletes a group.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[93], {"id": id}
        await self._delete(route, path, timeout=timeout)

    async def bulk_update(
        self,
        items: Sequence[models.GroupUpdateDict | models.GroupUpdate | Mapping[str, Any]]
        | models.GroupUpdateDict
        | models.GroupUpdate
        | Mapping[str, Any],
        *,
        filter: GroupsListFilter | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> BulkResult[models.Group]:
        """Bulk update groups.

        Updates a list of groups in bulk. The bulk update PATCH format is similar to the
        response from a GET on a list resource. It accepts a partial representation of
        each group"only the attributes you provide will be updated; all others remain
        unchanged.

        The request body must contain a JSON array with one or more objects:

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change. With ``filter=``, a single mapping of attributes applied to every match.
            filter: update every record matching these filters instead of listing ids.
            chunk_size: items per request; chunks run concurrently under the rate limit.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.

        """
        route: Route
        path: dict[str, Any]
        route, path = ROUTES[95], {}
        return await self._bulk_update(
            route, path, items, filter=filter, chunk_size=chunk_size, timeout=timeout
        )
