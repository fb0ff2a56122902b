"""The bulk runner: chunks, concurrency under the limiter, and a per-item report.

Inputs are split into chunks of ``chunk_size`` items (default 500); a chunk whose encoded body
would exceed the API's payload limit is halved until it fits. Chunks run concurrently, each
request passing the client's limiter, concurrency bound and retries. A chunk that still fails
reports every one of its items in ``BulkResult.failed`` with the error; nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import anyio
import attrs

from itglue_async._errors import ITGlueError
from itglue_async._model import BaseModel

M = TypeVar("M", bound=BaseModel)
DEFAULT_CHUNK_SIZE = 500


@attrs.frozen
class BulkFailure:
    """One input item that was not applied, and why."""

    item: Any
    error: Exception


class BulkError(ITGlueError):
    """Raised by ``BulkResult.raise_for_failures()``; ``.result`` holds the full report."""

    def __init__(self, message: str, result: BulkResult[Any]) -> None:
        super().__init__(message)
        self.result = result


@attrs.define
class BulkResult(Generic[M]):
    """The outcome of a bulk call, item by item."""

    succeeded: list[M] = attrs.field(factory=list)
    failed: list[BulkFailure] = attrs.field(factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return not self.failed

    def raise_for_failures(self) -> None:
        """Raise ``BulkError`` if any item failed."""
        if self.failed:
            first = self.failed[0].error
            raise BulkError(
                f"{len(self.failed)} item(s) failed, {len(self.succeeded)} succeeded; "
                f"first error: {first}",
                self,
            )


def chunked(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


async def run_bulk(
    items: Sequence[Any],
    *,
    chunk_size: int,
    concurrency: int,
    fits: Callable[[list[Any]], bool],
    send: Callable[[list[Any]], Awaitable[list[M]]],
    item_id: Callable[[Any], int | None],
) -> BulkResult[M]:
    """Send ``items`` in chunks; collect succeeded models and failed items."""
    result: BulkResult[M] = BulkResult()
    chunks: list[list[Any]] = []
    for chunk in chunked(items, max(1, chunk_size)):
        chunks.extend(_split_to_fit(chunk, fits))
    outcomes: list[tuple[list[Any], list[M] | None, Exception | None]] = [([], None, None)] * len(
        chunks
    )
    gate = anyio.Semaphore(max(1, concurrency))

    async def run(index: int, chunk: list[Any]) -> None:
        async with gate:
            try:
                outcomes[index] = (chunk, await send(chunk), None)
            except ITGlueError as exc:
                outcomes[index] = (chunk, None, exc)

    async with anyio.create_task_group() as group:
        for index, chunk in enumerate(chunks):
            group.start_soon(run, index, chunk)
    result.requests = len(chunks)
    for chunk, models, error in outcomes:
        if error is not None or models is None:
            result.failed.extend(
                BulkFailure(item, error or ITGlueError("no result")) for item in chunk
            )
            continue
        result.succeeded.extend(models)
        result.failed.extend(_unanswered(chunk, models, item_id))
    return result


def _unanswered(
    chunk: list[Any], models: list[Any], item_id: Callable[[Any], int | None]
) -> list[BulkFailure]:
    """The items of a chunk the answer does not account for; none may vanish silently.

    Items with ids are matched by id. Items without (creates) are matched by position, the
    API answering in the order it was sent: those past the last returned record failed.
    """
    returned = {m.id for m in models}
    missing = []
    for position, item in enumerate(chunk):
        ident = item_id(item)
        if ident is None and position >= len(models):
            error = ITGlueError(
                f"The API returned {len(models)} record(s) for {len(chunk)} sent; "
                "this item is not among them."
            )
            missing.append(BulkFailure(item, error))
        elif ident is not None and ident not in returned:
            error = ITGlueError(f"The API did not return item {ident} as applied.")
            missing.append(BulkFailure(item, error))
    return missing


def _split_to_fit(chunk: list[Any], fits: Callable[[list[Any]], bool]) -> list[list[Any]]:
    if fits(chunk) or len(chunk) <= 1:
        return [chunk]
    middle = len(chunk) // 2
    return _split_to_fit(chunk[:middle], fits) + _split_to_fit(chunk[middle:], fits)
