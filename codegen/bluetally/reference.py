"""Reading the BlueTally reference: its plain-text layout, route by route.

The reference is a crawl of a guide page. After the prose introduction, each resource starts
with a heading line ("Accessories") directly followed by its first route's title line
("Returns all accessories"); each route is that title, a ``GET '/accessories' - summary``
line, a "Parameters" line and one bullet per parameter::

      • purchase_date
        (String) Exact search for purchase date. Format: '2022-12-01'

A route's title directly follows the previous route's last parameter, so a heading is the
unindented line right above a title that itself sits right above nothing indented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ROUTE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) '(/[^']*)' - (.*?)\s*$")
BULLET = re.compile(r"^\s+•\s+(\S+)\s*$")
TYPE_LINE = re.compile(
    r"^\s+\((?P<type>[A-Za-z]+)(?P<required>,\s*required)?\)\s*(?P<text>.*?)\s*$"
)


@dataclass
class Bullet:
    """One parameter bullet: its name, documented type, whether required, and its text."""

    name: str
    type: str
    required: bool
    text: str


@dataclass
class RouteText:
    """One route of the reference, as written."""

    heading: str  # the resource heading the route sits under
    title: str
    method: str
    path: str
    summary: str
    bullets: list[Bullet] = field(default_factory=list)


def _plain(line: str) -> bool:
    return bool(line.strip()) and not line[:1].isspace()


def read(text: str) -> tuple[str, list[RouteText]]:
    """The introduction's prose and every route, in the reference's order."""
    lines = text.replace("\xa0", " ").splitlines()
    routes: list[RouteText] = []
    first_route = next(i for i, line in enumerate(lines) if ROUTE.match(line))
    heading = ""
    intro_end = first_route
    for index, line in enumerate(lines):
        match = ROUTE.match(line)
        if not match:
            continue
        title_at = _previous_plain(lines, index)
        title = lines[title_at].strip()
        above = title_at - 1
        if above >= 0 and _plain(lines[above]) and not ROUTE.match(lines[above]):
            heading = lines[above].strip()
            if not routes:
                intro_end = above
        method, path, summary = match.groups()
        routes.append(RouteText(heading, title, method, path, summary.rstrip(".")))
        routes[-1].bullets = _bullets(lines, index + 1)
    intro = "\n".join(lines[:intro_end]).strip()
    return intro, routes


def _previous_plain(lines: list[str], index: int) -> int:
    at = index - 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    if at < 0 or not _plain(lines[at]):
        raise ValueError(f"line {index + 1}: a route line without a title above it")
    return at


def _bullets(lines: list[str], start: int) -> list[Bullet]:
    out: list[Bullet] = []
    at = start
    while at < len(lines) and not ROUTE.match(lines[at]):
        match = BULLET.match(lines[at])
        if match:
            detail = TYPE_LINE.match(lines[at + 1]) if at + 1 < len(lines) else None
            if detail is None:
                raise ValueError(f"line {at + 2}: parameter {match.group(1)!r} has no (Type) line")
            out.append(
                Bullet(
                    name=match.group(1),
                    type=detail.group("type"),
                    required=bool(detail.group("required")),
                    text=detail.group("text"),
                )
            )
            at += 2
            continue
        if _plain(lines[at]) and out:
            break  # the next route's title
        at += 1
    return out
