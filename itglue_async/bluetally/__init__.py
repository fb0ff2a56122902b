"""itglue_async.bluetally: the async client for the BlueTally API, on the same core as IT Glue.

::

    from itglue_async.bluetally import BlueTally

    async with BlueTally() as bt:                      # key from BLUETALLY_API_KEY
        async for asset in bt.assets.list(filter={"status_id": 2}, sort="-purchase_date"):
            print(asset.asset_id, asset.asset_name)

The errors, ``RateLimit`` and the limiter are those of ``itglue_async``, re-exported here.
"""

from itglue_async._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ITGlueError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from itglue_async._generated.bluetally import ROUTES, BlueTally
from itglue_async._limiter import Limiter, RateLimit
from itglue_async._pagination import Page, Paginator
from itglue_async._response import RawResponse
from itglue_async.bluetally import models

__all__ = [
    "ROUTES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BlueTally",
    "ITGlueError",
    "Limiter",
    "NotFoundError",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RequestValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "models",
]
