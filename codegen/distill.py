"""Distil the IT Glue developer reference (markdown) into ``spec/itglue.yaml``.

The reference is a crawl of an apipie page: a resource index, then one ``# Resource`` section
per resource holding ``# METHOD /path`` route headings. Consecutive headings with nothing but a
summary between them share the example bodies, the Errors table and the Params table that
follow the last of them. The distiller reads that structure, turns every Params row into a
filter, sort, include, page, path, query or body entry, infers response attribute types from
the example bodies, and finally applies the hand-kept corrections in ``spec/corrections.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from codegen._text import clean, repair_json
from codegen.naming import kebab, pascal, singular, snake

ROUTE_HEADING = re.compile(r"^# (GET|POST|PATCH|PUT|DELETE) (/\S*)\s*$")
INDEX_ENTRY = re.compile(r"^\* \[([^\]]+)\]")
PARAM_ROW = re.compile(r"^\| \*\*(?P<name>[^*]+)\*\*\s+(?P<flags>[^|]*?)\s*\| (?P<desc>.*) \|\s*$")
ERROR_ROW = re.compile(r"^\| (\d{3}) \| ([^|]+?) \|\s*$")
ENUM = re.compile(r"Must be one of: (.*?)\.(?:\s|$)")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BOOLEAN_ENUMS = ({"true", "false", "1", "0"}, {"true", "false"})

API_BLOCK: dict[str, Any] = {
    "name": "IT Glue",
    "dialect": "jsonapi",
    "base_urls": {
        "us": "https://api.itglue.com",
        "eu": "https://api.eu.itglue.com",
        "au": "https://api.au.itglue.com",
    },
    "default_region": "us",
    "auth": {"header": "x-api-key", "scheme": None, "invalid_key_statuses": [401]},
    "content_type": "application/vnd.api+json",
    "pagination": {
        "style": "page_number",
        "number_param": "page[number]",
        "size_param": "page[size]",
        "default_size": 50,
        "max_size": 1000,
    },
    "rate_limit": {"requests": 3000, "per_seconds": 300},
    "payload_limit_bytes": 10 * 1024 * 1024,
    "filters": {"list_separator": ",", "escape": "\\"},
}


@dataclass
class Block:
    """One group of route headings and the shared text that follows them."""

    headings: list[tuple[str, str, str]] = field(default_factory=list)  # method, path, summary
    lines: list[str] = field(default_factory=list)


def distill(text: str, corrections: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Return the spec (as plain data) for the reference ``text``."""
    lines = clean(text).splitlines()
    index = _resource_index(lines)
    sections = _sections(lines, set(index))
    resources: dict[str, Any] = {}
    routes: list[dict[str, Any]] = []
    for title, (description, blocks) in sections.items():
        name = snake(title)
        resource_routes: list[dict[str, Any]] = []
        for block in blocks:
            resource_routes.extend(_routes(name, block))
        resources[name] = _resource(title, description, resource_routes)
        routes.extend(resource_routes)
    spec: dict[str, Any] = {
        "format": 1,
        "source": "IT Glue developer API reference (https://api.itglue.com/developer)",
        "api": _copy(API_BLOCK),
        "resources": resources,
        "routes": routes,
        "corrections": [],
    }
    if corrections:
        from codegen.corrections import apply_corrections

        apply_corrections(spec, corrections)
    return spec


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _resource_index(lines: list[str]) -> list[str]:
    names: list[str] = []
    for line in lines:
        match = INDEX_ENTRY.match(line)
        if match:
            names.append(match.group(1))
        elif names and line.startswith("# "):
            break
    return names


def _sections(lines: list[str], titles: set[str]) -> dict[str, tuple[str, list[Block]]]:
    sections: dict[str, tuple[str, list[Block]]] = {}
    current: str | None = None
    description: list[str] = []
    blocks: list[Block] = []
    block: Block | None = None
    pending_summary = False
    in_code = False
    started = False

    def flush() -> None:
        if current is not None:
            sections[current] = (_paragraphs(description), blocks)

    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and line.startswith("# "):
            title = line[2:].strip()
            route = ROUTE_HEADING.match(line)
            if route and current is not None:
                if block is None or not _only_summaries(block):
                    block = Block()
                    blocks.append(block)
                block.headings.append((route.group(1), route.group(2), ""))
                pending_summary = True
                continue
            if title in titles and started:
                flush()
                current, description, blocks, block = title, [], [], None
                continue
            if title == "Welcome to The IT Glue API":
                started = True
        if current is None:
            continue
        if block is None:
            description.append(line)
            continue
        if pending_summary and line.strip():
            method, path, _ = block.headings[-1]
            block.headings[-1] = (method, path, line.strip())
            pending_summary = False
            block.lines.append(f"@@summary {method} {path}")
            continue
        block.lines.append(line)
    flush()
    return sections


def _only_summaries(block: Block) -> bool:
    """A block whose text so far is only its headings' summaries takes the next heading too."""
    return all(line.startswith("@@summary") or not line.strip() for line in block.lines)


