"""A seeded generator of realistic IT Glue data for the fake.

Same seed, same records: organizations with their locations, configurations with network
interfaces, contacts with emails and phones, passwords, flexible asset types with fields and
assets whose traits follow those fields, and an activity log whose timestamps repeat (as a
busy account's do) so that windowed log reading is exercised.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

from itglue_async.testing._store import stamp


class Adds(Protocol):
    """What the seeder needs of a fake: a way to store a record and get its id."""

    def add(
        self,
        resource: str,
        attributes: Mapping[str, Any] | None = None,
        *,
        id: int | None = None,
        **links: Any,
    ) -> int: ...


_COMPANY_FIRST = (
    "Acme",
    "Northwind",
    "Bluebird",
    "Cedar",
    "Summit",
    "Harbor",
    "Redwood",
    "Granite",
    "Lakeside",
    "Pioneer",
    "Silverline",
    "Maple",
    "Orchid",
    "Keystone",
    "Falcon",
    "Brightway",
)
_COMPANY_SECOND = (
    "Dental",
    "Logistics",
    "Law Group",
    "Accounting",
    "Veterinary",
    "Construction",
    "Realty",
    "Pharmacy",
    "Architects",
    "Insurance",
    "Clinic",
    "Manufacturing",
    "Foods",
    "Credit Union",
)
_FIRST = (
    "Ava",
    "Liam",
    "Noah",
    "Emma",
    "Mia",
    "Lucas",
    "Zoe",
    "Ethan",
    "Ivy",
    "Owen",
    "Grace",
    "Leo",
    "Nora",
    "Eli",
    "Ruby",
    "Jack",
    "Chloe",
    "Sam",
    "Maya",
    "Theo",
)
_LAST = (
    "Nguyen",
    "Smith",
    "Garcia",
    "Patel",
    "Kim",
    "Brown",
    "Lopez",
    "Clark",
    "Walker",
    "Young",
    "Hall",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
)
_HARDWARE = {
    "Dell": ("PowerEdge R650", "OptiPlex 7010", "Latitude 5440"),
    "HP": ("ProLiant DL380", "EliteDesk 800", "LaserJet M507"),
    "Lenovo": ("ThinkPad T14", "ThinkCentre M70q"),
    "Cisco": ("Catalyst 9200", "ISR 1100"),
    "Ubiquiti": ("UniFi U6 Pro", "UniFi Switch 24"),
    "Fortinet": ("FortiGate 60F",),
}
_KINDS = {
    "Server": ("srv", ("Dell", "HP")),
    "Workstation": ("ws", ("Dell", "HP", "Lenovo")),
    "Laptop": ("lt", ("Dell", "Lenovo")),
    "Firewall": ("fw", ("Fortinet", "Cisco")),
    "Switch": ("sw", ("Cisco", "Ubiquiti")),
    "Access Point": ("ap", ("Ubiquiti",)),
    "Printer": ("prn", ("HP",)),
}
_SYSTEMS = {
    "Windows": ("Windows Server 2022", "Windows 11 Pro", "Windows 10 Pro"),
    "Linux": ("Ubuntu 22.04 LTS", "Debian 12"),
    "macOS": ("macOS 14 Sonoma",),
}
_COUNTRIES = {
    ("United States", "US"): (("California", "CA"), ("Texas", "TX"), ("New York", "NY")),
    ("Canada", "CA"): (("Ontario", "ON"), ("British Columbia", "BC")),
    ("United Kingdom", "GB"): (("England", "ENG"), ("Scotland", "SCT")),
}
_ASSET_TYPES = {
    "Wireless": (("SSID", "Text"), ("Band", "Select"), ("Guest Network", "Checkbox")),
    "Email": (("Provider", "Text"), ("MX Record", "Text"), ("Mailboxes", "Number")),
    "Backup": (("Product", "Text"), ("Retention Days", "Number"), ("Offsite", "Checkbox")),
}
_ACTIONS = ("create", "update", "show", "destroy", "export")
_PASSWORD_CHARACTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%"
_PASSWORD_NAMES = (
    "Domain Admin",
    "Firewall admin",
    "Wi-Fi PSK",
    "M365 Global Admin",
    "Backup portal",
)
_LOG_TYPES = ("Configuration", "Password", "Contact", "Organization", "Document")


@attrs.define
class _Seeding:
    """What the seeders share: the random source, the store, and the ids made so far."""

    rng: random.Random
    add: Callable[..., int]
    org_types: list[int] = attrs.field(factory=list)
    org_statuses: list[int] = attrs.field(factory=list)
    cfg_statuses: list[int] = attrs.field(factory=list)
    cfg_types: dict[str, int] = attrs.field(factory=dict)
    makers: dict[str, tuple[int, list[tuple[int, str]]]] = attrs.field(factory=dict)
    systems: list[int] = attrs.field(factory=list)
    places: list[tuple[int, int, str]] = attrs.field(factory=list)
    contact_types: list[int] = attrs.field(factory=list)
    categories: list[int] = attrs.field(factory=list)
    users: list[int] = attrs.field(factory=list)
    orgs: list[int] = attrs.field(factory=list)
    locations: dict[int, int] = attrs.field(factory=dict)


def populate(
    fake: Adds,
    *,
    organizations: int = 20,
    configurations: int = 500,
    contacts: int = 200,
    passwords: int = 200,
    flexible_assets: int = 60,
    logs: int = 1200,
    users: int = 8,
    documents: int = 60,
    seed: int = 0,
) -> dict[str, int]:
    """Fill ``fake`` with related, realistic records; returns how many of each were added.

    Configurations, contacts, passwords and flexible assets are spread over the
    organizations; every configuration gets one or two interfaces. Log timestamps advance
    in whole seconds and often repeat. Documents come with folders (some nested) and
    sections; most sit in a folder, as in a real account, and a few are unpublished drafts.
    """
    counts = {
        "organizations": organizations,
        "configurations": configurations,
        "contacts": contacts,
        "passwords": passwords,
        "flexible_assets": flexible_assets,
        "logs": logs,
        "users": users,
        "documents": documents,
    }
    for name, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a count of 0 or more, got {value!r}.")
    if organizations < 1 and (
        configurations or contacts or passwords or flexible_assets or documents
    ):
        raise ValueError("organizations must be at least 1 to hold the other records.")
    added: dict[str, int] = {}

    def add(resource: str, attributes: dict[str, Any], **links: Any) -> int:
        added[resource] = added.get(resource, 0) + 1
        return fake.add(resource, attributes, **links)

    seeding = _Seeding(random.Random(seed), add)
    _reference_data(seeding)
    for seeder, count in (
        (_users, users),
        (_organizations, organizations),
        (_configurations, configurations),
        (_contacts, contacts),
        (_passwords, passwords),
        (_flexible_assets, flexible_assets),
        (_logs, logs),
        (_documents, documents),
    ):
        seeder(seeding, count)
    return added


def _reference_data(s: _Seeding) -> None:
    """Types, statuses, makers and their models, systems, places, categories."""
    add = s.add
    s.org_types = [
        add("organization_types", {"name": n}) for n in ("Customer", "Vendor", "Internal")
    ]
    s.org_statuses = [add("organization_statuses", {"name": n}) for n in ("Active", "Inactive")]
    s.cfg_statuses = [
        add("configuration_statuses", {"name": n}) for n in ("Active", "Inactive", "Retired")
    ]
    s.cfg_types = {kind: add("configuration_types", {"name": kind}) for kind in sorted(_KINDS)}
    for maker, products in _HARDWARE.items():
        maker_id = add("manufacturers", {"name": maker})
        models = [
            (add("models", {"name": p, "manufacturer_id": maker_id}, manufacturer_id=maker_id), p)
            for p in products
        ]
        s.makers[maker] = (maker_id, models)
    for platform, names in _SYSTEMS.items():
        platform_id = add("platforms", {"name": platform})
        s.systems.extend(
            add("operating_systems", {"name": n, "platform_id": platform_id}) for n in names
        )
    for (country, iso), regions in _COUNTRIES.items():
        country_id = add("countries", {"name": country, "iso": iso})
        for region, code in regions:
            region_id = add(
                "regions",
                {"name": region, "iso": code, "country_id": country_id},
                country_id=country_id,
            )
            s.places.append((country_id, region_id, region))
    s.contact_types = [
        add("contact_types", {"name": n}) for n in ("Approver", "Billing", "Technical", "Owner")
    ]
    s.categories = [
        add("password_categories", {"name": n})
        for n in ("Administrator", "Network Device", "Email", "Line of Business")
    ]


def _users(s: _Seeding, count: int) -> None:
    rng = s.rng
    for index in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        s.users.append(
            s.add(
                "users",
                {
                    "first_name": first,
                    "last_name": last,
                    "role_name": rng.choice(("Manager", "Editor")),
                    "email": f"{first}.{last}{index}@msp.example".lower(),
                    "reputation": rng.randint(0, 900),
                },
            )
        )


def _organizations(s: _Seeding, count: int) -> None:
    """Organizations with unique names, then each one's head office."""
    rng = s.rng
    names: set[str] = set()
    for _ in range(count):
        name = f"{rng.choice(_COMPANY_FIRST)} {rng.choice(_COMPANY_SECOND)}"
        while name in names:
            name = f"{name} {len(names) + 1}"
        names.add(name)
        s.orgs.append(
            s.add(
                "organizations",
                {
                    "name": name,
                    "short_name": "".join(w[0] for w in name.split()).upper(),
                    "organization_type_id": rng.choice(s.org_types),
                    "organization_status_id": s.org_statuses[0]
                    if rng.random() < 0.9
                    else s.org_statuses[1],
                    "primary": False,
                    "description": f"Managed client since {rng.randint(2012, 2024)}.",
                },
            )
        )
    for org_id in s.orgs:
        country_id, region_id, region = rng.choice(s.places)
        s.locations[org_id] = s.add(
            "locations",
            {
                "name": "Head Office",
                "city": region,
                "country_id": country_id,
                "region_id": region_id,
                "organization_id": org_id,
                "primary": True,
                "address_1": f"{rng.randint(10, 999)} Main Street",
            },
            organization_id=org_id,
        )


