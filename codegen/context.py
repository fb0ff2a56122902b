"""The typed context the templates render: a spec read into dataclasses.

Everything a template needs is decided here (names, which routes share a table, which variant
a keyword selects, how a value is annotated); the templates only lay it out. Nothing here is
about one particular API: the spec's ``api`` block supplies the package, class names,
environment prefix, dialect and limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from codegen.naming import constant, identifier, pascal

VERB_ORDER = ("list", "get", "create", "update", "delete", "bulk_update", "bulk_destroy")

# Python types of response model fields, by spec type.
MODEL_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "object": "dict[str, Any]",
    "array": "list[Any]",
    "any": "Any",
    "file": "dict[str, Any]",
}
# What a caller may pass for a value of each spec type.
INPUT_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "str | datetime.date",
    "datetime": "str | datetime.datetime",
    "object": "Mapping[str, Any]",
    "array": "Sequence[Any]",
    "any": "Any",
    "file": "Mapping[str, Any]",
}
# The dialect class each spec dialect is served by, and the spec facts its constructor takes.
DIALECTS = {
    "jsonapi": ("itglue_async._jsonapi", "JsonApi"),
    "rest": ("itglue_async._rest", "Rest"),
}
# Dialects whose sort parameter takes several columns.
MULTI_SORT = frozenset({"jsonapi"})


# -- values the templates render -------------------------------------------------------------


@dataclass(frozen=True)
class TypeRef:
    """An annotation: a Python type (or literal values), maybe many of them, maybe None."""

    base: str = "Any"
    literals: tuple[str, ...] = ()
    many: bool = False
    nullable: bool = False
    pair: bool = False  # a range: a "start,end" string or a (start, end) pair


@dataclass(frozen=True)
class ParamSpec:
    """One ``Param(...)`` of a route table."""

    name: str
    type: str
    enum: tuple[str, ...] = ()
    required: bool = False
    list: bool = False
    format: str | None = None
    requires: str | None = None
    nullable: bool = False


@dataclass(frozen=True)
class AttributeSpec:
    """One ``Attribute(...)`` of a body table."""

    name: str
    type: str
    required: bool = False
    nullable: bool = False
    required_unless_nested: bool = False
    required_for_bulk: bool = False
    replaced_on_update: bool = False
    enum: tuple[str, ...] = ()
    items: str | None = None
    not_permitted: tuple[str, ...] = ()
    refusal: str = ""  # why the client refuses it where it is not permitted
    location: str = "attributes"
    relationship: str | None = None
    item_type: str | None = None
    properties: tuple[AttributeSpec, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    required_when: tuple[tuple[str, Any], ...] = ()
    of: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilterDefaultSpec:
    """A filter a list route sends unless the caller gives it or sets ``option``."""

    name: str
    value: Any
    option: str
    description: str


@dataclass(frozen=True)
class Table:
    """A named mapping of parameters or attributes, emitted once and shared by routes."""

    name: str
    kind: str  # "Param" | "Attribute"
    entries: tuple[Any, ...]


@dataclass(frozen=True)
class BodySpec:
    kind: str
    type: str
    attributes: Table
    array_create: bool
    exclusive_with_filter: bool


@dataclass(frozen=True)
class RouteSpec:
    """One named route table (``CONFIGURATIONS_LIST = Route(...)``)."""

    const: str
    method: str
    path: str
    resource: str
    operation: str
    summary: str
    parent: str | None
    polymorphic: bool
    path_params: tuple[ParamSpec, ...]
    filters: Table | None
    sorts: tuple[str, ...]
    includes: tuple[str, ...]
    query_params: tuple[ParamSpec, ...]
    paginated: bool
    page_max_number: int | None
    body: BodySpec | None
    errors: tuple[tuple[int, str], ...]
    kind: str
    documented: bool = True
    source: str = ""
    confidence: str = ""
    answer: str = "record"
    filter_defaults: tuple[FilterDefaultSpec, ...] = ()
    implicit_filters: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Arg:
    """A keyword argument of a generated method."""

    name: str
    type: TypeRef
    description: str = ""


@dataclass(frozen=True)
class FilterGroup:
    """A nested filter hash (``filter[exclude][...]``) and its keys."""

    name: str
    type_name: str
    fields: tuple[Arg, ...]


@dataclass(frozen=True)
class Merge:
    """A ``merge_<field>`` helper for a field a PATCH replaces whole."""

    arg: str
    field: str
    get_route: str
    update_route: str


@dataclass
class Operation:
    """One method of a resource and the routes that serve it.

    ``verb`` is what the method does (``list`` ... ``bulk_destroy``, or ``action``); ``name``
    is the method's name (the verb itself, or for an action its path's last segment).
    """

    verb: str
    name: str
    top: RouteSpec | None
    nested: list[tuple[str, RouteSpec]]  # (parent keyword, route)
    polymorphic: bool
    resource_types: tuple[str, ...]
    summary: str
    description: str
    model: str
    request: str | None
    filters: list[Arg]
    filter_groups: list[FilterGroup]
    required_filters: list[str]
    sorts: list[str]
    includes: list[str]
    query_params: list[Arg]
    array_create: bool
    file_attr: str | None
    file_extra: list[Arg]
    options: list[FilterDefaultSpec]
    answer: str
    added: str  # for routes added after the reference: the sentence that says so
    takes_id: bool
    takes_body: bool
    filter_type: str
    sort_type: str
    include_type: str
    emit_filter: bool = True
    emit_sort: bool = True
    emit_include: bool = True
    filter_verbs: list[str] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    @property
    def can_filter(self) -> bool:
        return bool(self.filters or self.filter_groups)

    @property
    def filters_take_lists(self) -> bool:
        """Whether some filter matches any of several values."""
        return any(a.type.many for a in self.filters) or any(
            a.type.many for g in self.filter_groups for a in g.fields
        )

    @property
    def route_args(self) -> bool:
        """Whether the method takes arguments that choose or parametrise its route."""
        return bool(self.polymorphic or self.nested or self.query_params)

    @property
    def filter_names(self) -> list[str]:
        """The filter keys, nested hashes shown as ``exclude[...]``."""
        return [a.name for a in self.filters] + [f"{g.name}[...]" for g in self.filter_groups]

    @property
    def parent_required(self) -> bool:
        return self.top is None

    @property
    def routes(self) -> list[RouteSpec]:
        return ([self.top] if self.top else []) + [route for _, route in self.nested]


@dataclass
class Resource:
    name: str
    cls: str
    model: str
    title: str
    description: str
    operations: list[Operation]

    @property
    def route_names(self) -> list[str]:
        names = {r.const for op in self.operations for r in op.routes}
        names |= {
            n for op in self.operations for m in op.merges for n in (m.get_route, m.update_route)
        }
        return sorted(names)

    @property
    def resource_types(self) -> tuple[str, ...]:
        for op in self.operations:
            if op.polymorphic:
                return op.resource_types
        return ()


@dataclass(frozen=True)
class ModelField:
    name: str
    type: str
    secret: bool


@dataclass(frozen=True)
class RequestModel:
    cls: str
    dict_cls: str
    verb: str
    fields: tuple[Arg, ...]


@dataclass(frozen=True)
class Model:
    name: str
    type: str
    resource: str
    description: str
    fields: tuple[ModelField, ...]
    requests: tuple[RequestModel, ...]
    relationships: tuple[str, ...]


@dataclass(frozen=True)
class Dialect:
    module: str
    cls: str
    args: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class ClientParam:
    """A client option every request carries (``tenant_id``)."""

    name: str
    env: str
    description: str


@dataclass(frozen=True)
class Api:
    """The spec's ``api`` block, as the templates use it."""

    name: str
    package: str
    client_class: str
    env_prefix: str
    base_urls: dict[str, str]
    default_region: str
    auth_header: str
    auth_scheme: str | None
    invalid_key_statuses: tuple[int, ...]
    route_not_for_keys: tuple[str, ...]
    dialect: Dialect
    default_page_size: int
    max_page_size: int
    rate_limit_requests: int
    rate_limit_per: float
    payload_limit_bytes: int
    client_params: tuple[ClientParam, ...] = ()
    multi_sort: bool = True

    @property
    def regions(self) -> bool:
        """Whether the client offers a choice of base URLs (``region=``)."""
        return len(self.base_urls) > 1

    @property
    def root(self) -> str:
        """The package holding every spec's generated package (``itglue_async._generated``)."""
        return self.package.rpartition(".")[0]

    @property
    def subpackage(self) -> str:
        return self.package.rpartition(".")[2]


