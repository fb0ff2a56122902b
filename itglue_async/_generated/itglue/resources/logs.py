# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Logs: Log"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    LOGS_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._routes import Route


class LogsListFilter(TypedDict, total=False):
    """Filters of logs (list); a sequence value matches any of its items."""

    created_at: str | tuple[Any, Any]


LogsListSort = Literal[
    "created_at",
    "-created_at",
]


class Logs(Resource):
    """Logs: Log"""

    @functools.cached_property
    def with_raw_response(self) -> LogsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return LogsWithRawResponse(self)

    def list(
        self,
        *,
        filter: LogsListFilter | None = None,
        sort: LogsListSort | Sequence[LogsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Log]:
        """Get the activity logs for most recent 30 days.

        Get all activity logs of the account for most recent 30 days.

        **IMPORTANT NOTE:** This endpoint is limited to **5** pages of results. If more
        results are desired, setting a larger page [size] will increase the number of
        results per page. To iterate over even more results, use filter [created_at]
        (with created_at sort) to fetch a subset of results based on timestamp, then use
        the last timestamp in the last page the start date in the filter for the next
        request.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: created_at.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = LOGS_LIST, {}
        return self._list(
            route,
            path,
            models.Log,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class LogsWithRawResponse:
    """``Logs``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Logs) -> None:
        self.list = raw_page(resource.list)
