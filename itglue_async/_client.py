"""The core HTTP client: configuration, the limiter, retries, error mapping and secret hygiene.

It knows the API only through an ``ApiDescription`` (the facts of the spec's ``api`` block,
its dialect among them) and never names a resource. The public clients (``ITGlue``) are
generated subclasses that create their resources themselves.
"""

from __future__ import annotations

import copy
import functools
import ipaddress
import json as _json
import logging
import os
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import anyio
import anyio.lowlevel
import attrs
import httpx

from itglue_async._api import ApiDescription
from itglue_async._auth import KeyAuth
from itglue_async._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    ITGlueError,
    RateLimitError,
    RequestValidationError,
    error_for_response,
    excerpt,
)
from itglue_async._json import loads
from itglue_async._limiter import Clock, Limiter, RateLimit, Sleep, SlidingWindowLimiter, Unlimited
from itglue_async._logs import from_environment, logger
from itglue_async._retry import NOT_SENT, Outcome, RetryPolicy, Stats
from itglue_async._version import __version__


class _UseClientDefault:
    def __repr__(self) -> str:
        return "USE_CLIENT_DEFAULT"


USE_CLIENT_DEFAULT: Any = _UseClientDefault()
"""Sentinel for per-call options: "use the client's setting" (distinct from ``None``)."""


class _ApiDefault:
    def __repr__(self) -> str:
        return "API_DEFAULT"


API_DEFAULT: Any = _ApiDefault()
"""Sentinel for ``rate_limit``: the API's documented limit, from its spec."""
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_USER_AGENT = f"itglue-async/{__version__} httpx/{httpx.__version__}"


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@attrs.define
class _Shared:
    """What a client and its ``with_options`` copies share besides pool, limiter and bound."""

    closed: bool = False
    loop: anyio.lowlevel.EventLoopToken | None = None


@attrs.frozen
class Answer:
    """One answer: its JSON body (``None`` when empty) and the response it came in."""

    body: Any
    response: httpx.Response
    _key: KeyAuth = attrs.field(repr=False)

    def invalid(self, reason: str) -> APIResponseValidationError:
        """The error for an answer that is not what the route returns, saying ``reason``."""
        request = self._key.redacted(self.response.request)
        status = self.response.status_code
        return APIResponseValidationError(
            f"{request.method} {request.url.path} was answered {status} "
            f"{self.response.reason_phrase}, but {reason}; nothing was decoded. "
            "See .body_excerpt and .response.",
            status_code=status,
            body_excerpt=excerpt(self.response, secrets=[self._key.reveal()]),
            request=request,
            response=self.response,
        )


