"""The README's web backend, run as written: one shared client, 100 concurrent requests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from itglue_async import RateLimit, SlidingWindowLimiter
from itglue_async.testing import FakeITGlue, Faults

pytestmark = pytest.mark.anyio

README = Path(__file__).resolve().parents[2] / "README.md"


def _app() -> Any:
    text = README.read_text(encoding="utf-8")
    block = re.search(
        r"<!-- web-backend:start -->\n```python\n(.*?)```\n<!-- web-backend:end -->", text, re.S
    )
    assert block, "the README lost its web backend"
    namespace: dict[str, Any] = {"__name__": "readme_web_backend"}
    exec(compile(block.group(1), "README.md#web-backend", "exec"), namespace)
    return namespace["app"]


async def test_one_shared_client_serves_concurrent_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """100 concurrent requests share one client: right answers, the window kept, no 429."""
    fake = FakeITGlue(
        api_key="web-key", rate_limit=RateLimit(3000, 300.0), faults=Faults(latency=0.01)
    )
    for index in range(30):
        fake.add("organizations", {"name": f"Org {index % 10}"})
    configs = [
        fake.add("configurations", {"name": f"cfg {i}", "organization_id": 1}) for i in range(20)
    ]
    app = _app()
    async with fake.serve() as base_url:
        monkeypatch.setenv("ITGLUE_API_KEY", "web-key")
        monkeypatch.setenv("ITGLUE_BASE_URL", base_url)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://app"
            ) as http,
        ):
            answers: dict[int, httpx.Response] = {}

            async def one(index: int) -> None:
                answers[index] = await http.get(
                    "/organizations", params={"name": f"Org {index % 10}"}
                )

            async with anyio.create_task_group() as group:
                for index in range(100):
                    group.start_soon(one, index)
            archived = await http.post("/configurations/archive", json={"ids": configs})
            client = app.state.itglue

    assert len(answers) == 100
    for index, response in answers.items():
        assert response.status_code == 200
        names = {org["name"] for org in response.json()}
        assert names == {f"Org {index % 10}"} and len(response.json()) == 3
    assert archived.status_code == 200 and sorted(archived.json()["archived"]) == configs
    assert all(fake.get("configurations", i)["archived"] is True for i in configs)  # type: ignore[index]
    assert [r.outcome for r in fake.requests].count("rate_limited") == 0
    assert fake.max_in_window() <= 3000
    assert fake.max_in_flight <= client.max_concurrency
    assert client.stats.requests == len(fake.requests)  # every request went through one client


async def test_a_caller_that_goes_away_leaves_the_others_unaffected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A request cancelled mid-flight gives back its places; the next requests are answered."""
    fake = FakeITGlue(api_key="web-key", rate_limit=None, faults=Faults(latency=0.5))
    fake.add("organizations", {"name": "Acme"})
    app = _app()
    async with fake.serve() as base_url:
        monkeypatch.setenv("ITGLUE_API_KEY", "web-key")
        monkeypatch.setenv("ITGLUE_BASE_URL", base_url)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://app"
            ) as http,
        ):
            client = app.state.itglue
            with anyio.move_on_after(0.1) as scope:  # the caller hangs up while IT Glue is slow
                await http.get("/organizations")
            assert scope.cancelled_caught
            assert client._concurrency.value == client.max_concurrency
            assert (
                isinstance(client.limiter, SlidingWindowLimiter) and client.limiter.in_flight == 0
            )
            fake.faults.latency = 0.0
            again = await http.get("/organizations")
    assert again.status_code == 200 and again.json() == [{"id": 1, "name": "Acme"}]
