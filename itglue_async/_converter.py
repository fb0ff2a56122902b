"""The one cattrs converter of the package, and the model structuring built on it.

Models are plain attrs classes with snake_case fields; how the wire spells a field is the
dialect's business, so structuring and unstructuring take the dialect's ``wire_name``. For each
(model class, naming) pair a plan is built once: wire key -> (field, the converter's hook for
its type). Structuring a record then costs one dict lookup and one hook call per attribute,
which keeps a 1000-record page cheap. Keys a model does not declare are kept in ``extra``
instead of being dropped; a value that does not fit its declared type (an unparseable date,
say) also lands in ``extra`` under its wire key, with the field left ``None``.
"""

from __future__ import annotations

import datetime as dt
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs

from itglue_async._model import EMPTY, BaseModel, SecretStr

M = TypeVar("M", bound=BaseModel)
Naming = Callable[[str], str]
BASE_FIELDS = frozenset(a.name for a in attrs.fields(BaseModel))

converter = cattrs.Converter()


def _structure_datetime(value: Any, _: type) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


converter.register_structure_hook(dt.datetime, _structure_datetime)
converter.register_structure_hook(dt.date, _structure_date)
converter.register_unstructure_hook(dt.datetime, lambda v: v.isoformat().replace("+00:00", "Z"))
converter.register_unstructure_hook(dt.date, lambda v: v.isoformat())
converter.register_structure_hook(
    SecretStr, lambda v, _: v if isinstance(v, SecretStr) else SecretStr(str(v))
)
converter.register_unstructure_hook(SecretStr, lambda v: v.get_secret_value())

_FAILURES = (ValueError, TypeError, cattrs.BaseValidationError)


def spec_name(field_name: str) -> str:
    """The attribute a model field holds: ``type_`` (a name Python reserves) holds ``type``."""
    return field_name.removesuffix("_")


def own_fields(cls: type[BaseModel]) -> list[attrs.Attribute[Any]]:
    """The fields a model declares beyond those of ``BaseModel``."""
    return [a for a in attrs.fields(cls) if a.name not in BASE_FIELDS]


def secret_fields(cls: type[BaseModel]) -> list[str]:
    """The attributes of a model that hold secrets (``SecretStr`` fields), by spec name."""
    hints = typing.get_type_hints(cls)
    return [
        spec_name(a.name)
        for a in own_fields(cls)
        if SecretStr in (hints.get(a.name), *typing.get_args(hints.get(a.name)))
    ]


