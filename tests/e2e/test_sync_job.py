"""The README's BlueTally -> IT Glue job, run as written against both fakes, both ways."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from itglue_async import ITGlue
from itglue_async.bluetally import BlueTally
from itglue_async.testing import FakeBlueTally, FakeITGlue

pytestmark = pytest.mark.anyio

README = Path(__file__).resolve().parents[2] / "README.md"


def _job() -> Callable[..., Any]:
    text = README.read_text(encoding="utf-8")
    block = re.search(
        r"<!-- sync-job:start -->\n```python\n(.*?)```\n<!-- sync-job:end -->", text, re.S
    )
    assert block, "the README lost its sync job"
    namespace: dict[str, Any] = {"__name__": "readme_sync_job"}
    exec(compile(block.group(1), "README.md#sync-job", "exec"), namespace)
    job: Callable[..., Any] = namespace["mirror_assets"]
    return job


@contextlib.asynccontextmanager
async def _clients(
    blue: FakeBlueTally, glue: FakeITGlue, loopback: bool
) -> AsyncIterator[tuple[BlueTally, ITGlue]]:
    if not loopback:
        async with blue.client() as b, glue.client() as g:
            yield b, g
        return
    async with (
        blue.serve() as blue_url,
        glue.serve() as glue_url,
        BlueTally("fake-api-key", base_url=blue_url) as b,
        ITGlue("fake-api-key", base_url=glue_url) as g,
    ):
        yield b, g


@pytest.mark.parametrize("loopback", [False, True], ids=["in-process", "loopback"])
async def test_mirror_creates_updates_and_is_idempotent(loopback: bool) -> None:
    """Missing configurations are created, changed ones updated, and a second run does nothing."""
    mirror = _job()
    blue = FakeBlueTally()
    blue.populate(assets=120, seed=3)
    glue = FakeITGlue()
    org = glue.add("organizations", {"name": "Acme"})
    kind = glue.add("configuration_types", {"name": "Laptop"})
    first_asset = blue.get("assets", 1)
    assert first_asset is not None
    stale = glue.add(
        "configurations",
        {
            "name": "old name",
            "serial_number": first_asset["asset_serial"],
            "configuration_type_id": kind,
        },
        organization_id=org,
    )
    glue.add(
        "configurations", {"name": "not an asset", "serial_number": "OTHER"}, organization_id=org
    )

    async with _clients(blue, glue, loopback) as (b, g):
        first = await mirror(b, g, organization_id=org, configuration_type_id=kind)
        second = await mirror(b, g, organization_id=org, configuration_type_id=kind)
        blue.store.update("assets", 7, {"asset_name": "Renamed laptop"})
        third = await mirror(b, g, organization_id=org, configuration_type_id=kind)

    assert first == {"created": 119, "updated": 1, "assets": 120}
    assert second == {"created": 0, "updated": 0, "assets": 120}
    assert third == {"created": 0, "updated": 1, "assets": 120}
    configs = {
        glue.get("configurations", i)["serial-number"]: glue.get("configurations", i)
        for i in glue.ids("configurations")
    }  # type: ignore[index]
    assert len(configs) == 121  # one per asset (the stale one reused) and the unrelated one
    for ident in blue.ids("assets"):
        asset = blue.get("assets", ident)
        assert asset is not None
        config = configs[asset["asset_serial"]]
        assert config["name"] == asset["asset_name"] and config["asset-tag"] == asset["asset_id"]
        assert config["purchased-at"] == asset["purchase_date"]
    assert glue.get("configurations", stale)["name"] == blue.get("assets", 1)["asset_name"]  # type: ignore[index]
    assert not [r for r in blue.requests if r.method != "GET"]
