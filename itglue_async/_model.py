"""Models: the base of every response model, the secret wrapper, and request-body values.

Response models are plain attrs classes with snake_case fields. Attributes the spec does not
know are kept in ``extra`` rather than dropped; related records an answer included are reached
through ``related(name)``, which asks the dialect that decoded the record. Request bodies are
mappings or generated request models whose fields left ``UNSET`` are not sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Protocol

import attrs

from itglue_async._errors import RequestValidationError


class SecretStr:
    """A secret string: ``get_secret_value()`` returns it, ``repr``/``str`` never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "SecretStr('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SecretStr):
            return self._value == other._value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)


class Linker(Protocol):
    """Resolves a record's relationship to the records its answer included."""

    def related(self, model: BaseModel, name: str) -> list[BaseModel]: ...


EMPTY: Mapping[str, Any] = MappingProxyType({})
"""The read-only empty mapping every model without extra keys or relationships shares."""


@attrs.define(kw_only=True)
class BaseModel:
    """A record the API answered with.

    ``extra`` holds the attributes the spec does not know (keys and values as received).
    ``relationships`` holds the raw relationship linkage, when the wire format has one;
    ``related(name)`` returns the included models it points to. Both are read-only mappings,
    one shared empty one unless the answer had something to keep, so a page of a thousand
    records costs no thousand empty dicts.
    """

    id: int
    wire_type: str = attrs.field(default="", repr=False)
    extra: Mapping[str, Any] = attrs.field(default=EMPTY, repr=False)
    relationships: Mapping[str, Any] = attrs.field(default=EMPTY, repr=False)
    linker: Linker | None = attrs.field(default=None, repr=False, eq=False)

    def related(self, name: str) -> list[BaseModel]:
        """Included models linked from relationship ``name`` (snake_case or as on the wire).

        Returns an empty list when the relationship is absent or its targets were not included
        (ask for them with ``include=[name]``).
        """
        if self.linker is None:
            return []
        return self.linker.related(self, name)


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


def as_attributes(value: Any, *, parameter: str = "data") -> dict[str, Any]:
    """A body given as a mapping or a generated request model, as a dict of the given keys."""
    if isinstance(value, Mapping):
        return dict(value)
    if attrs.has(type(value)) and not isinstance(value, BaseModel):
        return {
            a.name: getattr(value, a.name)
            for a in attrs.fields(type(value))
            if getattr(value, a.name) is not UNSET
        }
    raise RequestValidationError(
        f"{parameter} must be a mapping of attribute names to values or a request model, "
        f"got {type(value).__name__} {value!r}.",
        parameter=parameter,
    )
