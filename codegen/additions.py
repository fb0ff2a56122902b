"""The hand-kept overlay of routes an API gained after the reference a spec is distilled from.

``spec/NAME.additions.yaml`` holds ``resources`` (new ones whole; for an existing one, the
attributes and relationships to add) and ``routes`` written like the spec's own, each with a
``source`` and a ``confidence``. A route's ``source`` names keys of the overlay's ``sources``
(``"release; reports (the answer may be empty)"``); the merge spells them out, so a generated
docstring says where its facts come from. Routes are merged after the corrections: every added
route is marked ``documented: false`` and must not repeat a documented one.
"""

from __future__ import annotations

import copy
import re
from typing import Any

ROUTE_DEFAULTS: dict[str, Any] = {
    "description": "",
    "parent": None,
    "polymorphic": False,
    "filters": {},
    "sorts": [],
    "includes": [],
    "query_params": {},
    "body": None,
    "errors": {},
    "examples": [],
}


class AdditionError(ValueError):
    """The overlay does not fit the spec it is merged into."""


def apply_additions(spec: dict[str, Any], additions: dict[str, Any]) -> None:
    """Merge ``additions`` into ``spec`` in place."""
    for name, resource in (additions.get("resources") or {}).items():
        existing = spec["resources"].get(name)
        if existing is None:
            entry = copy.deepcopy(resource)
            entry.setdefault("relationships", [])
            spec["resources"][name] = entry
            continue
        for key, value in (resource.get("attributes") or {}).items():
            existing["attributes"].setdefault(key, copy.deepcopy(value))
        existing["attributes"] = dict(sorted(existing["attributes"].items()))
        related = set(existing.get("relationships") or []) | set(
            resource.get("relationships") or []
        )
        existing["relationships"] = sorted(related)
    sources = additions.get("sources") or {}
    documented = {(r["method"], r["path"]) for r in spec["routes"]}
    for index, route in enumerate(additions.get("routes") or []):
        where = f"additions.routes[{index}]"
        for key in ("method", "path", "resource", "operation", "summary", "source", "confidence"):
            if key not in route:
                raise AdditionError(f"{where} has no {key}.")
        if (route["method"], route["path"]) in documented:
            raise AdditionError(
                f"{where}: {route['method']} {route['path']} is documented already."
            )
        if route["resource"] not in spec["resources"]:
            raise AdditionError(f"{where}: no resource {route['resource']!r}.")
        entry = {**copy.deepcopy(ROUTE_DEFAULTS), **copy.deepcopy(route)}
        entry["source"] = _spell_sources(route["source"], sources, where)
        entry.setdefault(
            "path_params", {n: {"type": "integer"} for n in re.findall(r":(\w+)", route["path"])}
        )
        entry["documented"] = False
        spec["routes"].append(entry)
        documented.add((route["method"], route["path"]))


_SOURCE = re.compile(r"\s*([\w-]+)\s*(?:\((.*)\))?\s*")


def _spell_sources(text: str, sources: dict[str, str], where: str) -> str:
    """``"release; reports (why)"`` -> the sources' own words, notes kept in parentheses."""
    spelled = []
    for part in re.split(r";(?![^()]*\))", text):
        match = _SOURCE.fullmatch(part)
        if match is None or match.group(1) not in sources:
            known = ", ".join(sorted(sources)) or "none"
            raise AdditionError(
                f"{where}.source: {part.strip()!r} is not a source (known: {known})."
            )
        key, note = match.groups()
        spelled.append(f"{sources[key]} ({note})" if note else sources[key])
    return "; ".join(spelled)
