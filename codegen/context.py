"""The context the templates render: decisions about the generated code, made from the routes.

A spec is first loaded into the core's own types (``codegen/schema.py``: ``Route`` and the rest,
an ``ApiDescription``); nothing here repeats their fields. What is decided here is the shape of
the generated code: the constant each route is named by, which tables several routes share,
which keyword selects which route of a method, how a value is annotated, which aliases a
resource's methods share, and the sentences docstrings say. The templates lay it out.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import attrs

from codegen.naming import constant, identifier, pascal
from codegen.pyexpr import expr
from codegen.schema import load_api, load_route
from itglue_async._api import ApiDescription
from itglue_async._routes import VERBS, Attribute, FilterDefault, Param, Route

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
ADDED = "Added after the reference this client was generated from"


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
class Table:
    """A mapping of parameters or attributes several routes share, written once by name."""

    name: str
    kind: str  # "Param" | "Attribute"
    source: str  # the mapping as a Python expression


@dataclass(frozen=True)
class Named:
    """A route, the constant the generated tables name it by, and the prose of its docstring."""

    const: str
    route: Route
    description: str
    source: str = ""  # the ``Route(...)`` expression (shared tables by name)


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
    """A ``merge_<field>`` helper for a field a write replaces whole."""

    arg: str
    field: str
    get_route: str
    update_route: str
    method: str  # the write's HTTP method, as the docstring names it


@dataclass
class Operation:
    """One method of a resource and the routes that serve it.

    ``verb`` is what the method does (``list`` ... ``bulk_destroy``, or ``action``); ``name``
    is the method's name (the verb itself, or for an action its path's last segment).
    """

    verb: str
    name: str
    top: Named | None
    nested: list[tuple[str, Named]]  # (parent keyword, route)
    summary: str
    description: str
    model: str
    request: str | None
    item_type: str  # what a bulk update item may be
    filters: list[Arg]
    filter_groups: list[FilterGroup]
    query_params: list[Arg]
    file_extra: list[Arg]
    added: str  # for routes added after the reference: the sentence that says so
    filter_type: str
    sort_type: str
    include_type: str
    emit_filter: bool = True
    emit_sort: bool = True
    emit_include: bool = True
    filter_verbs: list[str] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    @property
    def first(self) -> Route:
        """The route whose tables the method's signature shows (the top-level one if any)."""
        return (self.top or self.nested[0][1]).route

    @property
    def routes(self) -> list[Named]:
        return ([self.top] if self.top else []) + [named for _, named in self.nested]

    @property
    def polymorphic(self) -> bool:
        return self.first.polymorphic

    @property
    def resource_types(self) -> tuple[str, ...]:
        spec = self.first.path_params.get("resource_type")
        return spec.enum if spec is not None else ()

    @property
    def required_filters(self) -> list[str]:
        return sorted(name for name, spec in self.first.filters.items() if spec.required)

    @property
    def sorts(self) -> list[str]:
        return [s for f in self.first.sorts for s in (f, "-" + f)]

    @property
    def includes(self) -> list[str]:
        return list(self.first.includes)

    @property
    def options(self) -> list[tuple[str, FilterDefault]]:
        return sorted(self.first.filter_defaults.items())

    @property
    def answer(self) -> str:
        return self.first.answer

    @property
    def array_create(self) -> bool:
        return any(n.route.body is not None and n.route.body.array_create for n in self.routes)

    @property
    def file_attr(self) -> str | None:
        """The one file attribute of an upload's body, if the method is an upload."""
        body = self.first.body
        if self.verb != "create" or body is None:
            return None
        files = [name for name, spec in body.attributes.items() if spec.type == "file"]
        return files[0] if len(files) == 1 else None

    @property
    def takes_id(self) -> bool:
        return ":id" in self.first.path.split("/")

    @property
    def path_has_id(self) -> bool:
        """Whether the record's ``id`` is one of the path's values."""
        return self.verb in ("get", "update", "delete") or self.takes_id

    @property
    def takes_body(self) -> bool:
        return self.first.body is not None

    @property
    def sends_attributes(self) -> bool:
        """Whether the method sends a record's attributes (and so takes ``extra_attributes``)."""
        return self.verb in ("create", "update", "bulk_update") or (
            self.verb == "action" and self.takes_body
        )

    @property
    def one_request(self) -> bool:
        """Whether the method sends exactly one request (and so has a raw form)."""
        return self.verb in ("list", "get", "create", "update", "delete", "action")

    @property
    def sent_once(self) -> bool:
        """Whether the method's request is a POST, never resent after an ambiguous failure."""
        return self.first.method == "POST"

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

    @property
    def raw_operations(self) -> list[Operation]:
        """The methods ``with_raw_response`` offers: those that send one request."""
        return [op for op in self.operations if op.one_request]


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
class Api:
    """The generated package (module, client class) and what the API is (``facts``)."""

    package: str
    client_class: str
    facts: ApiDescription

    @property
    def regions(self) -> bool:
        """Whether the client offers a choice of base URLs (``region=``)."""
        return len(self.facts.base_urls) > 1

    @property
    def multi_sort(self) -> bool:
        """Whether the dialect sorts by several columns in one request."""
        return bool(self.facts.dialect.multi_sort)

    @property
    def dialect_module(self) -> str:
        return type(self.facts.dialect).__module__

    @property
    def dialect_class(self) -> str:
        return type(self.facts.dialect).__name__

    @property
    def source(self) -> str:
        """The ``ApiDescription`` as a Python expression; models and routes by name."""
        models, routes = {"models": 1}, ("routes",)
        facts = attrs.evolve(self.facts, models=models, routes=routes)
        return expr(facts, {id(models): "MODELS_BY_TYPE", id(routes): "ROUTES"})

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
    routes: list[Named]
    resources: list[Resource]
    models: list[Model]

    @property
    def model_names(self) -> list[str]:
        names = [m.name for m in self.models]
        names += [n for m in self.models for r in m.requests for n in (r.cls, r.dict_cls)]
        return sorted(names)


