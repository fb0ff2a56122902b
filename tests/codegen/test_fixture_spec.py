"""The generator on a small fixture spec: its golden output, and that output at work.

``fixtures/pets.yaml`` is an API the generator knows nothing about (its own package, client
class, environment prefix, auth header and limits); its rendered package is committed under
``fixtures/golden/`` and must match byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from codegen.generate import package_dir, render

pytestmark = pytest.mark.anyio

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SPEC = HERE / "fixtures" / "pets.yaml"


def test_fixture_renders_to_its_golden_output() -> None:
    """Rendering the fixture spec gives the committed golden files, byte for byte."""
    context, files = render(SPEC)
    owned = package_dir(context)
    assert owned == HERE / "fixtures" / "golden" / "pets"
    committed = {p.relative_to(owned).as_posix() for p in owned.rglob("*.py")}
    prefix = owned.relative_to(ROOT).as_posix() + "/"
    rendered = {rel.removeprefix(prefix) for rel in files if rel.startswith(prefix)}
    assert rendered == committed
    for rel, text in files.items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, rel


def test_rendering_is_deterministic() -> None:
    """The same spec renders to the same bytes twice."""
    assert render(SPEC)[1] == render(SPEC)[1]


def test_spec_facts_reach_the_generated_client() -> None:
    """Package, class, environment prefix, auth header and limits all come from the spec."""
    text = (HERE / "fixtures" / "golden" / "pets" / "api.py").read_text(encoding="utf-8")
    assert 'env_prefix="PETSHOP"' in text and 'auth_header="x-pet-key"' in text
    assert "max_page_size=200" in text and "rate_limit_requests=100" in text
    client = (HERE / "fixtures" / "golden" / "pets" / "client.py").read_text(encoding="utf-8")
    assert "class PetShop(BaseClient)" in client and "ITGLUE" not in client


async def test_generated_client_sends_the_documented_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fixture's client lists, creates in bulk and tags through its own routes."""
    from tests.codegen.fixtures.golden.pets import ROUTES, PetShop

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "GET":
            data = [{"id": "1", "type": "owners", "attributes": {"name": "Ann"}}]
            return httpx.Response(200, json={"data": data, "meta": {"total-pages": 1}})
        body = json.loads(request.content)["data"]
        items = body if isinstance(body, list) else [body]
        out = [
            {"id": str(i + 1), "type": it["type"], "attributes": it["attributes"]}
            for i, it in enumerate(items)
        ]
        return httpx.Response(201, json={"data": out if isinstance(body, list) else out[0]})

    monkeypatch.setenv("PETSHOP_API_KEY", "pet-key")
    assert len(ROUTES) == 10
    async with PetShop(transport=httpx.MockTransport(answer)) as shop:
        owners = await shop.owners.list(
            filter={"exclude": {"name": ["a,b"]}}, sort="-name"
        ).collect()
        result = await shop.pets.create(
            [{"name": "Rex", "kind": "dog"}, {"name": "Tom", "kind": "cat"}], owner_id=3
        )
        tag = await shop.tags.create("pets", 4, {"label": "vip"})
    assert [o.name for o in owners] == ["Ann"]
    assert len(result.succeeded) == 2 and tag.label == "vip"
    listing, create, tagging = sent
    assert listing.headers["x-pet-key"] == "pet-key"
    assert listing.url.params["filter[exclude][name]"] == "a\\,b"
    assert listing.url.params["sort"] == "-name" and listing.url.params["page[size]"] == "200"
    assert str(listing.url).startswith("https://pets.example.com/owners?")
    assert create.url.path == "/owners/3/relationships/pets"
    assert json.loads(create.content)["data"][0] == {
        "type": "pets",
        "attributes": {"name": "Rex", "kind": "dog"},
    }
    assert tagging.url.path == "/pets/4/relationships/tags"
