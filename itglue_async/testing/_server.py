"""A small HTTP/1.1 server on loopback that puts a fake API's handler behind a real socket.

It speaks just what an HTTP client needs from it: keep-alive connections, ``Content-Length``
bodies, and closing the connection without an answer when a fault says so. Standard library
only, so the fake adds no dependency.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx

from itglue_async.testing._faults import Dropped

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]

_MAX_HEAD = 64 * 1024


class _BadRequest(Exception):
    pass


async def _read_request(
    reader: asyncio.StreamReader, base_url: str, limit: int
) -> httpx.Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial.strip():
            raise _BadRequest("incomplete request head") from None
        return None  # the client closed an idle connection
    except asyncio.LimitOverrunError:
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
    body = await reader.readexactly(length) if length else b""
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
    bodies over ``body_limit`` bytes are refused with a 400.
    """
    connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}
    base_url = ""

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        connections[task] = writer
        try:
            while True:
                try:
                    request = await _read_request(reader, base_url, body_limit)
                except _BadRequest as exc:
                    writer.write(_encode(httpx.Response(400, text=str(exc)), close=True))
                    await writer.drain()
                    return
                if request is None:
                    return
                close = request.headers.get("connection", "").lower() == "close"
                try:
                    response = await handler(request)
                except Dropped:
                    return
                writer.write(_encode(response, close=close))
                await writer.drain()
                if close:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:
            # Only the server's own shutdown cancels a connection; end it quietly.
            return
        finally:
            connections.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    server = await asyncio.start_server(connection, host, port, limit=_MAX_HEAD)
    bound = server.sockets[0].getsockname()
    base_url = f"http://{bound[0]}:{bound[1]}"
    try:
        async with server:
            yield base_url
    finally:
        server.close()
        # Closing the sockets ends each connection's read loop; a connection still inside a
        # slow (latency-injected) request is cancelled instead.
        for writer in list(connections.values()):
            writer.close()
        if connections:
            _, slow = await asyncio.wait(list(connections), timeout=1.0)
            for task in slow:
                task.cancel()
            if slow:
                await asyncio.wait(slow)
        await server.wait_closed()
