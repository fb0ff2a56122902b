"""The command line as a user runs it: output formats, exit statuses, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itglue_async.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def test_list_formats_parse(capsys: pytest.CaptureFixture[str]) -> None:
    """list writes JSON, JSONL, CSV and tables that parse, with nothing on stderr."""
    status, text = _run("list", "organizations", "--fake", "--format", "json")
    assert status == 0
    orgs = json.loads(text)
    assert len(orgs) == 20 and {"id", "name"} <= set(orgs[0])
    status, text = _run("list", "configurations", "--fake", "--format", "jsonl", "--limit", "7")
    lines = [json.loads(line) for line in text.splitlines()]
    assert status == 0 and len(lines) == 7
    status, text = _run(
        "list", "configurations", "--fake", "--format", "csv", "--filter", "organization_id=2"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert status == 0 and rows and all(r["organization_id"] == "2" for r in rows)
    assert rows[0]["id"] and rows[0]["name"]
    status, text = _run("list", "organizations", "--fake", "--limit", "3")
    assert status == 0 and orgs[0]["name"] in text
    assert capsys.readouterr().err == ""  # data on stdout, nothing on stderr


def test_get_and_nested_listing() -> None:
    """get and nested listings (--parent) work, with filters and sorts."""
    status, text = _run("get", "organizations", "2", "--fake", "--format", "json")
    assert status == 0 and json.loads(text)["id"] == 2
    status, text = _run(
        "list", "documents", "--fake", "--parent", "organization_id=1", "--format", "json"
    )
    docs = json.loads(text)
    assert status == 0 and docs and all(d["organization_id"] == 1 for d in docs)
    assert any(d["document_folder_id"] for d in docs)  # foldered documents included
    status, text = _run(
        "list",
        "configurations",
        "--fake",
        "--filter",
        "id=1,2,3",
        "--sort=-name",
        "--format",
        "jsonl",
    )
    names = [json.loads(line)["name"] for line in text.splitlines()]
    assert status == 0 and len(names) == 3 and names == sorted(names, reverse=True)


def test_password_values_are_masked_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """Password values print masked unless --show-password-values."""
    status, text = _run("get", "passwords", "1", "--fake", "--format", "json")
    assert status == 0 and json.loads(text)["password"] == "********"
    status, text = _run(
        "get", "passwords", "1", "--fake", "--format", "json", "--show-password-values"
    )
    assert status == 0 and json.loads(text)["password"] not in ("********", None)


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["list", "configurations", "--fake", "--filter", "nmae=x"], 2, "valid filters"),
        (["list", "flexible_assets", "--fake"], 2, "filter[flexible_asset_type_id] is required"),
        (["list", "configurationz", "--fake"], 2, "valid: "),
        (["list", "documents", "--fake"], 2, "--parent organization_id=ID"),
        (["list", "configurations", "--fake", "--filter", "archived=maybe"], 2, "true or false"),
        (["list", "configurations", "--fake", "--filter", "novalue"], 2, "NAME=VALUE"),
        (["get", "organizations", "999", "--fake"], 1, "404"),
        (["get", "organizations", "x", "--fake"], 2, "invalid int value"),
        (["bogus"], 2, "invalid choice"),
        (["backup", "/nonexistent-dir/x.sqlite", "--fake", "--resources", "nope"], 2, "nope"),
        (["backup", "/nonexistent-dir/x.sqlite", "--fake"], 2, "Cannot use /nonexistent-dir"),
    ],
)
def test_errors_exit_non_zero_with_one_clear_line(
    capsys: pytest.CaptureFixture[str], args: list[str], status: int, words: str
) -> None:
    """Errors exit non-zero with one clear line on stderr."""
    got, text = _run(*args)
    err = capsys.readouterr().err
    assert got == status
    assert text == ""
    assert words in err
    assert "Traceback" not in err


def test_a_missing_key_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing API key is a usage error naming the variable."""
    monkeypatch.delenv("ITGLUE_API_KEY", raising=False)
    status, _ = _run("list", "organizations")
    err = capsys.readouterr().err
    assert status == 2
    assert err.strip().splitlines() == [
        "itglue-async: error: No API key: set the ITGLUE_API_KEY environment variable "
        "(or try --fake)."
    ]


def test_backup_command_writes_a_queryable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """backup --fake writes a queryable file, and a second run records the fake's changes."""
    path = tmp_path / "backup.sqlite"
    status, text = _run("backup", str(path), "--fake", "--progress", "always")
    err = capsys.readouterr().err
    assert status == 0 and text == ""
    assert "configurations: 500 records, 500 new" in err
    assert "run 1 complete" in err
    db = sqlite3.connect(path)
    live = db.execute("SELECT COUNT(*) FROM configurations WHERE deleted_at IS NULL").fetchone()
    name = db.execute(
        "SELECT json_extract(record, '$.attributes.name') FROM organizations WHERE id = 1"
    ).fetchone()
    db.close()
    assert live == (500,) and name[0]
    # The fake account moves on a day between runs: the second run records what changed.
    status, _ = _run("backup", str(path), "--fake", "--progress", "never")
    err = capsys.readouterr().err
    assert status == 0 and "run 2 complete" in err and "1 new, 4 changed, 1 deleted" in err
    assert len(err.strip().splitlines()) == 1
    db = sqlite3.connect(path)
    gone = db.execute("SELECT COUNT(*) FROM contacts WHERE deleted_run = 2").fetchone()
    renamed = db.execute(
        "SELECT COUNT(*) FROM documents WHERE json_extract(record, '$.attributes.name') = "
        "'Runbook v1'"
    ).fetchone()
    db.close()
    assert gone == (1,) and renamed == (1,)


