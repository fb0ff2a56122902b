"""Text clean-up and JSON repair for the crawled reference.

The reference was crawled from HTML into markdown: underscores and asterisks are escaped,
spaces are sometimes non-breaking, curly quotes lost their UTF-8 tail bytes, and several example
bodies are not valid JSON. Everything here is deterministic so that distilling twice gives the
same spec.
"""

from __future__ import annotations

import json
import re
from typing import Any

_IP = re.compile(r"(:\s*)(\d{1,3}(?:\.\d{1,3}){3})(\s*[,\n}])")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_ELLIPSIS_OBJECT = re.compile(r"\{\s*(?:\.\.\.|…)\s*\}")
_MISSING_COMMA = re.compile(r'([}\]"]|\d|true|false|null)([ \t]*\n\s*)(["{\[])')


def clean(text: str) -> str:
    """Undo the crawl's markdown escaping and encoding damage."""
    text = text.replace("\xa0", " ")
    text = text.replace("\\_", "_").replace("\\*", "*")
    text = text.replace("â¦", "…").replace("â", '"')
    return text


def repair_json(source: str) -> tuple[Any, list[str]]:
    """Parse an example body, repairing the known kinds of damage.

    Returns the parsed value and the list of repairs applied, in order. Raises ``ValueError``
    when the text cannot be repaired.
    """
    repairs: list[str] = []
    text = source.strip()
    try:
        return json.loads(text), repairs
    except json.JSONDecodeError:
        pass
    steps = (
        (_ELLIPSIS_OBJECT, "{}", "placeholder {...} read as an empty object"),
        (_IP, r'\1"\2"\3', "unquoted IP address quoted as a string"),
        (_MISSING_COMMA, r"\1,\2\3", "missing comma between members inserted"),
        (_TRAILING_COMMA, r"\1", "trailing comma removed"),
    )
    for pattern, replacement, note in steps:
        fixed = pattern.sub(replacement, text)
        if fixed == text:
            continue
        repairs.append(note)
        text = fixed
        try:
            return json.loads(text), repairs
        except json.JSONDecodeError:
            pass
    balanced = _balance(text)
    if balanced != text:
        repairs.append("unbalanced brackets closed")
        text = balanced
    try:
        return json.loads(text), repairs
    except json.JSONDecodeError as exc:
        raise ValueError(f"example body is not repairable JSON: {exc}") from exc


def _balance(text: str) -> str:
    """Close brackets left open and drop closers that match nothing."""
    stack: list[str] = []
    out: list[str] = []
    in_string = False
    escaped = False
    pairs = {"}": "{", "]": "["}
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if not stack:
                continue
            if stack[-1] != pairs[ch]:
                # A closer of the wrong kind: close the inner bracket first.
                out.append("}" if stack.pop() == "{" else "]")
                if not stack or stack[-1] != pairs[ch]:
                    continue
            stack.pop()
        out.append(ch)
    for opener in reversed(stack):
        out.append("}" if opener == "{" else "]")
    return "".join(out)
