# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""One resource class per BlueTally resource."""

from itglue_async._generated.bluetally.resources.accessories import Accessories
from itglue_async._generated.bluetally.resources.activity import Activity
from itglue_async._generated.bluetally.resources.assets import Assets
from itglue_async._generated.bluetally.resources.audits import Audits
from itglue_async._generated.bluetally.resources.categories import Categories
from itglue_async._generated.bluetally.resources.checkin import Checkin
from itglue_async._generated.bluetally.resources.checkout import Checkout
from itglue_async._generated.bluetally.resources.components import Components
from itglue_async._generated.bluetally.resources.consumables import Consumables
from itglue_async._generated.bluetally.resources.departments import Departments
from itglue_async._generated.bluetally.resources.depreciations import Depreciations
from itglue_async._generated.bluetally.resources.employees import Employees
from itglue_async._generated.bluetally.resources.licenses import Licenses
from itglue_async._generated.bluetally.resources.locations import Locations
from itglue_async._generated.bluetally.resources.maintenances import Maintenances
from itglue_async._generated.bluetally.resources.manufacturers import Manufacturers
from itglue_async._generated.bluetally.resources.products import Products
from itglue_async._generated.bluetally.resources.statuses import Statuses
from itglue_async._generated.bluetally.resources.suppliers import Suppliers
from itglue_async._generated.bluetally.resources.tenants import Tenants

__all__ = [
    "Accessories",
    "Activity",
    "Assets",
    "Audits",
    "Categories",
    "Checkin",
    "Checkout",
    "Components",
    "Consumables",
    "Departments",
    "Depreciations",
    "Employees",
    "Licenses",
    "Locations",
    "Maintenances",
    "Manufacturers",
    "Products",
    "Statuses",
    "Suppliers",
    "Tenants",
]
