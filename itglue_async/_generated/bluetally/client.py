# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""The public BlueTally client: the core client, which creates its resources itself."""

from __future__ import annotations

import time
from functools import cached_property
from typing import ClassVar

import anyio
import httpx

from itglue_async._api import ApiDescription
from itglue_async._client import API_DEFAULT, BaseClient
from itglue_async._generated.bluetally.api import API
from itglue_async._generated.bluetally.resources import (
    Accessories,
    Activity,
    Assets,
    Audits,
    Categories,
    Checkin,
    Checkout,
    Components,
    Consumables,
    Departments,
    Depreciations,
    Employees,
    Licenses,
    Locations,
    Maintenances,
    Manufacturers,
    Products,
    Statuses,
    Suppliers,
    Tenants,
)
from itglue_async._limiter import Clock, Limiter, RateLimit, Sleep
from itglue_async._retry import RetryPolicy


class BlueTally(BaseClient):
    """Async client for the BlueTally API.

    Every request passes one client-wide sliding-window rate limiter (``rate_limit``, default
    ``RateLimit(10000, 3600.0)``; ``None`` disables it), at most ``max_concurrency`` requests are
    in flight, and failed attempts are retried as documented in the README.
    """

    _api: ClassVar[ApiDescription] = API

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        tenant_id: str | int | None = None,
        rate_limit: RateLimit | None = API_DEFAULT,
        max_retries: int = 4,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limiter: Limiter | None = None,
        retry: RetryPolicy | None = None,
        max_retry_after: float = 300.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        """Configure the client; nothing is sent until the first call.

        Args:
            api_key: default: the ``BLUETALLY_API_KEY`` environment variable.
            base_url: default: ``BLUETALLY_BASE_URL``, else https://app.bluetallyapp.com/api/v1. https
                only, plain http for loopback hosts (tests, fakes).
            tenant_id: default: ``BLUETALLY_TENANT_ID``. The tenant every request acts on, for
                multi-tenant accounts (see tenants.list()); sent as the tenant_id query
                parameter of every request.
            rate_limit: requests per window (``RateLimit(n, per)``); ``None`` disables it.
            max_retries: how often a failed attempt may be retried.
            timeout: seconds (or an ``httpx.Timeout``) for each attempt.
            max_concurrency: requests in flight at once.
            transport: an ``httpx.AsyncBaseTransport`` (fakes, tests).
            http_client: an ``httpx.AsyncClient`` to share (it is not closed with this client).
            limiter: a ``Limiter`` to use instead of the in-process one (shared limiters).
            retry: a ``RetryPolicy`` to use instead of the default one.
            max_retry_after: the longest ``Retry-After`` (seconds) a 429 is waited for; a
                longer one raises ``RateLimitError`` at once, with the server's value.
            clock: the monotonic clock the limiter reads (tests).
            sleep: the coroutine used to wait (tests).
        """
        super().__init__(
            api_key,
            base_url=base_url,
            rate_limit=rate_limit,
            max_retries=max_retries,
            timeout=timeout,
            max_concurrency=max_concurrency,
            transport=transport,
            http_client=http_client,
            limiter=limiter,
            retry=retry,
            max_retry_after=max_retry_after,
            clock=clock,
            sleep=sleep,
            client_params={
                "tenant_id": tenant_id,
            },
        )

    @cached_property
    def accessories(self) -> Accessories:
        """Accessories: Accessories in BlueTally. Routes: Returns all accessories; Returns a specific
        accessory; Create an accessory; Update an accessory; Delete an accessory."""
        return Accessories(self)

    @cached_property
    def activity(self) -> Activity:
        """Activity: Activity in BlueTally. Routes: Returns all activity log entries."""
        return Activity(self)

    @cached_property
    def assets(self) -> Assets:
        """Assets: Assets in BlueTally. Routes: Returns all assets; Returns a specific asset;
        Create an asset; Update an asset; Delete an asset."""
        return Assets(self)

    @cached_property
    def audits(self) -> Audits:
        """Audits: Audits in BlueTally. Routes: Returns all audits; Returns a specific audit;
        Create an audit.; Update an audit; Delete an audit."""
        return Audits(self)

    @cached_property
    def categories(self) -> Categories:
        """Categories: Categories in BlueTally. Routes: Returns all categories; Returns a specific
        category; Create a category; Update a category; Delete a category."""
        return Categories(self)

    @cached_property
    def checkin(self) -> Checkin:
        """Checkin: Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a
        component; Checkin a license."""
        return Checkin(self)

    @cached_property
    def checkout(self) -> Checkout:
        """Checkout: Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory;
        Checkout a component; Checkout a consumable; Checkout a license."""
        return Checkout(self)

    @cached_property
    def components(self) -> Components:
        """Components: Components in BlueTally. Routes: Returns all components; Returns a specific
        component; Create a component; Update a component; Delete a component."""
        return Components(self)

    @cached_property
    def consumables(self) -> Consumables:
        """Consumable: Consumable in BlueTally. Routes: Returns all consumables; Returns a specific
        consumable; Create a consumable; Update a consumable; Delete a consumable."""
        return Consumables(self)

    @cached_property
    def departments(self) -> Departments:
        """Departments: Departments in BlueTally. Routes: Returns all departments; Returns a specific
        department; Create a department; Update a department; Delete a department."""
        return Departments(self)

    @cached_property
    def depreciations(self) -> Depreciations:
        """Depreciations: Depreciations in BlueTally. Routes: Returns all depreciations; Returns a
        specific depreciation; Create a depreciation; Update a depreciation; Delete a
        depreciation."""
        return Depreciations(self)

    @cached_property
    def employees(self) -> Employees:
        """Employees: Employees in BlueTally. Routes: Returns all employees; Returns a specific
        employee; Create a employee; Update an employee; Delete an employee."""
        return Employees(self)

    @cached_property
    def licenses(self) -> Licenses:
        """Licenses: Licenses in BlueTally. Routes: Returns all licenses; Returns a specific license;
        Create a license; Update a license; Delete a license."""
        return Licenses(self)

    @cached_property
    def locations(self) -> Locations:
        """Locations: Locations in BlueTally. Routes: Returns all locations; Returns a specific
        location; Create a location; Update a location; Delete a location."""
        return Locations(self)

    @cached_property
    def maintenances(self) -> Maintenances:
        """Maintenances: Maintenances in BlueTally. Routes: Returns all maintenances; Returns a specific
        maintenance; Create a maintenance; Update a maintenance; Delete a maintenance."""
        return Maintenances(self)

    @cached_property
    def manufacturers(self) -> Manufacturers:
        """Manufacturers: Manufacturers in BlueTally. Routes: Returns all manufacturers; Returns a
        specific manufacturer; Create a manufacturer; Update a manufacturer; Delete a
        manufacturer."""
        return Manufacturers(self)

    @cached_property
    def products(self) -> Products:
        """Products: Products in BlueTally. Routes: Returns all products; Returns a specific product;
        Create a product; Update a product; Delete a product."""
        return Products(self)

    @cached_property
    def statuses(self) -> Statuses:
        """Statuses: Statuses in BlueTally. Routes: Returns all statuses; Returns a specific status;
        Create a status; Update a status; Delete a status.."""
        return Statuses(self)

    @cached_property
    def suppliers(self) -> Suppliers:
        """Suppliers: Suppliers in BlueTally. Routes: Returns all suppliers; Returns a specific
        supplier; Create a supplier; Update a supplier; Delete a supplier."""
        return Suppliers(self)

    @cached_property
    def tenants(self) -> Tenants:
        """Tenants: Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users)."""
        return Tenants(self)
