"""``FakeITGlue``: an in-memory IT Glue that answers every documented route.

It is the fake API engine with IT Glue's generated route tables and the JSON:API wire; the
engine's handlers know neither.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import Any

from itglue_async._api import ApiDescription
from itglue_async._generated.itglue import API, ROUTES, ITGlue
from itglue_async._limiter import RateLimit
from itglue_async._routes import Route
from itglue_async.testing._engine import FakeAPI
from itglue_async.testing._faults import Faults
from itglue_async.testing._jsonapi import JsonApiWire
from itglue_async.testing._seed import populate

_API_RATE_LIMIT = RateLimit(API.rate_limit_requests, API.rate_limit_per)


class FakeITGlue(FakeAPI):
    """An in-memory IT Glue for tests and demos, built from the client's route tables.

    Use it in-process (``fake.client()``, or ``ITGlue(api_key=key, base_url=fake.base_url,
    transport=fake.transport)``) or over loopback HTTP (``async with fake.serve() as
    base_url:``). It enforces ``rate_limit`` as a sliding window (429 with ``Retry-After``),
    checks the ``x-api-key`` header (401 without it, or with another key when ``api_key`` is
    set), validates queries and bodies against the documented routes, and injects the
    ``faults`` you configure. Every request lands in ``requests``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        rate_limit: RateLimit | None = _API_RATE_LIMIT,
        retry_after: bool = True,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        routes: Sequence[Route] = ROUTES,
        api: ApiDescription = API,
    ) -> None:
        super().__init__(
            api=api,
            routes=routes,
            wire=JsonApiWire(media_type=api.dialect.media_type),
            api_key=api_key,
            rate_limit=rate_limit,
            retry_after=retry_after,
            faults=faults,
            clock=clock,
            now=now,
        )

    def populate(self, **sizes: Any) -> dict[str, int]:
        """Fill the store with realistic, seeded data; see ``itglue_async.testing.populate``."""
        return populate(self, **sizes)

    def client(self, **options: Any) -> ITGlue:
        """An ``ITGlue`` wired to this fake in-process, with the fake's rate limit.

        ``options`` go to the ``ITGlue`` constructor (``max_concurrency=``, ``max_retries=``...).
        """
        options.setdefault("rate_limit", self.rate_limit)
        return ITGlue(
            api_key=self._api_key or "fake-api-key",
            base_url=self.base_url,
            transport=self.transport,
            **options,
        )


__all__ = ["FakeITGlue"]
