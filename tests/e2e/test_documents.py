"""Documents, sections, images and folders, end to end against the fake and its live quirks."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from itglue_async import (
    AuthenticationError,
    ITGlue,
    RequestValidationError,
    UnprocessableEntityError,
    models,
)
from itglue_async.testing import FakeITGlue

pytestmark = pytest.mark.anyio

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


@pytest.fixture
def fake() -> FakeITGlue:
    fake = FakeITGlue()
    org = fake.add("organizations", {"name": "Acme"}, id=2)
    other = fake.add("organizations", {"name": "Globex"}, id=3)
    top = fake.add("document_folders", {"name": "Runbooks", "organization_id": org}, id=7)
    sub = fake.add(
        "document_folders",
        {"name": "Network", "organization_id": org, "parent_id": top, "ancestor_ids": [top]},
        id=8,
    )
    fake.add("document_folders", {"name": "Theirs", "organization_id": other}, id=9)
    fake.add("documents", {"name": "Root runbook", "organization_id": org}, id=10)
    for ident, folder in ((11, top), (12, top), (13, sub)):
        fake.add(
            "documents",
            {"name": f"Foldered {ident}", "organization_id": org, "document_folder_id": folder},
            id=ident,
        )
    fake.add("documents", {"name": "Other org", "organization_id": other}, id=20)
    return fake


@pytest.fixture
async def client(fake: FakeITGlue) -> AsyncIterator[ITGlue]:
    async with fake.client() as client:
        yield client


def _last_query(fake: FakeITGlue) -> dict[str, str]:
    return fake.requests[-1].params


async def test_listing_yields_every_document_including_foldered_ones(
    fake: FakeITGlue, client: ITGlue
) -> None:
    """Without help the API lists root-level documents only; the client asks for all."""
    docs = await client.documents.list(organization_id=2).collect()
    assert sorted(d.id for d in docs) == [10, 11, 12, 13]
    assert all(isinstance(d, models.Document) for d in docs)
    assert _last_query(fake)["filter[document_folder_id]"] == "null"


async def test_many_foldered_documents_over_many_pages(fake: FakeITGlue, client: ITGlue) -> None:
    """An organization 'showing 1 document when it has 1,100+' lists all of them."""
    for n in range(1100):
        fake.add(
            "documents",
            {"name": f"Doc {n}", "organization_id": 2, "document_folder_id": 7 + n % 2},
        )
    docs = await client.documents.list(organization_id=2, page_size=100).collect()
    assert len(docs) == 1104
    assert len({d.id for d in docs}) == 1104


async def test_the_api_itself_lists_only_root_documents_without_the_filter(
    fake: FakeITGlue, client: ITGlue
) -> None:
    """The fake reproduces the trap: a request without the folder filter gets the root only."""
    answer = await client.call("GET", "/organizations/2/relationships/documents")
    assert answer.response.status_code == 200
    assert [item["id"] for item in answer.body["data"]] == ["10"]


async def test_root_only_and_a_folder(fake: FakeITGlue, client: ITGlue) -> None:
    """root_only lists root documents only; a folder filter lists that folder."""
    root = await client.documents.list(organization_id=2, root_only=True).collect()
    assert [d.id for d in root] == [10]
    assert "filter[document_folder_id]" not in _last_query(fake)
    folder = await client.documents.list(
        organization_id=2, filter={"document_folder_id": 7}
    ).collect()
    assert sorted(d.id for d in folder) == [11, 12]
    assert _last_query(fake)["filter[document_folder_id]"] == "7"


async def test_root_only_with_a_folder_filter_is_refused(fake: FakeITGlue, client: ITGlue) -> None:
    """root_only together with a folder filter is refused before sending."""
    before = len(fake.requests)
    with pytest.raises(RequestValidationError) as caught:
        await client.documents.list(
            organization_id=2, root_only=True, filter={"document_folder_id": 7}
        ).collect()
    assert caught.value.parameter == "root_only"
    assert "document_folder_id" in str(caught.value)
    with pytest.raises(RequestValidationError, match="root_only must be True or False"):
        await client.documents.list(organization_id=2, root_only="yes").collect()  # type: ignore[arg-type]
    assert len(fake.requests) == before


async def test_create_is_a_draft_until_published(fake: FakeITGlue, client: ITGlue) -> None:
    """A new document is a draft until it is published."""
    new = await client.documents.create(
        {"name": "Runbook", "document_folder_id": 7}, organization_id=2
    )
    assert isinstance(new, models.Document)
    assert new.published is False
    assert new.document_folder_id == 7
    published = await client.documents.publish(new.id)
    assert isinstance(published, models.Document)
    assert published.published is True
    request = fake.requests[-1]
    assert (request.method, request.path, request.body) == (
        "PATCH",
        f"/documents/{new.id}/publish",
        None,
    )
    # A section edit is pending until the next publish.
    await client.document_sections.create(
        {"resource_type": "Document::Text", "content": "<p>Call the ISP.</p>"},
        document_id=new.id,
    )
    assert (await client.documents.get(new.id)).published is False
    await client.documents.publish(new.id)
    assert (await client.documents.get(new.id)).published is True


async def test_create_on_the_top_level_route_needs_the_organization(
    fake: FakeITGlue, client: ITGlue
) -> None:
    """Creating on the top-level route needs the organization."""
    with pytest.raises(RequestValidationError) as caught:
        await client.documents.create({"name": "Loose"})  # type: ignore[call-overload]
    assert "organization_id" in str(caught.value)
    made = await client.documents.create({"name": "Top", "organization_id": 2})
    assert fake.requests[-1].path == "/documents"
    assert made.organization_id == 2


async def test_content_is_not_offered_on_create(fake: FakeITGlue, client: ITGlue) -> None:
    """content on create is refused before sending, pointing to document_sections.create."""
    before = len(fake.requests)
    with pytest.raises(RequestValidationError) as caught:
        await client.documents.create(
            {"name": "x", "content": "<p>lost</p>"},  # type: ignore[typeddict-unknown-key]
            organization_id=2,
        )
    assert caught.value.parameter == "content"
    assert "document_sections.create" in str(caught.value)
    assert len(fake.requests) == before


@pytest.mark.parametrize("folder", [9, 404])
async def test_a_foreign_or_unknown_folder_is_refused_by_the_api(
    client: ITGlue, folder: int
) -> None:
    """A folder of another organization, or an unknown one, is answered 422."""
    with pytest.raises(UnprocessableEntityError, match=f"document_folder_id {folder}"):
        await client.documents.create(
            {"name": "x", "document_folder_id": folder}, organization_id=2
        )


async def test_get_update_archive_and_bulk_destroy(fake: FakeITGlue, client: ITGlue) -> None:
    """Documents can be fetched, updated, archived and bulk destroyed."""
    doc = await client.documents.get(11, organization_id=2)
    assert doc.name == "Foldered 11"
    with pytest.raises(Exception, match="does not belong"):
        await client.documents.get(20, organization_id=2)
    archived = await client.documents.update(11, {"archived": True})
    assert archived.archived is True
    result = await client.documents.bulk_destroy([11, 12])
    assert result.succeeded_ids == [11, 12]
    assert not result.failed
    assert fake.requests[-1].status == 204
    assert fake.requests[-1].body == {
        "data": [
            {"type": "documents", "attributes": {"id": 11}},
            {"type": "documents", "attributes": {"id": 12}},
        ]
    }
    assert fake.get("documents", 11) is None


async def test_content_is_html_or_a_list_of_blocks(fake: FakeITGlue, client: ITGlue) -> None:
    """Document.content holds HTML or a list of section blocks."""
    blocks = [{"type": "Document::Text", "content": "<p>a</p>", "future-key": 1}]
    fake.add("documents", {"name": "Html", "organization_id": 2, "content": "<p>x</p>"}, id=30)
    fake.add("documents", {"name": "Blocks", "organization_id": 2, "content": blocks}, id=31)
    html = await client.documents.get(30)
    listed = await client.documents.get(31)
    assert html.content == "<p>x</p>"
    assert listed.content == blocks  # unknown keys inside the blocks are kept as sent


async def test_sections_round_trip(fake: FakeITGlue, client: ITGlue) -> None:
    """Sections can be created, listed, fetched, updated and deleted."""
    heading = await client.document_sections.create(
        {"resource_type": "Document::Heading", "content": "Steps", "level": 2}, document_id=10
    )
    assert isinstance(heading, models.DocumentSection)
    assert (heading.document_id, heading.level) == (10, 2)
    assert fake.requests[-1].body["data"]["attributes"] == {
        "resource-type": "Document::Heading",
        "content": "Steps",
        "level": 2,
    }
    step = await client.document_sections.create(
        {"resource_type": "Document::Step", "content": "<p>Reboot</p>", "duration": 5},
        document_id=10,
    )
    changed = await client.document_sections.update(
        step.id, {"content": "<p>Reboot twice</p>", "reset_count": True}, document_id=10
    )
    assert changed.content == "<p>Reboot twice</p>"
    listed = await client.document_sections.list(document_id=10).collect()
    assert [s.id for s in listed] == [heading.id, step.id]
    headings = await client.document_sections.list(
        document_id=10, filter={"resource_type": "Document::Heading"}
    ).collect()
    assert [s.id for s in headings] == [heading.id]
    assert (await client.document_sections.get(step.id, document_id=10)).duration == 5
    await client.document_sections.delete(step.id, document_id=10)
    assert fake.get("document_sections", step.id) is None


@pytest.mark.parametrize(
    ("body", "parameter", "words"),
    [
        (
            {"resource_type": "Heading", "content": "x", "level": 2},
            "resource_type",
            "Document::Text",
        ),
        ({"resource_type": "Document::Heading", "content": "x"}, "level", "required when"),
        ({"resource_type": "Document::Heading", "content": "x", "level": 7}, "level", "1 to 6"),
        ({"resource_type": "Document::Heading", "content": "x", "level": 0}, "level", "1 to 6"),
        ({"content": "x"}, "resource_type", "required"),
    ],
)
async def test_section_create_is_validated_before_sending(
    fake: FakeITGlue, client: ITGlue, body: dict[str, object], parameter: str, words: str
) -> None:
    """Section creates are validated before anything is sent."""
    before = len(fake.requests)
    with pytest.raises(RequestValidationError) as caught:
        await client.document_sections.create(body, document_id=10)  # type: ignore[arg-type]
    assert caught.value.parameter == parameter
    assert words in str(caught.value)
    assert len(fake.requests) == before


async def test_section_resource_type_cannot_change(fake: FakeITGlue, client: ITGlue) -> None:
    """A section's resource_type cannot change on update."""
    before = len(fake.requests)
    with pytest.raises(RequestValidationError) as caught:
        await client.document_sections.update(
            1,
            {"resource_type": "Document::Text"},  # type: ignore[typeddict-unknown-key]
            document_id=10,
        )
    assert caught.value.parameter == "resource_type"
    assert "update" in str(caught.value)
    assert len(fake.requests) == before


