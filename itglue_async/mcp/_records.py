"""Models as the agent tools hand them out: flat JSON objects with ``id``, ``type`` and fields.

A record is ``{"id": 5, "type": "configurations", "name": ..., ...}``: ``type`` is the resource
it belongs to (as ``describe`` names it), then the model's attributes by their snake_case
names, then any attribute the spec does not know (kept, not dropped, its key in snake_case).
An attribute itself named ``id`` or ``type`` is given as ``attribute_id`` / ``attribute_type``.
A record the API linked to others (JSON:API relationships) says so in ``related``: the ids it
points to, by relationship name, which is how included records are matched to it. Secret attributes (password values) are left out unless the server was told to show them.

Each model class gets a plan, built once: its fields with the output key and how the value
becomes JSON (as it is, a timestamp as ISO text, a secret unwrapped or dropped), so a page of
a thousand records costs one pass over plain attribute reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from itglue_async._converter import converter, own_fields, secret_fields, spec_name
from itglue_async._model import BaseModel, SecretStr

_RENAMED = {"id": "attribute_id", "type": "attribute_type", "related": "attribute_related"}
RELATED = "related"
_SCALARS = (str, int, float, bool, type(None))

Plan = tuple[tuple[str, str, bool], ...]  # (python field, output key, is secret)


def output_key(name: str) -> str:
    """The key an attribute named ``name`` has in a record (``id`` -> ``attribute_id``)."""
    return _RENAMED.get(name, name)


def record_fields(model: type[BaseModel], *, secrets: bool) -> list[str]:
    """The keys a record of ``model`` can hold besides ``id`` and ``type``, in model order."""
    hidden = set() if secrets else set(secret_fields(model))
    names = (spec_name(a.name) for a in own_fields(model))
    return [output_key(n) for n in names if n not in hidden]


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
        return converter.unstructure(value)
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return converter.unstructure(value)


class Records:
    """Turns models into records, by a plan per model class.

    ``type_of(wire_type)`` names the resource of a record the API typed (included records);
    ``secrets`` says whether secret attributes are shown.
    """

    def __init__(self, type_of: Callable[[str], str | None], *, secrets: bool) -> None:
        self._type_of = type_of
        self._secrets = secrets
        self._plans: dict[type[BaseModel], tuple[Plan, frozenset[str]]] = {}

    def _plan(self, model: type[BaseModel]) -> tuple[Plan, frozenset[str]]:
        found = self._plans.get(model)
        if found is None:
            hidden = frozenset(secret_fields(model))
            plan = tuple(
                (a.name, output_key(spec_name(a.name)), spec_name(a.name) in hidden)
                for a in own_fields(model)
            )
            found = self._plans[model] = (plan, hidden)
        return found

    def one(
        self, model: BaseModel, resource: str | None = None, fields: Collection[str] = ()
    ) -> dict[str, Any]:
        """``model`` as a record of ``resource`` (else the resource its type names).

        ``fields`` keeps only those keys (``id`` and ``type`` always stay).
        """
        plan, hidden = self._plan(type(model))
        kind = resource or self._type_of(model.wire_type) or model.wire_type
        out: dict[str, Any] = {"id": model.id, "type": kind}
        show = self._secrets
        for name, key, secret in plan:
            if secret and not show:
                continue
            value = getattr(model, name)
            out[key] = value if type(value) in _SCALARS else _json(value)
        for key, value in model.extra.items():
            if key.startswith("@"):
                continue  # JSON:API members beside the attributes (links, meta): not data
            snake = output_key(key.replace("-", "_"))
            if snake in out or (spec_name(snake) in hidden and not show):
                continue
            out[snake] = _json(value)
        if model.relationships:
            links = _links(model.relationships)
            if links:
                out[RELATED] = links
        if fields:
            out = {k: v for k, v in out.items() if k in ("id", "type") or k in fields}
        return out

    def many(
        self, models: Iterable[BaseModel], resource: str | None = None, fields: Sequence[str] = ()
    ) -> list[dict[str, Any]]:
        """Records of ``models`` (see ``one``)."""
        keep = frozenset(fields)
        return [self.one(m, resource, keep) for m in models]
