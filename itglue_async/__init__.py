"""itglue_async: the async Python client for the IT Glue API.

::

    from itglue_async import ITGlue

    async with ITGlue() as client:
        async for org in client.organizations.list():
            print(org.name)
"""

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
from itglue_async._retry import RetryPolicy
from itglue_async._routes import Route
from itglue_async._version import __version__

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
    "NotFoundError",
    "Page",
    "PageMeta",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
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
