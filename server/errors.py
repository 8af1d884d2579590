"""Every error as one JSON shape: RFC 9457 problem details, with failing fields for validation."""

from __future__ import annotations

import logging

import marshmallow as ma
from flask import Response, json, request
from flask_smorest import Api
from flask_smorest import abort as smorest_abort
from werkzeug.exceptions import HTTPException, InternalServerError

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


class ProblemApi(Api):
    """flask-smorest's Api with problem+json errors for every status, 500 included."""

    ERROR_SCHEMA = ProblemSchema

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
        log.exception("unhandled error on %s %s", request.method, request.path)
        generic = InternalServerError()
        return problem_response(
            500, generic.name, "The server could not finish this request; nothing was saved."
        )
