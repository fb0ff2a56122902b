"""The benchmark code keeps working: a tiny decode run and the README writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.__main__ import END, START, table, write_readme
from tests.bench.scenarios import Row, Scale, decode

pytestmark = pytest.mark.anyio


async def test_decode_scenario_reports_a_ratio() -> None:
    """The decode scenario measures the client's listing with and without orjson, against
    json.loads of the same bytes, and reports a row for each."""
    rows = await decode(Scale(decode_records=20))
    assert [r.measure.split(" (")[1].split(")")[0] for r in rows] == [
        "json, no extra",
        "orjson, speedups extra",
    ]
    for row in rows:
        assert row.figure.endswith("x") and float(row.figure[:-1]) > 0.5
        assert "per record" in row.note


def test_write_readme_replaces_only_the_marked_table(tmp_path: Path) -> None:
    """--write-readme swaps the text between the markers and keeps the rest."""
    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{START}\nold table\n{END}\noutro\n", encoding="utf-8")
    write_readme(table([Row("s", "m", "1.0x", "n")]), readme)
    text = readme.read_text(encoding="utf-8")
    assert "old table" not in text
    assert "| s | m | 1.0x | n |" in text
    assert text.startswith("intro\n") and text.endswith("outro\n")
    readme.write_text("no markers\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        write_readme("x", readme)
