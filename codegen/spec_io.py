"""Reading, writing and validating ``spec/itglue.yaml``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen.distill import distill
from codegen.validate import validate_spec


def distill_file(reference: Path, corrections: Path | None) -> dict[str, Any]:
    """Distil ``reference`` and apply the corrections file, if any."""
    text = reference.read_text(encoding="utf-8")
    fixes = []
    if corrections is not None and corrections.exists():
        fixes = yaml.safe_load(corrections.read_text(encoding="utf-8")) or []
    spec = distill(text, fixes)
    validate_spec(spec)
    return spec


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_spec(spec: dict[str, Any]) -> str:
    """The spec as YAML, byte-identical for identical input."""
    header = (
        "# Distilled from the IT Glue developer reference by `python -m codegen distill`.\n"
        "# Do not edit by hand: change the distiller or spec/corrections.yaml.\n"
    )
    body = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return header + body


def load_spec(path: Path) -> dict[str, Any]:
    """Load and validate a spec file; errors name the YAML path of the problem."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    validate_spec(spec)
    return spec  # type: ignore[no-any-return]
