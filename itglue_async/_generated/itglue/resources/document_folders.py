# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Document Folders: A folder of an organization's documents."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._errors import RequestValidationError
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOCUMENT_FOLDERS_GET_BY_ORGANIZATION,
    DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._response import raw_response
from itglue_async._routes import Route


class DocumentFoldersListFilter(TypedDict, total=False):
    """Filters of document_folders (list); a sequence value matches any of its items."""

    id: int | Sequence[int]
    parent_id: int


DocumentFoldersListSort = Literal[
    "name",
    "-name",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
]


class DocumentFolders(Resource):
    """Document Folders: A folder of an organization's documents."""

    @functools.cached_property
    def with_raw_response(self) -> DocumentFoldersWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return DocumentFoldersWithRawResponse(self)

    def list(
        self,
        *,
        organization_id: int,
        filter: DocumentFoldersListFilter | None = None,
        sort: DocumentFoldersListSort | Sequence[DocumentFoldersListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.DocumentFolder]:
        """List an organization's document folders.

        Returns the document folders of an organization.

        Added after the reference this client was generated from. Source: document
        folders reached API keys during 2026; WYRE-AI/itglue-mcp pull request 71; issue
        threads of public clients (401 "Only supported for JWT requests" on some
        accounts). Confidence: medium.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            organization_id: required; selects the nested route under this parent.
            filter: narrows the listing; keys: id, parent_id. A list value matches any of its
                items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                DOCUMENT_FOLDERS_LIST_BY_ORGANIZATION,
                {"organization_id": organization_id},
            )
        else:
            raise RequestValidationError(
                "Pass organization_id: this call has no top-level route.",
                parameter="organization_id",
            )
        return self._list(
            route,
            path,
            models.DocumentFolder,
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
        organization_id: int,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DocumentFolder:
        """Retrieve a document folder.

        Returns one document folder of an organization.

        Added after the reference this client was generated from. Source: document
        folders reached API keys during 2026; WYRE-AI/itglue-mcp pull request 71.
        Confidence: medium.

        Args:
            id: the record's id.
            organization_id: required; selects the nested route under this parent.
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        if organization_id is not None:
            route, path = (
                DOCUMENT_FOLDERS_GET_BY_ORGANIZATION,
                {"organization_id": organization_id, "id": id},
            )
        else:
            raise RequestValidationError(
                "Pass organization_id: this call has no top-level route.",
                parameter="organization_id",
            )
        return await self._get(
            route,
            path,
            models.DocumentFolder,
            include=None,
            params={},
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class DocumentFoldersWithRawResponse:
    """``DocumentFolders``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: DocumentFolders) -> None:
        self.list = raw_page(resource.list)
        self.get = raw_response(resource.get)
