# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Every documented route of IT Glue, with the tables the core validates against.

Each route is a named ``Route``; tables several routes share are named once. ``ROUTES`` lists
the routes in the reference's order.
"""

from __future__ import annotations

from itglue_async._routes import Attribute, Body, FilterDefault, Param, Route

USER_METRICS_LIST_FILTERS: dict[str, Param] = {
    "date": Param(type="string", format="date_range"),
    "organization_id": Param(type="integer", list=True),
    "resource_type": Param(type="string", list=True),
    "user_id": Param(type="integer", list=True),
}
USERS_LIST_FILTERS: dict[str, Param] = {
    "email": Param(type="string", list=True),
    "id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "role_name": Param(type="string", list=True),
    "salesforce_id": Param(type="integer", list=True),
}
USERS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "avatar": Attribute(
        type="object",
        nullable=True,
        properties={
            "content": Attribute(
                type="string", nullable=True, description="A base64-encoded image"
            ),
            "file_name": Attribute(type="string", nullable=True, description="The image file name"),
        },
        description="A hash of avatar data or an empty hash to remove",
    ),
    "first_name": Attribute(type="string", nullable=True),
    "last_name": Attribute(type="string", nullable=True),
}
ATTACHMENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "attachment": Attribute(
        type="file",
        required=True,
        description='Can be an uploaded file if multipart is used, or a JSON with Base64 encoded content as following: ``` "attachment": { "content": "<Base64 code of the uploaded file>", "file_name": "test.png" } ```',
    )
}
ATTACHMENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "id": Attribute(type="integer"),
    "name": Attribute(type="string", required=True),
}
ATTACHMENTS_BULK_DESTROY_ATTRIBUTES: dict[str, Attribute] = {
    "id": Attribute(type="integer", required=True)
}
CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION_FILTERS: dict[str, Param] = {
    "id": Param(type="integer", list=True),
    "ip_address": Param(type="string", list=True),
}
CONFIGURATION_INTERFACES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "configuration_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "ip_address": Attribute(type="string", nullable=True, description="IP4 and IP6 are supported"),
    "mac_address": Attribute(
        type="string", nullable=True, description="Must be a valid MAC address"
    ),
    "name": Attribute(type="string", nullable=True),
    "notes": Attribute(type="string", nullable=True),
    "primary": Attribute(type="boolean", nullable=True),
}
CONFIGURATION_INTERFACES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "configuration_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "ip_address": Attribute(type="string", nullable=True, description="IP4 and IP6 are supported"),
    "mac_address": Attribute(
        type="string", nullable=True, description="Must be a valid MAC address"
    ),
    "name": Attribute(type="string", nullable=True),
    "notes": Attribute(type="string", nullable=True),
    "primary": Attribute(type="boolean", nullable=True),
}
CONFIGURATION_STATUSES_LIST_FILTERS: dict[str, Param] = {"name": Param(type="string", list=True)}
CONFIGURATION_STATUSES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "name": Attribute(type="string", required=True)
}
CONFIGURATIONS_LIST_FILTERS: dict[str, Param] = {
    "archived": Param(type="boolean", list=True),
    "asset_tag": Param(type="string", list=True),
    "configuration_status_id": Param(type="integer", list=True),
    "configuration_type_id": Param(type="integer", list=True),
    "contact_id": Param(type="integer", list=True),
    "id": Param(type="integer", list=True),
    "mac_address": Param(type="string", list=True),
    "name": Param(type="string", list=True),
    "organization_id": Param(type="integer", list=True),
    "psa_id": Param(type="string", list=True, requires="filter.psa_integration_type"),
    "psa_integration_type": Param(
        type="string",
        enum=("manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"),
        list=True,
    ),
    "rmm_id": Param(type="string", list=True, requires="filter.rmm_integration_type"),
    "rmm_integration_type": Param(
        type="string",
        enum=(
            "addigy",
            "aem",
            "atera",
            "auvik",
            "managed-workplace",
            "continuum",
            "jamf-pro",
            "kaseya-vsa",
            "automate",
            "log-me-in",
            "msp-rmm",
            "meraki",
            "msp-n-central",
            "ninja-rmm",
            "panorama9",
            "pulseway-rmm",
            "syncro",
            "watchman-monitoring",
            "office365",
            "vsa-x",
        ),
        list=True,
    ),
    "serial_number": Param(type="string", list=True),
}
CONFIGURATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "asset_tag": Attribute(type="string", nullable=True),
    "configuration_interfaces": Attribute(
        type="array",
        items="object",
        properties={
            "ip_address": Attribute(type="string", description="IP4 and IP6 are supported"),
            "mac_address": Attribute(type="string", description="Must be a valid MAC address"),
            "name": Attribute(type="string"),
            "notes": Attribute(type="string"),
            "primary": Attribute(type="boolean"),
        },
        not_permitted=("update", "bulk_update"),
        location="relationships",
        item_type="configuration_interfaces",
    ),
    "configuration_status_id": Attribute(type="integer", nullable=True),
    "configuration_type_id": Attribute(type="integer", required=True),
    "contact_id": Attribute(type="integer", nullable=True),
    "default_gateway": Attribute(type="string", nullable=True),
    "hostname": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "installed_at": Attribute(type="string", nullable=True),
    "installed_by": Attribute(type="string", nullable=True),
    "location_id": Attribute(type="integer", nullable=True),
    "mac_address": Attribute(type="string", nullable=True, description="17 Character limit"),
    "manufacturer_id": Attribute(type="integer", nullable=True),
    "mitp_device_expiration_date": Attribute(type="string", nullable=True),
    "mitp_end_of_life_date": Attribute(type="string", nullable=True),
    "model_id": Attribute(type="integer", nullable=True),
    "name": Attribute(type="string", required=True),
    "notes": Attribute(type="string", nullable=True),
    "operating_system_id": Attribute(type="integer", nullable=True),
    "operating_system_notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "position": Attribute(type="string", nullable=True),
    "primary_ip": Attribute(type="string", nullable=True, description="IP4 and IP6 are supported"),
    "purchased_at": Attribute(type="string", nullable=True),
    "purchased_by": Attribute(type="string", nullable=True),
    "restricted": Attribute(type="boolean", nullable=True),
    "serial_number": Attribute(type="string", nullable=True),
    "warranty_expires_at": Attribute(type="string", nullable=True),
}
CONFIGURATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "asset_tag": Attribute(type="string", nullable=True),
    "configuration_status_id": Attribute(type="integer", nullable=True),
    "configuration_type_id": Attribute(type="integer"),
    "contact_id": Attribute(type="integer", nullable=True),
    "default_gateway": Attribute(type="string", nullable=True),
    "hostname": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "installed_at": Attribute(type="string", nullable=True),
    "installed_by": Attribute(type="string", nullable=True),
    "location_id": Attribute(type="integer", nullable=True),
    "mac_address": Attribute(type="string", nullable=True, description="17 Character limit"),
    "manufacturer_id": Attribute(type="integer", nullable=True),
    "mitp_device_expiration_date": Attribute(type="string", nullable=True),
    "mitp_end_of_life_date": Attribute(type="string", nullable=True),
    "model_id": Attribute(type="integer", nullable=True),
    "name": Attribute(type="string"),
    "notes": Attribute(type="string", nullable=True),
    "operating_system_id": Attribute(type="integer", nullable=True),
    "operating_system_notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "position": Attribute(type="string", nullable=True),
    "primary_ip": Attribute(type="string", nullable=True, description="IP4 and IP6 are supported"),
    "purchased_at": Attribute(type="string", nullable=True),
    "purchased_by": Attribute(type="string", nullable=True),
    "restricted": Attribute(type="boolean", nullable=True),
    "serial_number": Attribute(type="string", nullable=True),
    "warranty_expires_at": Attribute(type="string", nullable=True),
}
CONTACTS_LIST_FILTERS: dict[str, Param] = {
    "contact_type_id": Param(type="integer", list=True),
    "first_name": Param(type="string", list=True),
    "id": Param(type="integer", list=True),
    "important": Param(type="boolean", list=True),
    "last_name": Param(type="string", list=True),
    "organization_id": Param(type="integer", list=True),
    "primary_email": Param(type="string", list=True),
    "psa_id": Param(type="string", list=True, requires="filter.psa_integration_type"),
    "psa_integration_type": Param(
        type="string",
        enum=("manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"),
        list=True,
    ),
    "title": Param(type="string", list=True),
}
CONTACTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "contact_emails": Attribute(
        type="object",
        items="object",
        properties={
            "label_name": Attribute(type="string", required=True),
            "primary": Attribute(type="boolean", description="Defaults to false if not provided."),
            "value": Attribute(
                type="string", required=True, description="Must be a valid email address format"
            ),
        },
        description='Nameless hash, should look like: {"value": "email@company.com", "primary": true, …}',
    ),
    "contact_phones": Attribute(
        type="object",
        items="object",
        properties={
            "extension": Attribute(
                type="string", description="Phone extensions are stripped of all separators."
            ),
            "label_name": Attribute(type="string", required=True),
            "label_type": Attribute(
                type="string",
                enum=("phone", "fax"),
                description="Defaults to phone if not provided.",
            ),
            "primary": Attribute(type="boolean", description="Defaults to false if not provided."),
            "value": Attribute(
                type="string",
                required=True,
                description="Phone numbers are stripped of all separators.",
            ),
        },
        description='Nameless hash: should look like: {"value": "2341112233", "primary": true, …}',
    ),
    "contact_type_id": Attribute(type="integer", nullable=True),
    "first_name": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "important": Attribute(type="boolean", nullable=True),
    "last_name": Attribute(type="string", nullable=True),
    "location_id": Attribute(type="integer", nullable=True),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "restricted": Attribute(type="boolean", nullable=True),
    "title": Attribute(type="string", nullable=True),
}
CONTACTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "contact_emails": Attribute(
        type="object",
        items="object",
        properties={
            "label_name": Attribute(type="string", required=True),
            "primary": Attribute(type="boolean", description="Defaults to false if not provided."),
            "value": Attribute(
                type="string", required=True, description="Must be a valid email address format"
            ),
        },
        description='Nameless hash, should look like: {"value": "email@company.com", "primary": true, …}',
    ),
    "contact_phones": Attribute(
        type="object",
        items="object",
        properties={
            "extension": Attribute(
                type="string", description="Phone extensions are stripped of all separators."
            ),
            "label_name": Attribute(type="string", required=True),
            "label_type": Attribute(
                type="string",
                enum=("phone", "fax"),
                description="Defaults to phone if not provided.",
            ),
            "primary": Attribute(type="boolean", description="Defaults to false if not provided."),
            "value": Attribute(
                type="string",
                required=True,
                description="Phone numbers are stripped of all separators.",
            ),
        },
        description='Nameless hash: should look like: {"value": "2341112233", "primary": true, …}',
    ),
    "contact_type_id": Attribute(type="integer", nullable=True),
    "first_name": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "important": Attribute(type="boolean", nullable=True),
    "last_name": Attribute(type="string", nullable=True),
    "location_id": Attribute(type="integer", nullable=True),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "restricted": Attribute(type="boolean", nullable=True),
    "title": Attribute(type="string", nullable=True),
}
CONTACTS_BULK_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "contact_type_id": Attribute(type="integer", nullable=True),
    "first_name": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "important": Attribute(type="boolean", nullable=True),
    "last_name": Attribute(type="string", nullable=True),
    "location_id": Attribute(type="integer", nullable=True),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "restricted": Attribute(type="boolean", nullable=True),
    "title": Attribute(type="string", nullable=True),
}
COUNTRIES_LIST_FILTERS: dict[str, Param] = {
    "iso": Param(type="string", list=True),
    "name": Param(type="string", list=True),
}
RELATED_ITEMS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "destination_id": Attribute(type="string", required=True),
    "destination_type": Attribute(
        type="string",
        required=True,
        enum=(
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
        ),
    ),
    "notes": Attribute(type="string"),
    "via_copilot": Attribute(type="string"),
}
RELATED_ITEMS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "id": Attribute(type="integer"),
    "notes": Attribute(type="string"),
}
DOCUMENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "document_folder_id": Attribute(
        type="integer",
        nullable=True,
        not_permitted=("update", "bulk_update"),
        description="Not permitted in PUT/PATCH, optional in POST",
    ),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "is_uploaded": Attribute(
        type="boolean",
        nullable=True,
        not_permitted=("update", "bulk_update"),
        description="Not permitted in PUT/PATCH, optional in POST",
    ),
    "name": Attribute(type="string"),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "public": Attribute(type="boolean", nullable=True),
    "restricted": Attribute(type="boolean", nullable=True),
    "sop_generator": Attribute(type="boolean", nullable=True),
}
DOMAINS_LIST_FILTERS: dict[str, Param] = {
    "id": Param(type="integer", list=True),
    "organization_id": Param(type="integer", list=True),
}
EXPIRATIONS_LIST_FILTERS: dict[str, Param] = {
    "description": Param(type="string", list=True),
    "expiration_date": Param(type="string", list=True),
    "id": Param(type="integer", list=True),
    "organization_id": Param(type="integer", list=True),
    "range.expiration_date": Param(type="string", format="range"),
    "resource_id": Param(type="integer", list=True),
    "resource_name": Param(type="string", list=True),
    "resource_type_name": Param(type="string", list=True),
}
EXPORTS_LIST_FILTERS: dict[str, Param] = {"id": Param(type="integer", list=True)}
EXPORTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "include_logs": Attribute(
        type="boolean", nullable=True, description="Defaults to false if not provided"
    ),
    "organization_id": Attribute(type="integer", nullable=True),
    "zip_password": Attribute(type="string", nullable=True),
}
FLEXIBLE_ASSET_FIELDS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "decimals": Attribute(
        type="integer",
        nullable=True,
        description="A non-negative required value if field type is Number or Percent",
    ),
    "default_value": Attribute(
        type="string", nullable=True, description="Required if field type is Select"
    ),
    "expiration": Attribute(type="boolean", nullable=True),
    "flexible_asset_type_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "hint": Attribute(type="string", nullable=True),
    "id": Attribute(type="integer", nullable=True, description="Required identifier for updates"),
    "kind": Attribute(
        type="string",
        required=True,
        enum=(
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
        ),
        description="Kind cannot be changed once there are traits created for the field",
    ),
    "name": Attribute(type="string", required=True),
    "order": Attribute(type="integer", required=True),
    "required": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if the field is required for the flexible asset; it will be set to false if the field type is Header",
    ),
    "show_in_list": Attribute(type="boolean", nullable=True),
    "tag_type": Attribute(
        type="string",
        nullable=True,
        enum=(
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
        ),
    ),
    "use_for_title": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if the field name should be added to the flexible asset name; it will be set to false if the field type is one of: Checkbox, Header, Number, Password, Percent, Step, Tag, Textbox, Upload",
    ),
}
FLEXIBLE_ASSET_FIELDS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "decimals": Attribute(
        type="integer",
        nullable=True,
        description="A non-negative required value if field type is Number or Percent",
    ),
    "default_value": Attribute(
        type="string", nullable=True, description="Required if field type is Select"
    ),
    "expiration": Attribute(type="boolean", nullable=True),
    "flexible_asset_type_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "hint": Attribute(type="string", nullable=True),
    "id": Attribute(type="integer", nullable=True, description="Required identifier for updates"),
    "kind": Attribute(
        type="string",
        enum=(
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
        ),
        description="Kind cannot be changed once there are traits created for the field",
    ),
    "name": Attribute(type="string"),
    "order": Attribute(type="integer"),
    "required": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if the field is required for the flexible asset; it will be set to false if the field type is Header",
    ),
    "show_in_list": Attribute(type="boolean", nullable=True),
    "tag_type": Attribute(
        type="string",
        nullable=True,
        enum=(
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
        ),
    ),
    "use_for_title": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if the field name should be added to the flexible asset name; it will be set to false if the field type is one of: Checkbox, Header, Number, Password, Percent, Step, Tag, Textbox, Upload",
    ),
}
FLEXIBLE_ASSET_TYPES_LIST_FILTERS: dict[str, Param] = {
    "enabled": Param(type="boolean", list=True),
    "icon": Param(type="string", list=True),
    "id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
}
FLEXIBLE_ASSET_TYPES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "description": Attribute(type="string", nullable=True),
    "enabled": Attribute(type="boolean", nullable=True),
    "fields": Attribute(
        type="array",
        required=True,
        items="object",
        properties={
            "decimals": Attribute(
                type="integer",
                nullable=True,
                description="A non-negative required value if field type is Number or Percent",
            ),
            "default_value": Attribute(
                type="string", nullable=True, description="Required if field type is Select"
            ),
            "expiration": Attribute(type="boolean", nullable=True),
            "flexible_asset_type_id": Attribute(
                type="integer",
                required_unless_nested=True,
                description="Not required when using nested relationship routes",
            ),
            "hint": Attribute(type="string", nullable=True),
            "id": Attribute(
                type="integer", nullable=True, description="Required identifier for updates"
            ),
            "kind": Attribute(
                type="string",
                required=True,
                enum=(
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
                ),
                description="Kind cannot be changed once there are traits created for the field",
            ),
            "name": Attribute(type="string", required=True),
            "order": Attribute(type="integer", required=True),
            "required": Attribute(
                type="boolean",
                nullable=True,
                description="Indicates if the field is required for the flexible asset; it will be set to false if the field type is Header",
            ),
            "show_in_list": Attribute(type="boolean", nullable=True),
            "tag_type": Attribute(
                type="string",
                nullable=True,
                enum=(
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
                ),
            ),
            "use_for_title": Attribute(
                type="boolean",
                nullable=True,
                description="Indicates if the field name should be added to the flexible asset name; it will be set to false if the field type is one of: Checkbox, Header, Number, Password, Percent, Step, Tag, Textbox, Upload",
            ),
        },
        location="relationships",
        relationship="flexible_asset_fields",
        item_type="flexible_asset_fields",
        description="List of fields for this flexible asset type; each flexible asset type must have at least one field and at least one field with show_in_list set to true",
    ),
    "icon": Attribute(type="string", nullable=True, description="icon image name"),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string", required=True),
}
FLEXIBLE_ASSET_TYPES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "description": Attribute(type="string", nullable=True),
    "enabled": Attribute(type="boolean", nullable=True),
    "fields": Attribute(
        type="array",
        items="object",
        properties={
            "decimals": Attribute(
                type="integer",
                nullable=True,
                description="A non-negative required value if field type is Number or Percent",
            ),
            "default_value": Attribute(
                type="string", nullable=True, description="Required if field type is Select"
            ),
            "expiration": Attribute(type="boolean", nullable=True),
            "flexible_asset_type_id": Attribute(
                type="integer",
                required_unless_nested=True,
                description="Not required when using nested relationship routes",
            ),
            "hint": Attribute(type="string", nullable=True),
            "id": Attribute(
                type="integer", nullable=True, description="Required identifier for updates"
            ),
            "kind": Attribute(
                type="string",
                enum=(
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
                ),
                description="Kind cannot be changed once there are traits created for the field",
            ),
            "name": Attribute(type="string"),
            "order": Attribute(type="integer"),
            "required": Attribute(
                type="boolean",
                nullable=True,
                description="Indicates if the field is required for the flexible asset; it will be set to false if the field type is Header",
            ),
            "show_in_list": Attribute(type="boolean", nullable=True),
            "tag_type": Attribute(
                type="string",
                nullable=True,
                enum=(
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
                ),
            ),
            "use_for_title": Attribute(
                type="boolean",
                nullable=True,
                description="Indicates if the field name should be added to the flexible asset name; it will be set to false if the field type is one of: Checkbox, Header, Number, Password, Percent, Step, Tag, Textbox, Upload",
            ),
        },
        description="List of fields for this flexible asset type; each flexible asset type must have at least one field and at least one field with show_in_list set to true",
    ),
    "icon": Attribute(type="string", nullable=True, description="icon image name"),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string"),
}
FLEXIBLE_ASSETS_LIST_FILTERS: dict[str, Param] = {
    "flexible_asset_type_id": Param(type="integer", required=True),
    "name": Param(type="string"),
    "organization_id": Param(type="integer"),
}
FLEXIBLE_ASSETS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "flexible_asset_type_id": Attribute(type="integer", required=True),
    "organization_id": Attribute(type="integer", required=True),
    "restricted": Attribute(type="boolean", nullable=True),
    "traits": Attribute(
        type="object",
        required=True,
        description="A hash of key value pairs for the traits of this asset. Values can be arrays. The key has to be an available field key from the specified flexible asset type.",
    ),
}
FLEXIBLE_ASSETS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "organization_id": Attribute(type="integer"),
    "restricted": Attribute(type="boolean", nullable=True),
    "traits": Attribute(
        type="object",
        replaced_on_update=True,
        description="A hash of key value pairs for the traits of this asset. Values can be arrays. The key has to be an available field key from the specified flexible asset type.",
    ),
}
FLEXIBLE_ASSETS_BULK_DESTROY_FILTERS: dict[str, Param] = {
    "archived": Param(type="boolean", list=True),
    "flexible_asset_type_id": Param(type="integer", required=True, list=True),
    "id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "organization_id": Param(type="integer", required=True, list=True),
}
GROUPS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "accounts_user_ids": Attribute(
        type="array", nullable=True, items="any", description="Array of account user ids"
    ),
    "description": Attribute(type="string", nullable=True, description="Description of the group"),
    "hide_from_my_glue": Attribute(
        type="boolean", nullable=True, description="Hide this group from my glue"
    ),
    "id": Attribute(
        type="integer", nullable=True, description="Unique identifier for the group bulk update"
    ),
    "name": Attribute(type="string", required=True, description="Name of the group"),
}
GROUPS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "accounts_user_ids": Attribute(
        type="array", nullable=True, items="any", description="Array of account user ids"
    ),
    "description": Attribute(type="string", nullable=True, description="Description of the group"),
    "hide_from_my_glue": Attribute(
        type="boolean", nullable=True, description="Hide this group from my glue"
    ),
    "id": Attribute(
        type="integer", nullable=True, description="Unique identifier for the group bulk update"
    ),
    "name": Attribute(type="string", description="Name of the group"),
}
GROUPS_BULK_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "description": Attribute(type="string", nullable=True, description="Description of the group"),
    "hide_from_my_glue": Attribute(
        type="boolean", nullable=True, description="Hide this group from my glue"
    ),
    "id": Attribute(
        type="integer", nullable=True, description="Unique identifier for the group bulk update"
    ),
    "name": Attribute(type="string", description="Name of the group"),
}
LOCATIONS_LIST_FILTERS: dict[str, Param] = {
    "city": Param(type="string", list=True),
    "country_id": Param(type="integer", list=True),
    "id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "organization_id": Param(type="integer", list=True),
    "psa_id": Param(type="string", list=True, requires="filter.psa_integration_type"),
    "psa_integration_type": Param(
        type="string",
        enum=("manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"),
        list=True,
    ),
    "region_id": Param(type="integer", list=True),
}
LOCATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_1": Attribute(type="string", nullable=True),
    "address_2": Attribute(type="string", nullable=True),
    "city": Attribute(type="string", nullable=True),
    "country_id": Attribute(type="integer", nullable=True),
    "fax": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string", required=True),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "phone": Attribute(type="string", nullable=True),
    "postal_code": Attribute(type="string", nullable=True),
    "primary": Attribute(type="boolean", nullable=True),
    "region_id": Attribute(type="integer", nullable=True),
    "restricted": Attribute(type="boolean", nullable=True),
}
LOCATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_1": Attribute(type="string", nullable=True),
    "address_2": Attribute(type="string", nullable=True),
    "city": Attribute(type="string", nullable=True),
    "country_id": Attribute(type="integer", nullable=True),
    "fax": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string"),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "phone": Attribute(type="string", nullable=True),
    "postal_code": Attribute(type="string", nullable=True),
    "primary": Attribute(type="boolean", nullable=True),
    "region_id": Attribute(type="integer", nullable=True),
    "restricted": Attribute(type="boolean", nullable=True),
}
LOGS_LIST_FILTERS: dict[str, Param] = {"created_at": Param(type="string", format="date_range")}
MODELS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "manufacturer_id": Attribute(
        type="integer",
        nullable=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "name": Attribute(type="string", required=True),
}
MODELS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "manufacturer_id": Attribute(
        type="integer",
        nullable=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "name": Attribute(type="string"),
}
ORGANIZATIONS_LIST_FILTERS: dict[str, Param] = {
    "created_at": Param(type="string", format="date_range"),
    "exclude.id": Param(type="integer", list=True),
    "exclude.name": Param(type="string", list=True),
    "exclude.organization_status_id": Param(type="integer", list=True),
    "exclude.organization_type_id": Param(type="integer", list=True),
    "group_id": Param(type="integer", list=True),
    "id": Param(type="integer", list=True),
    "my_glue_account_id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "organization_status_id": Param(type="integer", list=True),
    "organization_type_id": Param(type="integer", list=True),
    "primary": Param(type="string", list=True),
    "psa_id": Param(type="string", list=True, requires="filter.psa_integration_type"),
    "psa_integration_type": Param(
        type="string",
        enum=("manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"),
        list=True,
    ),
    "range.my_glue_account_id": Param(type="integer", format="range"),
    "updated_at": Param(type="string", format="date_range"),
}
ORGANIZATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "alert": Attribute(type="string", nullable=True),
    "description": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string", required=True),
    "organization_status_id": Attribute(type="integer"),
    "organization_type_id": Attribute(type="integer"),
    "parent_id": Attribute(type="integer", nullable=True),
    "quick_notes": Attribute(type="string", nullable=True),
    "short_name": Attribute(type="string", nullable=True),
}
ORGANIZATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "alert": Attribute(type="string", nullable=True),
    "description": Attribute(type="string", nullable=True),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "name": Attribute(type="string"),
    "organization_status_id": Attribute(type="integer"),
    "organization_type_id": Attribute(type="integer"),
    "parent_id": Attribute(type="integer", nullable=True),
    "quick_notes": Attribute(type="string", nullable=True),
    "short_name": Attribute(type="string", nullable=True),
}
ORGANIZATIONS_BULK_UPDATE_FILTERS: dict[str, Param] = {
    "created_at": Param(type="string", format="date_range"),
    "exclude.id": Param(type="integer", list=True),
    "exclude.name": Param(type="string", list=True),
    "exclude.organization_status_id": Param(type="integer", list=True),
    "exclude.organization_type_id": Param(type="integer", list=True),
    "group_id": Param(type="integer", list=True),
    "id": Param(type="integer", list=True),
    "my_glue_account_id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "organization_status_id": Param(type="integer", list=True),
    "organization_type_id": Param(type="integer", list=True),
    "primary": Param(type="string", list=True),
    "psa_id": Param(type="string", list=True, requires="filter.psa_integration_type"),
    "psa_integration_type": Param(
        type="string",
        enum=("manage", "autotask", "tigerpaw", "kaseya-bms", "pulseway-psa", "vorex"),
        list=True,
    ),
    "updated_at": Param(type="string", format="date_range"),
}
PASSWORDS_LIST_FILTERS: dict[str, Param] = {
    "archived": Param(type="boolean", list=True),
    "cached_resource_name": Param(type="string", list=True),
    "id": Param(type="integer", list=True),
    "name": Param(type="string", list=True),
    "organization_id": Param(type="integer", list=True),
    "password_category_id": Param(type="integer", list=True),
    "url": Param(type="string", list=True),
}
PASSWORDS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "autofill_selectors": Attribute(
        type="string",
        nullable=True,
        description="Used for identification of fields for password autofill",
    ),
    "generated_password_type": Attribute(
        type="string",
        nullable=True,
        description="This value indicates if the user is using the complex password feature, and if the password is complex or pronounceable.",
    ),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "is_live": Attribute(
        type="boolean",
        nullable=True,
        description="Used for understanding - is this a live version of the password or not.",
    ),
    "name": Attribute(type="string", required=True),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required=True,
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "otp_secret": Attribute(type="string", nullable=True, description="One Time Password secret"),
    "password": Attribute(type="string", required=True),
    "password_category": Attribute(
        type="array",
        items="object",
        properties={
            "account_id": Attribute(
                type="integer",
                required=True,
                description="Identifies the account that this category belongs to.",
            ),
            "name": Attribute(type="string", required=True),
        },
        not_permitted=("update", "bulk_update"),
        location="relationships",
        item_type="password-categories",
    ),
    "password_category_id": Attribute(type="integer", nullable=True),
    "password_updated_at": Attribute(
        type="string", nullable=True, description="Date the password last changed"
    ),
    "resource_id": Attribute(
        type="integer", nullable=True, description="Must be used together with `resource_type`"
    ),
    "resource_type": Attribute(
        type="string",
        nullable=True,
        enum=(
            "Configuration",
            "Contact",
            "Document",
            "Domain",
            "Location",
            "SSL Certificate",
            "Flexible Asset",
            "Ticket",
        ),
        description="Must be used together with `resource_id`",
    ),
    "restricted": Attribute(type="boolean", nullable=True),
    "shareable": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if password is can be shared with Secure Password Sharing feature.",
    ),
    "url": Attribute(type="string", nullable=True),
    "username": Attribute(type="string", nullable=True),
}
PASSWORDS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True),
    "autofill_selectors": Attribute(
        type="string",
        nullable=True,
        description="Used for identification of fields for password autofill",
    ),
    "generated_password_type": Attribute(
        type="string",
        nullable=True,
        description="This value indicates if the user is using the complex password feature, and if the password is complex or pronounceable.",
    ),
    "id": Attribute(
        type="integer",
        nullable=True,
        required_for_bulk=True,
        description="Required identifier for bulk updates",
    ),
    "is_live": Attribute(
        type="boolean",
        nullable=True,
        description="Used for understanding - is this a live version of the password or not.",
    ),
    "name": Attribute(type="string"),
    "notes": Attribute(type="string", nullable=True),
    "organization_id": Attribute(
        type="integer",
        required_unless_nested=True,
        description="Not required when using nested relationship routes",
    ),
    "otp_secret": Attribute(type="string", nullable=True, description="One Time Password secret"),
    "password": Attribute(type="string"),
    "password_category_id": Attribute(type="integer", nullable=True),
    "password_updated_at": Attribute(
        type="string", nullable=True, description="Date the password last changed"
    ),
    "restricted": Attribute(type="boolean", nullable=True),
    "shareable": Attribute(
        type="boolean",
        nullable=True,
        description="Indicates if password is can be shared with Secure Password Sharing feature.",
    ),
    "url": Attribute(type="string", nullable=True),
    "username": Attribute(type="string", nullable=True),
}
REGIONS_LIST_FILTERS: dict[str, Param] = {
    "country_id": Param(type="integer", list=True),
    "iso": Param(type="string", list=True),
    "name": Param(type="string", list=True),
}
DOCUMENTS_LIST_BY_ORGANIZATION_FILTERS: dict[str, Param] = {
    "document_folder_id": Param(type="integer", nullable=True),
    "id": Param(type="integer", list=True),
}
DOCUMENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "content": Attribute(
        type="any",
        nullable=True,
        not_permitted=("create",),
        refusal="the API accepts it but does not store it; write the body as sections (document_sections.create)",
    ),
    "document_folder_id": Attribute(type="integer", nullable=True),
    "name": Attribute(type="string", required=True),
    "organization_id": Attribute(type="integer", required=True, required_unless_nested=True),
}
DOCUMENT_SECTIONS_LIST_BY_DOCUMENT_FILTERS: dict[str, Param] = {
    "document_id": Param(type="integer"),
    "id": Param(type="integer", list=True),
    "resource_type": Param(
        type="string",
        enum=("Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"),
    ),
}
DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT_ATTRIBUTES: dict[str, Attribute] = {
    "content": Attribute(type="string", nullable=True),
    "duration": Attribute(type="integer", nullable=True),
    "level": Attribute(
        type="integer",
        nullable=True,
        minimum=1,
        maximum=6,
        required_when={"resource_type": "Document::Heading"},
    ),
    "reset_count": Attribute(type="boolean", nullable=True),
    "resource_type": Attribute(
        type="string",
        required=True,
        enum=("Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"),
    ),
    "sort": Attribute(type="integer", nullable=True),
}
DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT_ATTRIBUTES: dict[str, Attribute] = {
    "content": Attribute(type="string", nullable=True),
    "duration": Attribute(type="integer", nullable=True),
    "level": Attribute(type="integer", nullable=True, minimum=1, maximum=6),
    "reset_count": Attribute(type="boolean", nullable=True),
    "resource_type": Attribute(type="string", not_permitted=("update",)),
    "sort": Attribute(type="integer", nullable=True),
}
DOCUMENT_IMAGES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "image": Attribute(
        type="file",
        required=True,
        properties={
            "content": Attribute(type="string", required=True),
            "file_name": Attribute(type="string", required=True),
        },
    ),
    "target": Attribute(
        type="object",
        required=True,
        properties={
            "id": Attribute(type="integer", required=True),
            "type": Attribute(type="string", required=True, enum=("document", "gallery")),
        },
    ),
}
DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION_FILTERS: dict[str, Param] = {
    "id": Param(type="integer", list=True),
    "parent_id": Param(type="integer"),
}

USER_METRICS_LIST = Route(
    method="GET",
    path="/user_metrics",
    resource="user_metrics",
    operation="list",
    summary="List all user metrics",
    filters=USER_METRICS_LIST_FILTERS,
    sorts=("id", "created", "viewed", "edited", "deleted", "date"),
    paginated=True,
)
USERS_LIST = Route(
    method="GET",
    path="/users",
    resource="users",
    operation="list",
    summary="List all users",
    filters=USERS_LIST_FILTERS,
    sorts=("name", "email", "reputation", "id", "created_at", "updated_at"),
    paginated=True,
)
USERS_GET = Route(
    method="GET",
    path="/users/:id",
    resource="users",
    operation="get",
    summary="Retrieve a user",
    path_params={"id": Param(type="integer")},
)
USERS_UPDATE = Route(
    method="PATCH",
    path="/users/:id",
    resource="users",
    operation="update",
    summary="Update a user",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="users", attributes=USERS_UPDATE_ATTRIBUTES),
)
ATTACHMENTS_CREATE = Route(
    method="POST",
    path="/:resource_type/:resource_id/relationships/attachments",
    resource="attachments",
    operation="create",
    summary="Create an attachment for a specific object ID",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
    },
    body=Body(
        kind="single",
        type="attachments",
        attributes=ATTACHMENTS_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
ATTACHMENTS_UPDATE = Route(
    method="PATCH",
    path="/:resource_type/:resource_id/relationships/attachments/:id",
    resource="attachments",
    operation="update",
    summary="Update an attachment for a particular resource",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
        "id": Param(type="integer"),
    },
    body=Body(kind="single", type="attachments", attributes=ATTACHMENTS_UPDATE_ATTRIBUTES),
)
ATTACHMENTS_BULK_DESTROY = Route(
    method="DELETE",
    path="/:resource_type/:resource_id/relationships/attachments",
    resource="attachments",
    operation="bulk_destroy",
    summary="Delete multiple attachments",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
    },
    body=Body(
        kind="bulk_destroy",
        type="attachments",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION = Route(
    method="GET",
    path="/configurations/:configuration_id/relationships/configuration_interfaces",
    resource="configuration_interfaces",
    operation="list",
    summary="List all configuration interfaces for a particular configuration",
    parent="configuration_id",
    path_params={"configuration_id": Param(type="integer")},
    filters=CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION_FILTERS,
    sorts=("created_at", "updated_at"),
    paginated=True,
)
CONFIGURATION_INTERFACES_GET = Route(
    method="GET",
    path="/configuration_interfaces/:id",
    resource="configuration_interfaces",
    operation="get",
    summary="Retrieve a configuration interface",
    path_params={"id": Param(type="integer")},
)
CONFIGURATION_INTERFACES_GET_BY_CONFIGURATION = Route(
    method="GET",
    path="/configurations/:configuration_id/relationships/configuration_interfaces/:id",
    resource="configuration_interfaces",
    operation="get",
    summary="Retrieve a configuration interface",
    parent="configuration_id",
    path_params={"configuration_id": Param(type="integer"), "id": Param(type="integer")},
)
CONFIGURATION_INTERFACES_CREATE = Route(
    method="POST",
    path="/configuration_interfaces",
    resource="configuration_interfaces",
    operation="create",
    summary="Create a configuration interface",
    body=Body(
        kind="single",
        type="configuration_interfaces",
        attributes=CONFIGURATION_INTERFACES_CREATE_ATTRIBUTES,
    ),
)
CONFIGURATION_INTERFACES_CREATE_BY_CONFIGURATION = Route(
    method="POST",
    path="/configurations/:configuration_id/relationships/configuration_interfaces",
    resource="configuration_interfaces",
    operation="create",
    summary="Create a configuration interface for a particular configuration",
    parent="configuration_id",
    path_params={"configuration_id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configuration_interfaces",
        attributes=CONFIGURATION_INTERFACES_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
CONFIGURATION_INTERFACES_UPDATE = Route(
    method="PATCH",
    path="/configuration_interfaces/:id",
    resource="configuration_interfaces",
    operation="update",
    summary="Update a configuration interface",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configuration_interfaces",
        attributes=CONFIGURATION_INTERFACES_UPDATE_ATTRIBUTES,
    ),
)
CONFIGURATION_INTERFACES_UPDATE_BY_CONFIGURATION = Route(
    method="PATCH",
    path="/configurations/:configuration_id/relationships/configuration_interfaces/:id",
    resource="configuration_interfaces",
    operation="update",
    summary="Update a configuration interface",
    parent="configuration_id",
    path_params={"configuration_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configuration_interfaces",
        attributes=CONFIGURATION_INTERFACES_UPDATE_ATTRIBUTES,
    ),
)
CONFIGURATION_INTERFACES_BULK_UPDATE = Route(
    method="PATCH",
    path="/configuration_interfaces",
    resource="configuration_interfaces",
    operation="bulk_update",
    summary="Update multiple configuration interfaces",
    filters=CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION_FILTERS,
    body=Body(
        kind="bulk_update",
        type="configuration_interfaces",
        attributes=CONFIGURATION_INTERFACES_UPDATE_ATTRIBUTES,
    ),
)
CONFIGURATION_INTERFACES_DELETE_BY_CONFIGURATION = Route(
    method="DELETE",
    path="/configurations/:configuration_id/relationships/configuration_interfaces/:id",
    resource="configuration_interfaces",
    operation="delete",
    summary="Delete a configuration interface",
    parent="configuration_id",
    path_params={"id": Param(type="integer"), "configuration_id": Param(type="integer")},
)
CONFIGURATION_STATUSES_LIST = Route(
    method="GET",
    path="/configuration_statuses",
    resource="configuration_statuses",
    operation="list",
    summary="List all configuration statuses",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
CONFIGURATION_STATUSES_GET = Route(
    method="GET",
    path="/configuration_statuses/:id",
    resource="configuration_statuses",
    operation="get",
    summary="Retrieve a configuration status",
    path_params={"id": Param(type="integer")},
)
CONFIGURATION_STATUSES_CREATE = Route(
    method="POST",
    path="/configuration_statuses",
    resource="configuration_statuses",
    operation="create",
    summary="Create a configuration status",
    body=Body(
        kind="single",
        type="configuration_statuses",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
CONFIGURATION_STATUSES_UPDATE = Route(
    method="PATCH",
    path="/configuration_statuses/:id",
    resource="configuration_statuses",
    operation="update",
    summary="Update a configuration status",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configuration_statuses",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
CONFIGURATION_TYPES_LIST = Route(
    method="GET",
    path="/configuration_types",
    resource="configuration_types",
    operation="list",
    summary="List all configuration types",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
CONFIGURATION_TYPES_GET = Route(
    method="GET",
    path="/configuration_types/:id",
    resource="configuration_types",
    operation="get",
    summary="Retrieve a configuration type",
    path_params={"id": Param(type="integer")},
)
CONFIGURATION_TYPES_CREATE = Route(
    method="POST",
    path="/configuration_types",
    resource="configuration_types",
    operation="create",
    summary="Create a configuration type",
    body=Body(
        kind="single",
        type="configuration_types",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
CONFIGURATION_TYPES_UPDATE = Route(
    method="PATCH",
    path="/configuration_types/:id",
    resource="configuration_types",
    operation="update",
    summary="Update a configuration type",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configuration_types",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
CONFIGURATIONS_LIST = Route(
    method="GET",
    path="/configurations",
    resource="configurations",
    operation="list",
    summary="List all configurations in your account",
    filters=CONFIGURATIONS_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "configuration_interfaces",
        "rmm_records",
        "passwords",
        "attachments",
        "tickets",
        "dnet_fa_remote_assets",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
CONFIGURATIONS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/configurations",
    resource="configurations",
    operation="list",
    summary="List all configurations for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=CONFIGURATIONS_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "configuration_interfaces",
        "rmm_records",
        "passwords",
        "attachments",
        "tickets",
        "dnet_fa_remote_assets",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
CONFIGURATIONS_GET = Route(
    method="GET",
    path="/configurations/:id",
    resource="configurations",
    operation="get",
    summary="Retrieve a configuration",
    path_params={"id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "configuration_interfaces",
        "rmm_records",
        "rmm_adapters_resources",
        "passwords",
        "attachments",
        "tickets",
        "adapters_resources_errors",
        "rmm_adapters_resources_errors",
        "active_network_glue_network_devices",
        "to_configuration_connections",
        "from_configuration_connections",
        "dnet_fa_remote_assets",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
CONFIGURATIONS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/configurations/:id",
    resource="configurations",
    operation="get",
    summary="Retrieve a configuration for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "configuration_interfaces",
        "rmm_records",
        "rmm_adapters_resources",
        "passwords",
        "attachments",
        "tickets",
        "adapters_resources_errors",
        "rmm_adapters_resources_errors",
        "active_network_glue_network_devices",
        "to_configuration_connections",
        "from_configuration_connections",
        "dnet_fa_remote_assets",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
CONFIGURATIONS_CREATE = Route(
    method="POST",
    path="/configurations",
    resource="configurations",
    operation="create",
    summary="Create a configuration",
    body=Body(kind="single", type="configurations", attributes=CONFIGURATIONS_CREATE_ATTRIBUTES),
)
CONFIGURATIONS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/configurations",
    resource="configurations",
    operation="create",
    summary="Create a configuration for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    body=Body(
        kind="single",
        type="configurations",
        attributes=CONFIGURATIONS_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
CONFIGURATIONS_UPDATE = Route(
    method="PATCH",
    path="/configurations/:id",
    resource="configurations",
    operation="update",
    summary="Update a configuration",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="configurations", attributes=CONFIGURATIONS_UPDATE_ATTRIBUTES),
)
CONFIGURATIONS_UPDATE_BY_ORGANIZATION = Route(
    method="PATCH",
    path="/organizations/:organization_id/relationships/configurations/:id",
    resource="configurations",
    operation="update",
    summary="Update a configuration for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(kind="single", type="configurations", attributes=CONFIGURATIONS_UPDATE_ATTRIBUTES),
)
CONFIGURATIONS_BULK_UPDATE = Route(
    method="PATCH",
    path="/configurations",
    resource="configurations",
    operation="bulk_update",
    summary="Update multiple configurations",
    filters=CONFIGURATIONS_LIST_FILTERS,
    body=Body(
        kind="bulk_update", type="configurations", attributes=CONFIGURATIONS_UPDATE_ATTRIBUTES
    ),
)
CONFIGURATIONS_BULK_DESTROY = Route(
    method="DELETE",
    path="/configurations",
    resource="configurations",
    operation="bulk_destroy",
    summary="Delete multiple configurations",
    filters=CONFIGURATIONS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="configurations",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
CONFIGURATIONS_BULK_DESTROY_BY_ORGANIZATION = Route(
    method="DELETE",
    path="/organizations/:organization_id/relationships/configurations",
    resource="configurations",
    operation="bulk_destroy",
    summary="Delete multiple configurations for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=CONFIGURATIONS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="configurations",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
CONTACT_TYPES_LIST = Route(
    method="GET",
    path="/contact_types",
    resource="contact_types",
    operation="list",
    summary="List all contact types",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
CONTACT_TYPES_GET = Route(
    method="GET",
    path="/contact_types/:id",
    resource="contact_types",
    operation="get",
    summary="Retrieve a contact type",
    path_params={"id": Param(type="integer")},
)
CONTACT_TYPES_CREATE = Route(
    method="POST",
    path="/contact_types",
    resource="contact_types",
    operation="create",
    summary="Create a new contact type",
    body=Body(
        kind="single", type="contact_types", attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES
    ),
)
CONTACT_TYPES_UPDATE = Route(
    method="PATCH",
    path="/contact_types/:id",
    resource="contact_types",
    operation="update",
    summary="Update a contact type",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single", type="contact_types", attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES
    ),
)
CONTACTS_LIST = Route(
    method="GET",
    path="/contacts",
    resource="contacts",
    operation="list",
    summary="List all contacts in your account",
    filters=CONTACTS_LIST_FILTERS,
    sorts=("first_name", "last_name", "id", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "location",
        "passwords",
        "attachments",
        "tickets",
        "distinct_remote_contacts",
        "resource_fields",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
CONTACTS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/contacts",
    resource="contacts",
    operation="list",
    summary="List all contacts for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=CONTACTS_LIST_FILTERS,
    sorts=("first_name", "last_name", "id", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "location",
        "passwords",
        "attachments",
        "tickets",
        "distinct_remote_contacts",
        "resource_fields",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
CONTACTS_GET = Route(
    method="GET",
    path="/contacts/:id",
    resource="contacts",
    operation="get",
    summary="Retrieve a contact",
    path_params={"id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "location",
        "passwords",
        "attachments",
        "tickets",
        "distinct_remote_contacts",
        "resource_fields",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
CONTACTS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/contacts/:id",
    resource="contacts",
    operation="get",
    summary="Retrieve a contact for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "location",
        "passwords",
        "attachments",
        "tickets",
        "distinct_remote_contacts",
        "resource_fields",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
CONTACTS_CREATE = Route(
    method="POST",
    path="/contacts",
    resource="contacts",
    operation="create",
    summary="Create a contact",
    body=Body(kind="single", type="contacts", attributes=CONTACTS_CREATE_ATTRIBUTES),
)
CONTACTS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/contacts",
    resource="contacts",
    operation="create",
    summary="Create a contact for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    body=Body(
        kind="single", type="contacts", attributes=CONTACTS_CREATE_ATTRIBUTES, array_create=True
    ),
)
CONTACTS_UPDATE = Route(
    method="PATCH",
    path="/contacts/:id",
    resource="contacts",
    operation="update",
    summary="Update a contact",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="contacts", attributes=CONTACTS_UPDATE_ATTRIBUTES),
)
CONTACTS_UPDATE_BY_ORGANIZATION = Route(
    method="PATCH",
    path="/organizations/:organization_id/relationships/contacts/:id",
    resource="contacts",
    operation="update",
    summary="Update a contact for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(kind="single", type="contacts", attributes=CONTACTS_UPDATE_ATTRIBUTES),
)
CONTACTS_BULK_UPDATE = Route(
    method="PATCH",
    path="/contacts",
    resource="contacts",
    operation="bulk_update",
    summary="Update multiple contacts",
    filters=CONTACTS_LIST_FILTERS,
    body=Body(kind="bulk_update", type="contacts", attributes=CONTACTS_BULK_UPDATE_ATTRIBUTES),
)
CONTACTS_BULK_DESTROY = Route(
    method="DELETE",
    path="/contacts",
    resource="contacts",
    operation="bulk_destroy",
    summary="Delete multiple contacts",
    filters=CONTACTS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="contacts",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
CONTACTS_BULK_DESTROY_BY_ORGANIZATION = Route(
    method="DELETE",
    path="/organizations/:organization_id/relationships/contacts",
    resource="contacts",
    operation="bulk_destroy",
    summary="Delete multiple contacts for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=CONTACTS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="contacts",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
COUNTRIES_LIST = Route(
    method="GET",
    path="/countries",
    resource="countries",
    operation="list",
    summary="List all countries",
    filters=COUNTRIES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
COUNTRIES_GET = Route(
    method="GET",
    path="/countries/:id",
    resource="countries",
    operation="get",
    summary="Retrieve a country",
    path_params={"id": Param(type="integer")},
)
RELATED_ITEMS_CREATE = Route(
    method="POST",
    path="/:resource_type/:resource_id/relationships/related_items",
    resource="related_items",
    operation="create",
    summary="Create a related item",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "folders",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
    },
    body=Body(
        kind="single",
        type="related_items",
        attributes=RELATED_ITEMS_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
RELATED_ITEMS_UPDATE = Route(
    method="PATCH",
    path="/:resource_type/:resource_id/relationships/related_items/:id",
    resource="related_items",
    operation="update",
    summary="Update an related item for a particular resource",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "folders",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
        "id": Param(type="integer"),
    },
    body=Body(kind="single", type="related_items", attributes=RELATED_ITEMS_UPDATE_ATTRIBUTES),
)
RELATED_ITEMS_BULK_DESTROY = Route(
    method="DELETE",
    path="/:resource_type/:resource_id/relationships/related_items",
    resource="related_items",
    operation="bulk_destroy",
    summary="Delete multiple related items",
    polymorphic=True,
    path_params={
        "resource_type": Param(
            type="string",
            enum=(
                "checklists",
                "checklist_templates",
                "configurations",
                "contacts",
                "documents",
                "domains",
                "folders",
                "locations",
                "passwords",
                "ssl_certificates",
                "flexible_assets",
                "tickets",
            ),
        ),
        "resource_id": Param(type="integer"),
    },
    body=Body(
        kind="bulk_destroy",
        type="related_items",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
DOCUMENTS_UPDATE = Route(
    method="PATCH",
    path="/documents/:id",
    resource="documents",
    operation="update",
    summary="Update a document",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="documents", attributes=DOCUMENTS_UPDATE_ATTRIBUTES),
)
DOCUMENTS_UPDATE_BY_ORGANIZATION = Route(
    method="PATCH",
    path="/organizations/:organization_id/relationships/documents/:id",
    resource="documents",
    operation="update",
    summary="Update a document for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(kind="single", type="documents", attributes=DOCUMENTS_UPDATE_ATTRIBUTES),
)
DOCUMENTS_BULK_UPDATE = Route(
    method="PATCH",
    path="/documents",
    resource="documents",
    operation="bulk_update",
    summary="Update multiple documents",
    body=Body(kind="bulk_update", type="documents", attributes=DOCUMENTS_UPDATE_ATTRIBUTES),
)
DOMAINS_LIST = Route(
    method="GET",
    path="/domains",
    resource="domains",
    operation="list",
    summary="List all domains in your account",
    filters=DOMAINS_LIST_FILTERS,
    sorts=("created_at", "updated_at"),
    includes=("passwords", "attachments", "user_resource_accesses", "group_resource_accesses"),
    paginated=True,
)
DOMAINS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/domains",
    resource="domains",
    operation="list",
    summary="List all domains for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=DOMAINS_LIST_FILTERS,
    sorts=("created_at", "updated_at"),
    includes=("passwords", "attachments", "user_resource_accesses", "group_resource_accesses"),
    paginated=True,
)
EXPIRATIONS_LIST = Route(
    method="GET",
    path="/expirations",
    resource="expirations",
    operation="list",
    summary="List all expirations in your account",
    filters=EXPIRATIONS_LIST_FILTERS,
    sorts=("id", "organization_id", "expiration_date", "created_at", "updated_at"),
    paginated=True,
)
EXPIRATIONS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/expirations",
    resource="expirations",
    operation="list",
    summary="List all expirations for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=EXPIRATIONS_LIST_FILTERS,
    sorts=("id", "organization_id", "expiration_date", "created_at", "updated_at"),
    paginated=True,
)
EXPIRATIONS_GET = Route(
    method="GET",
    path="/expirations/:id",
    resource="expirations",
    operation="get",
    summary="Retrieve an expiration",
    path_params={"id": Param(type="integer")},
)
EXPIRATIONS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/expirations/:id",
    resource="expirations",
    operation="get",
    summary="Retrieve an expiration for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
)
EXPORTS_LIST = Route(
    method="GET",
    path="/exports",
    resource="exports",
    operation="list",
    summary="List all exports for current account",
    filters=EXPORTS_LIST_FILTERS,
    sorts=("created_at", "updated_at"),
    paginated=True,
)
EXPORTS_GET = Route(
    method="GET",
    path="/exports/:id",
    resource="exports",
    operation="get",
    summary="Retrieve a export",
    path_params={"id": Param(type="integer")},
)
EXPORTS_CREATE = Route(
    method="POST",
    path="/exports",
    resource="exports",
    operation="create",
    summary="Create a exports",
    body=Body(kind="single", type="exports", attributes=EXPORTS_CREATE_ATTRIBUTES),
)
EXPORTS_DELETE = Route(
    method="DELETE",
    path="/exports/:id",
    resource="exports",
    operation="delete",
    summary="Delete a exports",
    path_params={"id": Param(type="integer")},
)
FLEXIBLE_ASSET_FIELDS_LIST_BY_FLEXIBLE_ASSET_TYPE = Route(
    method="GET",
    path="/flexible_asset_types/:flexible_asset_type_id/relationships/flexible_asset_fields",
    resource="flexible_asset_fields",
    operation="list",
    summary="List all flexible asset fields for a particular flexible asset type",
    parent="flexible_asset_type_id",
    path_params={"flexible_asset_type_id": Param(type="integer")},
    filters=EXPORTS_LIST_FILTERS,
    sorts=("created_at", "updated_at"),
    includes=("remote_asset_field",),
    paginated=True,
)
FLEXIBLE_ASSET_FIELDS_GET = Route(
    method="GET",
    path="/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="get",
    summary="Retrieve a flexible asset field",
    path_params={"id": Param(type="integer")},
)
FLEXIBLE_ASSET_FIELDS_GET_BY_FLEXIBLE_ASSET_TYPE = Route(
    method="GET",
    path="/flexible_asset_types/:flexible_asset_type_id/relationships/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="get",
    summary="Retrieve a flexible asset field",
    parent="flexible_asset_type_id",
    path_params={"flexible_asset_type_id": Param(type="integer"), "id": Param(type="integer")},
)
FLEXIBLE_ASSET_FIELDS_CREATE = Route(
    method="POST",
    path="/flexible_asset_fields",
    resource="flexible_asset_fields",
    operation="create",
    summary="Create a flexible asset field",
    body=Body(
        kind="single",
        type="flexible_asset_fields",
        attributes=FLEXIBLE_ASSET_FIELDS_CREATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSET_FIELDS_CREATE_BY_FLEXIBLE_ASSET_TYPE = Route(
    method="POST",
    path="/flexible_asset_types/:flexible_asset_type_id/relationships/flexible_asset_fields",
    resource="flexible_asset_fields",
    operation="create",
    summary="Create a flexible asset field for a particular flexible asset type",
    parent="flexible_asset_type_id",
    path_params={"flexible_asset_type_id": Param(type="integer")},
    body=Body(
        kind="single",
        type="flexible_asset_fields",
        attributes=FLEXIBLE_ASSET_FIELDS_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
FLEXIBLE_ASSET_FIELDS_UPDATE = Route(
    method="PATCH",
    path="/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="update",
    summary="Update a flexible asset field",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="flexible_asset_fields",
        attributes=FLEXIBLE_ASSET_FIELDS_UPDATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSET_FIELDS_UPDATE_BY_FLEXIBLE_ASSET_TYPE = Route(
    method="PATCH",
    path="/flexible_asset_types/:flexible_asset_type_id/relationships/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="update",
    summary="Update a flexible asset field",
    parent="flexible_asset_type_id",
    path_params={"flexible_asset_type_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(
        kind="single",
        type="flexible_asset_fields",
        attributes=FLEXIBLE_ASSET_FIELDS_UPDATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSET_FIELDS_BULK_UPDATE = Route(
    method="PATCH",
    path="/flexible_asset_fields",
    resource="flexible_asset_fields",
    operation="bulk_update",
    summary="Update multiple flexible asset fields",
    filters=EXPORTS_LIST_FILTERS,
    body=Body(
        kind="bulk_update",
        type="flexible_asset_fields",
        attributes=FLEXIBLE_ASSET_FIELDS_UPDATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSET_FIELDS_DELETE = Route(
    method="DELETE",
    path="/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="delete",
    summary="Delete a flexible asset field",
    path_params={"id": Param(type="integer")},
)
FLEXIBLE_ASSET_FIELDS_DELETE_BY_FLEXIBLE_ASSET_TYPE = Route(
    method="DELETE",
    path="/flexible_asset_types/:flexible_asset_type_id/relationships/flexible_asset_fields/:id",
    resource="flexible_asset_fields",
    operation="delete",
    summary="Delete a flexible asset field",
    parent="flexible_asset_type_id",
    path_params={"flexible_asset_type_id": Param(type="integer"), "id": Param(type="integer")},
)
FLEXIBLE_ASSET_TYPES_LIST = Route(
    method="GET",
    path="/flexible_asset_types",
    resource="flexible_asset_types",
    operation="list",
    summary="List all flexible asset types",
    filters=FLEXIBLE_ASSET_TYPES_LIST_FILTERS,
    sorts=("id", "name", "created_at", "updated_at"),
    includes=("flexible_asset_fields",),
    paginated=True,
)
FLEXIBLE_ASSET_TYPES_GET = Route(
    method="GET",
    path="/flexible_asset_types/:id",
    resource="flexible_asset_types",
    operation="get",
    summary="Retrieve a flexible asset type",
    path_params={"id": Param(type="integer")},
    includes=("flexible_asset_fields",),
)
FLEXIBLE_ASSET_TYPES_CREATE = Route(
    method="POST",
    path="/flexible_asset_types",
    resource="flexible_asset_types",
    operation="create",
    summary="Create a flexible asset type",
    body=Body(
        kind="single",
        type="flexible_asset_types",
        attributes=FLEXIBLE_ASSET_TYPES_CREATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSET_TYPES_UPDATE = Route(
    method="PATCH",
    path="/flexible_asset_types/:id",
    resource="flexible_asset_types",
    operation="update",
    summary="Update a flexible asset type",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="flexible_asset_types",
        attributes=FLEXIBLE_ASSET_TYPES_UPDATE_ATTRIBUTES,
    ),
)
FLEXIBLE_ASSETS_LIST = Route(
    method="GET",
    path="/flexible_assets",
    resource="flexible_assets",
    operation="list",
    summary="List all flexible assets for a specific flexible asset type ID",
    filters=FLEXIBLE_ASSETS_LIST_FILTERS,
    sorts=("name", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "distinct_remote_assets",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
FLEXIBLE_ASSETS_GET = Route(
    method="GET",
    path="/flexible_assets/:id",
    resource="flexible_assets",
    operation="get",
    summary="Retrieve a flexible asset",
    path_params={"id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "distinct_remote_assets",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
FLEXIBLE_ASSETS_CREATE = Route(
    method="POST",
    path="/flexible_assets",
    resource="flexible_assets",
    operation="create",
    summary="Create a flexible asset",
    body=Body(kind="single", type="flexible_assets", attributes=FLEXIBLE_ASSETS_CREATE_ATTRIBUTES),
)
FLEXIBLE_ASSETS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/flexible_assets",
    resource="flexible_assets",
    operation="create",
    summary="Creates a new flexible asset",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    body=Body(
        kind="single",
        type="flexible_assets",
        attributes=FLEXIBLE_ASSETS_CREATE_ATTRIBUTES,
        array_create=True,
    ),
)
FLEXIBLE_ASSETS_UPDATE = Route(
    method="PATCH",
    path="/flexible_assets/:id",
    resource="flexible_assets",
    operation="update",
    summary="Update a flexible asset",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="flexible_assets", attributes=FLEXIBLE_ASSETS_UPDATE_ATTRIBUTES),
)
FLEXIBLE_ASSETS_BULK_UPDATE = Route(
    method="PATCH",
    path="/flexible_assets",
    resource="flexible_assets",
    operation="bulk_update",
    summary="Update multiple flexible assets",
    body=Body(
        kind="bulk_update", type="flexible_assets", attributes=FLEXIBLE_ASSETS_UPDATE_ATTRIBUTES
    ),
)
FLEXIBLE_ASSETS_DELETE = Route(
    method="DELETE",
    path="/flexible_assets/:id",
    resource="flexible_assets",
    operation="delete",
    summary="Delete a flexible asset",
    path_params={"id": Param(type="integer")},
)
FLEXIBLE_ASSETS_BULK_DESTROY = Route(
    method="DELETE",
    path="/flexible_assets",
    resource="flexible_assets",
    operation="bulk_destroy",
    summary="Delete multiple flexible assets",
    filters=FLEXIBLE_ASSETS_BULK_DESTROY_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="flexible_assets",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
GROUPS_LIST = Route(
    method="GET",
    path="/groups",
    resource="groups",
    operation="list",
    summary="List all groups in your account",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "created_at", "updated_at"),
    includes=("users", "organizations", "resource_type_restrictions", "my_glue_account"),
    paginated=True,
)
GROUPS_GET = Route(
    method="GET",
    path="/groups/:id",
    resource="groups",
    operation="get",
    summary="Retrieve a group",
    path_params={"id": Param(type="integer")},
    includes=("users", "organizations", "resource_type_restrictions", "my_glue_account"),
)
GROUPS_CREATE = Route(
    method="POST",
    path="/groups",
    resource="groups",
    operation="create",
    summary="Create a group",
    body=Body(kind="single", type="groups", attributes=GROUPS_CREATE_ATTRIBUTES),
)
GROUPS_DELETE = Route(
    method="DELETE",
    path="/groups/:id",
    resource="groups",
    operation="delete",
    summary="Delete a group",
    path_params={"id": Param(type="integer")},
)
GROUPS_UPDATE = Route(
    method="PATCH",
    path="/groups/:id",
    resource="groups",
    operation="update",
    summary="Update group",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="groups", attributes=GROUPS_UPDATE_ATTRIBUTES),
)
GROUPS_BULK_UPDATE = Route(
    method="PATCH",
    path="/groups",
    resource="groups",
    operation="bulk_update",
    summary="Bulk update groups",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    body=Body(kind="bulk_update", type="groups", attributes=GROUPS_BULK_UPDATE_ATTRIBUTES),
)
LOCATIONS_LIST = Route(
    method="GET",
    path="/locations",
    resource="locations",
    operation="list",
    summary="List all locations in your account",
    filters=LOCATIONS_LIST_FILTERS,
    sorts=("name", "id", "primary", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
LOCATIONS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/locations",
    resource="locations",
    operation="list",
    summary="List all locations for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=LOCATIONS_LIST_FILTERS,
    sorts=("name", "id", "primary", "created_at", "updated_at"),
    includes=(
        "adapters_resources",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
LOCATIONS_GET = Route(
    method="GET",
    path="/locations/:id",
    resource="locations",
    operation="get",
    summary="Retrieve a location",
    path_params={"id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
LOCATIONS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/locations/:id",
    resource="locations",
    operation="get",
    summary="Retrieve a location for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    includes=(
        "adapters_resources",
        "attachments",
        "passwords",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
)
LOCATIONS_CREATE = Route(
    method="POST",
    path="/locations",
    resource="locations",
    operation="create",
    summary="Create a location",
    body=Body(kind="single", type="locations", attributes=LOCATIONS_CREATE_ATTRIBUTES),
)
LOCATIONS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/locations",
    resource="locations",
    operation="create",
    summary="Create a location for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    body=Body(kind="single", type="locations", attributes=LOCATIONS_CREATE_ATTRIBUTES),
)
LOCATIONS_UPDATE = Route(
    method="PATCH",
    path="/locations/:id",
    resource="locations",
    operation="update",
    summary="Update a location",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="locations", attributes=LOCATIONS_UPDATE_ATTRIBUTES),
)
LOCATIONS_UPDATE_BY_ORGANIZATION = Route(
    method="PATCH",
    path="/organizations/:organization_id/relationships/locations/:id",
    resource="locations",
    operation="update",
    summary="Update a location for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(kind="single", type="locations", attributes=LOCATIONS_UPDATE_ATTRIBUTES),
)
LOCATIONS_BULK_UPDATE = Route(
    method="PATCH",
    path="/locations",
    resource="locations",
    operation="bulk_update",
    summary="Update multiple locations",
    filters=LOCATIONS_LIST_FILTERS,
    body=Body(kind="bulk_update", type="locations", attributes=LOCATIONS_UPDATE_ATTRIBUTES),
)
LOCATIONS_BULK_DESTROY = Route(
    method="DELETE",
    path="/locations",
    resource="locations",
    operation="bulk_destroy",
    summary="Delete multiple locations",
    filters=LOCATIONS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="locations",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
LOCATIONS_DELETE_BY_ORGANIZATION = Route(
    method="DELETE",
    path="/organizations/:organization_id/relationships/locations/:id",
    resource="locations",
    operation="delete",
    summary="Delete multiple locations for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    filters=LOCATIONS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="locations",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
LOGS_LIST = Route(
    method="GET",
    path="/logs",
    resource="logs",
    operation="list",
    summary="Get the activity logs for most recent 30 days",
    filters=LOGS_LIST_FILTERS,
    sorts=("created_at",),
    paginated=True,
    page_max_number=5,
)
MANUFACTURERS_LIST = Route(
    method="GET",
    path="/manufacturers",
    resource="manufacturers",
    operation="list",
    summary="List all manufacturers",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
MANUFACTURERS_GET = Route(
    method="GET",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="get",
    summary="Retrieve a manufacturer",
    path_params={"id": Param(type="integer")},
)
MANUFACTURERS_CREATE = Route(
    method="POST",
    path="/manufacturers",
    resource="manufacturers",
    operation="create",
    summary="Create a new manufacturer",
    body=Body(
        kind="single", type="manufacturers", attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES
    ),
)
MANUFACTURERS_UPDATE = Route(
    method="PATCH",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="update",
    summary="Update a manufacturer",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single", type="manufacturers", attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES
    ),
)
MODELS_LIST = Route(
    method="GET",
    path="/models",
    resource="models",
    operation="list",
    summary="List all models in your account",
    filters=EXPORTS_LIST_FILTERS,
    sorts=("id", "name", "manufacturer_id", "created_at", "updated_at"),
    paginated=True,
)
MODELS_LIST_BY_MANUFACTURER = Route(
    method="GET",
    path="/manufacturers/:manufacturer_id/relationships/models",
    resource="models",
    operation="list",
    summary="List all models for a particular manufacturer",
    parent="manufacturer_id",
    path_params={"manufacturer_id": Param(type="integer")},
    filters=EXPORTS_LIST_FILTERS,
    sorts=("id", "name", "manufacturer_id", "created_at", "updated_at"),
    paginated=True,
)
MODELS_GET = Route(
    method="GET",
    path="/models/:id",
    resource="models",
    operation="get",
    summary="Retrieve a model",
    path_params={"id": Param(type="integer")},
)
MODELS_GET_BY_MANUFACTURER = Route(
    method="GET",
    path="/manufacturers/:manufacturer_id/relationships/models/:id",
    resource="models",
    operation="get",
    summary="Retrieve a model for a particular manufacturer",
    parent="manufacturer_id",
    path_params={"manufacturer_id": Param(type="integer"), "id": Param(type="integer")},
)
MODELS_CREATE = Route(
    method="POST",
    path="/models",
    resource="models",
    operation="create",
    summary="Create a model",
    body=Body(kind="single", type="models", attributes=MODELS_CREATE_ATTRIBUTES),
)
MODELS_CREATE_BY_MANUFACTURER = Route(
    method="POST",
    path="/manufacturers/:manufacturer_id/relationships/models",
    resource="models",
    operation="create",
    summary="Create a model for a particular manufacturer",
    parent="manufacturer_id",
    path_params={"manufacturer_id": Param(type="integer")},
    body=Body(kind="single", type="models", attributes=MODELS_CREATE_ATTRIBUTES),
)
MODELS_UPDATE = Route(
    method="PATCH",
    path="/models/:id",
    resource="models",
    operation="update",
    summary="Update a model",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="models", attributes=MODELS_UPDATE_ATTRIBUTES),
)
MODELS_UPDATE_BY_MANUFACTURER = Route(
    method="PATCH",
    path="/manufacturers/:manufacturer_id/relationships/models/:id",
    resource="models",
    operation="update",
    summary="Update a model for a particular manufacturer",
    parent="manufacturer_id",
    path_params={"manufacturer_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(kind="single", type="models", attributes=MODELS_UPDATE_ATTRIBUTES),
)
MODELS_BULK_UPDATE = Route(
    method="PATCH",
    path="/models",
    resource="models",
    operation="bulk_update",
    summary="Update multiple models",
    filters=EXPORTS_LIST_FILTERS,
    body=Body(kind="bulk_update", type="models", attributes=MODELS_UPDATE_ATTRIBUTES),
)
OPERATING_SYSTEMS_LIST = Route(
    method="GET",
    path="/operating_systems",
    resource="operating_systems",
    operation="list",
    summary="List all operating systems",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
OPERATING_SYSTEMS_GET = Route(
    method="GET",
    path="/operating_systems/:id",
    resource="operating_systems",
    operation="get",
    summary="Retrieve an operating system",
    path_params={"id": Param(type="integer")},
)
ORGANIZATION_STATUSES_LIST = Route(
    method="GET",
    path="/organization_statuses",
    resource="organization_statuses",
    operation="list",
    summary="List all organization statuses",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
ORGANIZATION_STATUSES_GET = Route(
    method="GET",
    path="/organization_statuses/:id",
    resource="organization_statuses",
    operation="get",
    summary="Retrieve an organization status",
    path_params={"id": Param(type="integer")},
)
ORGANIZATION_STATUSES_CREATE = Route(
    method="POST",
    path="/organization_statuses",
    resource="organization_statuses",
    operation="create",
    summary="Create an organization status",
    body=Body(
        kind="single",
        type="organization_statuses",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
ORGANIZATION_STATUSES_UPDATE = Route(
    method="PATCH",
    path="/organization_statuses/:id",
    resource="organization_statuses",
    operation="update",
    summary="Update an organization status",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="organization_statuses",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
ORGANIZATION_TYPES_LIST = Route(
    method="GET",
    path="/organization_types",
    resource="organization_types",
    operation="list",
    summary="List all organization types",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
ORGANIZATION_TYPES_GET = Route(
    method="GET",
    path="/organization_types/:id",
    resource="organization_types",
    operation="get",
    summary="Retrieve an organization type",
    path_params={"id": Param(type="integer")},
)
ORGANIZATION_TYPES_CREATE = Route(
    method="POST",
    path="/organization_types",
    resource="organization_types",
    operation="create",
    summary="Create an organization type",
    body=Body(
        kind="single",
        type="organization_types",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
ORGANIZATION_TYPES_UPDATE = Route(
    method="PATCH",
    path="/organization_types/:id",
    resource="organization_types",
    operation="update",
    summary="Update an organization type",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="organization_types",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
ORGANIZATIONS_LIST = Route(
    method="GET",
    path="/organizations",
    resource="organizations",
    operation="list",
    summary="List all organizations in your account",
    filters=ORGANIZATIONS_LIST_FILTERS,
    sorts=(
        "name",
        "id",
        "updated_at",
        "organization_status_name",
        "organization_type_name",
        "created_at",
        "short_name",
        "my_glue_account_id",
    ),
    includes=("adapters_resources", "attachments", "rmm_companies"),
    paginated=True,
)
ORGANIZATIONS_GET = Route(
    method="GET",
    path="/organizations/:id",
    resource="organizations",
    operation="get",
    summary="Retrieve an organization",
    path_params={"id": Param(type="integer")},
    includes=("adapters_resources", "attachments", "rmm_companies"),
)
ORGANIZATIONS_CREATE = Route(
    method="POST",
    path="/organizations",
    resource="organizations",
    operation="create",
    summary="Create an organization",
    body=Body(kind="single", type="organizations", attributes=ORGANIZATIONS_CREATE_ATTRIBUTES),
)
ORGANIZATIONS_UPDATE = Route(
    method="PATCH",
    path="/organizations/:id",
    resource="organizations",
    operation="update",
    summary="Update an organization",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="organizations", attributes=ORGANIZATIONS_UPDATE_ATTRIBUTES),
)
ORGANIZATIONS_BULK_UPDATE = Route(
    method="PATCH",
    path="/organizations",
    resource="organizations",
    operation="bulk_update",
    summary="Update multiple organizations",
    filters=ORGANIZATIONS_BULK_UPDATE_FILTERS,
    body=Body(kind="bulk_update", type="organizations", attributes=ORGANIZATIONS_UPDATE_ATTRIBUTES),
)
ORGANIZATIONS_BULK_DESTROY = Route(
    method="DELETE",
    path="/organizations",
    resource="organizations",
    operation="bulk_destroy",
    summary="Delete multiple organizations",
    filters=ORGANIZATIONS_BULK_UPDATE_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="organizations",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
PASSWORD_CATEGORIES_LIST = Route(
    method="GET",
    path="/password_categories",
    resource="password_categories",
    operation="list",
    summary="List all password categories",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "created_at", "updated_at"),
    paginated=True,
)
PASSWORD_CATEGORIES_GET = Route(
    method="GET",
    path="/password_categories/:id",
    resource="password_categories",
    operation="get",
    summary="Retrieve a password category",
    path_params={"id": Param(type="integer")},
)
PASSWORD_CATEGORIES_CREATE = Route(
    method="POST",
    path="/password_categories",
    resource="password_categories",
    operation="create",
    summary="Create a password category",
    body=Body(
        kind="single",
        type="password_categories",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
PASSWORD_CATEGORIES_UPDATE = Route(
    method="PATCH",
    path="/password_categories/:id",
    resource="password_categories",
    operation="update",
    summary="Update a password category",
    path_params={"id": Param(type="integer")},
    body=Body(
        kind="single",
        type="password_categories",
        attributes=CONFIGURATION_STATUSES_CREATE_ATTRIBUTES,
    ),
)
PASSWORDS_LIST = Route(
    method="GET",
    path="/passwords",
    resource="passwords",
    operation="list",
    summary="List all passwords in your account",
    filters=PASSWORDS_LIST_FILTERS,
    sorts=("name", "username", "url", "id", "created_at", "updated_at"),
    includes=(
        "network_glue_networks",
        "attachments",
        "rotatable_password",
        "updater",
        "shared_links",
        "active_shared_links",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
PASSWORDS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/passwords",
    resource="passwords",
    operation="list",
    summary="List all passwords for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=PASSWORDS_LIST_FILTERS,
    sorts=("name", "username", "url", "id", "created_at", "updated_at"),
    includes=(
        "network_glue_networks",
        "attachments",
        "rotatable_password",
        "updater",
        "shared_links",
        "active_shared_links",
        "user_resource_accesses",
        "group_resource_accesses",
    ),
    paginated=True,
)
PASSWORDS_GET = Route(
    method="GET",
    path="/passwords/:id",
    resource="passwords",
    operation="get",
    summary="Retrieve a password",
    path_params={"id": Param(type="integer")},
    includes=(
        "network_glue_networks",
        "attachments",
        "rotatable_password",
        "updater",
        "shared_links",
        "active_shared_links",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'true', Can be set to 'false' to not return the password",
        ),
        "version_id": Param(
            type="integer", description="Set the password's version ID to return it's revision"
        ),
    },
)
PASSWORDS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/passwords/:id",
    resource="passwords",
    operation="get",
    summary="Retrieve a password for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    includes=(
        "network_glue_networks",
        "attachments",
        "rotatable_password",
        "updater",
        "shared_links",
        "active_shared_links",
        "user_resource_accesses",
        "group_resource_accesses",
        "recent_versions",
        "related_items",
        "authorized_users",
    ),
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'true', Can be set to 'false' to not return the password",
        ),
        "version_id": Param(
            type="integer", description="Set the password's version ID to return it's revision"
        ),
    },
)
PASSWORDS_CREATE = Route(
    method="POST",
    path="/passwords",
    resource="passwords",
    operation="create",
    summary="Create a password",
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'false', Can be set to 'true' to return the password",
        )
    },
    body=Body(kind="single", type="passwords", attributes=PASSWORDS_CREATE_ATTRIBUTES),
)
PASSWORDS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/passwords",
    resource="passwords",
    operation="create",
    summary="Create a password for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'false', Can be set to 'true' to return the password",
        )
    },
    body=Body(
        kind="single", type="passwords", attributes=PASSWORDS_CREATE_ATTRIBUTES, array_create=True
    ),
)
PASSWORDS_UPDATE = Route(
    method="PATCH",
    path="/passwords/:id",
    resource="passwords",
    operation="update",
    summary="Update a password",
    path_params={"id": Param(type="integer")},
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'false', Can be set to 'true' to return the password",
        )
    },
    body=Body(kind="single", type="passwords", attributes=PASSWORDS_UPDATE_ATTRIBUTES),
)
PASSWORDS_UPDATE_BY_ORGANIZATION = Route(
    method="PATCH",
    path="/organizations/:organization_id/relationships/passwords/:id",
    resource="passwords",
    operation="update",
    summary="Update a password for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    query_params={
        "show_password": Param(
            type="boolean",
            description="defaults to 'false', Can be set to 'true' to return the password",
        )
    },
    body=Body(kind="single", type="passwords", attributes=PASSWORDS_UPDATE_ATTRIBUTES),
)
PASSWORDS_BULK_UPDATE = Route(
    method="PATCH",
    path="/passwords",
    resource="passwords",
    operation="bulk_update",
    summary="Update multiple passwords",
    body=Body(kind="bulk_update", type="passwords", attributes=PASSWORDS_UPDATE_ATTRIBUTES),
)
PASSWORDS_BULK_DESTROY = Route(
    method="DELETE",
    path="/passwords",
    resource="passwords",
    operation="bulk_destroy",
    summary="Delete multiple passwords",
    filters=PASSWORDS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="passwords",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
PASSWORDS_DELETE_BY_ORGANIZATION = Route(
    method="DELETE",
    path="/organizations/:organization_id/relationships/passwords/:id",
    resource="passwords",
    operation="delete",
    summary="Delete multiple passwords for a particular organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    filters=PASSWORDS_LIST_FILTERS,
    body=Body(
        kind="bulk_destroy",
        type="passwords",
        attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES,
        exclusive_with_filter=True,
    ),
)
PASSWORDS_DELETE = Route(
    method="DELETE",
    path="/passwords/:id",
    resource="passwords",
    operation="delete",
    summary="Delete a password",
    path_params={"id": Param(type="integer")},
)
PLATFORMS_LIST = Route(
    method="GET",
    path="/platforms",
    resource="platforms",
    operation="list",
    summary="List all platforms",
    filters=CONFIGURATION_STATUSES_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
PLATFORMS_GET = Route(
    method="GET",
    path="/platforms/:id",
    resource="platforms",
    operation="get",
    summary="Retrieve a platform",
    path_params={"id": Param(type="integer")},
)
REGIONS_LIST = Route(
    method="GET",
    path="/regions",
    resource="regions",
    operation="list",
    summary="List all regions",
    filters=REGIONS_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
REGIONS_LIST_BY_COUNTRY = Route(
    method="GET",
    path="/countries/:country_id/relationships/regions",
    resource="regions",
    operation="list",
    summary="List all regions for a particular country",
    parent="country_id",
    path_params={"country_id": Param(type="integer")},
    filters=REGIONS_LIST_FILTERS,
    sorts=("name", "id", "created_at", "updated_at"),
    paginated=True,
)
REGIONS_GET = Route(
    method="GET",
    path="/regions/:id",
    resource="regions",
    operation="get",
    summary="Retrieve a region",
    path_params={"id": Param(type="integer")},
)
REGIONS_GET_BY_COUNTRY = Route(
    method="GET",
    path="/countries/:country_id/relationships/regions/:id",
    resource="regions",
    operation="get",
    summary="Retrieve a region for a paricular country",
    parent="country_id",
    path_params={"country_id": Param(type="integer"), "id": Param(type="integer")},
)
DOCUMENTS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/documents",
    resource="documents",
    operation="list",
    summary="List an organization's documents",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=DOCUMENTS_LIST_BY_ORGANIZATION_FILTERS,
    sorts=("name", "created_at", "updated_at"),
    paginated=True,
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands); WYRE-AI/itglue-mcp pull request 71 (the folder filter)",
    confidence="high",
    filter_defaults={
        "document_folder_id": FilterDefault(
            value=None,
            option="root_only",
            description="list only the documents at the organization's root, not those in folders.",
        )
    },
    implicit_filters={"document_folder_id": None},
)
DOCUMENTS_GET = Route(
    method="GET",
    path="/documents/:id",
    resource="documents",
    operation="get",
    summary="Retrieve a document",
    path_params={"id": Param(type="integer")},
    includes=("attachments", "related_items"),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENTS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/documents/:id",
    resource="documents",
    operation="get",
    summary="Retrieve a document of an organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    includes=("attachments", "related_items"),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENTS_CREATE = Route(
    method="POST",
    path="/documents",
    resource="documents",
    operation="create",
    summary="Create a document",
    body=Body(kind="single", type="documents", attributes=DOCUMENTS_CREATE_ATTRIBUTES),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENTS_CREATE_BY_ORGANIZATION = Route(
    method="POST",
    path="/organizations/:organization_id/relationships/documents",
    resource="documents",
    operation="create",
    summary="Create a document in an organization",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    body=Body(kind="single", type="documents", attributes=DOCUMENTS_CREATE_ATTRIBUTES),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENTS_PUBLISH = Route(
    method="PATCH",
    path="/documents/:id/publish",
    resource="documents",
    operation="publish",
    summary="Publish a document",
    path_params={"id": Param(type="integer")},
    kind="action",
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; issue threads of public clients (no body; POST there is 404; the answer may be empty)",
    confidence="high",
    answer="record",
)
DOCUMENTS_BULK_DESTROY = Route(
    method="DELETE",
    path="/documents",
    resource="documents",
    operation="bulk_destroy",
    summary="Delete documents",
    body=Body(
        kind="bulk_destroy", type="documents", attributes=ATTACHMENTS_BULK_DESTROY_ATTRIBUTES
    ),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands); issue threads of public clients (204 without a body)",
    confidence="high",
    answer="none",
)
DOCUMENT_SECTIONS_LIST_BY_DOCUMENT = Route(
    method="GET",
    path="/documents/:document_id/relationships/sections",
    resource="document_sections",
    operation="list",
    summary="List a document's sections",
    parent="document_id",
    path_params={"document_id": Param(type="integer")},
    filters=DOCUMENT_SECTIONS_LIST_BY_DOCUMENT_FILTERS,
    sorts=("sort", "id", "created_at", "updated_at"),
    paginated=True,
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT = Route(
    method="POST",
    path="/documents/:document_id/relationships/sections",
    resource="document_sections",
    operation="create",
    summary="Add a section to a document",
    parent="document_id",
    path_params={"document_id": Param(type="integer")},
    body=Body(
        kind="single",
        type="document-sections",
        attributes=DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT_ATTRIBUTES,
    ),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENT_SECTIONS_GET_BY_DOCUMENT = Route(
    method="GET",
    path="/documents/:document_id/relationships/sections/:id",
    resource="document_sections",
    operation="get",
    summary="Retrieve a section of a document",
    parent="document_id",
    path_params={"document_id": Param(type="integer"), "id": Param(type="integer")},
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT = Route(
    method="PATCH",
    path="/documents/:document_id/relationships/sections/:id",
    resource="document_sections",
    operation="update",
    summary="Update a section of a document",
    parent="document_id",
    path_params={"document_id": Param(type="integer"), "id": Param(type="integer")},
    body=Body(
        kind="single",
        type="document-sections",
        attributes=DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT_ATTRIBUTES,
    ),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENT_SECTIONS_DELETE_BY_DOCUMENT = Route(
    method="DELETE",
    path="/documents/:document_id/relationships/sections/:id",
    resource="document_sections",
    operation="delete",
    summary="Delete a section of a document",
    parent="document_id",
    path_params={"document_id": Param(type="integer"), "id": Param(type="integer")},
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="high",
)
DOCUMENT_IMAGES_CREATE = Route(
    method="POST",
    path="/document_images",
    resource="document_images",
    operation="create",
    summary="Upload an image into a document",
    body=Body(kind="single", type="document-images", attributes=DOCUMENT_IMAGES_CREATE_ATTRIBUTES),
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="medium",
)
DOCUMENT_IMAGES_GET = Route(
    method="GET",
    path="/document_images/:id",
    resource="document_images",
    operation="get",
    summary="Retrieve a document image",
    path_params={"id": Param(type="integer")},
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="medium",
)
DOCUMENT_IMAGES_DELETE = Route(
    method="DELETE",
    path="/document_images/:id",
    resource="document_images",
    operation="delete",
    summary="Delete a document image",
    path_params={"id": Param(type="integer")},
    documented=False,
    source="IT Glue release V1.118.103 (2026-01-27) added documents, sections and images for API keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and DocumentImage commands)",
    confidence="medium",
)
DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/document_folders",
    resource="document_folders",
    operation="list",
    summary="List an organization's document folders",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer")},
    filters=DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION_FILTERS,
    sorts=("name", "created_at", "updated_at"),
    paginated=True,
    documented=False,
    source='document folders reached API keys during 2026; WYRE-AI/itglue-mcp pull request 71; issue threads of public clients (401 "Only supported for JWT requests" on some accounts)',
    confidence="medium",
)
DOCUMENT_FOLDERS_GET_BY_ORGANIZATION = Route(
    method="GET",
    path="/organizations/:organization_id/relationships/document_folders/:id",
    resource="document_folders",
    operation="get",
    summary="Retrieve a document folder",
    parent="organization_id",
    path_params={"organization_id": Param(type="integer"), "id": Param(type="integer")},
    documented=False,
    source="document folders reached API keys during 2026; WYRE-AI/itglue-mcp pull request 71",
    confidence="medium",
)

ROUTES: tuple[Route, ...] = (
    USER_METRICS_LIST,
    USERS_LIST,
    USERS_GET,
    USERS_UPDATE,
    ATTACHMENTS_CREATE,
    ATTACHMENTS_UPDATE,
    ATTACHMENTS_BULK_DESTROY,
    CONFIGURATION_INTERFACES_LIST_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_GET,
    CONFIGURATION_INTERFACES_GET_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_CREATE,
    CONFIGURATION_INTERFACES_CREATE_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_UPDATE,
    CONFIGURATION_INTERFACES_UPDATE_BY_CONFIGURATION,
    CONFIGURATION_INTERFACES_BULK_UPDATE,
    CONFIGURATION_INTERFACES_DELETE_BY_CONFIGURATION,
    CONFIGURATION_STATUSES_LIST,
    CONFIGURATION_STATUSES_GET,
    CONFIGURATION_STATUSES_CREATE,
    CONFIGURATION_STATUSES_UPDATE,
    CONFIGURATION_TYPES_LIST,
    CONFIGURATION_TYPES_GET,
    CONFIGURATION_TYPES_CREATE,
    CONFIGURATION_TYPES_UPDATE,
    CONFIGURATIONS_LIST,
    CONFIGURATIONS_LIST_BY_ORGANIZATION,
    CONFIGURATIONS_GET,
    CONFIGURATIONS_GET_BY_ORGANIZATION,
    CONFIGURATIONS_CREATE,
    CONFIGURATIONS_CREATE_BY_ORGANIZATION,
    CONFIGURATIONS_UPDATE,
    CONFIGURATIONS_UPDATE_BY_ORGANIZATION,
    CONFIGURATIONS_BULK_UPDATE,
    CONFIGURATIONS_BULK_DESTROY,
    CONFIGURATIONS_BULK_DESTROY_BY_ORGANIZATION,
    CONTACT_TYPES_LIST,
    CONTACT_TYPES_GET,
    CONTACT_TYPES_CREATE,
    CONTACT_TYPES_UPDATE,
    CONTACTS_LIST,
    CONTACTS_LIST_BY_ORGANIZATION,
    CONTACTS_GET,
    CONTACTS_GET_BY_ORGANIZATION,
    CONTACTS_CREATE,
    CONTACTS_CREATE_BY_ORGANIZATION,
    CONTACTS_UPDATE,
    CONTACTS_UPDATE_BY_ORGANIZATION,
    CONTACTS_BULK_UPDATE,
    CONTACTS_BULK_DESTROY,
    CONTACTS_BULK_DESTROY_BY_ORGANIZATION,
    COUNTRIES_LIST,
    COUNTRIES_GET,
    RELATED_ITEMS_CREATE,
    RELATED_ITEMS_UPDATE,
    RELATED_ITEMS_BULK_DESTROY,
    DOCUMENTS_UPDATE,
    DOCUMENTS_UPDATE_BY_ORGANIZATION,
    DOCUMENTS_BULK_UPDATE,
    DOMAINS_LIST,
    DOMAINS_LIST_BY_ORGANIZATION,
    EXPIRATIONS_LIST,
    EXPIRATIONS_LIST_BY_ORGANIZATION,
    EXPIRATIONS_GET,
    EXPIRATIONS_GET_BY_ORGANIZATION,
    EXPORTS_LIST,
    EXPORTS_GET,
    EXPORTS_CREATE,
    EXPORTS_DELETE,
    FLEXIBLE_ASSET_FIELDS_LIST_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_GET,
    FLEXIBLE_ASSET_FIELDS_GET_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_CREATE,
    FLEXIBLE_ASSET_FIELDS_CREATE_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_UPDATE,
    FLEXIBLE_ASSET_FIELDS_UPDATE_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_FIELDS_BULK_UPDATE,
    FLEXIBLE_ASSET_FIELDS_DELETE,
    FLEXIBLE_ASSET_FIELDS_DELETE_BY_FLEXIBLE_ASSET_TYPE,
    FLEXIBLE_ASSET_TYPES_LIST,
    FLEXIBLE_ASSET_TYPES_GET,
    FLEXIBLE_ASSET_TYPES_CREATE,
    FLEXIBLE_ASSET_TYPES_UPDATE,
    FLEXIBLE_ASSETS_LIST,
    FLEXIBLE_ASSETS_GET,
    FLEXIBLE_ASSETS_CREATE,
    FLEXIBLE_ASSETS_CREATE_BY_ORGANIZATION,
    FLEXIBLE_ASSETS_UPDATE,
    FLEXIBLE_ASSETS_BULK_UPDATE,
    FLEXIBLE_ASSETS_DELETE,
    FLEXIBLE_ASSETS_BULK_DESTROY,
    GROUPS_LIST,
    GROUPS_GET,
    GROUPS_CREATE,
    GROUPS_DELETE,
    GROUPS_UPDATE,
    GROUPS_BULK_UPDATE,
    LOCATIONS_LIST,
    LOCATIONS_LIST_BY_ORGANIZATION,
    LOCATIONS_GET,
    LOCATIONS_GET_BY_ORGANIZATION,
    LOCATIONS_CREATE,
    LOCATIONS_CREATE_BY_ORGANIZATION,
    LOCATIONS_UPDATE,
    LOCATIONS_UPDATE_BY_ORGANIZATION,
    LOCATIONS_BULK_UPDATE,
    LOCATIONS_BULK_DESTROY,
    LOCATIONS_DELETE_BY_ORGANIZATION,
    LOGS_LIST,
    MANUFACTURERS_LIST,
    MANUFACTURERS_GET,
    MANUFACTURERS_CREATE,
    MANUFACTURERS_UPDATE,
    MODELS_LIST,
    MODELS_LIST_BY_MANUFACTURER,
    MODELS_GET,
    MODELS_GET_BY_MANUFACTURER,
    MODELS_CREATE,
    MODELS_CREATE_BY_MANUFACTURER,
    MODELS_UPDATE,
    MODELS_UPDATE_BY_MANUFACTURER,
    MODELS_BULK_UPDATE,
    OPERATING_SYSTEMS_LIST,
    OPERATING_SYSTEMS_GET,
    ORGANIZATION_STATUSES_LIST,
    ORGANIZATION_STATUSES_GET,
    ORGANIZATION_STATUSES_CREATE,
    ORGANIZATION_STATUSES_UPDATE,
    ORGANIZATION_TYPES_LIST,
    ORGANIZATION_TYPES_GET,
    ORGANIZATION_TYPES_CREATE,
    ORGANIZATION_TYPES_UPDATE,
    ORGANIZATIONS_LIST,
    ORGANIZATIONS_GET,
    ORGANIZATIONS_CREATE,
    ORGANIZATIONS_UPDATE,
    ORGANIZATIONS_BULK_UPDATE,
    ORGANIZATIONS_BULK_DESTROY,
    PASSWORD_CATEGORIES_LIST,
    PASSWORD_CATEGORIES_GET,
    PASSWORD_CATEGORIES_CREATE,
    PASSWORD_CATEGORIES_UPDATE,
    PASSWORDS_LIST,
    PASSWORDS_LIST_BY_ORGANIZATION,
    PASSWORDS_GET,
    PASSWORDS_GET_BY_ORGANIZATION,
    PASSWORDS_CREATE,
    PASSWORDS_CREATE_BY_ORGANIZATION,
    PASSWORDS_UPDATE,
    PASSWORDS_UPDATE_BY_ORGANIZATION,
    PASSWORDS_BULK_UPDATE,
    PASSWORDS_BULK_DESTROY,
    PASSWORDS_DELETE_BY_ORGANIZATION,
    PASSWORDS_DELETE,
    PLATFORMS_LIST,
    PLATFORMS_GET,
    REGIONS_LIST,
    REGIONS_LIST_BY_COUNTRY,
    REGIONS_GET,
    REGIONS_GET_BY_COUNTRY,
    DOCUMENTS_LIST_BY_ORGANIZATION,
    DOCUMENTS_GET,
    DOCUMENTS_GET_BY_ORGANIZATION,
    DOCUMENTS_CREATE,
    DOCUMENTS_CREATE_BY_ORGANIZATION,
    DOCUMENTS_PUBLISH,
    DOCUMENTS_BULK_DESTROY,
    DOCUMENT_SECTIONS_LIST_BY_DOCUMENT,
    DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT,
    DOCUMENT_SECTIONS_GET_BY_DOCUMENT,
    DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT,
    DOCUMENT_SECTIONS_DELETE_BY_DOCUMENT,
    DOCUMENT_IMAGES_CREATE,
    DOCUMENT_IMAGES_GET,
    DOCUMENT_IMAGES_DELETE,
    DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION,
    DOCUMENT_FOLDERS_GET_BY_ORGANIZATION,
)
"""Every route of IT Glue, in the reference's order."""
