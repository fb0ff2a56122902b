"""Render ``itglue_async/_generated/`` from the spec with the Jinja templates, then ruff.

All iteration is sorted or follows the spec's own order, so the same spec renders to the same
bytes. ``write_or_check`` compares against the committed tree without writing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from codegen.naming import identifier, pascal
from codegen.spec_io import load_spec

TEMPLATES = Path(__file__).parent / "templates"
GENERATOR = "codegen/generate.py"

PY_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "object": "dict[str, Any]",
    "array": "list[Any]",
    "any": "Any",
    "file": "dict[str, Any]",
}
INPUT_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "date": "str | datetime.date",
    "datetime": "str | datetime.datetime",
    "object": "Mapping[str, Any]",
    "array": "Sequence[Any]",
    "any": "Any",
    "file": "Mapping[str, Any]",
}
VERB_ORDER = ["list", "get", "create", "update", "delete", "bulk_update", "bulk_destroy"]


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
    return env


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


def _param_expr(entry: dict[str, Any], *, with_required: bool = True) -> str:
    args = [repr(entry["type"])]
    if entry.get("enum"):
        args.append(f"enum={tuple(entry['enum'])!r}")
    if with_required and entry.get("required"):
        args.append("required=True")
    if entry.get("list"):
        args.append("list=True")
    if entry.get("format"):
        args.append(f"format={entry['format']!r}")
    if entry.get("requires"):
        args.append(f"requires={entry['requires']!r}")
    return f"Param({', '.join(args)})"


def _attribute_expr(entry: dict[str, Any]) -> str:
    args = [repr(entry["type"])]
    for key in (
        "required",
        "nullable",
        "required_unless_nested",
        "required_for_bulk",
        "replaced_on_update",
    ):
        if entry.get(key):
            args.append(f"{key}=True")
    if entry.get("enum"):
        args.append(f"enum={tuple(entry['enum'])!r}")
    if entry.get("items"):
        args.append(f"items={entry['items']!r}")
    if entry.get("not_permitted"):
        args.append(f"not_permitted={tuple(entry['not_permitted'])!r}")
    for key in ("location", "relationship", "item_type"):
        if entry.get(key) and not (key == "location" and entry[key] == "attributes"):
            args.append(f"{key}={entry[key]!r}")
    if entry.get("properties"):
        inner = ", ".join(
            f"{name!r}: {_attribute_expr(sub)}" for name, sub in sorted(entry["properties"].items())
        )
        args.append(f"properties={{{inner}}}")
    return f"Attribute({', '.join(args)})"


def _route_expr(route: dict[str, Any]) -> str:
    parts = [
        f"method={route['method']!r}",
        f"path={route['path']!r}",
        f"resource={route['resource']!r}",
        f"operation={route['operation']!r}",
        f"summary={route['summary']!r}",
    ]
    if route["parent"]:
        parts.append(f"parent={route['parent']!r}")
    if route["polymorphic"]:
        parts.append("polymorphic=True")
    if route["path_params"]:
        inner = ", ".join(f"{k!r}: {_param_expr(v)}" for k, v in route["path_params"].items())
        parts.append(f"path_params={{{inner}}}")
    if route["filters"]:
        inner = ", ".join(f"{k!r}: {_param_expr(v)}" for k, v in sorted(route["filters"].items()))
        parts.append(f"filters={{{inner}}}")
    if route["sorts"]:
        parts.append(f"sorts={tuple(route['sorts'])!r}")
    if route["includes"]:
        parts.append(f"includes={tuple(route['includes'])!r}")
    if route["query_params"]:
        inner = ", ".join(
            f"{k!r}: {_param_expr(v)}" for k, v in sorted(route["query_params"].items())
        )
        parts.append(f"query_params={{{inner}}}")
    if "page" in route:
        parts.append("paginated=True")
        if route["page"].get("max_number"):
            parts.append(f"page_max_number={route['page']['max_number']}")
    body = route.get("body")
    if body:
        attrs = ", ".join(
            f"{k!r}: {_attribute_expr(v)}" for k, v in sorted(body["attributes"].items())
        )
        body_args = [f"kind={body['kind']!r}", f"type={body['type']!r}", f"attributes={{{attrs}}}"]
        if body.get("array_create"):
            body_args.append("array_create=True")
        if body.get("exclusive_with_filter"):
            body_args.append("exclusive_with_filter=True")
        parts.append(f"body=Body({', '.join(body_args)})")
    if route["errors"]:
        parts.append(f"errors={dict(route['errors'])!r}")
    return f"Route({', '.join(parts)})"


def _filter_type(entry: dict[str, Any]) -> str:
    if entry.get("format") in ("date_range", "range"):
        return "str | tuple[Any, Any]"
    if entry.get("enum"):
        base = "Literal[" + ", ".join(repr(v) for v in entry["enum"]) + "]"
    else:
        base = INPUT_TYPES[entry["type"]]
    if entry.get("list"):
        return f"{base} | Sequence[{base}]"
    return base


def _typeddict_fields(attributes: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for name, entry in sorted(attributes.items()):
        if entry.get("enum"):
            kind = "Literal[" + ", ".join(repr(v) for v in entry["enum"]) + "]"
        else:
            kind = INPUT_TYPES[entry["type"]]
        if entry.get("type") == "array" and entry.get("properties"):
            kind = "Sequence[Mapping[str, Any]]"
        if entry.get("nullable"):
            kind += " | None"
        out.append((name, kind))
    return out


def _context(spec: dict[str, Any]) -> dict[str, Any]:
    routes = spec["routes"]
    indexed = list(enumerate(routes))
    resources = []
    for name in sorted(spec["resources"]):
        resource = spec["resources"][name]
        own = [(i, r) for i, r in indexed if r["resource"] == name]
        ops = []
        for verb in VERB_ORDER:
            variants = [(i, r) for i, r in own if r["operation"] == verb]
            if variants:
                ops.append(_operation(name, resource, verb, variants))
        _share_aliases(ops)
        _merge_helpers(ops, own)
        polymorphic = [op for op in ops if op["polymorphic"]]
        if len({op["resource_type_literal"] for op in polymorphic}) > 1:
            raise ValueError(f"{name}: polymorphic routes document different resource_type values")
        resources.append(
            {
                "name": name,
                "class": pascal(name),
                "model": resource["model"],
                "title": resource["title"],
                "description": resource["description"].split("\n\n")[0],
                "ops": ops,
                "first_polymorphic": polymorphic[0]["verb"] if polymorphic else None,
            }
        )
    models = []
    for name in sorted(spec["resources"]):
        resource = spec["resources"][name]
        fields = []
        for attr, entry in resource["attributes"].items():
            if attr == "id":
                continue
            secret = bool(entry.get("secret"))
            kind = "SecretStr" if secret else PY_TYPES[entry["type"]]
            fields.append({"name": identifier(attr), "wire": attr, "type": kind, "secret": secret})
        requests = []
        for verb in ("create", "update"):
            bodies = [
                r["body"]
                for r in routes
                if r["resource"] == name and r["operation"] == verb and r.get("body")
            ]
            if bodies:
                attrs = bodies[0]["attributes"]
                requests.append(
                    {
                        "class": f"{resource['model']}{pascal(verb)}",
                        "dict": f"{resource['model']}{pascal(verb)}Dict",
                        "verb": verb,
                        "fields": _typeddict_fields(attrs),
                    }
                )
        models.append(
            {
                "name": resource["model"],
                "type": resource["type"],
                "resource": name,
                "description": resource["description"].split("\n\n")[0],
                "fields": fields,
                "requests": requests,
                "relationships": resource["relationships"],
            }
        )
    update_requests = [r["class"] for m in models for r in m["requests"] if r["verb"] == "update"]
    model_names = sorted(
        [m["name"] for m in models]
        + [name for m in models for r in m["requests"] for name in (r["class"], r["dict"])]
    )
    return {
        "model_names": model_names,
        "update_requests": update_requests,
        "spec": spec,
        "api": spec["api"],
        "routes": [(i, r, _route_expr(r)) for i, r in indexed],
        "resources": resources,
        "models": models,
        "header": f"# Generated from spec/itglue.yaml by {GENERATOR}. Do not edit; run `python -m codegen`.",
    }


def _merge_helpers(ops: list[dict[str, Any]], own: list[tuple[int, dict[str, Any]]]) -> None:
    """Attach ``merge_<field>`` helpers to the update of fields a PATCH replaces whole.

    Such a field (flexible asset ``traits``) loses every key a PATCH leaves out, so the helper
    reads the record first; it needs a top-level get and update route.
    """
    get = [
        i for i, r in own if r["operation"] == "get" and not r["parent"] and not r["polymorphic"]
    ]
    for op in ops:
        op["merges"] = []
        if op["verb"] != "update" or op["top"] is None or not get:
            continue
        route = own[[i for i, _ in own].index(op["top"])][1]
        for name, entry in sorted(route["body"]["attributes"].items()):
            if entry.get("replaced_on_update"):
                op["merges"].append((identifier(name), name, get[0], op["top"]))


def _share_aliases(ops: list[dict[str, Any]]) -> None:
    """Operations of one resource with identical filters, sorts or includes share one alias.

    The first operation that needs an alias defines it; later ones reuse its name, so a
    resource whose list, bulk update and bulk destroy take the same filters has one TypedDict.
    """
    for kind, key in (("filter", "filter_signature"), ("sort", "sorts"), ("include", "includes")):
        defined: dict[str, dict[str, Any]] = {}
        for op in ops:
            owner = defined.setdefault(repr(op[key]), op)
            op[f"emit_{kind}"] = owner is op
            op[f"{kind}_type"] = owner[f"{kind}_type"]
            owner.setdefault(f"{kind}_verbs", []).append(op["verb"])


def _operation(
    name: str, resource: dict[str, Any], verb: str, variants: list[tuple[int, dict[str, Any]]]
) -> dict[str, Any]:
    top = [(i, r) for i, r in variants if not r["parent"]]
    nested = [(i, r) for i, r in variants if r["parent"]]
    first = (top or nested)[0][1]
    prefix = f"{pascal(name)}{pascal(verb)}"
    polymorphic = first["polymorphic"]
    body = first.get("body") or {}
    file_attr = None
    if verb == "create" and body:
        files = [k for k, v in body["attributes"].items() if v["type"] == "file"]
        if len(files) == 1 and len(body["attributes"]) == 1:
            file_attr = files[0]
    filters: dict[str, dict[str, Any]] = {}
    groups: dict[str, dict[str, Any]] = {}
    for key, entry in sorted(first["filters"].items()):
        if "." in key:
            group, sub = key.split(".", 1)
            groups.setdefault(group, {})[sub] = entry
        else:
            filters[key] = entry
    resource_types = first["path_params"].get("resource_type", {}).get("enum", [])
    extra = ""
    if polymorphic:
        extra += ', "resource_type": resource_type, "resource_id": resource_id'
    if verb in ("get", "update", "delete"):
        extra += ', "id": id'
    lines = ["route: Route", "path: dict[str, Any]"]
    for n, (index, route) in enumerate(nested):
        keyword = "if" if n == 0 else "elif"
        lines.append(f"{keyword} {route['parent']} is not None:")
        lines.append(
            f"    route, path = ROUTES[{index}], {{{route['parent']!r}: {route['parent']}{extra}}}"
        )
    if top:
        values = "{" + extra.removeprefix(", ") + "}"
        if nested:
            lines.append("else:")
            lines.append(f"    route, path = ROUTES[{top[0][0]}], {values}")
        else:
            lines.append(f"route, path = ROUTES[{top[0][0]}], {values}")
    else:
        lines.append("else:")
        lines.append(
            f"    raise TypeError({nested[0][1]['parent'] + ' is required for this call.'!r})"
        )
    select = textwrap.indent("\n".join(lines), " " * 8)
    return {
        "select": select,
        "verb": verb,
        "top": top[0][0] if top else None,
        "nested": [(i, r["parent"]) for i, r in nested],
        "parent_required": not top,
        "polymorphic": polymorphic,
        "resource_type_literal": "Literal[" + ", ".join(repr(v) for v in resource_types) + "]"
        if resource_types
        else "str",
        "summary": first["summary"],
        "description": first["description"],
        "filters": [
            (identifier(k) if False else k, _filter_type(v), v.get("required", False))
            for k, v in filters.items()
        ],
        "filter_groups": [
            (g, [(k, _filter_type(v)) for k, v in sorted(subs.items())])
            for g, subs in sorted(groups.items())
        ],
        "filter_required": any(v.get("required") for v in first["filters"].values()),
        "filter_type": f"{prefix}Filter",
        "filter_signature": repr(sorted(first["filters"].items())),
        "sort_type": f"{prefix}Sort",
        "include_type": f"{prefix}Include",
        "sorts": [s for f in first["sorts"] for s in (f, "-" + f)],
        "includes": first["includes"],
        "query_params": [
            (
                k,
                INPUT_TYPES[v["type"]]
                if not v.get("enum")
                else "Literal[" + ", ".join(repr(e) for e in v["enum"]) + "]",
                v.get("description", ""),
            )
            for k, v in sorted(first["query_params"].items())
        ],
        "array_create": any((r.get("body") or {}).get("array_create") for _, r in variants),
        "file_attr": file_attr,
        "model": resource["model"],
        "request": f"{resource['model']}{pascal(verb)}" if verb in ("create", "update") else None,
        "can_filter": bool(first["filters"]),
    }


def render_all(spec_path: Path) -> dict[str, str]:
    """Every generated file's relative path and formatted text."""
    spec = load_spec(spec_path)
    context = _context(spec)
    env = _env()
    files: dict[str, str] = {
        "__init__.py": env.get_template("package_init.py.j2").render(**context),
        "routes.py": env.get_template("routes.py.j2").render(**context),
        "models.py": env.get_template("models.py.j2").render(**context),
        "client.py": env.get_template("client.py.j2").render(**context),
        "resources/__init__.py": env.get_template("resources_init.py.j2").render(**context),
    }
    for resource in context["resources"]:
        files[f"resources/{resource['name']}.py"] = env.get_template("resource.py.j2").render(
            resource=resource, **context
        )
    return _ruff(files)


def _ruff(files: dict[str, str]) -> dict[str, str]:
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "_generated"
        for rel, text in files.items():
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        base = [sys.executable, "-m", "ruff"]
        config = ["--config", str(root / "pyproject.toml")]
        subprocess.run(
            [*base, "check", "--fix-only", "--quiet", "--select", "I,F401,UP", *config, str(out)],
            check=True,
            cwd=root,
        )
        subprocess.run([*base, "format", "--quiet", *config, str(out)], check=True, cwd=root)
        return {rel: (out / rel).read_text(encoding="utf-8") for rel in sorted(files)}


def write_or_check(files: dict[str, str], output: Path, *, check: bool) -> list[str]:
    """Write ``files`` under ``output`` (removing stale ones) or list the drift."""
    existing = (
        {p.relative_to(output).as_posix() for p in output.rglob("*.py")}
        if output.exists()
        else set()
    )
    drift = []
    for rel, text in files.items():
        path = output / rel
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            drift.append(f"{'changed' if current is not None else 'missing'}: {rel}")
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for rel in sorted(existing - set(files)):
        drift.append(f"stale: {rel}")
        if not check:
            (output / rel).unlink()
    return drift
