# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Response models, request models and the mapping forms of request bodies.

Response models keep unknown keys in ``extra``; request models mark fields that were not given
with ``UNSET`` (``None`` sends null, which clears the attribute).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import attrs

from itglue_async._model import UNSET, BaseModel, SecretStr, _UnsetType


@attrs.define(kw_only=True)
class Attachment(BaseModel):
    """An attachment refers to a file upload associated with an asset.

    Wire type ``attachments``.
    """

    attachment_content_type: str | None = None
    attachment_file_name: str | None = None
    attachment_file_size: int | None = None
    created_at: datetime.datetime | None = None
    download_url: str | None = None
    ext: str | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None
    viewable: bool | None = None


class AttachmentCreateDict(TypedDict, total=False):
    """Attributes of a Attachment create body, in mapping form."""

    attachment: Mapping[str, Any]


@attrs.define(kw_only=True)
class AttachmentCreate:
    """A Attachment create body; fields left ``UNSET`` are not sent."""

    attachment: Mapping[str, Any] | _UnsetType = UNSET


class AttachmentUpdateDict(TypedDict, total=False):
    """Attributes of a Attachment update body, in mapping form."""

    id: int
    name: str


@attrs.define(kw_only=True)
class AttachmentUpdate:
    """A Attachment update body; fields left ``UNSET`` are not sent."""

    id: int | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class ConfigurationInterface(BaseModel):
    """A configuration interface refers to an IP address for a networked device.

    Wire type ``configuration-interfaces``.
    """

    created_at: datetime.datetime | None = None
    ip_address: str | None = None
    mac_address: str | None = None
    name: str | None = None
    notes: str | None = None
    primary: bool | None = None
    updated_at: datetime.datetime | None = None


class ConfigurationInterfaceCreateDict(TypedDict, total=False):
    """Attributes of a ConfigurationInterface create body, in mapping form."""

    configuration_id: int
    id: int | None
    ip_address: str | None
    mac_address: str | None
    name: str | None
    notes: str | None
    primary: bool | None


@attrs.define(kw_only=True)
class ConfigurationInterfaceCreate:
    """A ConfigurationInterface create body; fields left ``UNSET`` are not sent."""

    configuration_id: int | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    ip_address: str | None | _UnsetType = UNSET
    mac_address: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    primary: bool | None | _UnsetType = UNSET


class ConfigurationInterfaceUpdateDict(TypedDict, total=False):
    """Attributes of a ConfigurationInterface update body, in mapping form."""

    configuration_id: int
    id: int | None
    ip_address: str | None
    mac_address: str | None
    name: str | None
    notes: str | None
    primary: bool | None


@attrs.define(kw_only=True)
class ConfigurationInterfaceUpdate:
    """A ConfigurationInterface update body; fields left ``UNSET`` are not sent."""

    configuration_id: int | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    ip_address: str | None | _UnsetType = UNSET
    mac_address: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    primary: bool | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class ConfigurationStatus(BaseModel):
    """A configuration status refers to the status that can be maintained on a configuration,
    for example, active or inactive.

    Wire type ``configuration-statuses``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class ConfigurationStatusCreateDict(TypedDict, total=False):
    """Attributes of a ConfigurationStatus create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ConfigurationStatusCreate:
    """A ConfigurationStatus create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class ConfigurationStatusUpdateDict(TypedDict, total=False):
    """Attributes of a ConfigurationStatus update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ConfigurationStatusUpdate:
    """A ConfigurationStatus update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class ConfigurationType(BaseModel):
    """A configuration type refers to the type categorization of a configuration, usually a
    type of device.

    Wire type ``configuration-types``.
    """

    configurations_count: int | None = None
    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class ConfigurationTypeCreateDict(TypedDict, total=False):
    """Attributes of a ConfigurationType create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ConfigurationTypeCreate:
    """A ConfigurationType create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class ConfigurationTypeUpdateDict(TypedDict, total=False):
    """Attributes of a ConfigurationType update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ConfigurationTypeUpdate:
    """A ConfigurationType update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Configuration(BaseModel):
    """A configuration refers to a device you manage for a client organization.

    Wire type ``configurations``; relationships reachable with ``related(name)`` when included: active_network_glue_network_devices, adapters_resources, adapters_resources_errors, attachments, authorized_users, configuration_interfaces, dnet_fa_remote_assets, from_configuration_connections, group_resource_accesses, passwords, recent_versions, related_items, rmm_adapters_resources, rmm_adapters_resources_errors, rmm_records, tickets, to_configuration_connections, user_resource_accesses.
    """

    archived: bool | None = None
    asset_tag: str | None = None
    configuration_status_id: int | None = None
    configuration_status_name: str | None = None
    configuration_type_id: int | None = None
    configuration_type_kind: str | None = None
    configuration_type_name: str | None = None
    created_at: datetime.datetime | None = None
    hostname: str | None = None
    installed_at: datetime.date | None = None
    installed_by: str | None = None
    location_id: int | None = None
    location_name: Any | None = None
    mac_address: str | None = None
    manufacturer_id: int | None = None
    manufacturer_name: str | None = None
    model_id: int | None = None
    model_name: str | None = None
    name: str | None = None
    notes: str | None = None
    operating_system_id: int | None = None
    operating_system_name: str | None = None
    operating_system_notes: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    organization_short_name: str | None = None
    position: str | None = None
    primary_ip: str | None = None
    purchased_at: datetime.date | None = None
    purchased_by: str | None = None
    resource_url: str | None = None
    serial_number: str | None = None
    updated_at: datetime.datetime | None = None
    warranty_expires_at: datetime.date | None = None


class ConfigurationCreateDict(TypedDict, total=False):
    """Attributes of a Configuration create body, in mapping form."""

    archived: bool | None
    asset_tag: str | None
    configuration_interfaces: Sequence[Mapping[str, Any]]
    configuration_status_id: int | None
    configuration_type_id: int
    contact_id: int | None
    default_gateway: str | None
    hostname: str | None
    id: int | None
    installed_at: str | None
    installed_by: str | None
    location_id: int | None
    mac_address: str | None
    manufacturer_id: int | None
    mitp_device_expiration_date: str | None
    mitp_end_of_life_date: str | None
    model_id: int | None
    name: str
    notes: str | None
    operating_system_id: int | None
    operating_system_notes: str | None
    organization_id: int
    position: str | None
    primary_ip: str | None
    purchased_at: str | None
    purchased_by: str | None
    restricted: bool | None
    serial_number: str | None
    warranty_expires_at: str | None


@attrs.define(kw_only=True)
class ConfigurationCreate:
    """A Configuration create body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    asset_tag: str | None | _UnsetType = UNSET
    configuration_interfaces: Sequence[Mapping[str, Any]] | _UnsetType = UNSET
    configuration_status_id: int | None | _UnsetType = UNSET
    configuration_type_id: int | _UnsetType = UNSET
    contact_id: int | None | _UnsetType = UNSET
    default_gateway: str | None | _UnsetType = UNSET
    hostname: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    installed_at: str | None | _UnsetType = UNSET
    installed_by: str | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    mac_address: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    mitp_device_expiration_date: str | None | _UnsetType = UNSET
    mitp_end_of_life_date: str | None | _UnsetType = UNSET
    model_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    operating_system_id: int | None | _UnsetType = UNSET
    operating_system_notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    position: str | None | _UnsetType = UNSET
    primary_ip: str | None | _UnsetType = UNSET
    purchased_at: str | None | _UnsetType = UNSET
    purchased_by: str | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    serial_number: str | None | _UnsetType = UNSET
    warranty_expires_at: str | None | _UnsetType = UNSET


