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


def test_api_md_lists_every_method_and_fails_the_check_when_it_drifts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """api.md holds a section per resource of both APIs with each method's signature and the
    models; --check fails when the committed page differs from what the specs give."""
    import codegen.__main__ as command

    text = (ROOT / "api.md").read_text(encoding="utf-8")
    from itglue_async import ROUTES
    from itglue_async.bluetally import ROUTES as BLUETALLY

    for route in (*ROUTES, *BLUETALLY):
        assert f"### `client.{route.resource}` (" in text
    section = text.split("### `client.configurations` (IT Glue)", 1)[1].split("\n### ", 1)[0]
    for method in ("list", "get", "create", "update", "bulk_update", "bulk_destroy"):
        assert f"def {method}(" in section
    assert ") -> Paginator[models.Configuration]" in section
    assert "extra_attributes: Mapping[str, Any] | None = None" in section
    assert "`client.configurations.with_raw_response`: `list`, `get`, `create`, `update`" in section
    assert "**`Configuration`**" in text and "**`Asset`**" in text
    copy = tmp_path / "api.md"
    copy.write_text(text.replace("def list(", "def listing(", 1), encoding="utf-8")
    assert command._generate(None, True, api_md=copy) == 1
    assert "api.md differs" in capsys.readouterr().out
    assert copy.read_text(encoding="utf-8").count("def listing(") == 1  # nothing written


def test_without_the_package_dependencies_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The generator loads specs into the package's route types; run where the package's
    dependencies are not installed, it names the missing one and the install, not a traceback."""
    import sys

    from codegen.__main__ import main

    monkeypatch.setitem(sys.modules, "itglue_async", None)
    assert main(["--check"]) == 2
    assert capsys.readouterr().err == (
        "python -m codegen needs the package and its dependencies (itglue_async is missing): "
        'python -m pip install -e ".[codegen]"\n'
    )
