"""One structured log line per request, and a request id that follows the request around.

The line holds the method, the route's template (`/api/v1/contacts/<int:contact_id>`, never
the raw path, whose ids and query string may carry personal data or the calendar `key`),
the status, the time taken, the user's id and the request id. Headers are never logged, so
neither is a token.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid

from flask import Flask, Response, g, request
from sqlalchemy import inspect

REQUEST_ID_HEADER = "X-Request-Id"
LOGGER_NAME = "rebound.request"
# An incoming id is kept only if it is short and plain, so it cannot forge log lines.
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")
_UNMATCHED = "<unmatched>"

log = logging.getLogger(LOGGER_NAME)


class JsonLineFormatter(logging.Formatter):
    """A log record as one JSON object: time, level, logger, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", None)
        if fields:
            line.update(fields)
        else:
            line["message"] = record.getMessage()
        return json.dumps(line, separators=(",", ":"), default=str)


JsonLineFormatter.converter = time.gmtime


def request_id() -> str:
    """The current request's id (set before anything else runs)."""
    return g.get("request_id") or ""


def _choose_request_id() -> str:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    if _SANE_REQUEST_ID.match(incoming):
        return incoming
    return uuid.uuid4().hex


def _user_id() -> int | None:
    if g.get("user_id") is not None:
        return g.user_id
    user = g.get("user")
    if user is None:
        return None
    # From the identity map, never a query (the session may be gone or the database down).
    identity = inspect(user).identity
    return identity[0] if identity else None


def _start() -> None:
    g.request_id = _choose_request_id()
    g.request_started = time.perf_counter()


def _finish(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = request_id()
    started = g.get("request_started")
    duration_ms = (time.perf_counter() - started) * 1000 if started else 0.0
    log.info(
        "request",
        extra={
            "fields": {
                "method": request.method,
                "path": request.url_rule.rule if request.url_rule is not None else _UNMATCHED,
                "status": response.status_code,
                "duration_ms": round(duration_ms, 2),
                "user_id": _user_id(),
                "request_id": request_id(),
            }
        },
    )
    return response


def _configure_logger(level: str) -> None:
    log.setLevel(level)
    # Once per process: every app built in it (tests build many) shares the one handler.
    if any(getattr(h, "rebound_request_log", False) for h in log.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLineFormatter())
    handler.rebound_request_log = True
    log.addHandler(handler)
    log.propagate = False


def init_app(app: Flask) -> None:
    """Give every request an id and log it once it is answered. Register before auth."""
    _configure_logger(app.config.get("REBOUND_LOG_LEVEL", "INFO"))
    app.before_request(_start)
    app.after_request(_finish)
