# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Categories: Categories in BlueTally. Routes: Returns all categories; Returns a specific category; Create a
category; Update a category; Delete a category."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    CATEGORIES_CREATE,
    CATEGORIES_DELETE,
    CATEGORIES_GET,
    CATEGORIES_LIST,
    CATEGORIES_UPDATE,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class CategoriesListFilter(TypedDict, total=False):
    """Filters of categories (list); a sequence value matches any of its items."""

    checkout_email: bool
    name: str
    type: Literal["accessory", "asset", "consumable", "component", "license"]


CategoriesListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "type",
    "-type",
]


class Categories(Resource):
    """Categories: Categories in BlueTally. Routes: Returns all categories; Returns a specific category;
    Create a category; Update a category; Delete a category."""

    def list(
        self,
        *,
        filter: CategoriesListFilter | None = None,
        sort: CategoriesListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Category]:
        """Returns all categories.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: checkout_email, name, type.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CATEGORIES_LIST, {}
        return self._list(
            route,
            path,
            models.Category,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
        )

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Category:
        """Returns a specific category.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CATEGORIES_GET, {"id": id}
        return await self._get(
            route, path, models.Category, include=None, params={}, timeout=timeout
        )

    async def create(
        self,
        data: models.CategoryCreateDict | models.CategoryCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Category:
        """Create a category.

        Args:
            data: the attributes (snake_case mapping or ``models.CategoryCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CATEGORIES_CREATE, {}
        return await self._create_one(
            route, path, models.Category, data, params={}, timeout=timeout
        )

    async def update(
        self,
        id: int,
        data: models.CategoryUpdateDict | models.CategoryUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Category:
        """Update a category.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CATEGORIES_UPDATE, {"id": id}
        return await self._update(route, path, models.Category, data, params={}, timeout=timeout)

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> None:
        """Delete a category.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = CATEGORIES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout)
