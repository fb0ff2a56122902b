"""Test without the real IT Glue: ``FakeITGlue``, an in-memory IT Glue built from the spec.

::

    from itglue_async.testing import FakeITGlue

    fake = FakeITGlue()
    fake.populate(organizations=5, configurations=200, seed=1)
    async with fake.client() as client:          # in-process, through fake.transport
        orgs = await client.organizations.list().collect()
    async with fake.serve() as base_url:         # real HTTP on an ephemeral 127.0.0.1 port
        async with ITGlue(api_key="k", base_url=base_url) as client:
            ...

The fake enforces the rate limit you give it (429 with Retry-After), answers like the API
where the reference says so, can inject faults (``Faults``), and logs every request.
"""

from __future__ import annotations

from itglue_async.testing._engine import FakeAPI, FakeTransport, RecordedRequest
from itglue_async.testing._fake import FakeITGlue
from itglue_async.testing._faults import Dropped, Fault, Faults, max_in_window
from itglue_async.testing._seed import populate

__all__ = [
    "Dropped",
    "FakeAPI",
    "FakeITGlue",
    "FakeTransport",
    "Fault",
    "Faults",
    "RecordedRequest",
    "max_in_window",
    "populate",
]
