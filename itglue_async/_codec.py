"""JSON:API encoding of requests and decoding of responses.

Request attributes are snake_case in Python and kebab-case on the wire. Only keys the spec
declares are renamed: the inside of ``traits``, ``attachment`` and any other free-form mapping
goes out exactly as given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from itglue_async._converter import converter
from itglue_async._model import BaseModel
from itglue_async._routes import Attribute, Body


class _UnsetType:
    """Marks a request-model field that was not given (distinct from ``None``, which clears)."""

    _instance: _UnsetType | None = None

    def __new__(cls) -> _UnsetType:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET = _UnsetType()


def wire_key(name: str) -> str:
    return name.replace("_", "-")


def as_attributes(value: Any) -> dict[str, Any]:
    """A body given as a mapping or a generated request model, as a dict of given keys."""
    if isinstance(value, Mapping):
        return dict(value)
    if attrs.has(type(value)):
        return {
            a.name: getattr(value, a.name)
            for a in attrs.fields(type(value))
            if getattr(value, a.name) is not UNSET
        }
    raise TypeError(f"a body must be a mapping or a request model, got {type(value).__name__}")


def _wire_value(spec: Attribute | None, value: Any) -> Any:
    if value is None or spec is None:
        return _plain(value)
    if spec.properties and isinstance(value, Mapping):
        return encode_attributes(spec.properties, value)
    if spec.properties and isinstance(value, (list, tuple)):
        return [
            encode_attributes(spec.properties, item) if isinstance(item, Mapping) else _plain(item)
            for item in value
        ]
    return _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def encode_attributes(specs: Mapping[str, Attribute], values: Mapping[str, Any]) -> dict[str, Any]:
    """Declared keys to kebab-case, recursively into declared properties only."""
    return {wire_key(k): _wire_value(specs.get(k), v) for k, v in values.items()}


def encode_resource(body: Body, values: Mapping[str, Any]) -> dict[str, Any]:
    """One JSON:API resource object (``type``, ``attributes`` and maybe ``relationships``)."""
    attributes: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    for name, value in values.items():
        spec = body.attributes.get(name)
        if spec is not None and spec.location == "relationships":
            item_type = spec.item_type or name
            relationships[wire_key(spec.relationship or name)] = {
                "data": [
                    {"type": item_type, "attributes": encode_attributes(spec.properties, item)}
                    for item in (value or [])
                ]
            }
        else:
            attributes[wire_key(name)] = _wire_value(spec, value)
    resource: dict[str, Any] = {"type": body.type, "attributes": attributes}
    if relationships:
        resource["relationships"] = relationships
    return resource


def encode_single(body: Body, values: Mapping[str, Any]) -> dict[str, Any]:
    return {"data": encode_resource(body, values)}


def encode_many(body: Body, items: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    return {"data": [encode_resource(body, item) for item in items]}


def encode_ids(body: Body, ids: Iterable[int]) -> dict[str, Any]:
    """The documented bulk destroy body; ids go out as JSON numbers."""
    return {"data": [{"type": body.type, "attributes": {"id": int(i)}} for i in ids]}


@attrs.frozen
class Document:
    """A decoded JSON:API document."""

    data: list[BaseModel]
    single: bool
    included: list[BaseModel]
    meta: dict[str, Any]
    links: dict[str, Any]


ModelLookup = Callable[[str], type[BaseModel]]


def decode_item(raw: Mapping[str, Any], lookup: ModelLookup) -> BaseModel:
    type_name = str(raw.get("type", ""))
    cls = lookup(type_name)
    attributes = raw.get("attributes") or {}
    try:
        ident = int(raw["id"])
    except (KeyError, TypeError, ValueError):
        ident = 0
    payload = dict(attributes)
    payload.pop("id", None)
    model = converter.structure({**payload, "id": ident}, cls)
    model.jsonapi_type = type_name
    if raw.get("id") is not None and str(ident) != str(raw.get("id")):
        model.extra["id"] = raw["id"]
    if "id" in attributes and attributes["id"] != raw.get("id"):
        model.extra.setdefault("attributes-id", attributes["id"])
    if raw.get("relationships"):
        model.relationships = dict(raw["relationships"])
    for key in raw:
        if key not in ("id", "type", "attributes", "relationships"):
            model.extra[f"@{key}"] = raw[key]
    return model


def decode_document(body: Any, lookup: ModelLookup) -> Document:
    """Structure a JSON:API response body into models, linking included resources."""
    if not isinstance(body, Mapping):
        return Document([], False, [], {}, {})
    raw = body.get("data")
    single = isinstance(raw, Mapping)
    items = [raw] if single else list(raw or [])
    data = [decode_item(item, lookup) for item in items if isinstance(item, Mapping)]
    included = [
        decode_item(item, lookup)
        for item in body.get("included") or []
        if isinstance(item, Mapping)
    ]
    if included:
        index = {(m.jsonapi_type.replace("_", "-"), str(m.id)): m for m in included}
        for model in (*data, *included):
            model.included_index = index
    return Document(
        data, single, included, dict(body.get("meta") or {}), dict(body.get("links") or {})
    )


def unstructure_model(model: BaseModel) -> dict[str, Any]:
    """A model back to its wire attributes (kebab keys, extra keys included)."""
    out: dict[str, Any] = converter.unstructure(model)
    out.pop("id", None)
    return {k: v for k, v in out.items() if not k.startswith("@")}
