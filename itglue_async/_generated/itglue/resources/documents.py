# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Documents: Document"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOCUMENTS_BULK_DESTROY,
    DOCUMENTS_BULK_UPDATE,
    DOCUMENTS_CREATE,
    DOCUMENTS_CREATE_BY_ORGANIZATION,
    DOCUMENTS_GET,
    DOCUMENTS_GET_BY_ORGANIZATION,
    DOCUMENTS_LIST_BY_ORGANIZATION,
    DOCUMENTS_PUBLISH,
    DOCUMENTS_UPDATE,
    DOCUMENTS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class DocumentsListFilter(TypedDict, total=False):
    """Filters of documents (list); a sequence value matches any of its items."""

    document_folder_id: int
    id: int | Sequence[int]


DocumentsListSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]

DocumentsGetInclude = Literal[
    "attachments",
    "related_items",
]


class Documents(Resource):
    """Documents: Document"""

    @functools.cached_property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DocumentsWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int,
        filter: DocumentsListFilter | None = None,
        sort: DocumentsListSort | Sequence[DocumentsListSort] | None = None,
        root_only: bool = False,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Document]:
        """List an organization's documents.

        Returns the documents of an organization, those in folders included: without a
        folder filter the API lists only the documents at the organization's root, so
        the client asks for every folder unless you name one (filter document_folder_id)
        or pass root_only=True.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands); WYRE-AI/itglue-mcp pull request 71 (the folder filter).
        Confidence: high.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: required; selects the nested route under this parent.
            filter: narrows the listing; keys: document_folder_id, id. A list value matches any
                of its items.
            sort: sort field(s); prefix ``-`` for descending.
            root_only: list only the documents at the organization's root, not those in folders.
                Without it the client sends ``document_folder_id=null``.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = DOCUMENTS_LIST_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            raise RequestValidationError(
                "Pass organization_id: this call has no top-level route.",
                parameter="organization_id",
            )
        return self._list(
            route,
            path,
            models.Document,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            options={
                "root_only": root_only,
            },
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def get(
        self,
        id: int,
        *,
        organization_id: int | None = None,
        include: DocumentsGetInclude | Sequence[DocumentsGetInclude] | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Document:
        """Retrieve a document.

        Returns a document, its content an HTML string (older documents) or a list of
        section blocks.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            id: the record's id.
            organization_id: selects the nested route under this parent.
            include: related resources to include; reach them with ``item.related(name)``.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                DOCUMENTS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = DOCUMENTS_GET, {"id": id}
        return await self._get(
            route,
            path,
            models.Document,
            include=include,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def create(
        self,
        data: models.DocumentCreateDict | models.DocumentCreate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Document:
        """Create a document.

        Creates a draft document: it stays unpublished until documents.publish(id).
        Write its body as sections (document_sections.create); content sent here is not
        stored.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands). Confidence: high.

        Args:
            data: the attributes (snake_case mapping or ``models.DocumentCreate``).
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = DOCUMENTS_CREATE_BY_ORGANIZATION, {"organization_id": organization_id}
        else:
            route, path = DOCUMENTS_CREATE, {}
        return await self._create_one(
            route,
            path,
            models.Document,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def update(
        self,
        id: int,
        data: models.DocumentUpdateDict | models.DocumentUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> models.Document:
        """Update a document.

        Updates an existing document. Returns the updated object if successful.

        A PATCH request does not require that the entire object resource with all of its
        attributes be enclosed. Any attributes you don't specify will remain unchanged.

        Args:
            id: the record's id.
            data: the attributes to change; keys left out stay unchanged, ``None`` clears.
            organization_id: selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                DOCUMENTS_UPDATE_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            route, path = DOCUMENTS_UPDATE, {"id": id}
        return await self._update(
            route,
            path,
            models.Document,
            data,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_update(
        self,
        items: Iterable[models.DocumentUpdateDict | models.DocumentUpdate | Mapping[str, Any]],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_attributes: Mapping[str, Any] | None = None,
    ) -> BulkResult[models.Document]:
        """Update multiple documents.

        Updates a list of items, also known as bulk updating.

        The bulk update PATCH format is one that is similar to the response returned
        from a GET on a list resource. It will accept a partial representation of
        objects, as long as the required parameters are present. Any attributes you
        don't specify will remain unchanged.

        Bulk updates using a nested relationships route are not supported.

        Args:
            items: one mapping per record, each with its ``id`` and the attributes to change: a
                list (checked in full before anything is sent) or any iterable, a generator
                included (read as chunks are sent; an item that does not validate is reported in
                ``failed``).
            chunk_size: items per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``), for jobs too large to hold them.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
            extra_attributes: attributes merged into each record's, keys as the wire spells
                them, sent as given, unchecked.
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENTS_BULK_UPDATE, {}
        return await self._bulk_update(
            route,
            path,
            models.Document,
            items,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers, extra_attributes),
        )

    async def bulk_destroy(
        self,
        ids: Iterable[int] | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> BulkResult[models.Document]:
        """Delete documents.

        Deletes documents by id; there is no route that deletes a single document.

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; the Celerium.ITGlue PowerShell module (its Document, DocumentSection and
        DocumentImage commands); issue threads of public clients (204 without a body).
        Confidence: high.

        The API answers with no body: the ids of each chunk it accepted count as deleted, and
        ``succeeded`` holds models that carry only their id.

        Args:
            ids: the ids to delete.
            chunk_size: ids per request; chunks run concurrently under the rate limit.
            keep_models: keep the records the API answers with in ``succeeded``; ``False``
                keeps only their ids (``succeeded_ids``).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENTS_BULK_DESTROY, {}
        return await self._bulk_destroy(
            route,
            path,
            models.Document,
            ids,
            filter=None,
            chunk_size=chunk_size,
            keep_models=keep_models,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )

    async def publish(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.Document | None:
        """Publish a document.

        Publishes a draft document, or the pending edits of its sections. Sends no body;
        the API may answer with the document or with nothing (then this returns None).

        Added after the reference this client was generated from. Source: IT Glue
        release V1.118.103 (2026-01-27) added documents, sections and images for API
        keys; issue threads of public clients (no body; POST there is 404; the answer
        may be empty). Confidence: high.

        Returns the record the API answers with, or ``None`` when it answers with nothing.

        Args:
            id: the record's id.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = DOCUMENTS_PUBLISH, {"id": id}
        answer: models.Document | None = await self._action(
            route,
            path,
            models.Document,
            None,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )
        return answer


class DocumentsWithRawResponse:
    """``Documents``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Documents) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.publish = raw_response(resource.publish)
