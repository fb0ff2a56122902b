"""Raw responses: a call's ``httpx.Response`` beside its parsed result, parsed on demand.

``client.configurations.with_raw_response.get(1)`` sends the same request as
``client.configurations.get(1)`` and answers a ``RawResponse``: ``status_code``, ``headers``,
``http_response`` (the ``httpx.Response``) and ``parse()``, which gives what the plain method
returns and reads the body only when first asked. Error statuses raise the error tree as
usual. Only methods that send one request have a raw form; for ``list`` it is the first page.

How the answer is caught: ``raw_response`` runs the plain method with a claim set in a context
variable; the first answer the method reads through ``Resource._answered`` fills the claim
with the response and the method's own reading step instead of reading it, and the wrapper
hands that back. Requests the method might send later are not affected.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from itglue_async._errors import ITGlueError

T = TypeVar("T")
P = ParamSpec("P")

_NOT_PARSED: Any = object()


class RawResponse(Generic[T]):
    """One answer as it came (``http_response``), and ``parse()`` for the parsed result."""

    __slots__ = ("_parsed", "_read", "http_response")

    def __init__(self, http_response: httpx.Response, read: Callable[[], T]) -> None:
        self.http_response = http_response
        self._read = read
        self._parsed: T = _NOT_PARSED

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self.http_response.headers

    def parse(self) -> T:
        """What the plain method returns (the model, the first ``Page``, ``None``...).

        The body is read on the first call; later calls return the same object.
        """
        if self._parsed is _NOT_PARSED:
            self._parsed = self._read()
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"


class _Claim:
    """Where the first answer of a raw call is left."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: RawResponse[Any] | None = None


_CLAIM: contextvars.ContextVar[_Claim | None] = contextvars.ContextVar("itglue_raw", default=None)


def claim(http_response: httpx.Response, read: Callable[[], Any]) -> bool:
    """Leave an answer to a waiting raw call; False when no raw call waits for one."""
    waiting = _CLAIM.get()
    if waiting is None or waiting.response is not None:
        return False
    waiting.response = RawResponse(http_response, read)
    return True


def raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``method`` (a resource method that sends one request), answering ``RawResponse``."""

    @functools.wraps(method)
    async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        waiting = _Claim()
        token = _CLAIM.set(waiting)
        try:
            await method(*args, **kwargs)
        finally:
            _CLAIM.reset(token)
        if waiting.response is None:
            raise ITGlueError(
                f"{getattr(method, '__qualname__', 'This call')} sent no single request to "
                "answer raw: calls that send several (bulk) have no raw form."
            )
        response: RawResponse[T] = waiting.response
        return response

    return raw
