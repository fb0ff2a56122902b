"""Type-checked, never run: shows what mypy accepts and refuses in the public API."""

from __future__ import annotations

from itglue_async import BulkResult, ITGlue, Page, models


async def accepted(client: ITGlue) -> None:
    org: models.Organization = await client.organizations.get(2)
    page: Page[models.Configuration] = await client.configurations.list(
        organization_id=2,
        filter={"configuration_type_id": 65, "archived": False},
        sort="-updated_at",
        include=["configuration_interfaces"],
        page_size=1000,
    )
    async for cfg in client.configurations.list(filter={"name": ["a", "b"]}):
        reveal = cfg.name
        del reveal
    result: BulkResult[models.Configuration] = await client.configurations.bulk_update(
        [{"id": 455, "location_id": 126}]
    )
    await client.attachments.create("configurations", 1, ("a.txt", b"hi"))
    del org, page, result


async def documents(client: ITGlue) -> None:
    import pathlib

    doc: models.Document = await client.documents.get(10)
    body: str | list[object] | None = doc.content
    new = await client.documents.create(
        {"name": "Runbook", "document_folder_id": 7}, organization_id=2
    )
    published: models.Document | None = await client.documents.publish(new.id)
    async for d in client.documents.list(organization_id=2, root_only=True):
        del d
    section: models.DocumentSection = await client.document_sections.create(
        {"resource_type": "Document::Heading", "content": "Steps", "level": 2}, document_id=10
    )
    image: models.DocumentImage = await client.document_images.create(
        {"type": "document", "id": 10}, pathlib.Path("a.png")
    )
    folders: list[models.DocumentFolder] = await client.document_folders.list(
        organization_id=2
    ).collect()
    del body, published, section, image, folders


async def refused(client: ITGlue) -> None:
    client.configurations.list(filter={"nmae": "x"})  # type: ignore[arg-type]
    client.configurations.list(sort="-nmae")  # type: ignore[arg-type]
    client.configurations.list(include=["configuration_interfacez"])  # type: ignore[list-item]
    await client.attachments.create("not_a_type", 1, b"x")  # type: ignore[call-overload]
    # filter[name] is ignored by the API, so it is not offered.
    client.documents.list(organization_id=2, filter={"name": "x"})  # type: ignore[arg-type]
    client.documents.list(organization_id=2, sort="title")  # type: ignore[arg-type]


async def with_the_fake() -> None:
    from itglue_async import RateLimit
    from itglue_async.testing import FakeITGlue, Faults

    fake = FakeITGlue(rate_limit=RateLimit(50, 1.0), faults=Faults(error_rate=0.1, seed=1))
    counts: dict[str, int] = fake.populate(organizations=2, configurations=10, seed=1)
    ident: int = fake.add("organizations", {"name": "Acme"})
    async with fake.client(max_concurrency=4) as client:
        merged: models.FlexibleAsset = await client.flexible_assets.merge_traits(
            1, {"a": 1}, remove=["b"]
        )
    async with fake.serve() as base_url:
        url: str = base_url
    fake.faults.fail_next(2, status=502)
    del counts, ident, merged, url


async def bluetally_accepted() -> None:
    import datetime

    from itglue_async.bluetally import BlueTally
    from itglue_async.bluetally import models as bt

    async with BlueTally(tenant_id=3) as client:
        asset: bt.Asset = await client.assets.get(5)
        async for item in client.assets.list(filter={"status_id": 2}, sort="-purchase_date"):
            serial: str | None = item.asset_serial
            del serial
        await client.checkout.asset(
            {"asset_id": 5, "employee_id": 3, "checkout_date": datetime.date(2026, 1, 5)}
        )
        tenants: list[bt.Tenant] = await client.tenants.list().collect()
        del asset, tenants


async def bluetally_refused() -> None:
    from itglue_async.bluetally import BlueTally

    async with BlueTally(region="us") as client:  # type: ignore[call-arg]
        client.assets.list(sort=["asset_id", "-notes"])  # type: ignore[arg-type]
        client.assets.list(filter={"colour": "red"})  # type: ignore[arg-type]


async def sdk_conventions(client: ITGlue) -> None:
    from itglue_async import RawResponse
    from itglue_async.bluetally import BlueTally
    from itglue_async.bluetally import models as bt_models

    fast: ITGlue = client.with_options(timeout=5.0, max_retries=0, headers={"X-Trace": "t1"})
    cfg: models.Configuration = await fast.configurations.get(1)
    raw: RawResponse[models.Configuration] = await client.configurations.with_raw_response.get(
        1, include=["configuration_interfaces"]
    )
    status: int = raw.status_code
    parsed: models.Configuration = raw.parse()
    first: RawResponse[
        Page[models.Configuration]
    ] = await client.configurations.with_raw_response.list(filter={"archived": False})
    created: RawResponse[models.Document] = await client.documents.with_raw_response.create(
        {"name": "Runbook"}, organization_id=2
    )
    await client.configurations.list(extra_query={"filter[psa_integration_type]": "x"})
    await client.configurations.update(
        1, {"name": "a"}, extra_attributes={"undocumented-key": 1}, extra_headers={"X-T": "t"}
    )
    async with BlueTally(api_key="k") as bt:
        asset: RawResponse[bt_models.Asset] = await bt.with_options(
            timeout=2.0
        ).assets.with_raw_response.get(5)
    del cfg, status, parsed, first, created, asset


async def sdk_conventions_refused(client: ITGlue) -> None:
    await client.configurations.with_raw_response.bulk_update([])  # type: ignore[attr-defined]
    await client.configurations.get(1, extra_attributes={"a": 1})  # type: ignore[call-arg]
    client.with_options(timeout="soon")  # type: ignore[arg-type]
