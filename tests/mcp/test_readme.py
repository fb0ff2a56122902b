"""The README's agent-tools section is true: its transcript replays, its example runs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from mcp import Client

from itglue_async.cli import _seeded_fake
from itglue_async.mcp import create_server

pytestmark = pytest.mark.anyio

SECTION = (
    (Path(__file__).resolve().parents[2] / "README.md")
    .read_text(encoding="utf-8")
    .split("## Agent tools (MCP)", 1)[1]
    .split("\n## ", 1)[0]
)


def _transcript() -> list[tuple[str, dict[str, Any], str]]:
    block = re.search(r"```text\n(.*?)```", SECTION, re.S)
    assert block, "no transcript in the README's agent-tools section"
    calls = []
    for entry in block.group(1).strip().split("\n\n"):
        call, answer = entry.split("\n", 1)
        match = re.fullmatch(r"> (\w+)\((.*)\)", call)
        assert match, call
        calls.append((match.group(1), json.loads(match.group(2)), answer))
    return calls


async def test_the_transcript_replays_against_the_fake() -> None:
    """Every call of the README's transcript answers, against --fake, exactly what it shows."""
    calls = _transcript()
    assert len(calls) >= 5
    async with (
        _seeded_fake(0).client() as client,
        Client(create_server(client, allow_writes="documents")) as mcp,
    ):
        for name, arguments, shown in calls:
            result = await mcp.call_tool(name, arguments)
            if result.is_error:
                text = result.content[0].text  # type: ignore[union-attr]
                said = "error: " + text.removeprefix(f"Error executing tool {name}: ")
            else:
                said = json.dumps(result.structured_content)
            assert said == shown, name


async def test_the_embedding_example_runs() -> None:
    """The create_server example runs as written and prints a count."""
    block = re.search(r"```python\n(.*?)```", SECTION, re.S)
    assert block
    code = "async def example():\n" + "\n".join(
        "    " + line for line in block.group(1).splitlines()
    )
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md#agent-tools", "exec"), namespace)
    await namespace["example"]()


def test_the_configuration_snippet_is_json_naming_the_command() -> None:
    """The mcpServers snippet is valid JSON that runs this command."""
    block = re.search(r"```json\n(.*?)```", SECTION, re.S)
    assert block
    servers = json.loads(block.group(1))["mcpServers"]
    assert all(s["command"] == "itglue-async" and s["args"][0] == "mcp" for s in servers.values())