async def test_level_is_checked_by_the_fake_too(fake: FakeITGlue, client: ITGlue) -> None:
    """Users who send raw bodies meet the same rules in the fake as in the client."""
    body = {
        "data": {
            "type": "document-sections",
            "attributes": {"resource-type": "Document::Heading", "content": "x"},
        }
    }
    with pytest.raises(UnprocessableEntityError, match="level can't be blank when"):
        await client.call("POST", "/documents/10/relationships/sections", json=body)
    body["data"]["attributes"]["level"] = 9  # type: ignore[index]
    with pytest.raises(UnprocessableEntityError, match="between 1 and 6"):
        await client.call("POST", "/documents/10/relationships/sections", json=body)


@pytest.mark.parametrize("how", ["path", "bytes", "pair"])
async def test_image_upload_into_a_document(
    fake: FakeITGlue, client: ITGlue, tmp_path: Path, how: str
) -> None:
    """An image uploads into a document and describes itself."""
    path = tmp_path / "diagram.png"
    path.write_bytes(PNG)
    file = {"path": path, "bytes": PNG, "pair": ("diagram.png", PNG)}[how]
    kwargs = {"file_name": "diagram.png"} if how == "bytes" else {}
    image = await client.document_images.create({"type": "document", "id": 10}, file, **kwargs)
    assert isinstance(image, models.DocumentImage)
    assert (image.name, image.size, image.document_id) == ("diagram.png", len(PNG), 10)
    assert image.inline_resource_url
    sent = fake.requests[-1].body["data"]
    assert sent["type"] == "document-images"
    assert sent["attributes"]["target"] == {"type": "document", "id": 10}
    assert base64.b64decode(sent["attributes"]["image"]["content"]) == PNG
    assert sent["attributes"]["image"]["file-name"] == "diagram.png"
    again = await client.document_images.get(image.id)
    assert again.original_src == image.original_src
    await client.document_images.delete(image.id)
    assert fake.get("document_images", image.id) is None


