# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Response models, request models and the mapping forms of request bodies.

Response models keep unknown keys in ``extra``; request models mark fields that were not given
with ``UNSET`` (``None`` sends null, which clears the attribute).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import attrs

from itglue_async._model import UNSET, BaseModel, _UnsetType


@attrs.define(kw_only=True)
class Accessory(BaseModel):
    """Accessories in BlueTally. Routes: Returns all accessories; Returns a specific accessory;
    Create an accessory; Update an accessory; Delete an accessory.

    Wire type ``accessories``.
    """

    category_id: int | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    location_id: int | None = None
    logo: str | None = None
    manufacturer_id: int | None = None
    minimum_quantity: int | None = None
    model_number: str | None = None
    name: str | None = None
    notes: str | None = None
    order_number: str | None = None
    purchase_cost: int | None = None
    purchase_date: datetime.date | None = None
    qr_code: bool | None = None
    quantity: int | None = None
    supplier_id: int | None = None
    updated_at: datetime.datetime | None = None


class AccessoryCreateDict(TypedDict, total=False):
    """Attributes of a Accessory create body, in mapping form."""

    category_id: int
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    qr_code: bool | None
    quantity: int
    supplier_id: int | None


@attrs.define(kw_only=True)
class AccessoryCreate:
    """A Accessory create body; fields left ``UNSET`` are not sent."""

    category_id: int | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    qr_code: bool | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


class AccessoryUpdateDict(TypedDict, total=False):
    """Attributes of a Accessory update body, in mapping form."""

    category_id: int | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str | None
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    qr_code: bool | None
    quantity: int | None
    supplier_id: int | None


@attrs.define(kw_only=True)
class AccessoryUpdate:
    """A Accessory update body; fields left ``UNSET`` are not sent."""

    category_id: int | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    qr_code: bool | None | _UnsetType = UNSET
    quantity: int | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Activity(BaseModel):
    """Activity in BlueTally. Routes: Returns all activity log entries.

    Wire type ``activity``.
    """

    accessory_id: int | None = None
    asset_id: int | None = None
    component_id: int | None = None
    consumable_id: int | None = None
    created_at: datetime.datetime | None = None
    employee_email: str | None = None
    employee_id: int | None = None
    event: str | None = None
    license_id: int | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None
    user_email: str | None = None
    user_id: int | None = None


@attrs.define(kw_only=True)
class Asset(BaseModel):
    """Assets in BlueTally. Routes: Returns all assets; Returns a specific asset; Create an
    asset; Update an asset; Delete an asset.

    Wire type ``assets``.
    """

    asset_id: str | None = None
    asset_name: str | None = None
    asset_serial: str | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    end_of_life_date: datetime.date | None = None
    location_id: int | None = None
    logo: str | None = None
    notes: str | None = None
    order_number: str | None = None
    product_id: int | None = None
    purchase_cost: int | None = None
    purchase_date: datetime.date | None = None
    status_id: int | None = None
    supplier_id: int | None = None
    updated_at: datetime.datetime | None = None
    warranty_expiration_date: datetime.date | None = None


class AssetCreateDict(TypedDict, total=False):
    """Attributes of a Asset create body, in mapping form."""

    asset_id: str
    asset_name: str | None
    asset_serial: str | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    end_of_life_date: str | datetime.date | None
    location_id: int | None
    logo: str | None
    notes: str | None
    order_number: str | None
    product_id: int
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    status_id: int
    supplier_id: int | None
    warranty_expiration_date: str | datetime.date | None


@attrs.define(kw_only=True)
class AssetCreate:
    """A Asset create body; fields left ``UNSET`` are not sent."""

    asset_id: str | _UnsetType = UNSET
    asset_name: str | None | _UnsetType = UNSET
    asset_serial: str | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    end_of_life_date: str | datetime.date | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    product_id: int | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    status_id: int | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    warranty_expiration_date: str | datetime.date | None | _UnsetType = UNSET


class AssetUpdateDict(TypedDict, total=False):
    """Attributes of a Asset update body, in mapping form."""

    asset_id: str | None
    asset_name: str | None
    asset_serial: str | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    end_of_life_date: str | datetime.date | None
    location_id: int | None
    logo: str | None
    notes: str | None
    order_number: str | None
    product_id: int | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    status_id: int | None
    supplier_id: int | None
    warranty_expiration_date: str | datetime.date | None


@attrs.define(kw_only=True)
class AssetUpdate:
    """A Asset update body; fields left ``UNSET`` are not sent."""

    asset_id: str | None | _UnsetType = UNSET
    asset_name: str | None | _UnsetType = UNSET
    asset_serial: str | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    end_of_life_date: str | datetime.date | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    product_id: int | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    status_id: int | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    warranty_expiration_date: str | datetime.date | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Audit(BaseModel):
    """Audits in BlueTally. Routes: Returns all audits; Returns a specific audit; Create an
    audit.; Update an audit; Delete an audit.

    Wire type ``audits``.
    """

    asset_id: str | None = None
    audit_date: datetime.date | None = None
    completed: bool | None = None
    created_at: datetime.datetime | None = None
    location_id: int | None = None
    next_audit_date: datetime.date | None = None
    notes: str | None = None
    scheduled: bool | None = None
    updated_at: datetime.datetime | None = None
    user_id: int | None = None


