# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Attachments: An attachment refers to a file upload associated with an asset."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._files import FileInput, file_attributes
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    ATTACHMENTS_BULK_DESTROY,
    ATTACHMENTS_CREATE,
    ATTACHMENTS_UPDATE,
)
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route

ResourceType = Literal[
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
]


class Attachments(Resource):
    """Attachments: An attachment refers to a file upload associated with an asset."""

    @functools.cached_property
    def with_raw_response(self) -> AttachmentsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return AttachmentsWithRawResponse(self)

    @overload
    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        file: FileInput,
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Attachment: ...

    @overload
    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        file: builtins.list[FileInput],
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Attachment]: ...

    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        file: FileInput | builtins.list[FileInput],
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Attachment | BulkResult[models.Attachment]:
        """Create an attachment for a specific object ID.

        Attaches a file to the asset specified in the ID parameter. Returns the created
        object if successful. Can also be used to add multiple attachments to an asset
        in bulk.

        Attachments are uploaded by including media data on the asset the attachment is
        associated with. Attachments can be encoded and passed in JSON format for direct
        upload, in which case the file has to be strict encoded. You need to convert it
        using something like [www.freeformatter.com/base64-
        encoder.html](https://www.freeformatter.com/base64-encoder.html). This produces
        a string of text that goes into the `content` field. Note that the name of the
        attachment displayed on the asset view screen will be taken from the `file_name`
        attribute.

        Multipart requests can also be used to create attachment with uploaded file.

        Args:
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            file: a ``pathlib.Path``, raw ``bytes`` or a ``(name, bytes)`` pair; a list of
                them attaches several files in bulk. Sent base64-encoded.
            file_name: the displayed name when ``file`` carries none (default ``"file"``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            ATTACHMENTS_CREATE,
            {"resource_type": resource_type, "resource_id": resource_id},
        )
        data = file_attributes("attachment", file, file_name)
        return await self._create(
            route,
            path,
            models.Attachment,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        resource_type: ResourceType,
        resource_id: int,
        id: int,
        data: models.AttachmentUpdateDict | models.AttachmentUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Attachment:
        """Update an attachment for a particular resource.

        Updates the details of an existing attachment. Only the attachment name that is
        displayed on the asset view screen can be changed. The original `file_name`
        can't be changed.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            ATTACHMENTS_UPDATE,
            {"resource_type": resource_type, "resource_id": resource_id, "id": id},
        )
        return await self._update(
            route,
            path,
            models.Attachment,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        resource_type: ResourceType,
        resource_id: int,
        ids: Iterable[int] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Attachment]:
        """Delete multiple attachments.

        Deletes one or more specified attachments. Returns the deleted attachments and a
        200 status code if successful.

        Args:
            ids: the ids to delete.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            resource_type: the parent resource type (one of the documented values).
            resource_id: the parent record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            ATTACHMENTS_BULK_DESTROY,
            {"resource_type": resource_type, "resource_id": resource_id},
        )
        return await self._bulk_destroy(
            route,
            path,
            models.Attachment,
            ids,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class AttachmentsWithRawResponse:
    """``Attachments``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Attachments) -> None:
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
