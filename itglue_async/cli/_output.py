"""Records on stdout as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from itglue_async._converter import secret_fields, unstructure
from itglue_async._model import BaseModel

FORMATS = ("table", "json", "jsonl", "csv")
MASK = "********"
_FIRST = ("name", "organization_name", "hostname", "username", "primary_ip", "resource_type")
_LAST = ("created_at", "updated_at")


def flat(model: BaseModel, *, show_secrets: bool = False) -> dict[str, Any]:
    """A record as one flat mapping: ``id``, its attributes by their spec names, unknown keys."""
    out: dict[str, Any] = {"id": model.id, **unstructure(model, str)}
    if not show_secrets:
        for name in secret_fields(type(model)):
            if out.get(name) is not None:
                out[name] = MASK
    return out


def write(rows: Sequence[dict[str, Any]], form: str, out: TextIO, *, single: bool = False) -> None:
    """Write ``rows`` to ``out`` in ``form`` (one of ``FORMATS``)."""
    if form == "json":
        payload: Any = rows[0] if single and rows else list(rows)
        out.write(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    elif form == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif form == "csv":
        columns = _columns(rows)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c), csv_form=True) for c in columns])
    else:
        _table(rows, out, single=single)


def _columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key)
    return list(seen)


def _cell(value: Any, *, csv_form: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    text = str(value)
    return text if csv_form else text.replace("\n", " ")


def _table(rows: Sequence[dict[str, Any]], out: TextIO, *, single: bool) -> None:
    if single and rows:
        pairs = [(k, _cell(v)) for k, v in rows[0].items()]
        _render(["field", "value"], [list(p) for p in pairs], out)
        return
    columns = _table_columns(rows)
    _render(columns, [[_cell(r.get(c)) for c in columns] for r in rows], out)


def _table_columns(rows: Sequence[dict[str, Any]], most: int = 6) -> list[str]:
    """``id``, then the telling scalar columns that hold something, at most ``most``."""
    filled = [
        c
        for c in _columns(rows)
        if c != "id"
        and any(r.get(c) not in (None, "") for r in rows)
        and all(not isinstance(r.get(c), (dict, list)) for r in rows)
    ]
    ordered = [c for c in _FIRST if c in filled]
    rest = [c for c in filled if c not in _FIRST and c not in _LAST]
    ordered += [c for c in rest if not c.endswith("_id")]  # names read better than ids
    ordered += [c for c in rest if c.endswith("_id")]
    ordered += [c for c in _LAST if c in filled]
    return ["id", *ordered[: most - 1]]


def _render(header: list[str], body: list[list[str]], out: TextIO) -> None:
    if not out.isatty():  # piped or redirected: plain columns that grep and cut can read
        _plain_table(header, body, out)
        return
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        _plain_table(header, body, out)
        return
    table = Table(*header, show_lines=False)
    for row in body:
        table.add_row(*row)
    Console(file=out, soft_wrap=False).print(table)


def _plain_table(header: list[str], body: list[list[str]], out: TextIO, width: int = 40) -> None:
    cut = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in [header, *body]]
    sizes = [max(len(row[i]) for row in cut) for i in range(len(header))]
    for number, row in enumerate(cut):
        out.write("  ".join(c.ljust(s) for c, s in zip(row, sizes, strict=True)).rstrip() + "\n")
        if number == 0:
            out.write("  ".join("-" * s for s in sizes) + "\n")
