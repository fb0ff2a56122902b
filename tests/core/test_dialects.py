"""The two wire formats, piece by piece: queries, pages, bodies, answers and error bodies."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from itglue_async import ITGlue, models
from itglue_async._dialect import Decoded, PageMeta, ShapeError
from itglue_async._jsonapi import JsonApi
from itglue_async._rest import Rest
from itglue_async._routes import Attribute, Body, Param, Route
from itglue_async.bluetally import models as bt

REST = Rest()
JSONAPI = JsonApi()
LOOKUP = {"configuration-interfaces": models.ConfigurationInterface}
ROUTE = Route(
    method="GET",
    path="/things",
    resource="things",
    operation="list",
    filters={
        "name": Param("string", list=True),
        "created_at": Param("string", format="date_range"),
        "total": Param("integer", format="range"),
        "folder_id": Param("integer", nullable=True),
        "flag": Param("boolean"),
        "exclude.id": Param("integer", list=True),
        "day": Param("date"),
    },
)
BODY = Body(
    kind="single",
    type="things",
    attributes={
        "name": Attribute("string"),
        "meta": Attribute("object", properties={"sub_key": Attribute("string")}),
        "rows": Attribute("array", properties={"cell_value": Attribute("integer")}),
        "traits": Attribute("object"),
        "links": Attribute(
            "array",
            location="relationships",
            relationship="linked_items",
            item_type="linked-items",
            properties={"item_id": Attribute("integer")},
        ),
    },
)


def _response(status: int, body: Any = None, text: str | None = None) -> httpx.Response:
    if text is not None:
        return httpx.Response(status, text=text)
    return httpx.Response(status, json=body)


# -- plain REST ----------------------------------------------------------------------------


def test_rest_query_page_and_last_page() -> None:
    """Filters go as plain parameters; one sort column with its direction; offsets; a short
    page ends the listing."""
    query = REST.query(ROUTE, filters={"name": "a", "flag": True}, sorts=["-name"], includes=[])
    assert query == {"name": "a", "flag": "true", "sort": "name", "order": "desc"}
    assert REST.query(ROUTE, filters={}, sorts=["name"], includes=[]) == {
        "sort": "name",
        "order": "asc",
    }
    assert REST.query(ROUTE, filters={}, sorts=[], includes=[]) == {}
    assert Rest(order_param="direction").query(ROUTE, filters={}, sorts=["a"], includes=[]) == {
        "sort": "a",
        "direction": "asc",
    }
    assert REST.page_query(3, 50) == {"limit": 50, "offset": 100}
    full = Decoded([object()] * 2)
    assert not REST.is_last_page(1, 2, full) and REST.is_last_page(2, 3, full)
    assert REST.wire_name("asset_tag") == "asset_tag" and REST.filter_label("a.b") == "a.b"


def test_rest_bodies_are_flat_with_extras_and_ids_as_numbers() -> None:
    """A record is its attributes as one object (dates as ISO text, extras joined); several are
    an array of them; deletes send ids as JSON numbers."""
    one = REST.encode_one(
        BODY, {"name": "a", "due": dt.date(2026, 1, 5), "tags": ("x",)}, {"x-k": 1}
    )
    assert one == {"name": "a", "due": "2026-01-05", "tags": ["x"], "x-k": 1}
    many = REST.encode_many(BODY, [{"name": "a"}, {"name": "b"}], {"k": 2})
    assert many == [{"name": "a", "k": 2}, {"name": "b", "k": 2}]
    assert REST.encode_many(BODY, [{"name": "a"}]) == [{"name": "a"}]
    assert REST.encode_ids(BODY, ["4", 5]) == [{"id": 4}, {"id": 5}]


@pytest.mark.parametrize(
    ("payload", "many", "ids"),
    [
        ([{"id": 1}, {"id": "2"}], True, [1, 2]),
        ({"data": [{"id": 3}]}, True, [3]),
        ({"id": 4, "asset_name": "x"}, False, [4]),
        ({"data": {"id": 5}}, False, [5]),
    ],
)
def test_rest_answers_bare_or_under_data(payload: Any, many: bool, ids: list[int]) -> None:
    """Lists and records are read bare or under data; numeric-string ids become ints."""
    decoded = REST.decode(payload, bt.Asset, {}, many=many)
    assert [m.id for m in decoded.items] == ids and decoded.single is (not many)


@pytest.mark.parametrize(
    ("payload", "many", "reason"),
    [
        (None, False, "the answer is empty where a record was due"),
        ({"data": {"id": 1}}, True, "it is neither a JSON array nor an array under data"),
        ([{"id": 1}], False, "it is neither a JSON object nor an object under data"),
        ([1], True, "a record in it is not a JSON object"),
        ([{"name": "x"}], True, "a record in it has no id"),
    ],
)
def test_rest_answers_of_the_wrong_shape_say_so(payload: Any, many: bool, reason: str) -> None:
    """An answer that is not what the route returns is refused with what is wrong."""
    with pytest.raises(ShapeError) as raised:
        REST.decode(payload, bt.Asset, {}, many=many)
    assert str(raised.value) == reason


def test_rest_keeps_an_id_that_is_no_number() -> None:
    """An id that is not a plain number is kept in extra as it came."""
    (item,) = REST.decode([{"id": "A-7"}], bt.Asset, {}, many=True).items
    assert item.id == 0 and item.extra == {"id": "A-7"}


@pytest.mark.parametrize(
    ("response", "errors"),
    [
        (
            _response(
                422,
                {"message": "Invalid", "errors": {"name": ["is taken", "is short"], "tag": "bad"}},
            ),
            [
                {"detail": "Invalid"},
                {"title": "name", "detail": "is taken"},
                {"title": "name", "detail": "is short"},
                {"title": "tag", "detail": "bad"},
            ],
        ),
        (
            _response(422, {"message": "is taken", "errors": {"name": ["is taken"]}}),
            [{"title": "name", "detail": "is taken"}],
        ),
        (_response(400, {"error": "Bad thing"}), [{"detail": "Bad thing"}]),
        (_response(400, {"other": 1}), [{"detail": "{'other': 1}"}]),
        (_response(400, ["x"]), [{"detail": "['x']"}]),
        (_response(502, text="<html>Bad gateway</html>"), [{"detail": "<html>Bad gateway</html>"}]),
        (_response(502, text="   "), []),
        (_response(500, text="x" * 400), [{"detail": "x" * 300}]),
    ],
)
def test_rest_error_bodies_are_kept_as_the_api_sent_them(
    response: httpx.Response, errors: list[dict[str, str]]
) -> None:
    """A message and per-field errors when the body is JSON, else its text (cut at 300)."""
    assert REST.error_objects(response) == errors


def test_rest_describes_an_error_by_title_and_detail() -> None:
    """One error reads 'title - detail', either part alone, or nothing."""
    assert REST.describe_error({"title": "name", "detail": "is taken"}) == "name - is taken"
    assert REST.describe_error({"detail": "gone"}) == "gone"
    assert REST.describe_error({}) == ""


# -- JSON:API ------------------------------------------------------------------------------


def test_jsonapi_filter_values() -> None:
    """Lists comma-separated with literal commas escaped; ranges with * for an open end; null
    for None; booleans and dates as text."""
    query = JSONAPI.query(
        ROUTE,
        filters={
            "name": ["a,b", "c\\d"],
            "created_at": ("2026-01-01", None),
            "total": (None, 5),
            "folder_id": None,
            "flag": False,
            "exclude.id": [1, 2],
            "day": dt.date(2026, 1, 5),
        },
        sorts=["-name", "id"],
        includes=["a", "b"],
    )
    assert query == {
        "filter[name]": "a\\,b,c\\\\d",
        "filter[created_at]": "2026-01-01,*",
        "filter[total]": "*,5",
        "filter[folder_id]": "null",
        "filter[flag]": "false",
        "filter[exclude][id]": "1,2",
        "filter[day]": "2026-01-05",
        "sort": "-name,id",
        "include": "a,b",
    }
    assert JSONAPI.query(ROUTE, filters={"name": "x,y"}, sorts=[], includes=[]) == {
        "filter[name]": "x\\,y"
    }
    assert JSONAPI.query(ROUTE, filters={"created_at": "2026-01-01,*"}, sorts=[], includes=[]) == {
        "filter[created_at]": "2026-01-01,*"
    }
    assert JSONAPI.query(ROUTE, filters={}, sorts=[], includes=[]) == {}


def test_jsonapi_pages() -> None:
    """Numbered pages; the last is the count's, or the one without a next page."""
    assert JSONAPI.page_query(2, 100) == {"page[number]": 2, "page[size]": 100}

    def page(**meta: Any) -> Decoded:
        return Decoded([], meta=PageMeta(**meta))

    assert JSONAPI.is_last_page(3, 10, page(total_pages=3))
    assert not JSONAPI.is_last_page(2, 10, page(total_pages=3))
    assert JSONAPI.is_last_page(4, 10, page(total_pages=3))
    assert JSONAPI.is_last_page(2, 10, page(next_page=None))
    assert not JSONAPI.is_last_page(2, 10, page(next_page=3))
    assert JSONAPI.is_last_page(3, 10, page(next_page=3))


