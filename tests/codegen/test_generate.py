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
