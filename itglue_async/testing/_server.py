"""A small HTTP/1.1 server on loopback that puts a fake API's handler behind a real socket.

It speaks just what an HTTP client needs from it: keep-alive connections, ``Content-Length``
bodies, and closing the connection without an answer when a fault says so. It is built on
anyio's sockets, so it serves under asyncio and trio alike, and adds no dependency.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

import anyio
import httpx
from anyio.abc import SocketAttribute, SocketStream
from anyio.streams.buffered import BufferedByteReceiveStream

from itglue_async.testing._faults import Dropped

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]

_MAX_HEAD = 64 * 1024


class _BadRequest(Exception):
    pass


async def _read_request(
    reader: BufferedByteReceiveStream, base_url: str, limit: int
) -> httpx.Request | None:
    try:
        head = await reader.receive_until(b"\r\n\r\n", _MAX_HEAD)
    except anyio.IncompleteRead:
        return None  # the client closed the connection between requests
    except anyio.DelimiterNotFound:
        raise _BadRequest("request head too large") from None
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError:
        raise _BadRequest("malformed request line") from None
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise _BadRequest("malformed header line")
        headers.append((name.strip(), value.strip()))
    lowered = {k.lower(): v for k, v in headers}
    if "chunked" in lowered.get("transfer-encoding", "").lower():
        raise _BadRequest("chunked request bodies are not supported; send Content-Length")
    try:
        length = int(lowered.get("content-length", "0"))
    except ValueError:
        raise _BadRequest("malformed Content-Length") from None
    if length > limit:
        raise _BadRequest("request body too large")
    try:
        body = await reader.receive_exactly(length) if length else b""
    except anyio.IncompleteRead:
        raise _BadRequest("the body ended early") from None
    return httpx.Request(method, base_url + target, headers=headers, content=body)


def _encode(response: httpx.Response, *, close: bool) -> bytes:
    reason = response.reason_phrase or "Unknown"
    lines = [f"HTTP/1.1 {response.status_code} {reason}"]
    for name, value in response.headers.items():
        if name.lower() not in ("content-length", "connection", "transfer-encoding"):
            lines.append(f"{name}: {value}")
    lines.append(f"content-length: {len(response.content)}")
    lines.append("connection: close" if close else "connection: keep-alive")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.content


@contextlib.asynccontextmanager
async def serve(handler: Handler, host: str, port: int, *, body_limit: int) -> AsyncIterator[str]:
    """Serve ``handler`` until the block exits; yields ``http://host:port``.

    ``handler`` answers each request or raises ``Dropped`` to close the connection unanswered;
    bodies over ``body_limit`` bytes are refused with a 400. Leaving the block closes the
    listener and every connection, cancelling requests still being answered.
    """
    listener = await anyio.create_tcp_listener(local_host=host, local_port=port)
    bound = listener.extra(SocketAttribute.local_port)
    base_url = f"http://{host}:{bound}"

    async def connection(stream: SocketStream) -> None:
        reader = BufferedByteReceiveStream(stream)
        async with stream:
            while True:
                try:
                    request = await _read_request(reader, base_url, body_limit)
                except _BadRequest as exc:
                    with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError):
                        await stream.send(_encode(httpx.Response(400, text=str(exc)), close=True))
                    return
                except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                    return
                if request is None:
                    return
                close = request.headers.get("connection", "").lower() == "close"
                try:
                    response = await handler(request)
                except Dropped:
                    return
                try:
                    await stream.send(_encode(response, close=close))
                except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                    return
                if close:
                    return

    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, connection)
        try:
            yield base_url
        finally:
            group.cancel_scope.cancel()
