"""The distiller, on a committed excerpt of the reference, and the committed spec."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from codegen._text import clean, repair_json
from codegen.corrections import CorrectionError, apply_corrections
from codegen.distill import distill
from codegen.spec_io import load_spec
from codegen.validate import SpecError, validate_spec

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
API = yaml.safe_load((ROOT / "spec" / "itglue.api.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def excerpt() -> dict:
    return distill((FIXTURES / "excerpt.md").read_text(encoding="utf-8"), API)


def _route(spec: dict, method: str, path: str) -> dict:
    return next(r for r in spec["routes"] if r["method"] == method and r["path"] == path)


def test_excerpt_resources_and_routes(excerpt: dict) -> None:
    """Resource sections and grouped route headings are all found."""
    assert set(excerpt["resources"]) == {"user_metrics", "logs", "configurations"}
    pairs = {(r["method"], r["path"]) for r in excerpt["routes"]}
    assert ("GET", "/organizations/:organization_id/relationships/configurations") in pairs
    assert ("DELETE", "/configurations") in pairs
    assert len(pairs) == 1 + 1 + 11


def test_grouped_headings_share_params(excerpt: dict) -> None:
    """Both headings of a group get the shared table; the sibling's parent id is a path param only."""
    top = _route(excerpt, "GET", "/configurations")
    nested = _route(excerpt, "GET", "/organizations/:organization_id/relationships/configurations")
    assert top["filters"] == nested["filters"]
    assert "organization_id" not in top["query_params"]
    assert nested["parent"] == "organization_id"
    assert top["summary"] == "List all configurations in your account"


def test_filters_sorts_includes(excerpt: dict) -> None:
    """Filter types, enums, comma-separated lists, sorts and includes are parsed."""
    route = _route(excerpt, "GET", "/configurations")
    assert route["filters"]["id"] == {"type": "integer", "required": False, "list": True}
    assert route["filters"]["archived"]["type"] == "boolean"
    assert "autotask" in route["filters"]["psa_integration_type"]["enum"]
    assert route["filters"]["psa_id"]["requires"] == "filter.psa_integration_type"
    assert route["sorts"] == ["name", "id", "created_at", "updated_at"]
    assert "configuration_interfaces" in route["includes"]


def test_logs_page_cap_and_date_range(excerpt: dict) -> None:
    """'Must be a value between 1 and 5' becomes the page cap; created_at is a date range."""
    route = _route(excerpt, "GET", "/logs")
    assert route["page"] == {"max_number": 5}
    assert route["filters"]["created_at"]["format"] == "date_range"


def test_bodies(excerpt: dict) -> None:
    """Body kinds, nullability, required-ness and restrictions come from the table."""
    create = _route(excerpt, "POST", "/configurations")["body"]
    assert create["kind"] == "single"
    assert create["attributes"]["name"]["required"] is True
    assert create["attributes"]["notes"]["nullable"] is True
    assert create["attributes"]["organization_id"]["required_unless_nested"] is True
    rel = create["attributes"]["configuration_interfaces"]
    assert rel["location"] == "relationships" and "update" in rel["not_permitted"]
    assert _route(excerpt, "POST", "/organizations/:organization_id/relationships/configurations")[
        "body"
    ]["array_create"]
    assert _route(excerpt, "PATCH", "/configurations")["body"]["kind"] == "bulk_update"
    destroy = _route(excerpt, "DELETE", "/configurations")["body"]
    assert destroy["kind"] == "bulk_destroy" and destroy["exclusive_with_filter"] is True


def test_response_attribute_types(excerpt: dict) -> None:
    """Response attribute types are inferred from the example bodies."""
    attrs = excerpt["resources"]["configurations"]["attributes"]
    assert attrs["created_at"]["type"] == "datetime"
    assert attrs["name"]["type"] == "string"
    assert excerpt["resources"]["user_metrics"]["attributes"]["date"]["type"] == "date"


