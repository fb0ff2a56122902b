"""The validation rules one by one, on hand-built routes: each refusal's sentence and parameter.

The route-level tests (test_validation, test_messages) go through generated methods; these
reach the edges no documented route has (a route with no query parameters, a filter three
names deep, a union attribute, bounds on one side only) so each rule is pinned where it bends.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from itglue_async import RequestValidationError
from itglue_async._routes import Attribute, Body, Param, Route
from itglue_async._validation import (
    check_attributes,
    check_filters,
    check_id,
    check_include,
    check_page_size,
    check_path_params,
    check_query_params,
    check_sort,
    check_value,
    type_ok,
)


def _route(**fields: Any) -> Route:
    given = {"method": "GET", "path": "/things", "resource": "things", "operation": "list"}
    return Route(**{**given, **fields})


def _refused(call: Any, *args: Any, **kwargs: Any) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as raised:
        call(*args, **kwargs)
    return raised.value


def _dotted(key: str) -> str:
    return f"filter[{key}]"


def test_a_route_without_query_parameters_lists_none_and_none_values_are_skipped() -> None:
    route = _route(query_params={})
    check_query_params(route, {"a": None})
    error = _refused(check_query_params, route, {"a": None, "b": 1})
    assert str(error) == "b is not a parameter of GET /things; valid: (none)."
    assert error.parameter == "b"


def test_query_parameter_values_are_checked_after_skipped_ones() -> None:
    route = _route(query_params={"a": Param("string"), "b": Param("integer")})
    error = _refused(check_query_params, route, {"a": None, "b": "x"})
    assert str(error) == "b must be an integer, got str 'x'."
    assert error.parameter == "b"


def test_file_values_are_mappings() -> None:
    assert type_ok("file", {"name": "a.txt"})
    assert not type_ok("file", "a.txt")


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
    assert type_ok("date", text) is ok


def test_type_refusal_names_the_type_in_words() -> None:
    error = _refused(check_value, "name", Param("string"), 5)
    assert str(error) == "name must be a string, got int 5."
    assert error.parameter == "name"


def test_union_refusal_lists_every_member() -> None:
    spec = Attribute("union", of=("string", "integer"))
    check_value("v", spec, "x")
    check_value("v", spec, 3)
    error = _refused(check_value, "v", spec, 1.5)
    assert str(error) == "v must be a string or an integer, got float 1.5."
    assert error.parameter == "v"


@pytest.mark.parametrize(
    ("spec", "value", "message"),
    [
        (Attribute("integer", minimum=1, maximum=5), 0, "n must be from 1 to 5, got 0."),
        (Attribute("integer", minimum=1, maximum=5), 6, "n must be from 1 to 5, got 6."),
        (Attribute("integer", maximum=5), 6, "n must be from -inf to 5, got 6."),
        (Attribute("integer", minimum=1), -2, "n must be from 1 to inf, got -2."),
    ],
)
def test_bounds_are_inclusive_and_open_ends_are_named(
    spec: Attribute, value: int, message: str
) -> None:
    for edge in (spec.minimum, spec.maximum):
        if edge is not None:
            check_value("n", spec, edge)
    error = _refused(check_value, "n", spec, value)
    assert str(error) == message
    assert error.parameter == "n"


def test_ids_and_path_parameters_name_themselves() -> None:
    assert _refused(check_id, "organization_id", 0).parameter == "organization_id"
    route = _route(path="/things/{thing_id}", path_params={"thing_id": Param("integer")})
    error = _refused(check_path_params, route, {})
    assert str(error) == "thing_id is required for GET /things/{thing_id}."
    assert error.parameter == "thing_id"
    assert _refused(check_path_params, route, {"thing_id": -1}).parameter == "thing_id"


def test_filter_refusals_name_the_filter_as_the_api_spells_it() -> None:
    route = _route(
        filters={
            "id": Param("integer", list=True),
            "name": Param("string"),
            "created_at": Param("string", format="date_range"),
            "owner.group.id": Param("integer"),
        }
    )
    error = _refused(check_filters, route, ["id"], _dotted)
    assert error.parameter == "filter"
    error = _refused(check_filters, route, {"nope": 1}, _dotted)
    assert error.parameter == "filter[nope]"
    assert str(error).endswith("valid filters: created_at, id, name, owner.group.id.")
    for bad, message in [
        ({"name": ["a"]}, "filter[name] takes a single value on this route, got list."),
        ({"id": []}, "filter[id] got an empty list."),
        ({"id": [1, 0]}, "filter[id] must be a positive integer id, got int 0."),
        (
            {"created_at": 5},
            "filter[created_at] must be a 'start,end' string or a (start, end) pair "
            "(None for open ends).",
        ),
        ({"created_at": ("2026-01-01", [1])}, "filter[created_at] must be a string, got list [1]."),
        # A filter three names deep that holds an id is still an id.
        (
            {"owner": {"group": {"id": 0}}},
            "filter[owner.group.id] must be a positive integer id, got int 0.",
        ),
    ]:
        error = _refused(check_filters, route, bad, _dotted)
        assert str(error) == message, bad
        assert error.parameter == message.split(" ", 1)[0], bad
    assert check_filters(route, {"created_at": (None, dt.date(2026, 1, 1))}, _dotted) == {
        "created_at": (None, dt.date(2026, 1, 1))
    }


def test_a_route_without_filters_says_so() -> None:
    error = _refused(check_filters, _route(), {"a": 1}, _dotted)
    assert str(error) == (
        "filter[a] is not a filter of GET /things; valid filters: none (this route takes no filters)."
    )


def test_sort_include_and_page_size_refusals_name_their_parameter() -> None:
    route = _route(sorts=("name", "id"), includes=("passwords",))
    assert _refused(check_sort, route, ["name", "id"], multi=False).parameter == "sort"
    error = _refused(check_sort, route, "-nope")
    assert str(error) == (
        "sort field '-nope' is not valid for GET /things; valid: id, name (prefix '-' for "
        "descending)."
    )
    assert error.parameter == "sort"
    assert _refused(check_sort, route, 5).parameter == "sort"
    error = _refused(check_include, route, ["nope"])
    assert error.parameter == "include"
    assert str(error) == "include 'nope' is not valid for GET /things; valid: passwords."
    error = _refused(check_page_size, 0, 1000)
    assert error.parameter == "page_size"
    assert str(error) == "page_size must be an integer from 1 to 1000, got 0."


def _body(**attributes: Attribute) -> Route:
    return Route(
        method="POST",
        path="/things",
        resource="things",
        operation="create",
        body=Body(kind="single", type="things", attributes=attributes),
    )


def test_create_only_attributes_are_refused_in_bulk_updates_too() -> None:
    route = _body(serial=Attribute("string", not_permitted=("update", "bulk_update")))
    for operation in ("update", "bulk_update"):
        error = _refused(
            check_attributes, route, {"serial": "x"}, operation=operation, nested=False
        )
        assert str(error) == (
            "serial is not permitted in an update (PATCH); it may only be sent on create."
        )
        assert error.parameter == "serial"


def test_an_attribute_refused_on_create_without_a_reason_ends_the_sentence() -> None:
    route = _body(token=Attribute("string", not_permitted=("create",)))
    error = _refused(check_attributes, route, {"token": "x"}, operation="create", nested=False)
    assert str(error) == "token is not permitted on create."


def test_nested_attributes_are_checked_with_the_operation_and_their_own_requirements() -> None:
    inner = {
        "name": Attribute("string", required=True),
        "serial": Attribute("string", not_permitted=("update",)),
        "parent_id": Attribute("integer", required=True, required_unless_nested=True),
    }
    route = _body(
        child=Attribute("object", properties=inner),
        children=Attribute("array", items="object", properties=inner),
        note=Attribute("string", nullable=True),
    )
    # A nested object is a record of its own: its required members count even in an update.
    error = _refused(
        check_attributes, route, {"child": {"serial": "x"}}, operation="update", nested=True
    )
    assert str(error).startswith("child.serial is not permitted in an update (PATCH)")
    error = _refused(
        check_attributes, route, {"note": None, "child": {}}, operation="update", nested=True
    )
    assert str(error) == "child.name is required to create this resource."
    assert error.parameter == "child.name"
    check_attributes(route, {"child": {"name": "a"}}, operation="update", nested=True)
    error = _refused(
        check_attributes, route, {"child": {"name": "a"}}, operation="update", nested=False
    )
    assert error.parameter == "child.parent_id"
    error = _refused(
        check_attributes,
        route,
        {"children": [{"serial": "x", "name": "a"}]},
        operation="update",
        nested=True,
    )
    assert error.parameter == "children[0].serial"


def test_required_when_names_every_condition() -> None:
    route = _body(
        kind=Attribute("string"),
        mode=Attribute("string"),
        port=Attribute("integer", required_when={"kind": "net", "mode": "tcp"}),
    )
    check_attributes(route, {"kind": "net", "mode": "udp"}, operation="create", nested=False)
    error = _refused(
        check_attributes, route, {"kind": "net", "mode": "tcp"}, operation="create", nested=False
    )
    assert str(error) == "port is required when kind is 'net', mode is 'tcp'."
    assert error.parameter == "port"


def test_an_unknown_attribute_lists_only_those_the_operation_permits() -> None:
    route = _body(a=Attribute("string"), b=Attribute("string", not_permitted=("update",)))
    error = _refused(check_attributes, route, {"c": 1}, operation="update", nested=False)
    assert str(error) == "c is not an attribute this route accepts; valid: a."
    assert error.parameter == "c"


def test_every_type_has_words_and_only_unions_list_members() -> None:
    from itglue_async._routes import TYPE_NAMES
    from itglue_async._validation import _TYPE_WORDS

    assert set(_TYPE_WORDS) == TYPE_NAMES
    with pytest.raises(ValueError, match=r"^of: only a union lists member types"):
        Attribute("string", of=("string", "integer"))
    with pytest.raises(ValueError, match=r"^of: a union lists two types or more"):
        Attribute("union", of=("string",))


def test_nested_array_members_follow_the_same_rules() -> None:
    inner = {
        "name": Attribute("string", required=True),
        "parent_id": Attribute("integer", required=True, required_unless_nested=True),
    }
    route = _body(children=Attribute("array", items="object", properties=inner))
    check_attributes(route, {"children": [{"name": "a"}]}, operation="create", nested=True)
    error = _refused(
        check_attributes, route, {"children": [{"name": "a"}]}, operation="create", nested=False
    )
    assert str(error) == "children[0].parent_id is required to create this resource."
    error = _refused(check_attributes, route, {"children": [7]}, operation="create", nested=True)
    assert str(error) == "children[0] must be a mapping, got int 7."


def test_a_union_lists_its_members_and_a_parameter_is_never_one() -> None:
    with pytest.raises(ValueError, match=r"^of: a union lists two types or more"):
        Attribute("union")
    with pytest.raises(ValueError, match=r"^type: 'union' is not one of .*cannot be a union\)$"):
        Param("union")
