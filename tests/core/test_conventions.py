"""SDK conventions: with_options, raw responses, the extra_* escape hatches, ITGLUE_LOG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import anyio
import httpx
import pytest

from itglue_async import (
    APIResponseValidationError,
    ITGlue,
    ITGlueError,
    NotFoundError,
    Page,
    RateLimit,
    RawResponse,
    models,
)
from itglue_async.bluetally import models as bluetally_models
from itglue_async.testing import FakeBlueTally, FakeITGlue, max_in_window
from tests.conftest import BASE, KEY, FakeClock

pytestmark = pytest.mark.anyio
README = Path(__file__).resolve().parents[2] / "README.md"

Seen = list[httpx.Request]


def _server(seen: Seen, *, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    """Answers every request with one configuration (a list for listings), noting the request."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        record = {"id": "1", "type": "configurations", "attributes": {"name": "fw"}}
        if request.method == "DELETE":
            return httpx.Response(204)
        many = request.url.path == "/configurations" and request.method == "GET"
        body = {"data": [record] if many else record, "meta": {"total-count": 1}}
        return httpx.Response(200, json=body, headers=headers or {})

    return httpx.MockTransport(answer)


# -- with_options ------------------------------------------------------------------------------


async def test_with_options_shares_pool_limiter_and_bound_and_changes_only_what_was_given() -> None:
    """A copy shares the pool, limiter, concurrency bound and stats; its timeout, retries and
    headers apply to its own resources; the parent is unchanged."""
    seen: Seen = []
    async with ITGlue(KEY, base_url=BASE, transport=_server(seen), max_retries=3) as client:
        fast = client.with_options(timeout=5.0, max_retries=0, headers={"X-Team": "noc"})
        assert isinstance(fast, ITGlue)
        assert fast._http is client._http and fast.limiter is client.limiter
        assert fast._concurrency is client._concurrency and fast.stats is client.stats
        assert fast.configurations is not client.configurations
        assert fast.configurations._client is fast
        assert fast.retry.max_retries == 0 and client.retry.max_retries == 3
        await fast.configurations.get(1)
        await client.configurations.get(1)
    mine, parents = seen
    assert mine.extensions["timeout"]["read"] == 5.0 and mine.headers["X-Team"] == "noc"
    assert parents.extensions["timeout"]["read"] == 30.0 and "X-Team" not in parents.headers
    assert client.stats.requests == 2
    assert "with_options copy" in repr(fast) and KEY not in repr(fast)


async def test_copies_stack_and_a_copy_needs_no_closing() -> None:
    """A copy of a copy keeps both sets of headers; closing a copy closes nothing, closing
    the parent closes the pool for every copy."""
    seen: Seen = []
    client = ITGlue(KEY, base_url=BASE, transport=_server(seen))
    second = client.with_options(headers={"A": "1"}).with_options(headers={"B": "2"})
    await second.configurations.get(1)
    assert seen[0].headers["A"] == "1" and seen[0].headers["B"] == "2"
    await second.aclose()
    await client.configurations.get(1)  # the pool is still open
    await client.aclose()
    with pytest.raises(ITGlueError, match="closed"):
        await second.configurations.get(1)


async def test_two_copies_never_exceed_the_limit_together() -> None:
    """Two with_options copies draw on one sliding window: never more than n in any window."""
    clock = FakeClock()
    sends: list[float] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sends.append(clock.now)
        await clock.sleep(0.5)
        return httpx.Response(200, json={"data": {"id": "1", "type": "configurations"}})

    async with ITGlue(
        KEY,
        base_url=BASE,
        rate_limit=RateLimit(3, 10.0),
        transport=httpx.MockTransport(answer),
        clock=clock,
        sleep=clock.sleep,
    ) as client:
        first = client.with_options(timeout=2.0)
        second = client.with_options(max_retries=0)
        async with anyio.create_task_group() as group:
            for copy in (first, second) * 4:
                group.start_soon(copy.configurations.get, 1)
    assert len(sends) == 8
    assert max_in_window(sends, 10.0) == 3