def _configurations(s: _Seeding, count: int) -> None:
    """Devices spread over the organizations, each with one or two interfaces."""
    rng = s.rng
    for index in range(count):
        org_id = s.orgs[index % len(s.orgs)]
        kind = rng.choice(sorted(_KINDS))
        prefix, maker_names = _KINDS[kind]
        maker_id, models = s.makers[rng.choice(maker_names)]
        model_id, product = rng.choice(models)
        name = f"{prefix}-{org_id:03d}-{index:05d}"
        mac = ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
        cfg_id = s.add(
            "configurations",
            {
                "name": name,
                "hostname": name.lower(),
                "organization_id": org_id,
                "configuration_type_id": s.cfg_types[kind],
                "configuration_type_kind": kind.lower(),
                "configuration_status_id": rng.choice(s.cfg_statuses),
                "manufacturer_id": maker_id,
                "model_id": model_id,
                "location_id": s.locations[org_id],
                "operating_system_id": rng.choice(s.systems)
                if kind in ("Server", "Workstation", "Laptop")
                else None,
                "serial_number": f"SN{rng.randrange(10**9):09d}",
                "asset_tag": f"AT-{index:05d}",
                "mac_address": mac,
                "primary_ip": f"10.{org_id % 256}.{index // 250 % 256}.{index % 250 + 2}",
                "archived": False,
                "notes": f"{product}, installed by the onboarding team.",
                **_lifecycle(index, kind, org_id),
            },
            organization_id=org_id,
        )
        for port in range(rng.choice((1, 1, 2))):
            s.add(
                "configuration_interfaces",
                {
                    "name": f"eth{port}",
                    "ip_address": f"10.{org_id % 256}.{port}.{index % 250 + 2}",
                    "mac_address": mac,
                    "primary": port == 0,
                    "notes": None,
                },
                configuration_id=cfg_id,
            )


