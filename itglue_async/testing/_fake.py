"""``FakeITGlue``: an in-memory IT Glue that answers every documented route.

It is the fake API engine with IT Glue's generated route tables and the JSON:API wire; the
engine's handlers know neither. What is IT Glue's own (documents stay drafts until published,
a document's folder must be of its organization, routes an account keeps for JWT logins) is
here, in the engine's hooks.
"""

from __future__ import annotations

import base64
import datetime as dt
import mimetypes
import random
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from itglue_async._api import ApiDescription
from itglue_async._generated.itglue import API, ROUTES, ITGlue
from itglue_async._limiter import RateLimit
from itglue_async._routes import Route
from itglue_async.testing._engine import FakeAPI
from itglue_async.testing._faults import Faults
from itglue_async.testing._jsonapi import JsonApiWire
from itglue_async.testing._seed import populate
from itglue_async.testing._wire import Answer, Query, Reply

_ATTACHMENT_NAMES = (
    "warranty-{number}.pdf",
    "rack-photo-{number}.jpg",
    "license-{number}.txt",
    "network-diagram-{number}.png",
)

_API_RATE_LIMIT = RateLimit(API.rate_limit_requests, API.rate_limit_per)


class FakeITGlue(FakeAPI[ITGlue]):
    """An in-memory IT Glue for tests and demos, built from the client's route tables.

    Use it in-process (``fake.client()``, or ``ITGlue(api_key=key, base_url=fake.base_url,
    transport=fake.transport)``) or over loopback HTTP (``async with fake.serve() as
    base_url:``). It enforces ``rate_limit`` as a sliding window (429 with ``Retry-After``),
    checks the ``x-api-key`` header (401 without it, or with another key when ``api_key`` is
    set), validates queries and bodies against the documented routes, and injects the
    ``faults`` you configure. Every request lands in ``requests``.

    Documents behave as the live API's do: a listing without ``filter[document_folder_id]``
    holds only the organization's root-level documents (``null`` lists them all), new
    documents and section edits leave the document unpublished until ``publish``, and a
    folder of another organization (or none at all) is refused with 422. ``jwt_only`` names
    resources whose routes answer 401 "Only supported for JWT requests", as on accounts that
    have not enabled them for API keys (``jwt_only={"document_folders"}``).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        rate_limit: RateLimit | None = _API_RATE_LIMIT,
        retry_after: bool = True,
        faults: Faults | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        routes: Sequence[Route] = ROUTES,
        api: ApiDescription = API,
        jwt_only: Collection[str] = (),
    ) -> None:
        unknown = sorted(set(jwt_only) - {r.resource for r in routes})
        if unknown:
            raise ValueError(f"jwt_only names no resource of the API: {', '.join(unknown)}.")
        self.jwt_only = frozenset(jwt_only)
        super().__init__(
            api=api,
            routes=routes,
            wire=JsonApiWire(media_type=api.dialect.media_type),
            client_class=ITGlue,
            api_key=api_key,
            rate_limit=rate_limit,
            retry_after=retry_after,
            faults=faults,
            clock=clock,
            now=now,
        )

    def populate(self, *, attachments: int = 0, **sizes: Any) -> dict[str, int]:
        """Fill the store with realistic, seeded data; see ``itglue_async.testing.populate``.

        ``attachments`` uploads that many small files onto configurations, passwords and
        contacts, stored as the API lists them (``include=attachments``).
        """
        if isinstance(attachments, bool) or not isinstance(attachments, int) or attachments < 0:
            raise ValueError(f"attachments must be a count of 0 or more, got {attachments!r}.")
        added = populate(self, **sizes)
        owners = [
            (resource, ident)
            for resource in ("configurations", "passwords", "contacts")
            for ident in self.ids(resource)
        ]
        if attachments and not owners:
            raise ValueError("attachments need configurations, passwords or contacts to hang on.")
        rng = random.Random(sizes.get("seed", 0))
        for number in range(attachments):
            resource, owner = rng.choice(owners)
            name = rng.choice(_ATTACHMENT_NAMES).format(number=number)
            upload = {"content": base64.b64encode(name.encode() * 40).decode(), "file_name": name}
            ident = self.add(
                "attachments",
                {"attachment": upload},
                resource_type=resource,
                resource_id=owner,
            )
            self._attachment_written(ident)
        if attachments:
            added["attachments"] = attachments
        return added

    def move_on(self, day: int) -> None:
        """What a day brings to a seeded account: a few configurations get notes, a document
        is renamed, a contact retired and a configuration added (``day`` picks which)."""
        configurations = self.ids("configurations")
        for ident in configurations[day % 7 :: 97][:3]:
            self.store.update("configurations", ident, {"notes": f"Checked on day {day}."})
        documents = self.ids("documents")
        if documents:
            self.store.update(
                "documents", documents[day % len(documents)], {"name": f"Runbook v{day}"}
            )
        contacts = self.ids("contacts")
        if contacts:
            self.store.delete("contacts", contacts[day % len(contacts)])
        organizations = self.ids("organizations")
        if organizations:
            org = organizations[0]
            self.add(
                "configurations",
                {"name": f"new-{day:03d}", "organization_id": org, "archived": False},
                organization_id=org,
            )

    # -- IT Glue's own rules, in the engine's hooks ----------------------------------------

    def admit(self, route: Route, query: Query) -> None:
        if route.resource in self.jwt_only:
            raise Reply(401, "Only supported for JWT requests")

    def check(
        self,
        route: Route,
        params: Mapping[str, Any],
        values: Mapping[str, Any],
        ident: int | None,
        pointer: str,
    ) -> None:
        if route.resource == "document_images" and ident is None:
            self._check_target(values, pointer)
            return
        if route.resource != "documents":
            return
        folder_key = self.wire.name("document_folder_id")
        folder = values.get(folder_key)
        if folder is None:
            return
        org_key = self.wire.name("organization_id")
        if ident is None:
            org = params.get("organization_id", values.get(org_key))
        else:
            org = self.store.tables["documents"][ident].get(org_key)
        stored = self.store.tables["document_folders"].get(_as_int(folder) or 0)
        if stored is None or str(stored.get(org_key)) != str(org):
            raise Reply(
                422,
                f"document_folder_id {folder} is not a folder of organization {org}.",
                pointer=f"{pointer}/{folder_key}",
            )

    def _check_target(self, values: Mapping[str, Any], pointer: str) -> None:
        target = values.get("target") or {}
        kind, ident = target.get("type"), _as_int(target.get("id"))
        if kind == "document":
            found = ident in self.store.tables["documents"]
        else:
            section = self.store.tables["document_sections"].get(ident or 0)
            found = (
                section is not None
                and section.get(self.wire.name("resource_type")) == "Document::Gallery"
            )
        if not found:
            where = "document" if kind == "document" else "gallery section"
            raise Reply(422, f"No {where} with id {target.get('id')}.", pointer=f"{pointer}/target")

    def _image_written(self, ident: int) -> None:
        """A stored upload as the API describes it: its name, size, owner and links."""
        record = self.store.tables["document_images"][ident]
        target, image = record.pop("target"), record.pop("image")
        name = self.wire.name
        size = len(base64.b64decode(str(image.get("content", "")), validate=False))
        base = f"{self.base_url}/document_images/{ident}"
        if target["type"] == "document":
            document, gallery = _as_int(target["id"]), None
        else:
            gallery = _as_int(target["id"])
            section = self.store.tables["document_sections"][gallery or 0]
            document = _as_int(section.get(name("document_id")))
        record.update(
            {
                name("name"): image.get(name("file_name")),
                name("size"): size,
                name("document_id"): document,
                name("document_gallery_id"): gallery,
                name("inline_resource_url"): f"/document_images/{ident}/inline",
                name("original_src"): f"{base}/original?signature=fake",
                name("slim_src"): f"{base}/slim?signature=fake",
                name("thumbnail_src"): f"{base}/thumbnail?signature=fake",
            }
        )

    def _attachment_written(self, ident: int) -> None:
        """A stored upload as the API lists it (the reference's included example): metadata
        and a download link, not the content."""
        record = self.store.tables["attachments"][ident]
        upload = record.pop(self.wire.name("attachment"), None) or {}
        file_name = str(upload.get("file_name") or "attachment")
        size = len(base64.b64decode(str(upload.get("content", "")), validate=False))
        name = self.wire.name
        record.update(
            {
                name("name"): file_name,
                name("attachment_file_name"): file_name,
                name("attachment_content_type"): (
                    mimetypes.guess_type(file_name)[0] or "application/octet-stream"
                ),
                name("attachment_file_size"): size,
                name("ext"): file_name.rpartition(".")[2] if "." in file_name else "",
                name("viewable"): False,
                name("download_url"): f"{self.base_url}/attachments/{ident}",
            }
        )

    def written(self, route: Route, params: Mapping[str, Any], ids: Sequence[int]) -> None:
        published = self.wire.name("published")
        if route.resource == "attachments" and route.kind == "create":
            for ident in ids:
                self._attachment_written(ident)
        elif route.resource == "document_images" and route.kind == "create":
            for ident in ids:
                self._image_written(ident)
        elif route.resource == "documents" and route.kind == "create":
            for ident in ids:
                self.store.tables["documents"][ident][published] = False
        elif (
            route.resource == "document_sections"
            and params["document_id"] in self.store.tables["documents"]
        ):
            # A section edit changes its document (updated_at moves) and waits for publish.
            self.store.update("documents", params["document_id"], {published: False})

    def act(
        self, route: Route, params: dict[str, Any], values: dict[str, Any]
    ) -> tuple[int, Answer | None]:
        if route.resource == "documents" and route.operation == "publish":
            self.store.update("documents", params["id"], {self.wire.name("published"): True})
            return 200, self._answer_for("documents", [params["id"]], None, single=True)
        return super().act(route, params, values)


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


__all__ = ["FakeITGlue"]