def test_with_options_checks_its_arguments() -> None:
    """Bad options are refused with what would be valid."""
    client = ITGlue(KEY, base_url=BASE)
    with pytest.raises(ValueError, match="max_retries must be 0 or more"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="headers must map header names to strings"):
        client.with_options(headers={"X": 1})  # type: ignore[dict-item]


# -- raw responses -----------------------------------------------------------------------------


async def test_a_raw_response_has_status_headers_the_response_and_parses_on_demand() -> None:
    """with_raw_response.get answers RawResponse; parse() gives the model, read once."""
    seen: Seen = []
    transport = _server(seen, headers={"X-Request-Id": "r-42"})
    async with ITGlue(KEY, base_url=BASE, transport=transport) as client:
        raw = await client.configurations.with_raw_response.get(1)
        listing = await client.configurations.with_raw_response.list(page_size=10)
        deleted = await client.passwords.with_raw_response.delete(3)
    assert isinstance(raw, RawResponse) and raw.status_code == 200
    assert raw.headers["X-Request-Id"] == "r-42" and isinstance(raw.http_response, httpx.Response)
    model = raw.parse()
    assert isinstance(model, models.Configuration) and model.name == "fw"
    assert raw.parse() is model
    page = listing.parse()
    assert isinstance(page, Page) and [m.id for m in page.items] == [1]
    assert seen[1].url.params["page[size]"] == "10" and len(seen) == 3
    assert deleted.status_code == 204 and deleted.parse() is None


