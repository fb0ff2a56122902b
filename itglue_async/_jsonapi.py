"""The JSON:API dialect (IT Glue): every wire key of that format is spelled here and only here.

Requests: ``filter[a]=`` and ``filter[exclude][a]=`` (several values comma-separated, a literal
comma escaped with a backslash), ``sort=-a,b``, ``include=a,b``, ``page[number]``/``page[size]``;
bodies ``{"data": {"type": ..., "attributes": {...}}}`` with kebab-case keys. Answers: ``data``
(one resource object or a list), ``included``, ``meta`` (``total-pages`` and friends) and, on
errors, ``errors[]``.

Only names the spec declares are renamed: the inside of ``traits``, ``attachment`` and any
other free-form mapping goes out exactly as given.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs
import httpx

from itglue_async._converter import structure, structurer
from itglue_async._dialect import (
    Decoded,
    ModelLookup,
    PageMeta,
    ShapeError,
    json_value,
    query_text,
)
from itglue_async._model import BaseModel
from itglue_async._routes import Attribute, Body, Param, Route

MEDIA_TYPE = "application/vnd.api+json"
_MEMBERS = frozenset({"id", "type", "attributes", "relationships"})
_NOTHING: Mapping[str, Any] = {}


def kebab(name: str) -> str:
    """``"organization_id"`` -> ``"organization-id"``: how JSON:API members are spelled here."""
    return name.replace("_", "-")


@attrs.frozen
class JsonApi:
    """JSON:API as IT Glue speaks it; the parameters come from the spec's ``api`` block."""

    name: ClassVar[str] = "jsonapi"
    multi_sort: ClassVar[bool] = True  # ``sort=-a,b``
    paging: ClassVar[str] = "page_number"  # numbered pages, counted in ``meta``

    media_type: str = MEDIA_TYPE
    page_number_param: str = "page[number]"
    page_size_param: str = "page[size]"
    list_separator: str = ","
    escape: str = "\\"

    @classmethod
    def from_spec(cls, block: Mapping[str, Any]) -> JsonApi:
        """This dialect as a spec's ``api`` block configures it."""
        return cls(
            media_type=block["content_type"],
            page_number_param=block["pagination"]["number_param"],
            page_size_param=block["pagination"]["size_param"],
            list_separator=block["filters"]["list_separator"],
            escape=block["filters"]["escape"],
        )

    # -- names -------------------------------------------------------------------------------

    def wire_name(self, name: str) -> str:
        return kebab(name)

    def filter_label(self, name: str) -> str:
        return "filter" + "".join(f"[{part}]" for part in name.split("."))

    # -- queries -----------------------------------------------------------------------------

    def query(
        self,
        route: Route,
        *,
        filters: Mapping[str, Any],
        sorts: Sequence[str],
        includes: Sequence[str],
    ) -> dict[str, Any]:
        query: dict[str, Any] = {}
        for name, value in filters.items():
            query[self.filter_label(name)] = self._filter_value(route.filters[name], value)
        if sorts:
            query["sort"] = self.list_separator.join(sorts)
        if includes:
            query["include"] = self.list_separator.join(includes)
        return query

    def _filter_value(self, spec: Param, value: Any) -> str:
        if value is None:
            return "null"  # a nullable filter: records with no value (or, per route, all)
        sep = self.list_separator
        if spec.format in ("date_range", "range") and isinstance(value, (list, tuple)):
            return sep.join("*" if part is None else query_text(part) for part in value)
        if isinstance(value, (list, tuple, set, frozenset)):
            return sep.join(self._escaped(query_text(v)) for v in value)
        text = query_text(value)
        return self._escaped(text) if spec.list and isinstance(value, str) else text

    def _escaped(self, text: str) -> str:
        esc = self.escape
        return text.replace(esc, esc + esc).replace(self.list_separator, esc + self.list_separator)

    def page_query(self, number: int, size: int) -> dict[str, Any]:
        return {self.page_number_param: number, self.page_size_param: size}

    def is_last_page(self, number: int, size: int, page: Decoded) -> bool:
        meta = page.meta
        if meta.total_pages is not None:
            return number >= meta.total_pages
        return meta.next_page is None or meta.next_page <= number

    # -- bodies ------------------------------------------------------------------------------

    def _value(self, spec: Attribute | None, value: Any) -> Any:
        if value is None or spec is None or not spec.properties:
            return json_value(value)
        if isinstance(value, Mapping):
            return self._attributes(spec.properties, value)
        if isinstance(value, (list, tuple)):
            return [
                self._attributes(spec.properties, item)
                if isinstance(item, Mapping)
                else json_value(item)
                for item in value
            ]
        return json_value(value)

    def _attributes(
        self, specs: Mapping[str, Attribute], values: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Declared keys to kebab-case, recursively into declared properties only."""
        return {kebab(k): self._value(specs.get(k), v) for k, v in values.items()}

    def _resource(
        self, body: Body, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        attributes: dict[str, Any] = {}
        relationships: dict[str, Any] = {}
        for name, value in values.items():
            spec = body.attributes.get(name)
            if spec is not None and spec.location == "relationships":
                item_type = spec.item_type or name
                relationships[kebab(spec.relationship or name)] = {
                    "data": [
                        {"type": item_type, "attributes": self._attributes(spec.properties, item)}
                        for item in (value or [])
                    ]
                }
            else:
                attributes[kebab(name)] = self._value(spec, value)
        if extra:
            attributes.update(extra)  # the caller's own keys, in the wire's naming, as given
        resource: dict[str, Any] = {"type": body.type, "attributes": attributes}
        if relationships:
            resource["relationships"] = relationships
        return resource

    def encode_one(
        self, body: Body, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> Any:
        return {"data": self._resource(body, values, extra)}

    def encode_many(
        self,
        body: Body,
        items: Sequence[Mapping[str, Any]],
        extra: Mapping[str, Any] | None = None,
    ) -> Any:
        return {"data": [self._resource(body, item, extra) for item in items]}

    def encode_ids(self, body: Body, ids: Iterable[int]) -> Any:
        # The documented bulk destroy body carries ids as JSON numbers.
        return {"data": [{"type": body.type, "attributes": {"id": int(i)}} for i in ids]}

    # -- answers -----------------------------------------------------------------------------

    def decode(
        self, payload: Any, model: type[BaseModel], lookup: ModelLookup, *, many: bool
    ) -> Decoded:
        if payload is None:
            raise ShapeError("the answer is empty where a record was due")
        if not isinstance(payload, Mapping):
            raise ShapeError("the body is not a JSON:API document")
        if "data" not in payload:
            errors = payload.get("errors")
            if isinstance(errors, list) and errors:
                said = "; ".join(self.describe_error(e) for e in errors if isinstance(e, Mapping))
                raise ShapeError(f"it holds errors and no data ({said or 'no detail'})")
            raise ShapeError("it has no data member")
        raw = payload["data"]
        single = isinstance(raw, Mapping)
        if many and not isinstance(raw, list):
            raise ShapeError("its data is not a list of records")
        if not many and not single:
            raise ShapeError("its data is not one record" + (" (null)" if raw is None else ""))
        records = [raw] if single else raw
        if not all(isinstance(r, Mapping) for r in records):
            raise ShapeError("its data holds something other than resource objects")
        build = structurer(model, kebab)
        items = []
        for record in records:
            raw_id = record.get("id")
            attributes = record.get("attributes") or _NOTHING
            relationships = record.get("relationships")
            if (
                type(raw_id) is str
                and raw_id.isdigit()
                and raw_id[0] != "0"
                and record.keys() <= _MEMBERS
                and "id" not in attributes
            ):
                # The usual resource object: a plain numeric id and nothing unusual to keep.
                item = build(
                    attributes,
                    int(raw_id),
                    _type_name(record.get("type", "")),
                    dict(relationships) if relationships else None,
                    None,
                )
            else:
                item = self._item(record, model)
            items.append(item)
        included = [
            self._item(r, lookup.get(_type_key(r.get("type")), BaseModel))
            for r in payload.get("included") or []
            if isinstance(r, Mapping)
        ]
        if included:
            linker = _Included(included)
            for item in (*items, *included):
                item.linker = linker
        return Decoded(items, single, included, _meta(payload.get("meta")))

    def _item(self, raw: Mapping[str, Any], model: type[BaseModel]) -> BaseModel:
        attributes = raw.get("attributes") or {}
        raw_id = raw.get("id")
        try:
            ident = int(raw_id)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            ident = 0
        extra: dict[str, Any] | None = None
        if not raw.keys() <= _MEMBERS or raw_id != str(ident) or "id" in attributes:
            # Anything a resource object holds beyond id, type, attributes, relationships is kept.
            extra = {f"@{k}": v for k, v in raw.items() if k not in _MEMBERS}
            if raw_id is not None and str(ident) != str(raw_id):
                extra["id"] = raw_id
            if "id" in attributes and attributes["id"] != raw_id:
                extra["attributes-id"] = attributes["id"]
        relationships = raw.get("relationships")
        return structure(
            model,
            ident,
            attributes,
            kebab,
            wire_type=_type_name(raw.get("type", "")),
            relationships=dict(relationships) if relationships else None,
            extra=extra,
        )

    def error_objects(self, response: httpx.Response) -> list[dict[str, Any]]:
        try:
            body = response.json()
        except ValueError:
            return []
        errors = body.get("errors") if isinstance(body, dict) else None
        if not isinstance(errors, list):
            return []
        return [e for e in errors if isinstance(e, dict)]

    def describe_error(self, error: Mapping[str, Any]) -> str:
        parts = [str(error[k]) for k in ("title", "detail") if error.get(k)]
        source = error.get("source")
        if isinstance(source, dict) and source.get("pointer"):
            parts.append(f"at {source['pointer']}")
        return " - ".join(parts)


def _type_name(value: Any) -> str:
    """A record's type, as one string shared by every record of that type, not one per record."""
    return sys.intern(value) if type(value) is str else str(value)


def _type_key(value: Any) -> str:
    return kebab(str(value or ""))


def _meta(meta: Any) -> PageMeta:
    if not isinstance(meta, Mapping):
        return PageMeta()

    def number(key: str) -> int | None:
        value = meta.get(key)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    return PageMeta(
        current_page=number("current-page"),
        next_page=number("next-page"),
        prev_page=number("prev-page"),
        total_pages=number("total-pages"),
        total_count=number("total-count"),
        raw=dict(meta),
    )


class _Included:
    """The records one answer included, by (type, id), shared by every record of the answer."""

    __slots__ = ("_index",)

    def __init__(self, included: Sequence[BaseModel]) -> None:
        self._index = {(_type_key(m.wire_type), str(m.id)): m for m in included}

    def related(self, model: BaseModel, name: str) -> list[BaseModel]:
        relationships = model.relationships
        link = relationships.get(kebab(name), relationships.get(name))
        if not isinstance(link, dict):
            return []
        data = link.get("data")
        refs = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        out = []
        for ref in refs:
            found = self._index.get((_type_key(ref.get("type")), str(ref.get("id"))))
            if found is not None:
                out.append(found)
        return out
