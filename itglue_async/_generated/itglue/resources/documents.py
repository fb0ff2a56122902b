# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Documents: Document"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from itglue_async._bulk import DEFAULT_CHUNK_SIZE, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    DOCUMENTS_BULK_UPDATE,
    DOCUMENTS_UPDATE,
    DOCUMENTS_UPDATE_BY_ORGANIZATION,
)
from itglue_async._resource import Resource
from itglue_async._routes import Route


class Documents(Resource):
    """Documents: Document"""

    async def update(
        self,
        id: int,
        data: models.DocumentUpdateDict | models.DocumentUpdate | Mapping[str, Any],
        *,
        organization_id: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        return await self._update(route, path, models.Document, data, params={}, timeout=timeout)

    async def bulk_update(
        self,
        items: Iterable[models.DocumentUpdateDict | models.DocumentUpdate | Mapping[str, Any]],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        keep_models: bool = True,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
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
        )
