# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""User Metrics: A user metric refers to a raw metric used to calculate the reputation score of a user."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.itglue import models
from itglue_async._generated.itglue.routes import (
    USER_METRICS_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._routes import Route


class UserMetricsListFilter(TypedDict, total=False):
    """Filters of user_metrics (list); a sequence value matches any of its items."""

    date: str | tuple[Any, Any]
    organization_id: int | Sequence[int]
    resource_type: str | Sequence[str]
    user_id: int | Sequence[int]


UserMetricsListSort = Literal[
    "id",
    "-id",
    "created",
    "-created",
    "viewed",
    "-viewed",
    "edited",
    "-edited",
    "deleted",
    "-deleted",
    "date",
    "-date",
]


class UserMetrics(Resource):
    """User Metrics: A user metric refers to a raw metric used to calculate the reputation score of a user."""

    @functools.cached_property
    def with_raw_response(self) -> UserMetricsWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return UserMetricsWithRawResponse(self)

    def list(
        self,
        *,
        filter: UserMetricsListFilter | None = None,
        sort: UserMetricsListSort | Sequence[UserMetricsListSort] | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.UserMetric]:
        """List all user metrics.

        Returns a list of the user metrics in your account.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: date, organization_id, resource_type, user_id. A
                list value matches any of its items.
            sort: sort field(s); prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = USER_METRICS_LIST, {}
        return self._list(
            route,
            path,
            models.UserMetric,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class UserMetricsWithRawResponse:
    """``UserMetrics``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: UserMetrics) -> None:
        self.list = raw_page(resource.list)
