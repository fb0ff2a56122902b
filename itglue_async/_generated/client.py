# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""The public client: the core client with one attribute per resource."""

from __future__ import annotations

import time

import anyio
import httpx

from itglue_async._client import BaseClient
from itglue_async._generated.models import MODELS_BY_TYPE
from itglue_async._generated.resources import (
    Attachments,
    ConfigurationInterfaces,
    Configurations,
    ConfigurationStatuses,
    ConfigurationTypes,
    Contacts,
    ContactTypes,
    Countries,
    Documents,
    Domains,
    Expirations,
    Exports,
    FlexibleAssetFields,
    FlexibleAssets,
    FlexibleAssetTypes,
    Groups,
    Locations,
    Logs,
    Manufacturers,
    Models,
    OperatingSystems,
    Organizations,
    OrganizationStatuses,
    OrganizationTypes,
    PasswordCategories,
    Passwords,
    Platforms,
    Regions,
    RelatedItems,
    UserMetrics,
    Users,
)
from itglue_async._generated.routes import API
from itglue_async._limiter import Clock, Limiter, RateLimit, Sleep
from itglue_async._retry import RetryPolicy

DEFAULT_RATE_LIMIT = RateLimit(3000, 300.0)


class ITGlue(BaseClient):
    """Async client for the IT Glue API.

    ``async with ITGlue() as client:`` reads the key from ``ITGLUE_API_KEY`` and the region
    from ``ITGLUE_REGION`` (us, eu or au); ``base_url`` (or ``ITGLUE_BASE_URL``) overrides the
    region. Every request passes one client-wide sliding-window rate limiter
    (``rate_limit``; ``None`` disables it), at most ``max_concurrency`` requests are in flight,
    and failed attempts are retried as documented in the README.
    """

    _models = MODELS_BY_TYPE

    attachments: Attachments
    configuration_interfaces: ConfigurationInterfaces
    configuration_statuses: ConfigurationStatuses
    configuration_types: ConfigurationTypes
    configurations: Configurations
    contact_types: ContactTypes
    contacts: Contacts
    countries: Countries
    documents: Documents
    domains: Domains
    expirations: Expirations
    exports: Exports
    flexible_asset_fields: FlexibleAssetFields
    flexible_asset_types: FlexibleAssetTypes
    flexible_assets: FlexibleAssets
    groups: Groups
    locations: Locations
    logs: Logs
    manufacturers: Manufacturers
    models: Models
    operating_systems: OperatingSystems
    organization_statuses: OrganizationStatuses
    organization_types: OrganizationTypes
    organizations: Organizations
    password_categories: PasswordCategories
    passwords: Passwords
    platforms: Platforms
    regions: Regions
    related_items: RelatedItems
    user_metrics: UserMetrics
    users: Users

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
        max_retries: int = 4,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limiter: Limiter | None = None,
        retry: RetryPolicy | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        super().__init__(
            api_key,
            api=API,
            region=region,
            base_url=base_url,
            rate_limit=rate_limit,
            max_retries=max_retries,
            timeout=timeout,
            max_concurrency=max_concurrency,
            transport=transport,
            http_client=http_client,
            limiter=limiter,
            retry=retry,
            clock=clock,
            sleep=sleep,
        )
        self.attachments = Attachments(self)
        self.configuration_interfaces = ConfigurationInterfaces(self)
        self.configuration_statuses = ConfigurationStatuses(self)
        self.configuration_types = ConfigurationTypes(self)
        self.configurations = Configurations(self)
        self.contact_types = ContactTypes(self)
        self.contacts = Contacts(self)
        self.countries = Countries(self)
        self.documents = Documents(self)
        self.domains = Domains(self)
        self.expirations = Expirations(self)
        self.exports = Exports(self)
        self.flexible_asset_fields = FlexibleAssetFields(self)
        self.flexible_asset_types = FlexibleAssetTypes(self)
        self.flexible_assets = FlexibleAssets(self)
        self.groups = Groups(self)
        self.locations = Locations(self)
        self.logs = Logs(self)
        self.manufacturers = Manufacturers(self)
        self.models = Models(self)
        self.operating_systems = OperatingSystems(self)
        self.organization_statuses = OrganizationStatuses(self)
        self.organization_types = OrganizationTypes(self)
        self.organizations = Organizations(self)
        self.password_categories = PasswordCategories(self)
        self.passwords = Passwords(self)
        self.platforms = Platforms(self)
        self.regions = Regions(self)
        self.related_items = RelatedItems(self)
        self.user_metrics = UserMetrics(self)
        self.users = Users(self)
