"""When to retry a failed attempt, and how long to wait first.

Only a 429 proves that the server applied nothing, so it is retried for every method. A 5xx,
a timeout or a dropped connection may have been processed: those are retried only for the
idempotent methods (GET, PATCH with the same body, DELETE, PUT, HEAD). A POST is retried after
a connection failure only when the request provably never reached the server (the connection
was never established).
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import attrs
import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# The connection was never made: nothing reached the server.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.define
class RetryPolicy:
    """Exponential backoff with full jitter, capped.

    ``jitter`` returns a float in [0, 1); the wait before retry ``k`` (0-based) is
    ``min(cap, base * 2**k) * (0.5 + jitter() / 2)``.
    """

    max_retries: int = 4
    base: float = 0.5
    cap: float = 30.0
    jitter: Callable[[], float] = random.random

    def backoff(self, attempt: int) -> float:
        return float(min(self.cap, self.base * (2**attempt)) * (0.5 + self.jitter() / 2))

    def retry_status(self, method: str, status: int) -> bool:
        if status == 429:
            return True
        return status in RETRY_STATUSES and method in IDEMPOTENT

    def retry_exception(self, method: str, exc: Exception) -> bool:
        if isinstance(exc, NOT_SENT):
            return True
        return isinstance(exc, httpx.TransportError) and method in IDEMPOTENT


def retry_after(response: httpx.Response, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date), if any."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())