def test_jsonapi_bodies_rename_declared_keys_only() -> None:
    """Declared attributes and properties go kebab-case; free-form values (traits) and extras
    go as given; relationship attributes become relationships."""
    body = JSONAPI.encode_one(
        BODY,
        {
            "name": "x",
            "meta": {"sub_key": "v", "free_key": 1},
            "rows": [{"cell_value": 1}, 7],
            "traits": {"free_form": {"a_b": 1}},
            "links": [{"item_id": 3}],
            "plain_value": None,
        },
        {"extra_key": True},
    )
    assert body == {
        "data": {
            "type": "things",
            "attributes": {
                "name": "x",
                "meta": {"sub-key": "v", "free-key": 1},
                "rows": [{"cell-value": 1}, 7],
                "traits": {"free_form": {"a_b": 1}},
                "plain-value": None,
                "extra_key": True,
            },
            "relationships": {
                "linked-items": {"data": [{"type": "linked-items", "attributes": {"item-id": 3}}]}
            },
        }
    }
    many = JSONAPI.encode_many(BODY, [{"name": "a"}, {"name": "b"}])
    assert many == {
        "data": [
            {"type": "things", "attributes": {"name": "a"}},
            {"type": "things", "attributes": {"name": "b"}},
        ]
    }
    assert JSONAPI.encode_ids(BODY, ["3", 4]) == {
        "data": [
            {"type": "things", "attributes": {"id": 3}},
            {"type": "things", "attributes": {"id": 4}},
        ]
    }
    assert JSONAPI.wire_name("asset_tag") == "asset-tag"
    assert JSONAPI.filter_label("exclude.id") == "filter[exclude][id]"


