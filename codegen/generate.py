"""Render a spec's generated package with the Jinja templates, then ruff.

The spec's ``api.package`` names the package (``itglue_async._generated.itglue``); its parent
(``itglue_async._generated``) holds one subpackage per spec. All iteration is sorted or follows
the spec's own order, so the same spec renders to the same bytes. ``write_or_check`` compares
against the committed tree without writing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2

from codegen.context import Context, build
from codegen.spec_io import load_spec

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).parent / "templates"


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    env.filters["doc"] = _doc
    env.filters["hang"] = _hang
    return env


def _hang(text: str, indent: int, width: int = 96) -> str:
    """One docstring entry, wrapped, its continuation lines indented one step further."""
    pad = " " * indent
    return textwrap.fill(
        " ".join(text.split()), width=width, initial_indent=pad, subsequent_indent=pad + "    "
    )


def _doc(text: str, indent: int = 8, width: int = 96) -> str:
    """Docstring-safe, wrapped text."""
    text = text.replace("\\", "\\\\").replace('"""', "'''").strip()
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    pad = " " * indent
    out = []
    for para in paragraphs:
        out.append(
            textwrap.fill(
                " ".join(para.split()),
                width=width - indent,
                initial_indent=pad,
                subsequent_indent=pad,
            )
        )
    return "\n\n".join(out)


def package_dir(context: Context, root: Path = ROOT) -> Path:
    """Where the spec's package lives on disk."""
    return root.joinpath(*context.api.package.split("."))


def render(spec_path: Path, *, root: Path = ROOT) -> tuple[Context, dict[str, str]]:
    """A spec's context and its generated files, keyed by path relative to ``root``."""
    spec = load_spec(spec_path)
    try:
        shown = PurePosixPath(spec_path.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        shown = PurePosixPath(spec_path.name)
    context = build(spec, shown)
    env = _env()
    values: dict[str, Any] = {
        "header": context.header,
        "api": context.api,
        "tables": context.tables,
        "routes": context.routes,
        "resources": context.resources,
        "models": context.models,
        "model_names": context.model_names,
    }
    package = PurePosixPath(*context.api.package.split("."))
    files = {
        str(package.parent / "__init__.py"): "root_init.py.j2",
        str(package / "__init__.py"): "package_init.py.j2",
        str(package / "api.py"): "api.py.j2",
        str(package / "routes.py"): "routes.py.j2",
        str(package / "models.py"): "models.py.j2",
        str(package / "client.py"): "client.py.j2",
        str(package / "resources" / "__init__.py"): "resources_init.py.j2",
    }
    rendered = {rel: env.get_template(name).render(**values) for rel, name in files.items()}
    for resource in context.resources:
        rel = str(package / "resources" / f"{resource.name}.py")
        rendered[rel] = env.get_template("resource.py.j2").render(resource=resource, **values)
    return context, _ruff(rendered)


def _ruff(files: dict[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for rel, text in files.items():
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        base = [sys.executable, "-m", "ruff"]
        config = ["--config", str(ROOT / "pyproject.toml")]
        subprocess.run(
            [*base, "check", "--fix-only", "--quiet", "--select", "I,F401,UP", *config, str(out)],
            check=True,
            cwd=ROOT,
        )
        subprocess.run([*base, "format", "--quiet", *config, str(out)], check=True, cwd=ROOT)
        return {rel: (out / rel).read_text(encoding="utf-8") for rel in sorted(files)}


def write_or_check(files: dict[str, str], root: Path, owned: Path, *, check: bool) -> list[str]:
    """Write ``files`` under ``root``, removing stale files under ``owned``, or list the drift."""
    existing = (
        {p.relative_to(root).as_posix() for p in owned.rglob("*.py")} if owned.exists() else set()
    )
    drift = []
    for rel, text in files.items():
        path = root / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            drift.append(f"{'changed' if current is not None else 'missing'}: {rel}")
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for rel in sorted(existing - set(files)):
        drift.append(f"stale: {rel}")
        if not check:
            (root / rel).unlink()
    return drift
