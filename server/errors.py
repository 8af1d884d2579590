"""Every error as one JSON shape: RFC 9457 problem details, with failing fields for validation."""

from __future__ import annotations

import http
import logging

import marshmallow as ma
from flask import Response, json, request
from flask_smorest import Api
from flask_smorest import abort as smorest_abort
from flask_smorest.spec import prepare_response
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    InterfaceError,
    OperationalError,
)
from werkzeug.exceptions import HTTPException, InternalServerError, ServiceUnavailable

PROBLEM_MIMETYPE = "application/problem+json"

log = logging.getLogger(__name__)


class ProblemSchema(ma.Schema):
    """An error answer (documentation only; handlers build the payload)."""

    type = ma.fields.String(metadata={"description": "Always about:blank"})
    status = ma.fields.Integer(metadata={"description": "HTTP status code"})
    title = ma.fields.String(metadata={"description": "Short name of the status"})
    detail = ma.fields.String(metadata={"description": "What went wrong, for a person"})
    errors = ma.fields.Dict(
        metadata={"description": "Failing fields by location: {location: {field: [messages]}}"}
    )


def problem_response(status: int, title: str, detail: str, errors=None, headers=None) -> Response:
    """Build a problem+json response."""
    payload = {"type": "about:blank", "status": status, "title": title, "detail": detail}
    if errors:
        payload["errors"] = errors
    response = Response(json.dumps(payload), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def abort(status: int, detail: str, *, errors=None, headers=None):
    """Stop the request with a problem answer; `errors` names the failing fields."""
    kwargs = {"message": detail}
    if errors:
        kwargs["errors"] = errors
    if headers:
        kwargs["headers"] = headers
    smorest_abort(status, **kwargs)


def field_error(field: str, message: str, status: int = 422, location: str = "json"):
    """Stop the request because one field of the request is wrong."""
    abort(status, f"Invalid value for '{field}': {message}", errors={location: {field: [message]}})


def _detail_for(error: HTTPException, errors) -> str:
    data = getattr(error, "data", None) or {}
    if "message" in data:
        return str(data["message"])
    if errors:
        names = []
        for fields in errors.values():
            names.extend(fields.keys() if isinstance(fields, dict) else [])
        if names:
            return "Invalid input in: " + ", ".join(sorted(map(str, names)))
    return error.description or error.name


# SQLSTATEs (PostgreSQL) and messages (SQLite) of a database that cannot take writes now.
_READ_ONLY_STATES = {"25006"}
_FULL_STATES = {"53100", "53200", "53300"}
_READ_ONLY_MESSAGES = ("readonly database", "read-only database", "read-only transaction")
_FULL_MESSAGES = ("database or disk is full", "no space left on device")
_PROGRAMMING_MESSAGES = ("no such table", "no such column", "syntax error")
UNAVAILABLE_RETRY_AFTER = "5"


# numeric_value_out_of_range: a number from the request that no column can hold.
_OUT_OF_RANGE_STATES = {"22003"}


def number_out_of_range(error: Exception) -> bool:
    """Whether the database (or its driver) refused a number from the request as too large."""
    if isinstance(error, OverflowError):
        return True  # sqlite3 refuses ints beyond 64 bits before sending them
    if isinstance(error, DataError):
        original = getattr(error, "orig", None)
        return getattr(original, "sqlstate", None) in _OUT_OF_RANGE_STATES
    return False


# unique_violation, foreign_key_violation: another request got there first.
_CONFLICT_STATES = {"23505", "23503"}
_CONFLICT_MESSAGES = ("unique constraint failed", "foreign key constraint failed")


def conflict(error: Exception) -> bool:
    """Whether `error` is a unique or foreign-key clash (e.g. two requests racing)."""
    if not isinstance(error, IntegrityError):
        return False
    original = getattr(error, "orig", None)
    if getattr(original, "sqlstate", None) in _CONFLICT_STATES:
        return True
    return any(m in str(original).lower() for m in _CONFLICT_MESSAGES)


def database_trouble(error: Exception) -> str | None:
    """A person-readable reason when `error` means the database cannot serve now, else None.

    Covers: unreachable (connection refused, dropped or restarted), read-only, and full.
    Constraint violations, bad SQL and the like return None: they are bugs, not outages.
    """
    if not isinstance(error, DBAPIError | DisconnectionError):
        return None
    original = getattr(error, "orig", None)
    state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    message = str(original or error).lower()
    if state in _READ_ONLY_STATES or any(m in message for m in _READ_ONLY_MESSAGES):
        return "The database is read-only at the moment: reading works, changes cannot be saved."
    if state in _FULL_STATES or any(m in message for m in _FULL_MESSAGES):
        return "The database is out of space: nothing was saved. Try again once space is freed."
    if any(m in message for m in _PROGRAMMING_MESSAGES):
        return None  # sqlite3 reports a missing table or bad SQL as "operational" too
    if (
        isinstance(error, OperationalError | InterfaceError | DisconnectionError)
        or getattr(error, "connection_invalidated", False)
        or (state or "").startswith("08")
        or (state or "").startswith("57P")
    ):
        return "The database is not reachable right now: nothing was saved. Try again shortly."
    return None


class ProblemApi(Api):
    """flask-smorest's Api with problem+json errors for every status, 500 included."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        """Document every error answer as what it is: application/problem+json."""
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_MIMETYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_MIMETYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def _register_error_handlers(self):
        self._app.register_error_handler(HTTPException, self.handle_http_exception)
        self._app.register_error_handler(Exception, self.handle_unexpected_exception)

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or data.get("messages")
        headers = dict(data.get("headers") or {})
        if error.code == 405 and hasattr(error, "valid_methods") and error.valid_methods:
            headers["Allow"] = ", ".join(error.valid_methods)
        if error.code == 500:
            return self.handle_unexpected_exception(getattr(error, "original_exception", error))
        return problem_response(
            error.code or 500, error.name, _detail_for(error, errors), errors, headers
        )

    def handle_unexpected_exception(self, error: Exception):
        if isinstance(error, HTTPException) and error.code != 500:
            return self.handle_http_exception(error)
        reason = database_trouble(error)
        if reason is not None:
            return self.handle_database_trouble(error, reason)
        if number_out_of_range(error):
            return self.handle_number_out_of_range()
        if conflict(error):
            return self.handle_conflict()
        log.exception("unhandled error on %s %s", request.method, request.path)
        generic = InternalServerError()
        return problem_response(
            500, generic.name, "The server could not finish this request; nothing was saved."
        )

    def handle_number_out_of_range(self):
        """422: schemas bound their numbers, but a filter the database cannot hold lands here."""
        from server.extensions import db

        db.session.rollback()
        log.info("number out of range on %s %s", request.method, request.url_rule)
        return problem_response(
            422,
            "Unprocessable Entity",
            "A number in the request is too large for the database; nothing was saved.",
        )

    def handle_conflict(self):
        """409 for a clash the view did not foresee, such as two requests creating one row."""
        from server.extensions import db

        db.session.rollback()
        log.info("integrity conflict on %s %s", request.method, request.url_rule)
        return problem_response(
            409,
            "Conflict",
            "This clashes with a change made at the same moment (a duplicate or a row that "
            "was just deleted); nothing was saved. Reload and try again.",
        )

    def handle_database_trouble(self, error: Exception, reason: str):
        """503 with a plain reason; the session is rolled back so the next request starts clean."""
        from server.extensions import db  # the extensions module imports this one

        try:
            db.session.rollback()
        except Exception:
            log.debug("rollback after a database error failed too", exc_info=True)
        # One line without the SQL or its parameters, which may hold personal data.
        log.warning(
            "database unavailable on %s %s: %s",
            request.method,
            request.url_rule.rule if request.url_rule else "<unmatched>",
            type(getattr(error, "orig", None) or error).__name__,
        )
        return problem_response(
            503,
            ServiceUnavailable().name,
            reason,
            headers={"Retry-After": UNAVAILABLE_RETRY_AFTER},
        )
