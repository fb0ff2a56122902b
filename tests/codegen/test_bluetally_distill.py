"""The BlueTally distiller: the reference's plain-text layout read into the spec format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.bluetally import DistillError, distill, options
from codegen.bluetally.reference import read
from codegen.spec_io import load_spec

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
API = yaml.safe_load((ROOT / "spec" / "bluetally.api.yaml").read_text(encoding="utf-8"))
CORRECTIONS = yaml.safe_load(
    (ROOT / "spec" / "bluetally.corrections.yaml").read_text(encoding="utf-8")
)
EXCERPT = (FIXTURES / "bluetally_excerpt.txt").read_text(encoding="utf-8")


def _route(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    return next(r for r in spec["routes"] if r["method"] == method and r["path"] == path)


@pytest.fixture(scope="module")
def excerpt() -> dict[str, Any]:
    # The corrections of routes the excerpt holds (the others have nothing to correct there).
    fixes = []
    for fix in CORRECTIONS:
        routes = fix["route"] if isinstance(fix["route"], list) else [fix["route"]]
        kept = [r for r in routes if f"'{r.split(' ', 1)[1]}'" in EXCERPT]
        if kept:
            fixes.append({**fix, "route": kept})
    return distill(EXCERPT, API, fixes)


def test_layout_headings_titles_and_bullets() -> None:
    """Headings, route titles and bullets are found; the intro stays out of the routes."""
    intro, routes = read(EXCERPT)
    assert intro.startswith("Introduction") and "tenant_id" in intro
    assert [r.heading for r in routes[:6]] == ["Accessories"] * 5 + ["Activity"]
    first = routes[0]
    assert (first.method, first.path, first.title) == (
        "GET",
        "/accessories",
        "Returns all accessories",
    )
    assert first.bullets[0].name == "limit" and first.bullets[0].type == "Integer"
    create = routes[2]
    assert [(b.name, b.required) for b in create.bullets][:2] == [
        ("name", True),
        ("model_number", False),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Type. Options: { accessory, asset }", ["accessory", "asset"]),
        ("Order. Options: asc, desc", ["asc", "desc"]),
        (
            "Kind. Default value is Fixed Date. Options: Fixed Date, Individual Per Asset.",
            ["Fixed Date", "Individual Per Asset"],
        ),
        ("Name.", []),
    ],
)
def test_options_with_and_without_braces(text: str, values: list[str]) -> None:
    """Options are read with or without braces, and a closing full stop is not a value."""
    assert options(text) == values


def test_list_routes_page_sort_and_filter(excerpt: dict[str, Any]) -> None:
    """limit/offset make a paged route, sort its columns, every other bullet a filter."""
    route = _route(excerpt, "GET", "/accessories")
    assert route["page"] == {"max_number": None}
    assert route["sorts"][:3] == ["created_at", "updated_at", "name"]
    assert route["sort_default"] == "name" and route["order_default"] == "asc"
    assert route["filters"]["purchase_date"]["type"] == "date"
    assert route["filters"]["qr_code"]["type"] == "boolean"
    assert "limit" not in route["filters"] and "order" not in route["filters"]


def test_write_routes_bodies_and_actions(excerpt: dict[str, Any]) -> None:
    """Create and update bodies, and checkin/checkout actions named after their segment."""
    create = _route(excerpt, "POST", "/accessories")["body"]["attributes"]
    assert create["name"]["required"] is True and create["name"]["nullable"] is False
    assert create["notes"]["nullable"] is True
    update = _route(excerpt, "PUT", "/accessories/:id")
    assert (
        update["path_params"] == {"id": {"type": "integer"}}
        and "id" not in update["body"]["attributes"]
    )
    action = _route(excerpt, "POST", "/checkout/asset")
    assert (action["operation"], action["kind"]) == ("asset", "action")
    assert action["body"]["attributes"]["checkout_date"]["type"] == "date"


def test_a_name_documented_twice_must_be_resolved() -> None:
    """Without its corrections the excerpt fails, naming the route and the doubled name."""
    with pytest.raises(DistillError, match=r"POST /accessories documents location_id#2"):
        distill(EXCERPT, API, [])


def test_corrections_resolve_the_named_inconsistencies(excerpt: dict[str, Any]) -> None:
    """Doubled names, checkout asset_id, custom_fields and the activity sort are corrected."""
    accessory = _route(excerpt, "POST", "/accessories")["body"]["attributes"]
    assert accessory["department_id"]["type"] == "integer"
    assert "location_id#2" not in accessory
    assert _route(excerpt, "GET", "/depreciations")["filters"]["minimum_value"]["type"] == "integer"
    assert (
        _route(excerpt, "POST", "/checkout/asset")["body"]["attributes"]["asset_id"]["type"]
        == "integer"
    )
    fields = accessory["custom_fields"]
    assert fields["type"] == "array" and set(fields["properties"]) == {"name", "value"}
    assert _route(excerpt, "GET", "/activity")["sort_default"] == "created_at"
    assert all(c["reason"] for c in excerpt["corrections"])


def test_committed_spec_has_exactly_the_documented_routes() -> None:
    """spec/bluetally.yaml holds the 91 (method, path) pairs of the reference, both ways."""
    spec = load_spec(ROOT / "spec" / "bluetally.yaml")
    documented = {
        tuple(line.split(" ", 1))
        for line in (FIXTURES / "bluetally_routes.txt").read_text().splitlines()
    }
    in_spec = {(r["method"], r["path"]) for r in spec["routes"]}
    assert len(documented) == 91
    assert in_spec == documented
    assert len(spec["resources"]) == 20


def test_committed_spec_resolves_every_doubled_name() -> None:
    """No route of the committed spec keeps a doubled name, and the custom fields are arrays."""
    spec = load_spec(ROOT / "spec" / "bluetally.yaml")
    for route in spec["routes"]:
        tables = [route["filters"], (route["body"] or {}).get("attributes", {})]
        assert not [k for t in tables for k in t if "#" in k], route["path"]
        custom = (route["body"] or {}).get("attributes", {}).get("custom_fields")
        if custom is not None:
            assert custom["type"] == "array", route["path"]
    update = _route(spec, "PUT", "/maintenances/:id")["body"]["attributes"]["type"]
    assert "hardware support" in update["enum"]
