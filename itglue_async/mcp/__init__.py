"""Agent tools: an MCP server over the generated clients (extra ``mcp``).

::

    from itglue_async import ITGlue
    from itglue_async.mcp import create_server

    client = ITGlue()
    server = create_server(client, allow_writes=("documents",))   # the SDK's MCPServer
    server.run()                                                  # stdio

or, from the shell, ``itglue-async mcp`` (``--fake`` to try it with no account).

The tools are generic over the client's route tables (``describe``, ``list_records``,
``get_record``, ``read_document``, and when allowed ``create_record``, ``update_record``,
``delete_records``): a route added to a spec is a route the agents can use. Every argument is
checked against the tables before anything is sent, and every call shares the client, its
rate limit and its retries. Importing ``itglue_async`` never imports this package or ``mcp``.
"""

from __future__ import annotations

try:
    import mcp  # noqa: F401  (the SDK; present with the extra)
except ImportError as exc:  # pragma: no cover - exercised by a subprocess test
    raise ImportError("The agent tools need the MCP SDK: pip install 'itglue-async[mcp]'.") from exc

from itglue_async.mcp._server import create_server

__all__ = ["create_server"]
