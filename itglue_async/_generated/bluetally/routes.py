# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Every documented route of BlueTally, with the tables the core validates against.

Each route is a named ``Route``; tables several routes share are named once. ``ROUTES`` lists
the routes in the reference's order.
"""

from __future__ import annotations

from itglue_async._routes import Attribute, Body, Param, Route

ACCESSORIES_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param(type="integer", description="Exact search for category id."),
    "department_id": Param(type="integer", description="Exact search for department id."),
    "employee_email": Param(
        type="string",
        description="Exact search for all accessories checked out to an employee via email.",
    ),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "manufacturer_id": Param(type="integer", description="Exact search for manufacturer id."),
    "minimum_quantity": Param(type="integer", description="Exact search for minimum quantity."),
    "model_number": Param(type="string", description="Exact search for model number."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "order_number": Param(type="string", description="Exact search for order number."),
    "purchase_cost": Param(type="integer", description="Exact search for purchase price."),
    "purchase_date": Param(
        type="date", description="Exact search for purchase date. Format: '2022-12-01'"
    ),
    "qr_code": Param(type="boolean", description="Exact search for qr code."),
    "quantity": Param(type="integer", description="Exact search for quantity."),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
}
ACCESSORIES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", required=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(type="integer", nullable=True, description="Minimum quantity."),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase price."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "qr_code": Attribute(type="boolean", nullable=True, description="QR code."),
    "quantity": Attribute(type="integer", required=True, description="Quantity."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
}
ACCESSORIES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", nullable=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(type="integer", nullable=True, description="Minimum quantity."),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase price."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "qr_code": Attribute(type="boolean", nullable=True, description="QR code."),
    "quantity": Attribute(type="integer", nullable=True, description="Quantity."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
}
ACTIVITY_LIST_FILTERS: dict[str, Param] = {
    "accessory_id": Param(type="integer", description="Exact search for accessory id."),
    "asset_id": Param(type="integer", description="Exact search for asset system id."),
    "component_id": Param(type="integer", description="Exact search for component id."),
    "consumable_id": Param(type="integer", description="Exact search for consumable id."),
    "date_from": Param(type="date", description="Start date. Format: '2022-12-01'"),
    "date_to": Param(type="date", description="End date. Format: '2022-12-01'"),
    "employee_email": Param(
        type="string",
        description="Exact search for employee email for the employee that had something checked in/out to them.",
    ),
    "employee_id": Param(
        type="integer",
        description="Exact search for employee id for the employee that had something checked in/out to them.",
    ),
    "event": Param(
        type="string",
        enum=(
            "Create",
            "Update",
            "Delete",
            "Checkin",
            "Checkout",
            "Complete",
            "Schedule",
            "Recover",
        ),
        description="The event type of the log entry. Options: Create, Update, Delete, Checkin, Checkout, Complete, Schedule, Recover",
    ),
    "license_id": Param(type="integer", description="Exact search for license id."),
    "type": Param(
        type="string",
        enum=("Asset", "Accessory", "Component", "Consumable", "License", "Maintenance", "Audit"),
        description="The data type of the log entry. Options: Asset, Accessory, Component, Consumable, License, Maintenance, Audit",
    ),
    "user_email": Param(
        type="string",
        description="Exact search for user email for the user who performed the action.",
    ),
    "user_id": Param(
        type="integer",
        description="Exact search for user id for the user who performed the action.",
    ),
}
ASSETS_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param(type="string", description="Exact search for asset id."),
    "asset_name": Param(type="string", description="Exact search for asset name"),
    "asset_serial": Param(type="string", description="Exact search for asset serial."),
    "category_id": Param(type="integer", description="Exact search for category id."),
    "department_id": Param(type="integer", description="Exact search for department id."),
    "employee_email": Param(
        type="string",
        description="Exact search for all assets checked out to an employee via email.",
    ),
    "end_of_life_date": Param(
        type="date",
        description="Exact search for end of life date. Only applies to assets using products that have their End of Life type set to 'Individual by Asset'. Format: '2022-12-01'",
    ),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "notes": Param(type="string", description="Exact search for notes."),
    "order_number": Param(type="string", description="Exact search for order number."),
    "product_category_id": Param(
        type="integer",
        description="Assets using products belonging to this category. The reference documents this search as a second category_id; it is sent as product_category_id, a name this client chose, so the API may ignore it.",
    ),
    "product_id": Param(type="integer", description="Exact search for product id."),
    "purchase_cost": Param(type="integer", description="Exact search for purchase cost."),
    "purchase_date": Param(
        type="date", description="Exact search for purchase date. Format: '2022-12-01'"
    ),
    "status_id": Param(type="integer", description="Exact search for status id."),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
    "warranty_expiration_date": Param(
        type="date", description="Exact search for warranty expiration date. Format: '2022-12-01'"
    ),
}
ASSETS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(type="string", required=True, description="Asset id."),
    "asset_name": Attribute(type="string", nullable=True, description="Asset name"),
    "asset_serial": Attribute(type="string", nullable=True, description="Asset serial."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "end_of_life_date": Attribute(
        type="date",
        nullable=True,
        description="End of life date. Only applies to assets using products that have their End of Life type set to 'Individual by Asset'. Format: '2022-12-01'",
    ),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "product_id": Attribute(type="integer", required=True, description="Product id."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase cost."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "status_id": Attribute(type="integer", required=True, description="Status id."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "warranty_expiration_date": Attribute(
        type="date", nullable=True, description="Warranty expiration date. Format: '2022-12-01'"
    ),
}
ASSETS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(type="string", nullable=True, description="Asset id."),
    "asset_name": Attribute(type="string", nullable=True, description="Asset name."),
    "asset_serial": Attribute(type="string", nullable=True, description="Asset serial."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "end_of_life_date": Attribute(
        type="date",
        nullable=True,
        description="End of life date. Only applies to assets using products that have their End of Life type set to 'Individual by Asset'. Format: '2022-12-01'",
    ),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "product_id": Attribute(type="integer", nullable=True, description="Product id."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase cost."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "status_id": Attribute(type="integer", nullable=True, description="Status id."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "warranty_expiration_date": Attribute(
        type="date", nullable=True, description="Warranty expiration date. Format: '2022-12-01'"
    ),
}
AUDITS_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param(type="string", description="Exact search for asset id."),
    "audit_date": Param(
        type="date", description="Exact search for audit date. Format: '2022-12-01'"
    ),
    "completed": Param(type="boolean", description="Exact search for completed audits."),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "next_audit_date": Param(
        type="date", description="Exact search for next audit date. Format: '2022-12-01'"
    ),
    "notes": Param(type="string", description="Exact search for notes."),
    "scheduled": Param(type="boolean", description="Exact search for scheduled audits."),
    "user_id": Param(type="integer", description="Exact search for user id."),
}
AUDITS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(
        type="string", required=True, description="The id of the asset that was audited."
    ),
    "audit_date": Attribute(
        type="date", required=True, description="Audit date. Format: '2022-12-01'"
    ),
    "completed": Attribute(type="boolean", required=True, description="If audit is completed."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "next_audit_date": Attribute(
        type="date", nullable=True, description="Audit date. Format: '2022-12-01'"
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "scheduled": Attribute(type="boolean", required=True, description="If audit is scheduled."),
    "user_id": Attribute(
        type="integer", required=True, description="The id of the user who performed the audit."
    ),
}
AUDITS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(
        type="string", nullable=True, description="The id of the asset that was audited."
    ),
    "audit_date": Attribute(
        type="date", nullable=True, description="Audit date. Format: '2022-12-01'"
    ),
    "completed": Attribute(type="boolean", nullable=True, description="If audit is completed."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "next_audit_date": Attribute(
        type="date", nullable=True, description="Audit date. Format: '2022-12-01'"
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "scheduled": Attribute(type="boolean", nullable=True, description="If audit is scheduled."),
    "user_id": Attribute(
        type="integer", nullable=True, description="The id of the user who performed the audit."
    ),
}
CATEGORIES_LIST_FILTERS: dict[str, Param] = {
    "checkout_email": Param(
        type="boolean", description="Exact search for if checkout emails are enabled."
    ),
    "name": Param(type="string", description="Exact search for name."),
    "type": Param(
        type="string",
        enum=("accessory", "asset", "consumable", "component", "license"),
        description="Exact search for type. Options: { accessory, asset, consumable, component, license }",
    ),
}
CATEGORIES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_email": Attribute(
        type="boolean",
        nullable=True,
        description="Exact search for if checkout emails are enabled.",
    ),
    "eula": Attribute(type="string", nullable=True, description="End User License Agreement."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "minimum_quantity": Attribute(
        type="integer",
        nullable=True,
        description="The minimum amount of assets using products belonging to this category that should be in a deployable state before an alert is triggered. Only works for categories of the type Asset.",
    ),
    "name": Attribute(type="string", required=True, description="Name."),
    "type": Attribute(
        type="string",
        required=True,
        enum=("accessory", "asset", "consumable", "component", "license"),
        description="Type. Options: { accessory, asset, consumable, component, license }",
    ),
}
CATEGORIES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_email": Attribute(
        type="boolean",
        nullable=True,
        description="Exact search for if checkout emails are enabled.",
    ),
    "eula": Attribute(type="string", nullable=True, description="End User License Agreement."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "minimum_quantity": Attribute(
        type="integer",
        nullable=True,
        description="The minimum amount of assets using products belonging to this category that should be in a deployable state before an alert is triggered. Only works for categories of the type Asset.",
    ),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "type": Attribute(
        type="string",
        nullable=True,
        enum=("accessory", "asset", "consumable", "component", "license"),
        description="Type. Options: { accessory, asset, consumable, component, license }",
    ),
}
CHECKIN_ASSET_ATTRIBUTES: dict[str, Attribute] = {
    "asset_department_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the department you'd like the asset to belong to.",
    ),
    "asset_id": Attribute(type="integer", required=True, description="Asset ID"),
    "asset_location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like the asset to belong to.",
    ),
    "checkin_date": Attribute(
        type="date", required=True, description="Checkin date. Format: '2022-12-01'"
    ),
    "condition": Attribute(type="integer", nullable=True, description="Condition"),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "status_id": Attribute(type="integer", required=True, description="Status ID"),
}
CHECKIN_ACCESSORY_ATTRIBUTES: dict[str, Attribute] = {
    "accessory_id": Attribute(type="integer", required=True, description="Accessory ID."),
    "checkin_date": Attribute(
        type="date", required=True, description="Checkin date. Format: '2022-12-01'"
    ),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the accessory in from.",
    ),
    "location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like to check the accessory in from.",
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
}
CHECKIN_COMPONENT_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(
        type="integer",
        required=True,
        description="ID of the asset you'd like to check the component in from.",
    ),
    "checkin_date": Attribute(
        type="date", required=True, description="Checkin date. Format: '2022-12-01'"
    ),
    "component_id": Attribute(type="integer", required=True, description="Component ID."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
}
CHECKIN_LICENSE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the asset you'd like to check the license in from.",
    ),
    "checkin_date": Attribute(
        type="date", required=True, description="Checkin date. Format: '2022-12-01'"
    ),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the license in from.",
    ),
    "license_id": Attribute(type="integer", required=True, description="License ID."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "product_key": Attribute(
        type="string",
        nullable=True,
        description="The Product Key you'd like to check in (Required for Product Key Licenses).",
    ),
}
CHECKOUT_ASSET_ATTRIBUTES: dict[str, Attribute] = {
    "asset_department_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the department you'd like the asset to belong to.",
    ),
    "asset_id": Attribute(type="integer", required=True, description="Asset ID."),
    "asset_location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like the asset to belong to.",
    ),
    "checkin_date": Attribute(
        type="date", nullable=True, description="Expected checkin date. Format: '2022-12-01'"
    ),
    "checkout_date": Attribute(
        type="date", required=True, description="Checkout date. Format: '2022-12-01'."
    ),
    "condition": Attribute(type="integer", nullable=True, description="Condition."),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the asset out to.",
    ),
    "location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like to check the asset out to.",
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
}
CHECKOUT_ACCESSORY_ATTRIBUTES: dict[str, Attribute] = {
    "accessory_id": Attribute(type="integer", required=True, description="Accessory ID."),
    "checkin_date": Attribute(
        type="date", nullable=True, description="Expected checkin date. Format: '2022-12-01'"
    ),
    "checkout_date": Attribute(
        type="date", required=True, description="Checkout date. Format: '2022-12-01'"
    ),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the accessory out to.",
    ),
    "location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like to check the accessory out to.",
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "quantity": Attribute(type="integer", required=True, description="Quantity."),
}
CHECKOUT_COMPONENT_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(type="integer", required=True, description="Asset ID."),
    "checkout_date": Attribute(
        type="date", required=True, description="Checkout date. Format: '2022-12-01'"
    ),
    "component_id": Attribute(type="integer", required=True, description="Component ID."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "quantity": Attribute(type="integer", required=True, description="Quantity."),
}
CHECKOUT_CONSUMABLE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_date": Attribute(
        type="date", required=True, description="Checkout date. Format: '2022-12-01'"
    ),
    "consumable_id": Attribute(type="integer", required=True, description="Consumable ID."),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the consumable out to.",
    ),
    "location_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the location you'd like to check the consumable out to.",
    ),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "quantity": Attribute(type="integer", required=True, description="Quantity."),
}
CHECKOUT_LICENSE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(
        type="integer",
        nullable=True,
        description="System ID of the asset you'd like to check the license out to.",
    ),
    "checkin_date": Attribute(
        type="date", nullable=True, description="Expected checkin date. Format: '2022-12-01'"
    ),
    "checkout_date": Attribute(
        type="date", required=True, description="Checkout date. Format: '2022-12-01'"
    ),
    "employee_id": Attribute(
        type="integer",
        nullable=True,
        description="ID of the employee you'd like to check the license out to.",
    ),
    "license_id": Attribute(type="integer", required=True, description="License ID."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "product_key": Attribute(
        type="string",
        nullable=True,
        description="The product key you'd like to check out (Required for Product Key licenses).",
    ),
    "quantity": Attribute(
        type="integer",
        nullable=True,
        description="Number of seats to check out (Required for Dynamic licenses).",
    ),
}
COMPONENTS_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param(type="integer", description="Exact search for category id."),
    "department_id": Param(type="integer", description="Exact search for department id."),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "manufacturer_id": Param(type="integer", description="Exact search for manufacturer id."),
    "minimum_quantity": Param(type="integer", description="Exact search for minimum quantity."),
    "model_number": Param(type="string", description="Exact search for model number."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "order_number": Param(type="string", description="Exact search for order number."),
    "purchase_cost": Param(type="integer", description="Exact search for purchase price."),
    "purchase_date": Param(
        type="date", description="Exact search for purchase date. Format: '2022-12-01'"
    ),
    "quantity": Param(type="integer", description="Exact search for quantity."),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
}
COMPONENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", required=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(type="integer", nullable=True, description="Minimum quantity."),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase price."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "quantity": Attribute(type="integer", required=True, description="Quantity."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
}
COMPONENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", nullable=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency (or the location currency, if applicable). Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(type="integer", nullable=True, description="Minimum quantity."),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase price."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "quantity": Attribute(type="integer", nullable=True, description="Quantity."),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
}
CONSUMABLES_LIST_FILTERS: dict[str, Param] = {
    "available": Param(type="integer", description="Exact search for available."),
    "category_id": Param(type="integer", description="Exact search for category id."),
    "department_id": Param(type="integer", description="Exact search for department id."),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "manufacturer_id": Param(type="integer", description="Exact search for manufacturer id."),
    "minimum_quantity": Param(type="integer", description="Exact search for minimum quantity."),
    "model_number": Param(type="string", description="Exact search for model number."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "order_number": Param(type="string", description="Exact search for order number."),
    "purchase_cost": Param(type="integer", description="Exact search for purchase price."),
    "purchase_date": Param(
        type="date", description="Exact search for purchase date. Format: '2022-12-01'"
    ),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
}
DEPARTMENTS_LIST_FILTERS: dict[str, Param] = {
    "email": Param(type="string", description="Exact search for email."),
    "name": Param(type="string", description="Exact search for name."),
    "phone": Param(type="string", description="Exact search for phone."),
}
DEPARTMENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "email": Attribute(type="string", required=True, description="Email."),
    "name": Attribute(type="string", required=True, description="Name."),
    "phone": Attribute(type="string", required=True, description="Phone."),
}
DEPARTMENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "email": Attribute(type="string", nullable=True, description="Email."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "phone": Attribute(type="string", nullable=True, description="Phone."),
}
DEPRECIATIONS_LIST_FILTERS: dict[str, Param] = {
    "minimum_value": Param(
        type="integer", description="Exact search for minimum value after depreciation."
    ),
    "months": Param(type="integer", description="Exact search for number of months."),
    "name": Param(type="string", description="Exact search for name."),
}
DEPRECIATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "minimum_value": Attribute(
        type="integer", nullable=True, description="Minimum value after depreciation."
    ),
    "months": Attribute(type="integer", required=True, description="Number of months."),
    "name": Attribute(type="string", required=True, description="Name."),
}
DEPRECIATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "minimum_value": Attribute(
        type="integer", nullable=True, description="Minimum value after depreciation."
    ),
    "months": Attribute(type="integer", nullable=True, description="Number of months."),
    "name": Attribute(type="string", nullable=True, description="Name."),
}
EMPLOYEES_LIST_FILTERS: dict[str, Param] = {
    "department_id": Param(type="integer", description="Exact search for department id."),
    "email": Param(type="string", description="Exact search for email."),
    "location_id": Param(type="integer", description="Exact search for location id."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "title": Param(type="string", description="Exact search for title."),
}
EMPLOYEES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(
        type="boolean",
        nullable=True,
        description="If the employee should be archived. Options: true, false",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "email": Attribute(type="string", required=True, description="Email."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "title": Attribute(type="string", nullable=True, description="Title."),
}
EMPLOYEES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(
        type="boolean",
        nullable=True,
        description="If the employee should be archived. Options: true, false",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "email": Attribute(type="string", nullable=True, description="Email."),
    "location_id": Attribute(type="integer", nullable=True, description="Location id."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "title": Attribute(type="string", nullable=True, description="Title."),
}
LICENSES_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param(type="integer", description="Exact search for category id."),
    "department_id": Param(type="integer", description="Exact search for department id."),
    "depreciation_id": Param(type="integer", description="Exact search for depreciation id."),
    "employee_email": Param(
        type="string",
        description="Exact search for all licenses checked out to an employee via email.",
    ),
    "expiration_date": Param(
        type="date", description="Exact search for expiration date. Format: '2022-12-01'"
    ),
    "licensed_to_email": Param(type="string", description="Exact search for licensed to email."),
    "licensed_to_name": Param(type="string", description="Exact search for licensed to name."),
    "manufacturer_id": Param(type="integer", description="Exact search for manufacturer id."),
    "minimum_seats": Param(type="integer", description="Exact search for minimum seats."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "order_number": Param(type="string", description="Exact search for order number."),
    "purchase_cost": Param(type="integer", description="Exact search for purchase cost."),
    "purchase_date": Param(
        type="date", description="Exact search for purchase date. Format: '2022-12-01'"
    ),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
    "termination_date": Param(
        type="date", description="Exact search for termination date. Format: '2022-12-01'"
    ),
}
LICENSES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", required=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency. Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "depreciation_id": Attribute(type="integer", nullable=True, description="Depreciation id."),
    "expiration_date": Attribute(
        type="date", nullable=True, description="Expiration date. Format: '2022-12-01'"
    ),
    "licensed_to_email": Attribute(type="string", nullable=True, description="Licensed to email."),
    "licensed_to_name": Attribute(type="string", nullable=True, description="Licensed to name."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_seats": Attribute(type="integer", nullable=True, description="Minimum seats."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "number_of_seats": Attribute(type="integer", nullable=True, description="Number of seats."),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase cost."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "termination_date": Attribute(
        type="date", nullable=True, description="Termination date. Format: '2022-12-01'"
    ),
}
LICENSES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute(type="integer", nullable=True, description="Category id."),
    "currency": Attribute(
        type="string",
        nullable=True,
        description="The currency of the purchase price. Only needed if it's different from the default account currency. Accepts all ISO 4217 three-letter country codes.",
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "department_id": Attribute(type="integer", nullable=True, description="Department id."),
    "depreciation_id": Attribute(type="integer", nullable=True, description="Depreciation id."),
    "expiration_date": Attribute(
        type="date", nullable=True, description="Expiration date. Format: '2022-12-01'"
    ),
    "licensed_to_email": Attribute(type="string", nullable=True, description="Licensed to email."),
    "licensed_to_name": Attribute(type="string", nullable=True, description="Licensed to name."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_seats": Attribute(type="integer", nullable=True, description="Minimum seats."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "number_of_seats": Attribute(
        type="integer",
        nullable=True,
        description="Number of seats. Only works for Dynamic licenses.",
    ),
    "order_number": Attribute(type="string", nullable=True, description="Order number."),
    "purchase_cost": Attribute(type="integer", nullable=True, description="Purchase cost."),
    "purchase_date": Attribute(
        type="date", nullable=True, description="Purchase date. Format: '2022-12-01'"
    ),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "termination_date": Attribute(
        type="date", nullable=True, description="Termination date. Format: '2022-12-01'"
    ),
}
LOCATIONS_LIST_FILTERS: dict[str, Param] = {
    "address_line_1": Param(type="string", description="Exact search for address line 1."),
    "address_line_2": Param(type="string", description="Exact search for address line 2."),
    "city": Param(type="string", description="Exact search for city."),
    "country": Param(type="string", description="Exact search for country."),
    "currency": Param(type="string", description="Exact search for currency."),
    "email": Param(type="string", description="Exact search for email."),
    "name": Param(type="string", description="Exact search for name."),
    "phone": Param(type="string", description="Exact search for phone."),
    "state": Param(type="string", description="Exact search for state."),
    "zip": Param(type="string", description="Exact search for zip."),
}
LOCATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute(type="string", nullable=True, description="Address line 1."),
    "address_line_2": Attribute(type="string", nullable=True, description="Address line 2."),
    "city": Attribute(type="string", nullable=True, description="City."),
    "country": Attribute(type="string", nullable=True, description="Country."),
    "currency": Attribute(type="string", nullable=True, description="Currency (ISO 4217 Code)."),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "email": Attribute(type="string", nullable=True, description="Email."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", required=True, description="Name."),
    "phone": Attribute(type="string", nullable=True, description="Phone."),
    "state": Attribute(type="string", nullable=True, description="State."),
    "zip": Attribute(type="string", nullable=True, description="Zip."),
}
LOCATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute(type="string", nullable=True, description="Address line 1."),
    "address_line_2": Attribute(type="string", nullable=True, description="Address line 2."),
    "city": Attribute(type="string", nullable=True, description="City."),
    "country": Attribute(type="string", nullable=True, description="Country."),
    "currency": Attribute(type="string", nullable=True, description="Currency (ISO 4217 Code)."),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "email": Attribute(type="string", nullable=True, description="Email."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "phone": Attribute(type="string", nullable=True, description="Phone."),
    "state": Attribute(type="string", nullable=True, description="State."),
    "zip": Attribute(type="string", nullable=True, description="Zip."),
}
MAINTENANCES_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param(type="string", description="Exact search for asset id."),
    "cost": Param(type="integer", description="Exact search for cost."),
    "end_date": Param(type="date", description="Exact search for end date. Format: '2022-12-01'"),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "start_date": Param(type="date", description="Exact search start date. Format: '2022-12-01'"),
    "supplier_id": Param(type="integer", description="Exact search for supplier id."),
    "type": Param(
        type="string",
        enum=(
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ),
        description="Exact search for type. Options: { maintenance, repair, upgrade, test, calibration, hardware support, software support }",
    ),
}
MAINTENANCES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(type="string", required=True, description="Asset id."),
    "cost": Attribute(type="integer", nullable=True, description="Cost."),
    "end_date": Attribute(type="date", nullable=True, description="End date. Format: '2022-12-01'"),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "start_date": Attribute(
        type="date", required=True, description="Start date. Format: '2022-12-01'"
    ),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "type": Attribute(
        type="string",
        required=True,
        enum=(
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ),
        description="Type. Options: { maintenance, repair, upgrade, test, calibration, hardware support, software support }",
    ),
}
MAINTENANCES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute(type="string", nullable=True, description="Asset id."),
    "cost": Attribute(type="integer", nullable=True, description="Cost."),
    "end_date": Attribute(type="date", nullable=True, description="End date. Format: '2022-12-01'"),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "start_date": Attribute(
        type="date", nullable=True, description="Start date. Format: '2022-12-01'"
    ),
    "supplier_id": Attribute(type="integer", nullable=True, description="Supplier id."),
    "type": Attribute(
        type="string",
        nullable=True,
        enum=(
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ),
        description="Type. Options: { maintenance, repair, upgrade, test, calibration, hardware_support, software_support }",
    ),
}
MANUFACTURERS_LIST_FILTERS: dict[str, Param] = {
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "support_email": Param(type="string", description="Exact search for support email."),
    "support_phone": Param(type="string", description="Exact search for support phone."),
    "support_url": Param(type="string", description="Exact search for support url."),
    "url": Param(type="string", description="Exact search for url."),
}
MANUFACTURERS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "support_email": Attribute(type="string", nullable=True, description="Support email."),
    "support_phone": Attribute(type="string", nullable=True, description="Support phone."),
    "support_url": Attribute(type="string", nullable=True, description="Support url."),
    "url": Attribute(type="string", nullable=True, description="Url."),
}
MANUFACTURERS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "support_email": Attribute(type="string", nullable=True, description="Support email."),
    "support_phone": Attribute(type="string", nullable=True, description="Support phone."),
    "support_url": Attribute(type="string", nullable=True, description="Support url."),
    "url": Attribute(type="string", nullable=True, description="Url."),
}
PRODUCTS_LIST_FILTERS: dict[str, Param] = {
    "archived": Param(type="boolean", description="Exact search for archived."),
    "category_id": Param(type="integer", description="Exact search for category id."),
    "default_purchase_cost": Param(
        type="integer", description="Exact search for default purchase cost."
    ),
    "depreciation_id": Param(type="integer", description="Exact search for depreciation id."),
    "end_of_life_date": Param(
        type="date", description="Exact search for end of life date. Format: '2022-12-01'."
    ),
    "end_of_life_months": Param(
        type="integer", description="Exact search for end of life number of months."
    ),
    "end_of_life_type": Param(
        type="string",
        enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"),
        description="Exact search for end of life type. Options: Fixed Date, Months from Asset Purchase Date, Individual Per Asset",
    ),
    "manufacturer_id": Param(type="integer", description="Exact search for manufacturer id."),
    "model_number": Param(type="string", description="Exact search for model number."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
}
PRODUCTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True, description="Archived."),
    "category_id": Attribute(type="integer", required=True, description="Category id."),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "default_purchase_cost": Attribute(
        type="integer", nullable=True, description="Default purchase cost."
    ),
    "depreciation_id": Attribute(type="integer", nullable=True, description="Depreciation id."),
    "end_of_life_date": Attribute(
        type="date",
        nullable=True,
        description="End of life date (if end_of_life_type is Fixed Date). Format: '2022-12-01'.",
    ),
    "end_of_life_months": Attribute(
        type="integer",
        nullable=True,
        description="Number of months from asset purchase date to end of life. (if end_of_life_type is Months from Asset Purchase Date).",
    ),
    "end_of_life_type": Attribute(
        type="string",
        nullable=True,
        enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"),
        description="The end of life type. Default value is Fixed Date. Options: Fixed Date, Months from Asset Purchase Date, Individual Per Asset.",
    ),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(
        type="integer",
        nullable=True,
        description="The minimum amount of assets using this product that should be in a deployable state before an alert is triggered.",
    ),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
}
PRODUCTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute(type="boolean", nullable=True, description="Archived."),
    "category_id": Attribute(
        type="integer", nullable=True, description="Exact search for category id."
    ),
    "custom_fields": Attribute(
        type="array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute(type="string", required=True),
            "value": Attribute(type="any", nullable=True),
        },
        description='A list of {"name": ..., "value": ...} objects, one per custom field.',
    ),
    "default_purchase_cost": Attribute(
        type="integer", nullable=True, description="Default purchase cost."
    ),
    "depreciation_id": Attribute(type="integer", nullable=True, description="Depreciation id."),
    "end_of_life_date": Attribute(
        type="date",
        nullable=True,
        description="End of life date (if end_of_life_type is Fixed Date). Format: '2022-12-01'.",
    ),
    "end_of_life_months": Attribute(
        type="integer",
        nullable=True,
        description="Number of months from asset purchase date to end of life. (if end_of_life_type is Months from Asset Purchase Date).",
    ),
    "end_of_life_type": Attribute(
        type="string",
        nullable=True,
        enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"),
        description="The end of life type. Default value is Fixed Date. Options: Fixed Date, Months from Asset Purchase Date, Individual Per Asset.",
    ),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "manufacturer_id": Attribute(type="integer", nullable=True, description="Manufacturer id."),
    "minimum_quantity": Attribute(
        type="integer",
        nullable=True,
        description="The minimum amount of assets using this product that should be in a deployable state before an alert is triggered.",
    ),
    "model_number": Attribute(type="string", nullable=True, description="Model number."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
}
STATUSES_LIST_FILTERS: dict[str, Param] = {
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "show_in_nav": Param(
        type="boolean", description="Exact search for if status is visible in the navigation bar."
    ),
    "type": Param(
        type="string",
        enum=("deployable", "pending", "undeployable", "archived"),
        description="Exact search for type. Options: { deployable, pending, undeployable, archived }",
    ),
}
STATUSES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "show_in_nav": Attribute(
        type="boolean", nullable=True, description="If status is visible in the navigation bar."
    ),
    "type": Attribute(
        type="string",
        required=True,
        enum=("deployable", "pending", "undeployable", "archived"),
        description="Type. Options: { deployable, pending, undeployable, archived }",
    ),
}
STATUSES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "show_in_nav": Attribute(
        type="boolean", nullable=True, description="If status is visible in the navigation bar."
    ),
    "type": Attribute(
        type="string",
        nullable=True,
        enum=("deployable", "pending", "undeployable", "archived"),
        description="Type. Options: { deployable, pending, undeployable, archived }",
    ),
}
SUPPLIERS_LIST_FILTERS: dict[str, Param] = {
    "address_line_1": Param(type="string", description="Exact search for address line 1."),
    "address_line_2": Param(type="string", description="Exact search for address line 2."),
    "city": Param(type="string", description="Exact search for city."),
    "contact_name": Param(type="string", description="Exact search for contact name."),
    "country": Param(type="string", description="Exact search for country."),
    "email": Param(type="string", description="Exact search for email."),
    "fax": Param(type="string", description="Exact search for fax."),
    "name": Param(type="string", description="Exact search for name."),
    "notes": Param(type="string", description="Exact search for notes."),
    "phone": Param(type="string", description="Exact search for phone."),
    "state": Param(type="string", description="Exact search for state."),
    "url": Param(type="string", description="Exact search for url."),
    "zip": Param(type="string", description="Exact search for zip."),
}
SUPPLIERS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute(type="string", nullable=True, description="Address line 1."),
    "address_line_2": Attribute(type="string", nullable=True, description="Address line 2."),
    "city": Attribute(type="string", nullable=True, description="City."),
    "contact_name": Attribute(type="string", nullable=True, description="Contact name."),
    "country": Attribute(type="string", nullable=True, description="Country."),
    "email": Attribute(type="string", nullable=True, description="Email."),
    "fax": Attribute(type="string", nullable=True, description="Fax."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", required=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "phone": Attribute(type="string", nullable=True, description="Phone."),
    "state": Attribute(type="string", nullable=True, description="State."),
    "url": Attribute(type="string", nullable=True, description="Url."),
    "zip": Attribute(type="string", nullable=True, description="Zip."),
}
SUPPLIERS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute(type="string", nullable=True, description="Address line 1."),
    "address_line_2": Attribute(type="string", nullable=True, description="Address line 2."),
    "city": Attribute(type="string", nullable=True, description="City."),
    "contact_name": Attribute(type="string", nullable=True, description="Contact name."),
    "country": Attribute(type="string", nullable=True, description="Country."),
    "email": Attribute(type="string", nullable=True, description="Email."),
    "fax": Attribute(type="string", nullable=True, description="Fax."),
    "logo": Attribute(type="string", nullable=True, description="External URL to logo."),
    "name": Attribute(type="string", nullable=True, description="Name."),
    "notes": Attribute(type="string", nullable=True, description="Notes."),
    "phone": Attribute(type="string", nullable=True, description="Phone."),
    "state": Attribute(type="string", nullable=True, description="State."),
    "url": Attribute(type="string", nullable=True, description="Url."),
    "zip": Attribute(type="string", nullable=True, description="Zip."),
}

ACCESSORIES_LIST = Route(
    method="GET",
    path="/accessories",
    resource="accessories",
    operation="list",
    summary="Returns all accessories",
    filters=ACCESSORIES_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "model_number",
        "order_number",
        "purchase_date",
        "purchase_cost",
        "minimum_quantity",
        "quantity",
        "notes",
    ),
    paginated=True,
)
ACCESSORIES_GET = Route(
    method="GET",
    path="/accessories/:id",
    resource="accessories",
    operation="get",
    summary="Returns a specific accessory",
    path_params={"id": Param(type="integer")},
)
ACCESSORIES_CREATE = Route(
    method="POST",
    path="/accessories",
    resource="accessories",
    operation="create",
    summary="Create an accessory",
    body=Body(kind="single", type="accessories", attributes=ACCESSORIES_CREATE_ATTRIBUTES),
)
ACCESSORIES_UPDATE = Route(
    method="PUT",
    path="/accessories/:id",
    resource="accessories",
    operation="update",
    summary="Update an accessory",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="accessories", attributes=ACCESSORIES_UPDATE_ATTRIBUTES),
)
ACCESSORIES_DELETE = Route(
    method="DELETE",
    path="/accessories/:id",
    resource="accessories",
    operation="delete",
    summary="Delete an accessory",
    path_params={"id": Param(type="integer")},
)
ACTIVITY_LIST = Route(
    method="GET",
    path="/activity",
    resource="activity",
    operation="list",
    summary="Returns all activity log entries",
    filters=ACTIVITY_LIST_FILTERS,
    sorts=("created_at",),
    paginated=True,
)
ASSETS_LIST = Route(
    method="GET",
    path="/assets",
    resource="assets",
    operation="list",
    summary="Returns all assets",
    filters=ASSETS_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "asset_id",
        "asset_name",
        "asset_serial",
        "warranty_expiration_date",
        "order_number",
        "purchase_date",
        "purchase_cost",
        "notes",
    ),
    paginated=True,
)
ASSETS_GET = Route(
    method="GET",
    path="/assets/:id",
    resource="assets",
    operation="get",
    summary="Returns a specific asset",
    path_params={"id": Param(type="integer")},
)
ASSETS_CREATE = Route(
    method="POST",
    path="/assets",
    resource="assets",
    operation="create",
    summary="Create an asset",
    body=Body(kind="single", type="assets", attributes=ASSETS_CREATE_ATTRIBUTES),
)
ASSETS_UPDATE = Route(
    method="PUT",
    path="/assets/:id",
    resource="assets",
    operation="update",
    summary="Update an asset",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="assets", attributes=ASSETS_UPDATE_ATTRIBUTES),
)
ASSETS_DELETE = Route(
    method="DELETE",
    path="/assets/:id",
    resource="assets",
    operation="delete",
    summary="Delete an asset",
    path_params={"id": Param(type="integer")},
)
AUDITS_LIST = Route(
    method="GET",
    path="/audits",
    resource="audits",
    operation="list",
    summary="Returns all audits",
    filters=AUDITS_LIST_FILTERS,
    sorts=("created_at", "updated_at", "audit_date", "next_audit_date", "notes"),
    paginated=True,
)
AUDITS_GET = Route(
    method="GET",
    path="/audits/:id",
    resource="audits",
    operation="get",
    summary="Returns a specific audit",
    path_params={"id": Param(type="integer")},
)
AUDITS_CREATE = Route(
    method="POST",
    path="/audits",
    resource="audits",
    operation="create",
    summary="Create an audit",
    body=Body(kind="single", type="audits", attributes=AUDITS_CREATE_ATTRIBUTES),
)
AUDITS_UPDATE = Route(
    method="PUT",
    path="/audits/:id",
    resource="audits",
    operation="update",
    summary="Update an audit",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="audits", attributes=AUDITS_UPDATE_ATTRIBUTES),
)
AUDITS_DELETE = Route(
    method="DELETE",
    path="/audits/:id",
    resource="audits",
    operation="delete",
    summary="Delete an audit",
    path_params={"id": Param(type="integer")},
)
CATEGORIES_LIST = Route(
    method="GET",
    path="/categories",
    resource="categories",
    operation="list",
    summary="Returns all categories",
    filters=CATEGORIES_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name", "type"),
    paginated=True,
)
CATEGORIES_GET = Route(
    method="GET",
    path="/categories/:id",
    resource="categories",
    operation="get",
    summary="Returns a specific category",
    path_params={"id": Param(type="integer")},
)
CATEGORIES_CREATE = Route(
    method="POST",
    path="/categories",
    resource="categories",
    operation="create",
    summary="Create a category",
    body=Body(kind="single", type="categories", attributes=CATEGORIES_CREATE_ATTRIBUTES),
)
CATEGORIES_UPDATE = Route(
    method="PUT",
    path="/categories/:id",
    resource="categories",
    operation="update",
    summary="Update a category",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="categories", attributes=CATEGORIES_UPDATE_ATTRIBUTES),
)
CATEGORIES_DELETE = Route(
    method="DELETE",
    path="/categories/:id",
    resource="categories",
    operation="delete",
    summary="Delete a category",
    path_params={"id": Param(type="integer")},
)
CHECKIN_ASSET = Route(
    method="POST",
    path="/checkin/asset",
    resource="checkin",
    operation="asset",
    summary="Checkin an asset",
    body=Body(kind="single", type="checkin", attributes=CHECKIN_ASSET_ATTRIBUTES),
    kind="action",
)
CHECKIN_ACCESSORY = Route(
    method="POST",
    path="/checkin/accessory",
    resource="checkin",
    operation="accessory",
    summary="Checkin an accessory",
    body=Body(kind="single", type="checkin", attributes=CHECKIN_ACCESSORY_ATTRIBUTES),
    kind="action",
)
CHECKIN_COMPONENT = Route(
    method="POST",
    path="/checkin/component",
    resource="checkin",
    operation="component",
    summary="Checkin a component",
    body=Body(kind="single", type="checkin", attributes=CHECKIN_COMPONENT_ATTRIBUTES),
    kind="action",
)
CHECKIN_LICENSE = Route(
    method="POST",
    path="/checkin/license",
    resource="checkin",
    operation="license",
    summary="Checkin a license",
    body=Body(kind="single", type="checkin", attributes=CHECKIN_LICENSE_ATTRIBUTES),
    kind="action",
)
CHECKOUT_ASSET = Route(
    method="POST",
    path="/checkout/asset",
    resource="checkout",
    operation="asset",
    summary="Checkout an asset",
    body=Body(kind="single", type="checkout", attributes=CHECKOUT_ASSET_ATTRIBUTES),
    kind="action",
)
CHECKOUT_ACCESSORY = Route(
    method="POST",
    path="/checkout/accessory",
    resource="checkout",
    operation="accessory",
    summary="Checkout an accessory",
    body=Body(kind="single", type="checkout", attributes=CHECKOUT_ACCESSORY_ATTRIBUTES),
    kind="action",
)
CHECKOUT_COMPONENT = Route(
    method="POST",
    path="/checkout/component",
    resource="checkout",
    operation="component",
    summary="Checkout a component",
    body=Body(kind="single", type="checkout", attributes=CHECKOUT_COMPONENT_ATTRIBUTES),
    kind="action",
)
CHECKOUT_CONSUMABLE = Route(
    method="POST",
    path="/checkout/consumable",
    resource="checkout",
    operation="consumable",
    summary="Checkout a consumable",
    body=Body(kind="single", type="checkout", attributes=CHECKOUT_CONSUMABLE_ATTRIBUTES),
    kind="action",
)
CHECKOUT_LICENSE = Route(
    method="POST",
    path="/checkout/license",
    resource="checkout",
    operation="license",
    summary="Checkout a license",
    body=Body(kind="single", type="checkout", attributes=CHECKOUT_LICENSE_ATTRIBUTES),
    kind="action",
)
COMPONENTS_LIST = Route(
    method="GET",
    path="/components",
    resource="components",
    operation="list",
    summary="Returns all components",
    filters=COMPONENTS_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "model_number",
        "order_number",
        "purchase_date",
        "purchase_cost",
        "minimum_quantity",
        "quantity",
        "notes",
    ),
    paginated=True,
)
COMPONENTS_GET = Route(
    method="GET",
    path="/components/:id",
    resource="components",
    operation="get",
    summary="Returns a specific component",
    path_params={"id": Param(type="integer")},
)
COMPONENTS_CREATE = Route(
    method="POST",
    path="/components",
    resource="components",
    operation="create",
    summary="Create a component",
    body=Body(kind="single", type="components", attributes=COMPONENTS_CREATE_ATTRIBUTES),
)
COMPONENTS_UPDATE = Route(
    method="PUT",
    path="/components/:id",
    resource="components",
    operation="update",
    summary="Update a component",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="components", attributes=COMPONENTS_UPDATE_ATTRIBUTES),
)
COMPONENTS_DELETE = Route(
    method="DELETE",
    path="/components/:id",
    resource="components",
    operation="delete",
    summary="Delete a component",
    path_params={"id": Param(type="integer")},
)
CONSUMABLES_LIST = Route(
    method="GET",
    path="/consumables",
    resource="consumables",
    operation="list",
    summary="Returns all consumables",
    filters=CONSUMABLES_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "model_number",
        "order_number",
        "purchase_date",
        "purchase_cost",
        "minimum_quantity",
        "available",
        "notes",
    ),
    paginated=True,
)
CONSUMABLES_GET = Route(
    method="GET",
    path="/consumables/:id",
    resource="consumables",
    operation="get",
    summary="Returns a specific consumable",
    path_params={"id": Param(type="integer")},
)
CONSUMABLES_CREATE = Route(
    method="POST",
    path="/consumables",
    resource="consumables",
    operation="create",
    summary="Create a consumable",
    body=Body(kind="single", type="consumables", attributes=COMPONENTS_CREATE_ATTRIBUTES),
)
CONSUMABLES_UPDATE = Route(
    method="PUT",
    path="/consumables/:id",
    resource="consumables",
    operation="update",
    summary="Update a consumable",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="consumables", attributes=COMPONENTS_UPDATE_ATTRIBUTES),
)
CONSUMABLES_DELETE = Route(
    method="DELETE",
    path="/consumables/:id",
    resource="consumables",
    operation="delete",
    summary="Delete a consumable",
    path_params={"id": Param(type="integer")},
)
DEPARTMENTS_LIST = Route(
    method="GET",
    path="/departments",
    resource="departments",
    operation="list",
    summary="Returns all departments",
    filters=DEPARTMENTS_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name"),
    paginated=True,
)
DEPARTMENTS_GET = Route(
    method="GET",
    path="/departments/:id",
    resource="departments",
    operation="get",
    summary="Returns a specific department",
    path_params={"id": Param(type="integer")},
)
DEPARTMENTS_CREATE = Route(
    method="POST",
    path="/departments",
    resource="departments",
    operation="create",
    summary="Create a department",
    body=Body(kind="single", type="departments", attributes=DEPARTMENTS_CREATE_ATTRIBUTES),
)
DEPARTMENTS_UPDATE = Route(
    method="PUT",
    path="/departments/:id",
    resource="departments",
    operation="update",
    summary="Update a department",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="departments", attributes=DEPARTMENTS_UPDATE_ATTRIBUTES),
)
DEPARTMENTS_DELETE = Route(
    method="DELETE",
    path="/departments/:id",
    resource="departments",
    operation="delete",
    summary="Delete a department",
    path_params={"id": Param(type="integer")},
)
DEPRECIATIONS_LIST = Route(
    method="GET",
    path="/depreciations",
    resource="depreciations",
    operation="list",
    summary="Returns all depreciations",
    filters=DEPRECIATIONS_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name", "months", "minimum_value"),
    paginated=True,
)
DEPRECIATIONS_GET = Route(
    method="GET",
    path="/depreciations/:id",
    resource="depreciations",
    operation="get",
    summary="Returns a specific depreciation",
    path_params={"id": Param(type="integer")},
)
DEPRECIATIONS_CREATE = Route(
    method="POST",
    path="/depreciations",
    resource="depreciations",
    operation="create",
    summary="Create a depreciation",
    body=Body(kind="single", type="depreciations", attributes=DEPRECIATIONS_CREATE_ATTRIBUTES),
)
DEPRECIATIONS_UPDATE = Route(
    method="PUT",
    path="/depreciations/:id",
    resource="depreciations",
    operation="update",
    summary="Update a depreciation",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="depreciations", attributes=DEPRECIATIONS_UPDATE_ATTRIBUTES),
)
DEPRECIATIONS_DELETE = Route(
    method="DELETE",
    path="/depreciations/:id",
    resource="depreciations",
    operation="delete",
    summary="Delete a depreciation",
    path_params={"id": Param(type="integer")},
)
EMPLOYEES_LIST = Route(
    method="GET",
    path="/employees",
    resource="employees",
    operation="list",
    summary="Returns all employees",
    filters=EMPLOYEES_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name", "email", "title", "notes"),
    paginated=True,
)
EMPLOYEES_GET = Route(
    method="GET",
    path="/employees/:id",
    resource="employees",
    operation="get",
    summary="Returns a specific employee",
    path_params={"id": Param(type="integer")},
)
EMPLOYEES_CREATE = Route(
    method="POST",
    path="/employees",
    resource="employees",
    operation="create",
    summary="Create a employee",
    body=Body(kind="single", type="employees", attributes=EMPLOYEES_CREATE_ATTRIBUTES),
)
EMPLOYEES_UPDATE = Route(
    method="PUT",
    path="/employees/:id",
    resource="employees",
    operation="update",
    summary="Update an employee",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="employees", attributes=EMPLOYEES_UPDATE_ATTRIBUTES),
)
EMPLOYEES_DELETE = Route(
    method="DELETE",
    path="/employees/:id",
    resource="employees",
    operation="delete",
    summary="Delete an employee",
    path_params={"id": Param(type="integer")},
)
LICENSES_LIST = Route(
    method="GET",
    path="/licenses",
    resource="licenses",
    operation="list",
    summary="Returns all licenses",
    filters=LICENSES_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "licensed_to_name",
        "licensed_to_email",
        "order_number",
        "purchase_date",
        "purchase_cost",
        "expiration_date",
        "termination_date",
        "minimum_seats",
        "notes",
    ),
    paginated=True,
)
LICENSES_GET = Route(
    method="GET",
    path="/licenses/:id",
    resource="licenses",
    operation="get",
    summary="Returns a specific license",
    path_params={"id": Param(type="integer")},
)
LICENSES_CREATE = Route(
    method="POST",
    path="/licenses",
    resource="licenses",
    operation="create",
    summary="Create a license",
    body=Body(kind="single", type="licenses", attributes=LICENSES_CREATE_ATTRIBUTES),
)
LICENSES_UPDATE = Route(
    method="PUT",
    path="/licenses/:id",
    resource="licenses",
    operation="update",
    summary="Update a license",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="licenses", attributes=LICENSES_UPDATE_ATTRIBUTES),
)
LICENSES_DELETE = Route(
    method="DELETE",
    path="/licenses/:id",
    resource="licenses",
    operation="delete",
    summary="Delete a license",
    path_params={"id": Param(type="integer")},
)
LOCATIONS_LIST = Route(
    method="GET",
    path="/locations",
    resource="locations",
    operation="list",
    summary="Returns all locations",
    filters=LOCATIONS_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "address_line_1",
        "address_line_2",
        "city",
        "zip",
        "state",
        "country",
    ),
    paginated=True,
)
LOCATIONS_GET = Route(
    method="GET",
    path="/locations/:id",
    resource="locations",
    operation="get",
    summary="Returns a specific location",
    path_params={"id": Param(type="integer")},
)
LOCATIONS_CREATE = Route(
    method="POST",
    path="/locations",
    resource="locations",
    operation="create",
    summary="Create a location",
    body=Body(kind="single", type="locations", attributes=LOCATIONS_CREATE_ATTRIBUTES),
)
LOCATIONS_UPDATE = Route(
    method="PUT",
    path="/locations/:id",
    resource="locations",
    operation="update",
    summary="Update a location",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="locations", attributes=LOCATIONS_UPDATE_ATTRIBUTES),
)
LOCATIONS_DELETE = Route(
    method="DELETE",
    path="/locations/:id",
    resource="locations",
    operation="delete",
    summary="Delete a location",
    path_params={"id": Param(type="integer")},
)
MAINTENANCES_LIST = Route(
    method="GET",
    path="/maintenances",
    resource="maintenances",
    operation="list",
    summary="Returns all maintenances",
    filters=MAINTENANCES_LIST_FILTERS,
    sorts=("created_at", "updated_at", "type", "name", "start_date", "end_date", "cost", "notes"),
    paginated=True,
)
MAINTENANCES_GET = Route(
    method="GET",
    path="/maintenances/:id",
    resource="maintenances",
    operation="get",
    summary="Returns a specific maintenance",
    path_params={"id": Param(type="integer")},
)
MAINTENANCES_CREATE = Route(
    method="POST",
    path="/maintenances",
    resource="maintenances",
    operation="create",
    summary="Create a maintenance",
    body=Body(kind="single", type="maintenances", attributes=MAINTENANCES_CREATE_ATTRIBUTES),
)
MAINTENANCES_UPDATE = Route(
    method="PUT",
    path="/maintenances/:id",
    resource="maintenances",
    operation="update",
    summary="Update a maintenance",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="maintenances", attributes=MAINTENANCES_UPDATE_ATTRIBUTES),
)
MAINTENANCES_DELETE = Route(
    method="DELETE",
    path="/maintenances/:id",
    resource="maintenances",
    operation="delete",
    summary="Delete a maintenance",
    path_params={"id": Param(type="integer")},
)
MANUFACTURERS_LIST = Route(
    method="GET",
    path="/manufacturers",
    resource="manufacturers",
    operation="list",
    summary="Returns all manufacturers",
    filters=MANUFACTURERS_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "url",
        "support_url",
        "support_phone",
        "support_email",
        "notes",
    ),
    paginated=True,
)
MANUFACTURERS_GET = Route(
    method="GET",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="get",
    summary="Returns a specific manufacturer",
    path_params={"id": Param(type="integer")},
)
MANUFACTURERS_CREATE = Route(
    method="POST",
    path="/manufacturers",
    resource="manufacturers",
    operation="create",
    summary="Create a manufacturer",
    body=Body(kind="single", type="manufacturers", attributes=MANUFACTURERS_CREATE_ATTRIBUTES),
)
MANUFACTURERS_UPDATE = Route(
    method="PUT",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="update",
    summary="Update a manufacturer",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="manufacturers", attributes=MANUFACTURERS_UPDATE_ATTRIBUTES),
)
MANUFACTURERS_DELETE = Route(
    method="DELETE",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="delete",
    summary="Delete a manufacturer",
    path_params={"id": Param(type="integer")},
)
PRODUCTS_LIST = Route(
    method="GET",
    path="/products",
    resource="products",
    operation="list",
    summary="Returns all products",
    filters=PRODUCTS_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name", "model_number", "eol", "notes"),
    paginated=True,
)
PRODUCTS_GET = Route(
    method="GET",
    path="/products/:id",
    resource="products",
    operation="get",
    summary="Returns a specific product",
    path_params={"id": Param(type="integer")},
)
PRODUCTS_CREATE = Route(
    method="POST",
    path="/products",
    resource="products",
    operation="create",
    summary="Create a product",
    body=Body(kind="single", type="products", attributes=PRODUCTS_CREATE_ATTRIBUTES),
)
PRODUCTS_UPDATE = Route(
    method="PUT",
    path="/products/:id",
    resource="products",
    operation="update",
    summary="Update a product",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="products", attributes=PRODUCTS_UPDATE_ATTRIBUTES),
)
PRODUCTS_DELETE = Route(
    method="DELETE",
    path="/products/:id",
    resource="products",
    operation="delete",
    summary="Delete a product",
    path_params={"id": Param(type="integer")},
)
STATUSES_LIST = Route(
    method="GET",
    path="/statuses",
    resource="statuses",
    operation="list",
    summary="Returns all statuses",
    filters=STATUSES_LIST_FILTERS,
    sorts=("created_at", "updated_at", "name", "type", "notes"),
    paginated=True,
)
STATUSES_GET = Route(
    method="GET",
    path="/statuses/:id",
    resource="statuses",
    operation="get",
    summary="Returns a specific status",
    path_params={"id": Param(type="integer")},
)
STATUSES_CREATE = Route(
    method="POST",
    path="/statuses",
    resource="statuses",
    operation="create",
    summary="Create a status",
    body=Body(kind="single", type="statuses", attributes=STATUSES_CREATE_ATTRIBUTES),
)
STATUSES_UPDATE = Route(
    method="PUT",
    path="/statuses/:id",
    resource="statuses",
    operation="update",
    summary="Update a status",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="statuses", attributes=STATUSES_UPDATE_ATTRIBUTES),
)
STATUSES_DELETE = Route(
    method="DELETE",
    path="/statuses/:id",
    resource="statuses",
    operation="delete",
    summary="Delete a status",
    path_params={"id": Param(type="integer")},
)
SUPPLIERS_LIST = Route(
    method="GET",
    path="/suppliers",
    resource="suppliers",
    operation="list",
    summary="Returns all suppliers",
    filters=SUPPLIERS_LIST_FILTERS,
    sorts=(
        "created_at",
        "updated_at",
        "name",
        "address_line_1",
        "address_line_2",
        "city",
        "zip",
        "state",
        "country",
        "contact_name",
        "phone",
        "fax",
        "email",
        "url",
        "notes",
    ),
    paginated=True,
)
SUPPLIERS_GET = Route(
    method="GET",
    path="/suppliers/:id",
    resource="suppliers",
    operation="get",
    summary="Returns a specific supplier",
    path_params={"id": Param(type="integer")},
)
SUPPLIERS_CREATE = Route(
    method="POST",
    path="/suppliers",
    resource="suppliers",
    operation="create",
    summary="Create a supplier",
    body=Body(kind="single", type="suppliers", attributes=SUPPLIERS_CREATE_ATTRIBUTES),
)
SUPPLIERS_UPDATE = Route(
    method="PUT",
    path="/suppliers/:id",
    resource="suppliers",
    operation="update",
    summary="Update a supplier",
    path_params={"id": Param(type="integer")},
    body=Body(kind="single", type="suppliers", attributes=SUPPLIERS_UPDATE_ATTRIBUTES),
)
SUPPLIERS_DELETE = Route(
    method="DELETE",
    path="/suppliers/:id",
    resource="suppliers",
    operation="delete",
    summary="Delete a supplier",
    path_params={"id": Param(type="integer")},
)
TENANTS_LIST = Route(
    method="GET",
    path="/tenants",
    resource="tenants",
    operation="list",
    summary="Returns all tenants",
)

ROUTES: tuple[Route, ...] = (
    ACCESSORIES_LIST,
    ACCESSORIES_GET,
    ACCESSORIES_CREATE,
    ACCESSORIES_UPDATE,
    ACCESSORIES_DELETE,
    ACTIVITY_LIST,
    ASSETS_LIST,
    ASSETS_GET,
    ASSETS_CREATE,
    ASSETS_UPDATE,
    ASSETS_DELETE,
    AUDITS_LIST,
    AUDITS_GET,
    AUDITS_CREATE,
    AUDITS_UPDATE,
    AUDITS_DELETE,
    CATEGORIES_LIST,
    CATEGORIES_GET,
    CATEGORIES_CREATE,
    CATEGORIES_UPDATE,
    CATEGORIES_DELETE,
    CHECKIN_ASSET,
    CHECKIN_ACCESSORY,
    CHECKIN_COMPONENT,
    CHECKIN_LICENSE,
    CHECKOUT_ASSET,
    CHECKOUT_ACCESSORY,
    CHECKOUT_COMPONENT,
    CHECKOUT_CONSUMABLE,
    CHECKOUT_LICENSE,
    COMPONENTS_LIST,
    COMPONENTS_GET,
    COMPONENTS_CREATE,
    COMPONENTS_UPDATE,
    COMPONENTS_DELETE,
    CONSUMABLES_LIST,
    CONSUMABLES_GET,
    CONSUMABLES_CREATE,
    CONSUMABLES_UPDATE,
    CONSUMABLES_DELETE,
    DEPARTMENTS_LIST,
    DEPARTMENTS_GET,
    DEPARTMENTS_CREATE,
    DEPARTMENTS_UPDATE,
    DEPARTMENTS_DELETE,
    DEPRECIATIONS_LIST,
    DEPRECIATIONS_GET,
    DEPRECIATIONS_CREATE,
    DEPRECIATIONS_UPDATE,
    DEPRECIATIONS_DELETE,
    EMPLOYEES_LIST,
    EMPLOYEES_GET,
    EMPLOYEES_CREATE,
    EMPLOYEES_UPDATE,
    EMPLOYEES_DELETE,
    LICENSES_LIST,
    LICENSES_GET,
    LICENSES_CREATE,
    LICENSES_UPDATE,
    LICENSES_DELETE,
    LOCATIONS_LIST,
    LOCATIONS_GET,
    LOCATIONS_CREATE,
    LOCATIONS_UPDATE,
    LOCATIONS_DELETE,
    MAINTENANCES_LIST,
    MAINTENANCES_GET,
    MAINTENANCES_CREATE,
    MAINTENANCES_UPDATE,
    MAINTENANCES_DELETE,
    MANUFACTURERS_LIST,
    MANUFACTURERS_GET,
    MANUFACTURERS_CREATE,
    MANUFACTURERS_UPDATE,
    MANUFACTURERS_DELETE,
    PRODUCTS_LIST,
    PRODUCTS_GET,
    PRODUCTS_CREATE,
    PRODUCTS_UPDATE,
    PRODUCTS_DELETE,
    STATUSES_LIST,
    STATUSES_GET,
    STATUSES_CREATE,
    STATUSES_UPDATE,
    STATUSES_DELETE,
    SUPPLIERS_LIST,
    SUPPLIERS_GET,
    SUPPLIERS_CREATE,
    SUPPLIERS_UPDATE,
    SUPPLIERS_DELETE,
    TENANTS_LIST,
)
"""Every route of BlueTally, in the reference's order."""