def _optional_inner(annotation: Any) -> Any:
    """``X | None`` -> ``X`` (the generated fields are all optional)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
        return typing.Union[tuple(args)]  # noqa: UP007 (built from a tuple)
    return annotation


Structurer = Callable[..., Any]
_structurers: dict[tuple[type[BaseModel], Naming], Structurer] = {}
# Types whose JSON value already is the Python value: no hook call needed.
_AS_IS: dict[Any, type] = {str: str, int: int, bool: bool, dict[str, Any]: dict, list[Any]: list}
# Types whose JSON string is parsed by one call (timestamps and dates arrive as ISO strings),
# and how much of the string that call reads (a date may come as a full timestamp).
_PARSE: dict[Any, tuple[Callable[[str], Any], str]] = {
    dt.datetime: (dt.datetime.fromisoformat, ""),
    dt.date: (dt.date.fromisoformat, "[:10]"),
}


def structurer(cls: type[BaseModel], naming: Naming) -> Structurer:
    """The structuring function of ``cls`` under ``naming`` (built on first use).

    Call it as ``function(attributes, ident, wire_type, relationships, extra)``.
    """
    function = _structurers.get((cls, naming))
    if function is None:
        function = _structurers[(cls, naming)] = _structurer(cls, naming)
    return function


def _structurer(cls: type[BaseModel], naming: Naming) -> Structurer:
    """A function built once per (model, naming) that structures one record.

    It is straight-line code. Every declared attribute is read at once (one ``itemgetter``
    call, the usual case of a live answer that carries them all; one ``get`` each when some
    are missing) into locals; a value already of its field's type is kept as it is, a
    timestamp or date string is parsed by one call, any other value goes through the
    converter's hook for its type, and one that does not fit lands in ``extra``. Keys the
    model does not declare are found with one set difference, only when the record has more
    keys than it declares, and kept in ``extra`` (or structured, when they are a field's
    Python spelling). The model is made without its ``__init__`` (see ``_build_code``).
    """
    hints = typing.get_type_hints(cls)
    fields = own_fields(cls)
    namespace: dict[str, Any] = {
        "cls": cls,
        "FAILURES": _FAILURES,
        "leftovers": _leftovers,
        "EMPTY": EMPTY,
        "new": object.__new__,
        "sorted": sorted,
    }
    plan: dict[str, tuple[str, Callable[[Any, Any], Any], Any]] = {}
    wires = [naming(spec_name(field.name)) for field in fields]
    namespace["KNOWN"] = frozenset([*wires, "id"])
    lines = ["def structure(attributes, ident, wire_type, relationships, extra):"]
    lines += _read_code(wires, namespace)
    for index, field in enumerate(fields):
        plan[field.name] = _field_code(
            index, field.name, wires[index], hints[field.name], namespace, lines
        )
    namespace["PLAN"] = plan
    lines += _build_code(fields)
    exec(compile("\n".join(lines), f"<structure {cls.__name__}>", "exec"), namespace)
    function: Structurer = namespace["structure"]
    return function


def _read_code(wires: list[str], namespace: dict[str, Any]) -> list[str]:
    """Lines that read every declared attribute into ``v0``... and find the undeclared keys."""
    if not wires:
        return ["    odd = attributes.keys() - KNOWN"]
    targets = ", ".join(f"v{i}" for i in range(len(wires))) + ","
    namespace["GETALL"] = operator.itemgetter(*wires)
    every = "(GETALL(attributes),)" if len(wires) == 1 else "GETALL(attributes)"
    gets = ", ".join(f"get({w!r})" for w in wires) + ","
    return [
        "    try:",
        f"        {targets} = {every}",
        f"        odd = attributes.keys() - KNOWN if len(attributes) > {len(wires)} else None",
        "    except KeyError:",
        "        get = attributes.get",
        f"        {targets} = {gets}",
        "        odd = attributes.keys() - KNOWN",
    ]


def _keep_bad(pad: str, wire: str, local: str) -> list[str]:
    """Lines that move a value that does not fit its field into ``extra``."""
    return [
        f"{pad}extra = dict(extra or ())",
        f"{pad}extra[{wire!r}] = {local}",
        f"{pad}{local} = None",
    ]


def _field_code(
    index: int,
    name: str,
    wire: str,
    annotation: Any,
    namespace: dict[str, Any],
    lines: list[str],
) -> tuple[str, Callable[[Any, Any], Any], Any]:
    """Append the lines that check field ``index`` in local ``v<index>``; its plan entry."""
    inner = _optional_inner(annotation)
    members = _json_union(inner)
    hook = _keep if members is not None else converter.get_structure_hook(inner)
    local = f"v{index}"
    namespace[f"hook{index}"], namespace[f"kind{index}"] = hook, inner
    if inner is Any:
        return name, hook, inner
    exact = _AS_IS.get(inner)
    parse = _PARSE.get(inner)
    if members is not None:
        # A union of JSON's own types (a document's HTML or its list of blocks): a value
        # of any of them is kept as it is; any other value is kept in extra.
        namespace[f"members{index}"] = members
        lines.append(f"    if {local} is not None and type({local}) not in members{index}:")
        lines += _keep_bad("        ", wire, local)
        return name, hook, inner
    if exact is not None:
        namespace[f"exact{index}"] = exact
        lines.append(f"    if {local} is not None and type({local}) is not exact{index}:")
    elif parse is not None:
        namespace[f"parse{index}"], part = parse
        lines.append(f"    if type({local}) is str:")
        lines.append("        try:")
        lines.append(f"            {local} = parse{index}({local}{part})")
        lines.append("        except ValueError:")
        lines += _keep_bad("            ", wire, local)
        lines.append(f"    elif {local} is not None:")
    else:
        lines.append(f"    if {local} is not None:")
    lines.append("        try:")
    lines.append(f"            {local} = hook{index}({local}, kind{index})")
    lines.append("        except FAILURES:")
    lines += _keep_bad("            ", wire, local)
    return name, hook, inner


def _build_code(fields: list[attrs.Attribute[Any]]) -> list[str]:
    """The lines that build the model from the locals (and the leftovers, when any).

    The usual record is built without calling ``__init__``: ``object.__new__`` and one
    assignment per field, each field set exactly as the constructor would set it (the models
    have no validators, converters or post-init; ``tests/core/test_decode.py`` checks that
    the result equals what ``__init__`` builds), at a fraction of the cost of passing forty
    keyword arguments. A record with keys that spell a field the Python way goes through the
    constructor.
    """
    values = ", ".join(f"{f.name!r}: v{i}" for i, f in enumerate(fields))
    return [
        "    if odd:",
        "        if odd.isdisjoint(PLAN):",
        "            extra = dict(extra or ())",
        "            for key in sorted(odd):",
        "                extra[key] = attributes[key]",
        "        else:",
        f"            kw = {{{values}}}",
        "            extra = leftovers(odd, attributes, PLAN, kw, extra)",
        "            return cls(id=ident, wire_type=wire_type, extra=extra or EMPTY,"
        " relationships=relationships or EMPTY, **kw)",
        "    model = new(cls)",
        "    model.id = ident",
        "    model.wire_type = wire_type",
        "    model.extra = extra or EMPTY",
        "    model.relationships = relationships or EMPTY",
        "    model.linker = None",
        *(f"    model.{f.name} = v{i}" for i, f in enumerate(fields)),
        "    return model",
    ]


def _keep(value: Any, _: Any) -> Any:
    return value


def _json_union(annotation: Any) -> frozenset[type] | None:
    """The JSON types of a union such as ``str | list[Any]``, or None for any other type."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return None
    members = [_AS_IS.get(arg) for arg in typing.get_args(annotation)]
    if not all(members):
        return None
    return frozenset(m for m in members if m is not None)


