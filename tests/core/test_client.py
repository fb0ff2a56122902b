"""The client: configuration, retries, 429 pauses, error mapping and secret hygiene."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from itglue_async import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ITGlue,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from tests.conftest import BASE, KEY, FakeClock

pytestmark = pytest.mark.anyio

ORG = {"data": {"id": "2", "type": "organizations", "attributes": {"name": "Happy Frog"}}}


def test_region_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regions map to the documented base URLs; env vars apply; unknown regions are refused."""
    monkeypatch.delenv("ITGLUE_BASE_URL", raising=False)
    assert ITGlue("k", region="eu").base_url == "https://api.eu.itglue.com"
    monkeypatch.setenv("ITGLUE_REGION", "au")
    assert ITGlue("k").base_url == "https://api.au.itglue.com"
    with pytest.raises(ValueError, match="au, eu, us"):
        ITGlue("k", region="mars")
    with pytest.raises(ValueError, match="https"):
        ITGlue("k", base_url="http://example.com")
    assert ITGlue("k", base_url="http://127.0.0.1:8080").base_url == "http://127.0.0.1:8080"


def test_api_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key comes from ITGLUE_API_KEY when not passed; missing keys are a clear error."""
    monkeypatch.setenv("ITGLUE_API_KEY", KEY)
    assert ITGlue()._key.reveal() == KEY
    monkeypatch.delenv("ITGLUE_API_KEY")
    with pytest.raises(Exception, match="ITGLUE_API_KEY"):
        ITGlue()


async def test_headers(client: ITGlue) -> None:
    """Requests carry x-api-key, Accept, a User-Agent, and Content-Type only with a body."""
    with respx.mock(base_url=BASE) as mock:
        get = mock.get("/organizations/2").respond(json=ORG)
        patch = mock.patch("/organizations/2").respond(json=ORG)
        await client.organizations.get(2)
        await client.organizations.update(2, {"name": "X"})
    headers = get.calls[0].request.headers
    assert headers["x-api-key"] == KEY
    assert headers["accept"] == "application/vnd.api+json"
    assert headers["user-agent"].startswith("itglue-async/")
    assert "content-type" not in headers
    assert patch.calls[0].request.headers["content-type"] == "application/vnd.api+json"


@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        (m, s, s == 429 or (s >= 500 and m != "POST"))
        for m in ("GET", "PATCH", "DELETE", "POST")
        for s in (429, 500, 502, 503, 504, 400, 404, 422)
    ],
)
async def test_retry_matrix_statuses(
    client: ITGlue, method: str, status: int, retried: bool
) -> None:
    """429 is always retried; 5xx only for idempotent methods; 4xx never."""
    with respx.mock(base_url=BASE) as mock:
        route = mock.route(method=method, path="/x").mock(
            side_effect=[httpx.Response(status, json={"errors": []}), httpx.Response(200, json={})]
        )
        if retried:
            await client.request(method, "/x")
            assert route.call_count == 2
        else:
            with pytest.raises(APIError):
                await client.request(method, "/x")
            assert route.call_count == 1


@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        (m, e, m != "POST" or e is httpx.ConnectError or e is httpx.ConnectTimeout)
        for m in ("GET", "PATCH", "DELETE", "POST")
        for e in (
            httpx.ConnectError,
            httpx.ConnectTimeout,
            httpx.ReadTimeout,
            httpx.ReadError,
            httpx.RemoteProtocolError,
        )
    ],
)
async def test_retry_matrix_transport(
    client: ITGlue, method: str, error: type[Exception], retried: bool
) -> None:
    """Connect failures are retried for all methods; failures after sending only for idempotent ones."""
    with respx.mock(base_url=BASE) as mock:
        route = mock.route(method=method, path="/x").mock(
            side_effect=[error("boom"), httpx.Response(200, json={})]
        )
        if retried:
            await client.request(method, "/x")
            assert route.call_count == 2
        else:
            with pytest.raises(APIConnectionError) as info:
                await client.request(method, "/x")
            assert isinstance(info.value.__cause__, error)
            assert route.call_count == 1


async def test_timeouts_become_api_timeout_error(clock: FakeClock) -> None:
    """A timeout that outlasts the retries raises APITimeoutError, chained to httpx's."""
    async with ITGlue(KEY, base_url=BASE, max_retries=2, clock=clock, sleep=clock.sleep) as client:
        with respx.mock(base_url=BASE) as mock:
            route = mock.get("/x").mock(side_effect=httpx.ReadTimeout("slow"))
            with pytest.raises(APITimeoutError):
                await client.request("GET", "/x")
            assert route.call_count == 3


def _http_date(seconds_from_now: float) -> str:
    import email.utils
    import time

    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize("retry_after", ["7", "http-date", None])
async def test_429_pauses_the_client(
    client: ITGlue, clock: FakeClock, retry_after: str | None
) -> None:
    """A 429 pauses the client for Retry-After (seconds or HTTP date) or a backoff, then retries."""
    if retry_after == "http-date":
        retry_after = _http_date(120)
    headers = {"Retry-After": retry_after} if retry_after else {}
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/x").mock(
            side_effect=[httpx.Response(429, headers=headers), httpx.Response(200, json={})]
        )
        start = clock.now
        await client.request("GET", "/x")
    assert route.call_count == 2
    waited = clock.now - start
    if retry_after == "7":
        assert waited == pytest.approx(7.0)
    elif retry_after:
        assert 100 < waited <= 121
    else:
        assert 0 < waited <= 30
    assert client.stats.rate_limited == 1