class ConfigurationUpdateDict(TypedDict, total=False):
    """Attributes of a Configuration update body, in mapping form."""

    archived: bool | None
    asset_tag: str | None
    configuration_status_id: int | None
    configuration_type_id: int
    contact_id: int | None
    default_gateway: str | None
    hostname: str | None
    id: int | None
    installed_at: str | None
    installed_by: str | None
    location_id: int | None
    mac_address: str | None
    manufacturer_id: int | None
    mitp_device_expiration_date: str | None
    mitp_end_of_life_date: str | None
    model_id: int | None
    name: str
    notes: str | None
    operating_system_id: int | None
    operating_system_notes: str | None
    organization_id: int
    position: str | None
    primary_ip: str | None
    purchased_at: str | None
    purchased_by: str | None
    restricted: bool | None
    serial_number: str | None
    warranty_expires_at: str | None


@attrs.define(kw_only=True)
class ConfigurationUpdate:
    """A Configuration update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    asset_tag: str | None | _UnsetType = UNSET
    configuration_status_id: int | None | _UnsetType = UNSET
    configuration_type_id: int | _UnsetType = UNSET
    contact_id: int | None | _UnsetType = UNSET
    default_gateway: str | None | _UnsetType = UNSET
    hostname: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    installed_at: str | None | _UnsetType = UNSET
    installed_by: str | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    mac_address: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    mitp_device_expiration_date: str | None | _UnsetType = UNSET
    mitp_end_of_life_date: str | None | _UnsetType = UNSET
    model_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    operating_system_id: int | None | _UnsetType = UNSET
    operating_system_notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    position: str | None | _UnsetType = UNSET
    primary_ip: str | None | _UnsetType = UNSET
    purchased_at: str | None | _UnsetType = UNSET
    purchased_by: str | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    serial_number: str | None | _UnsetType = UNSET
    warranty_expires_at: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class ContactType(BaseModel):
    """A contact type refers to the type categorization of a contact, for example, an approver
    or an owner.

    Wire type ``contact-types``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class ContactTypeCreateDict(TypedDict, total=False):
    """Attributes of a ContactType create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ContactTypeCreate:
    """A ContactType create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class ContactTypeUpdateDict(TypedDict, total=False):
    """Attributes of a ContactType update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ContactTypeUpdate:
    """A ContactType update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Contact(BaseModel):
    """A contact refers to a contact in a client organization.

    Wire type ``contacts``; relationships reachable with ``related(name)`` when included: adapters_resources, attachments, authorized_users, distinct_remote_contacts, group_resource_accesses, location, passwords, recent_versions, related_items, resource_fields, tickets, user_resource_accesses.
    """

    contact_emails: list[Any] | None = None
    contact_phones: list[Any] | None = None
    contact_type_id: int | None = None
    contact_type_name: str | None = None
    created_at: datetime.datetime | None = None
    first_name: str | None = None
    important: bool | None = None
    last_name: str | None = None
    location_id: int | None = None
    location_name: Any | None = None
    name: str | None = None
    notes: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    title: str | None = None
    updated_at: datetime.datetime | None = None


class ContactCreateDict(TypedDict, total=False):
    """Attributes of a Contact create body, in mapping form."""

    contact_emails: Mapping[str, Any]
    contact_phones: Mapping[str, Any]
    contact_type_id: int | None
    first_name: str | None
    id: int | None
    important: bool | None
    last_name: str | None
    location_id: int | None
    notes: str | None
    organization_id: int
    restricted: bool | None
    title: str | None


@attrs.define(kw_only=True)
class ContactCreate:
    """A Contact create body; fields left ``UNSET`` are not sent."""

    contact_emails: Mapping[str, Any] | _UnsetType = UNSET
    contact_phones: Mapping[str, Any] | _UnsetType = UNSET
    contact_type_id: int | None | _UnsetType = UNSET
    first_name: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    important: bool | None | _UnsetType = UNSET
    last_name: str | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    title: str | None | _UnsetType = UNSET


class ContactUpdateDict(TypedDict, total=False):
    """Attributes of a Contact update body, in mapping form."""

    contact_emails: Mapping[str, Any]
    contact_phones: Mapping[str, Any]
    contact_type_id: int | None
    first_name: str | None
    id: int | None
    important: bool | None
    last_name: str | None
    location_id: int | None
    notes: str | None
    organization_id: int
    restricted: bool | None
    title: str | None


@attrs.define(kw_only=True)
class ContactUpdate:
    """A Contact update body; fields left ``UNSET`` are not sent."""

    contact_emails: Mapping[str, Any] | _UnsetType = UNSET
    contact_phones: Mapping[str, Any] | _UnsetType = UNSET
    contact_type_id: int | None | _UnsetType = UNSET
    first_name: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    important: bool | None | _UnsetType = UNSET
    last_name: str | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    title: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Country(BaseModel):
    """A country refers to any distinct national entity.

    Wire type ``countries``.
    """

    iso: str | None = None
    name: str | None = None


