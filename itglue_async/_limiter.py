"""Client-wide rate limiting: a sliding window that reaches the API's ceiling without passing it.

IT Glue allows ``n`` requests in any window of ``per`` seconds (3000 per 300 s) and answers 429
beyond that. A token or leaky bucket sized ``n`` per ``per`` (aiolimiter's ``AsyncLimiter``
included) starts full and refills while it drains, so after an idle spell it admits about ``2n``
requests within one window: the server counts them all and answers 429. The guard here is
therefore an exact sliding log: a request may be sent only while fewer than ``n`` requests
were sent in the preceding ``per + margin`` seconds.

Each request is counted from the moment its slot is granted until the moment its answer (or
failure) is seen, and its stamp is that later moment. The server received it somewhere in
between, so a window measured from our stamps always contains the server's window: the server
can never count more than ``n``. The ``margin`` (default 50 ms) absorbs clock granularity and
the gap between the server's arrival stamp and ours.

A leaky bucket is the right shape only for the optional ``max_per_second`` smoothing of short
bursts, checked together with the window; it is never the 5-minute guard. It runs on the
limiter's own clock and sleep, so it works under every anyio backend (aiolimiter's bucket is
bound to asyncio's loop).

A 429 pauses every task of the client: ``pause(seconds)`` holds all new grants until then.
``Limiter`` is the small protocol a shared or distributed limiter implements to replace this
in-process one (``RedisLimiter`` shares one log between processes). Its three methods are
awaitable because a networked limiter has to write what it learns (a request finished, a 429
was seen) before the next grant may rely on it; the client awaits ``release`` shielded from
cancellation, so a cancelled request still hands its slot back.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

import anyio
import attrs

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@attrs.frozen
class RateLimit:
    """At most ``requests`` requests in any window of ``per`` seconds."""

    requests: int
    per: float

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.requests, int) or self.requests < 1:
            raise ValueError(f"RateLimit requests must be a positive int, got {self.requests!r}.")
        if self.per <= 0:
            raise ValueError(
                f"RateLimit per must be a positive number of seconds, got {self.per!r}."
            )


class _Bucket:
    """A leaky bucket of ``rate`` requests a second: a burst of up to ``rate``, then spaced."""

    __slots__ = ("capacity", "level", "rate", "stamp")

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)
        self.level = 0.0
        self.stamp = 0.0

    def _drained(self, now: float) -> float:
        return max(0.0, self.level - (now - self.stamp) * self.rate)

    def delay(self, now: float) -> float:
        """0 when one more request fits now, else the seconds until it does."""
        over = self._drained(now) + 1 - self.capacity
        return 0.0 if over <= 0 else over / self.rate

    def fill(self, now: float) -> None:
        self.level = self._drained(now) + 1
        self.stamp = now


class Slot:
    """One granted request; hand it back to ``Limiter.release`` when the request is over."""

    __slots__ = ("released",)

    def __init__(self) -> None:
        self.released = False


@runtime_checkable
class Limiter(Protocol):
    """What the client needs from a rate limiter."""

    async def acquire(self) -> Slot:
        """Wait until one more request may be sent now, and reserve it."""
        ...

    async def release(self, slot: Slot, *, sent: bool) -> None:
        """The request of ``slot`` is over; ``sent`` is False if it never left this process.

        Called once per slot, shielded from cancellation; it must not raise for a limiter
        that cannot record the release (the reservation then has to expire on its own).
        """
        ...

    async def pause(self, seconds: float) -> None:
        """Grant nothing for ``seconds`` (the API answered 429)."""
        ...


class SlidingWindowLimiter:
    """In-process sliding-window limiter shared by every task of one client.

    ``margin`` widens each window a little (see the module notes); ``max_per_second``, when
    given, also spreads grants out: a burst of up to that many, then one every
    ``1 / max_per_second`` seconds. ``clock`` and ``sleep`` are for tests that move time by hand.
    """

    def __init__(
        self,
        rate: RateLimit,
        *,
        margin: float = 0.05,
        max_per_second: float | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        self.rate = rate
        self.margin = margin
        self._clock = clock
        self._sleep = sleep
        self._stamps: list[float] = []  # heap of finished requests' stamps
        self._in_flight = 0
        self._paused_until = 0.0
        self._lock = anyio.Lock(fast_acquire=True)
        self._changed = anyio.Event()
        if max_per_second is not None and not (
            isinstance(max_per_second, int | float)
            and not isinstance(max_per_second, bool)
            and max_per_second > 0
        ):
            raise ValueError(
                f"max_per_second must be a positive number of requests, got {max_per_second!r}."
            )
        self._smoothing = _Bucket(max_per_second) if max_per_second else None

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.rate.requests} per {self.rate.per}s, in_flight={self._in_flight})"

    @property
    def in_flight(self) -> int:
        """Requests granted and not yet released."""
        return self._in_flight

    def used(self) -> int:
        """Requests counted in the current window (finished ones and those in flight)."""
        self._expire(self._clock())
        return len(self._stamps) + self._in_flight

    def _expire(self, now: float) -> None:
        horizon = now - self.rate.per - self.margin
        while self._stamps and self._stamps[0] <= horizon:
            heapq.heappop(self._stamps)

    def _delay(self) -> float | None:
        """0 when a slot is free now, seconds to wait, or None to wait for a release."""
        now = self._clock()
        if now < self._paused_until:
            return self._paused_until - now
        self._expire(now)
        if len(self._stamps) + self._in_flight < self.rate.requests:
            return 0.0 if self._smoothing is None else self._smoothing.delay(now)
        if self._stamps:
            return self._stamps[0] + self.rate.per + self.margin - now
        return None

    async def acquire(self) -> Slot:
        if not self._lock.locked() and self._delay() == 0.0:
            # Nobody waits and a slot is free: grant it at once (no await since the check).
            return self._grant()
        # The lock queues waiters in arrival order, so no task starves behind later ones.
        async with self._lock:
            while True:
                delay = self._delay()
                if delay == 0.0:
                    return self._grant()
                await self._wait(delay)

    def _grant(self) -> Slot:
        self._in_flight += 1
        if self._smoothing is not None:
            self._smoothing.fill(self._clock())
        return Slot()

    async def _wait(self, delay: float | None) -> None:
        changed = self._changed
        if delay is None:
            await changed.wait()
            return
        async with anyio.create_task_group() as group:

            async def sleeper() -> None:
                await self._sleep(delay)
                group.cancel_scope.cancel()

            async def watcher() -> None:
                await changed.wait()
                group.cancel_scope.cancel()

            group.start_soon(sleeper)
            group.start_soon(watcher)

    def _notify(self) -> None:
        # Only a task inside acquire (which holds the lock) waits on the event.
        if self._lock.locked():
            self._changed.set()
            self._changed = anyio.Event()

    async def release(self, slot: Slot, *, sent: bool) -> None:
        if slot.released:
            return
        slot.released = True
        self._in_flight -= 1
        if sent:
            heapq.heappush(self._stamps, self._clock())
        self._notify()

    async def pause(self, seconds: float) -> None:
        until = self._clock() + max(0.0, seconds)
        if until > self._paused_until:
            self._paused_until = until
            self._notify()


class Unlimited:
    """A limiter that never waits (``rate_limit=None``); it still honours 429 pauses."""

    def __init__(self, *, clock: Clock = time.monotonic, sleep: Sleep = anyio.sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._paused_until = 0.0

    def __repr__(self) -> str:
        return "Unlimited()"

    async def acquire(self) -> Slot:
        while (wait := self._paused_until - self._clock()) > 0:
            await self._sleep(wait)
        return Slot()

    async def release(self, slot: Slot, *, sent: bool) -> None:
        slot.released = True

    async def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))