def _paragraphs(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _routes(resource: str, block: Block) -> list[dict[str, Any]]:
    prose, examples, errors, params = _read_block(block)
    siblings = {name for _, path, _ in block.headings for name in re.findall(r":(\w+)", path)}
    out = []
    for method, path, summary in block.headings:
        own = set(re.findall(r":(\w+)", path))
        # A sibling route's path parameter (the parent id of the nested variant) is not a
        # query parameter of the top-level route, although the shared table lists it.
        rows = [p for p in params if p["name"] in own or p["name"] not in siblings]
        out.append(_route(resource, method, path, summary, prose, examples, errors, rows))
    return out


def _read_block(
    block: Block,
) -> tuple[str, list[dict[str, Any]], dict[int, str], list[dict[str, str]]]:
    prose: list[str] = []
    examples: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    params: list[dict[str, str]] = []
    section = "prose"
    code: list[str] | None = None
    last_prose = ""
    for line in block.lines:
        if line.startswith("@@summary"):
            continue
        if line.startswith("```"):
            if code is None:
                code = []
            else:
                _example(code, last_prose, examples)
                code = None
            continue
        if code is not None:
            code.append(line)
            continue
        if line.startswith("## "):
            section = line[3:].strip().lower()
            continue
        if section == "prose":
            if line.strip():
                prose.append(line.strip())
                last_prose = line.strip()
        elif section == "errors":
            match = ERROR_ROW.match(line)
            if match:
                errors[int(match.group(1))] = match.group(2).strip()
        elif section == "params":
            match = PARAM_ROW.match(line)
            if match and match.group("name") != "Param name":
                params.append(match.groupdict())
    return "\n\n".join(prose), examples, errors, params


def _example(code: list[str], context: str, examples: list[dict[str, Any]]) -> None:
    text = "\n".join(code).strip()
    if not text or text.startswith("curl") or not text.startswith(("{", "[")):
        return
    kind = "response" if "return value" in context.lower() else "request"
    request, marker, response = text.partition("\n  Response:\n")
    if marker:
        # One block holding a request and, after a "Response:" line, its response.
        _example([request], context, examples)
        _example([response], "Example return value:", examples)
        return
    try:
        body, repairs = repair_json(text)
    except ValueError as exc:
        examples.append({"kind": kind, "unparsed": text, "reason": str(exc)})
        return
    entry: dict[str, Any] = {"kind": kind, "body": body}
    if repairs:
        entry["repairs"] = repairs
    examples.append(entry)


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
    filters_listable = False
    body_rows: list[tuple[str, bool, bool, dict[str, Any]]] = []
    for row in params:
        name = row["name"]
        flags = row["flags"]
        required = flags.startswith("required")
        nullable = "nil allowed" in flags
        info = _validation(row["desc"])
        if name in path_names:
            entry = {"type": info["type"]}
            if "enum" in info:
                entry["enum"] = info["enum"]
            route["path_params"][name] = entry
        elif name == "filter":
            filters_listable = "Comma separated values" in row["desc"]
            if required:
                route["filters_required"] = True
        elif name.startswith("filter["):
            key = ".".join(re.findall(r"\[([^\]]+)\]", name))
            entry = {"type": info["type"], "required": required}
            if "enum" in info:
                entry["enum"] = info["enum"]
            if info["type"] == "object":
                continue
            desc = info.get("description", "")
            if "date range" in desc:
                entry["format"] = "date_range"
            elif key.startswith("range."):
                entry["format"] = "range"
            if "notes" in info and "accompanied" in info["notes"]:
                entry["requires"] = "filter." + info["notes"].rsplit(" ", 1)[-1]
            route["filters"][key] = entry
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
            body_rows.append((name, required, nullable, info | {"_desc": row["desc"]}))
        else:
            entry = {"type": info["type"]}
            for key in ("enum", "description"):
                if key in info:
                    entry[key] = info[key]
            route["query_params"][name] = entry
    for name in path_names:
        route["path_params"].setdefault(name, {"type": "integer"})
    if route["filters"]:
        for entry in route["filters"].values():
            entry["list"] = filters_listable and entry.get("format") is None
    if "page" in route and route["page"].get("max_number") is None:
        route["page"] = {"max_number": None}
    route["body"] = _body(resource, operation, parent, polymorphic, prose, body_rows)
    route["examples"] = examples
    return route


def _body(
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


def _resource(title: str, description: str, routes: list[dict[str, Any]]) -> dict[str, Any]:
    name = snake(title)
    wire_type = kebab(name)
    attributes: dict[str, dict[str, Any]] = {}
    relationships: set[str] = set()
    for route in routes:
        for example in route["examples"]:
            if example["kind"] != "response" or "body" not in example:
                continue
            data = example["body"].get("data") if isinstance(example["body"], dict) else None
            items = data if isinstance(data, list) else [data] if data else []
            for item in items:
                if not isinstance(item, dict) or item.get("type") not in (wire_type, name):
                    continue
                for key, value in (item.get("attributes") or {}).items():
                    _observe(attributes, snake(key), value)
                for key in item.get("relationships") or {}:
                    relationships.add(snake(key))
    declared: dict[str, str] = {}
    for route in routes:
        relationships.update(route["includes"])
        body = route["body"]
        for key, entry in (body["attributes"] if body else {}).items():
            declared.setdefault(key, entry["type"])
    for key, entry in attributes.items():
        if entry["type"] == "null":
            # Only null was ever shown: take the type the request tables declare, if any.
            entry["type"] = declared.get(key, "any")
    single = singular(name)
    return {
        "title": title,
        "singular": single,
        "model": pascal(single),
        "type": wire_type,
        "description": description,
        "attributes": {k: attributes[k] for k in sorted(attributes)},
        "relationships": sorted(relationships),
    }


def _observe(attributes: dict[str, dict[str, Any]], name: str, value: Any) -> None:
    seen = _json_type(value)
    entry = attributes.get(name)
    if entry is None:
        attributes[name] = {"type": seen}
        return
    current = entry["type"]
    if current == seen or seen == "null":
        return
    if current == "null":
        entry["type"] = seen
    elif {current, seen} == {"integer", "number"}:
        entry["type"] = "number"
    elif {current, seen} == {"date", "string"} or {current, seen} == {"datetime", "string"}:
        entry["type"] = "string"
    else:
        entry["type"] = "any"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        if DATETIME.match(value):
            return "datetime"
        if DATE.match(value):
            return "date"
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