class AuditCreateDict(TypedDict, total=False):
    """Attributes of a Audit create body, in mapping form."""

    asset_id: str
    audit_date: str | datetime.date
    completed: bool
    location_id: int | None
    next_audit_date: str | datetime.date | None
    notes: str | None
    scheduled: bool
    user_id: int


@attrs.define(kw_only=True)
class AuditCreate:
    """A Audit create body; fields left ``UNSET`` are not sent."""

    asset_id: str | _UnsetType = UNSET
    audit_date: str | datetime.date | _UnsetType = UNSET
    completed: bool | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    next_audit_date: str | datetime.date | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    scheduled: bool | _UnsetType = UNSET
    user_id: int | _UnsetType = UNSET


class AuditUpdateDict(TypedDict, total=False):
    """Attributes of a Audit update body, in mapping form."""

    asset_id: str | None
    audit_date: str | datetime.date | None
    completed: bool | None
    location_id: int | None
    next_audit_date: str | datetime.date | None
    notes: str | None
    scheduled: bool | None
    user_id: int | None


@attrs.define(kw_only=True)
class AuditUpdate:
    """A Audit update body; fields left ``UNSET`` are not sent."""

    asset_id: str | None | _UnsetType = UNSET
    audit_date: str | datetime.date | None | _UnsetType = UNSET
    completed: bool | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    next_audit_date: str | datetime.date | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    scheduled: bool | None | _UnsetType = UNSET
    user_id: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Category(BaseModel):
    """Categories in BlueTally. Routes: Returns all categories; Returns a specific category;
    Create a category; Update a category; Delete a category.

    Wire type ``categories``.
    """

    checkout_email: bool | None = None
    created_at: datetime.datetime | None = None
    eula: str | None = None
    logo: str | None = None
    minimum_quantity: int | None = None
    name: str | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None


class CategoryCreateDict(TypedDict, total=False):
    """Attributes of a Category create body, in mapping form."""

    checkout_email: bool | None
    eula: str | None
    logo: str | None
    minimum_quantity: int | None
    name: str
    type: Literal["accessory", "asset", "consumable", "component", "license"]


@attrs.define(kw_only=True)
class CategoryCreate:
    """A Category create body; fields left ``UNSET`` are not sent."""

    checkout_email: bool | None | _UnsetType = UNSET
    eula: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    type: Literal["accessory", "asset", "consumable", "component", "license"] | _UnsetType = UNSET


class CategoryUpdateDict(TypedDict, total=False):
    """Attributes of a Category update body, in mapping form."""

    checkout_email: bool | None
    eula: str | None
    logo: str | None
    minimum_quantity: int | None
    name: str | None
    type: Literal["accessory", "asset", "consumable", "component", "license"] | None


@attrs.define(kw_only=True)
class CategoryUpdate:
    """A Category update body; fields left ``UNSET`` are not sent."""

    checkout_email: bool | None | _UnsetType = UNSET
    eula: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    type: (
        Literal["accessory", "asset", "consumable", "component", "license"] | None | _UnsetType
    ) = UNSET


@attrs.define(kw_only=True)
class Checkin(BaseModel):
    """Checkin in BlueTally. Routes: Checkin an asset; Checkin an accessory; Checkin a
    component; Checkin a license.

    Wire type ``checkin``.
    """

    accessory_id: int | None = None
    asset_department_id: int | None = None
    asset_id: int | None = None
    asset_location_id: int | None = None
    checkin_date: datetime.date | None = None
    component_id: int | None = None
    condition: int | None = None
    created_at: datetime.datetime | None = None
    employee_id: int | None = None
    license_id: int | None = None
    location_id: int | None = None
    notes: str | None = None
    product_key: str | None = None
    status_id: int | None = None
    updated_at: datetime.datetime | None = None


class CheckinAccessoryDict(TypedDict, total=False):
    """Attributes of a Checkin accessory body, in mapping form."""

    accessory_id: int
    checkin_date: str | datetime.date
    employee_id: int | None
    location_id: int | None
    notes: str | None


@attrs.define(kw_only=True)
class CheckinAccessory:
    """A Checkin accessory body; fields left ``UNSET`` are not sent."""

    accessory_id: int | _UnsetType = UNSET
    checkin_date: str | datetime.date | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET


class CheckinAssetDict(TypedDict, total=False):
    """Attributes of a Checkin asset body, in mapping form."""

    asset_department_id: int | None
    asset_id: int
    asset_location_id: int | None
    checkin_date: str | datetime.date
    condition: int | None
    notes: str | None
    status_id: int


@attrs.define(kw_only=True)
class CheckinAsset:
    """A Checkin asset body; fields left ``UNSET`` are not sent."""

    asset_department_id: int | None | _UnsetType = UNSET
    asset_id: int | _UnsetType = UNSET
    asset_location_id: int | None | _UnsetType = UNSET
    checkin_date: str | datetime.date | _UnsetType = UNSET
    condition: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    status_id: int | _UnsetType = UNSET


