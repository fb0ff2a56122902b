"""``itglue-async mcp`` as a process: stdio and streamable HTTP, through the SDK's own client."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import httpx
import httpx2
import pytest
from anyio.abc import Process
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from tests.mcp.conftest import ok, refused

pytestmark = pytest.mark.anyio

TOKEN = "mcp-token-0123456789"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ITGLUE_", "BLUETALLY_"))}
    env.update(extra)
    return env


def _stdio(*args: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=sys.executable, args=["-m", "itglue_async", "mcp", *args], env=_env()
    )


async def test_stdio_serves_the_tools_of_the_fake() -> None:
    """The command on stdio: the SDK's client lists the tools, lists records and reads a
    document of the seeded fake."""
    async with Client(_stdio("--fake")) as mcp:
        names = {t.name for t in (await mcp.list_tools()).tools}
        listed = ok(await mcp.call_tool("list_records", {"resource": "configurations", "limit": 3}))
        first = ok(
            await mcp.call_tool(
                "list_records",
                {"resource": "documents", "limit": 1, "parent": {"organization_id": 1}},
            )
        )
        document = ok(await mcp.call_tool("read_document", {"id": first["records"][0]["id"]}))
        bad = refused(
            await mcp.call_tool("list_records", {"resource": "configurations", "sort": "x"})
        )
    assert names == {"describe", "list_records", "get_record", "read_document"}
    assert listed["returned"] == 3 and listed["total"] == 500 and listed["truncated"] is True
    assert document["text"].startswith("## ")
    assert "'x'" in bad and "updated_at" in bad


async def test_stdio_serves_bluetally_with_writes() -> None:
    """--api bluetally with --allow-writes offers the write tools for the named resource."""
    async with Client(_stdio("--fake", "--api", "bluetally", "--allow-writes", "assets")) as mcp:
        tools = {t.name: t for t in (await mcp.list_tools()).tools}
        dry = ok(
            await mcp.call_tool(
                "create_record",
                {
                    "resource": "assets",
                    "attributes": {"asset_id": "A-1", "product_id": 1, "status_id": 1},
                    "dry_run": True,
                },
            )
        )
    assert set(tools) == {
        "describe",
        "list_records",
        "get_record",
        "create_record",
        "update_record",
    }
    assert tools["create_record"].input_schema["properties"]["resource"]["enum"] == ["assets"]
    body = {"asset_id": "A-1", "product_id": 1, "status_id": 1}
    assert dry == {"dry_run": True, "method": "POST", "path": "/assets", "body": body}


@asynccontextmanager
async def _http_server(*args: str, env: dict[str, str] | None = None) -> AsyncIterator[str]:
    """The command serving HTTP on a free loopback port; yields the endpoint's URL."""
    command = [sys.executable, "-m", "itglue_async", "mcp", "--fake", "--transport", "http"]
    process: Process = await anyio.open_process(
        [*command, "--port", "0", *args], env=env or _env(), stderr=subprocess.PIPE
    )
    try:
        assert process.stderr is not None
        seen = b""
        with anyio.fail_after(30):
            while b"\n" not in seen:
                seen += await process.stderr.receive()
        match = re.search(r"http://127\.0\.0\.1:\d+/mcp", seen.decode())
        assert match, seen
        yield match.group(0)
    finally:
        process.terminate()
        with anyio.fail_after(10):
            await process.wait()


def _initialize() -> dict[str, object]:
    return {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "test", "version": "1"},
        },
    }


async def test_http_with_a_token_refuses_requests_without_it() -> None:
    """Over HTTP with a token: 401 without it or with another, and the SDK's client works
    with it."""
    headers = {"Accept": "application/json, text/event-stream"}
    async with _http_server("--auth-token", TOKEN) as url:
        async with httpx.AsyncClient() as http:
            bare = await http.post(url, json=_initialize(), headers=headers)
            wrong = await http.post(
                url, json=_initialize(), headers={**headers, "Authorization": "Bearer nope"}
            )
        assert bare.status_code == 401 and wrong.status_code == 401
        assert TOKEN not in bare.text
        authorized = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"})
        async with authorized, Client(streamable_http_client(url, http_client=authorized)) as mcp:
            data = ok(
                await mcp.call_tool("list_records", {"resource": "organizations", "limit": 2})
            )
    assert data["returned"] == 2


async def test_http_takes_the_token_from_the_environment() -> None:
    """ITGLUE_MCP_TOKEN stands for --auth-token."""
    async with _http_server(env=_env(ITGLUE_MCP_TOKEN=TOKEN)) as url:
        async with httpx.AsyncClient() as http:
            bare = await http.post(url, json=_initialize())
        authorized = httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"})
        async with authorized, Client(streamable_http_client(url, http_client=authorized)) as mcp:
            names = {t.name for t in (await mcp.list_tools()).tools}
    assert bare.status_code == 401 and "describe" in names


async def test_http_without_a_token_on_loopback() -> None:
    """Without a token the loopback endpoint is open to local clients."""
    async with _http_server() as url, Client(url) as mcp:
        data = ok(await mcp.call_tool("describe", {}))
    assert "configurations" in data["resources"]


def test_a_public_bind_without_a_token_is_refused_at_start() -> None:
    """Binding anything but loopback without a token exits 2 with one line, serving nothing."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "itglue_async",
            "mcp",
            "--fake",
            "--transport",
            "http",
            "--host",
            "0.0.0.0",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "without a token" in lines[0] and "--auth-token" in lines[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--allow-writes", "configurationz"], ["'configurationz'", "configurations"]),
        (["--allow-deletes", "logs"], ["'logs'"]),
        (["--api", "bluetally", "--allow-writes", "documents"], ["'documents'", "assets"]),
    ],
)
def test_launch_flags_naming_no_resource_are_usage_errors(
    args: list[str], words: list[str]
) -> None:
    """An allowance that names no such resource is refused before serving."""
    done = subprocess.run(
        [sys.executable, "-m", "itglue_async", "mcp", "--fake", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr


def test_no_key_is_a_usage_error_naming_the_variable() -> None:
    """Without --fake the key must be set; the message names the variable."""
    done = subprocess.run(
        [sys.executable, "-m", "itglue_async", "mcp", "--api", "bluetally"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2 and "BLUETALLY_API_KEY" in done.stderr


def test_importing_the_package_never_imports_the_sdk() -> None:
    """import itglue_async (and the command line) leaves the MCP SDK unimported."""
    code = (
        "import sys, itglue_async, itglue_async.bluetally, itglue_async.cli\n"
        "assert not [m for m in sys.modules if m == 'mcp' or m.startswith(('mcp.', "
        "'itglue_async.mcp'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=_env())


def test_without_the_extra_the_import_says_what_to_install() -> None:
    """Without the SDK, importing the agent tools names the extra; the command says so too."""
    code = (
        "import sys; sys.modules['mcp'] = None\n"
        "try:\n"
        "    import itglue_async.mcp\n"
        "except ImportError as exc:\n"
        '    assert "itglue-async[mcp]" in str(exc), exc\n'
        "else:\n"
        "    raise SystemExit('imported')\n"
        "from itglue_async.cli import main\n"
        "sys.exit(main(['mcp', '--fake']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert done.returncode == 2 and "itglue-async[mcp]" in done.stderr
    assert "Traceback" not in done.stderr
