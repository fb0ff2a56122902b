"""Finding, reading, writing and validating the specs under ``spec/``.

``spec/NAME.yaml`` is a spec; ``spec/NAME.<part>.yaml`` files are its hand-kept inputs (the
``api`` block, the corrections).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from codegen.validate import validate_spec


def spec_files(directory: Path) -> list[Path]:
    """Every spec under ``directory``: ``NAME.yaml`` files, not their ``NAME.part.yaml`` inputs."""
    return sorted(p for p in directory.glob("*.yaml") if "." not in p.stem)


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def distill_file(
    command: str,
    reference: Path,
    api: Path,
    corrections: Path | None,
    additions: Path | None = None,
) -> dict[str, Any]:
    """Distil ``reference`` with its ``api`` block, corrections and additions, if any.

    ``command`` picks the reader: ``distill`` (IT Glue) or ``distill-bluetally``.
    """
    from codegen.additions import apply_additions

    if command == "distill-bluetally":
        from codegen.bluetally import distill
    else:
        from codegen.distill import distill

    text = reference.read_text(encoding="utf-8")
    fixes = []
    if corrections is not None and corrections.exists():
        fixes = read_yaml(corrections) or []
    spec = distill(text, read_yaml(api), fixes)
    if additions is not None and additions.exists():
        apply_additions(spec, read_yaml(additions) or {})
    validate_spec(spec)
    return spec


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_spec(spec: dict[str, Any], *, made_by: str, inputs: str) -> str:
    """The spec as YAML, byte-identical for identical input."""
    header = (
        f"# Distilled from {spec['source']} by `{made_by}`.\n"
        f"# Do not edit by hand: change the distiller or {inputs}.\n"
    )
    body = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    return header + body


def load_spec(path: Path) -> dict[str, Any]:
    """Load and validate a spec file; errors name the YAML path of the problem."""
    spec = read_yaml(path)
    validate_spec(spec)
    return spec  # type: ignore[no-any-return]
