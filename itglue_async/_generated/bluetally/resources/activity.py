# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Activity: Activity in BlueTally. Routes: Returns all activity log entries."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import Any, Literal, TypedDict

import httpx

from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._generated.bluetally import models
from itglue_async._generated.bluetally.routes import (
    ACTIVITY_LIST,
)
from itglue_async._pagination import Paginator, raw_page
from itglue_async._resource import Resource, extras
from itglue_async._routes import Route


class ActivityListFilter(TypedDict, total=False):
    """Filters of activity (list); a sequence value matches any of its items."""

    accessory_id: int
    asset_id: int
    component_id: int
    consumable_id: int
    date_from: str | datetime.date
    date_to: str | datetime.date
    employee_email: str
    employee_id: int
    event: Literal[
        "Create", "Update", "Delete", "Checkin", "Checkout", "Complete", "Schedule", "Recover"
    ]
    license_id: int
    type: Literal[
        "Asset", "Accessory", "Component", "Consumable", "License", "Maintenance", "Audit"
    ]
    user_email: str
    user_id: int


ActivityListSort = Literal[
    "created_at",
    "-created_at",
]


class Activity(Resource):
    """Activity: Activity in BlueTally. Routes: Returns all activity log entries."""

    @functools.cached_property
    def with_raw_response(self) -> ActivityWithRawResponse:
        """These methods as they answer: each sends its one request and returns a
        ``RawResponse`` (``status_code``, ``headers``, ``http_response``, and ``parse()`` for
        what the plain method returns). Bulk methods, which send many requests, have none."""
        return ActivityWithRawResponse(self)

    def list(
        self,
        *,
        filter: ActivityListFilter | None = None,
        sort: ActivityListSort | None = None,
        page_size: int | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Paginator[models.Activity]:
        """Returns all activity log entries.

        ``await`` the result for the first page; ``async for`` it for every item of every
        page (pages after the first are fetched concurrently, yielded in order).

        Args:
            filter: narrows the listing; keys: accessory_id, asset_id, component_id,
                consumable_id, date_from, date_to, employee_email, employee_id, event,
                license_id, type, user_email, user_id.
            sort: the column to sort by; prefix ``-`` for descending.
            page_size: records per page, 1 to 1000 (default 1000).
            timeout: seconds (or ``httpx.Timeout``) for this call instead of the client's.
            extra_query: query parameters sent as given, unchecked (the escape hatch).
            extra_headers: headers sent with this call's request(s).
        """
        route: Route
        path: dict[str, Any]
        route, path = ACTIVITY_LIST, {}
        return self._list(
            route,
            path,
            models.Activity,
            filter=filter,
            sort=sort,
            include=None,
            page_size=page_size,
            timeout=timeout,
            extras=extras(extra_query, extra_headers),
        )


class ActivityWithRawResponse:
    """``Activity``' methods that send one request, each answering a ``RawResponse``."""

    def __init__(self, resource: Activity) -> None:
        self.list = raw_page(resource.list)
