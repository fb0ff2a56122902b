"""The backup, end to end against the fake: complete, incremental, resumable, secret-safe."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

import anyio
import pytest

from itglue_async import ROUTES as ITGLUE_ROUTES
from itglue_async import ITGlue
from itglue_async.cli._backup import BackupFailed, BackupReport, backup, default_resources
from itglue_async.testing import FakeITGlue
from itglue_async.testing._wire import Query, Reply

pytestmark = pytest.mark.anyio

MOMENT = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
SIZES: dict[str, Any] = {
    "organizations": 4,
    "configurations": 60,
    "contacts": 20,
    "passwords": 12,
    "flexible_assets": 9,
    "logs": 0,
    "documents": 16,
}


def _fake(**options: Any) -> FakeITGlue:
    fake = FakeITGlue(rate_limit=None, now=lambda: MOMENT, **options)
    fake.populate(**SIZES)
    return fake


def _rows(path: Path, table: str, *, live: bool = True) -> dict[int, dict[str, Any]]:
    db = sqlite3.connect(path)
    try:
        where = " WHERE deleted_at IS NULL" if live else ""
        rows = db.execute(f"SELECT id, record FROM {table}{where}").fetchall()
    finally:
        db.close()
    return {int(i): json.loads(r) for i, r in rows}


def _tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] not in ("runs", "run_resources")
        ]
        return {
            name: db.execute(
                f"SELECT id, updated_at, record, parent_id, deleted_at IS NULL FROM {name} "
                "ORDER BY id"
            ).fetchall()
            for name in sorted(names)
        }
    finally:
        db.close()


async def _run(fake: FakeITGlue, path: Path, **options: Any) -> BackupReport:
    async with fake.client(max_retries=0) as client:
        return await backup(client, path, **options)


async def test_a_full_backup_holds_exactly_the_fakes_records(tmp_path: Path) -> None:
    """A full backup holds exactly the fake's records, every table and every document section."""
    fake = _fake()
    path = tmp_path / "b.sqlite"
    report = await _run(fake, path)
    assert report.status == "complete" and not report.skipped
    for resource in default_resources(ITGLUE_ROUTES):
        assert set(_rows(path, resource)) == set(fake.ids(resource)), resource
    # Every document came in, foldered ones too, and every section with it.
    assert len(_rows(path, "documents")) == 16
    assert any(d["attributes"]["document-folder-id"] for d in _rows(path, "documents").values())
    assert set(_rows(path, "document_sections")) == set(fake.ids("document_sections"))
    org = _rows(path, "organizations")[1]
    assert org["type"] == "organizations"
    assert org["attributes"]["name"] == fake.get("organizations", 1)["name"]  # type: ignore[index]
    db = sqlite3.connect(path)
    run = db.execute("SELECT status, requests, counts FROM runs").fetchone()
    db.close()
    assert run[0] == "complete" and run[1] == report.requests
    assert json.loads(run[2])["configurations"]["live"] == 60


async def test_password_values_stay_out_unless_asked_for(tmp_path: Path) -> None:
    """Password values are nowhere in the file unless asked for, then in an owner-only file."""
    fake = _fake()
    values = [fake.get("passwords", i)["password"] for i in fake.ids("passwords")]  # type: ignore[index]
    path = tmp_path / "b.sqlite"
    await _run(fake, path)
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())  # noqa: ASYNC240 (a test's own temp files)
    assert values and not any(v.encode() in blob for v in values)
    assert all("password" not in r["attributes"] for r in _rows(path, "passwords").values())
    secret = tmp_path / "secret.sqlite"
    report = await _run(fake, secret, include_password_values=True)
    assert report.counts["password_values"].fetched == 12
    stored = {json.loads(r)["password"] for r in _column(secret, "password_values", "record")}
    assert stored == set(values)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def _column(path: Path, table: str, column: str) -> list[Any]:
    db = sqlite3.connect(path)
    try:
        return [r[0] for r in db.execute(f"SELECT {column} FROM {table}")]
    finally:
        db.close()


