"""``FakeBlueTally``: an in-memory BlueTally that answers all 91 routes.

It is the fake API engine with BlueTally's generated route tables and the plain REST wire,
plus what BlueTally's actions do: a checkout records on the item whom it is checked out to
(``checked_out_to``, ``checkout_date``), a checkin clears that (and sets ``status_id`` when
given). The reference documents no answers, so records are answered as flat objects with
their ``id``, bare or under ``data`` (``envelope=True``).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from typing import Any

from itglue_async._generated.bluetally import API, ROUTES, BlueTally
from itglue_async._limiter import RateLimit
from itglue_async._routes import Route
from itglue_async.testing._engine import FakeAPI
from itglue_async.testing._faults import Faults
from itglue_async.testing._rest import RestWire
from itglue_async.testing._wire import Answer, Query, Reply

_API_RATE_LIMIT = RateLimit(API.rate_limit_requests, API.rate_limit_per)
# Who an item is checked out to: the body keys naming the holder.
_HOLDERS = ("employee_id", "location_id", "asset_id")


class FakeBlueTally(FakeAPI[BlueTally]):
    """An in-memory BlueTally for tests and demos, built from the client's route tables.

    Use it in-process (``fake.client()``) or over loopback HTTP (``async with fake.serve()``).
    It checks the Bearer token (401 without it, or with another one when ``api_key`` is
    set), enforces ``rate_limit`` as a sliding window (429 with ``Retry-After``), validates
    queries and bodies against the documented routes, and injects ``faults``. When tenants
    exist (``fake.add("tenants", {...})``), a ``tenant_id`` that names none is refused (403).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        rate_limit: RateLimit | None = _API_RATE_LIMIT,
        retry_after: bool = True,
        faults: Faults | None = None,
        envelope: bool = False,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        wire = RestWire(
            media_type=API.dialect.media_type,
            envelope=envelope,
            extra_params=tuple(p.query for p in API.client_params.values()),
        )
        super().__init__(
            api=API,
            routes=ROUTES,
            wire=wire,
            client_class=BlueTally,
            api_key=api_key,
            rate_limit=rate_limit,
            retry_after=retry_after,
            faults=faults,
            clock=clock,
            now=now,
        )

    def admit(self, route: Route, query: Query) -> None:
        tenants = self.store.tables["tenants"]
        tenant = query.params.get("tenant_id")
        if tenant is not None and tenants and not (tenant.isdigit() and int(tenant) in tenants):
            raise Reply(403, f"tenant_id {tenant} names no tenant of this account.")

    def act(
        self, route: Route, params: dict[str, Any], values: dict[str, Any]
    ) -> tuple[int, Answer | None]:
        target_key = f"{route.operation}_id"
        target = self.store.plural(route.operation)
        if target is None:
            raise Reply(404, f"Nothing to check in or out at {route.path}.")
        try:
            ident = int(values[target_key])
        except (KeyError, TypeError, ValueError):
            raise Reply(422, f"{target_key} is required.", parameter=target_key) from None
        record = self.store.tables[target].get(ident)
        if record is None:
            raise Reply(404, f"No {target} record with id {ident}.", parameter=target_key)
        changes: dict[str, Any] = {}
        if route.resource == "checkout":
            holder = {k: values[k] for k in _HOLDERS if k != target_key and values.get(k)}
            if not holder:
                names = ", ".join(
                    k for k in _HOLDERS if k in (route.body.attributes if route.body else {})
                )
                raise Reply(
                    422, f"Say whom it is checked out to: {names}.", parameter=names.split(",")[0]
                )
            if record.get("checked_out_to") and "quantity" not in record:
                raise Reply(422, f"{target} {ident} is already checked out.", parameter=target_key)
            changes |= {"checked_out_to": holder, "checkout_date": values["checkout_date"]}
        else:
            if not record.get("checked_out_to"):
                raise Reply(422, f"{target} {ident} is not checked out.", parameter=target_key)
            changes |= {"checked_out_to": None, "checkin_date": values["checkin_date"]}
            if values.get("status_id") is not None:
                changes["status_id"] = values["status_id"]
        for own in ("location_id", "department_id"):
            given = values.get(f"{route.operation}_{own}")
            if given is not None:
                changes[own] = given
        self.store.update(target, ident, changes)
        return 200, self._answer_for(target, [ident], None, single=True)

    def populate(self, *, assets: int = 50, employees: int = 10, seed: int = 0) -> dict[str, int]:
        """Fill the store with related, seeded records; returns how many of each were added.

        Statuses, categories, manufacturers, suppliers, locations, departments and products,
        then ``employees`` employees and ``assets`` assets with unique serial numbers.
        """
        for name, value in (("assets", assets), ("employees", employees)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a count of 0 or more, got {value!r}.")
        rng = random.Random(seed)
        added: dict[str, int] = {}

        def add(resource: str, attributes: dict[str, Any]) -> int:
            added[resource] = added.get(resource, 0) + 1
            return self.add(resource, attributes)

        statuses = [
            add("statuses", {"name": n, "type": t})
            for n, t in (
                ("Ready", "deployable"),
                ("In repair", "undeployable"),
                ("Retired", "archived"),
            )
        ]
        category = add("categories", {"name": "Laptops", "type": "asset"})
        makers = [add("manufacturers", {"name": n}) for n in ("Lenovo", "Dell", "Apple")]
        supplier = add("suppliers", {"name": "Northwind Supply"})
        locations = [add("locations", {"name": n, "city": n}) for n in ("Denver", "Austin")]
        department = add(
            "departments", {"name": "IT", "email": "it@example.com", "phone": "555-0100"}
        )
        products = [
            add(
                "products", {"name": f"{m} Book {i}", "category_id": category, "manufacturer_id": m}
            )
            for i, m in enumerate(makers, 1)
        ]
        for index in range(employees):
            add(
                "employees", {"name": f"Employee {index + 1}", "email": f"e{index + 1}@example.com"}
            )
        start = dt.date(2024, 1, 1)
        for index in range(assets):
            purchased = start + dt.timedelta(days=rng.randrange(700))
            add(
                "assets",
                {
                    "asset_id": f"BT-{index + 1:05d}",
                    "asset_name": f"Laptop {index + 1}",
                    "asset_serial": f"SN{rng.randrange(10**9):09d}",
                    "product_id": rng.choice(products),
                    "status_id": rng.choice(statuses[:2]),
                    "supplier_id": supplier,
                    "location_id": rng.choice(locations),
                    "department_id": department,
                    "purchase_date": purchased.isoformat(),
                    "purchase_cost": rng.randrange(600, 3000),
                },
            )
        return added


__all__ = ["FakeBlueTally"]
