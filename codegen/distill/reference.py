"""Reading the IT Glue reference: resource sections, route heading groups and their text.

The reference is a crawl of an apipie page: a resource index, then one ``# Resource`` section
per resource holding ``# METHOD /path`` route headings. Consecutive headings with nothing but a
summary between them share the example bodies, the Errors table and the Params table that
follow the last of them. This module finds that structure; what a Params row means is
``params``' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from codegen._text import repair_json

ROUTE_HEADING = re.compile(r"^# (GET|POST|PATCH|PUT|DELETE) (/\S*)\s*$")
INDEX_ENTRY = re.compile(r"^\* \[([^\]]+)\]")
PARAM_ROW = re.compile(r"^\| \*\*(?P<name>[^*]+)\*\*\s+(?P<flags>[^|]*?)\s*\| (?P<desc>.*) \|\s*$")
ERROR_ROW = re.compile(r"^\| (\d{3}) \| ([^|]+?) \|\s*$")
WELCOME = "Welcome to The IT Glue API"


@dataclass
class Block:
    """One group of route headings and the shared text that follows them."""

    headings: list[tuple[str, str, str]] = field(default_factory=list)  # method, path, summary
    lines: list[str] = field(default_factory=list)


def resource_index(lines: list[str]) -> list[str]:
    names: list[str] = []
    for line in lines:
        match = INDEX_ENTRY.match(line)
        if match:
            names.append(match.group(1))
        elif names and line.startswith("# "):
            break
    return names


def sections(lines: list[str], titles: set[str]) -> dict[str, tuple[str, list[Block]]]:
    sections: dict[str, tuple[str, list[Block]]] = {}
    current: str | None = None
    description: list[str] = []
    blocks: list[Block] = []
    block: Block | None = None
    pending_summary = False
    in_code = False
    started = False

    def flush() -> None:
        if current is not None:
            sections[current] = (_paragraphs(description), blocks)

    for line in lines:
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and line.startswith("# "):
            title = line[2:].strip()
            route = ROUTE_HEADING.match(line)
            if route and current is not None:
                if block is None or not _only_summaries(block):
                    block = Block()
                    blocks.append(block)
                block.headings.append((route.group(1), route.group(2), ""))
                pending_summary = True
                continue
            if title in titles and started:
                flush()
                current, description, blocks, block = title, [], [], None
                continue
            if title == WELCOME:
                started = True
        if current is None:
            continue
        if block is None:
            description.append(line)
            continue
        if pending_summary and line.strip():
            method, path, _ = block.headings[-1]
            block.headings[-1] = (method, path, line.strip())
            pending_summary = False
            block.lines.append(f"@@summary {method} {path}")
            continue
        block.lines.append(line)
    flush()
    return sections


def _only_summaries(block: Block) -> bool:
    """A block whose text so far is only its headings' summaries takes the next heading too."""
    return all(line.startswith("@@summary") or not line.strip() for line in block.lines)


def _paragraphs(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def read_block(
    block: Block,
) -> tuple[str, list[dict[str, Any]], dict[int, str], list[dict[str, str]]]:
    prose: list[str] = []
    examples: list[dict[str, Any]] = []
    errors: dict[int, str] = {}
    params: list[dict[str, str]] = []
    section = "prose"
    code: list[str] | None = None
    last_prose = ""
    for line in block.lines:
        if line.startswith("@@summary"):
            continue
        if line.startswith("```"):
            if code is None:
                code = []
            else:
                _example(code, last_prose, examples)
                code = None
            continue
        if code is not None:
            code.append(line)
            continue
        if line.startswith("## "):
            section = line[3:].strip().lower()
            continue
        if section == "prose":
            if line.strip():
                prose.append(line.strip())
                last_prose = line.strip()
        elif section == "errors":
            match = ERROR_ROW.match(line)
            if match:
                errors[int(match.group(1))] = match.group(2).strip()
        elif section == "params":
            match = PARAM_ROW.match(line)
            if match and match.group("name") != "Param name":
                params.append(match.groupdict())
    return "\n\n".join(prose), examples, errors, params


def _example(code: list[str], context: str, examples: list[dict[str, Any]]) -> None:
    text = "\n".join(code).strip()
    if not text or text.startswith("curl") or not text.startswith(("{", "[")):
        return
    kind = "response" if "return value" in context.lower() else "request"
    request, marker, response = text.partition("\n  Response:\n")
    if marker:
        # One block holding a request and, after a "Response:" line, its response.
        _example([request], context, examples)
        _example([response], "Example return value:", examples)
        return
    try:
        body, repairs = repair_json(text)
    except ValueError as exc:
        examples.append({"kind": kind, "unparsed": text, "reason": str(exc)})
        return
    entry: dict[str, Any] = {"kind": kind, "body": body}
    if repairs:
        entry["repairs"] = repairs
    examples.append(entry)
