# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Document Images: An image placed in a document's text section or gallery."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._files import FileInput, one_file
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOCUMENT_IMAGES_CREATE,
    DOCUMENT_IMAGES_DELETE,
    DOCUMENT_IMAGES_GET,
)
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class DocumentImages(Resource):
    """Document Images: An image placed in a document's text section or gallery."""

    @functools.cached_property
    def with_raw_response(self) -> DocumentImagesWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DocumentImagesWithRawResponse(self)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DocumentImage:
        """Retrieve a document image.

        Returns an image's details and its links (the pre-signed ones expire after about
        an hour).

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: medium.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENT_IMAGES_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.DocumentImage,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        target: Mapping[str, Any],
        file: FileInput,
        *,
        file_name: str | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.DocumentImage:
        """Upload an image into a document.

        Uploads an image into a document's text (target type document) or into a gallery
        section (target type gallery), base64-encoded as the API requires.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: medium.

        Args:
            target: the route's target attribute.
            file: a ``pathlib.Path``, raw ``bytes`` or a ``(name, bytes)`` pair; sent
                base64-encoded.
            file_name: the name when ``file`` carries none (default ``"file"``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENT_IMAGES_CREATE, {}
        data = {"target": target, **one_file("image", file, file_name)}
        return await self._create_one(
            route,
            path,
            models.DocumentImage,
            data,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a document image.

        Deletes an image.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: medium.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENT_IMAGES_DELETE, {"id": id}
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class DocumentImagesWithRawResponse:
    """``DocumentImages``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: DocumentImages) -> None:
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
