"""The overlay of routes added after a reference: merged, marked, sourced, and refused when wrong."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.additions import AdditionError, apply_additions
from codegen.validate import validate_spec

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = yaml.safe_load((ROOT / "spec" / "itglue.additions.yaml").read_text(encoding="utf-8"))


def _base() -> dict[str, Any]:
    return {
        "resources": {
            "pets": {
                "title": "Pets",
                "singular": "pet",
                "model": "Pet",
                "type": "pets",
                "description": "A pet.",
                "attributes": {"name": {"type": "string"}},
                "relationships": [],
            }
        },
        "routes": [{"method": "GET", "path": "/pets", "resource": "pets", "operation": "list"}],
    }


def _overlay(**route: Any) -> dict[str, Any]:
    entry = {
        "method": "GET",
        "path": "/pets/:id",
        "resource": "pets",
        "operation": "get",
        "summary": "Show a pet",
        "source": "notes (seen live)",
        "confidence": "high",
        **route,
    }
    return {
        "sources": {"notes": "the vendor's release notes"},
        "resources": {"pets": {"attributes": {"age": {"type": "integer"}}}},
        "routes": [entry],
    }


def test_added_route_is_marked_and_its_sources_spelled_out() -> None:
    """The distiller marks added routes and spells out their sources."""
    spec = _base()
    apply_additions(spec, _overlay())
    added = spec["routes"][-1]
    assert added["documented"] is False
    assert added["source"] == "the vendor's release notes (seen live)"
    assert added["path_params"] == {"id": {"type": "integer"}}
    assert set(spec["resources"]["pets"]["attributes"]) == {"age", "name"}


def test_notes_may_hold_semicolons() -> None:
    """A source note may hold semicolons without being split."""
    spec = _base()
    overlay = _overlay(source="notes (no body; may be empty); notes")
    overlay["sources"]["notes"] = "N"
    apply_additions(spec, overlay)
    assert spec["routes"][-1]["source"] == "N (no body; may be empty); N"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"source": "blog"}, "'blog' is not a source (known: notes)"),
        ({"path": "/pets"}, "GET /pets is documented already"),
        ({"resource": "cats"}, "no resource 'cats'"),
        ({"confidence": None}, "has no confidence"),
    ],
)
def test_wrong_overlay_is_refused_with_the_reason(change: dict[str, Any], message: str) -> None:
    """A wrong overlay entry is refused with the reason."""
    overlay = _overlay(**{k: v for k, v in change.items() if v is not None})
    if change.get("confidence", "") is None:
        del overlay["routes"][0]["confidence"]
    with pytest.raises(AdditionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        apply_additions(_base(), overlay)


def test_committed_spec_holds_the_overlay_merged_and_valid() -> None:
    """The committed spec carries every overlay route, sources spelled out, and validates."""
    from codegen.spec_io import load_spec

    spec = load_spec(ROOT / "spec" / "itglue.yaml")
    validate_spec(copy.deepcopy(spec))
    added = {(r["method"], r["path"]): r for r in spec["routes"] if r.get("documented") is False}
    assert set(added) == {(r["method"], r["path"]) for r in OVERLAY["routes"]}
    spelled = tuple(OVERLAY["sources"].values())
    for route in added.values():
        assert route["source"].startswith(spelled), route["source"]
