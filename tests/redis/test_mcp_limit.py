"""The agent tools' server shares its rate limit with other processes through Redis."""

from __future__ import annotations

import hashlib
import os
import sys

import pytest
import redis as redis_py
from mcp import Client, StdioServerParameters

from itglue_async.testing import RedisServer

pytestmark = pytest.mark.anyio


async def test_redis_url_puts_every_request_in_the_shared_log(redis: RedisServer) -> None:
    """With --redis-url, each request the tools send is granted by the shared log, named after
    a digest of the key (never the key itself)."""
    digest = hashlib.sha256(b"fake-api-key").hexdigest()[:16]
    log = f"{{itglue-async:itglue:{digest}}}:log"
    client = redis_py.Redis.from_url(redis.url)
    client.delete(log)  # the session's server is shared by both backends' runs
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ITGLUE_", "BLUETALLY_"))}
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "itglue_async", "mcp", "--fake", "--redis-url", redis.url],
        env=env,
    )
    async with Client(params) as mcp:
        for _ in range(3):
            result = await mcp.call_tool("list_records", {"resource": "organizations", "limit": 1})
            assert not result.is_error
    try:
        keys = [k.decode() for k in client.keys("*")]
        assert log in keys
        assert client.zcard(log) == 3
        assert not any("fake-api-key" in k for k in keys)
    finally:
        client.close()
