"""The seam between the core and a wire format.

The core (client, limiter, retries, paging driver, bulk runner, validation, errors) speaks in
Python terms: snake_case names, filter mappings, sort fields, page numbers, models. A dialect
turns those into one wire format's query parameters and bodies, and that format's answers back
into models, page facts and error objects. One module per dialect implements this protocol;
nothing outside it spells a wire key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Protocol

import attrs
import httpx

from itglue_async._model import BaseModel
from itglue_async._routes import Body, Route

ModelLookup = Mapping[str, type[BaseModel]]
"""Model classes by the type names a wire format gives records (for included resources)."""


class ShapeError(ValueError):
    """An answer that is not what the route returns; says what is wrong in a clause."""


@attrs.frozen
class PageMeta:
    """What a page says about the listing (every field ``None`` when the API did not say)."""

    current_page: int | None = None
    next_page: int | None = None
    prev_page: int | None = None
    total_pages: int | None = None
    total_count: int | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen
class Decoded:
    """An answer read by a dialect: its records, the related records it carried, its meta."""

    items: list[Any]
    single: bool = False
    included: list[BaseModel] = attrs.field(factory=list)
    meta: PageMeta = attrs.field(factory=PageMeta)


class Dialect(Protocol):
    """How one wire format spells requests and reads answers.

    Each dialect class also says what its format can do: ``name`` (as a spec's ``api`` block
    names it), ``multi_sort`` (several sort columns in one request) and ``paging``
    (``page_number``: numbered pages with a count; ``limit_offset``: offsets, no count).
    ``itglue_async._dialects.DIALECTS`` holds them by name.
    """

    name: ClassVar[str]
    multi_sort: ClassVar[bool]
    paging: ClassVar[str]

    @property
    def media_type(self) -> str:
        """The ``Accept`` and ``Content-Type`` of requests."""
        ...

    def wire_name(self, name: str) -> str:
        """A snake_case attribute name as the wire spells it."""
        ...

    def filter_label(self, name: str) -> str:
        """How an error message names the dotted filter ``name`` (as the API calls it)."""
        ...

    def query(
        self,
        route: Route,
        *,
        filters: Mapping[str, Any],
        sorts: Sequence[str],
        includes: Sequence[str],
    ) -> dict[str, Any]:
        """Query parameters for checked filters (dotted names), sort fields and includes."""
        ...

    def page_query(self, number: int, size: int) -> dict[str, Any]:
        """Query parameters selecting page ``number`` (1-based) of ``size`` records."""
        ...

    def is_last_page(self, number: int, size: int, page: Decoded) -> bool:
        """Whether page ``number`` of a listing, holding ``page``, is its last."""
        ...

    def encode_one(
        self, body: Body, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> Any:
        """The JSON body of a request that writes one record.

        ``extra`` holds attributes the caller spelled in the wire's own naming; they join the
        record's attributes exactly as given, unchecked.
        """
        ...

    def encode_many(
        self,
        body: Body,
        items: Sequence[Mapping[str, Any]],
        extra: Mapping[str, Any] | None = None,
    ) -> Any:
        """The JSON body of a request that writes several records (``extra`` joins each)."""
        ...

    def encode_ids(self, body: Body, ids: Iterable[int]) -> Any:
        """The JSON body of a request that deletes several records by id."""
        ...

    def decode(
        self, payload: Any, model: type[BaseModel], lookup: ModelLookup, *, many: bool
    ) -> Decoded:
        """Read an answer's JSON into ``model`` instances (and included records via ``lookup``).

        ``many`` says a list of records is due, else one record. Raises ``ShapeError`` when
        the answer holds neither.
        """
        ...

    def error_objects(self, response: httpx.Response) -> list[dict[str, Any]]:
        """The error details an error answer carries."""
        ...

    def describe_error(self, error: Mapping[str, Any]) -> str:
        """One error object as a short phrase for an exception message ('' if it says nothing)."""
        ...


def json_value(value: Any) -> Any:
    """A body value as JSON can carry it (dates as ISO strings, tuples as lists)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def query_text(value: Any) -> str:
    """One query value as text: booleans as ``true``/``false``, dates in ISO form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)
