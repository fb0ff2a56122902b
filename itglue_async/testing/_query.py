"""Query strings as IT Glue reads them: filters, sort, include and page parameters.

Every check here reads the route tables; nothing names a particular resource.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from itglue_async._routes import Param, Route

_FILTER_KEY = re.compile(r"^filter((?:\[[^\[\]]+\])+)$")


class QueryError(Exception):
    """A query parameter the API would refuse: carries the status and a JSON:API error."""

    def __init__(self, status: int, title: str, detail: str, parameter: str) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.parameter = parameter


def norm(name: str) -> str:
    """Wire names arrive kebab- or snake-cased; compare them snake-cased."""
    return name.replace("-", "_")


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
class Condition:
    """One filter: the record key it reads, how it compares, and whether it excludes."""

    key: str
    param: Param
    values: tuple[str, ...]
    exclude: bool = False
    bounds: tuple[str | None, str | None] | None = None


@attrs.frozen
class Query:
    """A list or get request's parsed query."""

    conditions: tuple[Condition, ...] = ()
    sort: tuple[tuple[str, bool], ...] = ()  # (key, descending)
    include: tuple[str, ...] = ()
    page_number: int = 1
    page_size: int | None = None
    params: Mapping[str, str] = attrs.field(factory=dict)


def parse_query(
    route: Route,
    items: Sequence[tuple[str, str]],
    *,
    default_page_size: int,
    max_page_size: int,
) -> Query:
    """Read ``items`` (the query's key/value pairs) against ``route``, or raise QueryError."""
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
            raise QueryError(
                422, "Unprocessable Entity", f"The parameter {key} is given more than once.", key
            )
        seen.add(key)
        match = _FILTER_KEY.match(key)
        if match:
            parts = [norm(p) for p in match.group(1)[1:-1].split("][")]
            name = ".".join(parts)
            spec = filters.get(name)
            if spec is None:
                valid = ", ".join(f"filter[{k.replace('.', '][')}]" for k in sorted(filters))
                raise QueryError(
                    400,
                    "Bad Request",
                    f"{key} is not a filter of {route.path}; valid filters: {valid or 'none'}.",
                    key,
                )
            conditions.append(_condition(key, parts, spec, value))
        elif key == "sort":
            sort = _sort(route, value)
        elif key == "include":
            include = _include(route, value)
        elif key == "page[number]":
            number = _positive(key, value)
            if route.page_max_number and number > route.page_max_number:
                raise QueryError(
                    422,
                    "Unprocessable Entity",
                    f"page[number] must be between 1 and {route.page_max_number} (inclusive).",
                    key,
                )
        elif key == "page[size]":
            size = _positive(key, value)
            if size > max_page_size:
                raise QueryError(
                    422,
                    "Unprocessable Entity",
                    f"page[size] must be between 1 and {max_page_size}.",
                    key,
                )
        elif norm(key) in route_params:
            params[norm(key)] = value
        else:
            raise QueryError(400, "Bad Request", f"Unknown parameter {key} for {route.path}.", key)
    present = {f"exclude.{c.key}" if c.exclude else c.key for c in conditions}
    for name, spec in filters.items():
        if spec.required and name not in present:
            raise QueryError(
                422,
                "Unprocessable Entity",
                f"filter[{name.replace('.', '][')}] is required for {route.path}.",
                f"filter[{name}]",
            )
        if spec.requires and name in present and norm(spec.requires) not in present:
            raise QueryError(
                422,
                "Unprocessable Entity",
                f"filter[{name}] must be accompanied by filter[{norm(spec.requires)}].",
                f"filter[{name}]",
            )
    return Query(
        conditions=tuple(conditions),
        sort=tuple(sort),
        include=tuple(include),
        page_number=number,
        page_size=size if size is not None else (default_page_size if route.paginated else None),
        params=params,
    )


