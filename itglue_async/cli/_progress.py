"""Backup progress on stderr: rich bars when the ``cli`` extra is installed, plain lines when not.

``auto`` draws only on a terminal; ``always`` writes plain lines even to a file or pipe;
``never`` stays quiet. Either way only stderr is written, so stdout stays for data.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, TextIO


class Plain:
    """One line per finished resource, and a requests line now and then."""

    def __init__(self, out: TextIO, limit: tuple[int, float] | None) -> None:
        self.out = out
        self.limit = limit
        self.started = time.monotonic()
        self._last_line = self.started  # the first line after ten seconds
        self._requests = 0
        self._rate_limited = 0
        self._done: dict[str, int] = {}
        self._total: dict[str, int] = {}

    def __enter__(self) -> Plain:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def start(self, resource: str) -> None:
        self._done[resource] = 0

    def total(self, resource: str, total: int) -> None:
        self._total[resource] = total

    def advance(self, resource: str, records: int) -> None:
        self._done[resource] = self._done.get(resource, 0) + records

    def finish(self, resource: str, summary: str) -> None:
        self.out.write(f"  {resource}: {summary}\n")
        self.out.flush()

    def requests(self, done: int, rate_limited: int) -> None:
        self._requests, self._rate_limited = done, rate_limited
        now = time.monotonic()
        if now - self._last_line >= 10.0:
            self._last_line = now
            self.out.write(f"  ... {_rate(done, now - self.started, self.limit)}\n")
            self.out.flush()


class Rich:
    """A bar per resource (records done of the total, ETA) and a line of request rate."""

    def __init__(self, out: TextIO, limit: tuple[int, float] | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.limit = limit
        self.started = time.monotonic()
        self.console = Console(file=out)
        self.bars = Progress(
            TextColumn("{task.description:<26}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[note]}"),
            console=self.console,
            transient=False,
        )
        self.rate = self.bars.add_task("requests", total=None, note="")
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> Rich:
        self.bars.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.bars.__exit__(kind, value, traceback)

    def _task(self, resource: str) -> Any:
        if resource not in self.tasks:
            self.tasks[resource] = self.bars.add_task(resource, total=None, note="")
        return self.tasks[resource]

    def start(self, resource: str) -> None:
        self._task(resource)

    def total(self, resource: str, total: int) -> None:
        self.bars.update(self._task(resource), total=total)

    def advance(self, resource: str, records: int) -> None:
        self.bars.advance(self._task(resource), records)

    def finish(self, resource: str, summary: str) -> None:
        task = self._task(resource)
        done = next(t.completed for t in self.bars.tasks if t.id == task)
        whole = max(done, 1)  # a finished bar is full, even for an empty table
        self.bars.update(task, total=whole, completed=whole, note=summary)

    def requests(self, done: int, rate_limited: int) -> None:
        note = _rate(done, time.monotonic() - self.started, self.limit)
        self.bars.update(self.rate, note=note, completed=done)


def _rate(done: int, seconds: float, limit: tuple[int, float] | None) -> str:
    per_minute = done / seconds * 60 if seconds > 0 else 0.0
    text = f"{done} requests, {per_minute:.0f}/min"
    if limit is not None:
        requests, per = limit
        text += f" of {requests / per * 60:.0f}/min allowed"
    return text


def make(mode: str, out: TextIO, limit: tuple[int, float] | None) -> Plain | Rich | None:
    """The progress display ``mode`` asks for on ``out``, or None to stay quiet."""
    live = out.isatty()
    if mode == "never" or (mode == "auto" and not live):
        return None
    if live:
        try:
            return Rich(out, limit)
        except ImportError:
            pass
    return Plain(out, limit)
