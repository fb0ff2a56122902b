"""What the route tables say, arranged for agents: resources, their operations, and checks.

Everything here is read from the generated routes of one API (``client.api.routes``); nothing
names a particular resource. An operation of a resource may have several routes (the plain
one and one nested under a parent); the ``parent`` mapping a tool is given picks among them,
as the parent keyword picks among them on the generated method.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from itglue_async._api import ApiDescription
from itglue_async._model import BaseModel
from itglue_async._routes import Attribute, Param, Route
from itglue_async.mcp._records import RELATED, record_fields

READ = ("list", "get")
WRITE = ("create", "update")
DELETE = ("delete", "bulk_destroy")
_TOOLS = {
    "list": "list_records",
    "get": "get_record",
    "create": "create_record",
    "update": "update_record",
    "delete": "delete_records",
    "bulk_destroy": "delete_records",
}
POLYMORPHIC_PARENT = ("resource_type", "resource_id")


class Refusal(ValueError):
    """An argument the tables do not allow; the message names it and what is valid."""


def listing(names: Iterable[str]) -> str:
    """Names as a sorted, comma-separated list (``(none)`` when there are none)."""
    items = sorted(set(names))
    return ", ".join(items) if items else "(none)"


def parent_keys(route: Route) -> tuple[str, ...]:
    """The parent keywords a route takes: its parent id, or the polymorphic pair."""
    if route.polymorphic:
        return POLYMORPHIC_PARENT
    return (route.parent,) if route.parent else ()


def is_upload(route: Route) -> bool:
    """Whether a route's body carries a file: uploads are not offered as tools."""
    return route.body is not None and any(a.type == "file" for a in route.body.attributes.values())


class Catalog:
    """The resources of one API and, for each, its routes by operation."""

    def __init__(self, api: ApiDescription, routes: Sequence[Route] | None = None) -> None:
        self.api = api
        self._by: dict[str, dict[str, list[Route]]] = {}
        for route in api.routes if routes is None else routes:
            if is_upload(route):
                continue
            self._by.setdefault(route.resource, {}).setdefault(route.operation, []).append(route)
        self._wire = {api.dialect.wire_name(name): name for name in self._by}
        self._fields: dict[tuple[str, bool], list[str]] = {}

    @property
    def resources(self) -> list[str]:
        """Every resource name, sorted."""
        return sorted(self._by)

    def has(self, resource: str, operation: str) -> bool:
        """Whether ``resource`` has a route for ``operation``."""
        return operation in self._by.get(resource, {})

    def with_any(self, operations: Iterable[str]) -> list[str]:
        """The resources that have a route for at least one of ``operations``."""
        wanted = tuple(operations)
        return [r for r in self.resources if any(self.has(r, op) for op in wanted)]

    def resource_of(self, wire_type: str) -> str | None:
        """The resource whose records carry ``wire_type``."""
        return self._wire.get(wire_type)

    def model(self, resource: str) -> type[BaseModel]:
        """The model class of ``resource``'s records."""
        return self.api.models.get(self.api.dialect.wire_name(resource), BaseModel)

    def secrets(self, resource: str) -> list[str]:
        """The secret attributes of ``resource``'s records (password values)."""
        hidden = set(self.fields(resource, secrets=True)) - set(
            self.fields(resource, secrets=False)
        )
        return sorted(hidden)

    def fields(self, resource: str, *, secrets: bool) -> list[str]:
        """The keys a record of ``resource`` holds besides ``id`` and ``type``."""
        found = self._fields.get((resource, secrets))
        if found is None:
            found = self._fields[(resource, secrets)] = record_fields(
                self.model(resource), secrets=secrets
            )
        return found

    # -- checks ------------------------------------------------------------------------------

    def check_resource(
        self, resource: Any, operations: Sequence[str], allowed: Iterable[str]
    ) -> str:
        """``resource`` if it names a resource with one of ``operations`` among ``allowed``."""
        valid = [r for r in allowed if any(self.has(r, op) for op in operations)]
        if not isinstance(resource, str) or resource not in valid:
            verb = " or ".join(operations)
            raise Refusal(f"Unknown resource {resource!r} for {verb}; valid: {listing(valid)}.")
        return resource

    def check_known(self, resource: Any) -> str:
        """``resource`` if the API has it."""
        if not isinstance(resource, str) or resource not in self._by:
            raise Refusal(f"Unknown resource {resource!r}; valid: {listing(self._by)}.")
        return resource

    def route(self, resource: str, operations: Sequence[str], parent: Mapping[str, Any]) -> Route:
        """The route of the first of ``operations`` whose parent keywords are ``parent``'s."""
        if not isinstance(parent, Mapping):
            raise Refusal(f"parent must be an object of parent keywords, got {parent!r}.")
        given = set(parent)
        shapes: list[str] = []
        for operation in operations:
            for route in self._by.get(resource, {}).get(operation, []):
                keys = parent_keys(route)
                if set(keys) == given:
                    return route
                shape = "{" + ", ".join(f'"{k}": ...' for k in keys) + "}" if keys else "{}"
                if shape not in shapes:
                    shapes.append(shape)
        raise Refusal(
            f"parent {dict(parent)!r} does not fit {resource} {operations[0]}; "
            f"valid parent: {' or '.join(shapes)}."
        )

    def check_fields(self, resource: str, fields: Any, *, secrets: bool) -> list[str]:
        """``fields`` if each names a key of ``resource``'s records."""
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
            raise Refusal(f"fields must be a list of field names, got {fields!r}.")
        valid = self.fields(resource, secrets=secrets)
        for name in fields:
            if name not in valid and name not in ("id", "type", RELATED):
                raise Refusal(f"Unknown field {name!r} of {resource}; valid: {listing(valid)}.")
        return fields

    # -- descriptions ------------------------------------------------------------------------

    def overview(self) -> dict[str, Any]:
        """Every resource with its operations and a one-line summary."""
        out: dict[str, Any] = {}
        for resource in self.resources:
            operations = self._by[resource]
            summary = next(
                (r.summary for routes in operations.values() for r in routes if r.summary), ""
            )
            out[resource] = {
                "operations": sorted(operations),
                "tools": sorted({_TOOLS[op] for op in operations if op in _TOOLS}),
                "summary": summary,
            }
        return out

    def detail(self, resource: str, *, secrets: bool) -> dict[str, Any]:
        """Per operation: parents, filters, sorts, includes, and the attributes of writes."""
        operations: dict[str, Any] = {}
        for operation, routes in sorted(self._by[resource].items()):
            operations[operation] = _operation(routes)
        return {
            "resource": resource,
            "fields": self.fields(resource, secrets=secrets),
            "operations": operations,
        }


