"""Python source for values: how the generated tables write the core's objects back out.

``expr`` writes an attrs instance as a call of its class with the fields that differ from
their defaults, by keyword, and mappings, tuples and scalars as literals, all in their own
order (every mapping a spec gives is already sorted or in the reference's order). A value
whose identity is in ``names`` is written as that name (a shared table, ``ROUTES``...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


def expr(value: Any, names: Mapping[int, str] | None = None) -> str:
    """``value`` as a Python expression."""
    names = names or {}
    name = names.get(id(value))
    if name is not None:
        return name
    if attrs.has(type(value)):
        return _call(value, names)
    if isinstance(value, Mapping):
        items = ", ".join(f"{expr(k, names)}: {expr(v, names)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, tuple):
        inner = ", ".join(expr(v, names) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(expr(v, names) for v in value) + "]"
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return repr(value)


def changed(value: Any) -> list[tuple[str, Any]]:
    """The fields of an attrs instance that differ from their defaults, in field order."""
    out = []
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(value) if default.takes_self else default.factory()
        if default is attrs.NOTHING or current != default:
            out.append((field.name, current))
    return out


def _call(value: Any, names: Mapping[int, str]) -> str:
    arguments = ", ".join(f"{name}={expr(v, names)}" for name, v in changed(value))
    return f"{type(value).__name__}({arguments})"
