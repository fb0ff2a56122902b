"""The loopback server speaks plain HTTP/1.1: keep-alive, Content-Length, 400 for garbage."""

from __future__ import annotations

import asyncio

import httpx

from itglue_async.testing import FakeITGlue
from tests.conftest import KEY


async def _exchange(base_url: str, payload: bytes) -> bytes:
    url = httpx.URL(base_url)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    writer.write(payload)
    await writer.drain()
    data = await asyncio.wait_for(reader.read(), 5.0)
    writer.close()
    await writer.wait_closed()
    return data


async def test_two_requests_on_one_connection_then_close() -> None:
    """Requests share a kept-alive connection; Connection: close ends it after the answer."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    fake.add("organizations", {"name": "Acme"})
    head = f"GET /organizations/1 HTTP/1.1\r\nhost: x\r\nx-api-key: {KEY}\r\n"
    async with fake.serve() as base_url:
        data = await _exchange(
            base_url, (head + "\r\n" + head + "connection: close\r\n\r\n").encode()
        )
    assert data.count(b"HTTP/1.1 200 OK") == 2
    assert b"connection: close" in data and b'"name":"Acme"' in data


async def test_malformed_request_gets_400_and_server_stops_cleanly() -> None:
    """A request line that is not HTTP is answered 400; leaving serve() closes everything."""
    fake = FakeITGlue(api_key=KEY, rate_limit=None)
    async with fake.serve() as base_url:
        data = await _exchange(base_url, b"garbage\r\n\r\n")
        assert data.startswith(b"HTTP/1.1 400")
        idle = await asyncio.open_connection(httpx.URL(base_url).host, httpx.URL(base_url).port)
    reader, writer = idle
    assert await asyncio.wait_for(reader.read(), 5.0) == b""  # the server closed it
    writer.close()
    assert fake.requests == []
