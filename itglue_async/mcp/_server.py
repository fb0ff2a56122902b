"""``create_server``: the SDK's ``MCPServer`` with the agent tools of one client.

The tools' parameters are typed (so their input schemas list them, with a description each);
the ``resource`` parameter's schema enumerates the resources a tool may touch, which for the
write tools are those allowed at launch. Write tools are not registered at all unless writes
(or deletes) were allowed. Results are structured content (the JSON object) with the same
JSON as text for clients that read only text; refusals and API failures are tool errors
carrying the client's sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable, Collection, Iterable
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.tools import Tool
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field

from itglue_async._json import orjson
from itglue_async._version import __version__
from itglue_async.mcp._catalog import DELETE, WRITE, Catalog, listing
from itglue_async.mcp._records import iso
from itglue_async.mcp._tools import MAX_LIMIT, Policy, Toolbox, ToolRefused

Resource = Annotated[str, Field(description="The resource, as `describe` names it.")]
Parent = Annotated[
    dict[str, Any],
    Field(
        default_factory=dict,
        description='The parent of a nested route, by its keyword: {"organization_id": 2}; '
        '{"resource_type": "configurations", "resource_id": 5} for attachments and related '
        "items. `describe` lists each operation's parents.",
    ),
]
Fields = Annotated[
    list[str],
    Field(
        default_factory=list,
        description="Keep only these record fields (id and type always stay); `describe` "
        "lists them. Use it to keep answers small.",
    ),
]
Include = Annotated[
    list[str],
    Field(default_factory=list, description="Related records to include; `describe` lists them."),
]
DryRun = Annotated[
    bool,
    Field(description="Check everything and show the method, path and body without sending."),
]
Attributes = Annotated[
    dict[str, Any],
    Field(description="Attribute names (snake_case, as `describe` lists them) to values."),
]
RecordId = Annotated[int, Field(description="The record's id.")]

_READ = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True
)


def _dumps(data: dict[str, Any]) -> str:
    """A result as JSON text; timestamps as ISO text, UTC as ``Z``, as the SDK writes them."""
    if orjson is not None:
        text: str = orjson.dumps(data, option=orjson.OPT_UTC_Z, default=_default).decode()
        return text
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return iso(value)
    return str(value)


class _Tools:
    """The tool functions the SDK registers; each hands its arguments to the toolbox."""

    def __init__(self, box: Toolbox) -> None:
        self._box = box

    async def _answer(self, call: Callable[[], Awaitable[dict[str, Any]]]) -> CallToolResult:
        try:
            data = await self._box.run(call)
        except ToolRefused as exc:
            raise ToolError(str(exc)) from None
        return CallToolResult(
            content=[TextContent(type="text", text=_dumps(data))], structured_content=data
        )

    async def describe(
        self,
        resource: Annotated[
            str | None,
            Field(description="A resource to describe in full; leave out for the list of all."),
        ] = None,
    ) -> CallToolResult:
        return await self._answer(lambda: self._box.describe(resource))

    async def list_records(
        self,
        resource: Resource,
        *,
        filter: Annotated[
            dict[str, Any],
            Field(
                default_factory=dict,
                description='Filters by name, as `describe` lists them: {"organization_id": 2, '
                '"archived": false}; a list matches any of its values. Unknown names are '
                "refused (the API would ignore them and answer everything).",
            ),
        ],
        sort: Annotated[
            str | None,
            Field(description="A sort field as `describe` lists them; prefix - for descending."),
        ] = None,
        include: Include,
        parent: Parent,
        fields: Fields,
        limit: Annotated[
            int,
            Field(
                description=f"Most records to return, 1 to {MAX_LIMIT}.",
                json_schema_extra={"minimum": 1, "maximum": MAX_LIMIT},
            ),
        ] = 50,
        page: Annotated[
            int,
            Field(
                description="Which block of `limit` records: 1 for the first, 2 for the next "
                "when the last answer was truncated.",
                json_schema_extra={"minimum": 1},
            ),
        ] = 1,
    ) -> CallToolResult:
        return await self._answer(
            lambda: self._box.list_records(
                resource, filter, sort, include, parent, fields, limit, page
            )
        )

    async def get_record(
        self,
        resource: Resource,
        id: RecordId,
        *,
        include: Include,
        parent: Parent,
        fields: Fields,
    ) -> CallToolResult:
        return await self._answer(
            lambda: self._box.get_record(resource, id, include, parent, fields)
        )

    async def read_document(
        self, id: Annotated[int, Field(description="The document's id.")]
    ) -> CallToolResult:
        return await self._answer(lambda: self._box.read_document(id))

    async def create_record(
        self,
        resource: Resource,
        attributes: Attributes,
        *,
        parent: Parent,
        dry_run: DryRun = False,
    ) -> CallToolResult:
        return await self._answer(
            lambda: self._box.create_record(resource, attributes, parent, dry_run)
        )

    async def update_record(
        self,
        resource: Resource,
        id: RecordId,
        attributes: Attributes,
        *,
        parent: Parent,
        dry_run: DryRun = False,
    ) -> CallToolResult:
        return await self._answer(
            lambda: self._box.update_record(resource, id, attributes, parent, dry_run)
        )

    async def delete_records(
        self,
        resource: Resource,
        ids: Annotated[list[int], Field(description="The ids of the records to delete.")],
        *,
        parent: Parent,
        dry_run: DryRun = False,
    ) -> CallToolResult:
        return await self._answer(lambda: self._box.delete_records(resource, ids, parent, dry_run))


def _allowed(
    value: str | Iterable[str], catalog: Catalog, operations: tuple[str, ...], what: str
) -> frozenset[str]:
    """The resources ``value`` names (``"all"``: every one with ``operations``)."""
    valid = catalog.with_any(operations)
    if isinstance(value, str):
        names = valid if value.strip() == "all" else [v.strip() for v in value.split(",")]
    else:
        names = list(value)
    names = [n for n in names if n]
    unknown = [n for n in names if n not in valid]
    if unknown:
        raise ValueError(
            f"{what} cannot be allowed on {', '.join(repr(n) for n in unknown)}: not a resource "
            f"with {' or '.join(operations)} routes; valid: {listing(valid)} (or all)."
        )
    return frozenset(names)


def _descriptions(catalog: Catalog, policy: Policy) -> dict[str, str]:
    api = catalog.api.name
    documents = catalog.has("documents", "get") and catalog.has("document_sections", "list")
    return {
        "describe": (
            f"Describe the {api} API as these tools see it. Without `resource`: every resource "
            "with its operations and the tools that serve them. With `resource`: for each "
            "operation its parents (pass them as `parent`), filters (name, type, allowed "
            "values), sorts, includes, the record fields, and for create/update the attributes "
            "(type, required, nullable). Read it before filtering: every other tool refuses a "
            "filter, sort, include, field or attribute it does not list."
        ),
        "list_records": (
            f"List {api} records of a resource: one call returns up to `limit` records "
            f"(1 to {MAX_LIMIT}, default 50), every page read for you. Returns {{resource, "
            "total, returned, truncated, records}}: `total` is the API's count of matching "
            "records (null when the API gives none), `truncated` is true when more match than "
            "were returned; then ask for the next block with `page`: 2, 3, ... or narrow the "
            "listing with `filter`. Records are flat objects: id, type, then snake_case fields."
        ),
        "get_record": (
            f"Get one {api} record by id. Returns {{record, included}}: `included` holds the "
            "related records asked for with `include`."
        ),
        "read_document": (
            "Read an IT Glue document as text: its sections in order (headings as #, steps "
            "numbered, images by name and link) with its name, organization, folder and "
            "whether it is published. Find documents with list_records(resource='documents', "
            "parent={'organization_id': ...})."
        )
        if documents
        else "",
        "create_record": (
            f"Create one {api} record; allowed on: {listing(policy.writes)}. `attributes` as "
            "`describe` lists them for create. Returns the created record; with dry_run, the "
            "request that would be sent."
        ),
        "update_record": (
            f"Change attributes of one {api} record; allowed on: {listing(policy.writes)}. "
            "Attributes left out stay as they are; null clears one. Returns the updated record; "
            "with dry_run, the request that would be sent."
        ),
        "delete_records": (
            f"Delete {api} records by id; allowed on: {listing(policy.deletes)}. Returns "
            "{deleted: [ids], failed: [{id, error}]}; with dry_run, the request that would be "
            "sent. Deleting cannot be undone."
        ),
    }


def create_server(
    client: Any,
    *,
    allow_writes: str | Collection[str] = (),
    allow_deletes: str | Collection[str] = (),
    password_values: bool = False,
    name: str | None = None,
) -> MCPServer:
    """An MCP server whose tools read and (when allowed) write through ``client``.

    ``client`` is an ``ITGlue`` or ``BlueTally`` client (any generated client: the tools are
    built from ``client.api.routes``); every tool call shares it, its rate limit and its
    retries. ``allow_writes`` and ``allow_deletes`` name the resources that ``create_record``
    / ``update_record`` and ``delete_records`` may touch (``"all"`` for every one); without
    them those tools are not offered. ``password_values`` lets secret attributes (password
    values) into results; without it they are left out and the API is asked not to send them.

    Raises ``ValueError`` when an allowed name is not a resource with such routes.
    """
    catalog = Catalog(client.api)
    policy = Policy(
        writes=_allowed(allow_writes, catalog, WRITE, "Writes"),
        deletes=_allowed(allow_deletes, catalog, DELETE, "Deletes"),
        password_values=bool(password_values),
    )
    tools = _Tools(Toolbox(client, catalog, policy))
    descriptions = _descriptions(catalog, policy)
    writing = ToolAnnotations(read_only_hint=False, open_world_hint=True)
    table: list[tuple[Callable[..., Any], ToolAnnotations, list[str] | None]] = [
        (tools.describe, _READ, catalog.resources),
        (tools.list_records, _READ, catalog.with_any(("list",))),
        (tools.get_record, _READ, catalog.with_any(("get",))),
    ]
    if descriptions["read_document"]:
        table.append((tools.read_document, _READ, None))
    if policy.writes:
        creatable = [r for r in catalog.with_any(("create",)) if r in policy.writes]
        updatable = [r for r in catalog.with_any(("update",)) if r in policy.writes]
        if creatable:
            annotations = writing.model_copy(
                update={"destructive_hint": False, "idempotent_hint": False}
            )
            table.append((tools.create_record, annotations, creatable))
        if updatable:
            annotations = writing.model_copy(
                update={"destructive_hint": True, "idempotent_hint": True}
            )
            table.append((tools.update_record, annotations, updatable))
    if policy.deletes:
        annotations = writing.model_copy(update={"destructive_hint": True, "idempotent_hint": True})
        table.append((tools.delete_records, annotations, sorted(policy.deletes)))
    registered = []
    for function, annotations, resources in table:
        tool = Tool.from_function(
            function,
            name=function.__name__,
            description=descriptions[function.__name__],
            annotations=annotations,
            structured_output=False,
        )
        if resources is not None:
            tool.parameters["properties"]["resource"]["enum"] = list(resources)
        registered.append(tool)
    return _quietly(
        lambda: MCPServer(
            name=name or f"itglue-async ({catalog.api.name})",
            version=__version__,
            instructions=_instructions(catalog, policy),
            tools=registered,
        )
    )


def _instructions(catalog: Catalog, policy: Policy) -> str:
    writes = (
        f"Writes are allowed on {listing(policy.writes)}"
        if policy.writes
        else "This server is read-only"
    )
    return (
        f"Tools over the {catalog.api.name} API. Start with describe() for the resources, then "
        "describe(resource) for the filters, sorts, includes and fields a call may use; the "
        "tools refuse anything else, so a misspelt filter never silently widens an answer. "
        "list_records reads every page up to `limit` and says whether more records exist. "
        f"{writes}; password values are "
        f"{'shown' if policy.password_values else 'never shown'}."
    )


def _quietly(build: Callable[[], MCPServer]) -> MCPServer:
    """Build the server without the logging setup the SDK does on construction.

    ``MCPServer`` calls ``logging.basicConfig`` (root handlers at INFO); a library configures
    no logging of its application's, so the root logger is put back as it was.
    """
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        return build()
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers
