"""A spec's routes and ``api`` block, loaded into the core's own types.

The core's ``Route``, ``Param``, ``Attribute``, ``Body`` and ``FilterDefault`` are the one
description of a route: codegen structures each spec route into them with a cattrs converter
that refuses unknown keys, and the types' own validators refuse what the format does not allow
(an unknown type name or method, a path parameter left undescribed...), so a malformed spec
fails with the YAML path of the value at fault. Keys that are reference text for readers
(``description``, ``examples``, ``errors``...) are set aside: the description feeds the
docstrings; the rest stays in the spec for people.

The ``api`` block becomes an ``ApiDescription`` (models and routes are filled in by the
generated code), its dialect built by the dialect's own registry entry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import cattrs
from cattrs.v import format_exception

from itglue_async._api import ApiDescription, ClientParam
from itglue_async._dialects import DIALECTS
from itglue_async._routes import Route

# Route keys that are reference text (kept in the spec, not part of the runtime schema).
TEXT_KEYS = ("description", "examples", "errors", "sort_default", "order_default")
BODY_TEXT_KEYS = ("wrapped",)  # how the reference showed the body (resolved by corrections)
ATTRIBUTE_TEXT_KEYS = ("default",)  # a default the reference states for readers

_converter = cattrs.Converter(forbid_extra_keys=True)


def _names(value: Any, kind: Any) -> tuple[str, ...]:
    """A list of names (sorts, includes, enum values...), never a string read as letters."""
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of strings, got {value!r}")
    return tuple(value)


_converter.register_structure_hook_func(lambda kind: kind == tuple[str, ...], _names)


def _exactly(kind: type) -> Any:
    """A hook that takes a YAML scalar only when it already is of ``kind`` (no coercion)."""

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind and not (kind is float and type(value) is int):
            raise ValueError(f"expected {kind.__name__}, got {value!r}")
        return value

    return structure


for _kind in (str, int, bool, float):
    _converter.register_structure_hook(_kind, _exactly(_kind))


class SpecError(ValueError):
    """The spec does not have the documented shape (see spec/README.md)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@attrs.frozen
class LoadedRoute:
    """One spec route: the runtime's ``Route`` and the prose its docstring shows."""

    route: Route
    description: str = ""


def load_route(raw: Mapping[str, Any], where: str) -> LoadedRoute:
    """The spec route ``raw`` (at YAML path ``where``) as a ``Route``."""
    fields = {k: v for k, v in raw.items() if k not in TEXT_KEYS}
    for key in ("filters", "query_params", "filter_defaults", "implicit_filters"):
        if fields.get(key):
            fields[key] = dict(sorted(fields[key].items()))  # tables in name order
    page = fields.pop("page", None)
    fields["paginated"] = page is not None
    fields["page_max_number"] = (page or {}).get("max_number")
    if fields.get("body") is not None:
        fields["body"] = _body(fields["body"])
    try:
        route = _converter.structure(fields, Route)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        raise SpecError(*_located(where, exc)) from None
    return LoadedRoute(route, str(raw.get("description") or ""))


def _body(body: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in body.items() if k not in BODY_TEXT_KEYS}
    out["attributes"] = _attributes(out.get("attributes") or {})
    return out


def _attributes(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Attribute entries in name order, without reference text, properties likewise."""
    out = {}
    for name, entry in sorted(attributes.items()):
        cleaned = {k: v for k, v in entry.items() if k not in ATTRIBUTE_TEXT_KEYS}
        if cleaned.get("properties"):
            cleaned["properties"] = _attributes(cleaned["properties"])
        if cleaned.get("required_when"):
            cleaned["required_when"] = dict(sorted(cleaned["required_when"].items()))
        out[name] = cleaned
    return out


def _located(where: str, exc: Exception) -> tuple[str, str]:
    """The YAML path of the first problem a structuring error reports, and the problem."""
    if isinstance(exc, cattrs.BaseValidationError):
        first = cattrs.transform_error(exc, path=where, format_exception=_message)[0]
        message, _, path = first.rpartition(" @ ")
        path = path.replace("['", ".").replace("']", "")
    else:
        message, path = str(exc), where
    field, sep, rest = message.partition(": ")
    if sep and field.isidentifier():  # a validator of the route types names its field
        return f"{path}.{field}", rest
    return path, message


def _message(exc: BaseException, kind: Any) -> str:
    if isinstance(exc, ValueError) and not isinstance(exc, cattrs.BaseValidationError):
        return str(exc)
    return format_exception(exc, kind)


def load_api(block: Mapping[str, Any]) -> ApiDescription:
    """The spec's ``api`` block as the core's ``ApiDescription`` (no models, no routes yet)."""
    dialect_class = DIALECTS.get(block["dialect"])
    if dialect_class is None:
        raise SpecError(
            "$.api.dialect",
            f"{block['dialect']!r} is not one of {', '.join(sorted(DIALECTS))}",
        )
    pagination = block["pagination"]
    auth = block["auth"]
    return ApiDescription(
        name=block["name"],
        env_prefix=block["env_prefix"],
        base_urls=dict(block["base_urls"]),
        default_region=block["default_region"],
        auth_header=auth["header"],
        auth_scheme=auth.get("scheme"),
        dialect=dialect_class.from_spec(block),
        models={},
        default_page_size=pagination["default_size"],
        max_page_size=pagination["max_size"],
        rate_limit_requests=block["rate_limit"]["requests"],
        rate_limit_per=float(block["rate_limit"]["per_seconds"]),
        payload_limit_bytes=block["payload_limit_bytes"],
        invalid_key_statuses=tuple(auth.get("invalid_key_statuses", [401])),
        route_not_for_keys=tuple(auth.get("route_not_for_keys") or ()),
        client_params={
            name: ClientParam(
                env=param["env"],
                query=name,
                description=" ".join(str(param.get("description", "")).split()),
            )
            for name, param in sorted((block.get("client_params") or {}).items())
        },
    )