class CheckinComponentDict(TypedDict, total=False):
    """Attributes of a Checkin component body, in mapping form."""

    asset_id: int
    checkin_date: str | datetime.date
    component_id: int
    notes: str | None


@attrs.define(kw_only=True)
class CheckinComponent:
    """A Checkin component body; fields left ``UNSET`` are not sent."""

    asset_id: int | _UnsetType = UNSET
    checkin_date: str | datetime.date | _UnsetType = UNSET
    component_id: int | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET


class CheckinLicenseDict(TypedDict, total=False):
    """Attributes of a Checkin license body, in mapping form."""

    asset_id: int | None
    checkin_date: str | datetime.date
    employee_id: int | None
    license_id: int
    notes: str | None
    product_key: str | None


@attrs.define(kw_only=True)
class CheckinLicense:
    """A Checkin license body; fields left ``UNSET`` are not sent."""

    asset_id: int | None | _UnsetType = UNSET
    checkin_date: str | datetime.date | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    license_id: int | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    product_key: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Checkout(BaseModel):
    """Checkout in BlueTally. Routes: Checkout an asset; Checkout an accessory; Checkout a
    component; Checkout a consumable; Checkout a license.

    Wire type ``checkout``.
    """

    accessory_id: int | None = None
    asset_department_id: int | None = None
    asset_id: int | None = None
    asset_location_id: int | None = None
    checkin_date: datetime.date | None = None
    checkout_date: datetime.date | None = None
    component_id: int | None = None
    condition: int | None = None
    consumable_id: int | None = None
    created_at: datetime.datetime | None = None
    employee_id: int | None = None
    license_id: int | None = None
    location_id: int | None = None
    notes: str | None = None
    product_key: str | None = None
    quantity: int | None = None
    updated_at: datetime.datetime | None = None


class CheckoutAccessoryDict(TypedDict, total=False):
    """Attributes of a Checkout accessory body, in mapping form."""

    accessory_id: int
    checkin_date: str | datetime.date | None
    checkout_date: str | datetime.date
    employee_id: int | None
    location_id: int | None
    notes: str | None
    quantity: int


@attrs.define(kw_only=True)
class CheckoutAccessory:
    """A Checkout accessory body; fields left ``UNSET`` are not sent."""

    accessory_id: int | _UnsetType = UNSET
    checkin_date: str | datetime.date | None | _UnsetType = UNSET
    checkout_date: str | datetime.date | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET


class CheckoutAssetDict(TypedDict, total=False):
    """Attributes of a Checkout asset body, in mapping form."""

    asset_department_id: int | None
    asset_id: int
    asset_location_id: int | None
    checkin_date: str | datetime.date | None
    checkout_date: str | datetime.date
    condition: int | None
    employee_id: int | None
    location_id: int | None
    notes: str | None


@attrs.define(kw_only=True)
class CheckoutAsset:
    """A Checkout asset body; fields left ``UNSET`` are not sent."""

    asset_department_id: int | None | _UnsetType = UNSET
    asset_id: int | _UnsetType = UNSET
    asset_location_id: int | None | _UnsetType = UNSET
    checkin_date: str | datetime.date | None | _UnsetType = UNSET
    checkout_date: str | datetime.date | _UnsetType = UNSET
    condition: int | None | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET


class CheckoutComponentDict(TypedDict, total=False):
    """Attributes of a Checkout component body, in mapping form."""

    asset_id: int
    checkout_date: str | datetime.date
    component_id: int
    notes: str | None
    quantity: int


@attrs.define(kw_only=True)
class CheckoutComponent:
    """A Checkout component body; fields left ``UNSET`` are not sent."""

    asset_id: int | _UnsetType = UNSET
    checkout_date: str | datetime.date | _UnsetType = UNSET
    component_id: int | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET


class CheckoutConsumableDict(TypedDict, total=False):
    """Attributes of a Checkout consumable body, in mapping form."""

    checkout_date: str | datetime.date
    consumable_id: int
    employee_id: int | None
    location_id: int | None
    notes: str | None
    quantity: int


@attrs.define(kw_only=True)
class CheckoutConsumable:
    """A Checkout consumable body; fields left ``UNSET`` are not sent."""

    checkout_date: str | datetime.date | _UnsetType = UNSET
    consumable_id: int | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET


class CheckoutLicenseDict(TypedDict, total=False):
    """Attributes of a Checkout license body, in mapping form."""

    asset_id: int | None
    checkin_date: str | datetime.date | None
    checkout_date: str | datetime.date
    employee_id: int | None
    license_id: int
    notes: str | None
    product_key: str | None
    quantity: int | None


@attrs.define(kw_only=True)
class CheckoutLicense:
    """A Checkout license body; fields left ``UNSET`` are not sent."""

    asset_id: int | None | _UnsetType = UNSET
    checkin_date: str | datetime.date | None | _UnsetType = UNSET
    checkout_date: str | datetime.date | _UnsetType = UNSET
    employee_id: int | None | _UnsetType = UNSET
    license_id: int | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    product_key: str | None | _UnsetType = UNSET
    quantity: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Component(BaseModel):
    """Components in BlueTally. Routes: Returns all components; Returns a specific component;
    Create a component; Update a component; Delete a component.

    Wire type ``components``.
    """

    category_id: int | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    location_id: int | None = None
    logo: str | None = None
    manufacturer_id: int | None = None
    minimum_quantity: int | None = None
    model_number: str | None = None
    name: str | None = None
    notes: str | None = None
    order_number: str | None = None
    purchase_cost: int | None = None
    purchase_date: datetime.date | None = None
    quantity: int | None = None
    supplier_id: int | None = None
    updated_at: datetime.datetime | None = None


