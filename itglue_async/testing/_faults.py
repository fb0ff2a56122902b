"""What can go wrong on the fake's side: its rate-limit window and the faults it injects."""

from __future__ import annotations

import collections
import random
from collections.abc import Callable, Iterable

import attrs

ALL_METHODS = frozenset({"GET", "POST", "PATCH", "PUT", "DELETE"})


class Dropped(Exception):
    """The fake closes the connection without answering."""


@attrs.frozen
class Fault:
    """One injected outcome: an error status, a 429, a dropped connection, or a bad answer."""

    kind: str  # "status" | "rate_limit" | "drop" | "truncate" | "html" | "redirect"
    status: int = 0
    retry_after: float | None = None
    applied: bool = False  # a drop (or truncated answer) after the request was processed
    location: str = ""  # where a redirect points


@attrs.define
class Faults:
    """Fault injection settings of a ``FakeITGlue``.

    ``error_rate`` is the probability that a request answers one of ``error_statuses`` without
    being processed; ``drop_rate`` the probability that the connection closes without an
    answer (after the request was processed when ``drop_after_apply`` is true, which is the
    case that makes retrying a POST unsafe); ``latency`` (plus up to ``jitter``) seconds are
    added to every request. Random faults hit only ``methods``. ``fail_next``,
    ``rate_limit_next``, ``drop_next``, ``truncate_next``, ``html_next`` and ``redirect_next``
    script the outcome of the next requests exactly.
    """

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503, 504)
    drop_rate: float = 0.0
    drop_after_apply: bool = False
    latency: float = 0.0
    jitter: float = 0.0
    methods: frozenset[str] = ALL_METHODS
    seed: int | None = None
    _random: random.Random = attrs.field(init=False, repr=False)
    _script: collections.deque[Fault] = attrs.field(init=False, factory=collections.deque)

    def __attrs_post_init__(self) -> None:
        for name in ("error_rate", "drop_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a probability between 0 and 1, got {value!r}.")
        if self.latency < 0 or self.jitter < 0:
            raise ValueError("latency and jitter must be 0 or more seconds.")
        self.methods = frozenset(m.upper() for m in self.methods)
        self._random = random.Random(self.seed)

    def fail_next(self, count: int = 1, *, status: int = 503) -> None:
        """Answer the next ``count`` requests with ``status`` (not processed)."""
        self._script.extend(Fault("status", status=status) for _ in range(count))

    def rate_limit_next(self, count: int = 1, *, retry_after: float | None = 1.0) -> None:
        """Answer the next ``count`` requests with 429 (and ``Retry-After`` unless None)."""
        self._script.extend(
            Fault("rate_limit", status=429, retry_after=retry_after) for _ in range(count)
        )

    def drop_next(self, count: int = 1, *, applied: bool = False) -> None:
        """Drop the connection of the next ``count`` requests, after processing if ``applied``."""
        self._script.extend(Fault("drop", applied=applied) for _ in range(count))

    def truncate_next(self, count: int = 1) -> None:
        """Process the next ``count`` requests, then send only half of each answer's body."""
        self._script.extend(Fault("truncate", applied=True) for _ in range(count))

    def html_next(self, count: int = 1, *, status: int = 200) -> None:
        """Answer the next ``count`` requests with an HTML maintenance page (not processed)."""
        self._script.extend(Fault("html", status=status) for _ in range(count))

    def redirect_next(
        self, count: int = 1, *, status: int = 302, location: str = "https://login.example.net/"
    ) -> None:
        """Answer the next ``count`` requests with a redirect to ``location`` (not processed)."""
        self._script.extend(
            Fault("redirect", status=status, location=location) for _ in range(count)
        )

    def delay(self) -> float:
        """Seconds to hold the next request."""
        if not self.jitter:
            return self.latency
        return self.latency + self._random.uniform(0.0, self.jitter)

    def draw(self, method: str) -> Fault | None:
        """The fault for a request, if any: scripted ones first, then the random ones."""
        if self._script:
            return self._script.popleft()
        if method.upper() not in self.methods:
            return None
        if self.drop_rate and self._random.random() < self.drop_rate:
            return Fault("drop", applied=self.drop_after_apply)
        if self.error_rate and self._random.random() < self.error_rate:
            return Fault("status", status=self._random.choice(self.error_statuses))
        return None


class Window:
    """A sliding-window counter: at most ``limit`` accepted requests in any ``per`` seconds.

    Requests answered 429 are not counted, so a client that backs off gets in again as soon as
    the oldest accepted request leaves the window.
    """

    def __init__(self, limit: int, per: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.per = per
        self._clock = clock
        self._stamps: collections.deque[float] = collections.deque()
        self.history: list[float] = []

    def admit(self) -> float | None:
        """Count a request and return None, or return the seconds until one more fits."""
        now = self._clock()
        while self._stamps and self._stamps[0] <= now - self.per:
            self._stamps.popleft()
        if len(self._stamps) >= self.limit:
            return self._stamps[0] + self.per - now
        self._stamps.append(now)
        self.history.append(now)
        return None


def max_in_window(stamps: Iterable[float], per: float) -> int:
    """The largest number of ``stamps`` inside any half-open window of ``per`` seconds."""
    ordered = sorted(stamps)
    best = 0
    start = 0
    for end, stamp in enumerate(ordered):
        while ordered[start] <= stamp - per:
            start += 1
        best = max(best, end - start + 1)
    return best
