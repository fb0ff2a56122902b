"""Reading JSON answers: orjson when installed (the ``speedups`` extra), else the standard library.

Both give the same Python values for what an API answers. Where orjson refuses a document
(NaN, Infinity), the standard library gets the last word, so installing the extra never
turns an answer the client could read into one it cannot. One difference remains: orjson
reads an integer past 64 bits as a float; no id, count or attribute of either API comes close.
"""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

orjson: ModuleType | None
try:
    import orjson
except ImportError:  # the speedups extra is not installed
    orjson = None


def loads(content: bytes) -> Any:
    """The JSON value of ``content``; raises ``ValueError`` when it is not JSON."""
    if orjson is not None:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
    return json.loads(content)


def fast() -> bool:
    """Whether orjson reads the answers."""
    return orjson is not None
