"""The backup file: one SQLite table per resource, a ``runs`` table, and what a run has done.

Every resource table is named as the client attribute (``configurations``) and holds, per
record: ``id``, ``updated_at``, ``record`` (the full record as JSON: ``id``, ``type``,
``attributes`` spelled as the API spells them, unknown keys kept, and ``relationships``),
``parent_id`` (the record it was listed under, for nested listings) and ``parent_type`` (that
record's resource, where the table holds children of several: attachments), the runs that first
and last saw it, and ``deleted_at``/``deleted_run`` once a complete listing no longer holds it.
``fanout_updated_at`` remembers the ``updated_at`` for which a record's per-record work
(its sections, interfaces or password value) was last fetched, and ``fanout_at`` when.

Every write is one transaction (a page, a record's children), so an interrupted run leaves a
consistent file; ``run_resources`` records which resources a run finished, so the next run
resumes with the rest.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

# A record seen by a run: stored, or brought up to date and back to life if it was deleted.
_UPSERT = (
    "INSERT INTO {table} (id, updated_at, record, parent_id, parent_type, first_seen_run, "
    "last_seen_run) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    "updated_at = excluded.updated_at, record = excluded.record, parent_id = excluded.parent_id, "
    "parent_type = excluded.parent_type, last_seen_run = excluded.last_seen_run, "
    "deleted_at = NULL, deleted_run = NULL"
)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stamp_of(moment: dt.datetime) -> str:
    """``moment`` as ISO 8601 UTC with a ``Z`` (such stamps sort as text in time order)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now() -> str:
    """The current UTC time as ISO 8601 with a ``Z``."""
    return stamp_of(_utcnow())


def ago(span: dt.timedelta) -> str:
    """The UTC time ``span`` before now, stamped as ``now()`` stamps."""
    return stamp_of(_utcnow() - span)


