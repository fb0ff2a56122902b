# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""What the core needs to know about BlueTally: the spec's ``api`` block."""

from __future__ import annotations

from itglue_async._api import ApiDescription, ClientParam
from itglue_async._generated.bluetally.models import MODELS_BY_TYPE
from itglue_async._generated.bluetally.routes import ROUTES
from itglue_async._rest import Rest

API = ApiDescription(
    name="BlueTally",
    env_prefix="BLUETALLY",
    base_urls={"default": "https://app.bluetallyapp.com/api/v1"},
    default_region="default",
    auth_header="Authorization",
    auth_scheme="Bearer",
    dialect=Rest(),
    models=MODELS_BY_TYPE,
    default_page_size=50,
    max_page_size=1000,
    rate_limit_requests=10000,
    rate_limit_per=3600.0,
    payload_limit_bytes=10485760,
    client_params={
        "tenant_id": ClientParam(
            env="TENANT_ID",
            query="tenant_id",
            description="The tenant every request acts on, for multi-tenant accounts (see tenants.list()); sent as the tenant_id query parameter of every request.",
        )
    },
    routes=ROUTES,
)