@attrs.define(kw_only=True)
class DocumentFolder(BaseModel):
    """A folder of an organization's documents.

    Wire type ``document-folders``.
    """

    name: str | None = None
    parent_id: int | None = None
    ancestor_ids: list[Any] | None = None
    documents_count: int | None = None
    restricted: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


@attrs.define(kw_only=True)
class DocumentImage(BaseModel):
    """An image placed in a document's text section or gallery.

    Wire type ``document-images``.
    """

    name: str | None = None
    size: int | None = None
    document_id: int | None = None
    document_gallery_id: int | None = None
    inline_resource_url: str | None = None
    original_src: str | None = None
    slim_src: str | None = None
    thumbnail_src: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


class DocumentImageCreateDict(TypedDict, total=False):
    """Attributes of a DocumentImage create body, in mapping form."""

    image: Mapping[str, Any]
    target: Mapping[str, Any]


@attrs.define(kw_only=True)
class DocumentImageCreate:
    """A DocumentImage create body; fields left ``UNSET`` are not sent."""

    image: Mapping[str, Any] | _UnsetType = UNSET
    target: Mapping[str, Any] | _UnsetType = UNSET


@attrs.define(kw_only=True)
class DocumentSection(BaseModel):
    """A section of a document: a block of rich text, a heading, an image gallery or a step.

    Wire type ``document-sections``.
    """

    document_id: int | None = None
    resource_type: str | None = None
    resource_id: int | None = None
    content: str | None = None
    rendered_content: str | None = None
    level: int | None = None
    duration: int | None = None
    reset_count: bool | None = None
    sort_: int | None = None
    document_gallery_id: int | None = None
    document_images: list[Any] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


class DocumentSectionCreateDict(TypedDict, total=False):
    """Attributes of a DocumentSection create body, in mapping form."""

    content: str | None
    duration: int | None
    level: int | None
    reset_count: bool | None
    resource_type: Literal[
        "Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"
    ]
    sort: int | None


@attrs.define(kw_only=True)
class DocumentSectionCreate:
    """A DocumentSection create body; fields left ``UNSET`` are not sent."""

    content: str | None | _UnsetType = UNSET
    duration: int | None | _UnsetType = UNSET
    level: int | None | _UnsetType = UNSET
    reset_count: bool | None | _UnsetType = UNSET
    resource_type: (
        Literal["Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"]
        | _UnsetType
    ) = UNSET
    sort: int | None | _UnsetType = UNSET


class DocumentSectionUpdateDict(TypedDict, total=False):
    """Attributes of a DocumentSection update body, in mapping form."""

    content: str | None
    duration: int | None
    level: int | None
    reset_count: bool | None
    sort: int | None


@attrs.define(kw_only=True)
class DocumentSectionUpdate:
    """A DocumentSection update body; fields left ``UNSET`` are not sent."""

    content: str | None | _UnsetType = UNSET
    duration: int | None | _UnsetType = UNSET
    level: int | None | _UnsetType = UNSET
    reset_count: bool | None | _UnsetType = UNSET
    sort: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Document(BaseModel):
    """Document

    Wire type ``documents``; relationships reachable with ``related(name)`` when included: attachments, related_items.
    """

    archived: bool | None = None
    content: str | list[Any] | None = None
    created_at: datetime.datetime | None = None
    document_folder_id: int | None = None
    name: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    public: bool | None = None
    published: bool | None = None
    resource_url: str | None = None
    restricted: bool | None = None
    updated_at: datetime.datetime | None = None


class DocumentCreateDict(TypedDict, total=False):
    """Attributes of a Document create body, in mapping form."""

    document_folder_id: int | None
    name: str
    organization_id: int


@attrs.define(kw_only=True)
class DocumentCreate:
    """A Document create body; fields left ``UNSET`` are not sent."""

    document_folder_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET


class DocumentUpdateDict(TypedDict, total=False):
    """Attributes of a Document update body, in mapping form."""

    archived: bool | None
    id: int | None
    name: str
    organization_id: int
    public: bool | None
    restricted: bool | None
    sop_generator: bool | None


