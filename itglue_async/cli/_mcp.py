"""The ``mcp`` command: the agent tools of one client, on stdio or on streamable HTTP.

Over HTTP the endpoint is ``/mcp``, bound to 127.0.0.1 unless told otherwise. With a token
(``--auth-token`` or ``ITGLUE_MCP_TOKEN``) every request must carry ``Authorization: Bearer
TOKEN`` or is answered 401; binding any other address without a token is refused before
anything starts. Problems with the command line are ``ValueError``s, which the command line
reports as usage errors; nothing here prints the token or the API key.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import os
import socket
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from itglue_async._api import ApiDescription
from itglue_async._client import _is_loopback
from itglue_async._limiter import Limiter, RateLimit

TOKEN_VARIABLE = "ITGLUE_MCP_TOKEN"
PATH = "/mcp"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def token(options: argparse.Namespace) -> str | None:
    """The bearer token HTTP requests must carry, after checking the options fit together."""
    given = options.auth_token or os.environ.get(TOKEN_VARIABLE) or None
    if options.transport != "http":
        return given
    if not 0 <= options.port <= 65535:
        raise ValueError(f"--port must be from 0 to 65535, got {options.port}.")
    if not _is_loopback(options.host) and not given:
        raise ValueError(
            f"refusing to serve on {options.host} without a token: pass --auth-token or set "
            f"{TOKEN_VARIABLE}, or bind 127.0.0.1."
        )
    return given


def shared_limiter(url: str | None, api: ApiDescription, key: str) -> Limiter | None:
    """A ``RedisLimiter`` for ``--redis-url``, named after the key (by digest, never the key)."""
    if not url:
        return None
    try:
        from itglue_async._redis import RedisLimiter
    except ImportError:
        raise ValueError(
            "--redis-url needs the redis package: pip install 'itglue-async[redis]'."
        ) from None
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return RedisLimiter(
        url,
        name=f"itglue-async:{api.env_prefix.lower()}:{digest}",
        rate_limit=RateLimit(api.rate_limit_requests, api.rate_limit_per),
    )


def server(client: Any, options: argparse.Namespace) -> Any:
    """The MCP server of ``client`` as the options allow it."""
    try:
        from itglue_async.mcp import create_server
    except ImportError as exc:
        raise ValueError(str(exc)) from None
    return create_server(
        client,
        allow_writes=options.allow_writes,
        allow_deletes=options.allow_deletes,
        password_values=options.allow_password_values,
    )


async def serve(mcp_server: Any, options: argparse.Namespace, bearer: str | None) -> None:
    """Serve until stdin closes (stdio) or the process is interrupted (HTTP)."""
    if options.transport == "stdio":
        await mcp_server.run_stdio_async()
        return
    await serve_http(mcp_server, options.host, options.port, bearer, label=options.api)


async def serve_http(
    mcp_server: Any, host: str, port: int, bearer: str | None, *, label: str = ""
) -> None:
    """Streamable HTTP at ``/mcp`` on ``host:port`` (0 picks a free port, which is printed)."""
    import uvicorn

    app: App = mcp_server.streamable_http_app(streamable_http_path=PATH, host=host)
    if bearer is not None:
        app = BearerToken(app, bearer)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    where = f"[{host}]" if family == socket.AF_INET6 else host
    sys.stderr.write(
        f"itglue-async mcp ({label}): serving at http://{where}:{bound}{PATH}"
        f"{' (bearer token required)' if bearer else ''}\n"
    )
    sys.stderr.flush()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    await uvicorn.Server(config).serve(sockets=[sock])


class BearerToken:
    """ASGI middleware: HTTP requests without ``Authorization: Bearer <token>`` get 401."""

    def __init__(self, app: App, token: str) -> None:
        self._app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or []).get(b"authorization", b"")
            if not hmac.compare_digest(given, self._expected):
                body = b'{"error": "unauthorized: send Authorization: Bearer <token>"}'
                await send(
                    {
                        "type": "http.response.start",
                        "status": 401,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"www-authenticate", b'Bearer realm="itglue-async"'),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self._app(scope, receive, send)