class ComponentCreateDict(TypedDict, total=False):
    """Attributes of a Component create body, in mapping form."""

    category_id: int
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    quantity: int
    supplier_id: int | None


@attrs.define(kw_only=True)
class ComponentCreate:
    """A Component create body; fields left ``UNSET`` are not sent."""

    category_id: int | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


class ComponentUpdateDict(TypedDict, total=False):
    """Attributes of a Component update body, in mapping form."""

    category_id: int | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str | None
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    quantity: int | None
    supplier_id: int | None


@attrs.define(kw_only=True)
class ComponentUpdate:
    """A Component update body; fields left ``UNSET`` are not sent."""

    category_id: int | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    quantity: int | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Consumable(BaseModel):
    """Consumable in BlueTally. Routes: Returns all consumables; Returns a specific consumable;
    Create a consumable; Update a consumable; Delete a consumable.

    Wire type ``consumables``.
    """

    available: int | None = None
    category_id: int | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    location_id: int | None = None
    logo: str | None = None
    manufacturer_id: int | None = None
    minimum_quantity: int | None = None
    model_number: str | None = None
    name: str | None = None
    notes: str | None = None
    order_number: str | None = None
    purchase_cost: int | None = None
    purchase_date: datetime.date | None = None
    quantity: int | None = None
    supplier_id: int | None = None
    updated_at: datetime.datetime | None = None


class ConsumableCreateDict(TypedDict, total=False):
    """Attributes of a Consumable create body, in mapping form."""

    category_id: int
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    quantity: int
    supplier_id: int | None


@attrs.define(kw_only=True)
class ConsumableCreate:
    """A Consumable create body; fields left ``UNSET`` are not sent."""

    category_id: int | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    quantity: int | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


class ConsumableUpdateDict(TypedDict, total=False):
    """Attributes of a Consumable update body, in mapping form."""

    category_id: int | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    location_id: int | None
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str | None
    notes: str | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    quantity: int | None
    supplier_id: int | None


@attrs.define(kw_only=True)
class ConsumableUpdate:
    """A Consumable update body; fields left ``UNSET`` are not sent."""

    category_id: int | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    quantity: int | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Department(BaseModel):
    """Departments in BlueTally. Routes: Returns all departments; Returns a specific
    department; Create a department; Update a department; Delete a department.

    Wire type ``departments``.
    """

    created_at: datetime.datetime | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    updated_at: datetime.datetime | None = None


class DepartmentCreateDict(TypedDict, total=False):
    """Attributes of a Department create body, in mapping form."""

    email: str
    name: str
    phone: str


@attrs.define(kw_only=True)
class DepartmentCreate:
    """A Department create body; fields left ``UNSET`` are not sent."""

    email: str | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    phone: str | _UnsetType = UNSET


class DepartmentUpdateDict(TypedDict, total=False):
    """Attributes of a Department update body, in mapping form."""

    email: str | None
    name: str | None
    phone: str | None


@attrs.define(kw_only=True)
class DepartmentUpdate:
    """A Department update body; fields left ``UNSET`` are not sent."""

    email: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Depreciation(BaseModel):
    """Depreciations in BlueTally. Routes: Returns all depreciations; Returns a specific
    depreciation; Create a depreciation; Update a depreciation; Delete a depreciation.

    Wire type ``depreciations``.
    """

    created_at: datetime.datetime | None = None
    minimum_value: int | None = None
    months: int | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None


class DepreciationCreateDict(TypedDict, total=False):
    """Attributes of a Depreciation create body, in mapping form."""

    minimum_value: int | None
    months: int
    name: str


@attrs.define(kw_only=True)
class DepreciationCreate:
    """A Depreciation create body; fields left ``UNSET`` are not sent."""

    minimum_value: int | None | _UnsetType = UNSET
    months: int | _UnsetType = UNSET
    name: str | _UnsetType = UNSET


class DepreciationUpdateDict(TypedDict, total=False):
    """Attributes of a Depreciation update body, in mapping form."""

    minimum_value: int | None
    months: int | None
    name: str | None


@attrs.define(kw_only=True)
class DepreciationUpdate:
    """A Depreciation update body; fields left ``UNSET`` are not sent."""

    minimum_value: int | None | _UnsetType = UNSET
    months: int | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Employee(BaseModel):
    """Employees in BlueTally. Routes: Returns all employees; Returns a specific employee;
    Create a employee; Update an employee; Delete an employee.

    Wire type ``employees``.
    """

    archived: bool | None = None
    created_at: datetime.datetime | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    email: str | None = None
    location_id: int | None = None
    name: str | None = None
    notes: str | None = None
    title: str | None = None
    updated_at: datetime.datetime | None = None