# -- building it -----------------------------------------------------------------------------


def build(spec: dict[str, Any], spec_path: PurePosixPath) -> Context:
    """The template context of a loaded, validated spec."""
    block = spec["api"]
    api = Api(block["package"], block["client_class"], load_api(block))
    loaded = [load_route(raw, f"$.routes[{i}]") for i, raw in enumerate(spec["routes"])]
    routes = [Named(route_const(item.route), item.route, item.description) for item in loaded]
    tables, routes = _written(routes)
    resources = [
        _resource(name, spec["resources"][name], routes) for name in sorted(spec["resources"])
    ]
    models = [_model(name, spec["resources"][name], routes) for name in sorted(spec["resources"])]
    header = (
        f"# Generated from {spec_path} by codegen/generate.py. "
        "Do not edit; run `python -m codegen`."
    )
    return Context(header, api, tables, routes, resources, models)


def route_const(route: Route) -> str:
    """``CONFIGURATIONS_LIST``, ``CONFIGURATIONS_LIST_BY_ORGANIZATION``, ..."""
    name = constant(f"{route.resource}_{route.operation}")
    if route.parent:
        name += "_BY_" + constant(route.parent.removesuffix("_id"))
    return name


def _written(routes: list[Named]) -> tuple[list[Table], list[Named]]:
    """The tables several routes share, each named by the first route that has it, and each
    route's expression with those tables by name."""
    tables: dict[str, Table] = {}
    out = []
    for named in routes:
        names: dict[int, str] = {}
        route = named.route
        shared: list[tuple[str, Any]] = [("FILTERS", route.filters)]
        if route.body is not None:
            shared.append(("ATTRIBUTES", route.body.attributes))
        for suffix, table in shared:
            if not table:
                continue
            source = expr(table)
            if source not in tables:
                kind = "Param" if suffix == "FILTERS" else "Attribute"
                tables[source] = Table(f"{named.const}_{suffix}", kind, source)
            names[id(table)] = tables[source].name
        out.append(dataclasses.replace(named, source=expr(route, names)))
    return list(tables.values()), out


def _union(spec: Param | Attribute | dict[str, Any], table: dict[str, str]) -> str:
    members = spec["of"] if isinstance(spec, dict) else spec.of
    return " | ".join(table[member] for member in members)


def _input_type(spec: Param | Attribute, *, many: bool = False) -> TypeRef:
    if isinstance(spec, Param) and spec.format in ("date_range", "range"):
        return TypeRef(pair=True)
    if spec.type == "union":
        return TypeRef(base=_union(spec, INPUT_TYPES), many=many)
    return TypeRef(base=INPUT_TYPES[spec.type], literals=spec.enum, many=many)


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


def _filters(route: Route) -> tuple[list[Arg], dict[str, list[Arg]]]:
    """A route's filters as arguments: plain ones, and nested hashes by their name."""
    plain: list[Arg] = []
    groups: dict[str, list[Arg]] = {}
    for key, spec in sorted(route.filters.items()):
        group, _, sub = key.partition(".")
        arg = Arg(sub or key, _input_type(spec, many=spec.list))
        if sub:
            groups.setdefault(group, []).append(arg)
        else:
            plain.append(arg)
    return plain, groups


