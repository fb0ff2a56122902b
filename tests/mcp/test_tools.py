"""The agent tools end to end: the SDK's client, in process, against the fakes of both APIs.

Every refusal is checked to name the bad value, to list what is valid, and to send nothing.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from mcp import Client

from itglue_async import ITGlue, RetryPolicy
from itglue_async.mcp import create_server
from itglue_async.testing import FakeBlueTally, FakeITGlue, Faults
from tests.mcp.conftest import Connect, ok, refused

pytestmark = pytest.mark.anyio

READ_TOOLS = {"describe", "list_records", "get_record", "read_document"}


# -- discovery ---------------------------------------------------------------------------------


async def test_a_read_only_server_offers_only_the_read_tools(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Without allowed writes, only the read tools are listed, each marked read-only."""
    async with connect(itglue) as mcp:
        tools = (await mcp.list_tools()).tools
    assert {t.name for t in tools} == READ_TOOLS
    for tool in tools:
        assert tool.annotations is not None and tool.annotations.read_only_hint is True
        assert tool.description and len(tool.description) > 60


async def test_write_tools_are_listed_for_the_allowed_resources_only(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Allowed writes add create/update for those resources; deletes are marked destructive."""
    async with connect(itglue, allow_writes=["documents", "document_sections"]) as mcp:
        tools = {t.name: t for t in (await mcp.list_tools()).tools}
    assert set(tools) == READ_TOOLS | {"create_record", "update_record"}
    assert tools["create_record"].input_schema["properties"]["resource"]["enum"] == [
        "document_sections",
        "documents",
    ]
    assert tools["create_record"].annotations.read_only_hint is False  # type: ignore[union-attr]
    async with connect(itglue, allow_deletes="all") as mcp:
        tools = {t.name: t for t in (await mcp.list_tools()).tools}
    assert set(tools) == READ_TOOLS | {"delete_records"}
    assert tools["delete_records"].annotations.destructive_hint is True  # type: ignore[union-attr]
    assert (
        "configurations" in tools["delete_records"].input_schema["properties"]["resource"]["enum"]
    )


async def test_input_schemas_list_typed_parameters(itglue: FakeITGlue, connect: Connect) -> None:
    """The schemas carry each parameter's type, description and bounds for the model."""
    async with connect(itglue) as mcp:
        tools = {t.name: t for t in (await mcp.list_tools()).tools}
    listing = tools["list_records"].input_schema
    props = listing["properties"]
    assert listing["required"] == ["resource"]
    assert props["filter"]["type"] == "object" and props["fields"]["type"] == "array"
    assert props["limit"]["default"] == 50 and props["limit"]["maximum"] == 1000
    assert "configurations" in props["resource"]["enum"]
    assert all(p.get("description") for p in props.values())
    assert tools["get_record"].input_schema["properties"]["id"]["type"] == "integer"


async def test_an_unknown_tool_is_an_error(itglue: FakeITGlue, connect: Connect) -> None:
    """A write tool that was not allowed cannot be called by name either."""
    async with connect(itglue) as mcp:
        result = await mcp.call_tool("delete_records", {"resource": "configurations", "ids": [1]})
    assert "delete_records" in refused(result)
    assert itglue.requests == []


# -- describe ----------------------------------------------------------------------------------


@pytest.mark.parametrize("api", ["itglue", "bluetally"])
async def test_every_resource_of_the_route_tables_is_reachable_through_describe(
    api: str, itglue: FakeITGlue, bluetally: FakeBlueTally, connect: Connect
) -> None:
    """describe() lists every resource of the tables; describe(resource) details each one."""
    fake: Any = itglue if api == "itglue" else bluetally
    routes = fake.api.routes
    async with connect(fake) as mcp:
        overview = ok(await mcp.call_tool("describe", {}))
        for resource in sorted({r.resource for r in routes}):
            assert resource in overview["resources"]
            detail = ok(await mcp.call_tool("describe", {"resource": resource}))
            documented = {r.operation for r in routes if r.resource == resource}
            offered = set(detail["operations"])
            # Uploads are not tools; every other operation is described.
            assert offered <= documented and (offered or resource in ("attachments",))
            assert offered == set(overview["resources"][resource]["operations"])
    assert fake.requests == []


async def test_describe_gives_parents_filters_sorts_includes_and_attributes(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """One resource: per operation its parents, typed filters with values, and write attributes."""
    async with connect(itglue) as mcp:
        detail = ok(await mcp.call_tool("describe", {"resource": "configurations"}))
        documents = ok(await mcp.call_tool("describe", {"resource": "documents"}))
    listing = detail["operations"]["list"]
    assert listing["tool"] == "list_records"
    assert listing["parents"] == [[], ["organization_id"]]
    assert listing["filters"]["organization_id"]["type"] == "integer"
    assert "autotask" in listing["filters"]["psa_integration_type"]["values"]
    assert "updated_at" in listing["sorts"] and "configuration_interfaces" in listing["includes"]
    create = detail["operations"]["create"]["attributes"]
    assert create["name"] == {"type": "string", "required": True, "nullable": False}
    assert "name" in detail["fields"] and "id" not in detail["fields"]
    assert "note" in documents["operations"]["list"]  # added after the reference, and said so


async def test_describe_refuses_an_unknown_resource(itglue: FakeITGlue, connect: Connect) -> None:
    """A misspelt resource is named and the valid ones listed."""
    async with connect(itglue) as mcp:
        text = refused(await mcp.call_tool("describe", {"resource": "configuration"}))
    assert "'configuration'" in text and "configurations" in text and "organizations" in text


# -- list_records ------------------------------------------------------------------------------


async def test_list_records_answers_flat_records_with_the_true_count(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """A limit below the count: that many flat records, the API's total, truncated true."""
    async with connect(itglue) as mcp:
        data = ok(await mcp.call_tool("list_records", {"resource": "configurations", "limit": 5}))
    assert set(data) == {"resource", "total", "returned", "truncated", "records"}
    assert data["resource"] == "configurations" and data["total"] == itglue.count("configurations")
    assert data["returned"] == 5 and data["truncated"] is True
    first = data["records"][0]
    assert list(first)[:2] == ["id", "type"] and first["type"] == "configurations"
    assert "configuration_type_id" in first and "organization_name" in first
    assert [r["id"] for r in data["records"]] == itglue.ids("configurations")[:5]
    assert len(itglue.requests) == 1 and itglue.requests[0].params["page[size]"] == "5"
    assert isinstance(first["created_at"], str) and first["created_at"].endswith("Z")


async def test_the_text_content_is_the_structured_content_as_json(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Clients that read only text get the same JSON object as the structured content."""
    async with connect(itglue) as mcp:
        result = await mcp.call_tool("list_records", {"resource": "configurations", "limit": 3})
        record = await mcp.call_tool("get_record", {"resource": "organizations", "id": 1})
    for one in (result, record):
        assert json.loads(one.content[0].text) == ok(one)  # type: ignore[union-attr]


async def test_a_limit_of_500_is_one_request_of_500(itglue: FakeITGlue, connect: Connect) -> None:
    """The page size follows the limit: never many small pages, never much more than asked."""
    async with connect(itglue) as mcp:
        data = ok(await mcp.call_tool("list_records", {"resource": "configurations", "limit": 500}))
    assert data["returned"] == itglue.count("configurations") and data["truncated"] is False
    assert [r.params.get("page[size]") for r in itglue.requests] == ["500"]


async def test_page_asks_for_the_next_block(itglue: FakeITGlue, connect: Connect) -> None:
    """page=2 gives the records after the first block, in one request."""
    async with connect(itglue) as mcp:
        one = ok(await mcp.call_tool("list_records", {"resource": "configurations", "limit": 50}))
        two = ok(
            await mcp.call_tool(
                "list_records", {"resource": "configurations", "limit": 50, "page": 2}
            )
        )
        last = ok(
            await mcp.call_tool(
                "list_records", {"resource": "configurations", "limit": 50, "page": 3}
            )
        )
    ids = itglue.ids("configurations")
    assert [r["id"] for r in one["records"]] == ids[:50]
    assert [r["id"] for r in two["records"]] == ids[50:100] and two["truncated"] is True
    assert [r["id"] for r in last["records"]] == ids[100:] and last["truncated"] is False


async def test_filters_sort_fields_and_parent(itglue: FakeITGlue, connect: Connect) -> None:
    """Filters, sort, fields and a parent reach the API as documented; fields trim records."""
    org = itglue.ids("organizations")[1]
    async with connect(itglue) as mcp:
        data = ok(
            await mcp.call_tool(
                "list_records",
                {
                    "resource": "configurations",
                    "filter": {"archived": False},
                    "sort": "-name",
                    "parent": {"organization_id": org},
                    "fields": ["name", "organization_id"],
                    "limit": 1000,
                },
            )
        )
    query = itglue.requests[0].params
    assert itglue.requests[0].path == f"/organizations/{org}/relationships/configurations"
    assert query["filter[archived]"] == "false" and query["sort"] == "-name"
    assert data["returned"] > 0 and data["total"] == data["returned"]
    assert all(set(r) == {"id", "type", "name", "organization_id"} for r in data["records"])
    assert all(r["organization_id"] == org for r in data["records"])
    names = [r["name"] for r in data["records"]]
    assert names == sorted(names, reverse=True)


async def test_include_brings_included_records(itglue: FakeITGlue, connect: Connect) -> None:
    """include= answers the related records beside the listing, in the same flat shape."""
    async with connect(itglue) as mcp:
        data = ok(
            await mcp.call_tool(
                "list_records",
                {"resource": "configurations", "include": ["configuration_interfaces"], "limit": 3},
            )
        )
    assert data["included"] and {r["type"] for r in data["included"]} == {
        "configuration_interfaces"
    }
    linked = {i for r in data["records"] for i in r["related"]["configuration_interfaces"]}
    assert linked == {r["id"] for r in data["included"]}


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        ({"resource": "configuration"}, ["'configuration'", "configurations"]),
        (
            {"resource": "configurations", "filter": {"nmae": "fw"}},
            ["nmae", "valid filters", "name"],
        ),
        (
            {"resource": "configurations", "filter": {"organization_id": "two"}},
            ["organization_id", "integer", "'two'"],
        ),
        (
            {"resource": "configurations", "filter": {"psa_integration_type": "psa"}},
            ["'psa'", "autotask"],
        ),
        ({"resource": "configurations", "sort": "colour"}, ["'colour'", "updated_at"]),
        (
            {"resource": "configurations", "include": ["owner"]},
            ["'owner'", "configuration_interfaces"],
        ),
        ({"resource": "configurations", "fields": ["colour"]}, ["'colour'", "hostname"]),
        ({"resource": "configurations", "limit": 0}, ["limit", "1 to 1000", "0"]),
        ({"resource": "configurations", "limit": 5000}, ["limit", "1 to 1000", "5000"]),
        ({"resource": "configurations", "parent": {"org": 2}}, ["'org'", "organization_id"]),
        ({"resource": "document_sections"}, ["document_id"]),
        ({"resource": "flexible_assets"}, ["flexible_asset_type_id", "required"]),
        ({"resource": "logs", "page": 6, "limit": 10}, ["5 pages"]),
    ],
)
async def test_list_records_refuses_what_the_tables_do_not_allow(
    arguments: dict[str, Any], words: list[str], itglue: FakeITGlue, connect: Connect
) -> None:
    """Each bad argument is a tool error naming it and what is valid; nothing is sent."""
    async with connect(itglue) as mcp:
        text = refused(await mcp.call_tool("list_records", arguments))
    for word in words:
        assert word in text
    assert "Traceback" not in text
    assert itglue.requests == []


async def test_a_documents_listing_holds_foldered_documents(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Listing an organization's documents includes those in folders (the root-only trap)."""
    org = itglue.ids("organizations")[0]
    stored = [
        i
        for i in itglue.ids("documents")
        if itglue.store.tables["documents"][i].get("organization-id") == org
    ]
    async with connect(itglue) as mcp:
        data = ok(
            await mcp.call_tool(
                "list_records", {"resource": "documents", "parent": {"organization_id": org}}
            )
        )
    assert sorted(r["id"] for r in data["records"]) == sorted(stored)
    assert any(r["document_folder_id"] is not None for r in data["records"])


# -- get_record --------------------------------------------------------------------------------


async def test_get_record_with_include_and_fields(itglue: FakeITGlue, connect: Connect) -> None:
    """One record, trimmed to the fields asked for, with its included records."""
    ident = itglue.ids("configurations")[0]
    async with connect(itglue) as mcp:
        data = ok(
            await mcp.call_tool(
                "get_record",
                {
                    "resource": "configurations",
                    "id": ident,
                    "include": ["configuration_interfaces"],
                    "fields": ["name"],
                },
            )
        )
    assert set(data) == {"record", "included"}
    assert set(data["record"]) == {"id", "type", "name"} and data["record"]["id"] == ident
    assert data["included"] and all(
        r["type"] == "configuration_interfaces" for r in data["included"]
    )


async def test_password_values_never_leave_unless_allowed(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Without the launch flag show_password=false is sent and no value is shown; with it,
    the value is in the record."""
    ident = itglue.ids("passwords")[0]
    stored = itglue.store.tables["passwords"][ident]["password"]
    async with connect(itglue) as mcp:
        hidden = ok(await mcp.call_tool("get_record", {"resource": "passwords", "id": ident}))
        listed = ok(await mcp.call_tool("list_records", {"resource": "passwords"}))
        described = ok(await mcp.call_tool("describe", {"resource": "passwords"}))
        field = refused(
            await mcp.call_tool(
                "get_record", {"resource": "passwords", "id": ident, "fields": ["password"]}
            )
        )
    assert itglue.requests[0].params["show_password"] == "false"
    assert "password" not in hidden["record"] and "password" not in described["fields"]
    assert all("password" not in r for r in listed["records"])
    assert "'password'" in field
    assert stored not in json.dumps([hidden, listed, described])
    async with connect(itglue, password_values=True) as mcp:
        shown = ok(await mcp.call_tool("get_record", {"resource": "passwords", "id": ident}))
    assert shown["record"]["password"] == stored
    assert itglue.requests[0].params["show_password"] == "true"


async def test_an_api_error_is_a_tool_error_with_the_clients_sentence(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """A 404 is reported as the client words it: no traceback, no key."""
    async with connect(itglue) as mcp:
        text = refused(
            await mcp.call_tool("get_record", {"resource": "configurations", "id": 999999})
        )
    assert text.count("NotFoundError") == 1 and "404" in text and "/configurations/999999" in text
    assert "Traceback" not in text and "fake-api-key" not in text


# -- read_document -----------------------------------------------------------------------------


async def test_read_document_gives_its_sections_as_text(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """Sections in the API's order: headings as # by level, steps numbered (a reset starts
    again at 1), HTML as text, gallery images by name and link."""
    org = itglue.ids("organizations")[0]
    doc = itglue.add("documents", {"name": "Firewall", "organization_id": org}, organization_id=org)
    sections: list[dict[str, Any]] = [
        {"resource_type": "Document::Heading", "content": "Replace the firewall", "level": 1},
        {
            "resource_type": "Document::Text",
            "content": "<p>Before you start:</p><ul><li>a <em>spare</em></li><li>the config</li></ul>",
        },
        {"resource_type": "Document::Step", "content": "<p>Back up the config.</p>"},
        {
            "resource_type": "Document::Step",
            "content": "<p>Swap the unit.</p><p>Mind the cables.</p>",
        },
        {"resource_type": "Document::Heading", "content": "Check", "level": 3},
        {
            "resource_type": "Document::Step",
            "content": "<p>Ping the gateway.</p>",
            "reset_count": True,
        },
        {
            "resource_type": "Document::Gallery",
            "document_images": [
                {"name": "rack.jpg", "original-src": "https://img.example/rack.jpg?sig=1"},
                {"name": "cables.png", "original-src": "https://img.example/cables.png?sig=2"},
            ],
        },
    ]
    for number, section in enumerate(sections, start=1):
        itglue.add(
            "document_sections", {**section, "document_id": doc, "sort": number}, document_id=doc
        )
    async with connect(itglue) as mcp:
        data = ok(await mcp.call_tool("read_document", {"id": doc}))
    assert set(data) == {"id", "name", "organization_id", "document_folder_id", "published", "text"}
    assert data["name"] == "Firewall" and data["organization_id"] == org and data["id"] == doc
    assert data["text"] == (
        "# Replace the firewall\n\n"
        "Before you start:\n\n- a *spare*\n- the config\n\n"
        "1. Back up the config.\n\n"
        "2. Swap the unit.\n\n   Mind the cables.\n\n"
        "### Check\n\n"
        "1. Ping the gateway.\n\n"
        "![rack.jpg](https://img.example/rack.jpg?sig=1)\n"
        "![cables.png](https://img.example/cables.png?sig=2)"
    )
    assert [r.path for r in itglue.requests] == [
        f"/documents/{doc}",
        f"/documents/{doc}/relationships/sections",
    ] or sorted(r.path for r in itglue.requests) == sorted(
        [f"/documents/{doc}", f"/documents/{doc}/relationships/sections"]
    )


async def test_read_document_of_an_html_document_without_sections(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """An older document holds HTML and no sections: its HTML is turned into text."""
    org = itglue.ids("organizations")[0]
    ident = itglue.add(
        "documents",
        {
            "name": "Legacy",
            "organization_id": org,
            "content": "<h1>VPN</h1><p>Use <b>IKEv2</b> &amp; <a href='https://vpn.example'>the portal</a>.</p>"
            "<ol><li>Open</li><li>Connect</li></ol>",
        },
        organization_id=org,
    )
    async with connect(itglue) as mcp:
        data = ok(await mcp.call_tool("read_document", {"id": ident}))
    assert data["text"] == (
        "# VPN\n\nUse **IKEv2** & [the portal](https://vpn.example).\n\n1. Open\n2. Connect"
    )


async def test_read_document_reports_a_missing_document(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """A document that does not exist is a tool error naming it."""
    async with connect(itglue) as mcp:
        text = refused(await mcp.call_tool("read_document", {"id": 424242}))
    assert "NotFoundError" in text and "424242" in text


async def test_bluetally_has_no_document_tool(bluetally: FakeBlueTally, connect: Connect) -> None:
    """read_document is offered only where the API has documents and their sections."""
    async with connect(bluetally) as mcp:
        names = {t.name for t in (await mcp.list_tools()).tools}
    assert names == READ_TOOLS - {"read_document"}


# -- writes ------------------------------------------------------------------------------------


async def test_create_and_update_where_allowed(itglue: FakeITGlue, connect: Connect) -> None:
    """create_record and update_record write through the generated methods and answer records."""
    org = itglue.ids("organizations")[0]
    before = itglue.count("documents")
    async with connect(itglue, allow_writes="documents") as mcp:
        created = ok(
            await mcp.call_tool(
                "create_record",
                {
                    "resource": "documents",
                    "attributes": {"name": "Runbook"},
                    "parent": {"organization_id": org},
                },
            )
        )
        updated = ok(
            await mcp.call_tool(
                "update_record",
                {"resource": "documents", "id": created["id"], "attributes": {"archived": True}},
            )
        )
    assert itglue.count("documents") == before + 1
    assert created["type"] == "documents" and created["name"] == "Runbook"
    assert updated["archived"] is True and updated["id"] == created["id"]
    assert [r.method for r in itglue.requests] == ["POST", "PATCH"]


async def test_dry_run_shows_the_request_and_sends_nothing(
    itglue: FakeITGlue, connect: Connect
) -> None:
    """A dry run is checked and encoded as for real, and nothing leaves."""
    ident = itglue.ids("configurations")[0]
    async with connect(itglue, allow_writes="all", allow_deletes="all") as mcp:
        update = ok(
            await mcp.call_tool(
                "update_record",
                {
                    "resource": "configurations",
                    "id": ident,
                    "attributes": {"notes": None, "name": "fw-2"},
                    "dry_run": True,
                },
            )
        )
        delete = ok(
            await mcp.call_tool(
                "delete_records",
                {"resource": "configurations", "ids": [ident, ident + 1], "dry_run": True},
            )
        )
        bad = refused(
            await mcp.call_tool(
                "update_record",
                {
                    "resource": "configurations",
                    "id": ident,
                    "attributes": {"colour": 1},
                    "dry_run": True,
                },
            )
        )
    assert update == {
        "dry_run": True,
        "method": "PATCH",
        "path": f"/configurations/{ident}",
        "body": {"data": {"type": "configurations", "attributes": {"notes": None, "name": "fw-2"}}},
    }
    assert delete["method"] == "DELETE" and delete["path"] == "/configurations"
    assert delete["body"]["data"] == [
        {"type": "configurations", "attributes": {"id": ident}},
        {"type": "configurations", "attributes": {"id": ident + 1}},
    ]
    assert "colour" in bad and "valid" in bad
    assert itglue.requests == [] and ident in itglue.ids("configurations")


@pytest.mark.parametrize(
    ("tool", "arguments", "words"),
    [
        (
            "create_record",
            {"resource": "contacts", "attributes": {"first_name": "A"}},
            ["--allow-writes", "contacts"],
        ),
        (
            "update_record",
            {"resource": "contacts", "id": 1, "attributes": {"notes": "x"}},
            ["--allow-writes"],
        ),
        (
            "create_record",
            {
                "resource": "documents",
                "attributes": {"title": "x"},
                "parent": {"organization_id": 1},
            },
            ["title", "name"],
        ),
        (
            "create_record",
            {"resource": "documents", "attributes": {"name": 5}, "parent": {"organization_id": 1}},
            ["name", "string", "5"],
        ),
        ("create_record", {"resource": "documents", "attributes": {}}, ["name", "required"]),
        (
            "update_record",
            {"resource": "documents", "id": 0, "attributes": {"archived": True}},
            ["id", "positive"],
        ),
        ("delete_records", {"resource": "documents", "ids": [1]}, ["--allow-deletes", "documents"]),
        ("delete_records", {"resource": "configurations", "ids": []}, ["ids", "non-empty"]),
        ("delete_records", {"resource": "configurations", "ids": [3, -1]}, ["ids[1]", "-1"]),
    ],
)
async def test_writes_refuse_what_the_launch_or_the_tables_do_not_allow(
    tool: str, arguments: dict[str, Any], words: list[str], itglue: FakeITGlue, connect: Connect
) -> None:
    """Writes outside the launch's allowance or the tables are tool errors; nothing is sent."""
    async with connect(itglue, allow_writes=["documents"], allow_deletes=["configurations"]) as mcp:
        text = refused(await mcp.call_tool(tool, arguments))
    for word in words:
        assert word in text
    assert itglue.requests == []


async def test_delete_records_reports_each_id(itglue: FakeITGlue, connect: Connect) -> None:
    """Bulk deletes report the deleted ids; per-record deletes (a nested route without a bulk
    form) report each one, the ones that failed with the client's sentence."""
    ids = itglue.ids("configurations")[:3]
    password = itglue.ids("passwords")[0]
    org = itglue.store.tables["passwords"][password]["organization-id"]
    async with connect(itglue, allow_deletes="configurations,passwords") as mcp:
        bulk = ok(await mcp.call_tool("delete_records", {"resource": "configurations", "ids": ids}))
        each = ok(
            await mcp.call_tool(
                "delete_records",
                {
                    "resource": "passwords",
                    "ids": [password, 999999],
                    "parent": {"organization_id": org},
                },
            )
        )
    assert bulk == {"deleted": ids, "failed": []}
    assert not set(ids) & set(itglue.ids("configurations"))
    assert each["deleted"] == [password] and password not in itglue.ids("passwords")
    assert [f["id"] for f in each["failed"]] == [999999]
    assert each["failed"][0]["error"].startswith("NotFoundError: ")
    assert sorted(r.path for r in itglue.requests[-2:]) == sorted(
        f"/organizations/{org}/relationships/passwords/{i}" for i in (password, 999999)
    )


async def test_bluetally_writes_and_reads(bluetally: FakeBlueTally, connect: Connect) -> None:
    """The same tools serve BlueTally: a count-less listing says it may be truncated."""
    status = bluetally.ids("statuses")[0]
    product = bluetally.ids("products")[0]
    async with connect(bluetally, allow_writes="assets", allow_deletes="assets") as mcp:
        listed = ok(await mcp.call_tool("list_records", {"resource": "assets", "limit": 5}))
        everything = ok(await mcp.call_tool("list_records", {"resource": "assets", "limit": 1000}))
        filtered = ok(
            await mcp.call_tool(
                "list_records", {"resource": "assets", "filter": {"status_id": status}}
            )
        )
        created = ok(
            await mcp.call_tool(
                "create_record",
                {
                    "resource": "assets",
                    "attributes": {
                        "asset_id": "LT-9999",
                        "product_id": product,
                        "status_id": status,
                    },
                },
            )
        )
        deleted = ok(
            await mcp.call_tool("delete_records", {"resource": "assets", "ids": [created["id"]]})
        )
    assert listed["total"] is None and listed["truncated"] is True and listed["returned"] == 5
    assert everything["truncated"] is False and everything["returned"] == bluetally.count("assets")
    assert all(r["status_id"] == status for r in filtered["records"])
    assert created["type"] == "assets" and created["asset_id"] == "LT-9999"
    assert deleted == {"deleted": [created["id"]], "failed": []}
    assert any(r.params.get("status_id") == str(status) for r in bluetally.requests)


# -- robustness --------------------------------------------------------------------------------


@pytest.mark.parametrize("api", ["itglue", "bluetally"])
async def test_429s_and_server_errors_are_absorbed(api: str, connect: Connect) -> None:
    """The client's limiter and retries absorb 429s and 5xx for the tools as for any caller."""
    faults = Faults()
    fake: Any
    if api == "itglue":
        fake = FakeITGlue(rate_limit=None, faults=faults)
        fake.populate(organizations=2, configurations=30, seed=1)
        resource, count = "configurations", 30
    else:
        fake = FakeBlueTally(rate_limit=None, faults=faults)
        fake.populate(assets=30, seed=1)
        resource, count = "assets", 30
    async with connect(fake) as mcp:
        faults.rate_limit_next(2, retry_after=0.01)
        faults.fail_next(2, status=503)
        data = ok(await mcp.call_tool("list_records", {"resource": resource}))
    assert data["returned"] == count
    assert [r.status for r in fake.requests] == [429, 429, 503, 503, 200]


async def test_a_timeout_is_a_tool_error() -> None:
    """A request that times out on every attempt is reported, not raised as a traceback."""
    fake = FakeITGlue(rate_limit=None, faults=Faults(latency=0.5))
    fake.populate(organizations=1, configurations=2, seed=1)
    retry = RetryPolicy(max_retries=1, base=0.001, cap=0.01)
    async with (
        fake.serve() as base_url,
        ITGlue("fake-api-key", base_url=base_url, timeout=0.05, retry=retry) as client,
        Client(create_server(client)) as mcp,
    ):
        text = refused(await mcp.call_tool("list_records", {"resource": "organizations"}))
    assert "APITimeoutError" in text and "timed out" in text and "Traceback" not in text


async def test_the_key_never_appears_in_results_or_errors(connect: Connect) -> None:
    """Whatever a call answers or refuses, the API key is not in it."""
    key = "ITG.very-secret-key-abcdef0123456789"
    fake = FakeITGlue(api_key=key, rate_limit=None)
    fake.populate(organizations=2, configurations=5, passwords=2, seed=2)
    texts = []
    async with fake.client(timeout=5.0) as client:
        server = create_server(client, allow_writes="all", allow_deletes="all")
        async with Client(server) as mcp:
            for name, arguments in [
                ("describe", {}),
                ("list_records", {"resource": "passwords"}),
                ("get_record", {"resource": "passwords", "id": 999}),
                (
                    "create_record",
                    {"resource": "organizations", "attributes": {"name": "x"}, "dry_run": True},
                ),
                (
                    "update_record",
                    {"resource": "organizations", "id": 1, "attributes": {"bogus": 1}},
                ),
                ("delete_records", {"resource": "configurations", "ids": [999]}),
            ]:
                result = await mcp.call_tool(name, arguments)
                texts.append(result.content[0].text)  # type: ignore[union-attr]
    assert texts and not any(key in t for t in texts)


async def test_concurrent_calls_share_one_client_and_its_limit() -> None:
    """Many calls at once go through the one client: the fake's window is never exceeded and
    no call sees a 429."""
    import anyio

    from itglue_async import RateLimit

    fake = FakeITGlue(rate_limit=RateLimit(8, 0.5))
    fake.populate(organizations=3, configurations=20, seed=1)
    ids = fake.ids("configurations")
    async with fake.client() as client, Client(create_server(client)) as mcp:
        fake.requests.clear()
        results: list[Any] = []

        async def one(ident: int) -> None:
            results.append(
                await mcp.call_tool("get_record", {"resource": "configurations", "id": ident})
            )

        async with anyio.create_task_group() as group:
            for ident in ids:
                group.start_soon(one, ident)
    assert len(results) == 20 and not any(r.is_error for r in results)
    assert all(r.status == 200 for r in fake.requests) and len(fake.requests) == 20
    assert fake.max_in_window() <= 8