def _positive(key: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise QueryError(
            400, "Bad Request", f"{key} must be a positive number, got {value!r}.", key
        )
    return number


def _condition(key: str, parts: list[str], spec: Param, value: str) -> Condition:
    exclude = parts[0] == "exclude" and len(parts) > 1
    ranged = parts[0] == "range" and len(parts) > 1
    field = parts[-1] if (exclude or ranged) else ".".join(parts)
    if spec.format in ("date_range", "range") or ranged:
        pieces = [p.strip() for p in value.split(",")]
        if len(pieces) != 2:
            raise QueryError(
                422,
                "Unprocessable Entity",
                f"{key} must be two comma-separated values (use * for an open end), got {value!r}.",
                key,
            )
        low, high = (None if p in ("", "*") else p for p in pieces)
        for piece in (low, high):
            if piece is not None:
                _typed(key, spec, piece)
        return Condition(field, spec, (), bounds=(low, high))
    values = tuple(split_values(value))
    for item in values:
        _typed(key, spec, item)
    return Condition(field, spec, values, exclude=exclude)


def _typed(key: str, spec: Param, text: str) -> None:
    try:
        coerce(spec.type, text)
    except ValueError:
        raise QueryError(
            422, "Unprocessable Entity", f"{key} must be a {spec.type}, got {text!r}.", key
        ) from None
    if spec.enum and text not in spec.enum:
        raise QueryError(
            422,
            "Unprocessable Entity",
            f"{key} must be one of: {', '.join(spec.enum)}; got {text!r}.",
            key,
        )


def coerce(type_name: str, text: str) -> Any:
    """A query value as the type its parameter documents."""
    if type_name == "integer":
        return int(text)
    if type_name == "number":
        return float(text)
    if type_name == "boolean":
        lowered = text.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise ValueError(text)
    if type_name in ("date", "datetime"):
        return parse_time(text)
    return text


def parse_time(text: str) -> dt.datetime:
    """An ISO date or timestamp (``Z`` allowed) as an aware UTC datetime."""
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def _sort(route: Route, value: str) -> list[tuple[str, bool]]:
    fields = {norm(s) for s in route.sorts}
    out = []
    for part in value.split(","):
        part = part.strip()
        descending = part.startswith("-")
        name = norm(part.lstrip("-"))
        if name not in fields:
            valid = ", ".join(route.sorts) or "none"
            raise QueryError(
                400, "Bad Request", f"sort by {part!r} is not supported; valid: {valid}.", "sort"
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
            raise QueryError(
                400, "Bad Request", f"include {part!r} is not supported; valid: {valid}.", "include"
            )
        out.append(name)
    return out


Getter = Callable[[str], Any]


def matches(condition: Condition, get: Getter) -> bool:
    """Whether a record (read through ``get``) passes ``condition``."""
    actual = get(condition.key)
    if condition.bounds is not None:
        if actual is None:
            return False
        low, high = condition.bounds
        have = _comparable(condition.param.type, actual)
        if low is not None and have < _comparable(condition.param.type, low):
            return False
        return not (high is not None and have > _comparable(condition.param.type, high))
    hit = any(_equal(condition.param.type, actual, want) for want in condition.values)
    return not hit if condition.exclude else hit


def _comparable(type_name: str, value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    try:
        return float(text) if type_name in ("integer", "number") else parse_time(text)
    except ValueError:
        return text


def _equal(type_name: str, actual: Any, wanted: str) -> bool:
    if actual is None:
        return False
    if isinstance(actual, bool) or type_name == "boolean":
        try:
            return bool(actual) is bool(coerce("boolean", wanted))
        except ValueError:
            return False
    if isinstance(actual, (int, float)):
        try:
            return float(actual) == float(wanted)
        except ValueError:
            return False
    return str(actual) == wanted


def sort_key(value: Any) -> tuple[int, Any]:
    """Orders values of one field; missing values last."""
    if value is None:
        return (2, 0)
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value))
