"""Authentication: the API key, sent in the header the spec names and shown nowhere else."""

from __future__ import annotations

from collections.abc import Generator

import httpx

REDACTED = "[redacted]"


class KeyAuth(httpx.Auth):
    """Puts the API key in one request header (``<scheme> <key>`` when the API has a scheme).

    The key is held privately: ``repr`` and ``str`` show neither it nor the header value, and
    ``redacted`` gives a copy of a request that is safe to attach to an exception.
    """

    __slots__ = ("_header", "_scheme", "_value")

    def __init__(self, key: str, *, header: str, scheme: str | None = None) -> None:
        self._header = header
        self._scheme = scheme
        self._value = f"{scheme} {key}" if scheme else key

    def reveal(self) -> str:
        """The key itself (for code that must hand it on, never for display)."""
        return self._value.removeprefix(f"{self._scheme} ") if self._scheme else self._value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._value
        yield request

    def redacted(self, request: httpx.Request) -> httpx.Request:
        """A copy of ``request`` whose key header reads ``[redacted]``."""
        headers = httpx.Headers(request.headers)
        if self._header in headers:
            headers[self._header] = REDACTED
        return httpx.Request(request.method, request.url, headers=headers, content=request.content)

    def __repr__(self) -> str:
        return f"KeyAuth(header={self._header!r}, key={REDACTED})"

    __str__ = __repr__
