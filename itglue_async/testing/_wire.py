"""What the fake's engine and a wire format exchange: parsed requests in, answers out.

The engine (``_engine.py``) routes, checks, stores and selects records knowing no wire format.
A ``Wire`` reads a request's query and body into the neutral ``Query`` and ``Item`` values
and writes the engine's ``Answer`` and errors back in its format.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import attrs

from itglue_async._routes import Body, Param, Route


class Reply(Exception):
    """An error answer, raised from deep inside a handler."""

    def __init__(
        self, status: int, detail: str, *, pointer: str | None = None, parameter: str | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.pointer = pointer
        self.parameter = parameter


@attrs.frozen
class Condition:
    """One filter: the record key it reads, how it compares, and whether it excludes."""

    key: str
    param: Param
    values: tuple[str, ...]
    exclude: bool = False
    bounds: tuple[str | None, str | None] | None = None
    # An explicit null: the caller asked for no restriction by this filter (it still counts
    # as given, so a filter the API applies when absent is not applied).
    null: bool = False


@attrs.frozen
class Query:
    """A request's parsed query: filters, sort, includes, the slice and other parameters."""

    conditions: tuple[Condition, ...] = ()
    sort: tuple[tuple[str, bool], ...] = ()  # (key, descending)
    include: tuple[str, ...] = ()
    offset: int = 0
    limit: int | None = None  # None: the route does not page
    params: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Item:
    """One record of a request body: its attributes, the records it carries, where it sits."""

    attributes: Mapping[str, Any]
    relationships: Mapping[str, Any] = attrs.field(factory=dict)
    where: str = ""  # the JSON pointer of the record
    attributes_at: str = ""  # the JSON pointer of its attributes


@attrs.frozen
class Record:
    """One record of an answer: its attributes (wire names) and its linked records."""

    resource: str
    id: int
    attributes: Mapping[str, Any]
    links: Mapping[str, Sequence[tuple[str, int]]] = attrs.field(factory=dict)


@attrs.frozen
class PageInfo:
    """Which slice of a listing an answer holds."""

    offset: int
    limit: int
    total: int


@attrs.frozen
class Answer:
    """A successful answer: records, whether one was asked for, included records, the slice.

    ``included`` is None when the request asked for no related records.
    """

    records: Sequence[Record]
    single: bool = False
    included: Sequence[Record] | None = None
    page: PageInfo | None = None


class Wire(Protocol):
    """How one wire format reads requests and writes answers."""

    @property
    def media_type(self) -> str: ...

    def name(self, python_name: str) -> str:
        """How an attribute is spelled on the wire (and in the fake's store)."""
        ...

    def parse_query(
        self,
        route: Route,
        items: Sequence[tuple[str, str]],
        *,
        default_page_size: int,
        max_page_size: int,
    ) -> Query:
        """The query's filters, sort, includes and slice; raises ``Reply`` on a bad one."""
        ...

    def items(self, spec: Body, body: Any, *, many: bool | None) -> tuple[list[Item], bool]:
        """The records of a body and whether it was an array (``many``: must it be one?)."""
        ...

    def render(self, answer: Answer) -> Any:
        """The JSON body of a successful answer."""
        ...

    def error(self, status: int, title: str, reply: Reply) -> Any:
        """The JSON body of an error answer."""
        ...