async def test_a_second_run_redoes_only_changed_records_and_marks_deletions(
    tmp_path: Path,
) -> None:
    """A second run redoes per-record work only for changed records and marks deletions."""
    fake = _fake()
    path = tmp_path / "b.sqlite"
    await _run(fake, path, include_password_values=True, interfaces=True)
    later = MOMENT + dt.timedelta(hours=1)
    fake.store.now = lambda: later
    fake.store.update("documents", 3, {"name": "Renamed runbook"})
    fake.store.update("passwords", 5, {"username": "new-admin"})
    fake.store.update("configurations", 7, {"hostname": "renamed"})
    gone_config = 9
    gone_interfaces = [
        i
        for i in fake.ids("configuration_interfaces")
        if fake.store.value("configuration_interfaces", i, "configuration_id") == gone_config
    ]
    fake.store.delete("configurations", gone_config)
    fake.store.delete("contacts", 2)
    new_contact = fake.add("contacts", {"name": "New Person", "organization_id": 1})
    fake.clear_requests()

    report = await _run(fake, path, include_password_values=True, interfaces=True)
    assert report.status == "complete"
    paths = [r.path for r in fake.requests]
    assert [p for p in paths if p.endswith("/relationships/sections")] == [
        "/documents/3/relationships/sections"
    ]
    assert [p for p in paths if p.startswith("/passwords/")] == ["/passwords/5"]
    assert [p for p in paths if p.endswith("/configuration_interfaces")] == [
        "/configurations/7/relationships/configuration_interfaces"
    ]
    assert report.counts["documents"].changed == 1
    assert report.counts["contacts"].new == 1 and report.counts["contacts"].deleted == 1
    assert report.counts["configurations"].deleted == 1
    every = _rows(path, "configurations", live=False)
    assert gone_config in every and gone_config not in _rows(path, "configurations")
    assert new_contact in _rows(path, "contacts")
    live_interfaces = _rows(path, "configuration_interfaces")
    assert gone_interfaces and not any(i in live_interfaces for i in gone_interfaces)
    assert _rows(path, "documents")[3]["attributes"]["name"] == "Renamed runbook"


class _Failing(FakeITGlue):
    """Answers 503 to the request numbered ``fail_at`` (once)."""

    fail_at = 0

    def admit(self, route: Any, query: Query) -> None:
        super().admit(route, query)
        if self.fail_at and len(self.requests) == self.fail_at:
            self.fail_at = 0
            raise Reply(503, "The server failed (injected mid-run).")


async def test_an_interrupted_backup_resumes_to_the_same_file(tmp_path: Path) -> None:
    """A backup failed mid-run resumes to the same file a clean run writes."""
    clean = tmp_path / "clean.sqlite"
    await _run(_fake(), clean, interfaces=True)

    failing = _Failing(rate_limit=None, now=lambda: MOMENT)
    failing.populate(**SIZES)
    failing.fail_at = 40  # in the middle of the per-record work
    path = tmp_path / "resumed.sqlite"
    with pytest.raises(BackupFailed) as caught:
        await _run(failing, path, interfaces=True)
    assert caught.value.report.status == "failed"
    assert "503" in (caught.value.report.error or "")
    first_requests = len(failing.requests)
    report = await _run(failing, path, interfaces=True)
    assert report.resumed and report.status == "complete"
    assert report.run == caught.value.report.run  # the same run, finished
    assert len(failing.requests) - first_requests < first_requests + 40
    assert _tables(path) == _tables(clean)
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*), MAX(status) FROM runs").fetchone() == (1, "complete")
    db.close()


class _Broken(FakeITGlue):
    """Answers ``status`` to every request for the resources in ``broken``."""

    broken: dict[str, int] = {}  # noqa: RUF012 (set per instance before use)

    def admit(self, route: Any, query: Query) -> None:
        super().admit(route, query)
        if route.resource in self.broken:
            raise Reply(self.broken[route.resource], f"{route.resource} is broken (injected).")


