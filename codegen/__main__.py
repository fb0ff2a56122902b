"""Command line of the generator.

``python -m codegen [--check]`` renders every spec under ``spec/`` and ``api.md`` (the method
and model reference of them all); ``--spec spec/NAME.yaml`` renders one. ``python -m codegen distill REFERENCE [--check]`` distils the IT Glue reference
into ``spec/itglue.yaml``, ``distill-bluetally REFERENCE`` the BlueTally one into
``spec/bluetally.yaml``. ``--check`` writes nothing and fails on drift.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "spec"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail on drift, write nothing")
    parser.add_argument(
        "--spec", type=Path, action="append", help="render this spec (default: every spec)"
    )
    sub = parser.add_subparsers(dest="command")
    for command, name, what in (
        ("distill", "itglue", "the IT Glue reference (markdown)"),
        ("distill-bluetally", "bluetally", "the BlueTally reference (plain text)"),
    ):
        distill = sub.add_parser(command, help=f"distil {what} into spec/{name}.yaml")
        distill.add_argument("reference", type=Path)
        distill.add_argument("--check", action="store_true", help="fail on drift, write nothing")
        distill.add_argument("--output", type=Path, default=SPECS / f"{name}.yaml")
    args = parser.parse_args(argv)
    try:
        import itglue_async  # noqa: F401  (specs are loaded into the package's own route types)
    except ModuleNotFoundError as exc:
        print(
            f"python -m codegen needs the package and its dependencies ({exc.name} is missing): "
            'python -m pip install -e ".[codegen]"',
            file=sys.stderr,
        )
        return 2
    if args.command in ("distill", "distill-bluetally"):
        return _distill(args.command, args.reference, args.output, args.check)
    return _generate(args.spec, args.check)


def _write_or_check(text: str, output: Path, check: bool, what: str) -> int:
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} differs from what {what} distils to; run without --check.")
            return 1
        print(f"{output} is up to date.")
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


def _distill(command: str, reference: Path, output: Path, check: bool) -> int:
    from codegen.spec_io import distill_file, dump_spec

    stem = output.name.removesuffix(".yaml")
    api = output.with_name(f"{stem}.api.yaml")
    corrections = output.with_name(f"{stem}.corrections.yaml")
    additions = output.with_name(f"{stem}.additions.yaml")
    spec = distill_file(command, reference, api, corrections, additions)
    inputs = [api, corrections] + ([additions] if additions.exists() else [])
    text = dump_spec(
        spec,
        made_by=f"python -m codegen {command}",
        inputs=", ".join(f"spec/{p.name}" for p in inputs),
    )
    return _write_or_check(text, output, check, "the reference")


def _generate(specs: list[Path] | None, check: bool, *, api_md: Path = ROOT / "api.md") -> int:
    from codegen.apidoc import api_markdown
    from codegen.generate import package_dir, render, write_or_check
    from codegen.spec_io import spec_files

    status = 0
    every = specs is None
    rendered = []
    for spec in specs or spec_files(SPECS):
        context, files = render(spec)
        rendered.append((context, files))
        owned = package_dir(context)
        drift = write_or_check(files, ROOT, owned, check=check)
        where = owned.relative_to(ROOT)
        if check and drift:
            print(f"{where} differs from {spec.name}; run `python -m codegen`:")
            for line in drift:
                print(f"  {line}")
            status = 1
        elif check:
            print(f"{where} is up to date with {spec.name}.")
        else:
            print(f"{spec.name}: {len(drift)} of {len(files)} files written under {where}")
    if every:
        # api.md covers every spec, so only a run over all of them writes or checks it.
        text = api_markdown(sorted(rendered, key=lambda pair: -len(pair[0].routes)))
        if _write_or_check(text, api_md, check, "the specs") != 0:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
