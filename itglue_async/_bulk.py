"""The bulk runner: lazy chunks, concurrency under the limiter, and a per-item report.

Items are read as they are needed and put into chunks of ``chunk_size`` (default 500); a
chunk whose encoded body would exceed the API's payload limit is halved until it fits. At
most ``concurrency`` chunks are in flight, each request passing the client's limiter,
concurrency bound and retries, so memory holds the chunks in flight, not the whole input: a
generator of a million items works. A chunk that still fails reports every one of its items
in ``BulkResult.failed`` with the error; an item a lazy input yields that does not validate is
reported there too. Nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

import anyio
import attrs

from itglue_async._errors import ITGlueError, RequestValidationError
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
    """The outcome of a bulk call, item by item.

    ``succeeded`` holds the records the API answered with (unless the call was made with
    ``keep_models=False``, which keeps memory flat for very large jobs); ``succeeded_ids``
    always holds their ids; ``failed`` every item that was not applied, with its error.
    """

    succeeded: list[M] = attrs.field(factory=list)
    failed: list[BulkFailure] = attrs.field(factory=list)
    requests: int = 0
    succeeded_ids: list[int] = attrs.field(factory=list)

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return not self.failed

    def raise_for_failures(self) -> None:
        """Raise ``BulkError`` if any item failed."""
        if self.failed:
            first = self.failed[0].error
            raise BulkError(
                f"{len(self.failed)} item(s) failed, {len(self.succeeded_ids)} succeeded; "
                f"first error: {first}",
                self,
            )


Convert = Callable[[int, Any], Any]


def _chunks(
    items: Iterable[Any], size: int, convert: Convert, failed: list[BulkFailure]
) -> Iterator[list[Any]]:
    """Chunks of converted items, built as they are needed; items that do not convert fail."""
    chunk: list[Any] = []
    for index, item in enumerate(items):
        try:
            chunk.append(convert(index, item))
        except RequestValidationError as exc:
            failed.append(BulkFailure(item, exc))
            continue
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def run_bulk(
    items: Iterable[Any],
    *,
    chunk_size: int,
    concurrency: int,
    convert: Convert,
    fits: Callable[[list[Any]], bool],
    send: Callable[[list[Any]], Awaitable[list[M]]],
    item_id: Callable[[Any], int | None],
    keep_models: bool = True,
) -> BulkResult[M]:
    """Send ``items`` in chunks; collect succeeded records (or their ids) and failed items.

    ``convert(index, item)`` turns an input item into what a chunk holds; it may raise
    ``RequestValidationError``, which fails that item alone.
    """
    result: BulkResult[M] = BulkResult()
    done: dict[int, tuple[list[M], list[int]]] = {}  # by chunk number, for the input's order
    gate = anyio.Semaphore(max(1, concurrency))

    async def run(number: int, chunk: list[Any]) -> None:
        try:
            models = await send(chunk)
        except ITGlueError as exc:
            result.failed.extend(BulkFailure(item, exc) for item in chunk)
        else:
            done[number] = (models if keep_models else [], [m.id for m in models])
            result.failed.extend(_unanswered(chunk, models, item_id))
        finally:
            gate.release()

    async with anyio.create_task_group() as group:
        for chunk in _chunks(items, max(1, chunk_size), convert, result.failed):
            for piece in _split_to_fit(chunk, fits):
                await gate.acquire()
                group.start_soon(run, result.requests, piece)
                result.requests += 1
    for number in sorted(done):
        models, ids = done.pop(number)
        result.succeeded.extend(models)
        result.succeeded_ids.extend(ids)
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
