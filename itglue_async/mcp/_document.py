"""Documents as readable text: section blocks and HTML turned into markdown-like lines.

IT Glue writes a document's body as sections (a heading, rich text, a numbered step, an image
gallery), or, in older documents, as one HTML string. ``document_text`` gives an agent the
body in the API's order: a heading as ``#`` repeated by its level, steps numbered (a step that
resets the count starts again at 1), text as paragraphs and lists, links as ``[text](url)``
and images by name and link.

HTML is read with the standard library's parser: the sections hold a small set of tags
(paragraphs, lists, tables, links, images, emphasis), which this covers without a dependency
the extra would have to carry and keep compatible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
    ]
)
_TIGHT = frozenset({"li", "tr", "dt", "dd"})  # blocks that follow their kind on the next line
_SPACE = re.compile(r"\s+")
_INDENT = "\x01"  # a list item's indent, kept through whitespace folding
_BREAK = "\x02"  # a <br>: the one line break outside <pre> that survives folding


class _Html(HTMLParser):
    """Collects an HTML fragment's text as blocks of markdown-like lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (text, kind)
        self._parts: list[str] = []
        self._kind = "p"
        self._lists: list[list[Any]] = []  # [tag, count] per open list
        self._links: list[str | None] = []
        self._pre = 0
        self._cells = 0

    # -- blocks ------------------------------------------------------------------------------

    def _flush(self) -> None:
        text = "".join(self._parts)
        if self._pre:
            text = text.replace(_BREAK, "\n")
        else:
            lines = (_SPACE.sub(" ", line).strip() for line in text.split(_BREAK))
            text = "\n".join(line.replace(_INDENT, "  ") for line in lines)
        text = text.strip("\n")
        if text.strip():
            self.blocks.append((text, self._kind))
        self._parts = []
        self._kind = "p"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in _BLOCKS:
            self._flush()
            self._kind = tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._parts.append("#" * int(tag[1]) + " ")
        elif tag in ("ul", "ol"):
            self._lists.append([tag, 0])
        elif tag == "li":
            depth = max(len(self._lists) - 1, 0)
            marker = "-"
            if self._lists and self._lists[-1][0] == "ol":
                self._lists[-1][1] += 1
                marker = f"{self._lists[-1][1]}."
            self._parts.append(_INDENT * depth + marker + " ")
        elif tag == "pre":
            self._pre += 1
        elif tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells:
                self._parts.append(" | ")
            self._cells += 1
        elif tag == "br":
            self._parts.append(_BREAK)
        elif tag == "hr":
            self._parts.append("---")
            self._flush()
        elif tag == "a":
            self._links.append(found.get("href"))
            self._parts.append("[")
        elif tag == "img":
            self._parts.append(image(found.get("alt") or found.get("title"), found.get("src")))
        elif tag in ("strong", "b"):
            self._parts.append("**")
        elif tag in ("em", "i"):
            self._parts.append("*")
        elif tag == "code" and not self._pre:
            self._parts.append("`")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            href = self._links.pop() if self._links else None
            self._parts.append(f"]({href})" if href else "]")
        elif tag in ("strong", "b"):
            self._parts.append("**")
        elif tag in ("em", "i"):
            self._parts.append("*")
        elif tag == "code" and not self._pre:
            self._parts.append("`")
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag in _BLOCKS:
            self._flush()
        if tag == "pre" and self._pre:
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        self._parts.append(data)

    def text(self) -> str:
        self.close()
        self._flush()
        out: list[str] = []
        previous = ""
        for text, kind in self.blocks:
            if out:
                out.append("\n" if kind in _TIGHT and kind == previous else "\n\n")
            out.append(text)
            previous = kind
        return "".join(out)


def html_text(html: Any) -> str:
    """An HTML fragment as markdown-like text (``""`` for nothing)."""
    if not isinstance(html, str) or not html.strip():
        return ""
    parser = _Html()
    parser.feed(html)
    return parser.text()


def image(name: Any, link: Any) -> str:
    """An image by name and link, as markdown."""
    label = str(name) if name else (str(link).rsplit("/", 1)[-1].split("?", 1)[0] if link else "")
    return f"![{label or 'image'}]({link})" if link else f"[image: {label or 'unnamed'}]"


def _get(block: Mapping[str, Any] | Any, name: str) -> Any:
    """A section attribute from a model or a raw block (snake or kebab case)."""
    if isinstance(block, Mapping):
        for key in (name, name.replace("_", "-")):
            if key in block:
                return block[key]
        if name == "resource_type":
            return block.get("type")
        return None
    return getattr(block, name, None)


def _gallery(block: Any) -> str:
    images = _get(block, "document_images") or []
    lines = []
    for item in images if isinstance(images, list) else []:
        if not isinstance(item, Mapping):
            continue
        name = _get(item, "name") or _get(item, "file_name")
        link = next(
            (
                _get(item, key)
                for key in ("original_src", "inline_resource_url", "slim_src", "url", "src")
                if _get(item, key)
            ),
            None,
        )
        lines.append(image(name, link))
    caption = html_text(_get(block, "content"))
    return "\n".join([*([caption] if caption else []), *lines]) or "[image gallery]"


def _level(value: Any) -> int:
    return min(max(value, 1), 6) if isinstance(value, int) and not isinstance(value, bool) else 2


def sections_text(blocks: Iterable[Any]) -> str:
    """Section blocks (models or raw mappings) as text, in the order given."""
    parts: list[str] = []
    step = 0
    for block in blocks:
        kind = str(_get(block, "resource_type") or "")
        content = _get(block, "content")
        if content is None:
            content = _get(block, "rendered_content")
        if kind.endswith("Heading"):
            title = " ".join(html_text(content).lstrip("# ").split())
            parts.append("#" * _level(_get(block, "level")) + " " + title)
        elif kind.endswith("Step"):
            step = 1 if _get(block, "reset_count") else step + 1
            body = "\n".join(
                ("   " + line if line else "") for line in html_text(content).split("\n")
            ).lstrip()
            parts.append(f"{step}. {body}")
        elif kind.endswith("Gallery"):
            parts.append(_gallery(block))
        else:
            text = html_text(content)
            if text:
                parts.append(text)
    return "\n\n".join(p for p in parts if p.strip())


def document_text(content: Any, sections: Sequence[Any]) -> str:
    """A document's body: its sections when it has any, else its content (HTML or blocks)."""
    if sections:
        return sections_text(sections)
    if isinstance(content, list):
        return sections_text(content)
    return html_text(content)
