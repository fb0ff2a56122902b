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
_LOG_TYPES = ("Configuration", "Password", "Contact", "Organization", "Document")


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
    rng = random.Random(seed)
    added: dict[str, int] = {}

    def add(resource: str, attributes: dict[str, Any], **links: Any) -> int:
        added[resource] = added.get(resource, 0) + 1
        return fake.add(resource, attributes, **links)

    org_types = [add("organization_types", {"name": n}) for n in ("Customer", "Vendor", "Internal")]
    org_statuses = [add("organization_statuses", {"name": n}) for n in ("Active", "Inactive")]
    cfg_statuses = [
        add("configuration_statuses", {"name": n}) for n in ("Active", "Inactive", "Retired")
    ]
    cfg_types = {kind: add("configuration_types", {"name": kind}) for kind in sorted(_KINDS)}
    makers: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    for maker, products in _HARDWARE.items():
        maker_id = add("manufacturers", {"name": maker})
        models = [
            (add("models", {"name": p, "manufacturer_id": maker_id}, manufacturer_id=maker_id), p)
            for p in products
        ]
        makers[maker] = (maker_id, models)
    systems: list[int] = []
    for platform, names in _SYSTEMS.items():
        platform_id = add("platforms", {"name": platform})
        systems.extend(
            add("operating_systems", {"name": n, "platform_id": platform_id}) for n in names
        )
    places: list[tuple[int, int, str]] = []
    for (country, iso), regions in _COUNTRIES.items():
        country_id = add("countries", {"name": country, "iso": iso})
        for region, code in regions:
            region_id = add(
                "regions",
                {"name": region, "iso": code, "country_id": country_id},
                country_id=country_id,
            )
            places.append((country_id, region_id, region))
    contact_types = [
        add("contact_types", {"name": n}) for n in ("Approver", "Billing", "Technical", "Owner")
    ]
    categories = [
        add("password_categories", {"name": n})
        for n in ("Administrator", "Network Device", "Email", "Line of Business")
    ]
    user_ids = []
    for index in range(users):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        user_ids.append(
            add(
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

    org_ids: list[int] = []
    org_names: set[str] = set()
    for _ in range(organizations):
        name = f"{rng.choice(_COMPANY_FIRST)} {rng.choice(_COMPANY_SECOND)}"
        while name in org_names:
            name = f"{name} {len(org_names) + 1}"
        org_names.add(name)
        org_ids.append(
            add(
                "organizations",
                {
                    "name": name,
                    "short_name": "".join(w[0] for w in name.split()).upper(),
                    "organization_type_id": rng.choice(org_types),
                    "organization_status_id": org_statuses[0]
                    if rng.random() < 0.9
                    else org_statuses[1],
                    "primary": False,
                    "description": f"Managed client since {rng.randint(2012, 2024)}.",
                },
            )
        )
    locations: dict[int, int] = {}
    for org_id in org_ids:
        country_id, region_id, region = rng.choice(places)
        locations[org_id] = add(
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

    for index in range(configurations):
        org_id = org_ids[index % len(org_ids)]
        kind = rng.choice(sorted(_KINDS))
        prefix, maker_names = _KINDS[kind]
        maker_id, models = makers[rng.choice(maker_names)]
        model_id, product = rng.choice(models)
        name = f"{prefix}-{org_id:03d}-{index:05d}"
        mac = ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
        cfg_id = add(
            "configurations",
            {
                "name": name,
                "hostname": name.lower(),
                "organization_id": org_id,
                "configuration_type_id": cfg_types[kind],
                "configuration_type_kind": kind.lower(),
                "configuration_status_id": rng.choice(cfg_statuses),
                "manufacturer_id": maker_id,
                "model_id": model_id,
                "location_id": locations[org_id],
                "operating_system_id": rng.choice(systems)
                if kind in ("Server", "Workstation", "Laptop")
                else None,
                "serial_number": f"SN{rng.randrange(10**9):09d}",
                "asset_tag": f"AT-{index:05d}",
                "mac_address": mac,
                "primary_ip": f"10.{org_id % 256}.{index // 250 % 256}.{index % 250 + 2}",
                "archived": False,
                "notes": f"{product}, installed by the onboarding team.",
            },
            organization_id=org_id,
        )
        for port in range(rng.choice((1, 1, 2))):
            add(
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

    for index in range(contacts):
        org_id = org_ids[index % len(org_ids)]
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        domain = f"{org_id}.client.example"
        add(
            "contacts",
            {
                "first_name": first,
                "last_name": last,
                "name": f"{first} {last}",
                "title": rng.choice(("Office Manager", "CFO", "IT Lead", "Owner", "Receptionist")),
                "organization_id": org_id,
                "contact_type_id": rng.choice(contact_types),
                "location_id": locations[org_id],
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

    for index in range(passwords):
        org_id = org_ids[index % len(org_ids)]
        secret = "".join(
            rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%")
            for _ in range(16)
        )
        add(
            "passwords",
            {
                "name": rng.choice(
                    (
                        "Domain Admin",
                        "Firewall admin",
                        "Wi-Fi PSK",
                        "M365 Global Admin",
                        "Backup portal",
                    )
                )
                + f" {index}",
                "username": rng.choice(("admin", "administrator", "itadmin", "svc-backup")),
                "password": secret,
                "url": f"https://portal{index}.client.example",
                "organization_id": org_id,
                "password_category_id": rng.choice(categories),
                "restricted": False,
                "my_glue": False,
                "notes": None,
            },
            organization_id=org_id,
        )

    type_ids: list[tuple[int, list[tuple[str, str]]]] = []
    for type_name, fields in _ASSET_TYPES.items():
        type_id = add(
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
            add(
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
        type_ids.append((type_id, keys))
    for index in range(flexible_assets):
        org_id = org_ids[index % len(org_ids)]
        type_id, keys = type_ids[index % len(type_ids)]
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
        add(
            "flexible_assets",
            {
                "name": str(next(iter(traits.values()))),
                "traits": traits,
                "organization_id": org_id,
                "flexible_asset_type_id": type_id,
                "archived": False,
            },
        )

    moment = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    for _ in range(logs):
        if rng.random() < 0.6:
            moment += dt.timedelta(seconds=rng.choice((1, 1, 2, 5, 30)))
        log_org = rng.choice(org_ids) if org_ids else None
        add(
            "logs",
            {
                "created_at": stamp(moment),
                "user_id": rng.choice(user_ids) if user_ids else None,
                "organization_id": log_org,
                "action": rng.choice(_ACTIONS),
                "resource_type": rng.choice(_LOG_TYPES),
                "resource_name": "record",
                "ip_address": f"203.0.113.{rng.randrange(1, 255)}",
                "ip_country": "United States",
                "level": 1,
            },
        )
    _documents(add, rng, org_ids, documents)
    return added


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


def _documents(add: Callable[..., int], rng: random.Random, org_ids: list[int], count: int) -> None:
    """Folders, documents and their sections; most documents sit in a folder."""
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
