# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""One resource class per IT Glue resource."""

from itglue_async._generated.itglue.resources.attachments import Attachments
from itglue_async._generated.itglue.resources.configuration_interfaces import (
    ConfigurationInterfaces,
)
from itglue_async._generated.itglue.resources.configuration_statuses import ConfigurationStatuses
from itglue_async._generated.itglue.resources.configuration_types import ConfigurationTypes
from itglue_async._generated.itglue.resources.configurations import Configurations
from itglue_async._generated.itglue.resources.contact_types import ContactTypes
from itglue_async._generated.itglue.resources.contacts import Contacts
from itglue_async._generated.itglue.resources.countries import Countries
from itglue_async._generated.itglue.resources.document_folders import DocumentFolders
from itglue_async._generated.itglue.resources.document_images import DocumentImages
from itglue_async._generated.itglue.resources.document_sections import DocumentSections
from itglue_async._generated.itglue.resources.documents import Documents
from itglue_async._generated.itglue.resources.domains import Domains
from itglue_async._generated.itglue.resources.expirations import Expirations
from itglue_async._generated.itglue.resources.exports import Exports
from itglue_async._generated.itglue.resources.flexible_asset_fields import FlexibleAssetFields
from itglue_async._generated.itglue.resources.flexible_asset_types import FlexibleAssetTypes
from itglue_async._generated.itglue.resources.flexible_assets import FlexibleAssets
from itglue_async._generated.itglue.resources.groups import Groups
from itglue_async._generated.itglue.resources.locations import Locations
from itglue_async._generated.itglue.resources.logs import Logs
from itglue_async._generated.itglue.resources.manufacturers import Manufacturers
from itglue_async._generated.itglue.resources.models import Models
from itglue_async._generated.itglue.resources.operating_systems import OperatingSystems
from itglue_async._generated.itglue.resources.organization_statuses import OrganizationStatuses
from itglue_async._generated.itglue.resources.organization_types import OrganizationTypes
from itglue_async._generated.itglue.resources.organizations import Organizations
from itglue_async._generated.itglue.resources.password_categories import PasswordCategories
from itglue_async._generated.itglue.resources.passwords import Passwords
from itglue_async._generated.itglue.resources.platforms import Platforms
from itglue_async._generated.itglue.resources.regions import Regions
from itglue_async._generated.itglue.resources.related_items import RelatedItems
from itglue_async._generated.itglue.resources.user_metrics import UserMetrics
from itglue_async._generated.itglue.resources.users import Users

__all__ = [
    "Attachments",
    "ConfigurationInterfaces",
    "ConfigurationStatuses",
    "ConfigurationTypes",
    "Configurations",
    "ContactTypes",
    "Contacts",
    "Countries",
    "DocumentFolders",
    "DocumentImages",
    "DocumentSections",
    "Documents",
    "Domains",
    "Expirations",
    "Exports",
    "FlexibleAssetFields",
    "FlexibleAssetTypes",
    "FlexibleAssets",
    "Groups",
    "Locations",
    "Logs",
    "Manufacturers",
    "Models",
    "OperatingSystems",
    "OrganizationStatuses",
    "OrganizationTypes",
    "Organizations",
    "PasswordCategories",
    "Passwords",
    "Platforms",
    "Regions",
    "RelatedItems",
    "UserMetrics",
    "Users",
]
