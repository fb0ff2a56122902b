"""The library's one logger, and the opt-in stderr handler behind ``ITGLUE_LOG``.

A library configures no logging: unless told, records go wherever the application sends the
``itglue_async`` logger's records. Setting ``ITGLUE_LOG`` (or ``BLUETALLY_LOG``) to ``debug``
or ``info`` when a client is created adds one handler to that logger, writing to stderr at
that level: every request's method, path, status, attempt and time at debug, retries and
pauses at info, warnings always. The handler redacts the API keys of the clients created while
it is on, should one ever reach a message; request bodies and header values are never logged.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings

logger = logging.getLogger("itglue_async")

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
REDACTED = "[redacted]"


class _Redact(logging.Filter):
    """Replaces known secrets in a record's message before any handler writes it."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            if secret and secret in message:
                message = message.replace(secret, REDACTED)
        record.msg, record.args = message, ()
        return True


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``ITGLUE_LOG`` adds: stderr, one line a record, secrets redacted."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.redact = _Redact()
        self.addFilter(self.redact)
        self.setFormatter(logging.Formatter("%(asctime)s itglue_async %(levelname)s %(message)s"))


def from_environment(variable: str, secret: str) -> None:
    """Turn on the stderr handler when ``variable`` asks for it, and redact ``secret`` in it.

    Called by each client as it is created; the handler is added once and kept. An unknown
    level is reported as a warning and ignored.
    """
    wanted = os.environ.get(variable, "").strip().lower()
    handler = next((h for h in logger.handlers if isinstance(h, _Handler)), None)
    if wanted:
        level = LEVELS.get(wanted)
        if level is None:
            warnings.warn(
                f"{variable}={wanted!r} is not a log level; use debug, info or warning.",
                stacklevel=3,
            )
        else:
            if handler is None:
                handler = _Handler()
                logger.addHandler(handler)
            handler.setLevel(level)
            if logger.level == logging.NOTSET or logger.level > level:
                logger.setLevel(level)
    if handler is not None:
        handler.redact.secrets.add(secret)
