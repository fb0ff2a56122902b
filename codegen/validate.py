"""Validation of a loaded spec beyond what its types check; every error names its YAML path.

A route is checked by loading it into the core's ``Route`` (``codegen/schema.py``): unknown
keys, wrong value types, unknown type names, methods and kinds, undescribed path parameters
are all refused there. What is left here is the rest of the file: its format, the ``api``
block, the resources, and what involves several routes (duplicates, unknown resources).
"""

from __future__ import annotations

from typing import Any

from codegen.schema import SpecError, load_api, load_route
from itglue_async._routes import TYPE_NAMES

__all__ = ["SpecError", "validate_spec"]


def _need(node: Any, key: str, kind: type | tuple[type, ...], path: str) -> Any:
    if not isinstance(node, dict) or key not in node:
        raise SpecError(path, f"missing required key {key!r}")
    value = node[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise SpecError(f"{path}.{key}", f"expected {names}, got {type(value).__name__}")
    return value


def _one_of(value: Any, allowed: frozenset[str], path: str) -> None:
    if value not in allowed:
        raise SpecError(path, f"{value!r} is not one of {', '.join(sorted(allowed))}")


def validate_spec(spec: Any) -> None:
    """Raise ``SpecError`` naming the first YAML path that does not fit the format."""
    if not isinstance(spec, dict):
        raise SpecError("$", "the spec must be a mapping")
    _one_of(spec.get("format"), frozenset({1}), "$.format")  # type: ignore[arg-type]
    api = _need(spec, "api", dict, "$")
    for key in ("name", "package", "client_class", "env_prefix", "content_type"):
        _need(api, key, str, "$.api")
    if not api["package"].isidentifier() and not all(
        part.isidentifier() for part in api["package"].split(".")
    ):
        raise SpecError("$.api.package", f"{api['package']!r} is not a dotted module path")
    if not api["client_class"].isidentifier():
        raise SpecError("$.api.client_class", f"{api['client_class']!r} is not a class name")
    _need(api, "dialect", str, "$.api")
    urls = _need(api, "base_urls", dict, "$.api")
    if not urls:
        raise SpecError("$.api.base_urls", "at least one base URL is needed")
    for region, url in urls.items():
        if not isinstance(url, str) or not url.startswith("https://"):
            raise SpecError(f"$.api.base_urls.{region}", "base URLs must be https:// URLs")
    auth = _need(api, "auth", dict, "$.api")
    _need(auth, "header", str, "$.api.auth")
    pagination = _need(api, "pagination", dict, "$.api")
    for key in ("default_size", "max_size"):
        _need(pagination, key, int, "$.api.pagination")
    limit = _need(api, "rate_limit", dict, "$.api")
    _need(limit, "requests", int, "$.api.rate_limit")
    _need(limit, "per_seconds", (int, float), "$.api.rate_limit")
    _need(api, "payload_limit_bytes", int, "$.api")
    for name, param in (api.get("client_params") or {}).items():
        if not str(name).isidentifier():
            raise SpecError(f"$.api.client_params.{name}", "not a keyword name")
        _need(param, "env", str, f"$.api.client_params.{name}")
    resources = _need(spec, "resources", dict, "$")
    for name, resource in resources.items():
        where = f"$.resources.{name}"
        for key in ("title", "singular", "model", "type"):
            _need(resource, key, str, where)
        for attr, entry in _need(resource, "attributes", dict, where).items():
            _one_of(
                _need(entry, "type", str, f"{where}.attributes.{attr}"),
                TYPE_NAMES,
                f"{where}.attributes.{attr}.type",
            )
            _union(entry, f"{where}.attributes.{attr}")
        _need(resource, "relationships", list, where)
    load_api(api)  # the dialect named, and what it reads from the block
    seen: set[tuple[str, str]] = set()
    for index, raw in enumerate(_need(spec, "routes", list, "$")):
        where = f"$.routes[{index}]"
        if not isinstance(raw, dict):
            raise SpecError(where, "a route is a mapping")
        route = load_route(raw, where).route
        if (route.method, route.path) in seen:
            raise SpecError(where, f"duplicate route {route.method} {route.path}")
        seen.add((route.method, route.path))
        if route.resource not in resources:
            raise SpecError(f"{where}.resource", f"unknown resource {route.resource!r}")
        if not route.operation.isidentifier():
            raise SpecError(f"{where}.operation", f"{route.operation!r} is not a method name")


def _union(entry: dict[str, Any], where: str) -> None:
    if entry["type"] != "union":
        return
    members = _need(entry, "of", list, where)
    if len(members) < 2:
        raise SpecError(f"{where}.of", "a union lists two types or more")
    for index, member in enumerate(members):
        _one_of(member, TYPE_NAMES - {"union"}, f"{where}.of[{index}]")