def _operation(routes: Sequence[Route]) -> dict[str, Any]:
    first = routes[0]
    out: dict[str, Any] = {
        "tool": _TOOLS.get(first.operation),
        "summary": first.summary,
        "parents": [list(parent_keys(r)) for r in routes],
    }
    if not first.documented:
        out["note"] = (
            "added to the API after the reference this client was generated from; "
            f"source: {first.source}; confidence: {first.confidence}"
        )
    polymorphic = next((r for r in routes if r.polymorphic), None)
    if polymorphic is not None:
        spec = polymorphic.path_params.get("resource_type")
        if spec is not None and spec.enum:
            out["resource_types"] = list(spec.enum)
    filters: dict[str, Any] = {}
    for route in routes:
        for name, param in route.filters.items():
            filters.setdefault(name, _param(param))
    if filters:
        out["filters"] = filters
    sorts = next((r.sorts for r in routes if r.sorts), ())
    if sorts:
        out["sorts"] = list(sorts)
    includes = next((r.includes for r in routes if r.includes), ())
    if includes:
        out["includes"] = list(includes)
    if first.paginated:
        out["paginated"] = True
    if first.page_max_number:
        out["max_pages"] = first.page_max_number
    body = next((r.body for r in routes if r.body is not None), None)
    if body is not None and first.operation in WRITE:
        out["attributes"] = {
            name: _attribute(spec, first.operation, nested=False)
            for name, spec in sorted(body.attributes.items())
            if first.operation not in spec.not_permitted
        }
        nested_only = [
            name
            for name, spec in body.attributes.items()
            if spec.required and spec.required_unless_nested and first.operation == "create"
        ]
        if nested_only:
            out["required_unless_parent"] = sorted(nested_only)
    return out


def _param(param: Param) -> dict[str, Any]:
    out: dict[str, Any] = {"type": param.type}
    if param.enum:
        out["values"] = list(param.enum)
    if param.list:
        out["list"] = True
    if param.required:
        out["required"] = True
    if param.nullable:
        out["nullable"] = True
    if param.format:
        out["format"] = f"{param.format}: 'start,end', * for an open end"
    if param.description:
        out["description"] = param.description
    return out


def _attribute(spec: Attribute, operation: str, *, nested: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": spec.type,
        "required": spec.required and operation == "create",
        "nullable": spec.nullable,
    }
    if spec.enum:
        out["values"] = list(spec.enum)
    if spec.of:
        out["of"] = list(spec.of)
    if spec.items:
        out["items"] = spec.items
    if spec.minimum is not None:
        out["minimum"] = spec.minimum
    if spec.maximum is not None:
        out["maximum"] = spec.maximum
    if spec.required_when:
        out["required_when"] = dict(spec.required_when)
    if spec.replaced_on_update and operation == "update":
        out["replaced_on_update"] = "an update replaces the whole value: send every key to keep"
    if spec.not_permitted:
        out["not_permitted_in"] = list(spec.not_permitted)
    if spec.properties:
        out["properties"] = {
            name: _attribute(inner, operation, nested=nested)
            for name, inner in sorted(spec.properties.items())
        }
    if spec.description:
        out["description"] = spec.description
    return out
