"""The fake's JSON:API wire: IT Glue's query syntax, resource-object bodies and documents."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from itglue_async._jsonapi import MEDIA_TYPE, kebab
from itglue_async._routes import Body, Param, Route
from itglue_async.testing._query import norm, positive, typed
from itglue_async.testing._wire import Answer, Condition, Item, Query, Record, Reply

_FILTER_KEY = re.compile(r"^filter((?:\[[^\[\]]+\])+)$")


def split_values(text: str) -> list[str]:
    """Comma-separated values, where ``\\,`` is a literal comma and ``\\\\`` a backslash."""
    values: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ",":
            values.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    values.append("".join(current))
    return values


@attrs.frozen
class JsonApiWire:
    """JSON:API as IT Glue reads and writes it."""

    media_type: str = MEDIA_TYPE

    def name(self, python_name: str) -> str:
        return kebab(python_name)

    # -- requests ----------------------------------------------------------------------------

    def parse_query(
        self,
        route: Route,
        items: Sequence[tuple[str, str]],
        *,
        default_page_size: int,
        max_page_size: int,
    ) -> Query:
        seen: set[str] = set()
        conditions: list[Condition] = []
        sort: list[tuple[str, bool]] = []
        include: list[str] = []
        number, size = 1, None
        params: dict[str, str] = {}
        filters = {norm(k): v for k, v in route.filters.items()}
        route_params = {norm(k) for k in route.query_params}
        for key, value in items:
            if key in seen:
                raise Reply(422, f"The parameter {key} is given more than once.", parameter=key)
            seen.add(key)
            match = _FILTER_KEY.match(key)
            if match:
                parts = [norm(p) for p in match.group(1)[1:-1].split("][")]
                spec = filters.get(".".join(parts))
                if spec is None:
                    valid = ", ".join(f"filter[{k.replace('.', '][')}]" for k in sorted(filters))
                    raise Reply(
                        400,
                        f"{key} is not a filter of {route.path}; valid filters: {valid or 'none'}.",
                        parameter=key,
                    )
                conditions.append(_condition(key, parts, spec, value))
            elif key == "sort":
                sort = _sort(route, value)
            elif key == "include":
                include = _include(route, value)
            elif key == "page[number]":
                number = positive(key, value)
                if route.page_max_number and number > route.page_max_number:
                    raise Reply(
                        422,
                        f"page[number] must be between 1 and {route.page_max_number} (inclusive).",
                        parameter=key,
                    )
            elif key == "page[size]":
                size = positive(key, value)
                if size > max_page_size:
                    raise Reply(
                        422, f"page[size] must be between 1 and {max_page_size}.", parameter=key
                    )
            elif norm(key) in route_params:
                params[norm(key)] = value
            else:
                raise Reply(400, f"Unknown parameter {key} for {route.path}.", parameter=key)
        present = {f"exclude.{c.key}" if c.exclude else c.key for c in conditions}
        for name, spec in filters.items():
            label = f"filter[{name.replace('.', '][')}]"
            if spec.required and name not in present:
                raise Reply(422, f"{label} is required for {route.path}.", parameter=label)
            if spec.requires and name in present and norm(spec.requires) not in present:
                raise Reply(
                    422,
                    f"filter[{name}] must be accompanied by filter[{norm(spec.requires)}].",
                    parameter=label,
                )
        limit = None
        if route.paginated:
            limit = size if size is not None else default_page_size
        return Query(
            conditions=tuple(conditions),
            sort=tuple(sort),
            include=tuple(include),
            offset=(number - 1) * limit if limit else 0,
            limit=limit,
            params=params,
        )

    def items(self, spec: Body, body: Any, *, many: bool | None) -> tuple[list[Item], bool]:
        if not isinstance(body, dict) or "data" not in body:
            raise Reply(400, "The body must be a JSON object with a data member.", pointer="/data")
        data = body["data"]
        if isinstance(data, list):
            if many is False:
                raise Reply(400, "data must be a single resource object here.", pointer="/data")
            if not data:
                raise Reply(422, "data must hold at least one resource object.", pointer="/data")
            objects = data
        else:
            if many is True:
                raise Reply(400, "data must be an array of resource objects.", pointer="/data")
            objects = [data]
        out = []
        for index, item in enumerate(objects):
            where = f"/data/{index}" if isinstance(data, list) else "/data"
            if not isinstance(item, dict):
                raise Reply(400, "Each resource object must be a JSON object.", pointer=where)
            if norm(str(item.get("type", ""))) != norm(spec.type):
                raise Reply(
                    422,
                    f"type must be {spec.type!r}, got {item.get('type')!r}.",
                    pointer=f"{where}/type",
                )
            attributes = item.get("attributes", {})
            if not isinstance(attributes, dict):
                raise Reply(422, "attributes must be an object.", pointer=f"{where}/attributes")
            relationships = item.get("relationships") or {}
            out.append(Item(attributes, relationships, where, f"{where}/attributes"))
        return out, isinstance(data, list)

    # -- answers -----------------------------------------------------------------------------

    def _object(self, record: Record) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": str(record.id),
            "type": kebab(record.resource),
            "attributes": dict(record.attributes),
        }
        if record.links:
            out["relationships"] = {
                kebab(name): {"data": [{"type": kebab(r), "id": str(i)} for r, i in targets]}
                for name, targets in record.links.items()
            }
        return out

    def render(self, answer: Answer) -> Any:
        objects = [self._object(r) for r in answer.records]
        document: dict[str, Any] = {"data": objects}
        if answer.single:
            document["data"] = objects[0] if objects else None
        if answer.included is not None:
            document["included"] = [self._object(r) for r in answer.included]
        if answer.page is not None:
            page = answer.page
            pages = max(1, -(-page.total // page.limit))
            number = page.offset // page.limit + 1
            document["meta"] = {
                "current-page": number,
                "next-page": number + 1 if number < pages else None,
                "prev-page": number - 1 if number > 1 else None,
                "total-pages": pages,
                "total-count": page.total,
                "filters": {},
            }
        return document

    def error(self, status: int, title: str, reply: Reply) -> Any:
        error: dict[str, Any] = {"status": str(status), "title": title, "detail": reply.detail}
        if reply.pointer is not None:
            error["source"] = {"pointer": reply.pointer}
        elif reply.parameter is not None:
            error["source"] = {"parameter": reply.parameter}
        return {"errors": [error]}


def _condition(key: str, parts: list[str], spec: Param, value: str) -> Condition:
    exclude = parts[0] == "exclude" and len(parts) > 1
    ranged = parts[0] == "range" and len(parts) > 1
    field = parts[-1] if (exclude or ranged) else ".".join(parts)
    if spec.format in ("date_range", "range") or ranged:
        pieces = [p.strip() for p in value.split(",")]
        if len(pieces) != 2:
            raise Reply(
                422,
                f"{key} must be two comma-separated values (use * for an open end), got {value!r}.",
                parameter=key,
            )
        low, high = (None if p in ("", "*") else p for p in pieces)
        for piece in (low, high):
            if piece is not None:
                typed(key, spec, piece)
        return Condition(field, spec, (), bounds=(low, high))
    if spec.nullable and value == "null":
        return Condition(field, spec, (), exclude=exclude, null=True)
    values = tuple(split_values(value))
    for item in values:
        typed(key, spec, item)
    return Condition(field, spec, values, exclude=exclude)


def _sort(route: Route, value: str) -> list[tuple[str, bool]]:
    fields = {norm(s) for s in route.sorts}
    out = []
    for part in value.split(","):
        part = part.strip()
        descending = part.startswith("-")
        name = norm(part.lstrip("-"))
        if name not in fields:
            valid = ", ".join(route.sorts) or "none"
            raise Reply(
                400, f"sort by {part!r} is not supported; valid: {valid}.", parameter="sort"
            )
        out.append((name, descending))
    return out


def _include(route: Route, value: str) -> list[str]:
    names = {norm(i) for i in route.includes}
    out = []
    for part in value.split(","):
        name = norm(part.strip())
        if name not in names:
            valid = ", ".join(route.includes) or "none"
            raise Reply(
                400, f"include {part!r} is not supported; valid: {valid}.", parameter="include"
            )
        out.append(name)
    return out
