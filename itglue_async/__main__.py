"""``python -m itglue_async``: the command line (``backup``, ``list``, ``get``, ``demo``)."""

from __future__ import annotations

import sys

from itglue_async.cli import main

if __name__ == "__main__":
    sys.exit(main())