@attrs.define(kw_only=True)
class DocumentUpdate:
    """A Document update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    public: bool | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    sop_generator: bool | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Domain(BaseModel):
    """A domain refers to a domain name, such as example.com.

    Wire type ``domains``; relationships reachable with ``related(name)`` when included: attachments, group_resource_accesses, passwords, user_resource_accesses.
    """

    expires_on: datetime.datetime | None = None
    name: str | None = None
    notes: Any | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    registrar_name: str | None = None
    resource_url: str | None = None
    screenshot: str | None = None
    updated_at: datetime.datetime | None = None


@attrs.define(kw_only=True)
class Expiration(BaseModel):
    """An expiration refers to a date associated with another resource's expiration

    Wire type ``expirations``.
    """

    created_at: datetime.datetime | None = None
    description: str | None = None
    expiration_date: datetime.datetime | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    resource_id: int | None = None
    resource_name: str | None = None
    resource_type: str | None = None
    resource_type_name: str | None = None
    resource_url: str | None = None
    updated_at: datetime.datetime | None = None


@attrs.define(kw_only=True)
class Export(BaseModel):
    """An export refers to a data export of either a single organization or current account.

    Wire type ``exports``.
    """

    created_at: datetime.datetime | None = None
    download_url: str | None = None
    encrypted_status: bool | None = None
    export_all: bool | None = None
    include_logs: bool | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    updated_at: datetime.datetime | None = None


class ExportCreateDict(TypedDict, total=False):
    """Attributes of a Export create body, in mapping form."""

    include_logs: bool | None
    organization_id: int | None
    zip_password: str | None


@attrs.define(kw_only=True)
class ExportCreate:
    """A Export create body; fields left ``UNSET`` are not sent."""

    include_logs: bool | None | _UnsetType = UNSET
    organization_id: int | None | _UnsetType = UNSET
    zip_password: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class FlexibleAssetField(BaseModel):
    """A flexible asset field refers to a field in a flexible asset type.

    Wire type ``flexible-asset-fields``; relationships reachable with ``related(name)`` when included: flexible_asset_type, remote_asset_field.
    """

    created_at: datetime.datetime | None = None
    decimals: int | None = None
    default_value: str | None = None
    expiration: bool | None = None
    flexible_asset_type_id: int | None = None
    hint: str | None = None
    kind: str | None = None
    name: str | None = None
    name_key: str | None = None
    order: int | None = None
    required: bool | None = None
    show_in_list: bool | None = None
    tag_type: str | None = None
    updated_at: datetime.datetime | None = None
    use_for_title: bool | None = None


class FlexibleAssetFieldCreateDict(TypedDict, total=False):
    """Attributes of a FlexibleAssetField create body, in mapping form."""

    decimals: int | None
    default_value: str | None
    expiration: bool | None
    flexible_asset_type_id: int
    hint: str | None
    id: int | None
    kind: Literal[
        "Checkbox",
        "Date",
        "Header",
        "Number",
        "Select",
        "Text",
        "Textbox",
        "Upload",
        "Tag",
        "Percent",
        "Password",
    ]
    name: str
    order: int
    required: bool | None
    show_in_list: bool | None
    tag_type: (
        Literal[
            "AccountsUsers",
            "Checklists",
            "ChecklistTemplates",
            "Contacts",
            "Configurations",
            "Documents",
            "Domains",
            "Passwords",
            "Locations",
            "Organizations",
            "SslCertificates",
            "Tickets",
            "FlexibleAssetType: id",
        ]
        | None
    )
    use_for_title: bool | None


@attrs.define(kw_only=True)
class FlexibleAssetFieldCreate:
    """A FlexibleAssetField create body; fields left ``UNSET`` are not sent."""

    decimals: int | None | _UnsetType = UNSET
    default_value: str | None | _UnsetType = UNSET
    expiration: bool | None | _UnsetType = UNSET
    flexible_asset_type_id: int | _UnsetType = UNSET
    hint: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    kind: (
        Literal[
            "Checkbox",
            "Date",
            "Header",
            "Number",
            "Select",
            "Text",
            "Textbox",
            "Upload",
            "Tag",
            "Percent",
            "Password",
        ]
        | _UnsetType
    ) = UNSET
    name: str | _UnsetType = UNSET
    order: int | _UnsetType = UNSET
    required: bool | None | _UnsetType = UNSET
    show_in_list: bool | None | _UnsetType = UNSET
    tag_type: (
        Literal[
            "AccountsUsers",
            "Checklists",
            "ChecklistTemplates",
            "Contacts",
            "Configurations",
            "Documents",
            "Domains",
            "Passwords",
            "Locations",
            "Organizations",
            "SslCertificates",
            "Tickets",
            "FlexibleAssetType: id",
        ]
        | None
        | _UnsetType
    ) = UNSET
    use_for_title: bool | None | _UnsetType = UNSET


class FlexibleAssetFieldUpdateDict(TypedDict, total=False):
    """Attributes of a FlexibleAssetField update body, in mapping form."""

    decimals: int | None
    default_value: str | None
    expiration: bool | None
    flexible_asset_type_id: int
    hint: str | None
    id: int | None
    kind: Literal[
        "Checkbox",
        "Date",
        "Header",
        "Number",
        "Select",
        "Text",
        "Textbox",
        "Upload",
        "Tag",
        "Percent",
        "Password",
    ]
    name: str
    order: int
    required: bool | None
    show_in_list: bool | None
    tag_type: (
        Literal[
            "AccountsUsers",
            "Checklists",
            "ChecklistTemplates",
            "Contacts",
            "Configurations",
            "Documents",
            "Domains",
            "Passwords",
            "Locations",
            "Organizations",
            "SslCertificates",
            "Tickets",
            "FlexibleAssetType: id",
        ]
        | None
    )
    use_for_title: bool | None


@attrs.define(kw_only=True)
class FlexibleAssetFieldUpdate:
    """A FlexibleAssetField update body; fields left ``UNSET`` are not sent."""

    decimals: int | None | _UnsetType = UNSET
    default_value: str | None | _UnsetType = UNSET
    expiration: bool | None | _UnsetType = UNSET
    flexible_asset_type_id: int | _UnsetType = UNSET
    hint: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    kind: (
        Literal[
            "Checkbox",
            "Date",
            "Header",
            "Number",
            "Select",
            "Text",
            "Textbox",
            "Upload",
            "Tag",
            "Percent",
            "Password",
        ]
        | _UnsetType
    ) = UNSET
    name: str | _UnsetType = UNSET
    order: int | _UnsetType = UNSET
    required: bool | None | _UnsetType = UNSET
    show_in_list: bool | None | _UnsetType = UNSET
    tag_type: (
        Literal[
            "AccountsUsers",
            "Checklists",
            "ChecklistTemplates",
            "Contacts",
            "Configurations",
            "Documents",
            "Domains",
            "Passwords",
            "Locations",
            "Organizations",
            "SslCertificates",
            "Tickets",
            "FlexibleAssetType: id",
        ]
        | None
        | _UnsetType
    ) = UNSET
    use_for_title: bool | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class FlexibleAssetType(BaseModel):
    """A flexible asset type refers to a set of custom fields that can be used to generate
    structured documentation.

    Wire type ``flexible-asset-types``; relationships reachable with ``related(name)`` when included: flexible_asset_fields.
    """

    created_at: datetime.datetime | None = None
    description: str | None = None
    icon: str | None = None
    name: str | None = None
    show_in_menu: bool | None = None
    updated_at: datetime.datetime | None = None


class FlexibleAssetTypeCreateDict(TypedDict, total=False):
    """Attributes of a FlexibleAssetType create body, in mapping form."""

    description: str | None
    enabled: bool | None
    fields: Sequence[Mapping[str, Any]]
    icon: str | None
    id: int | None
    name: str


@attrs.define(kw_only=True)
class FlexibleAssetTypeCreate:
    """A FlexibleAssetType create body; fields left ``UNSET`` are not sent."""

    description: str | None | _UnsetType = UNSET
    enabled: bool | None | _UnsetType = UNSET
    fields: Sequence[Mapping[str, Any]] | _UnsetType = UNSET
    icon: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


class FlexibleAssetTypeUpdateDict(TypedDict, total=False):
    """Attributes of a FlexibleAssetType update body, in mapping form."""

    description: str | None
    enabled: bool | None
    fields: Sequence[Mapping[str, Any]]
    icon: str | None
    id: int | None
    name: str


@attrs.define(kw_only=True)
class FlexibleAssetTypeUpdate:
    """A FlexibleAssetType update body; fields left ``UNSET`` are not sent."""

    description: str | None | _UnsetType = UNSET
    enabled: bool | None | _UnsetType = UNSET
    fields: Sequence[Mapping[str, Any]] | _UnsetType = UNSET
    icon: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class FlexibleAsset(BaseModel):
    """A flexible asset refers to a record that has been created using a specific flexible
    asset type.

    Wire type ``flexible-assets``; relationships reachable with ``related(name)`` when included: adapters_resources, attachments, authorized_users, distinct_remote_assets, group_resource_accesses, passwords, recent_versions, related_items, user_resource_accesses.
    """

    archived: bool | None = None
    created_at: datetime.datetime | None = None
    flexible_asset_type_id: int | None = None
    flexible_asset_type_name: str | None = None
    my_glue: bool | None = None
    name: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    resource_url: str | None = None
    restricted: bool | None = None
    traits: dict[str, Any] | None = None
    updated_at: datetime.datetime | None = None


class FlexibleAssetCreateDict(TypedDict, total=False):
    """Attributes of a FlexibleAsset create body, in mapping form."""

    archived: bool | None
    flexible_asset_type_id: int
    organization_id: int
    restricted: bool | None
    traits: Mapping[str, Any]


@attrs.define(kw_only=True)
class FlexibleAssetCreate:
    """A FlexibleAsset create body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    flexible_asset_type_id: int | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    traits: Mapping[str, Any] | _UnsetType = UNSET


