# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""The public IT Glue client: the core client, which creates its resources itself."""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from itglue_async._api import ApiDescription
from itglue_async._client import BaseClient
from itglue_async._generated.itglue.api import API
from itglue_async._generated.itglue.resources import (
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


class ITGlue(BaseClient):
    """Async client for the IT Glue API.

    ``async with ITGlue() as client:`` reads the key from ``ITGLUE_API_KEY`` and the region
    from ``ITGLUE_REGION`` (us, eu, au; default us); ``base_url`` (or ``ITGLUE_BASE_URL``) overrides the
    region. The keywords are those of ``BaseClient``: ``region``, ``base_url``,
    ``rate_limit`` (default ``RateLimit(3000, 300.0)``), ``max_retries``, ``timeout``,
    ``max_concurrency``, ``transport``, ``http_client``, ``limiter``, ``retry``, ``clock`` and
    ``sleep``. Every request passes one client-wide sliding-window rate limiter
    (``rate_limit``; ``None`` disables it), at most ``max_concurrency`` requests are in flight,
    and failed attempts are retried as documented in the README.
    """

    _api: ClassVar[ApiDescription] = API

    @cached_property
    def attachments(self) -> Attachments:
        """Attachments: An attachment refers to a file upload associated with an asset."""
        return Attachments(self)

    @cached_property
    def configuration_interfaces(self) -> ConfigurationInterfaces:
        """Configuration Interfaces: A configuration interface refers to an IP address for a networked device."""
        return ConfigurationInterfaces(self)

    @cached_property
    def configuration_statuses(self) -> ConfigurationStatuses:
        """Configuration Statuses: A configuration status refers to the status that can be maintained on a
        configuration, for example, active or inactive."""
        return ConfigurationStatuses(self)

    @cached_property
    def configuration_types(self) -> ConfigurationTypes:
        """Configuration Types: A configuration type refers to the type categorization of a configuration,
        usually a type of device."""
        return ConfigurationTypes(self)

    @cached_property
    def configurations(self) -> Configurations:
        """Configurations: A configuration refers to a device you manage for a client organization."""
        return Configurations(self)

    @cached_property
    def contact_types(self) -> ContactTypes:
        """Contact Types: A contact type refers to the type categorization of a contact, for example, an
        approver or an owner."""
        return ContactTypes(self)

    @cached_property
    def contacts(self) -> Contacts:
        """Contacts: A contact refers to a contact in a client organization."""
        return Contacts(self)

    @cached_property
    def countries(self) -> Countries:
        """Countries: A country refers to any distinct national entity."""
        return Countries(self)

    @cached_property
    def documents(self) -> Documents:
        """Documents: Document"""
        return Documents(self)

    @cached_property
    def domains(self) -> Domains:
        """Domains: A domain refers to a domain name, such as example.com."""
        return Domains(self)

    @cached_property
    def expirations(self) -> Expirations:
        """Expirations: An expiration refers to a date associated with another resource's expiration"""
        return Expirations(self)

    @cached_property
    def exports(self) -> Exports:
        """Exports: An export refers to a data export of either a single organization or current
        account."""
        return Exports(self)

    @cached_property
    def flexible_asset_fields(self) -> FlexibleAssetFields:
        """Flexible Asset Fields: A flexible asset field refers to a field in a flexible asset type."""
        return FlexibleAssetFields(self)

    @cached_property
    def flexible_asset_types(self) -> FlexibleAssetTypes:
        """Flexible Asset Types: A flexible asset type refers to a set of custom fields that can be used to
        generate structured documentation."""
        return FlexibleAssetTypes(self)

    @cached_property
    def flexible_assets(self) -> FlexibleAssets:
        """Flexible Assets: A flexible asset refers to a record that has been created using a specific
        flexible asset type."""
        return FlexibleAssets(self)

    @cached_property
    def groups(self) -> Groups:
        """Groups: A group is a collection of users."""
        return Groups(self)

    @cached_property
    def locations(self) -> Locations:
        """Locations: A location refers to a physical location and address where a client's users may
        work."""
        return Locations(self)

    @cached_property
    def logs(self) -> Logs:
        """Logs: Log"""
        return Logs(self)

    @cached_property
    def manufacturers(self) -> Manufacturers:
        """Manufacturers: A manufacturer refers to any computer product manufacturer."""
        return Manufacturers(self)

    @cached_property
    def models(self) -> Models:
        """Models: A model refers to a specific computer model, such as a Dell Latitude E7470."""
        return Models(self)

    @cached_property
    def operating_systems(self) -> OperatingSystems:
        """Operating Systems: An operating system refers to any current or previous version of operating
        system software, for example, Windows 10."""
        return OperatingSystems(self)

    @cached_property
    def organization_statuses(self) -> OrganizationStatuses:
        """Organization Statuses: An organization status refers to the status that can be maintained on an
        organization, for example, active or inactive."""
        return OrganizationStatuses(self)

    @cached_property
    def organization_types(self) -> OrganizationTypes:
        """Organization Types: An organization type refers to the type categorization of an organization, for
        example, customer or vendor."""
        return OrganizationTypes(self)

    @cached_property
    def organizations(self) -> Organizations:
        """Organizations: An organization refers to a client company."""
        return Organizations(self)

    @cached_property
    def password_categories(self) -> PasswordCategories:
        """Password Categories: A password category refers to the type categorization of a password."""
        return PasswordCategories(self)

    @cached_property
    def passwords(self) -> Passwords:
        """Passwords: A password refers to a login credential for a managed system, application, or
        account."""
        return Passwords(self)

    @cached_property
    def platforms(self) -> Platforms:
        """Platforms: A platform refers to a type of operating system software, such as Windows or
        macOS, upon which applications or services are built."""
        return Platforms(self)

    @cached_property
    def regions(self) -> Regions:
        """Regions: A region refers to a subdivision of a country, such as a province, state, etc."""
        return Regions(self)

    @cached_property
    def related_items(self) -> RelatedItems:
        """Related Items: A related item refers to a link between two items."""
        return RelatedItems(self)

    @cached_property
    def user_metrics(self) -> UserMetrics:
        """User Metrics: A user metric refers to a raw metric used to calculate the reputation score of a
        user."""
        return UserMetrics(self)

    @cached_property
    def users(self) -> Users:
        """Users: A user refers to anyone who can authenticate to IT Glue."""
        return Users(self)
