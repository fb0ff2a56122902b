"""Naming rules shared by the distiller and the generator: one place for every case change."""

from __future__ import annotations

import keyword
import re

# Names that would shadow a builtin or a parameter of every generated method.
RESERVED = frozenset({"type", "id", "filter", "sort", "include", "format", "self", "list"})

_IRREGULAR_SINGULAR = {
    "statuses": "status",
    "categories": "category",
    "countries": "country",
    "addresses": "address",
    "user_metrics": "user_metric",
}


def snake(name: str) -> str:
    """``"Flexible Asset Types"`` / ``"flexible-asset-types"`` -> ``"flexible_asset_types"``."""
    name = re.sub(r"[\s\-]+", "_", name.strip())
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return re.sub(r"_+", "_", name).lower()


def kebab(name: str) -> str:
    """``"flexible_asset_types"`` -> ``"flexible-asset-types"`` (the JSON:API wire form)."""
    return snake(name).replace("_", "-")


def pascal(name: str) -> str:
    """``"flexible_asset_type"`` -> ``"FlexibleAssetType"``."""
    return "".join(part[:1].upper() + part[1:] for part in snake(name).split("_"))


def constant(name: str) -> str:
    """``"configurations_list"`` -> ``"CONFIGURATIONS_LIST"``."""
    return snake(name).upper()


def singular(plural: str) -> str:
    """The singular of a snake_case plural resource name."""
    for tail, single in _IRREGULAR_SINGULAR.items():
        if plural.endswith(tail):
            return plural[: -len(tail)] + single
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith("s"):
        return plural[:-1]
    return plural


def identifier(name: str) -> str:
    """A safe Python identifier for a spec name (reserved words get a trailing underscore)."""
    ident = re.sub(r"\W", "_", snake(name))
    if ident[:1].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident) or ident in RESERVED:
        ident += "_"
    return ident