class FlexibleAssetUpdateDict(TypedDict, total=False):
    """Attributes of a FlexibleAsset update body, in mapping form."""

    archived: bool | None
    id: int | None
    organization_id: int
    restricted: bool | None
    traits: Mapping[str, Any]


@attrs.define(kw_only=True)
class FlexibleAssetUpdate:
    """A FlexibleAsset update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    traits: Mapping[str, Any] | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Group(BaseModel):
    """A group is a collection of users.

    Wire type ``groups``; relationships reachable with ``related(name)`` when included: my_glue_account, organizations, resource_type_restrictions, users.
    """

    created_at: datetime.datetime | None = None
    description: str | None = None
    hide_from_my_glue: bool | None = None
    my_glue: bool | None = None
    my_glue_account_id: int | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class GroupCreateDict(TypedDict, total=False):
    """Attributes of a Group create body, in mapping form."""

    accounts_user_ids: Sequence[Any] | None
    description: str | None
    hide_from_my_glue: bool | None
    id: int | None
    name: str


@attrs.define(kw_only=True)
class GroupCreate:
    """A Group create body; fields left ``UNSET`` are not sent."""

    accounts_user_ids: Sequence[Any] | None | _UnsetType = UNSET
    description: str | None | _UnsetType = UNSET
    hide_from_my_glue: bool | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


class GroupUpdateDict(TypedDict, total=False):
    """Attributes of a Group update body, in mapping form."""

    accounts_user_ids: Sequence[Any] | None
    description: str | None
    hide_from_my_glue: bool | None
    id: int | None
    name: str


@attrs.define(kw_only=True)
class GroupUpdate:
    """A Group update body; fields left ``UNSET`` are not sent."""

    accounts_user_ids: Sequence[Any] | None | _UnsetType = UNSET
    description: str | None | _UnsetType = UNSET
    hide_from_my_glue: bool | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Location(BaseModel):
    """A location refers to a physical location and address where a client's users may work.

    Wire type ``locations``; relationships reachable with ``related(name)`` when included: adapters_resources, attachments, authorized_users, group_resource_accesses, passwords, recent_versions, related_items, user_resource_accesses.
    """

    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    country_id: int | None = None
    country_name: str | None = None
    created_at: datetime.datetime | None = None
    fax: str | None = None
    formatted_fax: str | None = None
    formatted_phone: str | None = None
    name: str | None = None
    notes: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    phone: str | None = None
    postal_code: str | None = None
    primary: bool | None = None
    region_id: int | None = None
    region_name: str | None = None
    updated_at: datetime.datetime | None = None


class LocationCreateDict(TypedDict, total=False):
    """Attributes of a Location create body, in mapping form."""

    address_1: str | None
    address_2: str | None
    city: str | None
    country_id: int | None
    fax: str | None
    id: int | None
    name: str
    notes: str | None
    organization_id: int
    phone: str | None
    postal_code: str | None
    primary: bool | None
    region_id: int | None
    restricted: bool | None


@attrs.define(kw_only=True)
class LocationCreate:
    """A Location create body; fields left ``UNSET`` are not sent."""

    address_1: str | None | _UnsetType = UNSET
    address_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    country_id: int | None | _UnsetType = UNSET
    fax: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    postal_code: str | None | _UnsetType = UNSET
    primary: bool | None | _UnsetType = UNSET
    region_id: int | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET


class LocationUpdateDict(TypedDict, total=False):
    """Attributes of a Location update body, in mapping form."""

    address_1: str | None
    address_2: str | None
    city: str | None
    country_id: int | None
    fax: str | None
    id: int | None
    name: str
    notes: str | None
    organization_id: int
    phone: str | None
    postal_code: str | None
    primary: bool | None
    region_id: int | None
    restricted: bool | None


@attrs.define(kw_only=True)
class LocationUpdate:
    """A Location update body; fields left ``UNSET`` are not sent."""

    address_1: str | None | _UnsetType = UNSET
    address_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    country_id: int | None | _UnsetType = UNSET
    fax: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    postal_code: str | None | _UnsetType = UNSET
    primary: bool | None | _UnsetType = UNSET
    region_id: int | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Log(BaseModel):
    """Log

    Wire type ``logs``.
    """

    account_id: int | None = None
    action: str | None = None
    created_at: datetime.datetime | None = None
    ip_address: str | None = None
    ip_city: str | None = None
    ip_country: str | None = None
    ip_region: str | None = None
    level: int | None = None
    organization_id: int | None = None
    resource_name: str | None = None
    resource_type: str | None = None
    user_agent: str | None = None
    user_id: int | None = None


@attrs.define(kw_only=True)
class Manufacturer(BaseModel):
    """A manufacturer refers to any computer product manufacturer.

    Wire type ``manufacturers``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class ManufacturerCreateDict(TypedDict, total=False):
    """Attributes of a Manufacturer create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ManufacturerCreate:
    """A Manufacturer create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class ManufacturerUpdateDict(TypedDict, total=False):
    """Attributes of a Manufacturer update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class ManufacturerUpdate:
    """A Manufacturer update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Model(BaseModel):
    """A model refers to a specific computer model, such as a Dell Latitude E7470.

    Wire type ``models``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class ModelCreateDict(TypedDict, total=False):
    """Attributes of a Model create body, in mapping form."""

    id: int | None
    manufacturer_id: int | None
    name: str


@attrs.define(kw_only=True)
class ModelCreate:
    """A Model create body; fields left ``UNSET`` are not sent."""

    id: int | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


class ModelUpdateDict(TypedDict, total=False):
    """Attributes of a Model update body, in mapping form."""

    id: int | None
    manufacturer_id: int | None
    name: str


@attrs.define(kw_only=True)
class ModelUpdate:
    """A Model update body; fields left ``UNSET`` are not sent."""

    id: int | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class OperatingSystem(BaseModel):
    """An operating system refers to any current or previous version of operating system
    software, for example, Windows 10.

    Wire type ``operating-systems``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    platform_id: int | None = None
    platform_name: str | None = None
    updated_at: datetime.datetime | None = None


