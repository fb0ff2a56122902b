"""What the core needs to know about one API: the facts of its spec's ``api`` block."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from itglue_async._dialect import Dialect, ModelLookup
from itglue_async._routes import Route


@attrs.frozen
class ClientParam:
    """A client option sent with every request (BlueTally's ``tenant_id``)."""

    env: str  # the environment variable's suffix: ``TENANT_ID`` -> ``BLUETALLY_TENANT_ID``
    query: str  # the query parameter it is sent as
    description: str = ""


@attrs.frozen
class ApiDescription:
    """API-level facts from the spec, handed to the core by the generated client."""

    name: str
    env_prefix: str  # ``ITGLUE`` -> ITGLUE_API_KEY, ITGLUE_BASE_URL, ITGLUE_REGION
    base_urls: dict[str, str]  # region -> base URL
    default_region: str
    auth_header: str
    auth_scheme: str | None  # a scheme (BlueTally's) sends "<scheme> <key>"; None the key alone
    dialect: Dialect
    models: ModelLookup  # model classes by wire type, for included records
    default_page_size: int
    max_page_size: int
    rate_limit_requests: int
    rate_limit_per: float
    payload_limit_bytes: int
    invalid_key_statuses: tuple[int, ...] = (401,)
    # Texts of a 401 that mean "this route is not open to API keys here", not "bad key".
    route_not_for_keys: tuple[str, ...] = ()
    client_params: Mapping[str, ClientParam] = attrs.field(factory=dict)
    # Every documented route, as the generated route table lists them (tools that describe
    # the API read them from the client: ``client.api.routes``).
    routes: tuple[Route, ...] = ()

    def env(self, name: str) -> str:
        """The environment variable for ``name`` (``"API_KEY"`` -> ``"ITGLUE_API_KEY"``)."""
        return f"{self.env_prefix}_{name}"
