"""Request and response schemas of the user's own message templates."""

from __future__ import annotations

from marshmallow import fields

from server.engines.compose import KINDS, TONES, VARIABLES
from server.schemas.common import QueryArgsSchema, StrictSchema, one_of, sort_field, text

_VARIABLES = ", ".join("{" + name + "}" for name in VARIABLES)


class TemplateSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    kind = one_of(KINDS, required=True)
    name = text(100, load_default="")
    tone = one_of(
        TONES,
        allow_none=True,
        load_default=None,
        metadata={"description": "The tone it is offered for; null for every tone"},
    )
    subject = text(500, allow_none=True, load_default=None, metadata={"description": "Emails"})
    body = text(
        5_000,
        required=True,
        metadata={"description": f"The wording, with variables among: {_VARIABLES}"},
    )
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)


class TemplateQueryArgsSchema(QueryArgsSchema):
    kind = one_of(KINDS)
    tone = one_of(TONES)
    sort = sort_field(("name", "kind", "created_at", "updated_at"), "created_at")
