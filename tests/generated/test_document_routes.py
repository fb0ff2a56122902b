"""The routes added after the reference, through a mock transport: requests, answers, marks."""

from __future__ import annotations

import inspect
import json
import typing

import httpx
import pytest
import respx

from itglue_async import ROUTES, AuthenticationError, ITGlue, models
from itglue_async._generated.itglue.resources import Documents
from tests.conftest import BASE, KEY

pytestmark = pytest.mark.anyio

ADDED = [r for r in ROUTES if not r.documented]
DOC = {"data": {"id": "10", "type": "documents", "attributes": {"name": "R", "published": True}}}


def test_every_added_route_is_marked_and_sourced() -> None:
    """Every route from the overlay is marked undocumented and carries its source and confidence."""
    assert len(ADDED) == 17
    assert {r.resource for r in ADDED} == {
        "documents",
        "document_sections",
        "document_images",
        "document_folders",
    }
    for route in ADDED:
        assert route.source.startswith("IT Glue release") or "during 2026" in route.source
        assert route.confidence in ("high", "medium")
    # The one documented document route stays documented.
    documented = {(r.method, r.path) for r in ROUTES if r.resource == "documents" and r.documented}
    assert documented == {
        ("PATCH", "/documents"),
        ("PATCH", "/documents/:id"),
        ("PATCH", "/organizations/:organization_id/relationships/documents/:id"),
    }


@pytest.mark.parametrize(
    ("resource", "method"),
    sorted({(r.resource, r.operation) for r in ADDED}),
)
def test_docstrings_say_the_route_was_added_after_the_reference(resource: str, method: str) -> None:
    """Generated docstrings of added routes say they came after the reference, with the source."""
    cls = typing.get_type_hints(ITGlue.__dict__[resource].func)["return"]
    fn = getattr(cls, method)
    text = inspect.getdoc(fn) or ""
    assert "Added after the reference this client was generated from" in text, (resource, method)
    assert "Confidence:" in text


def test_publish_declares_that_it_may_answer_nothing() -> None:
    """Publish is typed to return the document or None, as the API may answer without a body."""
    hints = typing.get_type_hints(Documents.publish)
    assert hints["return"] == models.Document | None


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(204), None),
        (httpx.Response(200), None),
        (httpx.Response(200, json=DOC), 10),
    ],
)
async def test_publish_sends_patch_without_a_body(
    client: ITGlue, response: httpx.Response, expected: int | None
) -> None:
    """Publish is a PATCH to /documents/:id/publish with no body."""
    async with respx.mock(base_url=BASE, assert_all_called=True) as respx_mock:
        route = respx_mock.patch("/documents/10/publish").mock(return_value=response)
        answer = await client.documents.publish(10)
    assert (answer.id if answer is not None else None) == expected
    request = route.calls.last.request
    assert request.content == b""
    assert "content-type" not in request.headers


@respx.mock(base_url=BASE, assert_all_called=True)
async def test_listing_sends_the_null_folder_filter(
    respx_mock: respx.MockRouter, client: ITGlue
) -> None:
    """Listing documents sends filter[document_folder_id]=null unless a folder is named."""
    route = respx_mock.get("/organizations/2/relationships/documents").mock(
        return_value=httpx.Response(200, json={"data": [], "meta": {"total-pages": 1}})
    )
    await client.documents.list(organization_id=2).collect()
    await client.documents.list(organization_id=2, root_only=True).collect()
    await client.documents.list(organization_id=2, filter={"document_folder_id": None}).collect()
    sent = [dict(call.request.url.params) for call in route.calls]
    assert sent[0]["filter[document_folder_id]"] == "null"
    assert "filter[document_folder_id]" not in sent[1]
    assert sent[2]["filter[document_folder_id]"] == "null"


@respx.mock(base_url=BASE, assert_all_called=True)
async def test_bulk_destroy_answered_without_a_body(
    respx_mock: respx.MockRouter, client: ITGlue
) -> None:
    """A bulk destroy answered 204 without a body counts the sent ids as deleted."""
    route = respx_mock.delete("/documents").mock(return_value=httpx.Response(204))
    result = await client.documents.bulk_destroy([10, 11])
    assert result.succeeded_ids == [10, 11]
    assert [m.id for m in result.succeeded] == [10, 11]
    assert json.loads(route.calls.last.request.content) == {
        "data": [
            {"type": "documents", "attributes": {"id": 10}},
            {"type": "documents", "attributes": {"id": 11}},
        ]
    }


@respx.mock(base_url=BASE, assert_all_called=True)
async def test_jwt_only_answer_is_explained(respx_mock: respx.MockRouter, client: ITGlue) -> None:
    """A 401 'Only supported for JWT requests' says the route is not available to API keys."""
    body = {"errors": [{"status": "401", "title": "Only supported for JWT requests"}]}
    respx_mock.get("/organizations/2/relationships/document_folders").mock(
        return_value=httpx.Response(401, json=body)
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.document_folders.list(organization_id=2).collect()
    message = str(caught.value)
    assert "not available to API keys on this account" in message
    assert KEY not in message and KEY not in repr(caught.value)


@respx.mock(base_url=BASE, assert_all_called=True)
async def test_a_wrong_key_is_still_a_wrong_key(
    respx_mock: respx.MockRouter, client: ITGlue
) -> None:
    """Any other 401 on an added route is still reported as a wrong key."""
    body = {"errors": [{"status": "401", "title": "Unauthorized"}]}
    respx_mock.get("/organizations/2/relationships/document_folders").mock(
        return_value=httpx.Response(401, json=body)
    )
    with pytest.raises(AuthenticationError) as caught:
        await client.document_folders.list(organization_id=2).collect()
    assert "not available to API keys" not in str(caught.value)


@respx.mock(base_url=BASE, assert_all_called=True)
async def test_section_and_image_answers_decode(
    respx_mock: respx.MockRouter, client: ITGlue
) -> None:
    """Section and image answers decode into their models."""
    section = {
        "id": "5",
        "type": "document-sections",
        "attributes": {
            "document-id": 10,
            "resource-type": "Document::Heading",
            "content": "Steps",
            "rendered-content": "<h2>Steps</h2>",
            "level": 2,
            "sort": 1,
            "new-key": "kept",
        },
    }
    image = {
        "id": "3",
        "type": "document-images",
        "attributes": {
            "name": "a.png",
            "size": 12,
            "document-id": 10,
            "inline-resource-url": "/document_images/3/inline",
            "original-src": "https://s3.example/a.png?sig=1",
        },
    }
    respx_mock.get("/documents/10/relationships/sections/5").mock(
        return_value=httpx.Response(200, json={"data": section})
    )
    respx_mock.get("/document_images/3").mock(
        return_value=httpx.Response(200, json={"data": image})
    )
    got = await client.document_sections.get(5, document_id=10)
    assert (got.resource_type, got.rendered_content, got.level, got.sort_) == (
        "Document::Heading",
        "<h2>Steps</h2>",
        2,
        1,
    )
    assert got.extra["new-key"] == "kept"
    img = await client.document_images.get(3)
    assert (img.size, img.inline_resource_url) == (12, "/document_images/3/inline")
