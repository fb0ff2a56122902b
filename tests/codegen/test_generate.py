"""The generator: deterministic, and the committed output matches the spec."""

from __future__ import annotations

from pathlib import Path

from codegen.generate import render_all

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "itglue_async" / "_generated"


def test_golden_output_matches_committed_tree() -> None:
    """Rendering the committed spec gives the committed files byte for byte, and no others."""
    files = render_all(ROOT / "spec" / "itglue.yaml")
    committed = {p.relative_to(OUTPUT).as_posix() for p in OUTPUT.rglob("*.py")}
    assert set(files) == committed
    for rel, text in files.items():
        assert (OUTPUT / rel).read_text(encoding="utf-8") == text, rel


def test_every_file_is_marked_generated() -> None:
    """Each generated file starts with the header naming its spec and generator."""
    for path in OUTPUT.rglob("*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Generated from spec/itglue.yaml by codegen/generate.py"), path
