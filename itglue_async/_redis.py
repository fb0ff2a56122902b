"""A rate limit shared by every process and host that uses one API key, kept in Redis.

The API counts requests per key, so workers that each keep their own window admit the limit
once per process. ``RedisLimiter`` keeps one log for all of them, and the rule is the
in-process one (``_limiter.py``): a request counts from the moment its place is granted until
its answer is seen, stamped with that later moment, and a place is free while fewer than ``n``
stamps or reservations lie within the last ``per + margin`` seconds.

The log is a sorted set per ``name``. Granting writes a reservation scored ``now + lease``, so
it counts as in the window for as long as the request may be under way; releasing rescores it
to the moment of release (or removes it, when the request never left the process). The
server received the request somewhere between grant and release, so the window it counts,
starting at that arrival, lies inside the span our entry covers: the server never sees more
than ``n``. Counting at grant time alone (as a moving-window counter does) forgets requests in
flight and is what earns 429s when answers are slow.

Each step is one Lua script, hence atomic across processes and one round trip: acquire
(expire, count, reserve or say how long to wait), release, pause. Every time comes from
Redis's own clock (``TIME``), so hosts with skewed clocks agree, and times travel as whole
microseconds.

Waiting: a full log says when its oldest stamp leaves the window, and the waiter sleeps that
long, capped by ``max_wait`` (a bounded fallback: places also free when another process
releases a request that never went out, or a lease expires). Within a process one task at a
time asks Redis; the others queue behind it in arrival order, and a local release or pause
wakes it early. Across processes the asking tasks meet in Redis, where each freed place goes
to whichever asks first; every process asks again as soon as the log says a place frees, so
none starves.

A 429 anywhere pauses everyone: the pause is a key holding the time it ends, checked by the
acquire script. A process that dies holding reservations leaks their places for at most
``lease + per`` seconds. When Redis cannot be reached, ``acquire`` raises
``LimiterUnavailableError``: nothing is ever sent unlimited. A release or pause that cannot be
written is logged and left to the lease.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import math
import secrets
import time
import urllib.parse
from collections.abc import Sequence
from typing import Any, Protocol

import anyio
import anyio.lowlevel
import anyio.to_thread
import redis
import redis.asyncio
import redis.exceptions
import sniffio

from itglue_async._errors import LimiterUnavailableError
from itglue_async._limiter import RateLimit, Slot

logger = logging.getLogger("itglue_async")

_NOW = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local function int(x) return string.format('%.0f', x) end
"""

# KEYS: log, pause. ARGV: limit, per, margin, lease (microseconds), token.
# Returns {1, 0} when granted, else {0, microseconds to wait}.
_ACQUIRE = (
    _NOW
    + """
local paused = tonumber(redis.call('GET', KEYS[2]))
if paused and paused > now then
  return {0, paused - now}
end
local per, margin, lease = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', int(now - per - margin))
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], int(now + lease), ARGV[5])
  redis.call('PEXPIRE', KEYS[1], math.ceil((lease + per + margin) / 1000) + 1000)
  return {1, 0}
end
-- The oldest finished request frees its place per + margin after its stamp; when every place
-- is held by a request in flight, none frees before per + margin from now.
local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
return {0, math.min(oldest, now) + per + margin - now}
"""
)

# KEYS: log. ARGV: token, sent (1 or 0).
_RELEASE = (
    _NOW
    + """
if ARGV[2] == '1' then
  return redis.call('ZADD', KEYS[1], 'XX', 'CH', int(now), ARGV[1])
end
return redis.call('ZREM', KEYS[1], ARGV[1])
"""
)

# KEYS: pause. ARGV: microseconds.
_PAUSE = (
    _NOW
    + """
local untl = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]))
if not current or untl > current then
  redis.call('SET', KEYS[1], int(untl), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
end
return 1
"""
)

# KEYS: log, pause. ARGV: per, margin (microseconds). Returns {entries in the window, pause left}.
_STATE = (
    _NOW
    + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', int(now - tonumber(ARGV[1]) - tonumber(ARGV[2])))
local paused = tonumber(redis.call('GET', KEYS[2])) or 0
return {redis.call('ZCARD', KEYS[1]), math.max(0, paused - now)}
"""
)


def _micro(seconds: float) -> int:
    return max(0, math.ceil(seconds * 1_000_000))


def redact_url(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    netloc = f"{user}:***@{host}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


class _Reservation(Slot):
    """A granted place: its member in the shared log."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token


class _Calls(Protocol):
    async def run(self, source: str, keys: Sequence[str], args: Sequence[Any]) -> Any: ...

    async def aclose(self) -> None: ...


@functools.cache
def _sha(source: str) -> str:
    """The digest Redis knows a script by (EVALSHA sends it instead of the script)."""
    return hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()


class _AsyncioCalls:
    """Scripts through redis-py's asyncio client (under asyncio)."""

    def __init__(self, url: str, timeout: float) -> None:
        self._redis = redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )

    async def run(self, source: str, keys: Sequence[str], args: Sequence[Any]) -> Any:
        try:
            return await self._redis.evalsha(_sha(source), len(keys), *keys, *args)
        except redis.exceptions.NoScriptError:
            # First use on this server (or after a restart): send the script itself once.
            return await self._redis.eval(source, len(keys), *keys, *args)

    async def aclose(self) -> None:
        await self._redis.aclose()