@attrs.define(kw_only=True)
class OrganizationStatus(BaseModel):
    """An organization status refers to the status that can be maintained on an organization,
    for example, active or inactive.

    Wire type ``organization-statuses``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class OrganizationStatusCreateDict(TypedDict, total=False):
    """Attributes of a OrganizationStatus create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class OrganizationStatusCreate:
    """A OrganizationStatus create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class OrganizationStatusUpdateDict(TypedDict, total=False):
    """Attributes of a OrganizationStatus update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class OrganizationStatusUpdate:
    """A OrganizationStatus update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class OrganizationType(BaseModel):
    """An organization type refers to the type categorization of an organization, for example,
    customer or vendor.

    Wire type ``organization-types``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class OrganizationTypeCreateDict(TypedDict, total=False):
    """Attributes of a OrganizationType create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class OrganizationTypeCreate:
    """A OrganizationType create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class OrganizationTypeUpdateDict(TypedDict, total=False):
    """Attributes of a OrganizationType update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class OrganizationTypeUpdate:
    """A OrganizationType update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Organization(BaseModel):
    """An organization refers to a client company.

    Wire type ``organizations``; relationships reachable with ``related(name)`` when included: adapters_resources, attachments, rmm_companies.
    """

    alert: str | None = None
    ancestor_ids: str | None = None
    created_at: datetime.datetime | None = None
    description: str | None = None
    logo: str | None = None
    name: str | None = None
    organization_status_id: int | None = None
    organization_status_name: str | None = None
    organization_type_id: int | None = None
    organization_type_name: str | None = None
    parent_id: str | None = None
    primary: bool | None = None
    quick_notes: str | None = None
    short_name: str | None = None
    updated_at: datetime.datetime | None = None


class OrganizationCreateDict(TypedDict, total=False):
    """Attributes of a Organization create body, in mapping form."""

    alert: str | None
    description: str | None
    id: int | None
    name: str
    organization_status_id: int
    organization_type_id: int
    parent_id: int | None
    quick_notes: str | None
    short_name: str | None


@attrs.define(kw_only=True)
class OrganizationCreate:
    """A Organization create body; fields left ``UNSET`` are not sent."""

    alert: str | None | _UnsetType = UNSET
    description: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    organization_status_id: int | _UnsetType = UNSET
    organization_type_id: int | _UnsetType = UNSET
    parent_id: int | None | _UnsetType = UNSET
    quick_notes: str | None | _UnsetType = UNSET
    short_name: str | None | _UnsetType = UNSET


class OrganizationUpdateDict(TypedDict, total=False):
    """Attributes of a Organization update body, in mapping form."""

    alert: str | None
    description: str | None
    id: int | None
    name: str
    organization_status_id: int
    organization_type_id: int
    parent_id: int | None
    quick_notes: str | None
    short_name: str | None


@attrs.define(kw_only=True)
class OrganizationUpdate:
    """A Organization update body; fields left ``UNSET`` are not sent."""

    alert: str | None | _UnsetType = UNSET
    description: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    organization_status_id: int | _UnsetType = UNSET
    organization_type_id: int | _UnsetType = UNSET
    parent_id: int | None | _UnsetType = UNSET
    quick_notes: str | None | _UnsetType = UNSET
    short_name: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class PasswordCategory(BaseModel):
    """A password category refers to the type categorization of a password.

    Wire type ``password-categories``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    passwords_count: int | None = None
    updated_at: datetime.datetime | None = None


class PasswordCategoryCreateDict(TypedDict, total=False):
    """Attributes of a PasswordCategory create body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class PasswordCategoryCreate:
    """A PasswordCategory create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


class PasswordCategoryUpdateDict(TypedDict, total=False):
    """Attributes of a PasswordCategory update body, in mapping form."""

    name: str


@attrs.define(kw_only=True)
class PasswordCategoryUpdate:
    """A PasswordCategory update body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Password(BaseModel):
    """A password refers to a login credential for a managed system, application, or account.

    Wire type ``passwords``; relationships reachable with ``related(name)`` when included: active_shared_links, attachments, authorized_users, group_resource_accesses, network_glue_networks, recent_versions, related_items, rotatable_password, shared_links, updater, user_resource_accesses.
    """

    autofill_selectors: str | None = None
    cached_resource_name: str | None = None
    cached_resource_type_name: str | None = None
    created_at: datetime.datetime | None = None
    is_live: bool | None = None
    my_glue: bool | None = None
    name: str | None = None
    notes: str | None = None
    organization_id: int | None = None
    organization_name: str | None = None
    password: SecretStr | None = attrs.field(default=None, repr=False)
    password_category_id: int | None = None
    password_category_name: str | None = None
    password_updated_at: datetime.datetime | None = None
    resource_id: int | None = None
    resource_type: str | None = None
    resource_url: str | None = None
    restricted: bool | None = None
    updated_at: datetime.datetime | None = None
    updated_by: int | None = None
    url: str | None = None
    username: str | None = None