@dataclass
class Context:
    header: str
    api: Api
    tables: list[Table]
    routes: list[RouteSpec]
    resources: list[Resource]
    models: list[Model]

    @property
    def model_names(self) -> list[str]:
        names = [m.name for m in self.models]
        names += [n for m in self.models for r in m.requests for n in (r.cls, r.dict_cls)]
        return sorted(names)

    @property
    def update_requests(self) -> set[str]:
        return {r.cls for m in self.models for r in m.requests if r.verb == "update"}


# -- building it -----------------------------------------------------------------------------


def build(spec: dict[str, Any], spec_path: PurePosixPath) -> Context:
    """The template context of a loaded, validated spec."""
    api = _api(spec["api"])
    tables = _Tables()
    routes = [_route(r, tables) for r in spec["routes"]]
    resources = [
        _resource(name, spec["resources"][name], spec["routes"], routes, api)
        for name in sorted(spec["resources"])
    ]
    models = [
        _model(name, spec["resources"][name], spec["routes"]) for name in sorted(spec["resources"])
    ]
    header = (
        f"# Generated from {spec_path} by codegen/generate.py. "
        "Do not edit; run `python -m codegen`."
    )
    return Context(header, api, tables.emitted, routes, resources, models)


def _api(block: dict[str, Any]) -> Api:
    module, cls = DIALECTS[block["dialect"]]
    pagination = block["pagination"]
    args: list[tuple[str, Any]] = [("media_type", block["content_type"])]
    if block["dialect"] == "jsonapi":
        args += [
            ("page_number_param", pagination["number_param"]),
            ("page_size_param", pagination["size_param"]),
            ("list_separator", block["filters"]["list_separator"]),
            ("escape", block["filters"]["escape"]),
        ]
    else:
        args += [
            ("limit_param", pagination["size_param"]),
            ("offset_param", pagination["offset_param"]),
            ("order_param", block.get("sorting", {}).get("order_param", "order")),
        ]
    return Api(
        name=block["name"],
        package=block["package"],
        client_class=block["client_class"],
        env_prefix=block["env_prefix"],
        base_urls=dict(block["base_urls"]),
        default_region=block["default_region"],
        auth_header=block["auth"]["header"],
        auth_scheme=block["auth"].get("scheme"),
        invalid_key_statuses=tuple(block["auth"].get("invalid_key_statuses", [401])),
        route_not_for_keys=tuple(block["auth"].get("route_not_for_keys") or ()),
        dialect=Dialect(module, cls, tuple(args)),
        default_page_size=pagination["default_size"],
        max_page_size=pagination["max_size"],
        rate_limit_requests=block["rate_limit"]["requests"],
        rate_limit_per=float(block["rate_limit"]["per_seconds"]),
        payload_limit_bytes=block["payload_limit_bytes"],
        client_params=tuple(
            ClientParam(name, param["env"], " ".join(str(param.get("description", "")).split()))
            for name, param in sorted((block.get("client_params") or {}).items())
        ),
        multi_sort=block["dialect"] in MULTI_SORT,
    )


