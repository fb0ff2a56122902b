# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Users: A user refers to anyone who can authenticate to IT Glue."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    USERS_GET,
    USERS_LIST,
    USERS_UPDATE,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class UsersListFilter(TypedDict, total=False):
    """Filters of users (list); a sequence value matches any of its items."""

    email: str | Sequence[str]
    id: int | Sequence[int]
    name: str | Sequence[str]
    role_name: str | Sequence[str]
    salesforce_id: int | Sequence[int]


UsersListSort = Literal[
    "name",
    "-name",
    "email",
    "-email",
    "reputation",
    "-reputation",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class Users(Resource):
    """Users: A user refers to anyone who can authenticate to IT Glue."""

    @functools.cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        filter: UsersListFilter | None = None,
        sort: UsersListSort | Sequence[UsersListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.User]:
        """List all users.

        Returns a list of the users in your account.

        }

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: email, id, name, role_name, salesforce_id. A list
                value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = USERS_LIST, {}
        return self._list(
            route,
            path,
            models.User,
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
    ) -> models.User:
        """Retrieve a user.

        Returns information about one user.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = USERS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.User,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def update(
        self,
        id: int,
        data: models.UserUpdateDict | models.UserUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.User:
        """Update a user.

        Updates the name or profile picture (avatar) of an existing user.

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
        route, path = USERS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.User,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )


class UsersWithRawResponse:
    """``Users``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Users) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
