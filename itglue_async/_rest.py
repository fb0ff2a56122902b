"""The plain REST dialect (BlueTally): every wire key of that format is spelled here.

Requests: filters as plain query parameters (``status_id=2``), one sort column as
``sort=purchase_date&order=desc``, paging as ``limit``/``offset``; bodies are the attributes as
one flat JSON object, names as in Python. Answers: a list is a bare JSON array or an array
under ``data``, a record a bare object or one under ``data``; a listing ends at the first page
holding fewer records than asked for. Error bodies are kept as the API sent them: a
``message`` and per-field ``errors`` when the body is JSON, else its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

import attrs
import httpx

from itglue_async._converter import structure
from itglue_async._dialect import Decoded, ModelLookup, ShapeError, json_value, query_text
from itglue_async._model import BaseModel
from itglue_async._routes import Body, Route

MEDIA_TYPE = "application/json"
_EXCERPT = 300  # characters of a non-JSON error body kept in the message


def same(name: str) -> str:
    """Names go on the wire as they are in Python."""
    return name


@attrs.frozen
class Rest:
    """Plain JSON over REST, as BlueTally speaks it; parameters from the spec's ``api`` block."""

    name: ClassVar[str] = "rest"
    multi_sort: ClassVar[bool] = False  # one sort column a request
    paging: ClassVar[str] = "limit_offset"  # no count: a listing ends at its first short page

    media_type: str = MEDIA_TYPE
    limit_param: str = "limit"
    offset_param: str = "offset"
    order_param: str = "order"

    @classmethod
    def from_spec(cls, block: Mapping[str, Any]) -> Rest:
        """This dialect as a spec's ``api`` block configures it."""
        return cls(
            media_type=block["content_type"],
            limit_param=block["pagination"]["size_param"],
            offset_param=block["pagination"]["offset_param"],
            order_param=(block.get("sorting") or {}).get("order_param", "order"),
        )

    def wire_name(self, name: str) -> str:
        return same(name)

    def filter_label(self, name: str) -> str:
        return name

    def query(
        self,
        route: Route,
        *,
        filters: Mapping[str, Any],
        sorts: Sequence[str],
        includes: Sequence[str],
    ) -> dict[str, Any]:
        query: dict[str, Any] = {name: query_text(value) for name, value in filters.items()}
        if sorts:
            column = sorts[0]
            query["sort"] = column.removeprefix("-")
            query[self.order_param] = "desc" if column.startswith("-") else "asc"
        return query

    def page_query(self, number: int, size: int) -> dict[str, Any]:
        return {self.limit_param: size, self.offset_param: (number - 1) * size}

    def is_last_page(self, number: int, size: int, page: Decoded) -> bool:
        return len(page.items) < size

    def encode_one(
        self, body: Body, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> Any:
        record = {name: _json(value) for name, value in values.items()}
        if extra:
            record.update(extra)
        return record

    def encode_many(
        self,
        body: Body,
        items: Sequence[Mapping[str, Any]],
        extra: Mapping[str, Any] | None = None,
    ) -> Any:
        return [self.encode_one(body, item, extra) for item in items]

    def encode_ids(self, body: Body, ids: Iterable[int]) -> Any:
        return [{"id": int(i)} for i in ids]

    def decode(
        self, payload: Any, model: type[BaseModel], lookup: ModelLookup, *, many: bool
    ) -> Decoded:
        if payload is None:
            raise ShapeError("the answer is empty where a record was due")
        data = payload.get("data", payload) if isinstance(payload, Mapping) else payload
        if many:
            if not isinstance(data, list):
                raise ShapeError("it is neither a JSON array nor an array under data")
            records = data
        else:
            if not isinstance(data, Mapping):
                raise ShapeError("it is neither a JSON object nor an object under data")
            records = [data]
        for record in records:
            if not isinstance(record, Mapping):
                raise ShapeError("a record in it is not a JSON object")
            if record.get("id") is None:
                raise ShapeError("a record in it has no id")
        return Decoded([_item(r, model) for r in records], not many)

    def error_objects(self, response: httpx.Response) -> list[dict[str, Any]]:
        try:
            body = response.json()
        except ValueError:
            text = response.text.strip()
            return [{"detail": text[:_EXCERPT]}] if text else []
        if not isinstance(body, Mapping):
            return [{"detail": str(body)[:_EXCERPT]}]
        out: list[dict[str, Any]] = []
        fields = body.get("errors")
        if isinstance(fields, Mapping):
            for name, problems in fields.items():
                for problem in problems if isinstance(problems, list) else [problems]:
                    out.append({"title": str(name), "detail": str(problem)})
        message = body.get("message") or body.get("error")
        # A message that only repeats a field's error says nothing more.
        if message and all(str(message) != e["detail"] for e in out):
            out.insert(0, {"detail": str(message)})
        if not out:
            out.append({"detail": str(dict(body))[:_EXCERPT]})
        return out

    def describe_error(self, error: Mapping[str, Any]) -> str:
        return " - ".join(str(error[k]) for k in ("title", "detail") if error.get(k))


def _json(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return json_value(value)


def _item(raw: Mapping[str, Any], model: type[BaseModel]) -> BaseModel:
    raw_id = raw.get("id")
    try:
        ident = int(raw_id)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        ident = 0
    extra = {"id": raw_id} if raw_id is not None and str(ident) != str(raw_id) else None
    return structure(model, ident, raw, same, extra=extra)