def _operation(
    resource_name: str, model: str, name: str, variants: list[Named], requests: set[str]
) -> Operation:
    top = [n for n in variants if not n.route.parent]
    nested = [(n.route.parent, n) for n in variants if n.route.parent]
    first = (top or variants)[0]
    route = first.route
    verb = route.kind
    prefix = f"{pascal(resource_name)}{pascal(name)}"
    plain, groups = _filters(route)
    file_extra: list[Arg] = []
    body = route.body
    if verb == "create" and body is not None:
        files = [k for k, v in body.attributes.items() if v.type == "file"]
        if len(files) == 1:
            file_extra = [
                Arg(k, _input_type(v), v.description)
                for k, v in body.attributes.items()
                if k != files[0]
            ]
    update = f"{model}Update"
    return Operation(
        verb=verb,
        name=name,
        top=top[0] if top else None,
        nested=[(parent, n) for parent, n in nested if parent],
        summary=route.summary,
        description=describe(first.description),
        model=model,
        request=f"{model}{pascal(name)}" if verb in ("create", "update", "action") else None,
        item_type=(f"models.{update}Dict | models.{update} | " if update in requests else "")
        + "Mapping[str, Any]",
        filters=plain,
        filter_groups=[
            FilterGroup(g, f"{prefix}Filter{pascal(g)}", tuple(args))
            for g, args in sorted(groups.items())
        ],
        query_params=[
            Arg(k, _input_type(v), v.description) for k, v in sorted(route.query_params.items())
        ],
        file_extra=file_extra,
        added=_added(variants),
        filter_type=f"{prefix}Filter",
        sort_type=f"{prefix}Sort",
        include_type=f"{prefix}Include",
    )


def _added(variants: list[Named]) -> str:
    """The docstring sentence for routes added after the reference, or ''."""
    added = [n.route for n in variants if not n.route.documented]
    if not added:
        return ""
    which = (
        ""
        if len(added) == len(variants)
        else " (" + ", ".join(f"{r.method} {r.path}" for r in added) + ")"
    )
    return f"{ADDED}{which}. Source: {added[0].source}. Confidence: {added[0].confidence}."


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


def _merges(operations: list[Operation], own: list[Named]) -> None:
    """Attach ``merge_<field>`` helpers to the update of fields a write replaces whole.

    Such a field (flexible asset ``traits``) loses every key a PATCH leaves out, so the helper
    reads the record first; it needs a top-level get and update route.
    """
    gets = [
        n
        for n in own
        if n.route.operation == "get" and not n.route.parent and not n.route.polymorphic
    ]
    for op in operations:
        if op.verb != "update" or op.top is None or not gets or op.top.route.body is None:
            continue
        for name, attribute in op.top.route.body.attributes.items():
            if attribute.replaced_on_update:
                op.merges.append(
                    Merge(
                        identifier(name),
                        name,
                        gets[0].const,
                        op.top.const,
                        op.top.route.method,
                    )
                )


def _resource(name: str, resource: dict[str, Any], routes: list[Named]) -> Resource:
    own = [n for n in routes if n.route.resource == name]
    names = [v for v in VERBS if any(n.route.operation == v for n in own)]
    names += [n.route.operation for n in own if n.route.operation not in VERBS]
    requests = {
        f"{resource['model']}{pascal(n.route.operation)}"
        for n in own
        if n.route.kind == "update" and n.route.body is not None
    }
    operations = []
    for method in dict.fromkeys(names):
        variants = [n for n in own if n.route.operation == method]
        operations.append(_operation(name, resource["model"], method, variants, requests))
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


def _request_field(name: str, spec: Attribute) -> Arg:
    if spec.type == "array" and spec.properties:
        kind = TypeRef(base="Sequence[Mapping[str, Any]]")
    elif spec.type == "union":
        kind = TypeRef(base=_union(spec, INPUT_TYPES))
    else:
        kind = TypeRef(base=INPUT_TYPES[spec.type], literals=spec.enum)
    if spec.nullable:
        kind = TypeRef(kind.base, kind.literals, nullable=True)
    return Arg(name, kind)


def _model(name: str, resource: dict[str, Any], routes: list[Named]) -> Model:
    fields = []
    for attr, entry in resource["attributes"].items():
        if attr == "id":
            continue
        secret = bool(entry.get("secret"))
        kind = (
            _union(entry, MODEL_TYPES) if entry["type"] == "union" else MODEL_TYPES[entry["type"]]
        )
        fields.append(ModelField(identifier(attr), "SecretStr" if secret else kind, secret))
    own = [n.route for n in routes if n.route.resource == name]
    writes = [r.operation for r in own if r.kind in ("create", "update", "action")]
    requests = []
    for verb in dict.fromkeys(sorted(writes, key=lambda v: (v not in ("create", "update"), v))):
        bodies = [r.body for r in own if r.operation == verb and r.body is not None]
        if bodies:
            requests.append(
                RequestModel(
                    cls=f"{resource['model']}{pascal(verb)}",
                    dict_cls=f"{resource['model']}{pascal(verb)}Dict",
                    verb=verb,
                    # What the client refuses for this verb is not offered for completion.
                    fields=tuple(
                        _request_field(k, v)
                        for k, v in sorted(bodies[0].attributes.items())
                        if verb not in v.not_permitted
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
