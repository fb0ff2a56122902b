"""Route descriptions: what the generated code tells the core about each documented route.

The core validates and encodes requests from these tables alone; it knows nothing about any
particular resource. They are also the one schema of a route from spec to runtime: codegen
loads a spec's routes straight into these classes (whose validators refuse what the spec
format does not allow) and writes them out as the generated tables.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from typing import Any

import attrs

TypeName = str  # one of TYPE_NAMES
# "union": one of the types listed in ``of``.
TYPE_NAMES = frozenset(
    [
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
        "union",
    ]
)
VERBS = ("list", "get", "create", "update", "delete", "bulk_update", "bulk_destroy")
KINDS = frozenset({*VERBS, "action"})  # ``action``: a call named after its path
METHODS = frozenset({"GET", "POST", "PATCH", "PUT", "DELETE"})
BODY_KINDS = frozenset({"single", "bulk_update", "bulk_destroy"})
ANSWERS = frozenset({"record", "raw", "none"})


def _one_of(names: Collection[str], note: str = "") -> Any:
    """A validator: the value is one of ``names`` (the error names the field and the options)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in names:
            raise ValueError(
                f"{attribute.name}: {value!r} is not one of {', '.join(sorted(names))}{note}"
            )

    return check


_type_name = _one_of(TYPE_NAMES)
# A parameter has no member list, so it cannot be a union.
_param_type_name = _one_of(TYPE_NAMES - {"union"}, " (a parameter cannot be a union)")


def _members(instance: Any, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if instance.type != "union":
        if value:
            raise ValueError(f"{attribute.name}: only a union lists member types; got {value!r}")
    elif len(value) < 2 or not set(value) <= TYPE_NAMES - {"union"}:
        raise ValueError(
            f"{attribute.name}: a union lists two types or more, none a union; got {value!r}"
        )


def _path(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.startswith("/"):
        raise ValueError(f"path: {value!r} does not start with '/'")


@attrs.frozen
class Param:
    """A path, query or filter parameter."""

    type: TypeName = attrs.field(validator=_param_type_name)
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

    type: TypeName = attrs.field(validator=_type_name)
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
    of: tuple[TypeName, ...] = attrs.field(default=(), validator=_members)  # a union's members


@attrs.frozen
class FilterDefault:
    """A filter a list route sends unless the caller gives it (or asks not to, by ``option``)."""

    value: Any
    option: str  # the keyword that turns it off, e.g. ``root_only``
    description: str = ""


@attrs.frozen
class Body:
    """The documented request body of a route."""

    kind: str = attrs.field(validator=_one_of(BODY_KINDS))
    type: str
    attributes: Mapping[str, Attribute]
    array_create: bool = False
    exclusive_with_filter: bool = False


@attrs.frozen
class Route:
    """One documented ``METHOD /path`` of the API."""

    method: str = attrs.field(validator=_one_of(METHODS))
    path: str = attrs.field(validator=_path)
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
    # What the route does: one of the verbs, or ``action`` for a call named after its path.
    kind: str = attrs.field(
        default=attrs.Factory(lambda self: self.operation, takes_self=True),
        validator=_one_of(KINDS, " (a route's kind is its operation unless given)"),
    )
    documented: bool = True  # False for a route added after the reference it was generated from
    source: str = ""  # for an added route: where its facts come from
    confidence: str = ""  # for an added route: high or medium
    # What the route answers: "record" (the model; an action may answer nothing: None), "raw"
    # (an action's JSON as sent) or "none" (2xx without a body).
    answer: str = attrs.field(
        default=attrs.Factory(
            lambda self: "raw" if self.kind == "action" else "record", takes_self=True
        ),
        validator=_one_of(ANSWERS),
    )
    filter_defaults: Mapping[str, FilterDefault] = attrs.field(factory=dict)
    # Filters the API applies when they are absent (the fake serves them): name -> value.
    implicit_filters: Mapping[str, Any] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        if not self.documented and not (self.source and self.confidence):
            raise ValueError(
                f"{self.method} {self.path} was added after the reference: it needs its "
                "source and confidence"
            )
        described = set(self.path_params)
        for name in (s[1:] for s in self.path.split("/") if s.startswith(":")):
            if name not in described:
                raise ValueError(
                    f"{self.method} {self.path}: path parameter {name!r} is not described"
                )

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
