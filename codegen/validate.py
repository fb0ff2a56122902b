"""Structural validation of a loaded spec; every error names the YAML path it is about."""

from __future__ import annotations

from typing import Any

TYPES = frozenset(
    {
        "string",
        "integer",
        "number",
        "boolean",
        "date",
        "datetime",
        "object",
        "array",
        "any",
        "file",
        "union",  # one of the types listed in `of`
    }
)
OPERATIONS = frozenset({"list", "get", "create", "update", "delete", "bulk_update", "bulk_destroy"})
# What a route does; ``action`` is a POST named after its path (``checkout.asset``).
KINDS = OPERATIONS | {"action"}
METHODS = frozenset({"GET", "POST", "PATCH", "PUT", "DELETE"})
BODY_KINDS = frozenset({"single", "bulk_update", "bulk_destroy"})
DIALECTS = frozenset({"jsonapi", "rest"})
PAGINATION = frozenset({"page_number", "limit_offset", "none"})


class SpecError(ValueError):
    """The spec does not have the documented shape (see spec/README.md)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


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
    _one_of(_need(api, "dialect", str, "$.api"), DIALECTS, "$.api.dialect")
    urls = _need(api, "base_urls", dict, "$.api")
    if not urls:
        raise SpecError("$.api.base_urls", "at least one base URL is needed")
    for region, url in urls.items():
        if not isinstance(url, str) or not url.startswith("https://"):
            raise SpecError(f"$.api.base_urls.{region}", "base URLs must be https:// URLs")
    auth = _need(api, "auth", dict, "$.api")
    _need(auth, "header", str, "$.api.auth")
    pagination = _need(api, "pagination", dict, "$.api")
    _one_of(
        _need(pagination, "style", str, "$.api.pagination"), PAGINATION, "$.api.pagination.style"
    )
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
                TYPES,
                f"{where}.attributes.{attr}.type",
            )
            _union(entry, f"{where}.attributes.{attr}")
        _need(resource, "relationships", list, where)
    routes = _need(spec, "routes", list, "$")
    seen: set[tuple[str, str]] = set()
    for index, route in enumerate(routes):
        _route(route, f"$.routes[{index}]", resources, seen)


def _route(route: Any, where: str, resources: dict[str, Any], seen: set[tuple[str, str]]) -> None:
    method = _need(route, "method", str, where)
    _one_of(method, METHODS, f"{where}.method")
    path = _need(route, "path", str, where)
    if not path.startswith("/"):
        raise SpecError(f"{where}.path", "paths start with '/'")
    if (method, path) in seen:
        raise SpecError(where, f"duplicate route {method} {path}")
    seen.add((method, path))
    resource = _need(route, "resource", str, where)
    if resource not in resources:
        raise SpecError(f"{where}.resource", f"unknown resource {resource!r}")
    operation = _need(route, "operation", str, where)
    if not operation.isidentifier():
        raise SpecError(f"{where}.operation", f"{operation!r} is not a method name")
    kind = route.get("kind", operation)
    _one_of(kind, KINDS, f"{where}.kind" if "kind" in route else f"{where}.operation")
    answer = route.get("answer", "raw" if kind == "action" else "record")
    if answer not in ("raw", "record", "none"):
        raise SpecError(f"{where}.answer", "an answer is raw, record or none (no body)")
    if route.get("documented", True) is False:
        for key in ("source", "confidence"):
            _need(route, key, str, where)
    params = _need(route, "path_params", dict, where)
    for name in [seg[1:] for seg in path.split("/") if seg.startswith(":")]:
        if name not in params:
            raise SpecError(f"{where}.path_params", f"path parameter {name!r} is not described")
    for key in ("filters", "query_params"):
        for name, entry in _need(route, key, dict, where).items():
            _one_of(
                _need(entry, "type", str, f"{where}.{key}.{name}"),
                TYPES,
                f"{where}.{key}.{name}.type",
            )
    for key in ("sorts", "includes"):
        for i, value in enumerate(_need(route, key, list, where)):
            if not isinstance(value, str):
                raise SpecError(f"{where}.{key}[{i}]", "expected a string")
    body = route.get("body")
    if body is not None:
        _one_of(_need(body, "kind", str, f"{where}.body"), BODY_KINDS, f"{where}.body.kind")
        _need(body, "type", str, f"{where}.body")
        _attributes(_need(body, "attributes", dict, f"{where}.body"), f"{where}.body.attributes")


def _attributes(attributes: dict[str, Any], where: str) -> None:
    for name, entry in attributes.items():
        _one_of(_need(entry, "type", str, f"{where}.{name}"), TYPES, f"{where}.{name}.type")
        _union(entry, f"{where}.{name}")
        if "properties" in entry:
            _attributes(
                _need(entry, "properties", dict, f"{where}.{name}"), f"{where}.{name}.properties"
            )


def _union(entry: dict[str, Any], where: str) -> None:
    if entry["type"] != "union":
        return
    members = _need(entry, "of", list, where)
    if len(members) < 2:
        raise SpecError(f"{where}.of", "a union lists two types or more")
    for index, member in enumerate(members):
        _one_of(member, TYPES - {"union"}, f"{where}.of[{index}]")
