# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""What the core needs to know about IT Glue: the spec's ``api`` block."""

from __future__ import annotations

from itglue_async._api import ApiDescription
from itglue_async._generated.itglue.models import MODELS_BY_TYPE
from itglue_async._generated.itglue.routes import ROUTES
from itglue_async._jsonapi import JsonApi

API = ApiDescription(
    name="IT Glue",
    env_prefix="ITGLUE",
    base_urls={
        "us": "https://api.itglue.com",
        "eu": "https://api.eu.itglue.com",
        "au": "https://api.au.itglue.com",
    },
    default_region="us",
    auth_header="x-api-key",
    auth_scheme=None,
    dialect=JsonApi(),
    models=MODELS_BY_TYPE,
    default_page_size=50,
    max_page_size=1000,
    rate_limit_requests=3000,
    rate_limit_per=300.0,
    payload_limit_bytes=10485760,
    invalid_key_statuses=(401, 403),
    route_not_for_keys=("Only supported for JWT requests",),
    routes=ROUTES,
)