class EmployeeCreateDict(TypedDict, total=False):
    """Attributes of a Employee create body, in mapping form."""

    archived: bool | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    email: str
    location_id: int | None
    name: str
    notes: str | None
    title: str | None


@attrs.define(kw_only=True)
class EmployeeCreate:
    """A Employee create body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    email: str | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    title: str | None | _UnsetType = UNSET


class EmployeeUpdateDict(TypedDict, total=False):
    """Attributes of a Employee update body, in mapping form."""

    archived: bool | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    email: str | None
    location_id: int | None
    name: str | None
    notes: str | None
    title: str | None


@attrs.define(kw_only=True)
class EmployeeUpdate:
    """A Employee update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    email: str | None | _UnsetType = UNSET
    location_id: int | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    title: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class License(BaseModel):
    """Licenses in BlueTally. Routes: Returns all licenses; Returns a specific license; Create
    a license; Update a license; Delete a license.

    Wire type ``licenses``.
    """

    category_id: int | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    department_id: int | None = None
    depreciation_id: int | None = None
    expiration_date: datetime.date | None = None
    licensed_to_email: str | None = None
    licensed_to_name: str | None = None
    logo: str | None = None
    manufacturer_id: int | None = None
    minimum_seats: int | None = None
    name: str | None = None
    notes: str | None = None
    number_of_seats: int | None = None
    order_number: str | None = None
    purchase_cost: int | None = None
    purchase_date: datetime.date | None = None
    supplier_id: int | None = None
    termination_date: datetime.date | None = None
    updated_at: datetime.datetime | None = None


class LicenseCreateDict(TypedDict, total=False):
    """Attributes of a License create body, in mapping form."""

    category_id: int
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    depreciation_id: int | None
    expiration_date: str | datetime.date | None
    licensed_to_email: str | None
    licensed_to_name: str | None
    logo: str | None
    manufacturer_id: int | None
    minimum_seats: int | None
    name: str
    notes: str | None
    number_of_seats: int | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    supplier_id: int | None
    termination_date: str | datetime.date | None


@attrs.define(kw_only=True)
class LicenseCreate:
    """A License create body; fields left ``UNSET`` are not sent."""

    category_id: int | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    depreciation_id: int | None | _UnsetType = UNSET
    expiration_date: str | datetime.date | None | _UnsetType = UNSET
    licensed_to_email: str | None | _UnsetType = UNSET
    licensed_to_name: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_seats: int | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    number_of_seats: int | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    termination_date: str | datetime.date | None | _UnsetType = UNSET


class LicenseUpdateDict(TypedDict, total=False):
    """Attributes of a License update body, in mapping form."""

    category_id: int | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    department_id: int | None
    depreciation_id: int | None
    expiration_date: str | datetime.date | None
    licensed_to_email: str | None
    licensed_to_name: str | None
    logo: str | None
    manufacturer_id: int | None
    minimum_seats: int | None
    name: str | None
    notes: str | None
    number_of_seats: int | None
    order_number: str | None
    purchase_cost: int | None
    purchase_date: str | datetime.date | None
    supplier_id: int | None
    termination_date: str | datetime.date | None


@attrs.define(kw_only=True)
class LicenseUpdate:
    """A License update body; fields left ``UNSET`` are not sent."""

    category_id: int | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    department_id: int | None | _UnsetType = UNSET
    depreciation_id: int | None | _UnsetType = UNSET
    expiration_date: str | datetime.date | None | _UnsetType = UNSET
    licensed_to_email: str | None | _UnsetType = UNSET
    licensed_to_name: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_seats: int | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    number_of_seats: int | None | _UnsetType = UNSET
    order_number: str | None | _UnsetType = UNSET
    purchase_cost: int | None | _UnsetType = UNSET
    purchase_date: str | datetime.date | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    termination_date: str | datetime.date | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Location(BaseModel):
    """Locations in BlueTally. Routes: Returns all locations; Returns a specific location;
    Create a location; Update a location; Delete a location.

    Wire type ``locations``.
    """

    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    country: str | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: list[Any] | None = None
    email: str | None = None
    logo: str | None = None
    name: str | None = None
    phone: str | None = None
    state: str | None = None
    updated_at: datetime.datetime | None = None
    zip: str | None = None


class LocationCreateDict(TypedDict, total=False):
    """Attributes of a Location create body, in mapping form."""

    address_line_1: str | None
    address_line_2: str | None
    city: str | None
    country: str | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    email: str | None
    logo: str | None
    name: str
    phone: str | None
    state: str | None
    zip: str | None


@attrs.define(kw_only=True)
class LocationCreate:
    """A Location create body; fields left ``UNSET`` are not sent."""

    address_line_1: str | None | _UnsetType = UNSET
    address_line_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    country: str | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    email: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    state: str | None | _UnsetType = UNSET
    zip: str | None | _UnsetType = UNSET


class LocationUpdateDict(TypedDict, total=False):
    """Attributes of a Location update body, in mapping form."""

    address_line_1: str | None
    address_line_2: str | None
    city: str | None
    country: str | None
    currency: str | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    email: str | None
    logo: str | None
    name: str | None
    phone: str | None
    state: str | None
    zip: str | None


