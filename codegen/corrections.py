"""Hand-kept corrections to the distilled spec.

Each correction names its target (``api``, a resource, or a route as ``"METHOD /path"``), a
dotted path inside it, one operation (``set``, ``delete``, ``rename``, ``move``) and a one-line
``reason``. They are applied in file order, and each is recorded in the spec's ``corrections``
list, so a reader of the spec sees what differs from the reference and why.
"""

from __future__ import annotations

from typing import Any

OPERATIONS = ("set", "delete", "rename", "move")


class CorrectionError(ValueError):
    """A correction does not fit the distilled spec (its target moved or vanished)."""


def apply_corrections(spec: dict[str, Any], corrections: list[dict[str, Any]]) -> None:
    """Apply ``corrections`` to ``spec`` in place."""
    for number, item in enumerate(corrections):
        where = f"corrections[{number}]"
        if not item.get("reason"):
            raise CorrectionError(f"{where} has no reason; every correction says why.")
        ops = [op for op in OPERATIONS if op in item]
        if len(ops) != 1:
            raise CorrectionError(f"{where} needs exactly one of {', '.join(OPERATIONS)}.")
        for target in _targets(spec, item, where):
            _apply(target, item, ops[0], where)
        spec["corrections"].append(
            {k: item[k] for k in ("route", "resource", "api", "path") if k in item}
            | {"reason": item["reason"]}
        )


def _targets(spec: dict[str, Any], item: dict[str, Any], where: str) -> list[dict[str, Any]]:
    if "route" in item:
        wanted = item["route"] if isinstance(item["route"], list) else [item["route"]]
        found = [r for r in spec["routes"] if f"{r['method']} {r['path']}" in wanted]
        if len(found) != len(wanted):
            raise CorrectionError(f"{where}: no route {wanted!r} in the distilled spec.")
        return found
    if "resource" in item:
        if item["resource"] not in spec["resources"]:
            raise CorrectionError(f"{where}: no resource {item['resource']!r}.")
        return [spec["resources"][item["resource"]]]
    if item.get("api"):
        return [spec["api"]]
    raise CorrectionError(f"{where} names no target (route, resource or api).")


def _walk(node: Any, dotted: str, where: str, create: bool = False) -> tuple[Any, str]:
    keys = dotted.split(".")
    for key in keys[:-1]:
        if not isinstance(node, dict) or (key not in node and not create):
            raise CorrectionError(f"{where}: path {dotted!r} not found at {key!r}.")
        node = node.setdefault(key, {})
    return node, keys[-1]


def _apply(target: dict[str, Any], item: dict[str, Any], op: str, where: str) -> None:
    dotted = item.get("path", "")
    if op == "set":
        node, key = _walk(target, dotted, where, create=True)
        node[key] = item["set"]
    elif op == "delete":
        node, key = _walk(target, dotted, where)
        if key not in node:
            raise CorrectionError(f"{where}: nothing to delete at {dotted!r}.")
        del node[key]
    elif op == "rename":
        node, key = _walk(target, dotted, where)
        mapping = node.get(key)
        if not isinstance(mapping, dict):
            raise CorrectionError(f"{where}: no mapping at {dotted!r} to rename keys in.")
        missing = set(item["rename"]) - set(mapping)
        if missing:
            raise CorrectionError(f"{where}: {sorted(missing)} not found at {dotted!r}.")
        node[key] = {item["rename"].get(old, old): value for old, value in mapping.items()}
    elif op == "move":
        node, key = _walk(target, dotted, where)
        if key not in node:
            raise CorrectionError(f"{where}: nothing to move at {dotted!r}.")
        value = node.pop(key)
        dest, dest_key = _walk(target, item["move"], where, create=True)
        dest[dest_key] = value
