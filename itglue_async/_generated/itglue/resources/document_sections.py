# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Document Sections: A section of a document: a block of rich text, a heading, an image gallery or a step."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT,
    DOCUMENT_SECTIONS_DELETE_BY_DOCUMENT,
    DOCUMENT_SECTIONS_GET_BY_DOCUMENT,
    DOCUMENT_SECTIONS_LIST_BY_DOCUMENT,
    DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class DocumentSectionsListFilter(TypedDict, total=False):
    """Filters of document_sections (list); a sequence value matches any of its items."""

    document_id: int
    id: int | Sequence[int]
    resource_type: Literal[
        "Document::Text", "Document::Heading", "Document::Gallery", "Document::Step"
    ]


DocumentSectionsListSort = Literal[
    "sort",
    "-sort",
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class DocumentSections(Resource):
    """Document Sections: A section of a document: a block of rich text, a heading, an image gallery or a step."""

    @functools.cached_property
    def with_raw_response(self) -> DocumentSectionsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DocumentSectionsWithRawResponse(self)

    def list(
        self,
        *,
        document_id: int,
        filter: DocumentSectionsListFilter | None = None,
        sort: DocumentSectionsListSort | Sequence[DocumentSectionsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.DocumentSection]:
        """List a document's sections.

        Returns the sections of a document in their order.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            document_id: required; selects the nested route under this parent.
            filter: narrows the listing; keys: document_id, id, resource_type. A list value
                matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if document_id is not None:
            route, path = DOCUMENT_SECTIONS_LIST_BY_DOCUMENT, {"document_id": document_id}
        else:
            raise RequestValidationError(
                "Pass document_id: this call has no top-level route.",
                parameter="document_id",
            )
        return self._list(
            route,
            path,
            models.DocumentSection,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        document_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DocumentSection:
        """Retrieve a section of a document.

        Returns one section, with its rendered_content.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            id: the record's id.
            document_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if document_id is not None:
            route, path = DOCUMENT_SECTIONS_GET_BY_DOCUMENT, {"document_id": document_id, "id": id}
        else:
            raise RequestValidationError(
                "Pass document_id: this call has no top-level route.",
                parameter="document_id",
            )
        return await self._get(
            route,
            path,
            models.DocumentSection,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.DocumentSectionCreateDict | models.DocumentSectionCreate | Mapping[str, Any],
        *,
        document_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.DocumentSection:
        """Add a section to a document.

        Adds a section; it stays a pending edit until the document is published. A
        heading needs its level (1 to 6); a gallery has no content.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            data: the attributes (snake_case mapping or ``models.DocumentSectionCreate``).
            document_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if document_id is not None:
            route, path = DOCUMENT_SECTIONS_CREATE_BY_DOCUMENT, {"document_id": document_id}
        else:
            raise RequestValidationError(
                "Pass document_id: this call has no top-level route.",
                parameter="document_id",
            )
        return await self._create_one(
            route,
            path,
            models.DocumentSection,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.DocumentSectionUpdateDict | models.DocumentSectionUpdate | Mapping[str, Any],
        *,
        document_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.DocumentSection:
        """Update a section of a document.

        Changes a section; the change stays pending until the document is published. A
        section's resource_type cannot change, and rendered_content is read-only.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            document_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if document_id is not None:
            route, path = (
                DOCUMENT_SECTIONS_UPDATE_BY_DOCUMENT,
                {"document_id": document_id, "id": id},
            )
        else:
            raise RequestValidationError(
                "Pass document_id: this call has no top-level route.",
                parameter="document_id",
            )
        return await self._update(
            route,
            path,
            models.DocumentSection,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def delete(
        self,
        id: int,
        *,
        document_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a section of a document.

        Deletes one section.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            id: the record's id.
            document_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if document_id is not None:
            route, path = (
                DOCUMENT_SECTIONS_DELETE_BY_DOCUMENT,
                {"document_id": document_id, "id": id},
            )
        else:
            raise RequestValidationError(
                "Pass document_id: this call has no top-level route.",
                parameter="document_id",
            )
        await self._delete(route, path, timeout=timeout, extras=extras(extra_query, extra_headers))


class DocumentSectionsWithRawResponse:
    """``DocumentSections``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: DocumentSections) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.delete = raw_response(resource.delete)
