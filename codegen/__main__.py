"""Command line: ``python -m codegen [--check]`` and ``python -m codegen distill REF [--check]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "itglue.yaml"
CORRECTIONS = ROOT / "spec" / "corrections.yaml"
OUTPUT = ROOT / "itglue_async" / "_generated"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail on drift, write nothing")
    sub = parser.add_subparsers(dest="command")
    distill = sub.add_parser("distill", help="distil the reference into spec/itglue.yaml")
    distill.add_argument("reference", type=Path)
    distill.add_argument("--check", action="store_true", help="fail on drift, write nothing")
    distill.add_argument("--output", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    if args.command == "distill":
        return _distill(args.reference, args.output, args.check)
    return _generate(args.check)


def _distill(reference: Path, output: Path, check: bool) -> int:
    from codegen.spec_io import distill_file, dump_spec

    text = dump_spec(distill_file(reference, CORRECTIONS))
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} differs from what the reference distils to; run without --check.")
            return 1
        print(f"{output} is up to date.")
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


def _generate(check: bool) -> int:
    from codegen.generate import render_all, write_or_check

    files = render_all(SPEC)
    drift = write_or_check(files, OUTPUT, check=check)
    if check:
        if drift:
            print("generated code differs from the spec; run `python -m codegen`:")
            for line in drift:
                print(f"  {line}")
            return 1
        print(f"{OUTPUT.relative_to(ROOT)} is up to date.")
        return 0
    print(f"wrote {len(files)} files to {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
