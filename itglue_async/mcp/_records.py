"""Models as the agent tools hand them out: flat JSON objects with ``id``, ``type`` and fields.

A record is ``{"id": 5, "type": "configurations", "name": ..., ...}``: ``type`` is the resource
it belongs to (as ``describe`` names it), then the model's attributes by their snake_case
names, then any attribute the spec does not know (kept, not dropped, its key in snake_case).
An attribute itself named ``id`` or ``type`` is given as ``attribute_id`` / ``attribute_type``.
A record the API linked to others (JSON:API relationships) says so in ``related``: the ids it
points to, by relationship name, which is how included records are matched to it. Secret attributes (password values) are left out unless the server was told to show them.

Each model class gets a plan, built once: one getter that reads every field shown, the output
keys, and which values need converting (a timestamp to ISO text, a secret unwrapped); strings,
numbers and booleans go out as they are. A page of a thousand records then costs a C-level
read and a dict update per record.
"""

from __future__ import annotations

import datetime as dt
import operator
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs

from itglue_async._converter import converter, own_fields, secret_fields, spec_name
from itglue_async._model import BaseModel, SecretStr

_RENAMED = {"id": "attribute_id", "type": "attribute_type", "related": "attribute_related"}
RELATED = "related"
_SCALARS = (str, int, float, bool, type(None))
_PLAIN = frozenset(_SCALARS)  # exact types that go out as they are, checked by one lookup
# Values that go out as they are: JSON's own types, and timestamps and dates, which every
# serializer on the way (the SDK's, orjson, ``dumps`` here) writes as ISO text.
_AS_IS = (*_SCALARS, dt.datetime, dt.date, list, dict, Any)


def output_key(name: str) -> str:
    """The key an attribute named ``name`` has in a record (``id`` -> ``attribute_id``)."""
    return _RENAMED.get(name, name)


def record_fields(model: type[BaseModel], *, secrets: bool) -> list[str]:
    """The keys a record of ``model`` can hold besides ``id`` and ``type``, in model order."""
    hidden = set() if secrets else set(secret_fields(model))
    names = (spec_name(a.name) for a in own_fields(model))
    return [output_key(n) for n in names if n not in hidden]


def _json_generic(annotation: Any) -> bool:
    """Whether a (maybe optional) annotation is a list, dict or union of JSON's own types."""
    inner = _inner(annotation)
    origin = typing.get_origin(inner)
    if origin in (list, dict):
        return True
    if origin in (typing.Union, types.UnionType):
        return all(_json_generic(arg) or arg in _AS_IS for arg in typing.get_args(inner))
    return False


def iso(value: dt.date) -> str:
    """A timestamp or date as ISO text, UTC written ``Z`` (as the API and the SDK write it)."""
    return value.isoformat().replace("+00:00", "Z")


def _inner(annotation: Any) -> Any:
    """``X | None`` -> ``X``; any other union or type as it is."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _links(relationships: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Relationship linkage as ids by snake_case name (names without linkage left out)."""
    out: dict[str, list[Any]] = {}
    for name, link in relationships.items():
        data = link.get("data") if isinstance(link, Mapping) else None
        refs = data if isinstance(data, list) else [data] if isinstance(data, Mapping) else []
        ids = [_id(ref.get("id")) for ref in refs if isinstance(ref, Mapping)]
        if ids:
            out[str(name).replace("-", "_")] = ids
    return out


def _id(value: Any) -> Any:
    return int(value) if isinstance(value, str) and value.isdigit() else value


def _json(value: Any) -> Any:
    """A model value as JSON can carry it."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return iso(value)
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return converter.unstructure(value)


@attrs.frozen
class _Plan:
    """How records of one model class are built: read every field at once, convert few."""

    read: Callable[[Any], tuple[Any, ...]]  # the model's fields, in ``keys`` order
    keys: tuple[str, ...]
    convert: tuple[tuple[int, str], ...]  # (position, key) of values that are not JSON as is
    hidden: frozenset[str]  # secret attributes, by spec name


class Records:
    """Turns models into records, by a plan per model class.

    ``type_of(wire_type)`` names the resource of a record the API typed (included records);
    ``secrets`` says whether secret attributes are shown.
    """

    def __init__(self, type_of: Callable[[str], str | None], *, secrets: bool) -> None:
        self._type_of = type_of
        self._secrets = secrets
        self._plans: dict[type[BaseModel], _Plan] = {}
        self._extra_keys: dict[str, str] = {}  # wire key -> record key ("" for "@" members)

    def _plan(self, model: type[BaseModel]) -> _Plan:
        found = self._plans.get(model)
        if found is None:
            found = self._plans[model] = self._build(model)
        return found

    def _build(self, model: type[BaseModel]) -> _Plan:
        hidden = frozenset(secret_fields(model))
        hints = typing.get_type_hints(model)
        names: list[str] = []
        keys: list[str] = []
        convert: list[tuple[int, str]] = []
        for field in own_fields(model):
            spec = spec_name(field.name)
            if spec in hidden and not self._secrets:
                continue
            if _inner(hints.get(field.name)) not in _AS_IS and not _json_generic(
                hints.get(field.name)
            ):
                convert.append((len(names), output_key(spec)))
            names.append(field.name)
            keys.append(output_key(spec))
        if not names:
            read: Callable[[Any], tuple[Any, ...]] = lambda _: ()  # noqa: E731
        elif len(names) == 1:
            one = operator.attrgetter(names[0])
            read = lambda m: (one(m),)  # noqa: E731
        else:
            read = operator.attrgetter(*names)
        return _Plan(read, tuple(keys), tuple(convert), hidden)

    def one(
        self, model: BaseModel, resource: str | None = None, fields: Collection[str] = ()
    ) -> dict[str, Any]:
        """``model`` as a record of ``resource`` (else the resource its type names).

        ``fields`` keeps only those keys (``id`` and ``type`` always stay).
        """
        plan = self._plan(type(model))
        kind = resource or self._type_of(model.wire_type) or model.wire_type
        out: dict[str, Any] = {"id": model.id, "type": kind}
        values = plan.read(model)
        out.update(zip(plan.keys, values, strict=True))
        for position, key in plan.convert:
            value = values[position]
            if value is not None:
                out[key] = _json(value)
        if model.extra:
            self._extra(model.extra, out, plan.hidden)
        if model.relationships:
            links = _links(model.relationships)
            if links:
                out[RELATED] = links
        if fields:
            out = {k: v for k, v in out.items() if k in ("id", "type") or k in fields}
        return out

    def _extra(self, extra: Mapping[str, Any], out: dict[str, Any], hidden: frozenset[str]) -> None:
        """Keys the spec does not know, kept in snake_case (never over a known one).

        Keys starting with ``@`` are JSON:API members beside the attributes (links, meta), not
        data. A page repeats the same few unknown keys, so each key's record key is kept.
        """
        keys = self._extra_keys
        for key, value in extra.items():
            snake = keys.get(key)
            if snake is None:
                snake = keys[key] = "" if key.startswith("@") else output_key(key.replace("-", "_"))
            if not snake or snake in out:
                continue
            if not self._secrets and spec_name(snake) in hidden:
                continue
            out[snake] = value if type(value) in _PLAIN else _json(value)

    def many(
        self, models: Iterable[BaseModel], resource: str | None = None, fields: Sequence[str] = ()
    ) -> list[dict[str, Any]]:
        """Records of ``models`` (see ``one``)."""
        keep = frozenset(fields)
        return [self.one(m, resource, keep) for m in models]
