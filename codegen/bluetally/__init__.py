"""Distil the BlueTally reference (plain text) into ``spec/bluetally.yaml``.

``reference`` reads the layout; this module turns each route's bullets into the spec's
entries. A bullet is ``(Type[, required]) text``; the text may carry ``Options: { a, b }``
(with or without the braces, maybe ending in a full stop), ``Default value is X`` and
``Format: '2022-12-01'`` (a date). On a list route ``limit`` and ``offset`` are the paging,
``sort`` the sortable columns and ``order`` their direction; every other bullet is a filter.
On a write route every bullet but ``id`` is a body attribute; ``POST /checkin/x`` and
``POST /checkout/x`` are actions named after their last segment.

A name documented twice on one route is kept as ``name#2`` for a correction to resolve; the
distiller refuses to finish while one is left. The reference shows no response bodies, so a
resource's attributes are what its routes write (or, for a read-only resource, what its
filters search), the columns it sorts by, and ``created_at``/``updated_at``.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from codegen.bluetally.reference import Bullet, RouteText, read
from codegen.corrections import apply_corrections
from codegen.naming import pascal, singular

SOURCE = "BlueTally API reference (https://app.bluetallyapp.com/api/v1)"
TYPES = {"Integer": "integer", "String": "string", "Boolean": "boolean"}
OPTIONS = re.compile(r"Options:\s*(\{[^}]*\}|.*)$")
DEFAULT = re.compile(r"Default value is ([^.]+(?:\.\d+)?)\.")
DATE_FORMAT = re.compile(r"Format: '\d{4}-\d{2}-\d{2}'")
PAGING = ("limit", "offset")


class DistillError(ValueError):
    """The reference (with its corrections) does not make a valid spec."""


def distill(
    text: str, api: dict[str, Any], corrections: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Return the spec (as plain data) for the reference ``text`` and the ``api`` block."""
    _intro, texts = read(text)
    routes = [_route(t) for t in texts]
    resources: dict[str, Any] = {}
    for route, source in zip(routes, texts, strict=True):
        resources.setdefault(route["resource"], {"title": source.heading, "titles": []})
        resources[route["resource"]]["titles"].append(source.title)
    spec: dict[str, Any] = {
        "format": 1,
        "source": SOURCE,
        "api": copy.deepcopy(api),
        "resources": {},
        "routes": routes,
        "corrections": [],
    }
    if corrections:
        apply_corrections(spec, corrections)
    _refuse_duplicates(spec["routes"])
    for name, facts in resources.items():
        spec["resources"][name] = _resource(name, facts, spec["routes"], api["name"])
    return spec


def options(text: str) -> list[str]:
    """The values of an ``Options:`` clause (braces optional, a final full stop dropped)."""
    match = OPTIONS.search(text)
    if not match:
        return []
    raw = match.group(1).strip().strip("{}").strip().rstrip(".")
    return [v.strip() for v in raw.split(",") if v.strip()]


def _entry(bullet: Bullet) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": TYPES[bullet.type]}
    if DATE_FORMAT.search(bullet.text):
        entry["type"] = "date"
    values = options(bullet.text)
    if values and entry["type"] != "boolean":
        entry["enum"] = values
    default = DEFAULT.search(bullet.text)
    if default:
        entry["default"] = default.group(1).strip()
    entry["description"] = bullet.text
    return entry


def _operation(text: RouteText) -> tuple[str, str]:
    """(operation, kind): the method name on the resource and what sort of call it is."""
    parts = text.path.strip("/").split("/")
    has_id = parts[-1].startswith(":")
    if text.method == "GET":
        return ("get", "get") if has_id else ("list", "list")
    if text.method == "POST" and len(parts) == 2 and not has_id:
        return parts[1], "action"
    kind = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}[text.method]
    return kind, kind


