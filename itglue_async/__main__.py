"""``python -m itglue_async demo``: the README's main job, against the bundled fake IT Glue."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["demo"]:
        print("usage: python -m itglue_async demo", file=sys.stderr)
        return 2
    from itglue_async.testing._demo import main as demo

    return demo(args[1:])


if __name__ == "__main__":
    sys.exit(main())
