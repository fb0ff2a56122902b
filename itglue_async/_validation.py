"""Checks run before anything is sent, from the generated route tables.

Every failure is a ``RequestValidationError`` whose message names the parameter and says what
would be valid. Values are checked before conversion: ``{"name": 123}`` is refused rather than
sent as ``"123"``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from itglue_async._errors import RequestValidationError
from itglue_async._routes import Attribute, Param, Route

_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "True or False",
    "date": "a datetime.date or a 'YYYY-MM-DD' string",
    "datetime": "a datetime or ISO datetime string",
    "object": "a mapping",
    "array": "a list",
    "file": "a mapping",
    "any": "any value",
    "union": "one of several types",
}


def _listing(values: Iterable[str]) -> str:
    items = sorted(values)
    return ", ".join(items) if items else "(none)"


def type_ok(type_name: str, value: Any) -> bool:
    """Whether ``value`` is an acceptable Python value for a spec type."""
    if type_name == "string":
        return isinstance(value, str)
    if type_name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "number":
        # NaN and infinities are no JSON numbers.
        return (
            isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        )
    if type_name == "boolean":
        return isinstance(value, bool)
    if type_name == "date":
        if isinstance(value, str):
            return _is_iso_date(value)
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    if type_name == "datetime":
        return isinstance(value, (str, dt.datetime))
    if type_name in ("object", "file"):
        return isinstance(value, Mapping)
    if type_name == "array":
        return isinstance(value, (list, tuple))
    return True


def _is_iso_date(text: str) -> bool:
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _type_error(name: str, type_name: str, value: Any) -> RequestValidationError:
    return RequestValidationError(
        f"{name} must be {_TYPE_WORDS[type_name]}, got {type(value).__name__} {value!r}.",
        parameter=name,
    )


def check_value(name: str, spec: Param | Attribute, value: Any) -> None:
    """Type, enum and bounds check of one scalar value."""
    members = getattr(spec, "of", ())
    if spec.type == "union" and members:
        if not any(type_ok(member, value) for member in members):
            words = " or ".join(_TYPE_WORDS[m] for m in members)
            raise RequestValidationError(
                f"{name} must be {words}, got {type(value).__name__} {value!r}.", parameter=name
            )
    elif not type_ok(spec.type, value):
        raise _type_error(name, spec.type, value)
    low, high = getattr(spec, "minimum", None), getattr(spec, "maximum", None)
    if (low is not None and value < low) or (high is not None and value > high):
        raise RequestValidationError(
            f"{name} must be from {low if low is not None else '-inf'} to "
            f"{high if high is not None else 'inf'}, got {value!r}.",
            parameter=name,
        )
    if spec.enum and value not in spec.enum:
        raise RequestValidationError(
            f"{name} must be one of the documented values; got {value!r}. "
            f"Options: {', '.join(spec.enum)}.",
            parameter=name,
        )


def check_id(name: str, value: Any) -> None:
    """A record id: a positive integer (``True`` is no id)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RequestValidationError(
            f"{name} must be a positive integer id, got {type(value).__name__} {value!r}.",
            parameter=name,
        )


def check_path_params(route: Route, values: Mapping[str, Any]) -> None:
    for name, spec in route.path_params.items():
        if values.get(name) is None:
            raise RequestValidationError(
                f"{name} is required for {route.method} {route.path}.", parameter=name
            )
        if spec.type == "integer":
            check_id(name, values[name])
        else:
            check_value(name, spec, values[name])


def check_filters(
    route: Route, filters: Mapping[str, Any] | None, label: Callable[[str], str]
) -> dict[str, Any]:
    """Flatten ``filters`` (nested mappings or dotted keys) and check each against the route.

    ``label`` names a dotted filter in messages the way the API spells it.
    """
    flat: dict[str, Any] = {}

    def walk(prefix: str, node: Mapping[str, Any]) -> None:
        for key, value in node.items():
            dotted = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, Mapping):
                walk(dotted, value)
            else:
                flat[dotted] = value

    if filters is not None:
        if not isinstance(filters, Mapping):
            raise RequestValidationError(
                f"filter must be a mapping of filter names to values, got {type(filters).__name__}.",
                parameter="filter",
            )
        walk("", filters)
    for key, value in flat.items():
        spec = route.filters.get(key)
        if spec is None:
            allowed = (
                _listing(route.filters) if route.filters else "none (this route takes no filters)"
            )
            raise RequestValidationError(
                f"{label(key)} is not a filter of {route.method} {route.path}; "
                f"valid filters: {allowed}.",
                parameter=label(key),
            )
        _check_filter_value(label(key), spec, value, is_id=_names_an_id(key, spec))
    for key, spec in route.filters.items():
        if spec.required and flat.get(key) is None:
            raise RequestValidationError(
                f"{label(key)} is required for {route.method} {route.path}.",
                parameter=label(key),
            )
        if spec.requires and key in flat:
            other = spec.requires.removeprefix("filter.")
            if other not in flat:
                raise RequestValidationError(
                    f"{label(key)} must be accompanied by {label(other)}.",
                    parameter=label(key),
                )
    return flat


def _names_an_id(name: str, spec: Param | Attribute) -> bool:
    """Whether a parameter holds record ids (``id``, ``organization_id``): positive integers."""
    last = name.rsplit(".", 1)[-1]
    return spec.type == "integer" and (last == "id" or last.endswith("_id"))


