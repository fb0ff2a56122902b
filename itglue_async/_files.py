"""Turning a file argument into the documented base64 attachment attributes."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any, TypeAlias

from itglue_async._errors import RequestValidationError

FileInput: TypeAlias = Path | bytes | tuple[str, bytes]
DEFAULT_FILE_NAME = "file"


def one_file(attribute: str, file: Any, file_name: str | None) -> dict[str, Any]:
    """The body attribute for one file: ``{attribute: {"content": ..., "file_name": ...}}``."""
    if isinstance(file, Path):
        name, content = file.name, file.read_bytes()
    elif isinstance(file, (bytes, bytearray)):
        name, content = file_name or DEFAULT_FILE_NAME, bytes(file)
    elif (
        isinstance(file, tuple)
        and len(file) == 2
        and isinstance(file[0], str)
        and isinstance(file[1], (bytes, bytearray))
    ):
        name, content = file[0], bytes(file[1])
    else:
        raise RequestValidationError(
            f"file must be a pathlib.Path, bytes or a (name, bytes) pair, got {type(file).__name__}.",
            parameter="file",
        )
    # Strict base64: no line breaks, as the API requires.
    encoded = base64.b64encode(content).decode("ascii")
    return {attribute: {"content": encoded, "file_name": name}}


def file_attributes(
    attribute: str, file: FileInput | list[FileInput], file_name: str | None
) -> dict[str, Any] | list[dict[str, Any]]:
    """The body attributes for one file, or a list of them for several."""
    if isinstance(file, list):
        return [one_file(attribute, item, file_name) for item in file]
    return one_file(attribute, file, file_name)