async def test_image_into_a_gallery_section(fake: FakeITGlue, client: ITGlue) -> None:
    """An image uploads into a gallery section."""
    gallery = await client.document_sections.create(
        {"resource_type": "Document::Gallery"}, document_id=10
    )
    image = await client.document_images.create(
        {"type": "gallery", "id": gallery.id}, ("a.png", PNG)
    )
    assert (image.document_gallery_id, image.document_id) == (gallery.id, 10)
    with pytest.raises(UnprocessableEntityError, match="No gallery section"):
        await client.document_images.create({"type": "gallery", "id": 10_000}, ("a.png", PNG))


@pytest.mark.parametrize(
    "target",
    [{"type": "folder", "id": 1}, {"type": "document"}, {"type": "document", "id": 0}, "10", None],
)
async def test_image_target_is_validated(fake: FakeITGlue, client: ITGlue, target: object) -> None:
    """An image target is validated before sending."""
    before = len(fake.requests)
    with pytest.raises(RequestValidationError) as caught:
        await client.document_images.create(target, ("a.png", PNG))  # type: ignore[arg-type]
    assert "target" in str(caught.value)
    assert len(fake.requests) == before


async def test_folders(fake: FakeITGlue, client: ITGlue) -> None:
    """Document folders list, filter by parent and fetch."""
    folders = await client.document_folders.list(organization_id=2).collect()
    assert sorted(f.id for f in folders) == [7, 8]
    nested = await client.document_folders.list(
        organization_id=2, filter={"parent_id": 7}
    ).collect()
    assert [f.id for f in nested] == [8]
    one = await client.document_folders.get(8, organization_id=2)
    assert isinstance(one, models.DocumentFolder)
    assert (one.name, one.parent_id, one.ancestor_ids) == ("Network", 7, [7])


