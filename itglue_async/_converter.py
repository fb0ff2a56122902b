"""The one cattrs converter of the package.

Models are plain attrs classes with snake_case fields; the wire speaks kebab-case. Two hook
factories are registered on every ``BaseModel`` subclass. Structuring maps each wire key to its
field through a per-class table of the converter's own hooks (one lookup and one call per
attribute, which keeps a 1000-record page cheap) and keeps the keys a model does not declare in
``extra`` instead of dropping them; a value that does not fit its declared type (an unparseable
date, say) also lands in ``extra`` under its wire key, with the field left ``None``.
Unstructuring renames through ``override(rename=...)`` and puts ``extra`` back.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from itglue_async._model import BaseModel, SecretStr

BASE_FIELDS = frozenset(a.name for a in attrs.fields(BaseModel))

converter = cattrs.Converter()


def wire_name(field_name: str) -> str:
    """``"organization_id"`` -> ``"organization-id"``."""
    return field_name.replace("_", "-")


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


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, BaseModel) and attrs.has(cls)


def _own_fields(cls: type[BaseModel]) -> list[attrs.Attribute[Any]]:
    return [a for a in attrs.fields(cls) if a.name not in BASE_FIELDS]


def _optional_inner(annotation: Any) -> Any:
    """``X | None`` -> ``X`` (the generated fields are all optional)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _structure_factory(cls: type[BaseModel]) -> Callable[[Any, type], BaseModel]:
    # One plan per class: wire key -> (field name, the hook of its type, the type). Structuring
    # then costs one dict lookup and one hook call per attribute the API sent.
    hints = typing.get_type_hints(cls)
    plan: dict[str, tuple[str, Callable[[Any, Any], Any], Any]] = {}
    for field in _own_fields(cls):
        inner = _optional_inner(hints[field.name])
        plan[wire_name(field.name)] = (field.name, converter.get_structure_hook(inner), inner)
    failures = (ValueError, TypeError, cattrs.BaseValidationError)

    def structure(value: Any, _: type) -> BaseModel:
        attributes = dict(value)
        base = {k: attributes.pop(k) for k in list(attributes) if k in BASE_FIELDS}
        known: dict[str, Any] = {}
        extra: dict[str, Any] = dict(base.pop("extra", {}) or {})
        for key, raw in attributes.items():
            entry = plan.get(key) or plan.get(wire_name(key))
            if entry is None:
                extra[key] = raw
                continue
            if raw is None:
                continue
            name, hook, kind = entry
            try:
                known[name] = hook(raw, kind)
            except failures:
                # A value that does not fit its declared type is kept, never dropped.
                extra[key] = raw
        model = cls(id=base.pop("id"), **known)
        for key, val in base.items():
            setattr(model, key, val)
        model.extra = extra
        return model

    return structure


def _unstructure_factory(cls: type[BaseModel]) -> Callable[[BaseModel], dict[str, Any]]:
    fields = _own_fields(cls)
    renames: dict[str, Any] = {a.name: override(rename=wire_name(a.name)) for a in fields}
    for name in BASE_FIELDS - {"id"}:
        renames[name] = override(omit=True)
    unstructure_known = make_dict_unstructure_fn(cls, converter, **renames)

    def unstructure(model: BaseModel) -> dict[str, Any]:
        out = unstructure_known(model)
        out.update(model.extra)
        return out

    return unstructure


converter.register_structure_hook_factory(_is_model, _structure_factory)
converter.register_unstructure_hook_factory(_is_model, _unstructure_factory)
