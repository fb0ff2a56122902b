"""itglue_async: the async Python client for the IT Glue API.

::

    from itglue_async import ITGlue

    async with ITGlue() as client:
        async for org in client.organizations.list():
            print(org.name)
"""

import typing as _typing

from itglue_async import models
from itglue_async._bulk import BulkError, BulkFailure, BulkResult
from itglue_async._client import USE_CLIENT_DEFAULT
from itglue_async._dialect import PageMeta
from itglue_async._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ITGlueError,
    LimiterUnavailableError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from itglue_async._files import FileInput
from itglue_async._generated.itglue import ROUTES, ITGlue
from itglue_async._limiter import Limiter, RateLimit, SlidingWindowLimiter, Slot
from itglue_async._model import UNSET, BaseModel, SecretStr
from itglue_async._pagination import Page, Paginator
from itglue_async._response import RawResponse
from itglue_async._retry import RetryPolicy
from itglue_async._routes import Route
from itglue_async._version import __version__

if _typing.TYPE_CHECKING:
    from itglue_async._redis import RedisLimiter

__all__ = [
    "ROUTES",
    "UNSET",
    "USE_CLIENT_DEFAULT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BaseModel",
    "BulkError",
    "BulkFailure",
    "BulkResult",
    "FileInput",
    "ITGlue",
    "ITGlueError",
    "Limiter",
    "LimiterUnavailableError",
    "NotFoundError",
    "Page",
    "PageMeta",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RedisLimiter",
    "RequestValidationError",
    "RetryPolicy",
    "Route",
    "SecretStr",
    "ServerError",
    "SlidingWindowLimiter",
    "Slot",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "__version__",
    "models",
]


def __getattr__(name: str) -> _typing.Any:
    # RedisLimiter needs the optional redis package: imported on first use, never before.
    if name == "RedisLimiter":
        try:
            from itglue_async._redis import RedisLimiter
        except ImportError as exc:
            if exc.name is not None and exc.name.split(".")[0] != "redis":
                raise
            raise ImportError(
                "RedisLimiter needs the redis package: pip install 'itglue-async[redis]'."
            ) from exc
        return RedisLimiter
    raise AttributeError(f"module 'itglue_async' has no attribute {name!r}")
