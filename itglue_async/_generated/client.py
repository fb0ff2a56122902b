# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""The public client: the core client with one attribute per resource."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

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
from itglue_async._resource import Resource


class ITGlue(BaseClient):
    """Async client for the IT Glue API.

    ``async with ITGlue() as client:`` reads the key from ``ITGLUE_API_KEY`` and the region
    from ``ITGLUE_REGION`` (us, eu or au); ``base_url`` (or ``ITGLUE_BASE_URL``) overrides the
    region. The constructor's keywords are those of ``BaseClient``: ``region``, ``base_url``,
    ``rate_limit`` (default ``RateLimit(3000, 300.0)``), ``max_retries``, ``timeout``,
    ``max_concurrency``, ``transport``, ``http_client``, ``limiter``, ``retry``, ``clock`` and
    ``sleep``. Every request passes one client-wide sliding-window rate limiter
    (``rate_limit``; ``None`` disables it), at most ``max_concurrency`` requests are in flight,
    and failed attempts are retried as documented in the README.
    """

    _api = API
    _models = MODELS_BY_TYPE
    _resources: ClassVar[Mapping[str, type[Resource]]] = {
        "attachments": Attachments,
        "configuration_interfaces": ConfigurationInterfaces,
        "configuration_statuses": ConfigurationStatuses,
        "configuration_types": ConfigurationTypes,
        "configurations": Configurations,
        "contact_types": ContactTypes,
        "contacts": Contacts,
        "countries": Countries,
        "documents": Documents,
        "domains": Domains,
        "expirations": Expirations,
        "exports": Exports,
        "flexible_asset_fields": FlexibleAssetFields,
        "flexible_asset_types": FlexibleAssetTypes,
        "flexible_assets": FlexibleAssets,
        "groups": Groups,
        "locations": Locations,
        "logs": Logs,
        "manufacturers": Manufacturers,
        "models": Models,
        "operating_systems": OperatingSystems,
        "organization_statuses": OrganizationStatuses,
        "organization_types": OrganizationTypes,
        "organizations": Organizations,
        "password_categories": PasswordCategories,
        "passwords": Passwords,
        "platforms": Platforms,
        "regions": Regions,
        "related_items": RelatedItems,
        "user_metrics": UserMetrics,
        "users": Users,
    }

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