def _keyed(bullets: list[Bullet]) -> list[tuple[str, Bullet]]:
    """Bullets with their keys; a name seen before on the route becomes ``name#2``, ..."""
    seen: dict[str, int] = {}
    out = []
    for bullet in bullets:
        seen[bullet.name] = seen.get(bullet.name, 0) + 1
        count = seen[bullet.name]
        out.append((bullet.name if count == 1 else f"{bullet.name}#{count}", bullet))
    return out


def _route(text: RouteText) -> dict[str, Any]:
    operation, kind = _operation(text)
    path_names = re.findall(r":(\w+)", text.path)
    route: dict[str, Any] = {
        "method": text.method,
        "path": text.path,
        "resource": text.path.strip("/").split("/")[0],
        "operation": operation,
    }
    if kind != operation:
        route["kind"] = kind
    route |= {
        "summary": text.summary,
        "description": text.title if text.title.rstrip(".") != text.summary else "",
        "parent": None,
        "polymorphic": False,
        "path_params": {name: {"type": "integer"} for name in path_names},
        "filters": {},
        "sorts": [],
        "includes": [],
        "query_params": {},
        "body": None,
        "errors": {},
    }
    attributes: dict[str, Any] = {}
    for key, bullet in _keyed(text.bullets):
        entry = _entry(bullet)
        if key in path_names:
            continue
        if kind == "list":
            if key in PAGING:
                route["page"] = {"max_number": None}
            elif key == "sort":
                route["sorts"] = entry.get("enum", [])
                if "default" in entry:
                    route["sort_default"] = entry["default"]
            elif key == "order":
                if "default" in entry:
                    route["order_default"] = entry["default"]
            else:
                entry.pop("default", None)
                route["filters"][key] = entry
        elif kind in ("create", "update", "action"):
            entry["required"] = bullet.required
            # The reference never says which attributes may be cleared; an optional one can.
            entry["nullable"] = not bullet.required
            attributes[key] = entry
    if attributes or kind in ("create", "update", "action"):
        route["body"] = {"kind": "single", "type": route["resource"], "attributes": attributes}
    return route


def _refuse_duplicates(routes: list[dict[str, Any]]) -> None:
    for route in routes:
        tables = [route["filters"], (route["body"] or {}).get("attributes", {})]
        for table in tables:
            left = [k for k in table if "#" in k]
            if left:
                raise DistillError(
                    f"{route['method']} {route['path']} documents {', '.join(left)} twice; "
                    "resolve it in spec/bluetally.corrections.yaml (rename or delete)."
                )


def _searches_a_column(entry: dict[str, Any]) -> bool:
    """Whether a filter matches a column of the record (not a bound such as a start date)."""
    return str(entry.get("description", "")).startswith("Exact search") or "enum" in entry


def _resource(
    name: str, facts: dict[str, Any], routes: list[dict[str, Any]], api_name: str
) -> dict[str, Any]:
    own = [r for r in routes if r["resource"] == name]
    written = [r["body"]["attributes"] for r in own if r["body"]]
    searched = [{k: e for k, e in r["filters"].items() if _searches_a_column(e)} for r in own]
    types: dict[str, set[str]] = {}
    for table in written or searched:
        for key, entry in table.items():
            types.setdefault(key, set()).add(entry["type"])
    for route in own:
        for column in route["sorts"]:
            known = route["filters"].get(column, {}).get("type")
            types.setdefault(column, set()).add(known or "any")
    for stamp in ("created_at", "updated_at"):
        types[stamp] = {"datetime"}
    attributes: dict[str, Any] = {}
    for key in sorted(types):
        kinds = types[key] - {"any"} or {"any"}
        attributes[key] = {"type": kinds.pop() if len(kinds) == 1 else "any"}
    single = singular(name)
    return {
        "title": facts["title"],
        "singular": single,
        "model": pascal(single),
        "type": name,
        "description": f"{facts['title']} in {api_name}. Routes: "
        + "; ".join(facts["titles"])
        + ".",
        "attributes": attributes,
        "relationships": [],
    }
