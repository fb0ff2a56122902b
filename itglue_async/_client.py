"""The core HTTP client: configuration, the limiter, retries, error mapping and secret hygiene.

It knows the API only through an ``ApiDescription``; the public ``ITGlue`` class (generated)
is this client with the resource attributes attached.
"""

from __future__ import annotations

import ipaddress
import json as _json
import logging
import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self

import anyio
import httpx

from itglue_async._errors import (
    REDACTED,
    APIConnectionError,
    APITimeoutError,
    ITGlueError,
    RequestValidationError,
    error_for_response,
)
from itglue_async._limiter import Clock, Limiter, RateLimit, Sleep, SlidingWindowLimiter, Unlimited
from itglue_async._model import BaseModel
from itglue_async._retry import NOT_SENT, RetryPolicy, retry_after
from itglue_async._routes import ApiDescription
from itglue_async._version import __version__

if TYPE_CHECKING:
    from itglue_async._resource import Resource

logger = logging.getLogger("itglue_async")


class _UseClientDefault:
    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT: Any = _UseClientDefault()
"""Sentinel for per-call options: "use the client's setting" (distinct from ``None``)."""


class _ApiDefault:
    def __repr__(self) -> str:
        return "API_DEFAULT"


API_DEFAULT: Any = _ApiDefault()
"""Sentinel for ``rate_limit``: the API's documented limit (3000 per 300 s for IT Glue)."""
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Key:
    """Holds the API key so that no repr, str or traceback local shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return REDACTED

    __str__ = __repr__


class BaseClient:
    """Everything the API client does that is not about a particular resource."""

    # Set by the API-specific subclass (generated): what the API is, its models by JSON:API
    # type, and the resource classes attached as attributes of each client.
    _api: ClassVar[ApiDescription]
    _models: ClassVar[Mapping[str, type[BaseModel]]] = {}
    _resources: ClassVar[Mapping[str, type[Resource]]] = {}

    def __init__(
        self,
        api_key: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        rate_limit: RateLimit | None = API_DEFAULT,
        max_retries: int = 4,
        timeout: float | httpx.Timeout = 30.0,
        max_concurrency: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        limiter: Limiter | None = None,
        retry: RetryPolicy | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("ITGLUE_API_KEY")
        if not key:
            raise ITGlueError(
                "No API key: pass api_key= or set the ITGLUE_API_KEY environment variable."
            )
        if not isinstance(key, str):
            raise TypeError("api_key must be a string.")
        self._key = _Key(key)
        self.region, self.base_url = self._resolve_base_url(region, base_url)
        if not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(
                f"max_concurrency must be a positive integer, got {max_concurrency!r}."
            )
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries!r}.")
        self.max_concurrency = max_concurrency
        if rate_limit is API_DEFAULT:
            rate_limit = RateLimit(self._api.rate_limit_requests, self._api.rate_limit_per)
        self.rate_limit = rate_limit
        self._clock = clock
        self._sleep = sleep
        if limiter is not None:
            self.limiter: Limiter = limiter
        elif rate_limit is None:
            self.limiter = Unlimited(clock=clock, sleep=sleep)
        else:
            self.limiter = SlidingWindowLimiter(rate_limit, clock=clock, sleep=sleep)
        self.retry = retry if retry is not None else RetryPolicy(max_retries=max_retries)
        if retry is None:
            self.retry.max_retries = max_retries
        self._concurrency = anyio.Semaphore(max_concurrency)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._owns_http = http_client is None
        if http_client is None:
            # The pool holds at least max_concurrency connections, so a granted request is
            # sent at once instead of queueing for a connection after the limiter counted it.
            limits = httpx.Limits(
                max_connections=max_concurrency, max_keepalive_connections=max_concurrency
            )
            http_client = httpx.AsyncClient(
                transport=transport, timeout=self._timeout, limits=limits, follow_redirects=False
            )
        elif transport is not None:
            raise ValueError("Pass transport= or http_client=, not both.")
        self._http = http_client
        self._closed = False
        self.stats = _Stats()
        for name, resource in self._resources.items():
            setattr(self, name, resource(self))

    def _resolve_base_url(self, region: str | None, base_url: str | None) -> tuple[str, str]:
        base_url = base_url or os.environ.get("ITGLUE_BASE_URL") or None
        region = region or os.environ.get("ITGLUE_REGION") or self._api.default_region
        region = region.lower()
        if base_url is None:
            if region not in self._api.base_urls:
                valid = ", ".join(sorted(self._api.base_urls))
                raise ValueError(f"Unknown region {region!r}; valid regions: {valid}.")
            return region, self._api.base_urls[region]
        url = httpx.URL(base_url)
        if url.scheme == "http" and not _is_loopback(url.host):
            raise ValueError(
                f"base_url {base_url!r} is plain http; use https (http is allowed only for "
                "loopback hosts such as 127.0.0.1, used by tests and fakes)."
            )
        if url.scheme not in ("http", "https"):
            raise ValueError(f"base_url {base_url!r} must be an https:// URL.")
        return region, str(base_url).rstrip("/")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, rate_limit={self.rate_limit!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    def _model_for_type(self, type_name: str) -> type[BaseModel]:
        """The model class of a JSON:API type (kebab or snake case); ``BaseModel`` if unknown."""
        return self._models.get(type_name.replace("_", "-"), BaseModel)

    def _headers(self, has_body: bool) -> dict[str, str]:
        headers = {
            self._api.auth_header: self._key.reveal(),
            "Accept": self._api.content_type,
            "User-Agent": f"itglue-async/{__version__} httpx/{httpx.__version__}",
        }
        if has_body:
            headers["Content-Type"] = self._api.content_type
        return headers

    def _redacted(self, request: httpx.Request) -> httpx.Request:
        headers = httpx.Headers(request.headers)
        headers[self._api.auth_header] = REDACTED
        return httpx.Request(request.method, request.url, headers=headers, content=request.content)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> Any:
        """Send one request through the limiter, retries and error mapping; return its JSON.

        ``path`` is relative to the base URL (``"/organizations"``). Returns the decoded JSON
        body, or ``None`` for an empty body (204).
        """
        response = await self.send(method, path, params=params, json=json, timeout=timeout)
        if not response.content:
            return None
        return response.json()

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Like ``request`` but returns the ``httpx.Response``."""
        if self._closed:
            raise ITGlueError("Cannot send a request, as the client has been closed.")
        method = method.upper()
        if content is None and json is not None:
            content = _json.dumps(json, separators=(",", ":")).encode()
        if content is not None and len(content) > self._api.payload_limit_bytes:
            raise RequestValidationError(
                f"The request body is {len(content)} bytes, over the API's payload limit of "
                f"{self._api.payload_limit_bytes} bytes; send fewer items per request.",
                parameter="body",
            )
        request = self._http.build_request(
            method,
            self.base_url + path,
            params=_clean_params(params),
            content=content,
            headers=self._headers(content is not None),
            timeout=self._timeout if timeout is USE_CLIENT_DEFAULT else timeout,
        )
        attempt = 0
        ambiguous = False  # an earlier attempt may have been applied without us hearing back
        while True:
            response, error = await self._attempt(request, attempt)
            if error is not None:
                if attempt < self.retry.max_retries and self.retry.retry_exception(method, error):
                    ambiguous = ambiguous or not isinstance(error, NOT_SENT)
                    wait = self.retry.backoff(attempt)
                    self.stats.retries += 1
                    logger.info(
                        "%s %s: %s on attempt %d; retrying in %.2fs",
                        method,
                        request.url.path,
                        type(error).__name__,
                        attempt + 1,
                        wait,
                    )
                    await self._sleep(wait)
                    attempt += 1
                    continue
                safe = self._redacted(request)
                if isinstance(error, httpx.TimeoutException):
                    raise APITimeoutError(
                        f"{method} {request.url.path} timed out after {attempt + 1} attempt(s); "
                        "raise timeout= or check the connection to " + self.base_url + ".",
                        request=safe,
                    ) from error
                raise APIConnectionError(
                    f"{method} {request.url.path} failed after {attempt + 1} attempt(s): "
                    f"{type(error).__name__}. Check the connection to {self.base_url}.",
                    request=safe,
                ) from error
            assert response is not None
            status = response.status_code
            if status == 404 and method == "DELETE" and ambiguous:
                # The earlier attempt deleted it before its answer was lost: that is success.
                logger.info(
                    "%s %s: 404 on attempt %d after an unanswered attempt; already deleted",
                    method,
                    request.url.path,
                    attempt + 1,
                )
                return httpx.Response(204, request=request)
            if status == 429:
                self.stats.rate_limited += 1
                hinted = retry_after(response)
                wait = self.retry.backoff(attempt) if hinted is None else hinted
                # The whole client waits: every task's next grant comes after the pause.
                self.limiter.pause(wait)
                logger.warning(
                    "%s %s: 429 on attempt %d; pausing the client for %.2fs",
                    method,
                    request.url.path,
                    attempt + 1,
                    wait,
                )
            if (
                status >= 400
                and attempt < self.retry.max_retries
                and self.retry.retry_status(method, status)
            ):
                if status != 429:
                    ambiguous = True
                    wait = self.retry.backoff(attempt)
                    logger.info(
                        "%s %s: %d on attempt %d; retrying in %.2fs",
                        method,
                        request.url.path,
                        status,
                        attempt + 1,
                        wait,
                    )
                    await self._sleep(wait)
                self.stats.retries += 1
                attempt += 1
                continue
            if status >= 400:
                raise error_for_response(
                    response, request=self._redacted(request), base_url=self.base_url
                )
            return response

    async def _attempt(
        self, request: httpx.Request, attempt: int
    ) -> tuple[httpx.Response | None, Exception | None]:
        async with self._concurrency:
            slot = await self.limiter.acquire()
            sent = False
            try:
                self.stats.requests += 1
                sent = True
                response = await self._http.send(request, follow_redirects=False)
                await response.aread()
            except httpx.TransportError as exc:
                logger.debug("%s %s: %s", request.method, request.url.path, type(exc).__name__)
                return None, exc
            finally:
                self.limiter.release(slot, sent=sent)
        logger.debug(
            "%s %s -> %d (attempt %d)",
            request.method,
            request.url.path,
            response.status_code,
            attempt + 1,
        )
        return response, None


class _Stats:
    """Counters a job can report: requests sent, 429s seen, retries made."""

    __slots__ = ("rate_limited", "requests", "retries")

    def __init__(self) -> None:
        self.requests = 0
        self.rate_limited = 0
        self.retries = 0

    def __repr__(self) -> str:
        return f"Stats(requests={self.requests}, rate_limited={self.rate_limited}, retries={self.retries})"


def _clean_params(params: Mapping[str, Any] | None) -> dict[str, str] | None:
    if not params:
        return None
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            out[key] = "true" if value else "false"
        else:
            out[key] = str(value)
    return out