def test_backup_attachments_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """backup --attachments is recorded in the run's options and creates the attachments table."""
    path = tmp_path / "backup.sqlite"
    args = ("backup", str(path), "--fake", "--progress", "never", "--resources", "contacts")
    status, _ = _run(*args, "--attachments")
    assert status == 0 and "run 1 complete" in capsys.readouterr().err
    db = sqlite3.connect(path)
    options = json.loads(db.execute("SELECT options FROM runs").fetchone()[0])
    owners = db.execute("SELECT DISTINCT parent_type FROM attachments").fetchall()
    stored = db.execute("SELECT COUNT(*) FROM attachments").fetchone()[0]
    db.close()
    assert options["attachments"] is True and options["resources"] == ["contacts"]
    assert owners == [("contacts",)] and stored > 0  # the seeded account's, on contacts


def test_importing_the_package_imports_no_command_line() -> None:
    """Importing itglue_async imports neither the command line nor rich (beyond httpx's own).

    httpx imports rich for its own command line when rich and click are both installed, so
    what ``import httpx`` alone brings is subtracted.
    """
    code = (
        "import sys, httpx\n"
        "before = set(sys.modules)\n"
        "import itglue_async\n"
        "new = set(sys.modules) - before\n"
        "assert not [m for m in new if m.startswith(('itglue_async.cli', 'rich'))], new\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plain_output_without_rich() -> None:
    """Without the cli extra, on a terminal too, tables and progress fall back to plain text."""
    code = (
        "import sys; sys.modules['rich'] = None\n"
        "sys.stdout.isatty = lambda: True\n"
        "from itglue_async.cli import main\n"
        "sys.exit(main(['list', 'organizations', '--fake', '--limit', '2']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("id") and set(lines[1]) <= {"-", " "} and len(lines) == 4


def test_console_script_and_module_entry_points() -> None:
    """The console script and python -m both run the command line."""
    script = Path(sys.executable).with_name("itglue-async")
    for command in ([str(script)], [sys.executable, "-m", "itglue_async"]):
        done = subprocess.run(
            [*command, "list", "organizations", "--fake", "--limit", "1", "--format", "json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "ITGLUE_API_KEY": ""},
        )
        assert done.returncode == 0, done.stderr
        assert len(json.loads(done.stdout)) == 1


def test_rich_progress_draws_bars_and_the_request_rate() -> None:
    """Rich progress draws a bar per resource and the request rate."""
    from itglue_async.cli._progress import Rich, make

    out = io.StringIO()
    assert make("auto", out, None) is None  # not a terminal: quiet
    assert make("never", out, None) is None
    with Rich(out, (3000, 300.0)) as bars:
        bars.start("configurations")
        bars.total("configurations", 1000)
        bars.advance("configurations", 1000)
        bars.requests(2, 0)
        bars.finish("configurations", "1000 records, 1000 new")
        bars.start("domains")
        bars.finish("domains", "0 records")
    text = out.getvalue()
    assert "configurations" in text and "1000 records, 1000 new" in text
    assert "of 600/min allowed" in text


def test_a_file_that_is_not_a_backup_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path that cannot hold a backup is a one-line usage error."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, " * 100)
    status, _ = _run("backup", str(notes), "--fake")
    err = capsys.readouterr().err
    assert status == 2 and "as a backup file" in err and len(err.strip().splitlines()) == 1
    assert notes.read_text() == "not a database, " * 100


def test_the_readme_restore_queries_run_on_a_backup(tmp_path: Path) -> None:
    """Every statement of the README's SQL block runs on a backup of the seeded fake, and the
    ones about configuration 455 and document 10 find them."""
    import re

    import anyio

    from itglue_async.cli import _seeded_fake
    from itglue_async.cli._backup import backup

    block = re.search(r"```sql\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert block, "the README lost its restore queries"
    statements = [s.strip() for s in block.group(1).split(";") if s.strip()]
    path = tmp_path / "b.sqlite"
    created: list[int] = []

    async def make() -> None:
        fake = _seeded_fake(0)
        async with fake.client() as client:
            made = await client.attachments.create("configurations", 455, ("rack.pdf", b"%PDF"))
            created.append(made.id)
            await backup(client, path, attachments=True)

    anyio.run(make)
    db = sqlite3.connect(path)
    try:
        results = {s.splitlines()[0]: db.execute(s).fetchall() for s in statements}
    finally:
        db.close()
    assert len(results) == len(statements) >= 5
    found = {k: v for k, v in results.items() if "455" in k or "document's text" in k}
    assert len(found) == 3 and all(found.values()), found
    attachment = next(v for k, v in results.items() if "attachments" in k)
    assert ("rack.pdf", f"{created[0]}") in {(n, u.rsplit("/", 1)[1]) for n, u in attachment}


def test_options_a_route_does_not_offer_are_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An --include, --sort or --filter the route does not document is a usage error."""
    for args, words in (
        (
            ("list", "countries", "--fake", "--include", "regions"),
            "countries list takes no --include",
        ),
        (("get", "countries", "1", "--fake", "--include", "x"), "countries get takes no --include"),
        (("list", "tenants", "--api", "bluetally", "--fake", "--sort=name"), "no --sort"),
        (("list", "tenants", "--api", "bluetally", "--fake", "--filter", "a=b"), "no --filter"),
    ):
        status, text = _run(*args)
        err = capsys.readouterr().err
        assert status == 2 and text == "" and words in err, (args, err)
        assert len(err.strip().splitlines()) == 1


def test_bluetally_from_the_shell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--api bluetally`` lists, gets and backs up BlueTally on the same commands."""
    status, text = _run("list", "assets", "--api", "bluetally", "--fake", "--format", "json")
    assets = json.loads(text)
    assert status == 0 and len(assets) == 50 and {"id", "asset_name"} <= set(assets[0])
    status, text = _run(
        "list", "assets", "--api", "bluetally", "--fake", "--sort=-purchase_date",
        "--filter", "status_id=2", "--format", "jsonl",
    )  # fmt: skip
    rows = [json.loads(line) for line in text.splitlines()]
    dates = [r["purchase_date"] for r in rows]
    assert status == 0 and rows and all(r["status_id"] == 2 for r in rows)
    assert dates == sorted(dates, reverse=True)
    status, text = _run("get", "assets", "7", "--api", "bluetally", "--fake", "--format", "json")
    assert status == 0 and json.loads(text)["id"] == 7
    capsys.readouterr()

    path = tmp_path / "bt.sqlite"
    status, _ = _run("backup", str(path), "--api", "bluetally", "--fake", "--progress", "never")
    assert status == 0 and "run 1 complete" in capsys.readouterr().err
    db = sqlite3.connect(path)
    stored = db.execute("SELECT COUNT(*) FROM assets WHERE deleted_at IS NULL").fetchone()
    record = json.loads(db.execute("SELECT record FROM assets WHERE id = 7").fetchone()[0])
    db.close()
    assert stored == (50,) and record["attributes"]["asset_name"] and "type" not in record
    status, _ = _run("backup", str(path), "--api", "bluetally", "--fake", "--progress", "never")
    assert status == 0 and "0 new, 0 changed, 0 deleted" in capsys.readouterr().err

    for args, words in (
        (("list", "assets", "--api", "bluetally", "--fake", "--region", "eu"), "--region"),
        (("backup", str(path), "--api", "bluetally", "--fake", "--attachments"), "IT Glue"),
        (("list", "assets", "--api", "bluetally", "--fake", "--include", "x"), "no --include"),
        (("list", "gadgets", "--api", "bluetally", "--fake"), "valid: accessories, activity"),
    ):
        status, _ = _run(*args)
        assert status == 2 and words in capsys.readouterr().err, args


def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    """``itglue-async list ... | head -1``: no traceback, the shell's closed-pipe status."""
    command = [sys.executable, "-m", "itglue_async", "list", "configurations", "--fake"]
    process = subprocess.Popen(
        [*command, "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(b"id,")
    process.stdout.close()  # 500 rows do not fit the pipe: the command meets the closed end
    status = process.wait(timeout=60)
    err = process.stderr.read()
    process.stderr.close()
    assert status == 141 and b"Traceback" not in err, err


def test_refresh_after_takes_a_positive_number_of_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--refresh-after DAYS redoes old per-record work; a bad number of days is a usage error."""
    path = tmp_path / "b.sqlite"
    for days in ("0", "-2", "nan", "1e9"):
        status, _ = _run("backup", str(path), "--fake", "--refresh-after", days)
        assert status == 2 and "--refresh-after takes days above 0" in capsys.readouterr().err
    assert not path.exists()  # refused before the file was made
    status, _ = _run("backup", str(path), "--fake", "--progress", "never", "--refresh-after", "7")
    assert status == 0 and "run 1 complete" in capsys.readouterr().err
    db = sqlite3.connect(path)
    options = json.loads(db.execute("SELECT options FROM runs").fetchone()[0])
    done = db.execute("SELECT COUNT(*) FROM documents WHERE fanout_at IS NOT NULL").fetchone()
    db.close()
    assert options["refresh_after"] == 7 * 86400 and done == (60,)