class PasswordCreateDict(TypedDict, total=False):
    """Attributes of a Password create body, in mapping form."""

    archived: bool | None
    autofill_selectors: str | None
    generated_password_type: str | None
    id: int | None
    is_live: bool | None
    name: str
    notes: str | None
    organization_id: int
    otp_secret: str | None
    password: str
    password_category: Sequence[Mapping[str, Any]]
    password_category_id: int | None
    password_updated_at: str | None
    resource_id: int | None
    resource_type: (
        Literal[
            "Configuration",
            "Contact",
            "Document",
            "Domain",
            "Location",
            "SSL Certificate",
            "Flexible Asset",
            "Ticket",
        ]
        | None
    )
    restricted: bool | None
    shareable: bool | None
    url: str | None
    username: str | None


@attrs.define(kw_only=True)
class PasswordCreate:
    """A Password create body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    autofill_selectors: str | None | _UnsetType = UNSET
    generated_password_type: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    is_live: bool | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    otp_secret: str | None | _UnsetType = UNSET
    password: str | _UnsetType = UNSET
    password_category: Sequence[Mapping[str, Any]] | _UnsetType = UNSET
    password_category_id: int | None | _UnsetType = UNSET
    password_updated_at: str | None | _UnsetType = UNSET
    resource_id: int | None | _UnsetType = UNSET
    resource_type: (
        Literal[
            "Configuration",
            "Contact",
            "Document",
            "Domain",
            "Location",
            "SSL Certificate",
            "Flexible Asset",
            "Ticket",
        ]
        | None
        | _UnsetType
    ) = UNSET
    restricted: bool | None | _UnsetType = UNSET
    shareable: bool | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET
    username: str | None | _UnsetType = UNSET


class PasswordUpdateDict(TypedDict, total=False):
    """Attributes of a Password update body, in mapping form."""

    archived: bool | None
    autofill_selectors: str | None
    generated_password_type: str | None
    id: int | None
    is_live: bool | None
    name: str
    notes: str | None
    organization_id: int
    otp_secret: str | None
    password: str
    password_category_id: int | None
    password_updated_at: str | None
    restricted: bool | None
    shareable: bool | None
    url: str | None
    username: str | None


@attrs.define(kw_only=True)
class PasswordUpdate:
    """A Password update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    autofill_selectors: str | None | _UnsetType = UNSET
    generated_password_type: str | None | _UnsetType = UNSET
    id: int | None | _UnsetType = UNSET
    is_live: bool | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    organization_id: int | _UnsetType = UNSET
    otp_secret: str | None | _UnsetType = UNSET
    password: str | _UnsetType = UNSET
    password_category_id: int | None | _UnsetType = UNSET
    password_updated_at: str | None | _UnsetType = UNSET
    restricted: bool | None | _UnsetType = UNSET
    shareable: bool | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET
    username: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Platform(BaseModel):
    """A platform refers to a type of operating system software, such as Windows or macOS, upon
    which applications or services are built.

    Wire type ``platforms``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


@attrs.define(kw_only=True)
class Region(BaseModel):
    """A region refers to a subdivision of a country, such as a province, state, etc.

    Wire type ``regions``.
    """

    country_id: int | None = None
    iso: str | None = None
    name: str | None = None


@attrs.define(kw_only=True)
class RelatedItem(BaseModel):
    """A related item refers to a link between two items.

    Wire type ``related-items``.
    """


class RelatedItemCreateDict(TypedDict, total=False):
    """Attributes of a RelatedItem create body, in mapping form."""

    destination_id: str
    destination_type: Literal[
        "User",
        "Checklist",
        "Checklist Template",
        "Contact",
        "Configuration",
        "Datto Device",
        "Document",
        "Document Folder",
        "Domain",
        "Location",
        "Organization",
        "Password",
        "SSL Certificate",
        "Flexible Asset",
        "Ticket",
    ]
    notes: str
    via_copilot: str


@attrs.define(kw_only=True)
class RelatedItemCreate:
    """A RelatedItem create body; fields left ``UNSET`` are not sent."""

    destination_id: str | _UnsetType = UNSET
    destination_type: (
        Literal[
            "User",
            "Checklist",
            "Checklist Template",
            "Contact",
            "Configuration",
            "Datto Device",
            "Document",
            "Document Folder",
            "Domain",
            "Location",
            "Organization",
            "Password",
            "SSL Certificate",
            "Flexible Asset",
            "Ticket",
        ]
        | _UnsetType
    ) = UNSET
    notes: str | _UnsetType = UNSET
    via_copilot: str | _UnsetType = UNSET


class RelatedItemUpdateDict(TypedDict, total=False):
    """Attributes of a RelatedItem update body, in mapping form."""

    id: int
    notes: str


@attrs.define(kw_only=True)
class RelatedItemUpdate:
    """A RelatedItem update body; fields left ``UNSET`` are not sent."""

    id: int | _UnsetType = UNSET
    notes: str | _UnsetType = UNSET


@attrs.define(kw_only=True)
class UserMetric(BaseModel):
    """A user metric refers to a raw metric used to calculate the reputation score of a user.

    Wire type ``user-metrics``.
    """

    created: int | None = None
    date: datetime.date | None = None
    deleted: int | None = None
    edited: int | None = None
    organization_id: int | None = None
    resource_type: str | None = None
    user_id: int | None = None
    viewed: int | None = None


@attrs.define(kw_only=True)
class User(BaseModel):
    """A user refers to anyone who can authenticate to IT Glue.

    Wire type ``users``.
    """

    avatar: str | None = None
    current_sign_in_at: datetime.datetime | None = None
    current_sign_in_ip: str | None = None
    email: str | None = None
    first_name: str | None = None
    invitation_accepted_at: datetime.datetime | None = None
    invitation_sent_at: datetime.datetime | None = None
    last_name: str | None = None
    last_sign_in_at: datetime.datetime | None = None
    last_sign_in_ip: str | None = None
    my_glue: bool | None = None
    my_glue_account_id: int | None = None
    reputation: int | None = None
    role_name: str | None = None


class UserUpdateDict(TypedDict, total=False):
    """Attributes of a User update body, in mapping form."""

    avatar: Mapping[str, Any] | None
    first_name: str | None
    last_name: str | None


@attrs.define(kw_only=True)
class UserUpdate:
    """A User update body; fields left ``UNSET`` are not sent."""

    avatar: Mapping[str, Any] | None | _UnsetType = UNSET
    first_name: str | None | _UnsetType = UNSET
    last_name: str | None | _UnsetType = UNSET


MODELS_BY_TYPE: dict[str, type[BaseModel]] = {
    "attachments": Attachment,
    "configuration-interfaces": ConfigurationInterface,
    "configuration-statuses": ConfigurationStatus,
    "configuration-types": ConfigurationType,
    "configurations": Configuration,
    "contact-types": ContactType,
    "contacts": Contact,
    "countries": Country,
    "document-folders": DocumentFolder,
    "document-images": DocumentImage,
    "document-sections": DocumentSection,
    "documents": Document,
    "domains": Domain,
    "expirations": Expiration,
    "exports": Export,
    "flexible-asset-fields": FlexibleAssetField,
    "flexible-asset-types": FlexibleAssetType,
    "flexible-assets": FlexibleAsset,
    "groups": Group,
    "locations": Location,
    "logs": Log,
    "manufacturers": Manufacturer,
    "models": Model,
    "operating-systems": OperatingSystem,
    "organization-statuses": OrganizationStatus,
    "organization-types": OrganizationType,
    "organizations": Organization,
    "password-categories": PasswordCategory,
    "passwords": Password,
    "platforms": Platform,
    "regions": Region,
    "related-items": RelatedItem,
    "user-metrics": UserMetric,
    "users": User,
}
"""Model class by wire type."""

__all__ = [
    "MODELS_BY_TYPE",
    "Attachment",
    "AttachmentCreate",
    "AttachmentCreateDict",
    "AttachmentUpdate",
    "AttachmentUpdateDict",
    "Configuration",
    "ConfigurationCreate",
    "ConfigurationCreateDict",
    "ConfigurationInterface",
    "ConfigurationInterfaceCreate",
    "ConfigurationInterfaceCreateDict",
    "ConfigurationInterfaceUpdate",
    "ConfigurationInterfaceUpdateDict",
    "ConfigurationStatus",
    "ConfigurationStatusCreate",
    "ConfigurationStatusCreateDict",
    "ConfigurationStatusUpdate",
    "ConfigurationStatusUpdateDict",
    "ConfigurationType",
    "ConfigurationTypeCreate",
    "ConfigurationTypeCreateDict",
    "ConfigurationTypeUpdate",
    "ConfigurationTypeUpdateDict",
    "ConfigurationUpdate",
    "ConfigurationUpdateDict",
    "Contact",
    "ContactCreate",
    "ContactCreateDict",
    "ContactType",
    "ContactTypeCreate",
    "ContactTypeCreateDict",
    "ContactTypeUpdate",
    "ContactTypeUpdateDict",
    "ContactUpdate",
    "ContactUpdateDict",
    "Country",
    "Document",
    "DocumentCreate",
    "DocumentCreateDict",
    "DocumentFolder",
    "DocumentImage",
    "DocumentImageCreate",
    "DocumentImageCreateDict",
    "DocumentSection",
    "DocumentSectionCreate",
    "DocumentSectionCreateDict",
    "DocumentSectionUpdate",
    "DocumentSectionUpdateDict",
    "DocumentUpdate",
    "DocumentUpdateDict",
    "Domain",
    "Expiration",
    "Export",
    "ExportCreate",
    "ExportCreateDict",
    "FlexibleAsset",
    "FlexibleAssetCreate",
    "FlexibleAssetCreateDict",
    "FlexibleAssetField",
    "FlexibleAssetFieldCreate",
    "FlexibleAssetFieldCreateDict",
    "FlexibleAssetFieldUpdate",
    "FlexibleAssetFieldUpdateDict",
    "FlexibleAssetType",
    "FlexibleAssetTypeCreate",
    "FlexibleAssetTypeCreateDict",
    "FlexibleAssetTypeUpdate",
    "FlexibleAssetTypeUpdateDict",
    "FlexibleAssetUpdate",
    "FlexibleAssetUpdateDict",
    "Group",
    "GroupCreate",
    "GroupCreateDict",
    "GroupUpdate",
    "GroupUpdateDict",
    "Location",
    "LocationCreate",
    "LocationCreateDict",
    "LocationUpdate",
    "LocationUpdateDict",
    "Log",
    "Manufacturer",
    "ManufacturerCreate",
    "ManufacturerCreateDict",
    "ManufacturerUpdate",
    "ManufacturerUpdateDict",
    "Model",
    "ModelCreate",
    "ModelCreateDict",
    "ModelUpdate",
    "ModelUpdateDict",
    "OperatingSystem",
    "Organization",
    "OrganizationCreate",
    "OrganizationCreateDict",
    "OrganizationStatus",
    "OrganizationStatusCreate",
    "OrganizationStatusCreateDict",
    "OrganizationStatusUpdate",
    "OrganizationStatusUpdateDict",
    "OrganizationType",
    "OrganizationTypeCreate",
    "OrganizationTypeCreateDict",
    "OrganizationTypeUpdate",
    "OrganizationTypeUpdateDict",
    "OrganizationUpdate",
    "OrganizationUpdateDict",
    "Password",
    "PasswordCategory",
    "PasswordCategoryCreate",
    "PasswordCategoryCreateDict",
    "PasswordCategoryUpdate",
    "PasswordCategoryUpdateDict",
    "PasswordCreate",
    "PasswordCreateDict",
    "PasswordUpdate",
    "PasswordUpdateDict",
    "Platform",
    "Region",
    "RelatedItem",
    "RelatedItemCreate",
    "RelatedItemCreateDict",
    "RelatedItemUpdate",
    "RelatedItemUpdateDict",
    "User",
    "UserMetric",
    "UserUpdate",
    "UserUpdateDict",
]
