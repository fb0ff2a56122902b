"""Every refusal of the validation, word for word.

The README promises messages that are sentences naming the parameter and what would be
valid; these pin each one, so a change of wording is a decision, not an accident.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from itglue_async import RequestValidationError
from itglue_async import _validation as check
from itglue_async._jsonapi import JsonApi
from itglue_async._routes import Attribute, Body, Param, Route

LABEL = JsonApi().filter_label

LIST = Route(
    method="GET",
    path="/things",
    resource="things",
    operation="list",
    filters={
        "name": Param("string", list=True),
        "kind": Param("string", enum=("a", "b")),
        "type_id": Param("integer", required=True),
        "owner_id": Param("integer", requires="filter.type_id"),
        "created_at": Param("string", format="date_range"),
        "folder_id": Param("integer", nullable=True),
        "shelf_id": Param("integer", requires="filter.folder_id"),
        "exclude.id": Param("integer", list=True),
    },
    sorts=("name", "created_at"),
    includes=("parts",),
    query_params={"show_secret": Param("boolean"), "version_id": Param("integer")},
)
BARE = Route(method="GET", path="/bare", resource="bare", operation="list")
DEEP = Route(
    method="GET",
    path="/deep",
    resource="deep",
    operation="list",
    filters={"shelf.row.id": Param("integer")},
)
ONE = Route(
    method="GET",
    path="/things/:id",
    resource="things",
    operation="get",
    path_params={"id": Param("integer"), "kind": Param("string", enum=("x",))},
)
# A nested record: its own required members, one of them only outside a nested route.
PART = {
    "label": Attribute("string", required=True),
    "holder": Attribute("integer", required=True, required_unless_nested=True),
    "code": Attribute("string", not_permitted=("update",)),
}
ATTRIBUTES = {
    "name": Attribute("string", required=True),
    "size": Attribute("number", minimum=1, maximum=10),
    "count": Attribute("integer", minimum=0),
    "level": Attribute("integer", nullable=True, required_when={"kind": "heading"}),
    "kind": Attribute("string", enum=("heading", "text")),
    "parent_id": Attribute("integer", nullable=True),
    "locked": Attribute("boolean", not_permitted=("update", "bulk_update")),
    "token": Attribute("string", not_permitted=("create",)),
    "body": Attribute("any", not_permitted=("create",), refusal="write it as sections"),
    "due": Attribute("date"),
    "seen": Attribute("datetime"),
    "meta": Attribute(
        "object",
        properties={
            "tag": Attribute("string"),
            "stamp": Attribute("string", not_permitted=("update",)),
        },
    ),
    "rows": Attribute("array", properties={"cell": Attribute("integer")}),
    "value": Attribute("union", of=("string", "array")),
    "owner": Attribute("integer", required=True, required_unless_nested=True),
    "anchor": Attribute("string", required_when={"kind": "heading", "size": 2}),
    "part": Attribute("object", properties=PART),
    "parts": Attribute("array", properties=PART),
}
WRITE = Route(
    method="POST",
    path="/things",
    resource="things",
    operation="create",
    body=Body(kind="single", type="things", attributes=ATTRIBUTES),
)


def _filters(value: Any) -> None:
    check.check_filters(LIST, value, LABEL)


def _create(**values: Any) -> None:
    check.check_attributes(
        WRITE, {"name": "n", "owner": 1, **values}, operation="create", nested=False
    )


def _update(**values: Any) -> None:
    check.check_attributes(WRITE, values, operation="update", nested=False)


CASES: list[tuple[str, Callable[[], Any], str]] = [
    (
        "filter not a mapping",
        lambda: _filters(["a"]),
        "filter must be a mapping of filter names to values, got list.",
    ),
    (
        "unknown filter",
        lambda: _filters({"type_id": 1, "nmae": "x"}),
        "filter[nmae] is not a filter of GET /things; valid filters: created_at, exclude.id, folder_id, kind, name, owner_id, shelf_id, type_id.",
    ),
    (
        "route without filters",
        lambda: check.check_filters(BARE, {"a": 1}, LABEL),
        "filter[a] is not a filter of GET /bare; valid filters: none (this route takes no filters).",
    ),
    (
        "required filter",
        lambda: _filters({"name": "x"}),
        "filter[type_id] is required for GET /things.",
    ),
    (
        "companion",
        lambda: _filters({"type_id": 1, "shelf_id": 2}),
        "filter[shelf_id] must be accompanied by filter[folder_id].",
    ),
    (
        "enum",
        lambda: _filters({"type_id": 1, "kind": "c"}),
        "filter[kind] must be one of the documented values; got 'c'. Options: a, b.",
    ),
    (
        "integer filter",
        lambda: _filters({"type_id": "1"}),
        "filter[type_id] must be an integer, got str '1'.",
    ),
    (
        "id filter",
        lambda: _filters({"type_id": 0}),
        "filter[type_id] must be a positive integer id, got int 0.",
    ),
    (
        "single value",
        lambda: _filters({"type_id": [1, 2]}),
        "filter[type_id] takes a single value on this route, got list.",
    ),
    ("empty list", lambda: _filters({"type_id": 1, "name": []}), "filter[name] got an empty list."),
    (
        "list item",
        lambda: _filters({"type_id": 1, "name": ["a", 2]}),
        "filter[name] must be a string, got int 2.",
    ),
    (
        "list of ids",
        lambda: _filters({"type_id": 1, "exclude": {"id": [3, -1]}}),
        "filter[exclude][id] must be a positive integer id, got int -1.",
    ),
    (
        "range part",
        lambda: _filters({"type_id": 1, "created_at": ("2026-01-01", [1])}),
        "filter[created_at] must be a string, got list [1].",
    ),
    (
        "range shape",
        lambda: _filters({"type_id": 1, "created_at": 5}),
        "filter[created_at] must be a 'start,end' string or a (start, end) pair (None for open ends).",
    ),
    (
        "null where none allowed",
        lambda: _filters({"type_id": None}),
        "filter[type_id] must be an integer, got NoneType None.",
    ),
    (
        "sort field",
        lambda: check.check_sort(LIST, "-colour"),
        "sort field '-colour' is not valid for GET /things; valid: created_at, name (prefix '-' for descending).",
    ),
    (
        "sort without sorts",
        lambda: check.check_sort(BARE, "name"),
        "sort field 'name' is not valid for GET /bare; valid: none (this route cannot sort) (prefix '-' for descending).",
    ),
    (
        "sort type",
        lambda: check.check_sort(LIST, 5),
        "sort must be a field name or a list of them, got int 5.",
    ),  # type: ignore[arg-type]
    (
        "one sort column",
        lambda: check.check_sort(LIST, ["name", "created_at"], multi=False),
        "GET /things sorts by one column; got name, created_at.",
    ),
    (
        "include",
        lambda: check.check_include(LIST, ["part"]),
        "include 'part' is not valid for GET /things; valid: parts.",
    ),
    (
        "include without includes",
        lambda: check.check_include(BARE, "x"),
        "include 'x' is not valid for GET /bare; valid: none (this route includes nothing).",
    ),
    (
        "include type",
        lambda: check.check_include(LIST, [1]),
        "include must be a relationship name or a list of them, got list [1].",
    ),  # type: ignore[list-item]
    (
        "page size",
        lambda: check.check_page_size(0, 1000),
        "page_size must be an integer from 1 to 1000, got 0.",
    ),
    (
        "page size type",
        lambda: check.check_page_size(True, 1000),
        "page_size must be an integer from 1 to 1000, got True.",
    ),  # type: ignore[arg-type]
    (
        "unknown query param",
        lambda: check.check_query_params(LIST, {"show": True}),
        "show is not a parameter of GET /things; valid: show_secret, version_id.",
    ),
    (
        "query param type",
        lambda: check.check_query_params(LIST, {"show_secret": "no"}),
        "show_secret must be True or False, got str 'no'.",
    ),
    (
        "missing path param",
        lambda: check.check_path_params(ONE, {"kind": "x"}),
        "id is required for GET /things/:id.",
    ),
    (
        "path id",
        lambda: check.check_path_params(ONE, {"id": True, "kind": "x"}),
        "id must be a positive integer id, got bool True.",
    ),
    (
        "path enum",
        lambda: check.check_path_params(ONE, {"id": 1, "kind": "y"}),
        "kind must be one of the documented values; got 'y'. Options: x.",
    ),
    (
        "unknown attribute",
        lambda: _create(colour=1),
        "colour is not an attribute this route accepts; valid: anchor, count, due, kind, level, locked, meta, name, owner, parent_id, part, parts, rows, seen, size, value.",
    ),
    (
        "not permitted in update",
        lambda: _update(locked=True),
        "locked is not permitted in an update (PATCH); it may only be sent on create.",
    ),
    (
        "not permitted on create, with why",
        lambda: _create(body="x"),
        "body is not permitted on create; write it as sections.",
    ),
    (
        "null on update",
        lambda: _update(name=None),
        "name cannot be null (None); leave it out to keep the current value.",
    ),
    ("null on create", lambda: _create(kind=None), "kind cannot be null (None)."),
    ("above maximum", lambda: _create(size=11), "size must be from 1 to 10, got 11."),
    ("below minimum", lambda: _create(count=-1), "count must be from 0 to inf, got -1."),
    ("number type", lambda: _create(size=float("nan")), "size must be a number, got float nan."),
    (
        "boolean type",
        lambda: _update(kind="heading", level="2"),
        "level must be an integer, got str '2'.",
    ),
    (
        "date",
        lambda: _create(due="2026-13-01"),
        "due must be a datetime.date or a 'YYYY-MM-DD' string, got str '2026-13-01'.",
    ),
    (
        "date not datetime",
        lambda: _create(due=dt.datetime(2026, 1, 1)),
        "due must be a datetime.date or a 'YYYY-MM-DD' string, got datetime datetime.datetime(2026, 1, 1, 0, 0).",
    ),
    (
        "datetime",
        lambda: _create(seen=5),
        "seen must be a datetime or ISO datetime string, got int 5.",
    ),
    ("object", lambda: _create(meta=[1]), "meta must be a mapping, got list [1]."),
    ("nested property", lambda: _create(meta={"tag": 1}), "meta.tag must be a string, got int 1."),
    (
        "nested unknown",
        lambda: _create(meta={"tags": "x"}),
        "meta.tags is not an attribute this route accepts; valid: stamp, tag.",
    ),
    ("array", lambda: _create(rows="x"), "rows must be a list, got str 'x'."),
    ("array item", lambda: _create(rows=[{"cell": 1}, 2]), "rows[1] must be a mapping, got int 2."),
    (
        "array item property",
        lambda: _create(rows=[{"cell": "a"}]),
        "rows[0].cell must be an integer, got str 'a'.",
    ),
    ("union", lambda: _create(value=5), "value must be a string or a list, got int 5."),
    (
        "enum attribute",
        lambda: _create(kind="list"),
        "kind must be one of the documented values; got 'list'. Options: heading, text.",
    ),
    (
        "id attribute",
        lambda: _create(parent_id=0),
        "parent_id must be a positive integer id, got int 0.",
    ),
    (
        "required",
        lambda: check.check_attributes(WRITE, {"owner": 1}, operation="create", nested=False),
        "name is required to create this resource.",
    ),
    (
        "required unless nested",
        lambda: check.check_attributes(WRITE, {"name": "n"}, operation="create", nested=False),
        "owner is required to create this resource.",
    ),
    ("required when", lambda: _create(kind="heading"), "level is required when kind is 'heading'."),
    (
        "bulk item prefix",
        lambda: check.check_attributes(
            WRITE, {"name": 1, "owner": 1}, operation="create", nested=False, where="data[3]."
        ),
        "data[3].name must be a string, got int 1.",
    ),
    (
        "query param on a route without any",
        lambda: check.check_query_params(BARE, {"a": None, "b": 1}),
        "b is not a parameter of GET /bare; valid: (none).",
    ),
    (
        "query param after a skipped one",
        lambda: check.check_query_params(LIST, {"show_secret": None, "version_id": "x"}),
        "version_id must be an integer, got str 'x'.",
    ),
    (
        "filter three names deep holding an id",
        lambda: check.check_filters(DEEP, {"shelf": {"row": {"id": 0}}}, LABEL),
        "filter[shelf][row][id] must be a positive integer id, got int 0.",
    ),
    (
        "above a maximum with no minimum",
        lambda: check.check_value("n", Attribute("integer", maximum=5), 6),
        "n must be from -inf to 5, got 6.",
    ),
    (
        "not permitted in a bulk update",
        lambda: check.check_attributes(
            WRITE, {"locked": True}, operation="bulk_update", nested=False
        ),
        "locked is not permitted in an update (PATCH); it may only be sent on create.",
    ),
    ("not permitted on create", lambda: _create(token="x"), "token is not permitted on create."),
    (
        "nested, not permitted in an update",
        lambda: _update(meta={"stamp": "x"}),
        "meta.stamp is not permitted in an update (PATCH); it may only be sent on create.",
    ),
    (
        "nested record's own requirement, in an update",
        lambda: _update(parent_id=None, part={}),
        "part.label is required to create this resource.",
    ),
    (
        "nested required unless nested",
        lambda: _update(part={"label": "a"}),
        "part.holder is required to create this resource.",
    ),
    (
        "nested array item's requirement",
        lambda: _update(parts=[{"label": "a"}]),
        "parts[0].holder is required to create this resource.",
    ),
    (
        "nested array item, not permitted in an update",
        lambda: _update(parts=[{"code": "x"}]),
        "parts[0].code is not permitted in an update (PATCH); it may only be sent on create.",
    ),
    (
        "required when, two conditions",
        lambda: _create(kind="heading", level=1, size=2),
        "anchor is required when kind is 'heading', size is 2.",
    ),
]


# The parameter each refusal names in ``.parameter``: what a caller (or an agent) fixes.
PARAMETERS = {
    "filter not a mapping": "filter",
    "unknown filter": "filter[nmae]",
    "route without filters": "filter[a]",
    "required filter": "filter[type_id]",
    "companion": "filter[shelf_id]",
    "enum": "filter[kind]",
    "integer filter": "filter[type_id]",
    "id filter": "filter[type_id]",
    "single value": "filter[type_id]",
    "empty list": "filter[name]",
    "list item": "filter[name]",
    "list of ids": "filter[exclude][id]",
    "range part": "filter[created_at]",
    "range shape": "filter[created_at]",
    "null where none allowed": "filter[type_id]",
    "sort field": "sort",
    "sort without sorts": "sort",
    "sort type": "sort",
    "one sort column": "sort",
    "include": "include",
    "include without includes": "include",
    "include type": "include",
    "page size": "page_size",
    "page size type": "page_size",
    "unknown query param": "show",
    "query param type": "show_secret",
    "missing path param": "id",
    "path id": "id",
    "path enum": "kind",
    "unknown attribute": "colour",
    "not permitted in update": "locked",
    "not permitted on create, with why": "body",
    "null on update": "name",
    "null on create": "kind",
    "above maximum": "size",
    "below minimum": "count",
    "number type": "size",
    "boolean type": "level",
    "date": "due",
    "date not datetime": "due",
    "datetime": "seen",
    "object": "meta",
    "nested property": "meta.tag",
    "nested unknown": "meta.tags",
    "array": "rows",
    "array item": "rows[1]",
    "array item property": "rows[0].cell",
    "union": "value",
    "enum attribute": "kind",
    "id attribute": "parent_id",
    "required": "name",
    "required unless nested": "owner",
    "required when": "level",
    "bulk item prefix": "data[3].name",
    "query param on a route without any": "b",
    "query param after a skipped one": "version_id",
    "filter three names deep holding an id": "filter[shelf][row][id]",
    "above a maximum with no minimum": "n",
    "not permitted in a bulk update": "locked",
    "not permitted on create": "token",
    "nested, not permitted in an update": "meta.stamp",
    "nested record's own requirement, in an update": "part.label",
    "nested required unless nested": "part.holder",
    "nested array item's requirement": "parts[0].holder",
    "nested array item, not permitted in an update": "parts[0].code",
    "required when, two conditions": "anchor",
}


@pytest.mark.parametrize(("case", "call", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_refusal_says_what_is_wrong_and_what_is_valid(
    case: str, call: Callable[[], Any], message: str
) -> None:
    """The refusal is a RequestValidationError (a ValueError too) with exactly this sentence,
    naming the parameter to fix."""
    with pytest.raises(RequestValidationError) as raised:
        call()
    assert str(raised.value) == message
    assert raised.value.parameter == PARAMETERS[case]
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    "call",
    [
        lambda: _filters({"type_id": 1, "folder_id": None, "created_at": ("2026-01-01", None)}),
        lambda: _filters({"type_id": [1][0], "created_at": "2026-01-01,*", "name": ["a", "b"]}),
        lambda: _create(kind="heading", level=2, value=["a"], due="2026-01-05", seen="x"),
        lambda: check.check_attributes(WRITE, {"name": "n"}, operation="create", nested=True),
        lambda: _update(parent_id=None, body="x"),
        lambda: check.check_sort(LIST, ["name", "-created_at"]),
        lambda: check.check_page_size(1000, 1000),
        lambda: _create(size=1, count=0),
        lambda: _create(size=10),
        lambda: check.check_attributes(
            WRITE,
            {"part": {"label": "a"}, "parts": [{"label": "b"}]},
            operation="update",
            nested=True,
        ),
        lambda: _create(kind="heading", level=1, size=3),
    ],
)
def test_what_is_valid_passes(call: Callable[[], Any]) -> None:
    """Values the tables allow raise nothing: nulls where nullable, open ranges, nested routes."""
    call()


def test_filters_come_back_flat_with_dotted_names() -> None:
    """Nested filter hashes and dotted names come back flat, values as given."""
    flat = check.check_filters(LIST, {"type_id": 1, "exclude": {"id": [2]}}, LABEL)
    assert flat == {"type_id": 1, "exclude.id": [2]}
    assert check.check_filters(BARE, None, LABEL) == {}
    assert check.check_sort(LIST, None) == [] and check.check_include(LIST, None) == []
    assert check.check_sort(LIST, "-name") == ["-name"] and check.check_include(LIST, "parts") == [
        "parts"
    ]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-01-05", True),
        ("2026-W01-1", False),  # an ISO week date: fromisoformat takes it, the API does not
        ("20260105", False),
        ("2026-1-5", False),
    ],
)
def test_dates_are_written_year_month_day(text: str, ok: bool) -> None:
    assert check.type_ok("date", text) is ok


def test_every_type_has_words_and_only_unions_list_members() -> None:
    """Each type a route may name has the words its refusals use; a union lists two members or
    more, and neither another type nor a parameter can list any."""
    from itglue_async._routes import TYPE_NAMES

    assert set(check._TYPE_WORDS) == TYPE_NAMES
    assert check.type_ok("file", {"name": "a.txt"}) and not check.type_ok("file", "a.txt")
    with pytest.raises(ValueError, match=r"^of: only a union lists member types"):
        Attribute("string", of=("string", "integer"))
    with pytest.raises(ValueError, match=r"^of: a union lists two types or more"):
        Attribute("union", of=("string",))
    with pytest.raises(ValueError, match=r"^of: a union lists two types or more"):
        Attribute("union")
    with pytest.raises(ValueError, match=r"^type: 'union' is not one of .*cannot be a union\)$"):
        Param("union")