class _Tables:
    """Shares identical filter and attribute tables: the first route to use one names it."""

    def __init__(self) -> None:
        self.emitted: list[Table] = []
        self._by_value: dict[tuple[str, tuple[Any, ...]], Table] = {}

    def get(self, name: str, kind: str, entries: tuple[Any, ...]) -> Table:
        key = (kind, entries)
        table = self._by_value.get(key)
        if table is None:
            table = Table(name, kind, entries)
            self._by_value[key] = table
            self.emitted.append(table)
        return table


def route_const(route: dict[str, Any]) -> str:
    """``CONFIGURATIONS_LIST``, ``CONFIGURATIONS_LIST_BY_ORGANIZATION``, ..."""
    name = constant(f"{route['resource']}_{route['operation']}")
    if route["parent"]:
        name += "_BY_" + constant(route["parent"].removesuffix("_id"))
    return name


def _param(name: str, entry: dict[str, Any], *, with_required: bool = True) -> ParamSpec:
    return ParamSpec(
        name=name,
        type=entry["type"],
        enum=tuple(entry.get("enum") or ()),
        required=bool(with_required and entry.get("required")),
        list=bool(entry.get("list")),
        format=entry.get("format"),
        requires=entry.get("requires"),
        nullable=bool(entry.get("nullable")),
    )


