"""Property: any arguments to any public method give a clear refusal or a well-formed request.

For generated arguments (filters, sorts, includes, page sizes, ids and bodies of wrong types,
NaN, huge strings, newlines), each call either raises ``RequestValidationError`` having sent
nothing, or sends requests whose path matches a documented template, whose query keys are
documented and whose body is strict JSON; it never raises anything outside the tree.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itglue_async import ROUTES as ITGLUE_ROUTES
from itglue_async import ITGlue, ITGlueError, Paginator, RequestValidationError, Route
from itglue_async.bluetally import ROUTES as BLUETALLY_ROUTES
from itglue_async.bluetally import BlueTally
from tests.conftest import FakeClock

pytestmark = pytest.mark.anyio

APIS = {"itglue": (ITGlue, ITGLUE_ROUTES), "bluetally": (BlueTally, BLUETALLY_ROUTES)}

WILD: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.text(alphabet="a,\\\n\r\t é", max_size=50),
    st.just("x" * 5000),
    st.lists(st.one_of(st.integers(-3, 5), st.text(max_size=3)), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r":\w+", r"[^/]+", path) + "$")


def _allowed_query(cls: type[Any], route: Route) -> set[str]:
    dialect = cls._api.dialect
    keys = {dialect.filter_label(name) for name in route.filters}
    keys |= set(route.query_params) | {"sort", "include"}
    keys |= set(dialect.page_query(1, 1)) | {p.query for p in cls._api.client_params.values()}
    keys |= {getattr(dialect, "order_param", "sort")}
    return keys


def _strict_json(content: bytes) -> Any:
    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(content, parse_constant=refuse)


@st.composite
def calls(draw: st.DrawFn) -> tuple[str, Route, list[Any], dict[str, Any]]:
    api = draw(st.sampled_from(sorted(APIS)))
    route = draw(st.sampled_from(APIS[api][1]))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if route.polymorphic:
        args += [
            draw(st.one_of(st.sampled_from(route.path_params["resource_type"].enum), WILD)),
            draw(WILD),
        ]
    siblings = [
        r for r in APIS[api][1] if r.resource == route.resource and r.operation == route.operation
    ]
    required_parent = all(r.parent for r in siblings)  # the signature makes it a required keyword
    if route.parent and (required_parent or draw(st.booleans())):
        kwargs[route.parent] = draw(st.one_of(st.integers(-2, 10), WILD))
    if route.kind in ("get", "update", "delete") or "/:id" in route.path:
        args.append(draw(st.one_of(st.integers(-2, 10**12), WILD)))
    names = [*sorted(route.filters), "nope", "exclude"]
    if route.kind in ("list", "bulk_destroy") and route.filters and draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
        kwargs["filter"] = {k: draw(WILD) for k in keys} if draw(st.booleans()) else draw(WILD)
    if route.kind == "list":
        if route.sorts and draw(st.booleans()):
            sorts = list(route.sorts) + ["-" + s for s in route.sorts] + ["nope"]
            kwargs["sort"] = draw(
                st.one_of(
                    st.sampled_from(sorts), st.lists(st.sampled_from(sorts), max_size=2), WILD
                )
            )
        if route.includes and draw(st.booleans()):
            kwargs["include"] = draw(
                st.one_of(st.sampled_from([*list(route.includes), "nope"]), WILD)
            )
        if draw(st.booleans()):
            kwargs["page_size"] = draw(st.one_of(st.integers(-2, 2000), WILD))
    if route.body is not None and route.kind in ("create", "update", "action", "bulk_update"):
        attributes = [*sorted(route.body.attributes), "nope"]
        keys = draw(st.lists(st.sampled_from(attributes), max_size=4, unique=True))
        body = {k: draw(WILD) for k in keys}
        if route.kind == "bulk_update":
            args.append(draw(st.one_of(st.just([{"id": draw(st.integers(-1, 9)), **body}]), WILD)))
        elif any(a.type == "file" for a in route.body.attributes.values()):
            for a in route.body.attributes.values():
                if a.type != "file" and a.required:
                    valid = {k: p.enum[0] if p.enum else 3 for k, p in a.properties.items()}
                    args.append(draw(st.one_of(st.just(valid), WILD)))
            args.append(draw(st.one_of(st.just(("a.txt", b"x")), st.binary(max_size=5), WILD)))
        else:
            args.append(draw(st.one_of(st.just(body), WILD)))
    if route.kind == "bulk_destroy" and "filter" not in kwargs:
        args.append(draw(st.one_of(st.lists(st.integers(-1, 9), max_size=3), WILD)))
    return api, route, args, kwargs


def _answer(route: Route, request: httpx.Request) -> httpx.Response:
    if request.method == "DELETE":
        return httpx.Response(204)
    return httpx.Response(200, json={"data": [], "meta": {"total-pages": 1}})


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
async def test_refused_cleanly_or_sent_well_formed(
    call: tuple[str, Route, list[Any], dict[str, Any]],
) -> None:
    """Each call refuses with nothing sent, or sends only documented, well-formed requests."""
    api, route, args, kwargs = call
    cls, routes = APIS[api]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return _answer(route, request)

    clock = FakeClock()
    client = cls(
        "k",
        transport=httpx.MockTransport(handler),
        rate_limit=None,
        clock=clock,
        sleep=clock.sleep,
        max_retries=0,
    )
    method = getattr(getattr(client, route.resource), route.operation)
    try:
        result = method(*args, **kwargs)
        if isinstance(result, Paginator):
            await result
        else:
            await result
    except RequestValidationError:
        assert sent == [], "refused after sending"
        return
    except ITGlueError:
        pass  # an answer the generated arguments could not expect (not a client fault)
    finally:
        await client.aclose()
    siblings = [
        r for r in routes if r.resource == route.resource and r.operation == route.operation
    ]
    for request in sent:
        path = request.url.path.removeprefix(httpx.URL(client.base_url).path.rstrip("/"))
        assert any(
            _template(r.path).match(path) and r.method == request.method for r in siblings
        ), path
        allowed = set().union(*(_allowed_query(cls, r) for r in siblings))
        assert set(request.url.params) <= allowed, set(request.url.params) - allowed
        if request.content:
            body = _strict_json(request.content)
            assert body is not None


def test_nan_and_infinity_are_no_numbers() -> None:
    """A float attribute given NaN or infinity is refused rather than sent as invalid JSON."""
    from itglue_async._routes import Param
    from itglue_async._validation import check_value

    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(RequestValidationError):
            check_value("x", Param("number"), bad)
