"""The loopback server speaks plain HTTP/1.1: keep-alive, Content-Length, 400 for garbage."""

from __future__ import annotations

import anyio
import httpx
import pytest

from itglue_async.testing import FakeITGlue
from tests.conftest import KEY

pytestmark = pytest.mark.anyio


async def _exchange(base_url: str, payload: bytes) -> bytes:
    url = httpx.URL(base_url)
    data = b""
    async with await anyio.connect_tcp(url.host, url.port) as stream:
        await stream.send(payload)
        with anyio.fail_after(5):
            while True:
                try:
                    data += await stream.receive()
                except anyio.EndOfStream:
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
        url = httpx.URL(base_url)
        idle = await anyio.connect_tcp(url.host, url.port)
    with anyio.fail_after(5):
        try:
            closed = await idle.receive() == b""
        except (anyio.EndOfStream, anyio.BrokenResourceError):
            closed = True
    await idle.aclose()
    assert closed  # the server closed it
    assert fake.requests == []
