# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""The public IT Glue client: the core client, which creates its resources itself."""

from __future__ import annotations

import time
from functools import cached_property
from typing import ClassVar

import anyio
import httpx

from itglue_async._api import ApiDescription
from itglue_async._client import API_DEFAULT, BaseClient
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
    DocumentFolders,
    DocumentImages,
    Documents,
    DocumentSections,
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
from itglue_async._limiter import Clock, Limiter, RateLimit, Sleep
from itglue_async._retry import RetryPolicy


class ITGlue(BaseClient):
    """Async client for the IT Glue API.

    Every request passes one client-wide sliding-window rate limiter (``rate_limit``, default
    ``RateLimit(3000, 300.0)``; ``None`` disables it), at most ``max_concurrency`` requests are
    in flight, and failed attempts are retried as documented in the README.
    """

    _api: ClassVar[ApiDescription] = API

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        rate_limit: RateLimit | None = API_DEFAULT,
        max_retries: int = 4,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limiter: Limiter | None = None,
        retry: RetryPolicy | None = None,
        max_retry_after: float = 300.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        """Configure the client; nothing is sent until the first call.

        Args:
            api_key: default: the ``ITGLUE_API_KEY`` environment variable.
            region: us, eu, au; default: ``ITGLUE_REGION``, else us.
            base_url: overrides ``region``; default: ``ITGLUE_BASE_URL``. https only,
                plain http for loopback hosts (tests, fakes).
            rate_limit: requests per window (``RateLimit(n, per)``); ``None`` disables it.
            max_retries: how often a failed attempt may be retried.
            timeout: seconds (or an ``httpx.Timeout``) for each attempt.
            max_concurrency: requests in flight at once.
            transport: an ``httpx.AsyncBaseTransport`` (fakes, tests).
            http_client: an ``httpx.AsyncClient`` to share (it is not closed with this client).
            limiter: a ``Limiter`` to use instead of the in-process one (shared limiters).
            retry: a ``RetryPolicy`` to use instead of the default one.
            max_retry_after: the longest ``Retry-After`` (seconds) a 429 is waited for; a
                longer one raises ``RateLimitError`` at once, with the server's value.
            clock: the monotonic clock the limiter reads (tests).
            sleep: the coroutine used to wait (tests).
        """
        super().__init__(
            api_key,
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
            max_retry_after=max_retry_after,
            clock=clock,
            sleep=sleep,
        )

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
    def document_folders(self) -> DocumentFolders:
        """Document Folders: A folder of an organization's documents."""
        return DocumentFolders(self)

    @cached_property
    def document_images(self) -> DocumentImages:
        """Document Images: An image placed in a document's text section or gallery."""
        return DocumentImages(self)

    @cached_property
    def document_sections(self) -> DocumentSections:
        """Document Sections: A section of a document: a block of rich text, a heading, an image gallery or a
        step."""
        return DocumentSections(self)

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