@pytest.mark.parametrize(
    ("payload", "many", "reason"),
    [
        (None, True, "the answer is empty where a record was due"),
        ([1], True, "the body is not a JSON:API document"),
        (
            {"errors": [{"title": "Bad", "detail": "no"}]},
            True,
            "it holds errors and no data (Bad - no)",
        ),
        ({"errors": [1]}, True, "it holds errors and no data (no detail)"),
        ({"meta": {}}, True, "it has no data member"),
        ({"data": {"id": "1"}}, True, "its data is not a list of records"),
        ({"data": None}, False, "its data is not one record (null)"),
        ({"data": [{"id": "1"}]}, False, "its data is not one record"),
        ({"data": [1]}, True, "its data holds something other than resource objects"),
    ],
)
def test_jsonapi_answers_of_the_wrong_shape_say_so(payload: Any, many: bool, reason: str) -> None:
    """An answer that is not what the route returns is refused with what is wrong."""
    with pytest.raises(ShapeError) as raised:
        JSONAPI.decode(payload, models.Configuration, LOOKUP, many=many)
    assert str(raised.value) == reason


def test_jsonapi_keeps_what_an_unusual_record_holds() -> None:
    """Ids that are no plain number, members beside the attributes, an id among the attributes:
    all kept in extra; the type and relationships as sent."""
    payload = {
        "data": [
            {"id": "007", "type": "configurations", "attributes": {"name": "a"}},
            {"id": "x1", "type": "configurations", "attributes": {}, "links": {"self": "/c/x1"}},
            {"id": "5", "type": "configurations", "attributes": {"id": 9}},
            {"id": 6, "type": "configurations"},
            {"type": "configurations", "meta": {"n": 1}},
        ]
    }
    first, second, third, fourth, fifth = JSONAPI.decode(
        payload, models.Configuration, LOOKUP, many=True
    ).items
    assert first.id == 7 and first.extra == {"id": "007"} and first.name == "a"
    assert second.id == 0 and second.extra == {"@links": {"self": "/c/x1"}, "id": "x1"}
    assert third.id == 5 and third.extra == {"attributes-id": 9}
    assert fourth.id == 6 and fourth.extra == {}
    assert fifth.id == 0 and fifth.extra == {"@meta": {"n": 1}}
    assert {m.wire_type for m in (first, second, third, fourth)} == {"configurations"}


