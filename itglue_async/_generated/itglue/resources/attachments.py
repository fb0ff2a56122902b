# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Attachments: An attachment refers to a file upload associated with an asset."""

from __future__ import annotations

import builtins
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
from itglue_async._resource import Resource
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

    @overload
    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        file: FileInput,
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
    ) -> BulkResult[models.Attachment]: ...

    async def create(
        self,
        resource_type: ResourceType,
        resource_id: int,
        file: FileInput | builtins.list[FileInput],
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            ATTACHMENTS_CREATE,
            {"resource_type": resource_type, "resource_id": resource_id},
        )
        data = file_attributes("attachment", file, file_name)
        return await self._create(route, path, models.Attachment, data, timeout=timeout)

    async def update(
        self,
        resource_type: ResourceType,
        resource_id: int,
        id: int,
        data: models.AttachmentUpdateDict | models.AttachmentUpdate | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        """
        route: Route
        path: dict[str, Any]
        route, path = (
            ATTACHMENTS_UPDATE,
            {"resource_type": resource_type, "resource_id": resource_id, "id": id},
        )
        return await self._update(route, path, models.Attachment, data, params={}, timeout=timeout)

    async def bulk_destroy(
        self,
        resource_type: ResourceType,
        resource_id: int,
        ids: Iterable[int] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        )
