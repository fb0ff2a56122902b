"""The package's layers: imports run one way and each wire format is spelled in one module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "itglue_async"
GENERATED = PACKAGE / "_generated"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every package module ``name`` imports, wherever the import sits (functions included)."""
    found: set[str] = set()
    base = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                module = ".".join(base[: len(base) - node.level + 1] + ([module] if module else []))
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    resolved = set()
    for target in found:
        while target and target not in MODULES:
            target = target.rpartition(".")[0]
        # A package importing its own submodules, or a module its parent package, is no cycle.
        inside = target.startswith(name + ".") or name.startswith(target + ".")
        if target and target != name and not inside:
            resolved.add(target)
    return resolved


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _reachable(start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for target in GRAPH[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_no_import_cycle() -> None:
    """No module of the package can reach itself through imports (local ones count too)."""
    cycles = sorted(name for name in GRAPH if name in _reachable(name))
    assert cycles == []


CORE = sorted(
    name
    for name in MODULES
    # The command line sits on top, as a user of the client and the fake does.
    if not name.startswith(("itglue_async._generated", "itglue_async.testing", "itglue_async.cli"))
    and name
    not in (
        "itglue_async",
        "itglue_async.models",
        "itglue_async.__main__",
        "itglue_async.bluetally",
        "itglue_async.bluetally.models",
    )
)


@pytest.mark.parametrize("name", CORE)
def test_core_never_imports_generated_code_or_the_fake(name: str) -> None:
    """The hand-written core reaches neither the generated package nor the fake nor codegen."""
    reached = _reachable(name)
    assert not [
        m for m in reached if m.startswith(("itglue_async._generated", "itglue_async.testing"))
    ]
    source = MODULES[name].read_text(encoding="utf-8")
    assert "import codegen" not in source and "from codegen" not in source


MARKERS = {
    "x-api-key": r"x-api-key",
    "page[number]": r"page\[number\]",
    "vnd.api+json": r"vnd\.api\+json",
    "filter[": r"[\"']filter\[",
    "total-pages": r"total-pages",
    "data envelope": r"[\"']data[\"']\s*[]:]",
    "included": r"[\"']included[\"']",
    "Bearer": r"Bearer",
}


@pytest.mark.parametrize("marker", MARKERS)
def test_each_wire_marker_lives_in_one_runtime_module(marker: str) -> None:
    """A wire key of a format is spelled in at most one hand-written runtime module."""
    spelled = [
        name
        for name, path in MODULES.items()
        # The command line and the agent tools sit on top, as users of the client do.
        if not name.startswith(
            (
                "itglue_async._generated",
                "itglue_async.testing",
                "itglue_async.cli",
                "itglue_async.mcp",
            )
        )
        and re.search(MARKERS[marker], path.read_text(encoding="utf-8"))
    ]
    assert len(spelled) <= 1, spelled


def test_generated_code_names_its_routes() -> None:
    """No generated module indexes ROUTES by position."""
    offenders = [
        p for p in GENERATED.rglob("*.py") if re.search(r"ROUTES\[\d+\]", p.read_text("utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize("kind", ["Route", "Param", "Attribute", "Body", "FilterDefault"])
def test_every_field_of_the_route_types_is_read_by_the_runtime(kind: str) -> None:
    """A route fact the generated tables carry is read somewhere in the hand-written package
    (the core, the fake, the command line or the agent tools); a field nothing reads is a
    question the schema should not leave open."""
    import attrs

    from itglue_async import _routes

    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for name, path in MODULES.items()
        if not name.startswith("itglue_async._generated") and name != "itglue_async._routes"
    )
    unread = [
        field.name
        for field in attrs.fields(getattr(_routes, kind))
        if not re.search(rf"\.{field.name}\b", sources)
    ]
    assert unread == []
