"""Type inference from examples: a resource's response attributes, read off its example bodies."""

from __future__ import annotations

import re
from typing import Any

from codegen.naming import kebab, pascal, singular, snake

DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def resource_entry(title: str, description: str, routes: list[dict[str, Any]]) -> dict[str, Any]:
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
