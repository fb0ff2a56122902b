# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Employees: Employees in BlueTally. Routes: Returns all employees; Returns a specific employee; Create a
employee; Update an employee; Delete an employee."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    EMPLOYEES_CREATE,
    EMPLOYEES_DELETE,
    EMPLOYEES_GET,
    EMPLOYEES_LIST,
    EMPLOYEES_UPDATE,
)
from itglue_async._pagination import Paginator
from itglue_async._resource import Resource
from itglue_async._routes import Route


class EmployeesListFilter(TypedDict, total=False):
    """Filters of employees (list); a sequence value matches any of its items."""

    department_id: int
    email: str
    location_id: int
    name: str
    notes: str
    title: str


EmployeesListSort = Literal[
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "name",
    "-name",
    "email",
    "-email",
    "title",
    "-title",
    "notes",
    "-notes",
]


class Employees(Resource):
    """Employees: Employees in BlueTally. Routes: Returns all employees; Returns a specific employee;
    Create a employee; Update an employee; Delete an employee."""

    def list(
        self,
        *,
        filter: EmployeesListFilter | None = None,
        sort: EmployeesListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Paginator[models.Employee]:
        """Returns all employees.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: department_id, email, location_id, name, notes,
                title.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EMPLOYEES_LIST, {}
        return self._list(
            route,
            path,
            models.Employee,
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
    ) -> models.Employee:
        """Returns a specific employee.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EMPLOYEES_GET, {"id": id}
        return await self._get(
            route, path, models.Employee, include=None, params={}, timeout=timeout
        )

    async def create(
        self,
        data: models.EmployeeCreateDict | models.EmployeeCreate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Employee:
        """Create a employee.

        Args:
            data: the attributes (snake_case mapping or ``models.EmployeeCreate``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EMPLOYEES_CREATE, {}
        return await self._create_one(
            route, path, models.Employee, data, params={}, timeout=timeout
        )

    async def update(
        self,
        id: int,
        data: models.EmployeeUpdateDict | models.EmployeeUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> models.Employee:
        """Update an employee.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EMPLOYEES_UPDATE, {"id": id}
        return await self._update(route, path, models.Employee, data, params={}, timeout=timeout)

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> None:
        """Delete an employee.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
        """
        route: Route
        path: dict[str, Any]
        route, path = EMPLOYEES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout)
