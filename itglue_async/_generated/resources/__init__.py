# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""One resource class per IT Glue resource."""

from itglue_async._generated.resources.attachments import Attachments
from itglue_async._generated.resources.configuration_interfaces import ConfigurationInterfaces
from itglue_async._generated.resources.configuration_statuses import ConfigurationStatuses
from itglue_async._generated.resources.configuration_types import ConfigurationTypes
from itglue_async._generated.resources.configurations import Configurations
from itglue_async._generated.resources.contact_types import ContactTypes
from itglue_async._generated.resources.contacts import Contacts
from itglue_async._generated.resources.countries import Countries
from itglue_async._generated.resources.documents import Documents
from itglue_async._generated.resources.domains import Domains
from itglue_async._generated.resources.expirations import Expirations
from itglue_async._generated.resources.exports import Exports
from itglue_async._generated.resources.flexible_asset_fields import FlexibleAssetFields
from itglue_async._generated.resources.flexible_asset_types import FlexibleAssetTypes
from itglue_async._generated.resources.flexible_assets import FlexibleAssets
from itglue_async._generated.resources.groups import Groups
from itglue_async._generated.resources.locations import Locations
from itglue_async._generated.resources.logs import Logs
from itglue_async._generated.resources.manufacturers import Manufacturers
from itglue_async._generated.resources.models import Models
from itglue_async._generated.resources.operating_systems import OperatingSystems
from itglue_async._generated.resources.organization_statuses import OrganizationStatuses
from itglue_async._generated.resources.organization_types import OrganizationTypes
from itglue_async._generated.resources.organizations import Organizations
from itglue_async._generated.resources.password_categories import PasswordCategories
from itglue_async._generated.resources.passwords import Passwords
from itglue_async._generated.resources.platforms import Platforms
from itglue_async._generated.resources.regions import Regions
from itglue_async._generated.resources.related_items import RelatedItems
from itglue_async._generated.resources.user_metrics import UserMetrics
from itglue_async._generated.resources.users import Users

__all__ = [
    "Attachments",
    "ConfigurationInterfaces",
    "ConfigurationStatuses",
    "ConfigurationTypes",
    "Configurations",
    "ContactTypes",
    "Contacts",
    "Countries",
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
