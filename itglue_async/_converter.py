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
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs

from itglue_async._model import BaseModel, SecretStr

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


def _optional_inner(annotation: Any) -> Any:
    """``X | None`` -> ``X`` (the generated fields are all optional)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


Plan = dict[str, tuple[str, Callable[[Any, Any], Any], Any]]
_plans: dict[tuple[type[BaseModel], Naming], Plan] = {}


def _plan(cls: type[BaseModel], naming: Naming) -> Plan:
    plan = _plans.get((cls, naming))
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = {}
        for field in own_fields(cls):
            inner = _optional_inner(hints[field.name])
            entry = (field.name, converter.get_structure_hook(inner), inner)
            # The Python spelling is accepted too, for answers that already use it.
            plan.setdefault(field.name, entry)
            plan[naming(spec_name(field.name))] = entry
        _plans[(cls, naming)] = plan
    return plan


def structure(cls: type[M], ident: int, attributes: Mapping[str, Any], naming: Naming) -> M:
    """A model from its id and its attributes as the wire spells them."""
    plan = _plan(cls, naming)
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, raw in attributes.items():
        entry = plan.get(key)
        if entry is None:
            extra[key] = raw
            continue
        if raw is None:
            continue
        name, hook, kind = entry
        try:
            known[name] = hook(raw, kind)
        except _FAILURES:
            # A value that does not fit its declared type is kept, never dropped.
            extra[key] = raw
    return cls(id=ident, extra=extra, **known)


def unstructure(model: BaseModel, naming: Naming) -> dict[str, Any]:
    """A model's attributes back as the wire spells them (``extra`` included, no id)."""
    out: dict[str, Any] = {}
    for field in own_fields(type(model)):
        out[naming(spec_name(field.name))] = converter.unstructure(getattr(model, field.name))
    out.update(model.extra)
    return out
