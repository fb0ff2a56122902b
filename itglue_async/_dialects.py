"""The wire formats the core speaks, by the name a spec's ``api`` block gives each.

Codegen builds the dialect of a spec from here (``DIALECTS[name].from_spec(api_block)``) and
reads its capabilities (a multi-column sort shapes the generated ``sort=`` annotation); the
runtime reads the same capabilities from the client's dialect (the sort check, whether a
listing carries a count). A new wire format is a module implementing ``Dialect`` and a line
here.
"""

from __future__ import annotations

from itglue_async._jsonapi import JsonApi
from itglue_async._rest import Rest

DIALECTS: dict[str, type[JsonApi] | type[Rest]] = {cls.name: cls for cls in (JsonApi, Rest)}
"""Every dialect, by its spec name."""
