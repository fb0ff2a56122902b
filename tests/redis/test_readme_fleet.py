"""The README's worker-pool example, run as a script: four processes, one key, one Redis log."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import anyio
import pytest

from itglue_async import RateLimit, RedisLimiter
from itglue_async.testing import FakeITGlue, RedisServer

pytestmark = pytest.mark.anyio

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    block = re.search(
        r"<!-- redis-fleet:start -->\n```python\n(.*?)```\n<!-- redis-fleet:end -->",
        README.read_text(encoding="utf-8"),
        re.S,
    )
    assert block, "the README lost its worker-pool example"
    return block.group(1)


async def test_readme_worker_pool_runs_and_shares_the_log(
    redis: RedisServer, tmp_path: Path
) -> None:
    """The README's worker-pool example runs as written and its workers share one Redis log."""
    fake = FakeITGlue(api_key="fleet-key")
    fake.populate(organizations=20, configurations=200, contacts=0, passwords=0, logs=0)
    script = tmp_path / "fleet.py"
    script.write_text(_example(), encoding="utf-8")
    limiter = RedisLimiter(redis.url, name="itglue:acme", rate_limit=RateLimit(3000, 300.0))
    await limiter.reset()
    async with fake.serve() as base_url:
        env = {
            **os.environ,
            "ITGLUE_API_KEY": "fleet-key",
            "ITGLUE_BASE_URL": base_url,
            "REDIS_URL": redis.url,
        }
        done = await anyio.run_process([sys.executable, str(script)], env=env, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert done.stdout.decode().strip() == "200"
    served = [r for r in fake.requests if r.outcome == "ok"]
    assert len(served) >= 20
    # Every request of the four processes went through the one shared log.
    assert await limiter.used() == len(fake.requests)
    await limiter.reset()
    await limiter.aclose()
    assert "fleet-key" not in done.stderr.decode() + done.stdout.decode()
