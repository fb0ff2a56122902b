"""The fake's in-memory records, and how records of different resources hang together.

Everything here is derived from the route tables and the generated models: which attributes a
resource answers with, which parent a nested route names, and which ``<x>_name`` attribute
mirrors an ``<x>_id``. Records are kept with their attributes spelled as the wire spells them
(``name``, the wire's naming).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from itglue_async._converter import own_fields, spec_name
from itglue_async._model import BaseModel
from itglue_async._routes import Route, resource_named
from itglue_async.testing._query import norm

Links = dict[str, Any]


def stamp(now: dt.datetime) -> str:
    """A timestamp as IT Glue writes them: ``2016-11-01T17:55:45.000Z``."""
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class Store:
    """Records by resource (the client's snake_case plural names), ids per resource."""

    def __init__(
        self,
        routes: Iterable[Route],
        models: Mapping[str, type[BaseModel]],
        now: Callable[[], dt.datetime],
        name: Callable[[str], str],
    ) -> None:
        routes = tuple(routes)
        self.now = now
        self.name = name
        wire_name = name
        self.resources = sorted({r.resource for r in routes})
        self.tables: dict[str, dict[int, dict[str, Any]]] = {r: {} for r in self.resources}
        self.links: dict[str, dict[int, Links]] = {r: {} for r in self.resources}
        self._next: dict[str, int] = dict.fromkeys(self.resources, 1)
        self.fields: dict[str, tuple[str, ...]] = {}
        written = _written_attributes(routes)
        for resource in self.resources:
            model = models.get(wire_name(resource), BaseModel)
            answered = [spec_name(a.name) for a in own_fields(model)]
            answered += sorted(set(written.get(resource, ())) - set(answered))
            self.fields[resource] = tuple(wire_name(n) for n in answered)
        # child resource -> {parent path param: parent resource}, from the nested routes.
        self.parents: dict[str, dict[str, str]] = {}
        for route in routes:
            if route.parent:
                parent_resource = route.path.split("/")[1]
                self.parents.setdefault(route.resource, {})[route.parent] = parent_resource
        # resource -> {"x-id": ("xs", "x-name")} for the mirrored name attributes.
        self.mirrors: dict[str, dict[str, tuple[str, str]]] = {}
        for resource, fields in self.fields.items():
            for field in fields:
                base = norm(field)
                if not base.endswith("_name"):
                    continue
                base = base.removesuffix("_name")
                target = self.plural(base)
                # A record's own name (an asset's asset_name) mirrors nothing.
                if target is not None and target != resource:
                    self.mirrors.setdefault(resource, {})[wire_name(f"{base}_id")] = (
                        target,
                        field,
                    )

    def plural(self, singular: str) -> str | None:
        """The resource a singular snake_case name refers to (``location`` -> ``locations``)."""
        return resource_named(singular, self.tables)

    def check(self, resource: str) -> str:
        if resource not in self.tables:
            valid = ", ".join(self.resources)
            raise KeyError(f"{resource!r} is not a resource of the API; valid: {valid}.")
        return resource

    def insert(
        self,
        resource: str,
        attributes: Mapping[str, Any],
        *,
        links: Links | None = None,
        ident: int | None = None,
    ) -> int:
        """Store a record given wire (kebab-case) attributes; returns its id."""
        table = self.tables[self.check(resource)]
        if ident is None:
            ident = self._next[resource]
        if ident in table:
            raise ValueError(f"{resource} {ident} already exists.")
        self._next[resource] = max(self._next[resource], ident + 1)
        now = stamp(self.now())
        record = dict(attributes)
        for field in (self.name("created_at"), self.name("updated_at")):
            if field in self.fields[resource]:
                record.setdefault(field, now)
        table[ident] = record
        self.links[resource][ident] = dict(links or {})
        self._mirror(resource, record)
        return ident

    def update(self, resource: str, ident: int, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """Apply wire attributes to a record (keys given replace; others stay)."""
        record = self.tables[resource][ident]
        record.update(attributes)
        updated = self.name("updated_at")
        if updated in self.fields[resource]:
            record[updated] = stamp(self.now())
        self._mirror(resource, record)
        return record

    def delete(self, resource: str, ident: int) -> dict[str, Any]:
        self.links[resource].pop(ident, None)
        return self.tables[resource].pop(ident)

    def _mirror(self, resource: str, record: dict[str, Any]) -> None:
        for id_field, (target, name_field) in self.mirrors.get(resource, {}).items():
            if id_field not in record:
                continue
            other = self.tables[target].get(_as_int(record[id_field]))
            record[name_field] = other.get("name") if other else None

    def value(self, resource: str, ident: int, key: str) -> Any:
        """A record's value for a snake_case filter or sort key."""
        if key == "id":
            return ident
        record = self.tables[resource][ident]
        wire = self.name(key)
        if wire in record:
            return record[wire]
        return self.links[resource].get(ident, {}).get(key)

    def getter(self, resource: str, ident: int) -> Callable[[str], Any]:
        return lambda key: self.value(resource, ident, key)

    def belongs(self, resource: str, ident: int, param: str, parent_id: Any) -> bool:
        """Whether a record sits under the parent a nested route names."""
        have = self.value(resource, ident, param)
        return have is not None and _as_int(have) == _as_int(parent_id)

    def owner(self, resource: str, ident: int) -> tuple[str, int] | None:
        """The record a polymorphic child (attachment, related item, ...) hangs on."""
        kind = self.value(resource, ident, "resource_type")
        owner_id = self.value(resource, ident, "resource_id")
        if kind is None or owner_id is None:
            return None
        name = norm(str(kind)).lower()
        return self.plural(name) or name, _as_int(owner_id)


_SCALARS = frozenset({"string", "integer", "number", "boolean", "date", "datetime"})


def _written_attributes(routes: Iterable[Route]) -> dict[str, set[str]]:
    """Per resource, the plain attributes its write routes document.

    The reference shows each resource's answer by one example, and the live API answers more
    than that example holds: the attributes its own create and update tables document (a
    configuration's ``restricted``, ``default_gateway``...) come back in every record, null
    when unset. Secrets sent on writes (one-time-password seeds) are not answered.
    """
    out: dict[str, set[str]] = {}
    for route in routes:
        if route.body is None or route.body.kind != "single":
            continue
        for name, spec in route.body.attributes.items():
            if (
                name != "id"
                and spec.location == "attributes"
                and spec.type in _SCALARS
                and "secret" not in name
            ):
                out.setdefault(route.resource, set()).add(name)
    return out


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1