def _lifecycle(index: int, kind: str, org_id: int) -> dict[str, Any]:
    """The dates and owners a live configuration carries (about two thirds of them have a
    purchase on record); computed from the index, so the seeded random values stay as they
    were."""
    bought = dt.date(2021, 1, 4) + dt.timedelta(days=index * 37 % 1400)
    known = index % 3 != 2
    installed = index % 4 != 0
    return {
        "purchased_at": bought.isoformat() if known else None,
        "purchased_by": "Procurement" if known else None,
        "warranty_expires_at": (bought + dt.timedelta(days=3 * 365)).isoformat() if known else None,
        "installed_at": (bought + dt.timedelta(days=14)).isoformat() if installed else None,
        "installed_by": "Onboarding team" if installed else None,
        "operating_system_notes": "Patched monthly."
        if kind in ("Server", "Workstation", "Laptop")
        else None,
        "default_gateway": f"10.{org_id % 256}.0.1"
        if kind in ("Server", "Firewall", "Switch")
        else None,
        "restricted": False,
    }


def _contacts(s: _Seeding, count: int) -> None:
    rng = s.rng
    for index in range(count):
        org_id = s.orgs[index % len(s.orgs)]
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        domain = f"{org_id}.client.example"
        s.add(
            "contacts",
            {
                "first_name": first,
                "last_name": last,
                "name": f"{first} {last}",
                "title": rng.choice(("Office Manager", "CFO", "IT Lead", "Owner", "Receptionist")),
                "organization_id": org_id,
                "contact_type_id": rng.choice(s.contact_types),
                "location_id": s.locations[org_id],
                "important": rng.random() < 0.2,
                "contact_emails": [
                    {
                        "value": f"{first}.{last}@{domain}".lower(),
                        "primary": True,
                        "label-name": "Work",
                    }
                ],
                "contact_phones": [
                    {
                        "value": f"555{rng.randrange(10**7):07d}",
                        "primary": True,
                        "label-name": "Work",
                    }
                ],
            },
            organization_id=org_id,
        )


