"""Run the benchmarks and print one table of ratios; ``--write-readme`` puts it in the README.

Usage: ``python -m tests.bench [--quick] [--write-readme]``. ``--quick`` runs every scenario at
a small scale (a smoke run whose figures mean little).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import sys
from pathlib import Path

from tests.bench.scenarios import (
    Row,
    Scale,
    bulk_memory,
    bulk_update,
    decode,
    mcp_listing,
    model_memory,
    pagination,
    rate_limit_efficiency,
    shared_limiter,
    small_gets,
    streaming_memory,
)

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

QUICK = Scale(
    window_requests=30,
    window_seconds=0.5,
    decode_records=100,
    pages=6,
    page_latency=0.01,
    stream_records=3000,
    bulk_records=200,
    bulk_chunk=5,
    small_gets=50,
    bulk_memory_items=2000,
    shared_requests=20,
    shared_seconds=0.5,
    shared_each=40,
)


async def run(scale: Scale, progress: bool = True) -> list[Row]:
    rows: list[Row] = []
    steps = (
        ("rate-limit efficiency", rate_limit_efficiency(scale)),
        ("decode", decode(scale)),
        ("pagination", pagination(scale)),
        ("small GETs", small_gets(scale)),
        ("streaming memory", streaming_memory(scale)),
        ("model memory", model_memory(scale)),
        ("bulk memory", bulk_memory(scale)),
        ("bulk update", bulk_update(scale)),
        ("shared limiter", shared_limiter(scale)),
        ("agent tools", mcp_listing(scale)),
    )
    for name, step in steps:
        if progress:
            print(f"running: {name}", file=sys.stderr)
        rows.extend(await step)
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| scenario | measure | figure | note |", "|---|---|---|---|"]
    lines += [f"| {r.scenario} | {r.measure} | {r.figure} | {r.note} |" for r in rows]
    return "\n".join(lines)


def stamp() -> str:
    return (
        f"Measured {dt.date.today().isoformat()} by `python -m tests.bench` (what `nox -s bench` runs) on Python "
        f"{platform.python_version()}, {os.cpu_count()} cores ({platform.system()})."
    )


def write_readme(text: str, path: Path = README) -> None:
    readme = path.read_text(encoding="utf-8")
    if START not in readme or END not in readme:
        raise SystemExit(f"{path} has no {START} ... {END} section to replace.")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small scale, for a smoke run")
    parser.add_argument(
        "--write-readme", action="store_true", help="replace the README's benchmark table"
    )
    args = parser.parse_args(argv)
    rows = asyncio.run(run(QUICK if args.quick else Scale()))
    text = f"{stamp()}\n\n{table(rows)}"
    print(text)
    if args.write_readme:
        if args.quick:
            print("--quick figures are not written to the README.", file=sys.stderr)
            return 2
        write_readme(text)
        print(f"wrote {README}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
