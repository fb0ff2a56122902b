"""When to retry a failed attempt, how long to wait first, and the loop that does it.

Only a 429 proves that the server applied nothing, so it is retried for every method. A 5xx,
a timeout or a dropped connection may have been processed: those are retried only for the
idempotent methods (GET, PATCH with the same body, DELETE, PUT, HEAD). A POST is retried after
a connection failure only when the request provably never reached the server (the connection
was never established).

On a 429 the whole client pauses (``pause``), for the server's ``Retry-After`` when it sent
one, else for the backoff; every other retry waits for the backoff in its own task. A
Retry-After longer than ``max_retry_after`` is never waited for: the caller gets the 429 at
once, with the server's value, and decides. One that cannot be read falls back to the backoff.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx

logger = logging.getLogger("itglue_async")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# The connection was never made: nothing reached the server.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

Attempt = Callable[[int], Awaitable["httpx.Response | httpx.TransportError"]]


@attrs.define
class Stats:
    """Counters a job can report: requests sent, 429s seen, retries made."""

    requests: int = 0
    rate_limited: int = 0
    retries: int = 0


@attrs.frozen
class Outcome:
    """The last attempt's answer or transport failure, and how many attempts were made.

    ``retry_after`` is the last wait a 429 asked for; ``too_long`` says it was over the cap,
    so nobody waited for it.
    """

    result: httpx.Response | httpx.TransportError
    attempts: int
    retry_after: float | None = None
    too_long: bool = False


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
    max_retry_after: float = 300.0

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

    async def run(
        self,
        method: str,
        path: str,
        attempt: Attempt,
        *,
        pause: Callable[[float], Awaitable[None]],
        sleep: Callable[[float], Awaitable[None]],
        stats: Stats,
    ) -> Outcome:
        """Call ``attempt(n)`` until it succeeds, fails for good, or retries run out."""
        state = _Run(method, path, stats)
        number = 0
        while True:
            result = await attempt(number)
            retries_left = number < self.max_retries
            if isinstance(result, httpx.TransportError):
                outcome = await self._after_failure(state, number, result, retries_left, sleep)
            else:
                outcome = await self._after_answer(
                    state, number, result, retries_left, pause, sleep
                )
            if outcome is not None:
                return outcome
            stats.retries += 1
            number += 1

    async def _after_failure(
        self,
        state: _Run,
        number: int,
        result: httpx.TransportError,
        retries_left: bool,
        sleep: Callable[[float], Awaitable[None]],
    ) -> Outcome | None:
        """A transport failure: the outcome when it is final, else None after the backoff."""
        if not (retries_left and self.retry_exception(state.method, result)):
            return Outcome(result, number + 1, state.hinted)
        # An attempt that may have reached the server makes a later 404 on DELETE ambiguous.
        state.ambiguous = state.ambiguous or not isinstance(result, NOT_SENT)
        wait = self.backoff(number)
        logger.info(
            "%s %s: %s on attempt %d; retrying in %.2fs",
            state.method,
            state.path,
            type(result).__name__,
            number + 1,
            wait,
        )
        await sleep(wait)
        return None

    async def _after_answer(
        self,
        state: _Run,
        number: int,
        result: httpx.Response,
        retries_left: bool,
        pause: Callable[[float], Awaitable[None]],
        sleep: Callable[[float], Awaitable[None]],
    ) -> Outcome | None:
        """An answer: the outcome when it is final, else None after the wait it calls for."""
        status = result.status_code
        if status == 404 and state.method == "DELETE" and state.ambiguous:
            # The earlier attempt deleted it before its answer was lost: that is success.
            logger.info(
                "%s %s: 404 on attempt %d after an unanswered attempt; already deleted",
                state.method,
                state.path,
                number + 1,
            )
            return Outcome(httpx.Response(204, request=result.request), number + 1)
        if status == 429:
            too_long = await self._rate_limited(state, number, result, pause)
            if too_long is not None:
                return too_long
        if status < 400 or not (retries_left and self.retry_status(state.method, status)):
            return Outcome(result, number + 1, state.hinted)
        if status != 429:
            state.ambiguous = True
            wait = self.backoff(number)
            logger.info(
                "%s %s: %d on attempt %d; retrying in %.2fs",
                state.method,
                state.path,
                status,
                number + 1,
                wait,
            )
            await sleep(wait)
        return None

    async def _rate_limited(
        self,
        state: _Run,
        number: int,
        result: httpx.Response,
        pause: Callable[[float], Awaitable[None]],
    ) -> Outcome | None:
        """A 429: pause the whole client (None), or the final outcome when asked to wait too long."""
        state.stats.rate_limited += 1
        state.hinted = retry_after(result)
        if state.hinted is not None and state.hinted > self.max_retry_after:
            logger.warning(
                "%s %s: 429 asking to wait %.0fs, over max_retry_after=%.0fs; not waiting",
                state.method,
                state.path,
                state.hinted,
                self.max_retry_after,
            )
            return Outcome(result, number + 1, state.hinted, too_long=True)
        wait = self.backoff(number) if state.hinted is None else state.hinted
        # The whole client waits: every task's next grant comes after the pause.
        await pause(wait)
        logger.warning(
            "%s %s: 429 on attempt %d; pausing the client for %.2fs",
            state.method,
            state.path,
            number + 1,
            wait,
        )
        return None


@attrs.define
class _Run:
    """What one request's attempts learn as they go."""

    method: str
    path: str
    stats: Stats
    ambiguous: bool = False  # an earlier attempt may have been applied without us hearing back
    hinted: float | None = None  # the last wait a 429 asked for


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
