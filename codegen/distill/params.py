"""The Params-row grammar: what one row of a route's Params table makes of the route.

A row is a path parameter, a filter (``filter[a][b]``), the sort or include enum, a page
parameter, a body attribute (handed to ``bodies``) or a route-specific query parameter. Its
type, enum and notes come from the row's "Validations" text.
"""

from __future__ import annotations

import re
from typing import Any

from codegen.distill.bodies import body_from_rows
from codegen.distill.reference import Block, read_block

ENUM = re.compile(r"Must be one of: (.*?)\.(?:\s|$)")
BOOLEAN_ENUMS = ({"true", "false", "1", "0"}, {"true", "false"})


def routes_of_block(resource: str, block: Block) -> list[dict[str, Any]]:
    """The routes of one heading group, each with its share of the group's Params table."""
    prose, examples, errors, params = read_block(block)
    siblings = {name for _, path, _ in block.headings for name in re.findall(r":(\w+)", path)}
    out = []
    for method, path, summary in block.headings:
        own = set(re.findall(r":(\w+)", path))
        # A sibling route's path parameter (the parent id of the nested variant) is not a
        # query parameter of the top-level route, although the shared table lists it.
        rows = [p for p in params if p["name"] in own or p["name"] not in siblings]
        out.append(_route(resource, method, path, summary, prose, examples, errors, rows))
    return out


def _operation(method: str, path: str) -> str:
    ends_with_id = path.rstrip("/").endswith("/:id")
    return {
        ("GET", True): "get",
        ("GET", False): "list",
        ("POST", False): "create",
        ("POST", True): "create",
        ("PATCH", True): "update",
        ("PUT", True): "update",
        ("PATCH", False): "bulk_update",
        ("DELETE", True): "delete",
        ("DELETE", False): "bulk_destroy",
    }[(method, ends_with_id)]


def _validation(desc: str) -> dict[str, Any]:
    """Type, enum and notes of one Params row."""
    out: dict[str, Any] = {}
    enum = ENUM.search(desc)
    if "Must be a number" in desc:
        out["type"] = "integer"
    elif "Must be a String" in desc:
        out["type"] = "string"
    elif "Must be a Hash" in desc:
        out["type"] = "object"
    elif "Must be an Array of nested elements" in desc:
        out["type"] = "array"
        out["items"] = "object"
    elif "Must be an array of any type" in desc:
        out["type"] = "array"
        out["items"] = "any"
    elif enum:
        values = [v for v in re.findall(r"`([^`]*)`", enum.group(1))]
        if set(values) in BOOLEAN_ENUMS:
            out["type"] = "boolean"
        elif set(values) == {"Hash", "File"}:
            out["type"] = "file"
        else:
            out["type"] = "string"
            out["enum"] = values
    else:
        out["type"] = "any"
    text = desc.split("**Validations:**")[0].strip()
    if text:
        out["description"] = re.sub(r"\s+", " ", text)
    notes = re.search(r"Notes: ([^`]*)```", desc)
    if notes and notes.group(1).strip() and not notes.group(1).strip().startswith("|"):
        out["notes"] = re.sub(r"\s+", " ", notes.group(1)).strip()
    return out


def _route(
    resource: str,
    method: str,
    path: str,
    summary: str,
    prose: str,
    examples: list[dict[str, Any]],
    errors: dict[int, str],
    params: list[dict[str, str]],
) -> dict[str, Any]:
    operation = _operation(method, path)
    path_names = re.findall(r":(\w+)", path)
    polymorphic = path.startswith("/:resource_type/")
    parent = None
    if not polymorphic and "/relationships/" in path:
        parent = path_names[0]
    route: dict[str, Any] = {
        "method": method,
        "path": path,
        "resource": resource,
        "operation": operation,
        "summary": summary.rstrip("."),
        "description": prose,
        "parent": parent,
        "polymorphic": polymorphic,
        "path_params": {},
        "filters": {},
        "sorts": [],
        "includes": [],
        "query_params": {},
        "body": None,
        "errors": dict(sorted(errors.items())),
    }
    rows = _Rows()
    for row in params:
        _read_row(route, row, path_names, rows)
    for name in path_names:
        route["path_params"].setdefault(name, {"type": "integer"})
    for entry in route["filters"].values():
        entry["list"] = rows.filters_listable and entry.get("format") is None
    if "page" in route and route["page"].get("max_number") is None:
        route["page"] = {"max_number": None}
    route["body"] = body_from_rows(resource, operation, parent, polymorphic, prose, rows.body)
    route["examples"] = examples
    return route


class _Rows:
    """What reading a route's parameter rows gathers besides the route's own entries."""

    def __init__(self) -> None:
        self.filters_listable = False
        self.body: list[tuple[str, bool, bool, dict[str, Any]]] = []


def _read_row(
    route: dict[str, Any], row: dict[str, str], path_names: list[str], rows: _Rows
) -> None:
    """File one row of the reference's parameter table where it belongs in ``route``."""
    name = row["name"]
    required = row["flags"].startswith("required")
    info = _validation(row["desc"])
    if name in path_names:
        entry = {"type": info["type"]}
        if "enum" in info:
            entry["enum"] = info["enum"]
        route["path_params"][name] = entry
    elif name == "filter":
        rows.filters_listable = "Comma separated values" in row["desc"]
        if required:
            route["filters_required"] = True
    elif name.startswith("filter["):
        if info["type"] != "object":
            key = ".".join(re.findall(r"\[([^\]]+)\]", name))
            route["filters"][key] = _filter(key, info, required)
    elif name == "sort":
        route["sorts"] = info.get("enum", [])
    elif name == "include":
        route["includes"] = info.get("enum", [])
    elif name == "page":
        route["page"] = {"max_number": None}
    elif name.startswith("page["):
        if "between 1 and 5" in row["desc"]:
            route.setdefault("page", {})["max_number"] = 5
    elif name in ("data", "type", "attributes") or name.startswith(("data[", "attributes[")):
        nullable = "nil allowed" in row["flags"]
        rows.body.append((name, required, nullable, info | {"_desc": row["desc"]}))
    else:
        entry = {"type": info["type"]}
        for key in ("enum", "description"):
            if key in info:
                entry[key] = info[key]
        route["query_params"][name] = entry


def _filter(key: str, info: dict[str, Any], required: bool) -> dict[str, Any]:
    """One ``filter[...]`` row as a filter entry: type, enum, range format, companion."""
    entry = {"type": info["type"], "required": required}
    if "enum" in info:
        entry["enum"] = info["enum"]
    desc = info.get("description", "")
    if "date range" in desc:
        entry["format"] = "date_range"
    elif key.startswith("range."):
        entry["format"] = "range"
    if "notes" in info and "accompanied" in info["notes"]:
        entry["requires"] = "filter." + info["notes"].rsplit(" ", 1)[-1]
    return entry
