"""The exception hierarchy of itglue_async.

::

    ITGlueError
    ├── RequestValidationError (also ValueError)   raised before anything is sent
    ├── APIConnectionError                          the request did not get an answer
    │   └── APITimeoutError
    └── APIError                                    the API answered with an error status
        ├── APIResponseValidationError  2xx/3xx   an answer that is not what the route returns
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
``APIResponseValidationError`` is raised for answers the API should not give: a body that is
not JSON (a truncated answer, an HTML maintenance page), a 2xx without the record or list the
route returns, an empty answer where a record was due, or a redirect (never followed, so the
key goes nowhere else); it carries a short, redacted excerpt of the body.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import httpx

EXCERPT_CHARS = 300
_SECRET_KEYS = re.compile(r"pass(word)?|secret|token|otp|api[-_]?key", re.I)


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


class LimiterUnavailableError(APIConnectionError):
    """A shared rate limiter cannot reach its store (Redis); the request was not sent."""


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


class APIResponseValidationError(APIError):
    """The API answered, but not with what the route returns; nothing was decoded.

    ``body_excerpt`` is the start of the body, with secret-looking values masked.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body_excerpt: str = "",
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, request=request, response=response)
        self.body_excerpt = body_excerpt


class RateLimitError(APIError):
    """429: too many requests in the rate-limit window; retried until retries run out.

    ``retry_after`` is the wait the API asked for, in seconds, when it said one. A wait longer
    than the client's ``max_retry_after`` is not waited for: the error is raised at once.
    """

    retry_after: float | None = None


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
    not_for_keys: Sequence[str] = (),
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
    said = next((m for m in not_for_keys if status == 401 and m in response.text), None)
    if said is not None:
        advice = (
            f"This route is not available to API keys on this account (the API said '{said}'); "
            "the key itself may be fine. Ask for the route to be enabled for API keys."
        )
    if advice is None and status >= 500:
        advice = "The API failed; idempotent requests were retried."
    if advice:
        message += " " + advice.format(base_url=base_url, media_type=media_type)
    error = cls(message, status_code=status, errors=errors, request=request, response=response)
    return error


def excerpt(response: httpx.Response, *, secrets: Sequence[str] = ()) -> str:
    """The start of a body for an error message, with secret-looking values masked.

    In a JSON body, values under keys such as ``password`` or ``token`` are masked; any of
    ``secrets`` (the API key) is masked wherever it appears.
    """
    text = response.text
    with contextlib.suppress(ValueError):
        text = json.dumps(_masked(json.loads(text)), separators=(",", ":"))
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + "..."


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: "[redacted]" if _SECRET_KEYS.search(str(k)) and v is not None else _masked(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value