def _check_filter_value(name: str, spec: Param, value: Any, *, is_id: bool) -> None:
    if value is None and spec.nullable:
        return  # sent as null: a value of its own for this filter
    if spec.format in ("date_range", "range"):
        if isinstance(value, str):
            return
        if isinstance(value, (list, tuple)) and len(value) == 2:
            for part in value:
                if part is not None and not isinstance(part, (str, int, float, dt.date)):
                    raise _type_error(name, "string", part)
            return
        raise RequestValidationError(
            f"{name} must be a 'start,end' string or a (start, end) pair (None for open ends).",
            parameter=name,
        )
    if isinstance(value, (list, tuple, set, frozenset)):
        if not spec.list:
            raise RequestValidationError(
                f"{name} takes a single value on this route, got {type(value).__name__}.",
                parameter=name,
            )
        if not value:
            raise RequestValidationError(f"{name} got an empty list.", parameter=name)
        for item in value:
            check_value(name, spec, item)
            if is_id:
                check_id(name, item)
        return
    check_value(name, spec, value)
    if is_id:
        check_id(name, value)


def _names(parameter: str, value: Any, what: str) -> list[str]:
    """One name or a list of names, as a list; anything else is refused."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise RequestValidationError(
        f"{parameter} must be {what}, got {type(value).__name__} {value!r}.", parameter=parameter
    )


def check_sort(route: Route, sort: str | Sequence[str] | None, *, multi: bool = True) -> list[str]:
    """The sort fields asked for, each one the route documents; one only unless ``multi``."""
    if sort is None:
        return []
    fields = _names("sort", sort, "a field name or a list of them")
    if len(fields) > 1 and not multi:
        raise RequestValidationError(
            f"{route.method} {route.path} sorts by one column; got {', '.join(fields)}.",
            parameter="sort",
        )
    for field in fields:
        if not isinstance(field, str) or field.removeprefix("-") not in route.sorts:
            allowed = _listing(route.sorts) if route.sorts else "none (this route cannot sort)"
            raise RequestValidationError(
                f"sort field {field!r} is not valid for {route.method} {route.path}; "
                f"valid: {allowed} (prefix '-' for descending).",
                parameter="sort",
            )
    return fields


def check_include(route: Route, include: str | Sequence[str] | None) -> list[str]:
    if include is None:
        return []
    names = _names("include", include, "a relationship name or a list of them")
    for name in names:
        if name not in route.includes:
            allowed = (
                _listing(route.includes) if route.includes else "none (this route includes nothing)"
            )
            raise RequestValidationError(
                f"include {name!r} is not valid for {route.method} {route.path}; valid: {allowed}.",
                parameter="include",
            )
    return names


def check_page_size(page_size: int | None, maximum: int) -> None:
    if page_size is None:
        return
    if (
        not isinstance(page_size, int)
        or isinstance(page_size, bool)
        or not 1 <= page_size <= maximum
    ):
        raise RequestValidationError(
            f"page_size must be an integer from 1 to {maximum}, got {page_size!r}.",
            parameter="page_size",
        )


def check_query_params(route: Route, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if value is None:
            continue
        spec = route.query_params.get(name)
        if spec is None:
            raise RequestValidationError(
                f"{name} is not a parameter of {route.method} {route.path}; "
                f"valid: {_listing(route.query_params)}.",
                parameter=name,
            )
        check_value(name, spec, value)


def check_attributes(
    route: Route,
    attributes: Mapping[str, Any],
    *,
    operation: str,
    nested: bool,
    where: str = "",
) -> None:
    """Check one body's attributes for ``operation`` (create, update or bulk_update)."""
    assert route.body is not None
    _check_attribute_map(route.body.attributes, attributes, operation, nested, where, top=True)


def _check_attribute_map(
    specs: Mapping[str, Attribute],
    values: Mapping[str, Any],
    operation: str,
    nested: bool,
    where: str,
    *,
    top: bool,
) -> None:
    updating = operation in ("update", "bulk_update")
    for name, value in values.items():
        label = f"{where}{name}"
        spec = specs.get(name)
        if spec is None:
            raise RequestValidationError(
                f"{label} is not an attribute this route accepts; valid: "
                f"{_listing(k for k, s in specs.items() if operation not in s.not_permitted)}.",
                parameter=label,
            )
        if operation in spec.not_permitted:
            where_ = "in an update (PATCH)" if updating else f"on {operation}"
            why = spec.refusal or ("it may only be sent on create" if updating else "")
            raise RequestValidationError(
                f"{label} is not permitted {where_}" + (f"; {why}." if why else "."),
                parameter=label,
            )
        if value is None:
            if not spec.nullable:
                raise RequestValidationError(
                    f"{label} cannot be null (None)"
                    + ("; leave it out to keep the current value." if updating else "."),
                    parameter=label,
                )
            continue
        check_value(label, spec, value)
        if _names_an_id(name, spec):
            check_id(label, value)
        if spec.properties and spec.type == "object":
            _check_attribute_map(spec.properties, value, operation, nested, f"{label}.", top=False)
        elif spec.properties and spec.type == "array":
            for index, item in enumerate(value):
                if not isinstance(item, Mapping):
                    raise _type_error(f"{label}[{index}]", "object", item)
                _check_attribute_map(
                    spec.properties, item, operation, nested, f"{label}[{index}].", top=False
                )
    if operation != "create" and top:
        return
    for name, spec in specs.items():
        needed = spec.required and not (spec.required_unless_nested and nested)
        if needed and name not in values:
            raise RequestValidationError(
                f"{where}{name} is required to create this resource.", parameter=f"{where}{name}"
            )
        when = spec.required_when
        if when and name not in values and all(values.get(k) == v for k, v in when.items()):
            said = ", ".join(f"{k} is {v!r}" for k, v in when.items())
            raise RequestValidationError(
                f"{where}{name} is required when {said}.", parameter=f"{where}{name}"
            )