def _attribute(name: str, entry: dict[str, Any]) -> AttributeSpec:
    location = entry.get("location") or "attributes"
    return AttributeSpec(
        name=name,
        type=entry["type"],
        required=bool(entry.get("required")),
        nullable=bool(entry.get("nullable")),
        required_unless_nested=bool(entry.get("required_unless_nested")),
        required_for_bulk=bool(entry.get("required_for_bulk")),
        replaced_on_update=bool(entry.get("replaced_on_update")),
        enum=tuple(entry.get("enum") or ()),
        items=entry.get("items"),
        not_permitted=tuple(entry.get("not_permitted") or ()),
        refusal=entry.get("refusal") or "",
        location=location,
        relationship=entry.get("relationship"),
        item_type=entry.get("item_type"),
        properties=tuple(
            _attribute(k, v) for k, v in sorted((entry.get("properties") or {}).items())
        ),
        minimum=entry.get("minimum"),
        maximum=entry.get("maximum"),
        required_when=tuple(sorted((entry.get("required_when") or {}).items())),
        of=tuple(entry.get("of") or ()),
    )


def _route(route: dict[str, Any], tables: _Tables) -> RouteSpec:
    const = route_const(route)
    filters = None
    if route["filters"]:
        entries = tuple(_param(k, v) for k, v in sorted(route["filters"].items()))
        filters = tables.get(f"{const}_FILTERS", "Param", entries)
    body = None
    if route.get("body"):
        raw = route["body"]
        attributes = tuple(_attribute(k, v) for k, v in sorted(raw["attributes"].items()))
        body = BodySpec(
            kind=raw["kind"],
            type=raw["type"],
            attributes=tables.get(f"{const}_ATTRIBUTES", "Attribute", attributes),
            array_create=bool(raw.get("array_create")),
            exclusive_with_filter=bool(raw.get("exclusive_with_filter")),
        )
    page = route.get("page")
    return RouteSpec(
        const=const,
        method=route["method"],
        path=route["path"],
        resource=route["resource"],
        operation=route["operation"],
        summary=route["summary"],
        parent=route["parent"],
        polymorphic=bool(route["polymorphic"]),
        path_params=tuple(_param(k, v) for k, v in route["path_params"].items()),
        filters=filters,
        sorts=tuple(route["sorts"]),
        includes=tuple(route["includes"]),
        query_params=tuple(_param(k, v) for k, v in sorted(route["query_params"].items())),
        paginated=page is not None,
        page_max_number=(page or {}).get("max_number"),
        body=body,
        errors=tuple(sorted(route["errors"].items())),
        kind=route.get("kind", route["operation"]),
        documented=route.get("documented", True),
        source=route.get("source", ""),
        confidence=route.get("confidence", ""),
        answer=route.get("answer", "raw" if route.get("kind") == "action" else "record"),
        filter_defaults=tuple(
            FilterDefaultSpec(
                name, d["value"], d["option"], " ".join(str(d.get("description", "")).split())
            )
            for name, d in sorted((route.get("filter_defaults") or {}).items())
        ),
        implicit_filters=tuple(sorted((route.get("implicit_filters") or {}).items())),
    )


def _union(entry: dict[str, Any], table: dict[str, str]) -> str:
    return " | ".join(table[member] for member in entry["of"])


def _input_type(entry: dict[str, Any], *, many: bool = False) -> TypeRef:
    if entry.get("format") in ("date_range", "range"):
        return TypeRef(pair=True)
    if entry["type"] == "union":
        return TypeRef(base=_union(entry, INPUT_TYPES), many=many)
    return TypeRef(
        base=INPUT_TYPES[entry["type"]],
        literals=tuple(entry.get("enum") or ()),
        many=many,
    )


_EXAMPLE_INTRO = re.compile(r"(?:^|(?<=[.!?]))\s*[^.!?]*:\s*$")


def describe(text: str) -> str:
    """A route's prose for a docstring, without the sentences that introduced an example.

    The reference's prose ends many paragraphs with "Example return value:" or "for example:"
    before a JSON body; the docstring does not show those bodies, so the sentence goes too.
    """
    out = []
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if paragraph.endswith(":"):
            paragraph = _EXAMPLE_INTRO.sub("", paragraph).strip()
        if paragraph:
            out.append(paragraph)
    return "\n\n".join(out)


