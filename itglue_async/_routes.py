"""Route descriptions: what the generated code tells the core about each documented route.

The core validates and encodes requests from these tables alone; it knows nothing about any
particular resource.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from typing import Any

import attrs

TypeName = str  # string integer number boolean date datetime object array any file


@attrs.frozen
class Param:
    """A path, query or filter parameter."""

    type: TypeName
    enum: tuple[str, ...] = ()
    required: bool = False
    list: bool = False  # accepts several values, sent comma-separated
    format: str | None = None  # "date_range" | "range"
    requires: str | None = None  # another parameter that must accompany this one
    description: str = ""
    nullable: bool = False  # None is a value of its own (sent as null)


@attrs.frozen
class Attribute:
    """A body attribute of one route."""

    type: TypeName
    required: bool = False
    nullable: bool = False
    enum: tuple[str, ...] = ()
    items: TypeName | None = None
    properties: Mapping[str, Attribute] = attrs.field(factory=dict)
    not_permitted: tuple[str, ...] = ()
    refusal: str = ""  # why it is not permitted there, for the error message
    required_unless_nested: bool = False
    required_for_bulk: bool = False
    replaced_on_update: bool = False  # a PATCH replaces the whole value (flexible asset traits)
    location: str = "attributes"  # or "relationships"
    relationship: str | None = None
    item_type: str | None = None
    description: str = ""
    minimum: int | None = None
    maximum: int | None = None
    # Required when other attributes have these values (a heading section needs its level).
    required_when: Mapping[str, Any] = attrs.field(factory=dict)
    of: tuple[TypeName, ...] = ()  # the member types of a "union"


@attrs.frozen
class FilterDefault:
    """A filter a list route sends unless the caller gives it (or asks not to, by ``option``)."""

    value: Any
    option: str  # the keyword that turns it off, e.g. ``root_only``
    description: str = ""


@attrs.frozen
class Body:
    """The documented request body of a route."""

    kind: str  # single | bulk_update | bulk_destroy
    type: str
    attributes: Mapping[str, Attribute]
    array_create: bool = False
    exclusive_with_filter: bool = False


@attrs.frozen
class Route:
    """One documented ``METHOD /path`` of the API."""

    method: str
    path: str
    resource: str
    operation: str  # the method name on the resource (``list``, ``asset`` for checkout.asset)
    summary: str = ""
    parent: str | None = None
    polymorphic: bool = False
    path_params: Mapping[str, Param] = attrs.field(factory=dict)
    filters: Mapping[str, Param] = attrs.field(factory=dict)
    sorts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    query_params: Mapping[str, Param] = attrs.field(factory=dict)
    paginated: bool = False
    page_max_number: int | None = None
    body: Body | None = None
    errors: Mapping[int, str] = attrs.field(factory=dict)
    # What the route does: one of the verbs, or ``action`` for a call named after its path.
    kind: str = attrs.field(default=attrs.Factory(lambda self: self.operation, takes_self=True))
    documented: bool = True  # False for a route added after the reference it was generated from
    source: str = ""  # for an added route: where its facts come from
    confidence: str = ""  # for an added route: high or medium
    # What the route answers: "record" (the model; an action may answer nothing: None), "raw"
    # (an action's JSON as sent) or "none" (2xx without a body).
    answer: str = "record"
    filter_defaults: Mapping[str, FilterDefault] = attrs.field(factory=dict)
    # Filters the API applies when they are absent (the fake serves them): name -> value.
    implicit_filters: Mapping[str, Any] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        return f"Route({self.method} {self.path} -> {self.resource}.{self.operation})"

    @property
    def nested(self) -> bool:
        """Whether the route sits under a parent record (nested or polymorphic)."""
        return bool(self.parent or self.polymorphic)

    def url(self, values: Mapping[str, object]) -> str:
        """The path with its ``:params`` filled in from ``values``."""
        return _template(self.path).format_map(values)


@functools.cache
def _template(path: str) -> str:
    """``/organizations/:id`` -> ``/organizations/{id}`` (braces in the path escaped)."""
    segments = path.replace("{", "{{").replace("}", "}}").split("/")
    return "/".join(f"{{{s[1:]}}}" if s.startswith(":") else s for s in segments)


def resource_named(singular: str, resources: Collection[str]) -> str | None:
    """The resource a singular snake_case name refers to (``location`` -> ``locations``), if any."""
    for candidate in (singular + "s", singular + "es", singular[:-1] + "ies", singular):
        if candidate in resources:
            return candidate
    return None