async def test_one_429_pauses_all_tasks(client: ITGlue, clock: FakeClock) -> None:
    """After one task's 429, the next request of any task waits for the pause."""
    import anyio

    times: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        times.append(clock.now)
        if len(times) == 1:
            return httpx.Response(429, headers={"Retry-After": "5"})
        return httpx.Response(200, json={})

    with respx.mock(base_url=BASE) as mock:
        mock.get("/x").mock(side_effect=answer)
        await client.request("GET", "/x")
        async with anyio.create_task_group() as group:
            for _ in range(3):
                group.start_soon(client.request, "GET", "/x")
    assert all(t >= times[0] + 5 for t in times[1:])


async def test_retries_exhausted_raise_rate_limit_error(clock: FakeClock) -> None:
    """429s beyond max_retries raise RateLimitError."""
    async with ITGlue(KEY, base_url=BASE, max_retries=1, clock=clock, sleep=clock.sleep) as client:
        with respx.mock(base_url=BASE) as mock:
            mock.get("/x").respond(429)
            with pytest.raises(RateLimitError):
                await client.request("GET", "/x")


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (415, UnsupportedMediaTypeError),
        (422, UnprocessableEntityError),
        (500, ServerError),
    ],
)
async def test_error_mapping(clock: FakeClock, status: int, cls: type[Exception]) -> None:
    """Each documented status maps to its error class, with errors, request and response."""
    body = {
        "errors": [
            {
                "status": str(status),
                "title": "Bad thing",
                "detail": "name is wrong",
                "source": {"pointer": "/data/attributes/name"},
            }
        ]
    }
    async with ITGlue(KEY, base_url=BASE, max_retries=0, clock=clock, sleep=clock.sleep) as client:
        with respx.mock(base_url=BASE) as mock:
            mock.get("/organizations/2").respond(status, json=body)
            with pytest.raises(cls) as info:
                await client.organizations.get(2)
    error = info.value
    assert error.status_code == status  # type: ignore[attr-defined]
    assert error.errors[0]["source"]["pointer"] == "/data/attributes/name"  # type: ignore[attr-defined]
    assert "name is wrong" in str(error)
    assert error.response.status_code == status  # type: ignore[attr-defined]
    if status in (401, 403):
        assert BASE in str(error)


async def test_key_never_leaks(clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    """The key is absent from reprs, exception strings, error requests and DEBUG logs."""
    caplog.set_level(logging.DEBUG)
    async with ITGlue(KEY, base_url=BASE, max_retries=1, clock=clock, sleep=clock.sleep) as client:
        assert KEY not in repr(client) and KEY not in str(client)
        with respx.mock(base_url=BASE) as mock:
            mock.get("/organizations/2").respond(401, json={"errors": [{"title": "Unauthorized"}]})
            mock.get("/organizations/3").mock(side_effect=httpx.ConnectError("refused"))
            with pytest.raises(AuthenticationError) as auth:
                await client.organizations.get(2)
            with pytest.raises(APIConnectionError) as conn:
                await client.organizations.get(3)
    for error in (auth.value, conn.value):
        assert KEY not in str(error) and KEY not in repr(error)
        assert KEY not in str(error.request.headers)  # type: ignore[union-attr]
    for record in caplog.records:
        assert KEY not in record.getMessage()


async def test_password_value_hidden_but_reachable(client: ITGlue) -> None:
    """A fetched password's value is out of the repr yet reachable via get_secret_value()."""
    body = {
        "data": {
            "id": "7",
            "type": "passwords",
            "attributes": {"name": "db", "password": "hunter2"},
        }
    }
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/passwords/7").respond(json=body)
        password = await client.passwords.get(7, show_password=False)
    assert "hunter2" not in repr(password) and "hunter2" not in str(password)
    assert password.password is not None and password.password.get_secret_value() == "hunter2"
    assert route.calls[0].request.url.params["show_password"] == "false"


async def test_redirects_not_followed(client: ITGlue) -> None:
    """A redirect is not followed (the key would go to another host); it surfaces as an error."""
    with respx.mock(base_url=BASE) as mock:
        mock.get("/x").respond(302, headers={"Location": "https://evil.example/x"})
        with pytest.raises(APIResponseValidationError, match=r"302 Found.*evil\.example") as info:
            await client.request("GET", "/x")
        assert len(mock.calls) == 1
    assert info.value.status_code == 302 and KEY not in str(info.value.request.headers)


async def test_closed_client_refuses(clock: FakeClock) -> None:
    """A closed client says so instead of sending."""
    client = ITGlue(KEY, base_url=BASE)
    await client.aclose()
    with pytest.raises(Exception, match="closed"):
        await client.request("GET", "/x")


async def test_payload_limit_checked_before_sending(client: ITGlue) -> None:
    """A body over 10 MB is refused before anything is sent."""
    with (
        respx.mock(base_url=BASE) as mock,
        pytest.raises(RequestValidationError, match="payload limit"),
    ):
        await client.request("POST", "/x", json={"a": "x" * (11 * 1024 * 1024)})
    assert not mock.calls


def test_default_rate_limit_is_the_documented_one() -> None:
    """Without rate_limit=, the client enforces the spec's 3000 requests per 300 s."""
    from itglue_async import RateLimit

    assert ITGlue("k").rate_limit == RateLimit(3000, 300.0)
    assert ITGlue("k", rate_limit=None).rate_limit is None