def test_repair_json_cases() -> None:
    """Unquoted IPs, trailing commas, placeholders, missing commas and brackets are repaired."""
    value, repairs = repair_json('{"ip": 127.0.0.1, "a": [1, 2,], "b": {...}}')
    assert value == {"ip": "127.0.0.1", "a": [1, 2], "b": {}}
    assert len(repairs) == 3
    value, repairs = repair_json('{"a": 1\n "b": 2}')
    assert value == {"a": 1, "b": 2}
    value, _ = repair_json('{"data": [{"a": 1}\n]')
    assert value == {"data": [{"a": 1}]}
    with pytest.raises(ValueError):
        repair_json("{not json at all")


def test_clean_undoes_escapes() -> None:
    """Markdown escapes and non-breaking spaces are removed."""
    assert clean("filter[user\\_id]\xa0x") == "filter[user_id] x"


def test_corrections_apply_and_need_reasons(excerpt: dict) -> None:
    """A correction changes its target and is recorded; one without a reason is refused."""
    spec = distill((FIXTURES / "excerpt.md").read_text(encoding="utf-8"), API)
    apply_corrections(spec, [{"route": "GET /logs", "path": "summary", "set": "x", "reason": "r"}])
    assert _route(spec, "GET", "/logs")["summary"] == "x"
    assert spec["corrections"][-1]["reason"] == "r"
    with pytest.raises(CorrectionError, match="no reason"):
        apply_corrections(spec, [{"route": "GET /logs", "path": "summary", "set": "y"}])
    with pytest.raises(CorrectionError, match="no route"):
        apply_corrections(spec, [{"route": "GET /nope", "path": "x", "set": 1, "reason": "r"}])


def test_committed_spec_has_exactly_the_documented_routes() -> None:
    """spec/itglue.yaml holds the 159 documented (method, path) pairs, and the overlay's apart."""
    spec = load_spec(ROOT / "spec" / "itglue.yaml")
    documented = {
        tuple(line.split(" ", 1)) for line in (FIXTURES / "routes.txt").read_text().splitlines()
    }
    in_spec = {(r["method"], r["path"]) for r in spec["routes"] if r.get("documented", True)}
    added = [r for r in spec["routes"] if r.get("documented", True) is False]
    assert len(documented) == 159
    assert in_spec == documented
    assert len(added) == 17
    assert all(r["source"] and r["confidence"] in ("high", "medium") for r in added)
    assert {r["resource"] for r in added} == {
        "documents",
        "document_sections",
        "document_images",
        "document_folders",
    }
    assert len(spec["resources"]) == 34


def test_committed_spec_applies_the_named_corrections() -> None:
    """The corrections the spec issue names are present in the committed spec."""
    spec = load_spec(ROOT / "spec" / "itglue.yaml")
    fa = _route(spec, "GET", "/flexible_assets")
    assert fa["filters"]["flexible_asset_type_id"]["required"] is True
    assert _route(spec, "POST", "/exports")["body"]["wrapped"] is True
    fat = _route(spec, "POST", "/flexible_asset_types")["body"]["attributes"]["fields"]
    assert fat["location"] == "relationships"
    assert spec["api"]["auth"]["invalid_key_statuses"] == [401, 403]
    assert all(c["reason"] for c in spec["corrections"])


def test_broken_spec_error_names_yaml_path() -> None:
    """Validation errors name the YAML path of the problem."""
    spec = yaml.safe_load((ROOT / "spec" / "itglue.yaml").read_text(encoding="utf-8"))
    spec["routes"][3]["operation"] = "frobnicate"
    with pytest.raises(SpecError, match=r"\$\.routes\[3\]\.kind: .frobnicate. is not one of"):
        validate_spec(spec)
    spec = yaml.safe_load((ROOT / "spec" / "itglue.yaml").read_text(encoding="utf-8"))
    del spec["api"]["base_urls"]
    with pytest.raises(SpecError, match=r"\$\.api: missing required key 'base_urls'"):
        validate_spec(spec)