async def test_a_failing_resource_does_not_stop_the_others(tmp_path: Path) -> None:
    """A listing that fails for good is reported; every other resource is still backed up,
    what depends on the failed one waits, and the next run redoes only what did not finish."""
    clean = tmp_path / "clean.sqlite"
    await _run(_fake(), clean)
    fake = _Broken(rate_limit=None, now=lambda: MOMENT)
    fake.populate(**SIZES)
    fake.broken = {"contacts": 500, "documents": 422}
    path = tmp_path / "b.sqlite"
    with pytest.raises(BackupFailed) as caught:
        await _run(fake, path)
    report = caught.value.report
    assert report.status == "failed"
    assert set(report.failed) == {"contacts", "documents", "document_sections"}
    assert "ServerError" in report.failed["contacts"]
    assert "UnprocessableEntityError" in report.failed["documents"]
    assert "documents could not be listed" in report.failed["document_sections"]
    assert "contacts:" in (report.error or "") and "documents:" in (report.error or "")
    tables = _tables(path)
    for name, rows in _tables(clean).items():
        if name not in report.failed:
            assert tables[name] == rows, name  # everything else is complete
    assert not tables.get("contacts") and not tables.get("document_sections")

    fake.broken = {}
    fake.clear_requests()
    again = await _run(fake, path)
    assert again.resumed and again.status == "complete" and again.run == report.run
    listed = {r.path.rsplit("/", 1)[-1] for r in fake.requests}
    assert "configurations" not in listed and "contacts" in listed  # only the unfinished
    assert _tables(path) == _tables(clean)


async def test_attachment_metadata_comes_with_the_listings(tmp_path: Path) -> None:
    """With ``attachments``, the listings include them: no extra requests, each attachment
    under the record it belongs to, and deletions (of an attachment or its record) marked."""
    fake = _fake()
    async with fake.client() as client:
        one = await client.attachments.create("configurations", 3, ("a.pdf", b"%PDF-1"))
        two = await client.attachments.create("configurations", 3, ("b.txt", b"hello"))
        other = await client.attachments.create("contacts", 4, ("c.png", b"png"))
        asset = fake.ids("flexible_assets")[0]
        on_asset = await client.attachments.create("flexible_assets", asset, ("d.txt", b"d"))
    assert (one.attachment_file_name, one.attachment_file_size, one.ext) == ("a.pdf", 6, "pdf")
    assert one.download_url and one.download_url.endswith(f"/attachments/{one.id}")
    plain = await _run(fake, tmp_path / "plain.sqlite")
    path = tmp_path / "b.sqlite"
    report = await _run(fake, path, attachments=True)
    assert report.status == "complete"
    assert report.requests == plain.requests  # they came with the listings
    assert "attachments" not in _tables(tmp_path / "plain.sqlite")
    assert report.counts["attachments"].new == 4
    db = sqlite3.connect(path)
    owners = {
        int(i): (t, int(p), json.loads(r)["attributes"])
        for i, t, p, r in db.execute("SELECT id, parent_type, parent_id, record FROM attachments")
    }
    db.close()
    assert {i: o[:2] for i, o in owners.items()} == {
        one.id: ("configurations", 3),
        two.id: ("configurations", 3),
        other.id: ("contacts", 4),
        on_asset.id: ("flexible_assets", asset),
    }
    assert owners[one.id][2]["attachment-file-name"] == "a.pdf"
    assert owners[one.id][2]["attachment-file-size"] == 6
    assert all("attachment" not in o[2] for o in owners.values())

    async with fake.client() as client:
        await client.attachments.bulk_destroy("configurations", 3, [two.id])
    fake.store.delete("contacts", 4)
    again = await _run(fake, path, attachments=True)
    assert again.counts["attachments"].deleted == 2
    assert set(_rows(path, "attachments")) == {one.id, on_asset.id}
    assert set(_rows(path, "attachments", live=False)) == set(owners)


async def test_a_resource_the_key_may_not_read_is_skipped(tmp_path: Path) -> None:
    """A resource answered 401 is skipped and reported while the rest goes on."""
    fake = _fake(jwt_only={"document_folders"})
    report = await _run(fake, tmp_path / "b.sqlite")
    assert report.status == "partial"
    assert "Only supported for JWT requests" in report.skipped["document_folders"]
    assert report.counts["documents"].listed == 16  # the rest went on


async def test_backup_over_loopback_http(tmp_path: Path) -> None:
    """The backup works against the fake over loopback HTTP."""
    fake = _fake()
    path = tmp_path / "b.sqlite"
    async with fake.serve() as base_url, ITGlue(api_key="k", base_url=base_url) as client:
        report = await backup(client, path, resources=["documents"])
    assert report.status == "complete"
    assert set(report.counts) == {"document_sections", "documents", "organizations"}
    assert len(_rows(path, "document_sections")) == fake.count("document_sections")


