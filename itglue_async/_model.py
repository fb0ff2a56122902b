"""The base of every response model, and the wrapper that keeps secrets out of reprs."""

from __future__ import annotations

from typing import Any

import attrs


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


@attrs.define(kw_only=True)
class BaseModel:
    """A JSON:API resource object.

    Attributes the spec does not know are kept in ``extra`` (wire keys, values as received),
    never dropped. ``relationships`` holds the raw relationship linkage; ``related(name)``
    returns the included models it points to, when the response included them.
    """

    id: int
    jsonapi_type: str = attrs.field(default="", repr=False)
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)
    relationships: dict[str, Any] = attrs.field(factory=dict, repr=False)
    included_index: dict[tuple[str, str], BaseModel] = attrs.field(
        factory=dict, repr=False, eq=False
    )

    def related(self, name: str) -> list[BaseModel]:
        """Included models linked from relationship ``name`` (snake_case or kebab-case).

        Returns an empty list when the relationship is absent or its targets were not included
        (ask for them with ``include=[name]``).
        """
        link = self.relationships.get(name.replace("_", "-"), self.relationships.get(name))
        if not isinstance(link, dict):
            return []
        data = link.get("data")
        refs = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        out = []
        for ref in refs:
            key = (_norm_type(str(ref.get("type", ""))), str(ref.get("id")))
            if key in self.included_index:
                out.append(self.included_index[key])
        return out


def _norm_type(value: str) -> str:
    return value.replace("_", "-")