def _passwords(s: _Seeding, count: int) -> None:
    rng = s.rng
    for index in range(count):
        org_id = s.orgs[index % len(s.orgs)]
        secret = "".join(rng.choice(_PASSWORD_CHARACTERS) for _ in range(16))
        s.add(
            "passwords",
            {
                "name": rng.choice(_PASSWORD_NAMES) + f" {index}",
                "username": rng.choice(("admin", "administrator", "itadmin", "svc-backup")),
                "password": secret,
                "url": f"https://portal{index}.client.example",
                "organization_id": org_id,
                "password_category_id": rng.choice(s.categories),
                "restricted": False,
                "my_glue": False,
                "notes": None,
            },
            organization_id=org_id,
        )


def _asset_types(s: _Seeding) -> list[tuple[int, list[tuple[str, str]]]]:
    """The flexible asset types with their fields; each type's id and (name key, kind)s."""
    types: list[tuple[int, list[tuple[str, str]]]] = []
    for type_name, fields in _ASSET_TYPES.items():
        type_id = s.add(
            "flexible_asset_types",
            {
                "name": type_name,
                "description": f"{type_name} documentation",
                "icon": "file",
                "show_in_menu": True,
            },
        )
        keys = []
        for order, (label, kind) in enumerate(fields, start=1):
            key = label.lower().replace(" ", "-")
            s.add(
                "flexible_asset_fields",
                {
                    "name": label,
                    "name_key": key,
                    "kind": kind,
                    "order": order,
                    "required": order == 1,
                    "show_in_list": True,
                    "use_for_title": order == 1,
                    "flexible_asset_type_id": type_id,
                },
                flexible_asset_type_id=type_id,
            )
            keys.append((key, kind))
        types.append((type_id, keys))
    return types