@attrs.define(kw_only=True)
class LocationUpdate:
    """A Location update body; fields left ``UNSET`` are not sent."""

    address_line_1: str | None | _UnsetType = UNSET
    address_line_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    country: str | None | _UnsetType = UNSET
    currency: str | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    email: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    state: str | None | _UnsetType = UNSET
    zip: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Maintenance(BaseModel):
    """Maintenances in BlueTally. Routes: Returns all maintenances; Returns a specific
    maintenance; Create a maintenance; Update a maintenance; Delete a maintenance.

    Wire type ``maintenances``.
    """

    asset_id: str | None = None
    cost: int | None = None
    created_at: datetime.datetime | None = None
    end_date: datetime.date | None = None
    name: str | None = None
    notes: str | None = None
    start_date: datetime.date | None = None
    supplier_id: int | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None


class MaintenanceCreateDict(TypedDict, total=False):
    """Attributes of a Maintenance create body, in mapping form."""

    asset_id: str
    cost: int | None
    end_date: str | datetime.date | None
    name: str
    notes: str | None
    start_date: str | datetime.date
    supplier_id: int | None
    type: Literal[
        "maintenance",
        "repair",
        "upgrade",
        "test",
        "calibration",
        "hardware support",
        "software support",
    ]


@attrs.define(kw_only=True)
class MaintenanceCreate:
    """A Maintenance create body; fields left ``UNSET`` are not sent."""

    asset_id: str | _UnsetType = UNSET
    cost: int | None | _UnsetType = UNSET
    end_date: str | datetime.date | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    start_date: str | datetime.date | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    type: (
        Literal[
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ]
        | _UnsetType
    ) = UNSET


class MaintenanceUpdateDict(TypedDict, total=False):
    """Attributes of a Maintenance update body, in mapping form."""

    asset_id: str | None
    cost: int | None
    end_date: str | datetime.date | None
    name: str | None
    notes: str | None
    start_date: str | datetime.date | None
    supplier_id: int | None
    type: (
        Literal[
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ]
        | None
    )


@attrs.define(kw_only=True)
class MaintenanceUpdate:
    """A Maintenance update body; fields left ``UNSET`` are not sent."""

    asset_id: str | None | _UnsetType = UNSET
    cost: int | None | _UnsetType = UNSET
    end_date: str | datetime.date | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    start_date: str | datetime.date | None | _UnsetType = UNSET
    supplier_id: int | None | _UnsetType = UNSET
    type: (
        Literal[
            "maintenance",
            "repair",
            "upgrade",
            "test",
            "calibration",
            "hardware support",
            "software support",
        ]
        | None
        | _UnsetType
    ) = UNSET


@attrs.define(kw_only=True)
class Manufacturer(BaseModel):
    """Manufacturers in BlueTally. Routes: Returns all manufacturers; Returns a specific
    manufacturer; Create a manufacturer; Update a manufacturer; Delete a manufacturer.

    Wire type ``manufacturers``.
    """

    created_at: datetime.datetime | None = None
    logo: str | None = None
    name: str | None = None
    notes: str | None = None
    support_email: str | None = None
    support_phone: str | None = None
    support_url: str | None = None
    updated_at: datetime.datetime | None = None
    url: str | None = None


class ManufacturerCreateDict(TypedDict, total=False):
    """Attributes of a Manufacturer create body, in mapping form."""

    logo: str | None
    name: str
    notes: str | None
    support_email: str | None
    support_phone: str | None
    support_url: str | None
    url: str | None


@attrs.define(kw_only=True)
class ManufacturerCreate:
    """A Manufacturer create body; fields left ``UNSET`` are not sent."""

    logo: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    support_email: str | None | _UnsetType = UNSET
    support_phone: str | None | _UnsetType = UNSET
    support_url: str | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET


class ManufacturerUpdateDict(TypedDict, total=False):
    """Attributes of a Manufacturer update body, in mapping form."""

    logo: str | None
    name: str | None
    notes: str | None
    support_email: str | None
    support_phone: str | None
    support_url: str | None
    url: str | None


@attrs.define(kw_only=True)
class ManufacturerUpdate:
    """A Manufacturer update body; fields left ``UNSET`` are not sent."""

    logo: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    support_email: str | None | _UnsetType = UNSET
    support_phone: str | None | _UnsetType = UNSET
    support_url: str | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Product(BaseModel):
    """Products in BlueTally. Routes: Returns all products; Returns a specific product; Create
    a product; Update a product; Delete a product.

    Wire type ``products``.
    """

    archived: bool | None = None
    category_id: int | None = None
    created_at: datetime.datetime | None = None
    custom_fields: list[Any] | None = None
    default_purchase_cost: int | None = None
    depreciation_id: int | None = None
    end_of_life_date: datetime.date | None = None
    end_of_life_months: int | None = None
    end_of_life_type: str | None = None
    eol: Any | None = None
    logo: str | None = None
    manufacturer_id: int | None = None
    minimum_quantity: int | None = None
    model_number: str | None = None
    name: str | None = None
    notes: str | None = None
    updated_at: datetime.datetime | None = None