def _operation(
    resource_name: str,
    resource: dict[str, Any],
    name: str,
    variants: list[tuple[dict[str, Any], RouteSpec]],
) -> Operation:
    verb = variants[0][1].kind
    top = [spec for raw, spec in variants if not raw["parent"]]
    nested = [(raw["parent"], spec) for raw, spec in variants if raw["parent"]]
    first = next(raw for raw, _ in variants if not raw["parent"]) if top else variants[0][0]
    prefix = f"{pascal(resource_name)}{pascal(name)}"
    body = first.get("body") or {}
    file_attr = None
    file_extra: list[Arg] = []
    if verb == "create" and body:
        files = [k for k, v in body["attributes"].items() if v["type"] == "file"]
        if len(files) == 1:
            file_attr = files[0]
            file_extra = [
                Arg(k, _input_type(v), v.get("description", ""))
                for k, v in body["attributes"].items()
                if k != file_attr
            ]
    plain: list[Arg] = []
    groups: dict[str, list[Arg]] = {}
    for key, entry in sorted(first["filters"].items()):
        group, _, sub = key.partition(".")
        if sub:
            groups.setdefault(group, []).append(
                Arg(sub, _input_type(entry, many=bool(entry.get("list"))))
            )
        else:
            plain.append(Arg(key, _input_type(entry, many=bool(entry.get("list")))))
    model = resource["model"]
    return Operation(
        verb=verb,
        name=name,
        top=top[0] if top else None,
        nested=nested,
        polymorphic=bool(first["polymorphic"]),
        resource_types=tuple(first["path_params"].get("resource_type", {}).get("enum") or ()),
        summary=first["summary"],
        description=describe(first["description"]),
        model=model,
        request=f"{model}{pascal(name)}" if verb in ("create", "update", "action") else None,
        filters=plain,
        filter_groups=[
            FilterGroup(g, f"{prefix}Filter{pascal(g)}", tuple(args))
            for g, args in sorted(groups.items())
        ],
        required_filters=[k for k, v in sorted(first["filters"].items()) if v.get("required")],
        sorts=[s for f in first["sorts"] for s in (f, "-" + f)],
        includes=list(first["includes"]),
        query_params=[
            Arg(k, _input_type(v), v.get("description", ""))
            for k, v in sorted(first["query_params"].items())
        ],
        array_create=any((raw.get("body") or {}).get("array_create") for raw, _ in variants),
        file_attr=file_attr,
        file_extra=file_extra,
        options=[d for spec in [top[0] if top else variants[0][1]] for d in spec.filter_defaults],
        answer=variants[0][1].answer,
        added=_added(variants),
        takes_id=":id" in first["path"].split("/"),
        takes_body=bool(first.get("body")),
        filter_type=f"{prefix}Filter",
        sort_type=f"{prefix}Sort",
        include_type=f"{prefix}Include",
    )


def _added(variants: list[tuple[dict[str, Any], RouteSpec]]) -> str:
    """The docstring sentence for routes added after the reference, or ''."""
    added = [spec for _, spec in variants if not spec.documented]
    if not added:
        return ""
    which = (
        ""
        if len(added) == len(variants)
        else " (" + ", ".join(f"{s.method} {s.path}" for s in added) + ")"
    )
    first = added[0]
    return (
        f"Added after the reference this client was generated from{which}. "
        f"Source: {first.source}. Confidence: {first.confidence}."
    )


def _share_aliases(operations: list[Operation]) -> None:
    """Operations of one resource with identical filters, sorts or includes share one alias.

    The first operation that needs an alias defines it; later ones reuse its name, so a
    resource whose list, bulk update and bulk destroy take the same filters has one TypedDict.
    """
    owners: dict[tuple[str, str], Operation] = {}
    for op in operations:
        for kind, value in (
            ("filter", repr((op.filters, [(g.name, g.fields) for g in op.filter_groups]))),
            ("sort", repr(op.sorts)),
            ("include", repr(op.includes)),
        ):
            owner = owners.setdefault((kind, value), op)
            setattr(op, f"emit_{kind}", owner is op)
            setattr(op, f"{kind}_type", getattr(owner, f"{kind}_type"))
            if kind == "filter":
                if owner is not op:
                    op.filter_groups = owner.filter_groups
                owner.filter_verbs.append(op.name)