def _flexible_assets(s: _Seeding, count: int) -> None:
    """Assets whose traits follow their type's fields."""
    rng = s.rng
    types = _asset_types(s)
    for index in range(count):
        org_id = s.orgs[index % len(s.orgs)]
        type_id, keys = types[index % len(types)]
        traits: dict[str, Any] = {}
        for key, kind in keys:
            if kind == "Number":
                traits[key] = rng.randint(1, 400)
            elif kind == "Checkbox":
                traits[key] = rng.random() < 0.5
            elif kind == "Select":
                traits[key] = rng.choice(("2.4 GHz", "5 GHz"))
            else:
                traits[key] = f"{key}-{org_id}-{index}"
        s.add(
            "flexible_assets",
            {
                "name": str(next(iter(traits.values()))),
                "traits": traits,
                "organization_id": org_id,
                "flexible_asset_type_id": type_id,
                "archived": False,
            },
        )


def _logs(s: _Seeding, count: int) -> None:
    """Activity whose timestamps advance in whole seconds and often repeat."""
    rng = s.rng
    moment = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    for _ in range(count):
        if rng.random() < 0.6:
            moment += dt.timedelta(seconds=rng.choice((1, 1, 2, 5, 30)))
        log_org = rng.choice(s.orgs) if s.orgs else None
        s.add(
            "logs",
            {
                "created_at": stamp(moment),
                "user_id": rng.choice(s.users) if s.users else None,
                "organization_id": log_org,
                "action": rng.choice(_ACTIONS),
                "resource_type": rng.choice(_LOG_TYPES),
                "resource_name": "record",
                "ip_address": f"203.0.113.{rng.randrange(1, 255)}",
                "ip_country": "United States",
                "level": 1,
            },
        )


_RUNBOOKS = (
    "Onboarding a new user",
    "Offboarding",
    "Backup restore test",
    "Firewall change procedure",
    "Printer setup",
    "Monthly patching",
    "Disaster recovery plan",
    "Wi-Fi troubleshooting",
)


def _documents(s: _Seeding, count: int) -> None:
    """Folders, documents and their sections; most documents sit in a folder."""
    add, rng, org_ids = s.add, s.rng, s.orgs
    if not count:
        return
    folders: dict[int, list[int]] = {}
    for org_id in org_ids:
        top = add(
            "document_folders",
            {"name": "Runbooks", "parent_id": None, "ancestor_ids": [], "organization_id": org_id},
            organization_id=org_id,
        )
        sub = add(
            "document_folders",
            {
                "name": "Network",
                "parent_id": top,
                "ancestor_ids": [top],
                "organization_id": org_id,
            },
            organization_id=org_id,
        )
        folders[org_id] = [top, sub]
    for index in range(count):
        org_id = org_ids[index % len(org_ids)]
        folder = None if index // len(org_ids) % 3 == 0 else rng.choice(folders[org_id])
        title = f"{_RUNBOOKS[index % len(_RUNBOOKS)]} {index}"
        steps = [f"Step {n} of {title.lower()}." for n in range(1, rng.randint(2, 4))]
        doc_id = add(
            "documents",
            {
                "name": title,
                "organization_id": org_id,
                "document_folder_id": folder,
                "published": index % 10 != 7,
                "archived": False,
                "restricted": False,
                "public": False,
                # Older documents hold HTML; newer ones list their section blocks.
                "content": "<p>" + " ".join(steps) + "</p>"
                if index % 2
                else [{"type": "Document::Step", "content": f"<p>{s}</p>"} for s in steps],
            },
            organization_id=org_id,
        )
        add(
            "document_sections",
            {
                "document_id": doc_id,
                "resource_type": "Document::Heading",
                "content": title,
                "rendered_content": f"<h2>{title}</h2>",
                "level": 2,
                "sort": 1,
            },
            document_id=doc_id,
        )
        for position, step in enumerate(steps, start=2):
            add(
                "document_sections",
                {
                    "document_id": doc_id,
                    "resource_type": "Document::Step",
                    "content": f"<p>{step}</p>",
                    "rendered_content": f"<p>{step}</p>",
                    "duration": rng.choice((5, 10, 15)),
                    "reset_count": False,
                    "sort": position,
                },
                document_id=doc_id,
            )
