"""Openings the user saw, and whether an outreach about one is suggested."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from server.schemas.common import (
    QueryArgsSchema,
    RefSchema,
    StrictSchema,
    aware_datetime,
    http_url,
    label,
    sort_field,
)


class OpeningSuggestionSchema(StrictSchema):
    suggested = fields.Boolean()
    person = fields.Nested(RefSchema, allow_none=True)
    due_on = fields.Date(allow_none=True, metadata={"description": "First day the rules allow"})
    why = fields.String()
    next_possible_on = fields.Date(
        allow_none=True, metadata={"description": "When nobody is free: the first day someone is"}
    )


class OpeningSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    company = label(required=True, metadata={"description": "Company name; found or created"})
    company_id = fields.Integer(dump_only=True)
    title = label(300, required=True)
    url = http_url(allow_none=True, load_default=None)
    seen_at = aware_datetime(dump_only=True)

    @ma.post_dump(pass_original=True)
    def _company_name(self, data, original, **_):
        if getattr(original, "company", None) is not None:
            data["company"] = original.company.name
        return data


class OpeningWithSuggestionSchema(OpeningSchema):
    suggestion = fields.Nested(OpeningSuggestionSchema, dump_only=True)


class OpeningQueryArgsSchema(QueryArgsSchema):
    company_id = fields.Integer()
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Title contains"})
    sort = sort_field(("seen_at", "title"), "-seen_at")
