"""A complete, resumable backup of an IT Glue account into SQLite.

What is backed up comes from the route tables: every resource with a list route. A resource
with a top-level listing is listed whole; one listed only under a parent (documents under
organizations, flexible assets per flexible asset type) is listed under every live parent.
Every run lists everything in full (1,000 records a request), which is also how deletions are
seen. Work that costs a request per record (a document's sections, a configuration's
interfaces, a password's value) is redone only for records whose ``updated_at`` moved since
it was last done.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import anyio
import attrs

from itglue_async._client import BaseClient
from itglue_async._converter import secret_fields, unstructure
from itglue_async._errors import (
    APIError,
    AuthenticationError,
    ITGlueError,
    NotFoundError,
    PermissionDeniedError,
)
from itglue_async._model import BaseModel, SecretStr
from itglue_async._routes import Route, resource_named
from itglue_async.cli._store import Store, ago

T = TypeVar("T")

# Listings that are per-record work: fetched again only for owners whose updated_at moved.
# name -> (owner resource, the option that turns it on, or None for always)
FANOUTS: dict[str, tuple[str, str | None]] = {
    "document_sections": ("documents", None),
    "configuration_interfaces": ("configurations", "interfaces"),
}
PASSWORDS = "passwords"  # whose values the password_values table holds
PASSWORD_VALUES = "password_values"  # the table of password values, with the option only
ATTACHMENTS = "attachments"  # attachment metadata, included in the listings, with the option only


def attachment_owners(routes: Sequence[Route]) -> set[str]:
    """The resources whose listings can include their attachments."""
    return {r.resource for r in routes if r.kind == "list" and ATTACHMENTS in r.includes}


@attrs.frozen
class Source:
    """How one resource is listed: whole, or under each live record of ``parent``."""

    resource: str
    parent: str | None = None
    keyword: str | None = None  # the parent id's keyword (organization_id=...) or filter name
    by_filter: bool = False
    capped: bool = False  # the API serves only the first pages: never complete, no deletions


def sources(routes: Sequence[Route]) -> dict[str, Source]:
    """Every listable resource of the route tables and how to list it."""
    lists: dict[str, list[Route]] = {}
    for route in routes:
        if route.kind == "list" and not route.polymorphic:
            lists.setdefault(route.resource, []).append(route)
    resources = set(lists)
    out: dict[str, Source] = {}
    for resource, candidates in sorted(lists.items()):
        if resource in FANOUTS:
            continue
        top = [r for r in candidates if not r.parent]
        free = [r for r in top if not any(p.required for p in r.filters.values())]
        if free:
            out[resource] = Source(resource, capped=free[0].page_max_number is not None)
            continue
        by_filter = [
            (r, name)
            for r in top
            for name, p in r.filters.items()
            if p.required and name.endswith("_id") and resource_named(name[:-3], resources)
        ]
        if by_filter:
            route, name = by_filter[0]
            parent = resource_named(name[:-3], resources)
            out[resource] = Source(resource, parent, name, by_filter=True)
            continue
        nested = [r for r in candidates if r.parent]
        if nested:
            route = nested[0]
            parent = route.path.strip("/").split("/")[0]
            out[resource] = Source(resource, parent, route.parent)
    return out


def _fanouts_in(routes: Sequence[Route]) -> dict[str, tuple[str, str | None]]:
    """The per-record work these route tables offer."""
    listed = {r.resource for r in routes if r.kind == "list"}
    return {name: how for name, how in FANOUTS.items() if name in listed and how[0] in listed}


def default_resources(routes: Sequence[Route]) -> list[str]:
    """What a backup covers unless told: every listable resource whose listing is complete."""
    return sorted(
        [name for name, source in sources(routes).items() if not source.capped]
        + [name for name, (_, option) in _fanouts_in(routes).items() if option is None]
    )


def _with_parents(chosen: list[str], routes: Sequence[Route]) -> list[str]:
    """``chosen`` and what listing it needs first (organizations for documents, and so on)."""
    table = sources(routes)
    out = set(chosen)
    pending = list(chosen)
    while pending:
        name = pending.pop()
        needed = FANOUTS[name][0] if name in FANOUTS else getattr(table.get(name), "parent", None)
        if needed is not None and needed not in out:
            out.add(needed)
            pending.append(needed)
    return sorted(out)


def every_resource(routes: Sequence[Route]) -> list[str]:
    """Every name ``--resources`` accepts."""
    return sorted([*sources(routes), *_fanouts_in(routes)])


class Progress(Protocol):
    """What the backup reports as it goes (the command line draws it)."""

    def start(self, resource: str) -> None: ...

    def total(self, resource: str, total: int) -> None: ...

    def advance(self, resource: str, records: int) -> None: ...

    def finish(self, resource: str, summary: str) -> None: ...

    def requests(self, done: int, rate_limited: int) -> None: ...


class _Silent:
    def start(self, resource: str) -> None:
        pass

    def total(self, resource: str, total: int) -> None:
        pass

    def advance(self, resource: str, records: int) -> None:
        pass

    def finish(self, resource: str, summary: str) -> None:
        pass

    def requests(self, done: int, rate_limited: int) -> None:
        pass


@attrs.define
class Counts:
    """What a run did to one resource's table."""

    listed: int = 0
    new: int = 0
    changed: int = 0
    deleted: int = 0
    fetched: int = 0  # owners whose per-record work was done

    def add(self, new: int, changed: int) -> None:
        self.new += new
        self.changed += changed


