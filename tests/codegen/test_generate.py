"""The generator: deterministic, and the committed output matches every spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.generate import package_dir, render
from codegen.spec_io import spec_files

ROOT = Path(__file__).resolve().parents[2]
SPECS = spec_files(ROOT / "spec")


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_golden_output_matches_committed_tree(spec: Path) -> None:
    """Rendering a committed spec gives the committed files byte for byte, and no others."""
    context, files = render(spec)
    owned = package_dir(context)
    committed = {p.relative_to(ROOT).as_posix() for p in owned.rglob("*.py")}
    assert {rel for rel in files if rel.startswith(owned.relative_to(ROOT).as_posix())} == committed
    for rel, text in files.items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, rel


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_every_file_is_marked_generated(spec: Path) -> None:
    """Each generated file starts with the header naming its spec and generator."""
    context, _ = render(spec)
    for path in package_dir(context).rglob("*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(f"# Generated from spec/{spec.name} by codegen/generate.py"), path


def test_there_is_a_spec() -> None:
    """The spec directory holds the IT Glue spec (and no input file is taken for a spec)."""
    assert "itglue.yaml" in [s.name for s in SPECS]
    assert all(s.stem.count(".") == 0 for s in SPECS)


def test_check_mode_reports_drift_and_writes_nothing(tmp_path: Path) -> None:
    """--check lists a changed, a missing and a stale file, and leaves the tree as it was."""
    from codegen.generate import write_or_check

    files = {"pkg/a.py": "a = 1\n", "pkg/b.py": "b = 2\n"}
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("a = 0\n")
    (tmp_path / "pkg" / "old.py").write_text("old = 1\n")
    drift = write_or_check(files, tmp_path, tmp_path / "pkg", check=True)
    assert drift == ["changed: pkg/a.py", "missing: pkg/b.py", "stale: pkg/old.py"]
    assert (tmp_path / "pkg" / "a.py").read_text() == "a = 0\n"
    assert write_or_check(files, tmp_path, tmp_path / "pkg", check=False) == drift
    assert sorted(p.name for p in (tmp_path / "pkg").iterdir()) == ["a.py", "b.py"]
    assert write_or_check(files, tmp_path, tmp_path / "pkg", check=True) == []


def test_command_line_renders_one_spec_or_all(capsys: pytest.CaptureFixture[str]) -> None:
    """``--spec`` checks one spec; without it every spec under spec/ is checked."""
    from codegen.__main__ import main

    assert main(["--check", "--spec", str(ROOT / "spec" / "itglue.yaml")]) == 0
    assert main(["--check"]) == 0
    out = capsys.readouterr().out
    assert out.count("is up to date with itglue.yaml") == 2
