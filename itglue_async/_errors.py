"""The exception hierarchy of itglue_async.

::

    ITGlueError
    ├── RequestValidationError (also ValueError)   raised before anything is sent
    ├── APIConnectionError                          the request did not get an answer
    │   └── APITimeoutError
    └── APIError                                    the API answered with an error status
        ├── BadRequestError             400
        ├── AuthenticationError         401
        ├── PermissionDeniedError       403
        ├── NotFoundError               404
        ├── UnsupportedMediaTypeError   415
        ├── UnprocessableEntityError    422
        ├── RateLimitError              429
        └── ServerError                 5xx

Every error raised after a request was built carries ``.request`` (an ``httpx.Request`` whose
API key header is redacted) and, when the API answered, ``.response``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx


class ITGlueError(Exception):
    """Root of every error raised by itglue_async."""


class RequestValidationError(ITGlueError, ValueError):
    """The call's arguments do not fit the documented route; nothing was sent."""

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class APIConnectionError(ITGlueError):
    """The request could not be completed: connection refused, reset or dropped."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out before an answer arrived."""


class APIError(ITGlueError):
    """The API answered with an error status.

    ``errors`` holds the error objects of the body as the API's wire format gives them (for
    IT Glue, JSON:API's ``status``, ``title``, ``detail``, ``source.pointer``), or an empty list
    when the body had none.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        errors: Sequence[Mapping[str, Any]] = (),
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.errors = [dict(e) for e in errors]
        self.request = request
        self.response = response


class BadRequestError(APIError):
    """400: the API could not read the request."""


class AuthenticationError(APIError):
    """401: the API key was missing, wrong or revoked for this region."""


class PermissionDeniedError(APIError):
    """403: the key is valid but not allowed to do this (or belongs to another region)."""


class NotFoundError(APIError):
    """404: no such record (or route) in this account."""


class UnsupportedMediaTypeError(APIError):
    """415: the body was not sent in the media type the API expects."""


class UnprocessableEntityError(APIError):
    """422: the API understood the request but refused its content."""


class RateLimitError(APIError):
    """429: too many requests in the rate-limit window; retried until retries run out."""


class ServerError(APIError):
    """5xx: the API failed; idempotent requests are retried."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_ADVICE: dict[int, str] = {
    400: "Check the request body against the route's documented parameters.",
    401: "Check that the API key is right and belongs to the region of {base_url}.",
    403: "Check that the API key may do this and that {base_url} is your account's region.",
    404: "Check the id and that the record exists in this account.",
    415: "Send the body as {media_type}.",
    422: "See the errors for the attribute the API refused.",
    429: "Lower the request rate or raise max_retries.",
}


def error_for_response(
    response: httpx.Response,
    *,
    request: httpx.Request,
    base_url: str,
    media_type: str,
    errors: Sequence[Mapping[str, Any]],
    describe: Callable[[Mapping[str, Any]], str],
) -> APIError:
    """Build the ``APIError`` subclass matching ``response``'s status.

    ``errors`` are the error objects the dialect read from the body; ``describe`` turns one
    into a phrase for the message.
    """
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIError)
    summary = "; ".join(text for text in (describe(e) for e in errors) if text)
    message = f"{request.method} {request.url.path} failed with {status}"
    if response.reason_phrase:
        message += f" {response.reason_phrase}"
    if summary:
        message += f": {summary.rstrip('.')}."
    else:
        message += "."
    advice = _ADVICE.get(status)
    if advice is None and status >= 500:
        advice = "The API failed; idempotent requests were retried."
    if advice:
        message += " " + advice.format(base_url=base_url, media_type=media_type)
    return cls(message, status_code=status, errors=errors, request=request, response=response)