@attrs.define
class BackupReport:
    """The outcome of one ``backup`` call."""

    run: int
    status: str  # complete | partial (resources skipped) | failed | interrupted
    counts: dict[str, Counts]
    skipped: dict[str, str]
    requests: int
    rate_limited: int
    resumed: bool
    seconds: float
    error: str | None = None
    failed: dict[str, str] = attrs.field(factory=dict)  # resource -> why it did not finish


class BackupFailed(Exception):
    """Some resources could not be backed up (``report.failed`` says which and why); the
    others were. What the run wrote is consistent, and the next run resumes the rest."""

    def __init__(self, report: BackupReport, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.report = report
        self.cause = cause


async def backup(
    client: BaseClient,
    path: Path,
    *,
    resources: Sequence[str] | None = None,
    full: bool = False,
    include_password_values: bool = False,
    interfaces: bool = False,
    attachments: bool = False,
    refresh_after: dt.timedelta | None = None,
    progress: Progress | None = None,
    routes: Sequence[Route] | None = None,
) -> BackupReport:
    """Back up ``resources`` (default: every complete listing) into the SQLite file ``path``.

    With ``attachments``, the listings of resources that can include their attachments ask
    for them (no extra requests), and their metadata goes into an ``attachments`` table whose
    ``parent_type``/``parent_id`` name the record each belongs to.

    ``refresh_after`` bounds how stale per-record work may grow: it is also redone for records
    whose work was last done longer ago than that, changed or not (for data whose changes do
    not move the owner's ``updated_at``).

    ``routes`` are the route tables backed up from: by default the client's own API's
    (``client.api.routes``), so a ``BlueTally`` client backs up BlueTally's routes.

    Resumes the last run when it did not finish and was started with the same options.
    A resource whose requests fail for good (after the client's retries) does not stop the
    others: the run goes on, then raises ``BackupFailed`` with the report. Resources the key
    may not read (401, 403, 404) are skipped and reported instead.
    """
    if routes is None:
        routes = client.api.routes
    chosen = sorted(set(resources if resources is not None else default_resources(routes)))
    if interfaces and "configuration_interfaces" not in chosen:
        chosen.append("configuration_interfaces")
    known = every_resource(routes)
    unknown = [r for r in chosen if r not in known and r != PASSWORD_VALUES]
    if unknown:
        raise ValueError(f"Unknown resource(s) {', '.join(unknown)}; valid: {', '.join(known)}.")
    chosen = _with_parents(chosen, routes)
    # A resource brings its always-on per-record work with it (a document its sections).
    chosen = sorted(
        set(chosen)
        | {
            name
            for name, (owner, option) in _fanouts_in(routes).items()
            if option is None and owner in chosen
        }
    )
    options = {
        "resources": chosen,
        "full": full,
        "password_values": include_password_values,
        "interfaces": interfaces,
        "attachments": attachments,
        "refresh_after": refresh_after.total_seconds() if refresh_after is not None else None,
    }
    if refresh_after is not None and refresh_after <= dt.timedelta(0):
        raise ValueError(f"refresh_after must be a positive duration, got {refresh_after}.")
    try:
        store = Store(path, private=include_password_values)
    except (OSError, sqlite3.Error) as exc:
        raise ValueError(f"Cannot use {path} as a backup file: {exc}.") from None
    job = _Job(
        client,
        store,
        chosen,
        full=full,
        include_password_values=include_password_values,
        attachments=attachments,
        refresh_after=refresh_after,
        progress=progress or _Silent(),
        routes=routes,
    )
    try:
        return await job.run(options)
    finally:
        store.close()


class _Job:
    def __init__(
        self,
        client: BaseClient,
        store: Store,
        chosen: list[str],
        *,
        full: bool,
        include_password_values: bool,
        attachments: bool,
        refresh_after: dt.timedelta | None,
        progress: Progress,
        routes: Sequence[Route],
    ) -> None:
        self.client = client
        self.store = store
        self.chosen = chosen
        self.full = full
        self.password_values = include_password_values
        self.routes = routes
        self.refresh_after = refresh_after
        self.with_attachments = attachment_owners(routes) if attachments else set()
        self.progress = progress
        self.sources = sources(routes)
        self.counts: dict[str, Counts] = {}
        self.skipped: dict[str, str] = {}
        self.failed: dict[str, str] = {}
        self.cause: BaseException | None = None  # the first failure, for BackupFailed
        self.finished: set[str] = set()
        self.run_id = 0
        self.naming = client._api.dialect.wire_name
        self.page_size = client._api.max_page_size
        self.gate = anyio.Semaphore(max(1, client.max_concurrency))
        self._requests_at_start = client.stats.requests
        self._limited_at_start = client.stats.rate_limited

    async def run(self, options: Mapping[str, Any]) -> BackupReport:
        started = time.monotonic()
        resume = self.store.resumable(options)
        self.run_id = self.store.start_run(options, resume)
        self.finished = self.store.finished_resources(self.run_id)
        try:
            await self._listings()
            await self._fanouts()
        except BaseException as exc:
            cause = _leaf(exc)
            status = "failed" if isinstance(exc, Exception) else "interrupted"
            report = self._report(resume, started, status, error=_one_line(cause))
            self._end(report)
            if isinstance(exc, Exception):
                raise BackupFailed(report, cause) from exc
            raise
        if self.failed:
            error = "; ".join(f"{name}: {why}" for name, why in sorted(self.failed.items()))
            report = self._report(resume, started, "failed", error=error)
            self._end(report)
            raise BackupFailed(report, self.cause or RuntimeError(error))
        status = "partial" if self.skipped else "complete"
        report = self._report(resume, started, status)
        self._end(report)
        return report

    # -- phases -------------------------------------------------------------------------------

    async def _listings(self) -> None:
        """Top-level listings at once, then those under their parents, parents first."""
        wanted = [s for name, s in self.sources.items() if name in self.chosen]
        done: set[str] = set()
        while len(done) < len(wanted):
            ready = [
                s
                for s in wanted
                if s.resource not in done and (s.parent is None or s.parent in done)
            ]
            async with anyio.create_task_group() as group:
                for source in ready:
                    group.start_soon(self._list_resource, source)
            done.update(s.resource for s in ready)

    async def _fanouts(self) -> None:
        jobs: list[tuple[str, str, Callable[[int], Awaitable[list[BaseModel]]]]] = []
        for name, (owner, _) in FANOUTS.items():
            if name in self.chosen:
                jobs.append((name, owner, self._children_fetcher(name, owner)))
        if self.password_values and PASSWORDS in self.chosen:
            jobs.append((PASSWORD_VALUES, PASSWORDS, self._password_value))
        for name, owner, _ in jobs:
            if owner in self.failed:
                # Its owners' listing is incomplete: redoing their work waits for the next run.
                self._fail(name, f"its owner {owner} could not be listed")
        jobs = [job for job in jobs if job[1] not in self.skipped and job[1] not in self.failed]
        async with anyio.create_task_group() as group:
            for name, owner, fetch in jobs:
                group.start_soon(self._fan_out, name, owner, fetch)

    # -- listing ------------------------------------------------------------------------------

    async def _list_resource(self, source: Source) -> None:
        name = source.resource
        counts = self.counts.setdefault(name, Counts())
        if name in self.finished:
            self.progress.finish(name, "done in the interrupted run")
            return
        if source.parent in self.skipped:
            self.skipped[name] = f"its parent {source.parent} could not be read"
            self.progress.finish(name, "skipped")
            return
        if source.parent in self.failed:
            self._fail(name, f"its parent {source.parent} could not be listed")
            return
        self.progress.start(name)
        resource = getattr(self.client, name)
        try:
            if source.parent is None:
                pages = resource.list(page_size=self.page_size, **self._include(name))
                await self._pages(name, pages, None, counts)
            else:
                await self._under_parents(source, resource, counts)
        except BaseException as exc:
            refusal = _refusal(exc)
            if refusal is None:
                self._fail_on(name, exc)
                return
            self.skipped[name] = _one_line(refusal)
            self.progress.finish(name, f"skipped: {refusal.status_code}")
            return
        if not source.capped and source.parent is None:  # nested ones marked per parent
            counts.deleted += self.store.mark_deleted(name, self.run_id)
        if name in self.with_attachments:
            self.counts.setdefault(ATTACHMENTS, Counts()).deleted += self.store.children_of_deleted(
                ATTACHMENTS, name, self.run_id, typed=True
            )
        self.store.finish_resource(self.run_id, name)
        self.progress.finish(name, _summary(counts))
        self._tick()

    async def _under_parents(self, source: Source, resource: Any, counts: Counts) -> None:
        assert source.parent is not None and source.keyword is not None
        keyword = source.keyword
        parents = self.store.live_ids(source.parent)
        listed: list[int] = []

        async def one(parent: int) -> None:
            include = self._include(source.resource)
            if source.by_filter:
                pages = resource.list(filter={keyword: parent}, page_size=self.page_size, **include)
            else:
                pages = resource.list(page_size=self.page_size, **{keyword: parent}, **include)
            await self._pages(source.resource, pages, parent, counts)
            listed.append(parent)

        refused = await self._each(parents, one)
        if refused is not None:
            raise refused
        counts.deleted += self.store.mark_deleted(source.resource, self.run_id, parents=listed)
        # Records whose parent is gone are gone with it.
        counts.deleted += self.store.children_of_deleted(
            source.resource, source.parent, self.run_id
        )

    async def _pages(self, name: str, paginator: Any, parent: int | None, counts: Counts) -> None:
        first = True
        async for page in paginator.pages():
            if first and page.meta.total_count is not None:
                self.progress.total(name, page.meta.total_count)
            first = False
            rows = [(m.id, *self._row(m), parent) for m in page.items]
            new, changed = self.store.upsert(name, self.run_id, rows)
            counts.add(new, changed)
            if name in self.with_attachments:
                self._attachments(name, page.items)
            counts.listed += len(rows)
            self.progress.advance(name, len(rows))
            self._tick()

    def _include(self, name: str) -> dict[str, Any]:
        return {"include": [ATTACHMENTS]} if name in self.with_attachments else {}

    def _attachments(self, owner: str, items: Sequence[BaseModel]) -> None:
        """The attachments a page's records came with: each record's complete set."""
        wire = self.naming(ATTACHMENTS)
        owned = {
            m.id: [(a.id, *self._row(a)) for a in m.related(ATTACHMENTS)]
            for m in items
            if wire in m.relationships  # an answer without the linkage says nothing
        }
        new, changed, deleted = self.store.replace_owned(ATTACHMENTS, self.run_id, owner, owned)
        counts = self.counts.setdefault(ATTACHMENTS, Counts())
        counts.add(new, changed)
        counts.deleted += deleted
        counts.listed += sum(len(rows) for rows in owned.values())

    # -- per-record work ----------------------------------------------------------------------

    def _children_fetcher(
        self, name: str, owner: str
    ) -> Callable[[int], Awaitable[list[BaseModel]]]:
        keyword = next(r.parent for r in self.routes if r.resource == name and r.kind == "list")
        resource = getattr(self.client, name)

        async def fetch(owner_id: int) -> list[BaseModel]:
            pages = resource.list(page_size=self.page_size, **{str(keyword): owner_id})
            items: list[BaseModel] = await pages.collect()
            return items

        return fetch

    async def _password_value(self, ident: int) -> list[BaseModel]:
        passwords: Any = getattr(self.client, PASSWORDS)  # IT Glue's only
        password: BaseModel = await passwords.get(ident, show_password=True)
        return [password]

    async def _fan_out(
        self, name: str, owner_name: str, fetch: Callable[[int], Awaitable[list[BaseModel]]]
    ) -> None:
        counts = self.counts.setdefault(name, Counts())
        if name in self.finished:
            self.progress.finish(name, "done in the interrupted run")
            return
        self.progress.start(name)
        done_before = None
        if self.refresh_after is not None:
            done_before = ago(self.refresh_after)
        due = self.store.stale(owner_name, full=self.full, done_before=done_before)
        self.progress.total(name, len(due))
        secret_row = name == PASSWORD_VALUES

        async def one(owner: tuple[int, str | None]) -> None:
            owner_id, updated_at = owner
            children = await fetch(owner_id)
            if secret_row:
                rows = [(m.id, updated_at, _password_json(m)) for m in children]
            else:
                rows = [(m.id, *self._row(m)) for m in children]
            new, changed, deleted = self.store.replace_children(
                name, self.run_id, owner_id, rows, owner=owner_name, owner_updated_at=updated_at
            )
            counts.add(new, changed)
            counts.deleted += deleted
            counts.listed += len(rows)
            counts.fetched += 1
            self.progress.advance(name, 1)
            self._tick()

        try:
            refused = await self._each(due, one)
        except BaseException as exc:
            self._fail_on(name, exc)
            return
        if refused is not None:
            self.skipped[name] = _one_line(refused)
            self.progress.finish(name, "skipped")
            return
        counts.deleted += self.store.children_of_deleted(name, owner_name, self.run_id)
        self.store.finish_resource(self.run_id, name)
        self.progress.finish(name, _summary(counts, fan_out=True))

    async def _each(
        self, items: Sequence[T], work: Callable[[T], Awaitable[None]]
    ) -> APIError | None:
        """``work`` on every item, as many at once as the client sends. An item whose record
        is gone (404) is passed over; a 401 or 403 stops the rest and is returned."""
        refused: list[APIError] = []

        async def guarded(item: T) -> None:
            try:
                await work(item)
            except NotFoundError:
                pass  # gone since it was listed: the next complete listing marks it
            except (AuthenticationError, PermissionDeniedError) as exc:
                refused.append(exc)  # the key may not read these: stop asking
                group.cancel_scope.cancel()
            finally:
                self.gate.release()

        async with anyio.create_task_group() as group:
            for item in items:
                await self.gate.acquire()
                group.start_soon(guarded, item)
        return refused[0] if refused else None

    def _fail_on(self, name: str, exc: BaseException) -> None:
        """Record that ``name`` failed for good, or re-raise what is not a request failure
        (cancellation, Ctrl-C, a bug): those stop the whole run."""
        cause = _leaf(exc)
        if not isinstance(cause, ITGlueError):
            raise exc
        self.cause = self.cause or cause
        self._fail(name, _one_line(cause))

    def _fail(self, name: str, why: str) -> None:
        self.failed[name] = why
        self.progress.finish(name, f"failed: {why}")

    # -- rows and reports -----------------------------------------------------------------------

    def _row(self, model: BaseModel) -> tuple[str | None, str]:
        attributes = unstructure(model, self.naming)
        for name in secret_fields(type(model)):
            attributes.pop(self.naming(name), None)
        record: dict[str, Any] = {"id": model.id, "attributes": attributes}
        if model.wire_type:  # JSON:API names each record's type; plain REST does not
            record["type"] = model.wire_type
        if model.relationships:
            record["relationships"] = dict(model.relationships)
        updated = attributes.get(self.naming("updated_at"))
        text = json.dumps(record, sort_keys=True, separators=(",", ":"), default=str)
        return (str(updated) if updated is not None else None), text

    def _tick(self) -> None:
        stats = self.client.stats
        self.progress.requests(
            stats.requests - self._requests_at_start, stats.rate_limited - self._limited_at_start
        )

    def _report(
        self, resume: int | None, started: float, status: str, error: str | None = None
    ) -> BackupReport:
        stats = self.client.stats
        return BackupReport(
            run=self.run_id,
            status=status,
            counts=self.counts,
            skipped=self.skipped,
            requests=stats.requests - self._requests_at_start,
            rate_limited=stats.rate_limited - self._limited_at_start,
            resumed=resume is not None,
            seconds=time.monotonic() - started,
            error=error,
            failed=self.failed,
        )

    def _end(self, report: BackupReport) -> None:
        counts = {
            name: attrs.asdict(c) | {"live": self.store.live_count(name)}
            for name, c in report.counts.items()
        }
        self.store.end_run(
            self.run_id,
            status=report.status,
            counts=counts,
            skipped=report.skipped,
            requests=report.requests,
            rate_limited=report.rate_limited,
            error=report.error,
        )


def _password_json(model: BaseModel) -> str:
    value = getattr(model, "password", None)
    secret = value.get_secret_value() if isinstance(value, SecretStr) else value
    return json.dumps({"id": model.id, "password": secret}, sort_keys=True)


def _summary(counts: Counts, *, fan_out: bool = False) -> str:
    head = f"{counts.fetched} refreshed, " if fan_out else ""
    return (
        f"{head}{counts.listed} records, {counts.new} new, {counts.changed} changed, "
        f"{counts.deleted} deleted"
    )


def _refusal(exc: BaseException) -> APIError | None:
    """The 401, 403 or 404 that says the key may not read a resource, if that is the error."""
    leaf = _leaf(exc)
    if isinstance(leaf, (AuthenticationError, PermissionDeniedError, NotFoundError)):
        return leaf
    return None


def _leaf(exc: BaseException) -> BaseException:
    """The first error inside (nested) exception groups: what actually went wrong."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"


__all__ = [
    "ATTACHMENTS",
    "BackupFailed",
    "BackupReport",
    "Counts",
    "Progress",
    "attachment_owners",
    "backup",
    "default_resources",
    "every_resource",
    "sources",
]
