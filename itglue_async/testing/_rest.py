"""The fake's plain REST wire: plain query parameters, flat JSON bodies, bare answers."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import attrs

from itglue_async._rest import MEDIA_TYPE
from itglue_async._routes import Body, Route
from itglue_async.testing._query import positive, typed
from itglue_async.testing._wire import Answer, Condition, Item, Query, Record, Reply


@attrs.frozen
class RestWire:
    """Plain REST as BlueTally reads and writes it.

    ``envelope`` puts lists and records under ``data`` (the client reads both forms);
    ``extra_params`` are query parameters every route accepts (``tenant_id``).
    """

    media_type: str = MEDIA_TYPE
    envelope: bool = False
    extra_params: Collection[str] = ()

    def name(self, python_name: str) -> str:
        return python_name

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
        sort: str | None = None
        descending = False
        limit: int | None = None
        offset = 0
        params: dict[str, str] = {}
        for key, value in items:
            if key in seen:
                raise Reply(422, f"The parameter {key} is given more than once.", parameter=key)
            seen.add(key)
            spec = route.filters.get(key)
            if spec is not None:
                typed(key, spec, value)
                conditions.append(Condition(key, spec, (value,)))
            elif key == "sort" and route.sorts:
                if value not in route.sorts:
                    valid = ", ".join(route.sorts)
                    raise Reply(
                        422, f"sort {value!r} is not a column; valid: {valid}.", parameter=key
                    )
                sort = value
            elif key == "order" and route.sorts:
                if value not in ("asc", "desc"):
                    raise Reply(422, f"order must be asc or desc, got {value!r}.", parameter=key)
                descending = value == "desc"
            elif key == "limit" and route.paginated:
                limit = positive(key, value)
                if limit > max_page_size:
                    raise Reply(422, f"limit must be between 1 and {max_page_size}.", parameter=key)
            elif key == "offset" and route.paginated:
                offset = int(value) if value.isdigit() else -1
                if offset < 0:
                    raise Reply(422, f"offset must be 0 or more, got {value!r}.", parameter=key)
            elif key in self.extra_params or key in route.query_params:
                params[key] = value
            else:
                raise Reply(400, f"Unknown parameter {key} for {route.path}.", parameter=key)
        if route.paginated and limit is None:
            limit = default_page_size
        return Query(
            conditions=tuple(conditions),
            sort=((sort, descending),) if sort else (),
            offset=offset,
            limit=limit if route.paginated else None,
            params=params,
        )

    def items(self, spec: Body, body: Any, *, many: bool | None) -> tuple[list[Item], bool]:
        if isinstance(body, list):
            if many is False:
                raise Reply(400, "The body must be one JSON object here.")
            if not body or not all(isinstance(b, dict) for b in body):
                raise Reply(422, "The body must be a non-empty array of JSON objects.")
            return [Item(b, {}, f"/{i}", f"/{i}") for i, b in enumerate(body)], True
        if not isinstance(body, dict):
            raise Reply(400, "The body must be a JSON object.")
        if many is True:
            raise Reply(400, "The body must be an array of JSON objects.")
        return [Item(body, {}, "", "")], False

    def _object(self, record: Record) -> dict[str, Any]:
        return {"id": record.id, **record.attributes}

    def render(self, answer: Answer) -> Any:
        objects = [self._object(r) for r in answer.records]
        data: Any = (objects[0] if objects else None) if answer.single else objects
        return {"data": data} if self.envelope else data

    def error(self, status: int, title: str, reply: Reply) -> Any:
        out: dict[str, Any] = {"message": reply.detail}
        field = reply.parameter or (reply.pointer or "").strip("/").rsplit("/", 1)[-1]
        if field:
            out["errors"] = {field: [reply.detail]}
        return out