class _ThreadCalls:
    """Scripts through redis-py's blocking client in worker threads (trio, other loops)."""

    def __init__(self, url: str, timeout: float) -> None:
        self._redis = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )

    def _call(self, source: str, keys: Sequence[str], args: Sequence[Any]) -> Any:
        try:
            return self._redis.evalsha(_sha(source), len(keys), *keys, *args)
        except redis.exceptions.NoScriptError:
            return self._redis.eval(source, len(keys), *keys, *args)

    async def run(self, source: str, keys: Sequence[str], args: Sequence[Any]) -> Any:
        # Not abandoned on cancellation: the script's effect is always known to the caller.
        return await anyio.to_thread.run_sync(self._call, source, keys, args)

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self._redis.close)


class RedisLimiter:
    """A ``Limiter`` shared by every process and host that uses one ``name``, kept in Redis.

    Give it to each client of every worker that uses the same API key::

        limiter = RedisLimiter("redis://127.0.0.1:6379/0", name="itglue:acme",
                               rate_limit=RateLimit(3000, 300.0))
        async with ITGlue(limiter=limiter) as client: ...

    Never more than ``rate_limit.requests`` requests go out in any window of
    ``rate_limit.per`` seconds across all of them, and together they reach that ceiling. A 429
    any worker sees pauses all of them. A worker that dies holding places leaks them for at
    most ``lease + per`` seconds; ``lease`` (default 120 s) must exceed the time a request
    takes to reach the server (the client's timeouts: 30 s each by default). Each grant and
    each release costs one Redis round trip. When Redis cannot be reached, ``acquire`` raises
    ``LimiterUnavailableError`` and nothing is sent.

    Args:
        url: the Redis server, ``redis://[[user]:password@]host[:port][/db]`` (``rediss://``
            for TLS, ``unix://`` for a socket).
        name: the key's log; every worker sharing an API key uses the same name.
        rate_limit: the API's limit (``RateLimit(3000, 300.0)`` for IT Glue).
        lease: seconds a granted place counts at most without being released.
        margin: seconds added to the window, for the server's rounding.
        max_wait: the longest sleep between two looks at the log.
        timeout: seconds to wait for Redis before raising ``LimiterUnavailableError``.
    """

    def __init__(
        self,
        url: str,
        *,
        name: str,
        rate_limit: RateLimit,
        lease: float = 120.0,
        margin: float = 0.05,
        max_wait: float = 1.0,
        timeout: float = 5.0,
    ) -> None:
        if not isinstance(url, str) or urllib.parse.urlsplit(url).scheme not in (
            "redis",
            "rediss",
            "unix",
        ):
            raise ValueError(
                "url must be a redis://, rediss:// or unix:// URL, "
                f"got {redact_url(url) if isinstance(url, str) else type(url).__name__!r}."
            )
        if not isinstance(name, str) or not name:
            raise ValueError("name must be a non-empty string shared by every worker of one key.")
        if not isinstance(rate_limit, RateLimit):
            raise TypeError(f"rate_limit must be a RateLimit, got {type(rate_limit).__name__}.")
        for label, value in (("lease", lease), ("max_wait", max_wait), ("timeout", timeout)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"{label} must be a positive number of seconds, got {value!r}.")
        if isinstance(margin, bool) or not isinstance(margin, (int, float)) or margin < 0:
            raise ValueError(f"margin must be zero or more seconds, got {margin!r}.")
        self.name = name
        self.rate = rate_limit
        self.lease = float(lease)
        self.margin = float(margin)
        self.max_wait = float(max_wait)
        self.timeout = float(timeout)
        self._url = url
        self._keys = (f"{{{name}}}:log", f"{{{name}}}:pause")
        self._window = [_micro(rate_limit.per), _micro(margin)]
        self._limits = [rate_limit.requests, *self._window, _micro(lease)]
        self._tokens = (f"{secrets.token_hex(6)}:{n}" for n in itertools.count())
        self._calls: _Calls | None = None
        self._loop: object = None
        self._lock: anyio.Lock | None = None
        self._changed: anyio.Event | None = None
        self._paused_until = 0.0  # this process's copy of the last pause it was told of

    def __repr__(self) -> str:
        rate = f"{self.rate.requests} per {self.rate.per:g}s"
        return f"RedisLimiter({redact_url(self._url)!r}, name={self.name!r}, {rate})"

    # -- the Limiter protocol ---------------------------------------------------------------

    async def acquire(self) -> Slot:
        """Wait until the shared log has a free place, and reserve it."""
        lock = self._local()[0]
        async with lock:  # one task per process asks Redis; the rest queue in arrival order
            while True:
                local = self._paused_until - time.monotonic()
                if local > 0:  # a pause Redis may not have taken
                    await self._wait(local)
                    continue
                token = next(self._tokens)
                # Shielded: a reservation made on the server is always known here.
                with anyio.CancelScope(shield=True):
                    granted, wait = await self._run(
                        _ACQUIRE,
                        self._keys,
                        [*self._limits, token],
                        consequence="the request waiting for it was not sent",
                    )
                if granted:
                    return _Reservation(token)
                await self._wait(int(wait) / 1_000_000)

    async def release(self, slot: Slot, *, sent: bool) -> None:
        """Stamp the request as finished now, or free its place if it was never sent."""
        if slot.released:
            return
        slot.released = True
        if not isinstance(slot, _Reservation):
            return
        try:
            await self._run(_RELEASE, self._keys[:1], [slot.token, 1 if sent else 0])
        except LimiterUnavailableError as exc:
            logger.warning("%s Its place frees when its lease of %gs ends.", exc, self.lease)
        self._notify()

    async def pause(self, seconds: float) -> None:
        """Hold every worker's grants for ``seconds`` (a 429 was answered)."""
        self._paused_until = max(self._paused_until, time.monotonic() + max(0.0, seconds))
        try:
            await self._run(_PAUSE, self._keys[1:], [_micro(seconds)])
        except LimiterUnavailableError as exc:
            logger.warning("%s The pause of %.2fs holds this process only.", exc, seconds)
        self._notify()

    # -- observation and lifecycle --------------------------------------------------------

    async def used(self) -> int:
        """Requests in the shared window now: finished ones and those in flight."""
        count, _ = await self._run(_STATE, self._keys, self._window)
        return int(count)

    async def paused_for(self) -> float:
        """Seconds until the shared pause ends (0 when not paused)."""
        _, left = await self._run(_STATE, self._keys, self._window)
        return int(left) / 1_000_000

    async def reset(self) -> None:
        """Forget the shared log and pause (for tests and maintenance; affects every worker)."""
        await self._run("return redis.call('DEL', KEYS[1], KEYS[2])", self._keys, [])

    async def aclose(self) -> None:
        """Close the connection to Redis (the limiter reconnects if used again)."""
        calls, self._calls = self._calls, None
        if calls is not None:
            await calls.aclose()

    async def __aenter__(self) -> RedisLimiter:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- internals --------------------------------------------------------------------------

    def _local(self) -> tuple[anyio.Lock, _Calls]:
        """This event loop's lock and connection (a new loop gets its own)."""
        loop = anyio.lowlevel.current_token()
        if self._calls is None or self._lock is None or loop != self._loop:
            asyncio_loop = sniffio.current_async_library() == "asyncio"
            calls = _AsyncioCalls if asyncio_loop else _ThreadCalls
            self._calls = calls(self._url, self.timeout)
            self._lock = anyio.Lock(fast_acquire=True)
            self._changed = anyio.Event()
            self._loop = loop
        return self._lock, self._calls

    async def _run(
        self,
        source: str,
        keys: Sequence[str],
        args: Sequence[Any],
        *,
        consequence: str = "",
    ) -> Any:
        calls = self._local()[1]
        try:
            return await calls.run(source, keys, args)
        except (redis.exceptions.RedisError, OSError) as exc:
            then = f"; {consequence}" if consequence else ""
            raise LimiterUnavailableError(
                f"The shared rate limiter {self.name!r} cannot use Redis at "
                f"{redact_url(self._url)} ({type(exc).__name__}: {str(exc).rstrip('.')}){then}."
            ) from exc

    async def _wait(self, seconds: float) -> None:
        changed = self._changed
        assert changed is not None
        with anyio.move_on_after(min(max(seconds, 0.0), self.max_wait)):
            await changed.wait()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = anyio.Event()
