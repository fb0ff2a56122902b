"""Body shapes: the body-attribute rows of a Params table, read into a route's ``body``.

Rows spell a body as ``data[attributes][name]``, ``data[_][attributes][name]`` (an array body),
``data[relationships][x][data][_][attributes][name]`` (records sent as relationships) or, for
routes documented without the ``data`` wrapper, ``attributes[name]``.
"""

from __future__ import annotations

import re
from typing import Any


def body_from_rows(
    resource: str,
    operation: str,
    parent: str | None,
    polymorphic: bool,
    prose: str,
    rows: list[tuple[str, bool, bool, dict[str, Any]]],
) -> dict[str, Any] | None:
    if not rows:
        return None
    body: dict[str, Any] = {
        "kind": "single",
        "wrapped": True,
        "type": None,
        "array_create": False,
        "exclusive_with_filter": False,
        "attributes": {},
    }
    stray: dict[str, Any] = {}
    for name, required, nullable, info in rows:
        parts = re.findall(r"\[([^\]]*)\]", name)
        head = name.split("[", 1)[0]
        if head in ("type", "attributes"):
            body["wrapped"] = False
            parts = [head, *parts]
        if head == "data" and not parts:
            if info["type"] == "array":
                body["kind"] = "array"
            if "Cannot be used in combination with filter" in info["_desc"]:
                body["exclusive_with_filter"] = True
            continue
        if parts and parts[0] == "_":
            body["kind"] = "array"
            parts = parts[1:]
        if not parts:
            continue
        if parts[0] == "type":
            body["type"] = (info.get("enum") or [None])[0]
            continue
        if parts[0] == "attributes":
            _attribute(body["attributes"], parts[1:], required, nullable, info)
        elif parts[0] == "relationships":
            _relationship(body["attributes"], parts[1:], required, nullable, info)
        else:
            _attribute(stray, parts, required, nullable, info)
    if stray:
        body["stray"] = stray
    if operation == "bulk_update":
        body["kind"] = "bulk_update"
    elif operation == "bulk_destroy" or (operation == "delete" and body["kind"] == "array"):
        body["kind"] = "bulk_destroy"
    elif operation == "create":
        body["kind"] = "single"
        body["array_create"] = "To create multiple" in prose and bool(parent or polymorphic)
    else:
        body["kind"] = "single"
    if body["type"] is None:
        body["type"] = resource
    return body


def _attribute(
    attributes: dict[str, Any],
    parts: list[str],
    required: bool,
    nullable: bool,
    info: dict[str, Any],
) -> None:
    parts = [p for p in parts if p != "_"]
    if not parts:
        return
    name = parts[0]
    if len(parts) > 1:
        parent = attributes.setdefault(name, {"type": "object"})
        _attribute(parent.setdefault("properties", {}), parts[1:], required, nullable, info)
        return
    entry = attributes.get(name, {})
    entry.update({"type": info["type"], "required": required, "nullable": nullable})
    for key in ("enum", "items", "description"):
        if key in info:
            entry[key] = info[key]
    if "Not permitted in PUT/PATCH" in info["_desc"]:
        entry["not_permitted"] = ["update", "bulk_update"]
    if "Not required when using nested relationship routes" in info["_desc"]:
        entry["required_unless_nested"] = True
    if "Required identifier for bulk updates" in info["_desc"]:
        entry["required_for_bulk"] = True
    attributes[name] = dict(sorted(entry.items(), key=lambda kv: _entry_order(kv[0])))


def _relationship(
    attributes: dict[str, Any],
    parts: list[str],
    required: bool,
    nullable: bool,
    info: dict[str, Any],
) -> None:
    if not parts:
        return
    name = parts[0]
    entry = attributes.setdefault(
        name,
        {
            "type": "array",
            "items": "object",
            "required": False,
            "nullable": False,
            "location": "relationships",
            "not_permitted": ["update", "bulk_update"],
        },
    )
    rest = [p for p in parts[1:] if p not in ("data", "_")]
    if not rest:
        return
    if rest[0] == "type":
        entry["item_type"] = (info.get("enum") or [name])[0]
    elif rest[0] == "attributes" and len(rest) > 1:
        _attribute(entry.setdefault("properties", {}), rest[1:], required, nullable, info)


_ORDER = [
    "type",
    "items",
    "enum",
    "required",
    "nullable",
    "description",
    "location",
    "item_type",
    "not_permitted",
    "required_unless_nested",
    "required_for_bulk",
    "replaced_on_update",
    "properties",
]


def _entry_order(key: str) -> int:
    return _ORDER.index(key) if key in _ORDER else len(_ORDER)