def _merges(
    operations: list[Operation], raw_routes: list[tuple[dict[str, Any], RouteSpec]]
) -> None:
    """Attach ``merge_<field>`` helpers to the update of fields a PATCH replaces whole.

    Such a field (flexible asset ``traits``) loses every key a PATCH leaves out, so the helper
    reads the record first; it needs a top-level get and update route.
    """
    gets = [
        spec
        for raw, spec in raw_routes
        if raw["operation"] == "get" and not raw["parent"] and not raw["polymorphic"]
    ]
    for op in operations:
        if op.verb != "update" or op.top is None or not gets or op.top.body is None:
            continue
        for attribute in op.top.body.attributes.entries:
            if attribute.replaced_on_update:
                op.merges.append(
                    Merge(identifier(attribute.name), attribute.name, gets[0].const, op.top.const)
                )


def _resource(
    name: str,
    resource: dict[str, Any],
    raw_routes: list[dict[str, Any]],
    routes: list[RouteSpec],
    api: Api,
) -> Resource:
    own = [
        (raw, spec) for raw, spec in zip(raw_routes, routes, strict=True) if raw["resource"] == name
    ]
    names = [v for v in VERB_ORDER if any(raw["operation"] == v for raw, _ in own)]
    names += [raw["operation"] for raw, _ in own if raw["operation"] not in VERB_ORDER]
    operations = []
    for method in dict.fromkeys(names):
        variants = [(raw, spec) for raw, spec in own if raw["operation"] == method]
        operations.append(_operation(name, resource, method, variants))
    _share_aliases(operations)
    _merges(operations, own)
    kinds = {op.resource_types for op in operations if op.polymorphic}
    if len(kinds) > 1:
        raise ValueError(f"{name}: polymorphic routes document different resource_type values")
    return Resource(
        name=name,
        cls=pascal(name),
        model=resource["model"],
        title=resource["title"],
        description=resource["description"].split("\n\n")[0],
        operations=operations,
    )


def _request_field(name: str, entry: dict[str, Any]) -> Arg:
    if entry.get("type") == "array" and entry.get("properties"):
        kind = TypeRef(base="Sequence[Mapping[str, Any]]")
    else:
        kind = TypeRef(base=INPUT_TYPES[entry["type"]], literals=tuple(entry.get("enum") or ()))
    if entry["type"] == "union":
        kind = TypeRef(base=_union(entry, INPUT_TYPES))
    if entry.get("nullable"):
        kind = TypeRef(kind.base, kind.literals, nullable=True)
    return Arg(name, kind)


def _model(name: str, resource: dict[str, Any], raw_routes: list[dict[str, Any]]) -> Model:
    fields = []
    for attr, entry in resource["attributes"].items():
        if attr == "id":
            continue
        secret = bool(entry.get("secret"))
        kind = (
            _union(entry, MODEL_TYPES) if entry["type"] == "union" else MODEL_TYPES[entry["type"]]
        )
        fields.append(ModelField(identifier(attr), "SecretStr" if secret else kind, secret))
    requests = []
    writes = [
        r["operation"]
        for r in raw_routes
        if r["resource"] == name and r.get("kind", r["operation"]) in ("create", "update", "action")
    ]
    for verb in dict.fromkeys(sorted(writes, key=lambda v: (v not in ("create", "update"), v))):
        bodies = [
            r["body"]
            for r in raw_routes
            if r["resource"] == name and r["operation"] == verb and r.get("body")
        ]
        if bodies:
            requests.append(
                RequestModel(
                    cls=f"{resource['model']}{pascal(verb)}",
                    dict_cls=f"{resource['model']}{pascal(verb)}Dict",
                    verb=verb,
                    # What the client refuses for this verb is not offered for completion.
                    fields=tuple(
                        _request_field(k, v)
                        for k, v in sorted(bodies[0]["attributes"].items())
                        if verb not in (v.get("not_permitted") or ())
                    ),
                )
            )
    return Model(
        name=resource["model"],
        type=resource["type"],
        resource=name,
        description=resource["description"].split("\n\n")[0],
        fields=tuple(fields),
        requests=tuple(requests),
        relationships=tuple(resource["relationships"]),
    )