def _leftovers(
    odd: set[str],
    attributes: Mapping[str, Any],
    plan: dict[str, tuple[str, Callable[[Any, Any], Any], Any]],
    known: dict[str, Any],
    extra: dict[str, Any] | None,
) -> dict[str, Any] | None:
    """Keys no wire name matched: a field's Python spelling is structured, the rest kept."""
    for key in sorted(odd):
        raw = attributes[key]
        entry = plan.get(key)
        if entry is not None and known.get(entry[0]) is None:
            if raw is None:
                continue
            name, hook, kind = entry
            try:
                known[name] = hook(raw, kind)
                continue
            except _FAILURES:
                pass
        extra = dict(extra or {})
        extra[key] = raw
    return extra


def structure(
    cls: type[M],
    ident: int,
    attributes: Mapping[str, Any],
    naming: Naming,
    *,
    wire_type: str = "",
    relationships: Mapping[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> M:
    """A model from its id and its attributes as the wire spells them.

    Each attribute costs one lookup; a type hook runs only when the value is not already of
    its field's type (a date string becomes a ``date``, a ``str`` stays as it is). Keys the
    model does not declare, and values that do not fit their type, go to ``extra`` (seeded
    with ``extra``); an ``id`` among the attributes is left to the caller.
    """
    model: M = structurer(cls, naming)(attributes, ident, wire_type, relationships, extra)
    return model


def unstructure(model: BaseModel, naming: Naming) -> dict[str, Any]:
    """A model's attributes back as the wire spells them (``extra`` included, no id)."""
    out: dict[str, Any] = {}
    for field in own_fields(type(model)):
        out[naming(spec_name(field.name))] = converter.unstructure(getattr(model, field.name))
    out.update(model.extra)
    return out
