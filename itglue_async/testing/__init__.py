"""Test without the real services: ``FakeITGlue`` and ``FakeBlueTally``, built from the specs.

::

    from itglue_async.testing import FakeITGlue

    fake = FakeITGlue()
    fake.populate(organizations=5, configurations=200, seed=1)
    async with fake.client() as client:          # in-process, through fake.transport
        orgs = await client.organizations.list().collect()
    async with fake.serve() as base_url:         # real HTTP on an ephemeral 127.0.0.1 port
        async with ITGlue(api_key="k", base_url=base_url) as client:
            ...

Each fake enforces the rate limit you give it (429 with Retry-After), answers like its API
where the reference says so, can inject faults (``Faults``), and logs every request.
``FakeBlueTally`` works the same way with the BlueTally client. ``redis_server()`` runs a
throwaway ``redis-server`` on loopback for code that shares a ``RedisLimiter``.
"""

from __future__ import annotations

from itglue_async.testing._bluetally import FakeBlueTally
from itglue_async.testing._engine import FakeAPI, FakeTransport, RecordedRequest
from itglue_async.testing._fake import FakeITGlue
from itglue_async.testing._faults import Dropped, Fault, Faults, max_in_window
from itglue_async.testing._redis_server import RedisServer, redis_server
from itglue_async.testing._seed import populate

__all__ = [
    "Dropped",
    "FakeAPI",
    "FakeBlueTally",
    "FakeITGlue",
    "FakeTransport",
    "Fault",
    "Faults",
    "RecordedRequest",
    "RedisServer",
    "max_in_window",
    "populate",
    "redis_server",
]