def test_jsonapi_meta_and_included() -> None:
    """The page counts are read as numbers (unreadable ones as None); included records are
    found by type and id from each record, under kebab or snake names."""
    payload = {
        "data": [
            {
                "id": "1",
                "type": "configurations",
                "attributes": {},
                "relationships": {
                    "configuration-interfaces": {
                        "data": [
                            {"type": "configuration-interfaces", "id": "7"},
                            {"type": "configuration-interfaces", "id": "99"},
                        ]
                    },
                    "location": {"data": {"type": "configuration-interfaces", "id": "8"}},
                    "nothing": {"data": None},
                    "odd": "text",
                },
            }
        ],
        "included": [
            {"id": "7", "type": "configuration-interfaces", "attributes": {"name": "eth0"}},
            {"id": "8", "type": "configuration_interfaces", "attributes": {"name": "eth1"}},
            {"id": "9", "type": "unknown-things", "attributes": {"x": 1}},
            "junk",
        ],
        "meta": {
            "current-page": "2",
            "next-page": 3,
            "prev-page": None,
            "total-pages": "x",
            "total-count": 41,
        },
    }
    decoded = JSONAPI.decode(payload, models.Configuration, LOOKUP, many=True)
    meta = decoded.meta
    assert (
        meta.current_page,
        meta.next_page,
        meta.prev_page,
        meta.total_pages,
        meta.total_count,
    ) == (
        2,
        3,
        None,
        None,
        41,
    )
    assert meta.raw["total-count"] == 41
    (item,) = decoded.items
    assert [r.id for r in item.related("configuration_interfaces")] == [7]
    assert [r.id for r in item.related("configuration-interfaces")] == [7]
    assert [r.id for r in item.related("location")] == [8]
    assert (
        item.related("nothing") == [] and item.related("odd") == [] and item.related("none") == []
    )
    assert [type(r).__name__ for r in decoded.included] == [
        "ConfigurationInterface",
        "ConfigurationInterface",
        "BaseModel",
    ]
    assert (
        JSONAPI.decode({"data": [], "meta": "x"}, models.Configuration, LOOKUP, many=True).meta
        == PageMeta()
    )


@pytest.mark.parametrize(
    ("response", "errors", "described"),
    [
        (
            _response(
                422,
                {
                    "errors": [
                        {
                            "title": "Invalid",
                            "detail": "name is taken",
                            "source": {"pointer": "/data/attributes/name"},
                        },
                        "junk",
                    ]
                },
            ),
            [
                {
                    "title": "Invalid",
                    "detail": "name is taken",
                    "source": {"pointer": "/data/attributes/name"},
                }
            ],
            "Invalid - name is taken - at /data/attributes/name",
        ),
        (_response(400, {"errors": "no list"}), [], None),
        (_response(400, ["x"]), [], None),
        (_response(502, text="<html>"), [], None),
        (_response(404, {"errors": [{"status": "404"}]}), [{"status": "404"}], ""),
    ],
)
def test_jsonapi_error_objects(
    response: httpx.Response, errors: list[dict[str, Any]], described: str | None
) -> None:
    """Error objects come from errors[] (others ignored) and read 'title - detail - at pointer'."""
    assert JSONAPI.error_objects(response) == errors
    if described is not None:
        assert JSONAPI.describe_error(errors[0]) == described
    assert JSONAPI.describe_error({"title": "T", "source": {"x": 1}}) == "T"


@pytest.mark.parametrize("name", ["itglue", "bluetally"])
def test_each_dialect_reads_its_options_from_its_spec(name: str) -> None:
    """A dialect built from its spec's api block is the one the generated client uses, and
    the registry names each dialect by the name its spec gives."""
    from pathlib import Path

    import yaml

    from itglue_async._dialects import DIALECTS
    from itglue_async.bluetally import BlueTally

    block = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "spec" / f"{name}.yaml").read_text("utf-8")
    )["api"]
    built = DIALECTS[block["dialect"]].from_spec(block)
    generated = (ITGlue if name == "itglue" else BlueTally)._api.dialect
    assert built == generated and type(built).name == block["dialect"]
    assert set(DIALECTS) == {"jsonapi", "rest"}
    changed = dict(block, content_type="application/x-test")
    assert DIALECTS[block["dialect"]].from_spec(changed).media_type == "application/x-test"


def test_each_dialect_reads_its_parameter_names_from_the_spec() -> None:
    """The ``api`` block names every parameter; REST's sort direction defaults to ``order``."""
    block = {
        "content_type": "application/x-test",
        "pagination": {"number_param": "p[n]", "size_param": "p[s]"},
        "filters": {"list_separator": ";", "escape": "/"},
    }
    assert JsonApi.from_spec(block) == JsonApi(
        media_type="application/x-test",
        page_number_param="p[n]",
        page_size_param="p[s]",
        list_separator=";",
        escape="/",
    )
    rest = {"content_type": "text/x", "pagination": {"size_param": "per", "offset_param": "skip"}}
    expected = Rest(media_type="text/x", limit_param="per", offset_param="skip")
    assert Rest.from_spec(rest) == expected and expected.order_param == "order"
    assert Rest.from_spec({**rest, "sorting": None}) == expected
    assert Rest.from_spec({**rest, "sorting": {"order_param": "dir"}}).order_param == "dir"