async def test_jwt_only_routes_say_so() -> None:
    """Routes kept for JWT logins say so in the error."""
    fake = FakeITGlue(jwt_only={"document_folders"})
    fake.add("organizations", {"name": "Acme"}, id=2)
    async with fake.client() as client:
        with pytest.raises(AuthenticationError) as caught:
            await client.document_folders.list(organization_id=2).collect()
        await client.documents.list(organization_id=2).collect()  # other routes still work
    message = str(caught.value)
    assert "not available to API keys on this account" in message
    assert "Only supported for JWT requests" in message
    assert caught.value.status_code == 401


def test_jwt_only_names_real_resources() -> None:
    """The fake's jwt_only option refuses unknown resource names."""
    with pytest.raises(ValueError, match="documentz"):
        FakeITGlue(jwt_only={"documentz"})


async def test_populated_fake_has_foldered_documents_and_sections() -> None:
    """populate() seeds folders, foldered documents and sections."""
    fake = FakeITGlue()
    counts = fake.populate(organizations=4, configurations=0, contacts=0, passwords=0, logs=0)
    assert counts["documents"] == 60
    assert counts["document_sections"] >= 120
    async with fake.client() as client:
        total = 0
        foldered = 0
        for org in fake.ids("organizations"):
            async for doc in client.documents.list(organization_id=org):
                total += 1
                foldered += doc.document_folder_id is not None
        assert total == 60
        assert 0 < foldered < total


async def test_documents_over_loopback_http(fake: FakeITGlue) -> None:
    """The document routes work against the fake over loopback HTTP."""
    async with fake.serve() as base_url, ITGlue(api_key="k", base_url=base_url) as client:
        docs = await client.documents.list(organization_id=2).collect()
        assert len(docs) == 4
        await client.documents.publish(10)


def _readme_block() -> dict[str, object]:
    import re

    readme = Path(__file__).resolve().parents[2] / "README.md"
    block = re.search(
        r"<!-- documents:start -->\n```python\n(.*?)```\n<!-- documents:end -->",
        readme.read_text(encoding="utf-8"),
        re.S,
    )
    assert block, "the README lost its documents example"
    namespace: dict[str, object] = {"__name__": "readme_documents"}
    exec(compile(block.group(1), "README.md#documents", "exec"), namespace)
    return namespace


async def test_readme_documents_example_runs(tmp_path: Path) -> None:
    """The README's document job, as written: read every runbook, append a diagram, publish."""
    example = _readme_block()
    fake = FakeITGlue()
    fake.populate(organizations=3, configurations=0, contacts=0, passwords=0, logs=0)
    org = fake.ids("organizations")[0]
    expected = {
        fake.get("documents", i)["name"]: i  # type: ignore[index]
        for i in fake.ids("documents")
        if fake.get("documents", i)["organization-id"] == org  # type: ignore[index]
    }
    png = tmp_path / "diagram.png"
    png.write_bytes(PNG)
    async with fake.client() as client:
        runbooks = await example["read_runbooks"](client, org)  # type: ignore[operator]
        assert set(runbooks) == set(expected)
        assert all(sections for sections in runbooks.values())
        first = expected[sorted(expected)[0]]
        await example["append_diagram"](client, first, png)  # type: ignore[operator]
        doc = await client.documents.get(first)
        assert doc.published is True
        sections = await client.document_sections.list(document_id=first, sort="-sort").collect()
    images = [i for i in fake.ids("document_images")]
    assert len(images) == 1
    image = fake.get("document_images", images[0])
    assert image is not None and image["document-id"] == first
    assert any(image["inline-resource-url"] in (s.content or "") for s in sections)
