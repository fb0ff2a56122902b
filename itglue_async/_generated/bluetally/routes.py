# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Every documented route of BlueTally, with the tables the core validates against.

Each route is a named ``Route``; tables several routes share are named once. ``ROUTES`` lists
the routes in the reference's order.
"""

from __future__ import annotations

from itglue_async._routes import Attribute, Body, Param, Route

ACCESSORIES_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param("integer"),
    "department_id": Param("integer"),
    "employee_email": Param("string"),
    "location_id": Param("integer"),
    "manufacturer_id": Param("integer"),
    "minimum_quantity": Param("integer"),
    "model_number": Param("string"),
    "name": Param("string"),
    "notes": Param("string"),
    "order_number": Param("string"),
    "purchase_cost": Param("integer"),
    "purchase_date": Param("date"),
    "qr_code": Param("boolean"),
    "quantity": Param("integer"),
    "supplier_id": Param("integer"),
}
ACCESSORIES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", required=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "qr_code": Attribute("boolean", nullable=True),
    "quantity": Attribute("integer", required=True),
    "supplier_id": Attribute("integer", nullable=True),
}
ACCESSORIES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "qr_code": Attribute("boolean", nullable=True),
    "quantity": Attribute("integer", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
}
ACTIVITY_LIST_FILTERS: dict[str, Param] = {
    "accessory_id": Param("integer"),
    "asset_id": Param("integer"),
    "component_id": Param("integer"),
    "consumable_id": Param("integer"),
    "date_from": Param("date"),
    "date_to": Param("date"),
    "employee_email": Param("string"),
    "employee_id": Param("integer"),
    "event": Param(
        "string",
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
    ),
    "license_id": Param("integer"),
    "type": Param(
        "string",
        enum=("Asset", "Accessory", "Component", "Consumable", "License", "Maintenance", "Audit"),
    ),
    "user_email": Param("string"),
    "user_id": Param("integer"),
}
ASSETS_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param("string"),
    "asset_name": Param("string"),
    "asset_serial": Param("string"),
    "category_id": Param("integer"),
    "department_id": Param("integer"),
    "employee_email": Param("string"),
    "end_of_life_date": Param("date"),
    "location_id": Param("integer"),
    "notes": Param("string"),
    "order_number": Param("string"),
    "product_category_id": Param("integer"),
    "product_id": Param("integer"),
    "purchase_cost": Param("integer"),
    "purchase_date": Param("date"),
    "status_id": Param("integer"),
    "supplier_id": Param("integer"),
    "warranty_expiration_date": Param("date"),
}
ASSETS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", required=True),
    "asset_name": Attribute("string", nullable=True),
    "asset_serial": Attribute("string", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "end_of_life_date": Attribute("date", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "product_id": Attribute("integer", required=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "status_id": Attribute("integer", required=True),
    "supplier_id": Attribute("integer", nullable=True),
    "warranty_expiration_date": Attribute("date", nullable=True),
}
ASSETS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", nullable=True),
    "asset_name": Attribute("string", nullable=True),
    "asset_serial": Attribute("string", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "end_of_life_date": Attribute("date", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "product_id": Attribute("integer", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "status_id": Attribute("integer", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
    "warranty_expiration_date": Attribute("date", nullable=True),
}
AUDITS_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param("string"),
    "audit_date": Param("date"),
    "completed": Param("boolean"),
    "location_id": Param("integer"),
    "next_audit_date": Param("date"),
    "notes": Param("string"),
    "scheduled": Param("boolean"),
    "user_id": Param("integer"),
}
AUDITS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", required=True),
    "audit_date": Attribute("date", required=True),
    "completed": Attribute("boolean", required=True),
    "location_id": Attribute("integer", nullable=True),
    "next_audit_date": Attribute("date", nullable=True),
    "notes": Attribute("string", nullable=True),
    "scheduled": Attribute("boolean", required=True),
    "user_id": Attribute("integer", required=True),
}
AUDITS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", nullable=True),
    "audit_date": Attribute("date", nullable=True),
    "completed": Attribute("boolean", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "next_audit_date": Attribute("date", nullable=True),
    "notes": Attribute("string", nullable=True),
    "scheduled": Attribute("boolean", nullable=True),
    "user_id": Attribute("integer", nullable=True),
}
CATEGORIES_LIST_FILTERS: dict[str, Param] = {
    "checkout_email": Param("boolean"),
    "name": Param("string"),
    "type": Param("string", enum=("accessory", "asset", "consumable", "component", "license")),
}
CATEGORIES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_email": Attribute("boolean", nullable=True),
    "eula": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "name": Attribute("string", required=True),
    "type": Attribute(
        "string", required=True, enum=("accessory", "asset", "consumable", "component", "license")
    ),
}
CATEGORIES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_email": Attribute("boolean", nullable=True),
    "eula": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "name": Attribute("string", nullable=True),
    "type": Attribute(
        "string", nullable=True, enum=("accessory", "asset", "consumable", "component", "license")
    ),
}
CHECKIN_ASSET_ATTRIBUTES: dict[str, Attribute] = {
    "asset_department_id": Attribute("integer", nullable=True),
    "asset_id": Attribute("integer", required=True),
    "asset_location_id": Attribute("integer", nullable=True),
    "checkin_date": Attribute("date", required=True),
    "condition": Attribute("integer", nullable=True),
    "notes": Attribute("string", nullable=True),
    "status_id": Attribute("integer", required=True),
}
CHECKIN_ACCESSORY_ATTRIBUTES: dict[str, Attribute] = {
    "accessory_id": Attribute("integer", required=True),
    "checkin_date": Attribute("date", required=True),
    "employee_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "notes": Attribute("string", nullable=True),
}
CHECKIN_COMPONENT_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("integer", required=True),
    "checkin_date": Attribute("date", required=True),
    "component_id": Attribute("integer", required=True),
    "notes": Attribute("string", nullable=True),
}
CHECKIN_LICENSE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("integer", nullable=True),
    "checkin_date": Attribute("date", required=True),
    "employee_id": Attribute("integer", nullable=True),
    "license_id": Attribute("integer", required=True),
    "notes": Attribute("string", nullable=True),
    "product_key": Attribute("string", nullable=True),
}
CHECKOUT_ASSET_ATTRIBUTES: dict[str, Attribute] = {
    "asset_department_id": Attribute("integer", nullable=True),
    "asset_id": Attribute("integer", required=True),
    "asset_location_id": Attribute("integer", nullable=True),
    "checkin_date": Attribute("date", nullable=True),
    "checkout_date": Attribute("date", required=True),
    "condition": Attribute("integer", nullable=True),
    "employee_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "notes": Attribute("string", nullable=True),
}
CHECKOUT_ACCESSORY_ATTRIBUTES: dict[str, Attribute] = {
    "accessory_id": Attribute("integer", required=True),
    "checkin_date": Attribute("date", nullable=True),
    "checkout_date": Attribute("date", required=True),
    "employee_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "notes": Attribute("string", nullable=True),
    "quantity": Attribute("integer", required=True),
}
CHECKOUT_COMPONENT_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("integer", required=True),
    "checkout_date": Attribute("date", required=True),
    "component_id": Attribute("integer", required=True),
    "notes": Attribute("string", nullable=True),
    "quantity": Attribute("integer", required=True),
}
CHECKOUT_CONSUMABLE_ATTRIBUTES: dict[str, Attribute] = {
    "checkout_date": Attribute("date", required=True),
    "consumable_id": Attribute("integer", required=True),
    "employee_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "notes": Attribute("string", nullable=True),
    "quantity": Attribute("integer", required=True),
}
CHECKOUT_LICENSE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("integer", nullable=True),
    "checkin_date": Attribute("date", nullable=True),
    "checkout_date": Attribute("date", required=True),
    "employee_id": Attribute("integer", nullable=True),
    "license_id": Attribute("integer", required=True),
    "notes": Attribute("string", nullable=True),
    "product_key": Attribute("string", nullable=True),
    "quantity": Attribute("integer", nullable=True),
}
COMPONENTS_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param("integer"),
    "department_id": Param("integer"),
    "location_id": Param("integer"),
    "manufacturer_id": Param("integer"),
    "minimum_quantity": Param("integer"),
    "model_number": Param("string"),
    "name": Param("string"),
    "notes": Param("string"),
    "order_number": Param("string"),
    "purchase_cost": Param("integer"),
    "purchase_date": Param("date"),
    "quantity": Param("integer"),
    "supplier_id": Param("integer"),
}
COMPONENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", required=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "quantity": Attribute("integer", required=True),
    "supplier_id": Attribute("integer", nullable=True),
}
COMPONENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "quantity": Attribute("integer", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
}
CONSUMABLES_LIST_FILTERS: dict[str, Param] = {
    "available": Param("integer"),
    "category_id": Param("integer"),
    "department_id": Param("integer"),
    "location_id": Param("integer"),
    "manufacturer_id": Param("integer"),
    "minimum_quantity": Param("integer"),
    "model_number": Param("string"),
    "name": Param("string"),
    "notes": Param("string"),
    "order_number": Param("string"),
    "purchase_cost": Param("integer"),
    "purchase_date": Param("date"),
    "supplier_id": Param("integer"),
}
DEPARTMENTS_LIST_FILTERS: dict[str, Param] = {
    "email": Param("string"),
    "name": Param("string"),
    "phone": Param("string"),
}
DEPARTMENTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "email": Attribute("string", required=True),
    "name": Attribute("string", required=True),
    "phone": Attribute("string", required=True),
}
DEPARTMENTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "email": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "phone": Attribute("string", nullable=True),
}
DEPRECIATIONS_LIST_FILTERS: dict[str, Param] = {
    "minimum_value": Param("integer"),
    "months": Param("integer"),
    "name": Param("string"),
}
DEPRECIATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "minimum_value": Attribute("integer", nullable=True),
    "months": Attribute("integer", required=True),
    "name": Attribute("string", required=True),
}
DEPRECIATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "minimum_value": Attribute("integer", nullable=True),
    "months": Attribute("integer", nullable=True),
    "name": Attribute("string", nullable=True),
}
EMPLOYEES_LIST_FILTERS: dict[str, Param] = {
    "department_id": Param("integer"),
    "email": Param("string"),
    "location_id": Param("integer"),
    "name": Param("string"),
    "notes": Param("string"),
    "title": Param("string"),
}
EMPLOYEES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute("boolean", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "email": Attribute("string", required=True),
    "location_id": Attribute("integer", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "title": Attribute("string", nullable=True),
}
EMPLOYEES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute("boolean", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "email": Attribute("string", nullable=True),
    "location_id": Attribute("integer", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "title": Attribute("string", nullable=True),
}
LICENSES_LIST_FILTERS: dict[str, Param] = {
    "category_id": Param("integer"),
    "department_id": Param("integer"),
    "depreciation_id": Param("integer"),
    "employee_email": Param("string"),
    "expiration_date": Param("date"),
    "licensed_to_email": Param("string"),
    "licensed_to_name": Param("string"),
    "manufacturer_id": Param("integer"),
    "minimum_seats": Param("integer"),
    "name": Param("string"),
    "notes": Param("string"),
    "order_number": Param("string"),
    "purchase_cost": Param("integer"),
    "purchase_date": Param("date"),
    "supplier_id": Param("integer"),
    "termination_date": Param("date"),
}
LICENSES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", required=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "depreciation_id": Attribute("integer", nullable=True),
    "expiration_date": Attribute("date", nullable=True),
    "licensed_to_email": Attribute("string", nullable=True),
    "licensed_to_name": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_seats": Attribute("integer", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "number_of_seats": Attribute("integer", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
    "termination_date": Attribute("date", nullable=True),
}
LICENSES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "category_id": Attribute("integer", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "department_id": Attribute("integer", nullable=True),
    "depreciation_id": Attribute("integer", nullable=True),
    "expiration_date": Attribute("date", nullable=True),
    "licensed_to_email": Attribute("string", nullable=True),
    "licensed_to_name": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_seats": Attribute("integer", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "number_of_seats": Attribute("integer", nullable=True),
    "order_number": Attribute("string", nullable=True),
    "purchase_cost": Attribute("integer", nullable=True),
    "purchase_date": Attribute("date", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
    "termination_date": Attribute("date", nullable=True),
}
LOCATIONS_LIST_FILTERS: dict[str, Param] = {
    "address_line_1": Param("string"),
    "address_line_2": Param("string"),
    "city": Param("string"),
    "country": Param("string"),
    "currency": Param("string"),
    "email": Param("string"),
    "name": Param("string"),
    "phone": Param("string"),
    "state": Param("string"),
    "zip": Param("string"),
}
LOCATIONS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute("string", nullable=True),
    "address_line_2": Attribute("string", nullable=True),
    "city": Attribute("string", nullable=True),
    "country": Attribute("string", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "email": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "phone": Attribute("string", nullable=True),
    "state": Attribute("string", nullable=True),
    "zip": Attribute("string", nullable=True),
}
LOCATIONS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute("string", nullable=True),
    "address_line_2": Attribute("string", nullable=True),
    "city": Attribute("string", nullable=True),
    "country": Attribute("string", nullable=True),
    "currency": Attribute("string", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "email": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "phone": Attribute("string", nullable=True),
    "state": Attribute("string", nullable=True),
    "zip": Attribute("string", nullable=True),
}
MAINTENANCES_LIST_FILTERS: dict[str, Param] = {
    "asset_id": Param("string"),
    "cost": Param("integer"),
    "end_date": Param("date"),
    "name": Param("string"),
    "notes": Param("string"),
    "start_date": Param("date"),
    "supplier_id": Param("integer"),
    "type": Param(
        "string",
        enum=(
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ),
    ),
}
MAINTENANCES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", required=True),
    "cost": Attribute("integer", nullable=True),
    "end_date": Attribute("date", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "start_date": Attribute("date", required=True),
    "supplier_id": Attribute("integer", nullable=True),
    "type": Attribute(
        "string",
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
    ),
}
MAINTENANCES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "asset_id": Attribute("string", nullable=True),
    "cost": Attribute("integer", nullable=True),
    "end_date": Attribute("date", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "start_date": Attribute("date", nullable=True),
    "supplier_id": Attribute("integer", nullable=True),
    "type": Attribute(
        "string",
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
    ),
}
MANUFACTURERS_LIST_FILTERS: dict[str, Param] = {
    "name": Param("string"),
    "notes": Param("string"),
    "support_email": Param("string"),
    "support_phone": Param("string"),
    "support_url": Param("string"),
    "url": Param("string"),
}
MANUFACTURERS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "support_email": Attribute("string", nullable=True),
    "support_phone": Attribute("string", nullable=True),
    "support_url": Attribute("string", nullable=True),
    "url": Attribute("string", nullable=True),
}
MANUFACTURERS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "support_email": Attribute("string", nullable=True),
    "support_phone": Attribute("string", nullable=True),
    "support_url": Attribute("string", nullable=True),
    "url": Attribute("string", nullable=True),
}
PRODUCTS_LIST_FILTERS: dict[str, Param] = {
    "archived": Param("boolean"),
    "category_id": Param("integer"),
    "default_purchase_cost": Param("integer"),
    "depreciation_id": Param("integer"),
    "end_of_life_date": Param("date"),
    "end_of_life_months": Param("integer"),
    "end_of_life_type": Param(
        "string", enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset")
    ),
    "manufacturer_id": Param("integer"),
    "model_number": Param("string"),
    "name": Param("string"),
    "notes": Param("string"),
}
PRODUCTS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute("boolean", nullable=True),
    "category_id": Attribute("integer", required=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "default_purchase_cost": Attribute("integer", nullable=True),
    "depreciation_id": Attribute("integer", nullable=True),
    "end_of_life_date": Attribute("date", nullable=True),
    "end_of_life_months": Attribute("integer", nullable=True),
    "end_of_life_type": Attribute(
        "string",
        nullable=True,
        enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"),
    ),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
}
PRODUCTS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "archived": Attribute("boolean", nullable=True),
    "category_id": Attribute("integer", nullable=True),
    "custom_fields": Attribute(
        "array",
        nullable=True,
        items="object",
        properties={
            "name": Attribute("string", required=True),
            "value": Attribute("any", nullable=True),
        },
    ),
    "default_purchase_cost": Attribute("integer", nullable=True),
    "depreciation_id": Attribute("integer", nullable=True),
    "end_of_life_date": Attribute("date", nullable=True),
    "end_of_life_months": Attribute("integer", nullable=True),
    "end_of_life_type": Attribute(
        "string",
        nullable=True,
        enum=("Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"),
    ),
    "logo": Attribute("string", nullable=True),
    "manufacturer_id": Attribute("integer", nullable=True),
    "minimum_quantity": Attribute("integer", nullable=True),
    "model_number": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
}
STATUSES_LIST_FILTERS: dict[str, Param] = {
    "name": Param("string"),
    "notes": Param("string"),
    "show_in_nav": Param("boolean"),
    "type": Param("string", enum=("deployable", "pending", "undeployable", "archived")),
}
STATUSES_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "show_in_nav": Attribute("boolean", nullable=True),
    "type": Attribute(
        "string", required=True, enum=("deployable", "pending", "undeployable", "archived")
    ),
}
STATUSES_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "show_in_nav": Attribute("boolean", nullable=True),
    "type": Attribute(
        "string", nullable=True, enum=("deployable", "pending", "undeployable", "archived")
    ),
}
SUPPLIERS_LIST_FILTERS: dict[str, Param] = {
    "address_line_1": Param("string"),
    "address_line_2": Param("string"),
    "city": Param("string"),
    "contact_name": Param("string"),
    "country": Param("string"),
    "email": Param("string"),
    "fax": Param("string"),
    "name": Param("string"),
    "notes": Param("string"),
    "phone": Param("string"),
    "state": Param("string"),
    "url": Param("string"),
    "zip": Param("string"),
}
SUPPLIERS_CREATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute("string", nullable=True),
    "address_line_2": Attribute("string", nullable=True),
    "city": Attribute("string", nullable=True),
    "contact_name": Attribute("string", nullable=True),
    "country": Attribute("string", nullable=True),
    "email": Attribute("string", nullable=True),
    "fax": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", required=True),
    "notes": Attribute("string", nullable=True),
    "phone": Attribute("string", nullable=True),
    "state": Attribute("string", nullable=True),
    "url": Attribute("string", nullable=True),
    "zip": Attribute("string", nullable=True),
}
SUPPLIERS_UPDATE_ATTRIBUTES: dict[str, Attribute] = {
    "address_line_1": Attribute("string", nullable=True),
    "address_line_2": Attribute("string", nullable=True),
    "city": Attribute("string", nullable=True),
    "contact_name": Attribute("string", nullable=True),
    "country": Attribute("string", nullable=True),
    "email": Attribute("string", nullable=True),
    "fax": Attribute("string", nullable=True),
    "logo": Attribute("string", nullable=True),
    "name": Attribute("string", nullable=True),
    "notes": Attribute("string", nullable=True),
    "phone": Attribute("string", nullable=True),
    "state": Attribute("string", nullable=True),
    "url": Attribute("string", nullable=True),
    "zip": Attribute("string", nullable=True),
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
    path_params={
        "id": Param("integer"),
    },
)
ACCESSORIES_CREATE = Route(
    method="POST",
    path="/accessories",
    resource="accessories",
    operation="create",
    summary="Create an accessory",
    body=Body(
        kind="single",
        type="accessories",
        attributes=ACCESSORIES_CREATE_ATTRIBUTES,
    ),
)
ACCESSORIES_UPDATE = Route(
    method="PUT",
    path="/accessories/:id",
    resource="accessories",
    operation="update",
    summary="Update an accessory",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="accessories",
        attributes=ACCESSORIES_UPDATE_ATTRIBUTES,
    ),
)
ACCESSORIES_DELETE = Route(
    method="DELETE",
    path="/accessories/:id",
    resource="accessories",
    operation="delete",
    summary="Delete an accessory",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
ASSETS_CREATE = Route(
    method="POST",
    path="/assets",
    resource="assets",
    operation="create",
    summary="Create an asset",
    body=Body(
        kind="single",
        type="assets",
        attributes=ASSETS_CREATE_ATTRIBUTES,
    ),
)
ASSETS_UPDATE = Route(
    method="PUT",
    path="/assets/:id",
    resource="assets",
    operation="update",
    summary="Update an asset",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="assets",
        attributes=ASSETS_UPDATE_ATTRIBUTES,
    ),
)
ASSETS_DELETE = Route(
    method="DELETE",
    path="/assets/:id",
    resource="assets",
    operation="delete",
    summary="Delete an asset",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
AUDITS_CREATE = Route(
    method="POST",
    path="/audits",
    resource="audits",
    operation="create",
    summary="Create an audit",
    body=Body(
        kind="single",
        type="audits",
        attributes=AUDITS_CREATE_ATTRIBUTES,
    ),
)
AUDITS_UPDATE = Route(
    method="PUT",
    path="/audits/:id",
    resource="audits",
    operation="update",
    summary="Update an audit",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="audits",
        attributes=AUDITS_UPDATE_ATTRIBUTES,
    ),
)
AUDITS_DELETE = Route(
    method="DELETE",
    path="/audits/:id",
    resource="audits",
    operation="delete",
    summary="Delete an audit",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
CATEGORIES_CREATE = Route(
    method="POST",
    path="/categories",
    resource="categories",
    operation="create",
    summary="Create a category",
    body=Body(
        kind="single",
        type="categories",
        attributes=CATEGORIES_CREATE_ATTRIBUTES,
    ),
)
CATEGORIES_UPDATE = Route(
    method="PUT",
    path="/categories/:id",
    resource="categories",
    operation="update",
    summary="Update a category",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="categories",
        attributes=CATEGORIES_UPDATE_ATTRIBUTES,
    ),
)
CATEGORIES_DELETE = Route(
    method="DELETE",
    path="/categories/:id",
    resource="categories",
    operation="delete",
    summary="Delete a category",
    path_params={
        "id": Param("integer"),
    },
)
CHECKIN_ASSET = Route(
    method="POST",
    path="/checkin/asset",
    resource="checkin",
    operation="asset",
    summary="Checkin an asset",
    body=Body(
        kind="single",
        type="checkin",
        attributes=CHECKIN_ASSET_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKIN_ACCESSORY = Route(
    method="POST",
    path="/checkin/accessory",
    resource="checkin",
    operation="accessory",
    summary="Checkin an accessory",
    body=Body(
        kind="single",
        type="checkin",
        attributes=CHECKIN_ACCESSORY_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKIN_COMPONENT = Route(
    method="POST",
    path="/checkin/component",
    resource="checkin",
    operation="component",
    summary="Checkin a component",
    body=Body(
        kind="single",
        type="checkin",
        attributes=CHECKIN_COMPONENT_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKIN_LICENSE = Route(
    method="POST",
    path="/checkin/license",
    resource="checkin",
    operation="license",
    summary="Checkin a license",
    body=Body(
        kind="single",
        type="checkin",
        attributes=CHECKIN_LICENSE_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKOUT_ASSET = Route(
    method="POST",
    path="/checkout/asset",
    resource="checkout",
    operation="asset",
    summary="Checkout an asset",
    body=Body(
        kind="single",
        type="checkout",
        attributes=CHECKOUT_ASSET_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKOUT_ACCESSORY = Route(
    method="POST",
    path="/checkout/accessory",
    resource="checkout",
    operation="accessory",
    summary="Checkout an accessory",
    body=Body(
        kind="single",
        type="checkout",
        attributes=CHECKOUT_ACCESSORY_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKOUT_COMPONENT = Route(
    method="POST",
    path="/checkout/component",
    resource="checkout",
    operation="component",
    summary="Checkout a component",
    body=Body(
        kind="single",
        type="checkout",
        attributes=CHECKOUT_COMPONENT_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKOUT_CONSUMABLE = Route(
    method="POST",
    path="/checkout/consumable",
    resource="checkout",
    operation="consumable",
    summary="Checkout a consumable",
    body=Body(
        kind="single",
        type="checkout",
        attributes=CHECKOUT_CONSUMABLE_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
)
CHECKOUT_LICENSE = Route(
    method="POST",
    path="/checkout/license",
    resource="checkout",
    operation="license",
    summary="Checkout a license",
    body=Body(
        kind="single",
        type="checkout",
        attributes=CHECKOUT_LICENSE_ATTRIBUTES,
    ),
    kind="action",
    answer="raw",
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
    path_params={
        "id": Param("integer"),
    },
)
COMPONENTS_CREATE = Route(
    method="POST",
    path="/components",
    resource="components",
    operation="create",
    summary="Create a component",
    body=Body(
        kind="single",
        type="components",
        attributes=COMPONENTS_CREATE_ATTRIBUTES,
    ),
)
COMPONENTS_UPDATE = Route(
    method="PUT",
    path="/components/:id",
    resource="components",
    operation="update",
    summary="Update a component",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="components",
        attributes=COMPONENTS_UPDATE_ATTRIBUTES,
    ),
)
COMPONENTS_DELETE = Route(
    method="DELETE",
    path="/components/:id",
    resource="components",
    operation="delete",
    summary="Delete a component",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
CONSUMABLES_CREATE = Route(
    method="POST",
    path="/consumables",
    resource="consumables",
    operation="create",
    summary="Create a consumable",
    body=Body(
        kind="single",
        type="consumables",
        attributes=COMPONENTS_CREATE_ATTRIBUTES,
    ),
)
CONSUMABLES_UPDATE = Route(
    method="PUT",
    path="/consumables/:id",
    resource="consumables",
    operation="update",
    summary="Update a consumable",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="consumables",
        attributes=COMPONENTS_UPDATE_ATTRIBUTES,
    ),
)
CONSUMABLES_DELETE = Route(
    method="DELETE",
    path="/consumables/:id",
    resource="consumables",
    operation="delete",
    summary="Delete a consumable",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
DEPARTMENTS_CREATE = Route(
    method="POST",
    path="/departments",
    resource="departments",
    operation="create",
    summary="Create a department",
    body=Body(
        kind="single",
        type="departments",
        attributes=DEPARTMENTS_CREATE_ATTRIBUTES,
    ),
)
DEPARTMENTS_UPDATE = Route(
    method="PUT",
    path="/departments/:id",
    resource="departments",
    operation="update",
    summary="Update a department",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="departments",
        attributes=DEPARTMENTS_UPDATE_ATTRIBUTES,
    ),
)
DEPARTMENTS_DELETE = Route(
    method="DELETE",
    path="/departments/:id",
    resource="departments",
    operation="delete",
    summary="Delete a department",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
DEPRECIATIONS_CREATE = Route(
    method="POST",
    path="/depreciations",
    resource="depreciations",
    operation="create",
    summary="Create a depreciation",
    body=Body(
        kind="single",
        type="depreciations",
        attributes=DEPRECIATIONS_CREATE_ATTRIBUTES,
    ),
)
DEPRECIATIONS_UPDATE = Route(
    method="PUT",
    path="/depreciations/:id",
    resource="depreciations",
    operation="update",
    summary="Update a depreciation",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="depreciations",
        attributes=DEPRECIATIONS_UPDATE_ATTRIBUTES,
    ),
)
DEPRECIATIONS_DELETE = Route(
    method="DELETE",
    path="/depreciations/:id",
    resource="depreciations",
    operation="delete",
    summary="Delete a depreciation",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
EMPLOYEES_CREATE = Route(
    method="POST",
    path="/employees",
    resource="employees",
    operation="create",
    summary="Create a employee",
    body=Body(
        kind="single",
        type="employees",
        attributes=EMPLOYEES_CREATE_ATTRIBUTES,
    ),
)
EMPLOYEES_UPDATE = Route(
    method="PUT",
    path="/employees/:id",
    resource="employees",
    operation="update",
    summary="Update an employee",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="employees",
        attributes=EMPLOYEES_UPDATE_ATTRIBUTES,
    ),
)
EMPLOYEES_DELETE = Route(
    method="DELETE",
    path="/employees/:id",
    resource="employees",
    operation="delete",
    summary="Delete an employee",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
LICENSES_CREATE = Route(
    method="POST",
    path="/licenses",
    resource="licenses",
    operation="create",
    summary="Create a license",
    body=Body(
        kind="single",
        type="licenses",
        attributes=LICENSES_CREATE_ATTRIBUTES,
    ),
)
LICENSES_UPDATE = Route(
    method="PUT",
    path="/licenses/:id",
    resource="licenses",
    operation="update",
    summary="Update a license",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="licenses",
        attributes=LICENSES_UPDATE_ATTRIBUTES,
    ),
)
LICENSES_DELETE = Route(
    method="DELETE",
    path="/licenses/:id",
    resource="licenses",
    operation="delete",
    summary="Delete a license",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
LOCATIONS_CREATE = Route(
    method="POST",
    path="/locations",
    resource="locations",
    operation="create",
    summary="Create a location",
    body=Body(
        kind="single",
        type="locations",
        attributes=LOCATIONS_CREATE_ATTRIBUTES,
    ),
)
LOCATIONS_UPDATE = Route(
    method="PUT",
    path="/locations/:id",
    resource="locations",
    operation="update",
    summary="Update a location",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="locations",
        attributes=LOCATIONS_UPDATE_ATTRIBUTES,
    ),
)
LOCATIONS_DELETE = Route(
    method="DELETE",
    path="/locations/:id",
    resource="locations",
    operation="delete",
    summary="Delete a location",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
MAINTENANCES_CREATE = Route(
    method="POST",
    path="/maintenances",
    resource="maintenances",
    operation="create",
    summary="Create a maintenance",
    body=Body(
        kind="single",
        type="maintenances",
        attributes=MAINTENANCES_CREATE_ATTRIBUTES,
    ),
)
MAINTENANCES_UPDATE = Route(
    method="PUT",
    path="/maintenances/:id",
    resource="maintenances",
    operation="update",
    summary="Update a maintenance",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="maintenances",
        attributes=MAINTENANCES_UPDATE_ATTRIBUTES,
    ),
)
MAINTENANCES_DELETE = Route(
    method="DELETE",
    path="/maintenances/:id",
    resource="maintenances",
    operation="delete",
    summary="Delete a maintenance",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
MANUFACTURERS_CREATE = Route(
    method="POST",
    path="/manufacturers",
    resource="manufacturers",
    operation="create",
    summary="Create a manufacturer",
    body=Body(
        kind="single",
        type="manufacturers",
        attributes=MANUFACTURERS_CREATE_ATTRIBUTES,
    ),
)
MANUFACTURERS_UPDATE = Route(
    method="PUT",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="update",
    summary="Update a manufacturer",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="manufacturers",
        attributes=MANUFACTURERS_UPDATE_ATTRIBUTES,
    ),
)
MANUFACTURERS_DELETE = Route(
    method="DELETE",
    path="/manufacturers/:id",
    resource="manufacturers",
    operation="delete",
    summary="Delete a manufacturer",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
PRODUCTS_CREATE = Route(
    method="POST",
    path="/products",
    resource="products",
    operation="create",
    summary="Create a product",
    body=Body(
        kind="single",
        type="products",
        attributes=PRODUCTS_CREATE_ATTRIBUTES,
    ),
)
PRODUCTS_UPDATE = Route(
    method="PUT",
    path="/products/:id",
    resource="products",
    operation="update",
    summary="Update a product",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="products",
        attributes=PRODUCTS_UPDATE_ATTRIBUTES,
    ),
)
PRODUCTS_DELETE = Route(
    method="DELETE",
    path="/products/:id",
    resource="products",
    operation="delete",
    summary="Delete a product",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
STATUSES_CREATE = Route(
    method="POST",
    path="/statuses",
    resource="statuses",
    operation="create",
    summary="Create a status",
    body=Body(
        kind="single",
        type="statuses",
        attributes=STATUSES_CREATE_ATTRIBUTES,
    ),
)
STATUSES_UPDATE = Route(
    method="PUT",
    path="/statuses/:id",
    resource="statuses",
    operation="update",
    summary="Update a status",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="statuses",
        attributes=STATUSES_UPDATE_ATTRIBUTES,
    ),
)
STATUSES_DELETE = Route(
    method="DELETE",
    path="/statuses/:id",
    resource="statuses",
    operation="delete",
    summary="Delete a status",
    path_params={
        "id": Param("integer"),
    },
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
    path_params={
        "id": Param("integer"),
    },
)
SUPPLIERS_CREATE = Route(
    method="POST",
    path="/suppliers",
    resource="suppliers",
    operation="create",
    summary="Create a supplier",
    body=Body(
        kind="single",
        type="suppliers",
        attributes=SUPPLIERS_CREATE_ATTRIBUTES,
    ),
)
SUPPLIERS_UPDATE = Route(
    method="PUT",
    path="/suppliers/:id",
    resource="suppliers",
    operation="update",
    summary="Update a supplier",
    path_params={
        "id": Param("integer"),
    },
    body=Body(
        kind="single",
        type="suppliers",
        attributes=SUPPLIERS_UPDATE_ATTRIBUTES,
    ),
)
SUPPLIERS_DELETE = Route(
    method="DELETE",
    path="/suppliers/:id",
    resource="suppliers",
    operation="delete",
    summary="Delete a supplier",
    path_params={
        "id": Param("integer"),
    },
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