async def test_a_raw_response_is_parsed_only_when_asked() -> None:
    """A body that is not what the route returns fails on parse(), not before."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": True}, headers={"ETag": "v1"})

    async with ITGlue(KEY, base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        raw = await client.organizations.with_raw_response.get(1)
        assert raw.headers["ETag"] == "v1"
        with pytest.raises(APIResponseValidationError, match="no data member"):
            raw.parse()


async def test_error_statuses_still_raise_and_bulk_has_no_raw_form() -> None:
    """A 404 raises NotFoundError through the raw form too; bulk methods have none."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"errors": [{"status": "404", "title": "Not Found"}]})

    async with ITGlue(KEY, base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(NotFoundError):
            await client.configurations.with_raw_response.get(7)
        raw = client.configurations.with_raw_response
        assert not hasattr(raw, "bulk_update") and not hasattr(raw, "bulk_destroy")
        assert not hasattr(client.flexible_assets.with_raw_response, "merge_traits")


async def test_raw_responses_against_both_fakes() -> None:
    """End to end on both APIs: the raw form sends the one request the plain one does."""
    itglue = FakeITGlue(rate_limit=None)
    itglue.populate(organizations=2, configurations=5, documents=2, seed=1)
    bluetally = FakeBlueTally(rate_limit=None)
    bluetally.populate(assets=3, seed=1)
    async with itglue.client() as client, bluetally.client() as bt:
        doc = itglue.ids("documents")[0]
        published = await client.documents.with_raw_response.publish(doc)
        asset = await bt.assets.with_raw_response.get(bluetally.ids("assets")[0])
        assets = await bt.assets.with_raw_response.list()
    assert published.status_code == 200 and published.parse().published is True  # type: ignore[union-attr]
    assert isinstance(asset.parse(), bluetally_models.Asset)
    assert len(assets.parse().items) == 3 and [r.method for r in bluetally.requests] == [
        "GET",
        "GET",
    ]


# -- extra_query, extra_headers, extra_attributes ---------------------------------------------


async def test_an_undocumented_filter_reaches_the_server_untouched() -> None:
    """extra_query bypasses validation and is sent exactly as given, on every page."""
    seen: Seen = []
    async with ITGlue(KEY, base_url=BASE, transport=_server(seen)) as client:
        await client.configurations.list(
            filter={"archived": False},
            extra_query={"filter[psa_integration_type]": "x", "filter[colour]": "red,blue"},
        )
        with pytest.raises(Exception, match="not a filter"):
            await client.configurations.list(filter={"colour": "red"})  # type: ignore[typeddict-unknown-key]
    params = seen[0].url.params
    assert params["filter[psa_integration_type]"] == "x" and params["filter[colour]"] == "red,blue"
    assert params["filter[archived]"] == "false" and len(seen) == 1


async def test_extra_headers_and_attributes_are_sent_as_given() -> None:
    """Headers join the request; attributes join the record's, keys in the wire's naming."""
    seen: Seen = []
    async with ITGlue(KEY, base_url=BASE, transport=_server(seen)) as client:
        await client.configurations.update(
            1,
            {"name": "a"},
            extra_attributes={"undocumented-key": 1, "psa-integration-type": None},
            extra_headers={"X-Trace": "t1"},
        )
        await client.configurations.bulk_update(
            [{"id": 1, "archived": True}, {"id": 2, "archived": True}],
            extra_attributes={"x-flag": True},
        )
    update, bulk = (json.loads(r.content) for r in seen)
    assert update["data"]["attributes"] == {
        "name": "a",
        "undocumented-key": 1,
        "psa-integration-type": None,
    }
    assert seen[0].headers["X-Trace"] == "t1"
    assert [item["attributes"] for item in bulk["data"]] == [
        {"id": 1, "archived": True, "x-flag": True},
        {"id": 2, "archived": True, "x-flag": True},
    ]


async def test_extra_attributes_count_in_the_bulk_payload_limit() -> None:
    """Chunks are sized with the extra attributes in them: a chunk that would pass the payload
    limit only because of them is split."""
    seen: Seen = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        items = json.loads(request.content)["data"]
        data = [
            {"id": str(i["attributes"]["id"]), "type": "configurations", "attributes": {}}
            for i in items
        ]
        return httpx.Response(200, json={"data": data})

    async with ITGlue(KEY, base_url=BASE, transport=httpx.MockTransport(answer)) as client:
        limit = client.api.payload_limit_bytes
        big = {"notes-extra": "x" * (limit // 4)}
        result = await client.configurations.bulk_update(
            [{"id": i, "archived": True} for i in range(1, 9)], extra_attributes=big
        )
    assert result.ok and result.succeeded_ids == list(range(1, 9))
    assert len(seen) > 2 and all(len(r.content) <= limit for r in seen)


async def test_extras_are_checked_for_shape_only_and_logged_at_debug(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A non-mapping extra is refused before sending; given ones are logged by name at debug."""
    import logging

    seen: Seen = []
    caplog.set_level(logging.DEBUG, logger="itglue_async")
    async with ITGlue(KEY, base_url=BASE, transport=_server(seen)) as client:
        with pytest.raises(ValueError, match="extra_query must map names to values"):
            await client.configurations.get(1, extra_query=["a"])  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="extra_headers values must be strings"):
            await client.configurations.get(1, extra_headers={"X": 1})  # type: ignore[dict-item]
        await client.configurations.get(1, extra_headers={"X-Secret": "s3"}, extra_query={"q": 1})
    assert len(seen) == 1
    logged = [r.getMessage() for r in caplog.records if "sent as given" in r.getMessage()]
    assert logged and "X-Secret" in logged[0] and "'q'" in logged[0] and "s3" not in logged[0]


async def test_extras_against_both_fakes() -> None:
    """End to end: an extra query parameter reaches each fake untouched, headers too."""
    itglue = FakeITGlue(rate_limit=None)
    itglue.populate(organizations=2, configurations=5, seed=1)
    bluetally = FakeBlueTally(rate_limit=None)
    bluetally.populate(assets=3, seed=1)
    async with itglue.client() as client, bluetally.client() as bt:
        await client.configurations.list(
            extra_query={"filter[psa_integration_type]": "manage"}, extra_headers={"X-T": "1"}
        )
        await bt.assets.list(extra_query={"status_id": "1"}, extra_headers={"X-T": "2"})
    sent = itglue.requests[0]
    assert sent.params["filter[psa_integration_type]"] == "manage" and sent.headers["x-t"] == "1"
    assert bluetally.requests[0].params["status_id"] == "1"
    assert bluetally.requests[0].headers["x-t"] == "2"


# -- ITGLUE_LOG --------------------------------------------------------------------------------


def _run_logged(env: dict[str, str], api: str = "itglue") -> subprocess.CompletedProcess[str]:
    code = (
        "import anyio\n"
        "from itglue_async.testing import FakeITGlue, FakeBlueTally\n"
        "async def main():\n"
        f"    fake = {'FakeITGlue' if api == 'itglue' else 'FakeBlueTally'}"
        "(rate_limit=None, api_key='ITG.secret-key-log')\n"
        "    fake.populate(seed=1)\n"
        "    fake.faults.fail_next(1, status=503)\n"
        "    async with fake.client() as client:\n"
        f"        await client.{'organizations' if api == 'itglue' else 'assets'}.list()\n"
        "anyio.run(main)\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_LOG")}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
    )


def test_itglue_log_debug_writes_each_request_to_stderr_without_the_key() -> None:
    """ITGLUE_LOG=debug: each request's method, path, status, attempt and time, and the retry."""
    done = _run_logged({"ITGLUE_LOG": "debug"})
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert any("DEBUG GET /organizations -> 503 (attempt 1, " in line for line in lines)
    assert any("DEBUG GET /organizations -> 200 (attempt 2, " in line for line in lines)
    assert any("INFO GET /organizations: 503 on attempt 1; retrying in" in line for line in lines)
    assert "secret-key-log" not in done.stderr and done.stdout == ""


def test_itglue_log_info_shows_retries_only_and_unset_shows_nothing() -> None:
    """At info the retries show and each request does not; unset, nothing is written."""
    info = _run_logged({"ITGLUE_LOG": "info"})
    assert "retrying in" in info.stderr and "-> 200" not in info.stderr
    quiet = _run_logged({})
    assert quiet.stderr == "" and quiet.returncode == 0


def test_bluetally_log_turns_on_the_same_logger() -> None:
    """BLUETALLY_LOG does for a BlueTally client what ITGLUE_LOG does for IT Glue."""
    done = _run_logged({"BLUETALLY_LOG": "debug"}, api="bluetally")
    assert "GET /assets -> 200" in done.stderr and "secret-key-log" not in done.stderr


def test_importing_configures_no_logging() -> None:
    """Without the variable the library adds no handler, at import or on creating a client."""
    code = (
        "import logging, itglue_async\n"
        "itglue_async.ITGlue('k', base_url='https://api.itglue.com')\n"
        "assert logging.getLogger('itglue_async').handlers == []\n"
        "assert logging.getLogger().handlers == []\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_LOG")}
    subprocess.run([sys.executable, "-c", code], check=True, env=clean)


def test_any_key_of_a_client_created_while_logging_is_redacted() -> None:
    """Should a key ever reach a message, the handler writes it redacted."""
    code = (
        "import logging, itglue_async\n"
        "itglue_async.ITGlue('ITG.another-secret', base_url='https://api.itglue.com')\n"
        "logging.getLogger('itglue_async').warning('oops %s', 'ITG.another-secret')\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_LOG")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**clean, "ITGLUE_LOG": "info"},
        check=True,
    )
    assert "oops [redacted]" in done.stderr and "another-secret" not in done.stderr


async def test_the_readme_blocks_run() -> None:
    """The README's escape-hatch and options blocks run as written."""
    import re

    readme = README.read_text(encoding="utf-8")
    seen: Seen = []
    for title in ("## The escape hatch", "## Options per call site"):
        section = readme.split(title, 1)[1].split("\n## ", 1)[0]
        block = re.search(r"```python\n(.*?)```", section, re.S)
        assert block, title
        code = "async def example(client):\n" + "\n".join(
            "    " + line for line in block.group(1).splitlines()
        )
        namespace: dict[str, object] = {}
        exec(compile(code, f"README.md {title}", "exec"), namespace)
        async with ITGlue(KEY, base_url=BASE, transport=_server(seen)) as client:
            await namespace["example"](client)  # type: ignore[operator]
    assert any(r.url.params.get("filter[psa_integration_type]") == "x" for r in seen)