class ProductCreateDict(TypedDict, total=False):
    """Attributes of a Product create body, in mapping form."""

    archived: bool | None
    category_id: int
    custom_fields: Sequence[Mapping[str, Any]] | None
    default_purchase_cost: int | None
    depreciation_id: int | None
    end_of_life_date: str | datetime.date | None
    end_of_life_months: int | None
    end_of_life_type: (
        Literal["Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"] | None
    )
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str
    notes: str | None


@attrs.define(kw_only=True)
class ProductCreate:
    """A Product create body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    category_id: int | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    default_purchase_cost: int | None | _UnsetType = UNSET
    depreciation_id: int | None | _UnsetType = UNSET
    end_of_life_date: str | datetime.date | None | _UnsetType = UNSET
    end_of_life_months: int | None | _UnsetType = UNSET
    end_of_life_type: (
        Literal["Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"]
        | None
        | _UnsetType
    ) = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET


class ProductUpdateDict(TypedDict, total=False):
    """Attributes of a Product update body, in mapping form."""

    archived: bool | None
    category_id: int | None
    custom_fields: Sequence[Mapping[str, Any]] | None
    default_purchase_cost: int | None
    depreciation_id: int | None
    end_of_life_date: str | datetime.date | None
    end_of_life_months: int | None
    end_of_life_type: (
        Literal["Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"] | None
    )
    logo: str | None
    manufacturer_id: int | None
    minimum_quantity: int | None
    model_number: str | None
    name: str | None
    notes: str | None


@attrs.define(kw_only=True)
class ProductUpdate:
    """A Product update body; fields left ``UNSET`` are not sent."""

    archived: bool | None | _UnsetType = UNSET
    category_id: int | None | _UnsetType = UNSET
    custom_fields: Sequence[Mapping[str, Any]] | None | _UnsetType = UNSET
    default_purchase_cost: int | None | _UnsetType = UNSET
    depreciation_id: int | None | _UnsetType = UNSET
    end_of_life_date: str | datetime.date | None | _UnsetType = UNSET
    end_of_life_months: int | None | _UnsetType = UNSET
    end_of_life_type: (
        Literal["Fixed Date", "Months from Asset Purchase Date", "Individual Per Asset"]
        | None
        | _UnsetType
    ) = UNSET
    logo: str | None | _UnsetType = UNSET
    manufacturer_id: int | None | _UnsetType = UNSET
    minimum_quantity: int | None | _UnsetType = UNSET
    model_number: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Status(BaseModel):
    """Statuses in BlueTally. Routes: Returns all statuses; Returns a specific status; Create a
    status; Update a status; Delete a status..

    Wire type ``statuses``.
    """

    created_at: datetime.datetime | None = None
    name: str | None = None
    notes: str | None = None
    show_in_nav: bool | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None


class StatusCreateDict(TypedDict, total=False):
    """Attributes of a Status create body, in mapping form."""

    name: str
    notes: str | None
    show_in_nav: bool | None
    type: Literal["deployable", "pending", "undeployable", "archived"]


@attrs.define(kw_only=True)
class StatusCreate:
    """A Status create body; fields left ``UNSET`` are not sent."""

    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    show_in_nav: bool | None | _UnsetType = UNSET
    type: Literal["deployable", "pending", "undeployable", "archived"] | _UnsetType = UNSET


class StatusUpdateDict(TypedDict, total=False):
    """Attributes of a Status update body, in mapping form."""

    name: str | None
    notes: str | None
    show_in_nav: bool | None
    type: Literal["deployable", "pending", "undeployable", "archived"] | None


@attrs.define(kw_only=True)
class StatusUpdate:
    """A Status update body; fields left ``UNSET`` are not sent."""

    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    show_in_nav: bool | None | _UnsetType = UNSET
    type: Literal["deployable", "pending", "undeployable", "archived"] | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Supplier(BaseModel):
    """Suppliers in BlueTally. Routes: Returns all suppliers; Returns a specific supplier;
    Create a supplier; Update a supplier; Delete a supplier.

    Wire type ``suppliers``.
    """

    address_line_1: str | None = None
    address_line_2: str | None = None
    city: str | None = None
    contact_name: str | None = None
    country: str | None = None
    created_at: datetime.datetime | None = None
    email: str | None = None
    fax: str | None = None
    logo: str | None = None
    name: str | None = None
    notes: str | None = None
    phone: str | None = None
    state: str | None = None
    updated_at: datetime.datetime | None = None
    url: str | None = None
    zip: str | None = None


class SupplierCreateDict(TypedDict, total=False):
    """Attributes of a Supplier create body, in mapping form."""

    address_line_1: str | None
    address_line_2: str | None
    city: str | None
    contact_name: str | None
    country: str | None
    email: str | None
    fax: str | None
    logo: str | None
    name: str
    notes: str | None
    phone: str | None
    state: str | None
    url: str | None
    zip: str | None


@attrs.define(kw_only=True)
class SupplierCreate:
    """A Supplier create body; fields left ``UNSET`` are not sent."""

    address_line_1: str | None | _UnsetType = UNSET
    address_line_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    contact_name: str | None | _UnsetType = UNSET
    country: str | None | _UnsetType = UNSET
    email: str | None | _UnsetType = UNSET
    fax: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    name: str | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    state: str | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET
    zip: str | None | _UnsetType = UNSET


class SupplierUpdateDict(TypedDict, total=False):
    """Attributes of a Supplier update body, in mapping form."""

    address_line_1: str | None
    address_line_2: str | None
    city: str | None
    contact_name: str | None
    country: str | None
    email: str | None
    fax: str | None
    logo: str | None
    name: str | None
    notes: str | None
    phone: str | None
    state: str | None
    url: str | None
    zip: str | None


@attrs.define(kw_only=True)
class SupplierUpdate:
    """A Supplier update body; fields left ``UNSET`` are not sent."""

    address_line_1: str | None | _UnsetType = UNSET
    address_line_2: str | None | _UnsetType = UNSET
    city: str | None | _UnsetType = UNSET
    contact_name: str | None | _UnsetType = UNSET
    country: str | None | _UnsetType = UNSET
    email: str | None | _UnsetType = UNSET
    fax: str | None | _UnsetType = UNSET
    logo: str | None | _UnsetType = UNSET
    name: str | None | _UnsetType = UNSET
    notes: str | None | _UnsetType = UNSET
    phone: str | None | _UnsetType = UNSET
    state: str | None | _UnsetType = UNSET
    url: str | None | _UnsetType = UNSET
    zip: str | None | _UnsetType = UNSET


@attrs.define(kw_only=True)
class Tenant(BaseModel):
    """Tenants in BlueTally. Routes: Returns all tenants (for multi-tenant users).

    Wire type ``tenants``.
    """

    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


MODELS_BY_TYPE: dict[str, type[BaseModel]] = {
    "accessories": Accessory,
    "activity": Activity,
    "assets": Asset,
    "audits": Audit,
    "categories": Category,
    "checkin": Checkin,
    "checkout": Checkout,
    "components": Component,
    "consumables": Consumable,
    "departments": Department,
    "depreciations": Depreciation,
    "employees": Employee,
    "licenses": License,
    "locations": Location,
    "maintenances": Maintenance,
    "manufacturers": Manufacturer,
    "products": Product,
    "statuses": Status,
    "suppliers": Supplier,
    "tenants": Tenant,
}
"""Model class by wire type."""

__all__ = [
    "MODELS_BY_TYPE",
    "Accessory",
    "AccessoryCreate",
    "AccessoryCreateDict",
    "AccessoryUpdate",
    "AccessoryUpdateDict",
    "Activity",
    "Asset",
    "AssetCreate",
    "AssetCreateDict",
    "AssetUpdate",
    "AssetUpdateDict",
    "Audit",
    "AuditCreate",
    "AuditCreateDict",
    "AuditUpdate",
    "AuditUpdateDict",
    "Category",
    "CategoryCreate",
    "CategoryCreateDict",
    "CategoryUpdate",
    "CategoryUpdateDict",
    "Checkin",
    "CheckinAccessory",
    "CheckinAccessoryDict",
    "CheckinAsset",
    "CheckinAssetDict",
    "CheckinComponent",
    "CheckinComponentDict",
    "CheckinLicense",
    "CheckinLicenseDict",
    "Checkout",
    "CheckoutAccessory",
    "CheckoutAccessoryDict",
    "CheckoutAsset",
    "CheckoutAssetDict",
    "CheckoutComponent",
    "CheckoutComponentDict",
    "CheckoutConsumable",
    "CheckoutConsumableDict",
    "CheckoutLicense",
    "CheckoutLicenseDict",
    "Component",
    "ComponentCreate",
    "ComponentCreateDict",
    "ComponentUpdate",
    "ComponentUpdateDict",
    "Consumable",
    "ConsumableCreate",
    "ConsumableCreateDict",
    "ConsumableUpdate",
    "ConsumableUpdateDict",
    "Department",
    "DepartmentCreate",
    "DepartmentCreateDict",
    "DepartmentUpdate",
    "DepartmentUpdateDict",
    "Depreciation",
    "DepreciationCreate",
    "DepreciationCreateDict",
    "DepreciationUpdate",
    "DepreciationUpdateDict",
    "Employee",
    "EmployeeCreate",
    "EmployeeCreateDict",
    "EmployeeUpdate",
    "EmployeeUpdateDict",
    "License",
    "LicenseCreate",
    "LicenseCreateDict",
    "LicenseUpdate",
    "LicenseUpdateDict",
    "Location",
    "LocationCreate",
    "LocationCreateDict",
    "LocationUpdate",
    "LocationUpdateDict",
    "Maintenance",
    "MaintenanceCreate",
    "MaintenanceCreateDict",
    "MaintenanceUpdate",
    "MaintenanceUpdateDict",
    "Manufacturer",
    "ManufacturerCreate",
    "ManufacturerCreateDict",
    "ManufacturerUpdate",
    "ManufacturerUpdateDict",
    "Product",
    "ProductCreate",
    "ProductCreateDict",
    "ProductUpdate",
    "ProductUpdateDict",
    "Status",
    "StatusCreate",
    "StatusCreateDict",
    "StatusUpdate",
    "StatusUpdateDict",
    "Supplier",
    "SupplierCreate",
    "SupplierCreateDict",
    "SupplierUpdate",
    "SupplierUpdateDict",
    "Tenant",
]
