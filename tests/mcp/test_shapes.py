"""What the tools hand out: document text from HTML and section blocks, and flat records."""

from __future__ import annotations

import datetime as dt

import pytest

from itglue_async import models
from itglue_async._model import SecretStr
from itglue_async.mcp._document import document_text, html_text, sections_text
from itglue_async.mcp._records import Records


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("", ""),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<p>a&nbsp;&amp;&lt;b&gt;</p>", "a &<b>"),
        ("<p>  lots   of\n   space </p>", "lots of space"),
        ("<h3>Title</h3><p>x</p>", "### Title\n\nx"),
        ("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c"),
        ("<ol><li>first</li><li>second</li></ol>", "1. first\n2. second"),
        (
            "<p>see <a href='https://x.example/p'>the page</a></p>",
            "see [the page](https://x.example/p)",
        ),
        (
            "<p><img src='https://i.example/a/b.png?sig=1'></p>",
            "![b.png](https://i.example/a/b.png?sig=1)",
        ),
        ("<p><img alt='diagram' src='/d.png'></p>", "![diagram](/d.png)"),
        (
            "<table><tr><th>Host</th><th>IP</th></tr><tr><td>fw</td><td>10.0.0.1</td></tr></table>",
            "Host | IP\nfw | 10.0.0.1",
        ),
        ("<pre>  keep\n    this</pre>", "  keep\n    this"),
        ("<p>line<br>break</p>", "line\nbreak"),
        ("<p><strong>bold</strong> <em>it</em> <code>x=1</code></p>", "**bold** *it* `x=1`"),
        ("plain text, no tags", "plain text, no tags"),
    ],
)
def test_html_becomes_readable_text(html: str, text: str) -> None:
    """Paragraphs, headings, lists, links, images, tables and code read as markdown-like text."""
    assert html_text(html) == text


def test_blocks_of_a_newer_document_are_read_like_sections() -> None:
    """A document whose content is a list of blocks (no sections listed) reads as its blocks."""
    content = [
        {"type": "Document::Heading", "content": "Top", "level": 9},
        {"type": "Document::Step", "content": "<p>do</p>"},
        {"resource-type": "Document::Step", "content": "<p>again</p>"},
        {"type": "Document::Gallery", "document_images": []},
    ]
    assert document_text(content, []) == "###### Top\n\n1. do\n\n2. again\n\n[image gallery]"


def test_sections_win_over_content() -> None:
    """When sections were listed, they are the body; the content is ignored."""
    sections = [models.DocumentSection(id=1, resource_type="Document::Text", content="<p>s</p>")]
    assert document_text("<p>old</p>", sections) == "s"
    assert sections_text([]) == ""


def test_records_are_flat_and_keep_what_the_spec_does_not_know() -> None:
    """id and type first, snake_case fields, unknown keys kept in snake_case, JSON values."""
    model = models.Configuration(
        id=5,
        wire_type="configurations",
        name="fw",
        created_at=dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC),
        extra={"psa-integration": "x", "@links": {"self": "/c/5"}},
        relationships={
            "configuration-interfaces": {"data": [{"type": "configuration-interfaces", "id": "7"}]}
        },
    )
    record = Records(lambda wire: None, secrets=False).one(model, "configurations")
    assert list(record)[:3] == ["id", "type", "archived"]
    assert record["id"] == 5 and record["type"] == "configurations" and record["name"] == "fw"
    # Timestamps stay datetimes here; every serializer on the way writes them as ISO text.
    assert record["created_at"] == dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    assert record["psa_integration"] == "x" and "@links" not in record and "links" not in record
    assert record["related"] == {"configuration_interfaces": [7]}
    trimmed = Records(lambda wire: None, secrets=False).one(model, "configurations", {"name"})
    assert trimmed == {"id": 5, "type": "configurations", "name": "fw"}


def test_secrets_are_left_out_unless_allowed() -> None:
    """A password's value is not in the record unless secrets are shown, then as plain text."""
    model = models.Password(id=1, wire_type="passwords", name="n", password=SecretStr("hunter2"))
    hidden = Records(lambda wire: "passwords", secrets=False).one(model)
    shown = Records(lambda wire: "passwords", secrets=True).one(model)
    assert "password" not in hidden and "hunter2" not in repr(hidden)
    assert shown["password"] == "hunter2" and shown["type"] == "passwords"


def test_attributes_named_id_or_type_are_renamed() -> None:
    """An attribute itself called id or type does not clash with the record's own."""
    model = models.RelatedItem(id=3, wire_type="related-items", extra={"type": "x", "id": "9"})
    record = Records(lambda wire: "related_items", secrets=False).one(model)
    assert record["id"] == 3 and record["type"] == "related_items"
    assert record["attribute_type"] == "x" and record["attribute_id"] == "9"