async def test_unknown_resources_are_refused(tmp_path: Path) -> None:
    """Unknown resource names are refused with the valid ones listed."""
    fake = _fake()
    with pytest.raises(ValueError, match=r"configurationz.*valid: .*configurations"):
        await _run(fake, tmp_path / "b.sqlite", resources=["configurationz"])


async def test_cancellation_leaves_a_consistent_file_that_resumes(tmp_path: Path) -> None:
    """A cancelled backup leaves a consistent file that the next run resumes."""
    fake = _fake()
    fake.faults.latency = 0.002
    path = tmp_path / "b.sqlite"
    with anyio.move_on_after(0.15):
        await _run(fake, path)
    report = await _run(fake, path)
    assert report.status == "complete"
    clean = tmp_path / "clean.sqlite"
    await _run(_fake(), clean)
    assert _tables(path) == _tables(clean)


async def test_a_section_edit_is_picked_up_through_its_document(tmp_path: Path) -> None:
    """A section edit moves its document's updated_at, so its sections are fetched again."""
    fake = _fake()
    path = tmp_path / "b.sqlite"
    await _run(fake, path)
    fake.store.now = lambda: MOMENT + dt.timedelta(hours=2)
    async with fake.client() as client:
        await client.document_sections.create(
            {"resource_type": "Document::Text", "content": "<p>New step</p>"}, document_id=4
        )
    fake.clear_requests()
    report = await _run(fake, path)
    assert report.counts["document_sections"].new == 1
    assert [r.path for r in fake.requests if r.path.endswith("/sections")] == [
        "/documents/4/relationships/sections"
    ]


async def test_a_bluetally_backup_marks_deletions(tmp_path: Path) -> None:
    """The same backup over BlueTally's route tables: every listable resource, deletions
    marked, nothing IT Glue-only asked for."""
    from itglue_async.bluetally import ROUTES as BLUETALLY_ROUTES
    from itglue_async.testing import FakeBlueTally

    fake = FakeBlueTally(rate_limit=None, now=lambda: MOMENT)
    fake.populate(assets=40, employees=6, seed=3)
    path = tmp_path / "bt.sqlite"
    assert default_resources(BLUETALLY_ROUTES)[:3] == ["accessories", "activity", "assets"]
    async with fake.client(max_retries=0) as client:
        report = await backup(client, path, routes=BLUETALLY_ROUTES)
        assert report.status == "complete"
        assert set(_rows(path, "assets")) == set(fake.ids("assets"))
        assert set(_rows(path, "employees")) == set(fake.ids("employees"))
        fake.store.delete("assets", 5)
        again = await backup(client, path, routes=BLUETALLY_ROUTES)
    assert again.counts["assets"].deleted == 1
    assert 5 in _rows(path, "assets", live=False) and 5 not in _rows(path, "assets")
    with pytest.raises(ValueError, match="documents"):
        await backup(
            client, tmp_path / "x.sqlite", resources=["documents"], routes=BLUETALLY_ROUTES
        )
    with pytest.raises(ValueError, match="configuration_interfaces"):
        await backup(client, tmp_path / "x.sqlite", interfaces=True, routes=BLUETALLY_ROUTES)


async def test_refresh_after_bounds_how_stale_per_record_work_grows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With refresh_after, per-record work last done longer ago is redone, changed or not."""
    from itglue_async.cli import _store

    fake = _fake()
    path = tmp_path / "b.sqlite"
    week = dt.timedelta(days=7)

    async def sections_fetched(days: float, refresh: dt.timedelta | None) -> int:
        monkeypatch.setattr(_store, "_utcnow", lambda: MOMENT + dt.timedelta(days=days))
        fake.clear_requests()
        await _run(fake, path, refresh_after=refresh)
        return sum(r.path.endswith("/relationships/sections") for r in fake.requests)

    documents = fake.count("documents")
    assert await sections_fetched(0, week) == documents  # the first run does them all
    assert await sections_fetched(1, week) == 0  # nothing changed, nothing stale
    assert await sections_fetched(30, None) == 0  # without the option: only on change
    assert await sections_fetched(31, week) == documents  # older than a week: redone
    assert await sections_fetched(32, week) == 0
    with pytest.raises(ValueError, match="refresh_after must be a positive duration"):
        await _run(fake, path, refresh_after=dt.timedelta(0))
