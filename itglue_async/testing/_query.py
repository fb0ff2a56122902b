"""Reading query values and matching records against filters, for any wire format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from itglue_async._routes import Param
from itglue_async.testing._wire import Condition, Reply


def norm(name: str) -> str:
    """Wire names arrive kebab- or snake-cased; compare them snake-cased."""
    return name.replace("-", "_")


def typed(key: str, spec: Param, text: str) -> None:
    """Refuse (422) a query value that is not of its parameter's type or enum."""
    try:
        coerce(spec.type, text)
    except ValueError:
        raise Reply(422, f"{key} must be a {spec.type}, got {text!r}.", parameter=key) from None
    if spec.enum and text not in spec.enum:
        raise Reply(
            422, f"{key} must be one of: {', '.join(spec.enum)}; got {text!r}.", parameter=key
        )


def positive(key: str, value: str) -> int:
    """A positive integer query value, or a 400."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise Reply(400, f"{key} must be a positive number, got {value!r}.", parameter=key)
    return number


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


Getter = Callable[[str], Any]


def matches(condition: Condition, get: Getter) -> bool:
    """Whether a record (read through ``get``) passes ``condition``."""
    if condition.null:
        return True
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
