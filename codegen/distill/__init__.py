"""Distil the IT Glue developer reference (markdown) into ``spec/itglue.yaml``.

``reference`` reads the crawl's structure, ``params`` turns every Params row into a filter,
sort, include, page, path, query or body entry (``bodies`` shapes the body), and ``inference``
infers response attribute types from the example bodies. The API block comes from the
hand-kept ``spec/itglue.api.yaml``; the hand-kept corrections apply last.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen._text import clean
from codegen.corrections import apply_corrections
from codegen.distill.inference import resource_entry
from codegen.distill.params import routes_of_block
from codegen.distill.reference import resource_index, sections
from codegen.naming import snake

SOURCE = "IT Glue developer API reference (https://api.itglue.com/developer)"


def distill(
    text: str, api: dict[str, Any], corrections: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """Return the spec (as plain data) for the reference ``text`` and the ``api`` block."""
    lines = clean(text).splitlines()
    index = resource_index(lines)
    resources: dict[str, Any] = {}
    routes: list[dict[str, Any]] = []
    for title, (description, blocks) in sections(lines, set(index)).items():
        name = snake(title)
        resource_routes: list[dict[str, Any]] = []
        for block in blocks:
            resource_routes.extend(routes_of_block(name, block))
        resources[name] = resource_entry(title, description, resource_routes)
        routes.extend(resource_routes)
    spec: dict[str, Any] = {
        "format": 1,
        "source": SOURCE,
        "api": copy.deepcopy(api),
        "resources": resources,
        "routes": routes,
        "corrections": [],
    }
    if corrections:
        apply_corrections(spec, corrections)
    return spec