def runs_held(path: Path) -> int:
    """How many complete or partial runs the backup file ``path`` holds (0 without one)."""
    if not path.exists():
        return 0
    db = sqlite3.connect(path)
    try:
        row = db.execute("SELECT COUNT(*) FROM runs WHERE status IN ('complete', 'partial')")
        return int(row.fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        db.close()


def _table(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"{name!r} is not a table name")
    return f'"{name}"'


class Store:
    """A backup file, opened for one run."""

    def __init__(self, path: Path, *, private: bool = False) -> None:
        """Open (or create) the file; ``private`` makes it readable by its owner only."""
        self.path = path
        if private:
            # Created owner-only before SQLite opens it; an existing file is narrowed too.
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            os.chmod(path, 0o600)
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS runs (
                id INTEGER PRIMARY KEY,
                started TEXT NOT NULL,
                finished TEXT,
                status TEXT NOT NULL,
                options TEXT NOT NULL,
                counts TEXT NOT NULL DEFAULT '{}',
                skipped TEXT NOT NULL DEFAULT '{}',
                requests INTEGER NOT NULL DEFAULT 0,
                rate_limited INTEGER NOT NULL DEFAULT 0,
                error TEXT
            );
            CREATE TABLE IF NOT EXISTS run_resources (
                run_id INTEGER NOT NULL,
                resource TEXT NOT NULL,
                finished TEXT NOT NULL,
                PRIMARY KEY (run_id, resource)
            );
            """
        )
        self._tables: set[str] = set()

    def close(self) -> None:
        self.db.close()

    # -- runs ---------------------------------------------------------------------------------

    def resumable(self, options: Mapping[str, Any]) -> int | None:
        """The last run, if it did not finish and was started with the same options."""
        row = self.db.execute(
            "SELECT id, status, options FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None or row[1] in ("complete", "partial"):
            return None
        return int(row[0]) if json.loads(row[2]) == dict(options) else None

    def start_run(self, options: Mapping[str, Any], resume: int | None) -> int:
        if resume is not None:
            self.db.execute(
                "UPDATE runs SET status = 'running', error = NULL WHERE id = ?", (resume,)
            )
            return resume
        cursor = self.db.execute(
            "INSERT INTO runs (started, status, options) VALUES (?, 'running', ?)",
            (now(), json.dumps(dict(options), sort_keys=True)),
        )
        return int(cursor.lastrowid or 0)

    def finished_resources(self, run: int) -> set[str]:
        rows = self.db.execute("SELECT resource FROM run_resources WHERE run_id = ?", (run,))
        return {r[0] for r in rows}

    def finish_resource(self, run: int, resource: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO run_resources (run_id, resource, finished) VALUES (?, ?, ?)",
            (run, resource, now()),
        )

    def end_run(
        self,
        run: int,
        *,
        status: str,
        counts: Mapping[str, Any],
        skipped: Mapping[str, str],
        requests: int,
        rate_limited: int,
        error: str | None = None,
    ) -> None:
        # A resumed run adds to what its earlier attempt counted.
        old = self.db.execute(
            "SELECT counts, skipped, requests, rate_limited FROM runs WHERE id = ?", (run,)
        ).fetchone()
        merged = json.loads(old[0]) | dict(counts)
        was_skipped = json.loads(old[1]) | dict(skipped)
        self.db.execute(
            "UPDATE runs SET finished = ?, status = ?, counts = ?, skipped = ?, requests = ?, "
            "rate_limited = ?, error = ? WHERE id = ?",
            (
                now(),
                status,
                json.dumps(merged, sort_keys=True),
                json.dumps(was_skipped, sort_keys=True),
                old[2] + requests,
                old[3] + rate_limited,
                error,
                run,
            ),
        )

    # -- records ------------------------------------------------------------------------------

    def ensure(self, resource: str) -> None:
        if resource in self._tables:
            return
        table = _table(resource)
        self.db.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS {table} (
                id INTEGER PRIMARY KEY,
                updated_at TEXT,
                record TEXT NOT NULL,
                parent_id INTEGER,
                first_seen_run INTEGER NOT NULL,
                last_seen_run INTEGER NOT NULL,
                deleted_at TEXT,
                deleted_run INTEGER,
                fanout_updated_at TEXT,
                parent_type TEXT,
                fanout_at TEXT
            );
            CREATE INDEX IF NOT EXISTS "{resource}_parent" ON {table} (parent_id);
            """
        )
        columns = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
        for column in ("parent_type", "fanout_at"):
            if column not in columns:  # a file written before the column existed
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
        self._tables.add(resource)

    def upsert(
        self,
        resource: str,
        run: int,
        records: Sequence[tuple[int, str | None, str, int | None]],
    ) -> tuple[int, int]:
        """Write ``(id, updated_at, record_json, parent_id)`` rows in one transaction.

        Returns how many were new and how many changed (their record differs).
        """
        self.ensure(resource)
        table = _table(resource)
        if not records:
            return 0, 0
        ids = [r[0] for r in records]
        with self._transaction():
            known: dict[int, str] = {}
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                for ident, record in self.db.execute(
                    f"SELECT id, record FROM {table} WHERE id IN ({marks})", chunk
                ):
                    known[ident] = record
            self.db.executemany(
                _UPSERT.format(table=table),
                [(i, u, r, p, None, run, run) for i, u, r, p in records],
            )
        new = sum(1 for i in ids if i not in known)
        changed = sum(1 for i, _, r, _ in records if i in known and known[i] != r)
        return new, changed

    def mark_deleted(self, resource: str, run: int, *, parents: Iterable[int] | None = None) -> int:
        """Mark live records not seen by ``run`` as deleted (only under ``parents``, if given)."""
        self.ensure(resource)
        table = _table(resource)
        sql = (
            f"UPDATE {table} SET deleted_at = ?, deleted_run = ? "
            "WHERE deleted_run IS NULL AND last_seen_run < ?"
        )
        with self._transaction():
            if parents is None:
                return self.db.execute(sql, (now(), run, run)).rowcount
            count = 0
            for chunk in _chunks(list(parents), 500):
                marks = ",".join("?" * len(chunk))
                count += self.db.execute(
                    f"{sql} AND parent_id IN ({marks})", (now(), run, run, *chunk)
                ).rowcount
            return count

    def replace_children(
        self,
        resource: str,
        run: int,
        parent: int,
        records: Sequence[tuple[int, str | None, str]],
        *,
        owner: str,
        owner_updated_at: str | None,
    ) -> tuple[int, int, int]:
        """A record's children, fetched again: upsert them, mark the vanished ones deleted, and
        note on the owner that its per-record work is done for ``owner_updated_at``.

        One transaction; returns (new, changed, deleted).
        """
        self.ensure(resource)
        self.ensure(owner)
        table = _table(resource)
        with self._transaction():
            known = dict(
                self.db.execute(
                    f"SELECT id, record FROM {table} WHERE parent_id = ? AND deleted_run IS NULL",
                    (parent,),
                ).fetchall()
            )
            self.db.executemany(
                _UPSERT.format(table=table),
                [(i, u, r, parent, None, run, run) for i, u, r in records],
            )
            seen = {r[0] for r in records}
            gone = [i for i in known if i not in seen]
            for ident in gone:
                self.db.execute(
                    f"UPDATE {table} SET deleted_at = ?, deleted_run = ? WHERE id = ?",
                    (now(), run, ident),
                )
            self.db.execute(
                f"UPDATE {_table(owner)} SET fanout_updated_at = ?, fanout_at = ? WHERE id = ?",
                (owner_updated_at, now(), parent),
            )
        new = sum(1 for i, _, _ in records if i not in known)
        changed = sum(1 for i, _, r in records if i in known and known[i] != r)
        return new, changed, len(gone)

    def children_of_deleted(
        self, resource: str, owner: str, run: int, *, typed: bool = False
    ) -> int:
        """Mark the children of owners this run found deleted as deleted too (with ``typed``,
        only children whose ``parent_type`` is ``owner``)."""
        self.ensure(resource)
        self.ensure(owner)
        sql = (
            f"UPDATE {_table(resource)} SET deleted_at = ?, deleted_run = ? "
            f"WHERE deleted_run IS NULL AND parent_id IN "
            f"(SELECT id FROM {_table(owner)} WHERE deleted_run = ?)"
        )
        with self._transaction():
            if typed:
                return self.db.execute(
                    sql + " AND parent_type = ?", (now(), run, run, owner)
                ).rowcount
            return self.db.execute(sql, (now(), run, run)).rowcount

    def replace_owned(
        self,
        resource: str,
        run: int,
        owner: str,
        owned: Mapping[int, Sequence[tuple[int, str | None, str]]],
    ) -> tuple[int, int, int]:
        """Each owner's complete set of ``resource`` records (attachments of configurations):
        upsert them with the owner as parent, and mark the owner's others deleted.

        One transaction; returns (new, changed, deleted).
        """
        self.ensure(resource)
        table = _table(resource)
        new = changed = deleted = 0
        with self._transaction():
            for parent, records in owned.items():
                known = dict(
                    self.db.execute(
                        f"SELECT id, record FROM {table} WHERE parent_id = ? AND parent_type = ? "
                        "AND deleted_run IS NULL",
                        (parent, owner),
                    ).fetchall()
                )
                self.db.executemany(
                    _UPSERT.format(table=table),
                    [(i, u, r, parent, owner, run, run) for i, u, r in records],
                )
                seen = {r[0] for r in records}
                gone = [(now(), run, i) for i in known if i not in seen]
                self.db.executemany(
                    f"UPDATE {table} SET deleted_at = ?, deleted_run = ? WHERE id = ?", gone
                )
                new += sum(1 for i, _, _ in records if i not in known)
                changed += sum(1 for i, _, r in records if i in known and known[i] != r)
                deleted += len(gone)
        return new, changed, deleted

    def stale(
        self, resource: str, *, full: bool, done_before: str | None = None
    ) -> list[tuple[int, str | None]]:
        """Live records whose per-record work is due: ``updated_at`` moved since it was done
        (or, with ``done_before``, it was last done before that time)."""
        self.ensure(resource)
        sql = f"SELECT id, updated_at FROM {_table(resource)} WHERE deleted_run IS NULL"
        args: tuple[str, ...] = ()
        if not full:
            due = "fanout_updated_at IS NULL OR fanout_updated_at IS NOT updated_at"
            if done_before is not None:
                due += " OR fanout_at IS NULL OR fanout_at < ?"
                args = (done_before,)
            sql += f" AND ({due})"
        return [(int(i), u) for i, u in self.db.execute(sql + " ORDER BY id", args)]

    def live_ids(self, resource: str) -> list[int]:
        self.ensure(resource)
        rows = self.db.execute(
            f"SELECT id FROM {_table(resource)} WHERE deleted_run IS NULL ORDER BY id"
        )
        return [int(r[0]) for r in rows]

    def live_count(self, resource: str) -> int:
        self.ensure(resource)
        row = self.db.execute(
            f"SELECT COUNT(*) FROM {_table(resource)} WHERE deleted_run IS NULL"
        ).fetchone()
        return int(row[0])

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


def _chunks(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