def test_nested_values_are_written_all_the_way_down() -> None:
    """REST writes dates inside objects as ISO text; JSON:API renames declared properties at
    every depth, and only those."""
    assert REST.encode_one(
        BODY, {"meta": {"at": dt.date(2026, 1, 5), "n": [dt.date(2026, 1, 6)]}}
    ) == {"meta": {"at": "2026-01-05", "n": ["2026-01-06"]}}
    deep = Body(
        kind="single",
        type="things",
        attributes={
            "outer_value": Attribute(
                "object",
                properties={
                    "inner_value": Attribute(
                        "object", properties={"deep_key": Attribute("integer")}
                    )
                },
            )
        },
    )
    body = JSONAPI.encode_one(
        deep, {"outer_value": {"inner_value": {"deep_key": 1, "free_key": 2}}}
    )
    assert body["data"]["attributes"] == {
        "outer-value": {"inner-value": {"deep-key": 1, "free-key": 2}}
    }


def test_jsonapi_reads_the_rarer_record_shapes() -> None:
    """Members beside the attributes of a record with a plain id are kept; a record without a
    type has the empty type; a relationship sent under its snake_case name is still found."""
    payload = {
        "data": [
            {
                "id": "8",
                "type": "configurations",
                "attributes": {},
                "links": {"self": "/c/8"},
                "relationships": {
                    "configuration_interfaces": {
                        "data": [{"type": "configuration-interfaces", "id": "7"}]
                    }
                },
            },
            {"id": "9", "attributes": {}},
        ],
        "included": [{"id": "7", "type": "configuration-interfaces", "attributes": {}}],
    }
    first, second = JSONAPI.decode(payload, models.Configuration, LOOKUP, many=True).items
    assert first.id == 8 and first.extra == {"@links": {"self": "/c/8"}}
    assert [r.id for r in first.related("configuration_interfaces")] == [7]
    assert second.id == 9 and second.wire_type == "" and second.extra == {}


def test_jsonapi_plain_records_and_documents_in_full() -> None:
    """The usual record (numeric id, nothing beside its members) keeps its type, or the empty
    type when it has none; a document says whether it held one record; errors that are not a
    list are no error objects; several error objects are all named; every page count is read."""
    payload = {
        "data": [
            {"id": "3", "type": "configurations", "attributes": {"name": "a"}},
            {"id": "4", "attributes": {}},
        ],
        "meta": {"prev-page": "1", "current-page": 2},
    }
    decoded = JSONAPI.decode(payload, models.Configuration, LOOKUP, many=True)
    assert [(m.id, m.wire_type, m.extra) for m in decoded.items] == [
        (3, "configurations", {}),
        (4, "", {}),
    ]
    assert decoded.single is False and decoded.meta.prev_page == 1
    one = JSONAPI.decode({"data": payload["data"][0]}, models.Configuration, LOOKUP, many=False)
    assert one.single is True and one.items[0].name == "a"
    with pytest.raises(ShapeError, match=r"^it has no data member$"):
        JSONAPI.decode({"errors": "oops"}, models.Configuration, LOOKUP, many=True)
    both = {"errors": [{"title": "A", "detail": "a"}, {"title": "B"}]}
    with pytest.raises(ShapeError, match=r"^it holds errors and no data \(A - a; B\)$"):
        JSONAPI.decode(both, models.Configuration, LOOKUP, many=True)


def test_jsonapi_unusual_types_and_values_go_through_as_they_are() -> None:
    """An unusual record without a type has the empty type, a type that is no string is read
    as text, and a value where an object was declared is sent as given (validation is where
    it is refused; the extra_* escape hatches bypass it on purpose)."""
    payload = {"data": [{"id": "x2", "attributes": {}}, {"id": "3", "type": 5}]}
    unusual, numbered = JSONAPI.decode(payload, models.Configuration, LOOKUP, many=True).items
    assert (unusual.wire_type, unusual.extra) == ("", {"id": "x2"})
    assert numbered.wire_type == "5"
    deep = Body(
        kind="single",
        type="things",
        attributes={"outer": Attribute("object", properties={"a_b": Attribute("integer")})},
    )
    assert JSONAPI.encode_one(deep, {"outer": 5})["data"]["attributes"] == {"outer": 5}
    assert JSONAPI.encode_one(deep, {"outer": dt.date(2026, 1, 5)})["data"]["attributes"] == {
        "outer": "2026-01-05"
    }