class BaseClient:
    """Everything the API client does that is not about a particular resource."""

    # Set by the API-specific subclass (generated): what the API is.
    _api: ClassVar[ApiDescription]

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
        max_retry_after: float = 300.0,
        clock: Clock = time.monotonic,
        sleep: Sleep = anyio.sleep,
        client_params: Mapping[str, str | int | None] | None = None,
    ) -> None:
        api = self._api
        key = api_key if api_key is not None else os.environ.get(api.env("API_KEY"))
        if not key:
            raise ITGlueError(
                f"No API key: pass api_key= or set the {api.env('API_KEY')} environment variable."
            )
        if not isinstance(key, str):
            raise TypeError("api_key must be a string.")
        self._key = KeyAuth(key, header=api.auth_header, scheme=api.auth_scheme)
        self.region, self.base_url = self._resolve_base_url(region, base_url)
        if not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(
                f"max_concurrency must be a positive integer, got {max_concurrency!r}."
            )
        if not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries!r}.")
        self.max_concurrency = max_concurrency
        if rate_limit is API_DEFAULT:
            rate_limit = RateLimit(api.rate_limit_requests, api.rate_limit_per)
        self.rate_limit = rate_limit
        self._clock = clock
        self._sleep = sleep
        if limiter is not None:
            self.limiter: Limiter = limiter
        elif rate_limit is None:
            self.limiter = Unlimited(clock=clock, sleep=sleep)
        else:
            self.limiter = SlidingWindowLimiter(rate_limit, clock=clock, sleep=sleep)
        if isinstance(max_retry_after, bool) or not isinstance(max_retry_after, (int, float)):
            raise ValueError(f"max_retry_after must be seconds, got {max_retry_after!r}.")
        if max_retry_after < 0:
            raise ValueError(f"max_retry_after must be 0 or more seconds, got {max_retry_after!r}.")
        if retry is None:
            retry = RetryPolicy(max_retries=max_retries, max_retry_after=float(max_retry_after))
        self.retry = retry
        # No checkpoint when a place is free: the request itself yields soon enough.
        self._concurrency = anyio.Semaphore(max_concurrency, fast_acquire=True)
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
        self._shared = _Shared()
        self._parent: BaseClient | None = None
        self._default_headers: dict[str, str] = {}
        self.stats = Stats()
        self._default_params = self._resolve_client_params(client_params or {})
        from_environment(api.env("LOG"), key)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client that differs from this one only in the options given.

        It shares this client's connection pool, rate limiter, concurrency bound and key (one
        key, one limit: copies never exceed the limit together), needs no closing of its own,
        and leaves this client unchanged. Closing this client closes the pool for both.

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for each attempt of its calls.
            max_retries: how often a failed attempt may be retried.
            headers: headers sent with each of its requests, over this client's own.
        """
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError(f"max_retries must be 0 or more, got {max_retries!r}.")
        if headers is not None and not (
            isinstance(headers, Mapping)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in headers.items())
        ):
            raise ValueError(f"headers must map header names to strings, got {headers!r}.")
        child = copy.copy(self)
        # Resources are created by the client on first use; the copy creates its own.
        kind: type = type(self)
        for name in _cached_properties(kind):
            child.__dict__.pop(name, None)
        if timeout is not USE_CLIENT_DEFAULT:
            child._timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        if max_retries is not None:
            child.retry = attrs.evolve(self.retry, max_retries=max_retries)
        child._default_headers = {**self._default_headers, **(headers or {})}
        child._parent = self._parent or self
        return child

    def _resolve_client_params(self, given: Mapping[str, str | int | None]) -> dict[str, str]:
        """The query parameters every request carries (from arguments, else the environment)."""
        unknown = sorted(set(given) - set(self._api.client_params))
        if unknown:
            raise TypeError(f"{type(self).__name__} takes no option {', '.join(unknown)}.")
        out: dict[str, str] = {}
        for name, param in self._api.client_params.items():
            value = given.get(name)
            if value is None:
                value = os.environ.get(self._api.env(param.env)) or None
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
                raise ValueError(f"{name} must be a non-empty string or an integer, got {value!r}.")
            out[param.query] = str(value)
        return out

    def _check_event_loop(self) -> None:
        """Refuse use from a second event loop: the pool and the limiter belong to the first."""
        token = anyio.lowlevel.current_token()
        shared = self._shared
        if shared.loop is None:
            shared.loop = token
        elif token != shared.loop:
            raise ITGlueError(
                f"This {type(self).__name__} client was first used in another event loop; its "
                "connection pool and rate limiter belong to that loop. Create the client in the "
                "loop that uses it (one per application, opened in its lifespan, or one per "
                "test), or aclose() this one and create a new one."
            )

    @property
    def api(self) -> ApiDescription:
        """What this client knows about its API (from the spec's ``api`` block)."""
        return self._api

    def _resolve_base_url(self, region: str | None, base_url: str | None) -> tuple[str, str]:
        base_url = base_url or os.environ.get(self._api.env("BASE_URL")) or None
        region = region or os.environ.get(self._api.env("REGION")) or self._api.default_region
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
        copy_of = " (with_options copy)" if self._parent is not None else ""
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"rate_limit={self.rate_limit!r}){copy_of}"
        )

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
        """Close the connection pool (unless it was passed in as ``http_client``).

        On a ``with_options`` copy this does nothing: the pool is its parent's to close.
        """
        if self._parent is not None:
            return
        self._shared.closed = True
        if self._owns_http:
            await self._http.aclose()

    def _headers(self, has_body: bool, extra: Mapping[str, str] | None) -> dict[str, str]:
        media_type = self._api.dialect.media_type
        headers = {"Accept": media_type, "User-Agent": _USER_AGENT}
        if has_body:
            headers["Content-Type"] = media_type
        if self._default_headers:
            headers.update(self._default_headers)
        if extra:
            headers.update(extra)
        return headers

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Send one request through the limiter, retries and error mapping; return its JSON.

        ``path`` is relative to the base URL (``"/organizations"``). Returns the decoded JSON
        body, or ``None`` for an empty body (204). A body that is not JSON raises
        ``APIResponseValidationError``. ``headers`` are sent besides the client's own.
        """
        answer = await self.call(
            method, path, params=params, json=json, timeout=timeout, headers=headers
        )
        return answer.body

    async def call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """Like ``request``, but the ``Answer`` keeps the response and request with the body."""
        response = await self.send(
            method, path, params=params, json=json, timeout=timeout, headers=headers
        )
        if not response.content:
            return Answer(None, response, self._key)
        try:
            body = loads(response.content)
        except ValueError:
            kind = response.headers.get("content-type", "no content type")
            error = Answer(None, response, self._key).invalid(f"the body is not JSON ({kind})")
            raise error from None
        return Answer(body, response, self._key)

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        timeout: float | httpx.Timeout | None = USE_CLIENT_DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Like ``request`` but returns the ``httpx.Response``.

        The steps: build the request (body encoded and measured), run its attempts through
        the retry policy (each taking a concurrency place and a limiter slot), then turn an
        outcome that is not a success into the error that says what happened.
        """
        if self._shared.closed:
            raise ITGlueError("Cannot send a request, as the client has been closed.")
        self._check_event_loop()
        request = self._build(method.upper(), path, params, json, content, timeout, headers)
        outcome = await self.retry.run(
            request.method,
            request.url.path,
            lambda number: self._attempt(request, number),
            pause=self.limiter.pause,
            sleep=self._sleep,
            stats=self.stats,
        )
        return self._answered(request, outcome)

    def _build(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        content: bytes | None,
        timeout: float | httpx.Timeout | None,
        headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        """The request, its body encoded and held to the API's payload limit."""
        if content is None and json is not None:
            content = _json.dumps(json, separators=(",", ":")).encode()
        if content is not None and len(content) > self._api.payload_limit_bytes:
            raise RequestValidationError(
                f"The request body is {len(content)} bytes, over the API's payload limit of "
                f"{self._api.payload_limit_bytes} bytes; send fewer items per request.",
                parameter="body",
            )
        if self._default_params:
            params = {**self._default_params, **(params or {})}
        return self._http.build_request(
            method,
            self.base_url + path,
            params=_clean_params(params),
            content=content,
            headers=self._headers(content is not None, headers),
            timeout=self._timeout if timeout is USE_CLIENT_DEFAULT else timeout,
        )

    def _answered(self, request: httpx.Request, outcome: Outcome) -> httpx.Response:
        """The response of a successful outcome; any other raises the error that fits."""
        result = outcome.result
        if isinstance(result, httpx.TransportError):
            raise self._transport_error(request, outcome, result) from result
        if outcome.too_long:
            raise self._too_long(request, outcome, result)
        if 300 <= result.status_code < 400:
            raise self._redirected(request, result)
        if result.status_code >= 400:
            dialect = self._api.dialect
            failure = error_for_response(
                result,
                request=self._key.redacted(request),
                base_url=self.base_url,
                media_type=dialect.media_type,
                errors=dialect.error_objects(result),
                describe=dialect.describe_error,
                not_for_keys=self._api.route_not_for_keys,
            )
            if isinstance(failure, RateLimitError):
                failure.retry_after = outcome.retry_after
            raise failure
        return result

    def _transport_error(
        self, request: httpx.Request, outcome: Outcome, result: httpx.TransportError
    ) -> ITGlueError:
        where = f"{request.method} {request.url.path}"
        if isinstance(result, httpx.TimeoutException):
            return APITimeoutError(
                f"{where} timed out after {outcome.attempts} attempt(s); "
                f"raise timeout= or check the connection to {self.base_url}.",
                request=self._key.redacted(request),
            )
        return APIConnectionError(
            f"{where} failed after {outcome.attempts} attempt(s): "
            f"{type(result).__name__}. Check the connection to {self.base_url}.",
            request=self._key.redacted(request),
        )

    def _too_long(
        self, request: httpx.Request, outcome: Outcome, result: httpx.Response
    ) -> RateLimitError:
        error = RateLimitError(
            f"{request.method} {request.url.path} was answered 429 asking to wait "
            f"{outcome.retry_after:.0f}s, longer than "
            f"max_retry_after={self.retry.max_retry_after:.0f}s; not waiting. "
            "Try again later, or raise max_retry_after to wait that long.",
            status_code=result.status_code,
            errors=self._api.dialect.error_objects(result),
            request=self._key.redacted(request),
            response=result,
        )
        error.retry_after = outcome.retry_after
        return error

    def _redirected(self, request: httpx.Request, result: httpx.Response) -> ITGlueError:
        target = httpx.URL(result.headers.get("location", ""))
        where = target.host or result.headers.get("location") or "nowhere said"
        return APIResponseValidationError(
            f"{request.method} {request.url.path} was answered {result.status_code} "
            f"{result.reason_phrase}, redirecting to {where}; redirects are not followed, so "
            f"the API key goes nowhere else. Check that {self.base_url} is the API's address.",
            status_code=result.status_code,
            body_excerpt=excerpt(result, secrets=[self._key.reveal()]),
            request=self._key.redacted(request),
            response=result,
        )

    async def _attempt(
        self, request: httpx.Request, number: int
    ) -> httpx.Response | httpx.TransportError:
        """One attempt: a concurrency place, a limiter slot, then the request on the wire."""
        async with self._concurrency:
            slot = await self.limiter.acquire()
            sent = True
            started = time.perf_counter()
            try:
                self.stats.requests += 1
                response = await self._http.send(request, auth=self._key, follow_redirects=False)
                await response.aread()
            except httpx.TransportError as exc:
                # A connection that was never made carried nothing to the server.
                sent = not isinstance(exc, NOT_SENT)
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug(
                        "%s %s: %s (attempt %d, %.0f ms)",
                        request.method,
                        request.url.path,
                        type(exc).__name__,
                        number + 1,
                        (time.perf_counter() - started) * 1000,
                    )
                return exc
            finally:
                # Shielded: a cancelled request still hands its slot back, and a networked
                # limiter gets to write that down.
                with anyio.CancelScope(shield=True):
                    await self.limiter.release(slot, sent=sent)
        if logger.isEnabledFor(logging.DEBUG):  # the path and the time cost a little to read
            logger.debug(
                "%s %s -> %d (attempt %d, %.0f ms)",
                request.method,
                request.url.path,
                response.status_code,
                number + 1,
                (time.perf_counter() - started) * 1000,
            )
        return response


@functools.cache
def _cached_properties(cls: type) -> tuple[str, ...]:
    """The names of a class's ``cached_property`` attributes (a generated client's resources)."""
    return tuple(
        name
        for klass in cls.__mro__
        for name, value in vars(klass).items()
        if isinstance(value, functools.cached_property)
    )


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
