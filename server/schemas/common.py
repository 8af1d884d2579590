"""Field helpers and base schemas shared by every resource."""

from __future__ import annotations

import re
from datetime import UTC

import marshmallow as ma
from marshmallow import fields, validate

DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class StrictSchema(ma.Schema):
    """A request body: unknown fields are an error that names them."""

    class Meta:
        unknown = ma.RAISE
        ordered = True


class QueryArgsSchema(ma.Schema):
    """Query-string arguments; pagination arguments are parsed beside these, so others pass."""

    class Meta:
        unknown = ma.EXCLUDE


def text(max_length: int, **kwargs) -> fields.String:
    """A free-text field with an upper bound on its length."""
    return fields.String(validate=validate.Length(max=max_length), **kwargs)


def label(max_length: int = 200, **kwargs) -> fields.String:
    """A short, non-blank label (names, roles, titles)."""
    return fields.String(validate=[validate.Length(min=1, max=max_length), _not_blank], **kwargs)


def http_url(validate_also=None, **kwargs) -> fields.URL:
    """An absolute http(s) URL, with an optional further check."""
    checks = [validate.Length(max=2000), *([validate_also] if validate_also else [])]
    return fields.URL(schemes={"http", "https"}, validate=checks, **kwargs)


def email_address(**kwargs) -> fields.Email:
    """An email address."""
    return fields.Email(validate=validate.Length(max=254), **kwargs)


def aware_datetime(**kwargs) -> fields.AwareDateTime:
    """An ISO 8601 date-time; one without a zone is read as UTC."""
    return fields.AwareDateTime(default_timezone=UTC, **kwargs)


def one_of(choices, **kwargs) -> fields.String:
    """A string from a fixed set."""
    return fields.String(validate=validate.OneOf(choices), **kwargs)


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ma.ValidationError("Must not be blank.")


def _domain(value: str) -> None:
    if not DOMAIN_RE.match(value.strip().lower()):
        raise ma.ValidationError(f"Not a domain name: {value[:100]!r}.")


def domain_list(**kwargs) -> fields.List:
    """A short list of domain names such as acme.com."""
    return fields.List(
        fields.String(validate=[validate.Length(max=253), _domain]),
        validate=validate.Length(max=20),
        **kwargs,
    )


def sort_field(allowed: tuple[str, ...], default: str) -> fields.String:
    """A `sort` argument: a column name, with a leading '-' for descending."""
    choices = [*allowed, *(f"-{a}" for a in allowed)]
    return fields.String(load_default=default, validate=validate.OneOf(choices))


# Ids are 32-bit integers in every database we run on.
MAX_ID = 2**31 - 1


def id_field(**kwargs) -> fields.Integer:
    """A row id: a positive 32-bit integer."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


class RefSchema(ma.Schema):
    """A small reference to another object: its id and a label."""

    id = fields.Integer()
    name = fields.String()
