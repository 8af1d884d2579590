"""Touchpoints: every outreach, drafted, sent or skipped."""

from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from server.models import TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS, TOUCHPOINT_STATUSES
from server.schemas.common import (
    QueryArgsSchema,
    RefSchema,
    StrictSchema,
    aware_datetime,
    one_of,
    sort_field,
    text,
)


def _id_field(**kwargs) -> fields.Integer:
    return fields.Integer(
        allow_none=True, load_default=None, validate=validate.Range(min=1), **kwargs
    )


class TouchpointSchema(StrictSchema):
    id = fields.Integer(dump_only=True)
    contact_id = _id_field(metadata={"description": "The person it went to"})
    interview_id = _id_field(metadata={"description": "The interview it belongs to"})
    channel = one_of(TOUCHPOINT_CHANNELS, required=True)
    kind = one_of(TOUCHPOINT_KINDS, required=True)
    status = one_of(TOUCHPOINT_STATUSES, load_default="drafted")
    subject = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=500))
    text = text(20_000, load_default="")
    occurred_at = aware_datetime(
        allow_none=True,
        load_default=None,
        metadata={"description": "When it was sent (or drafted); now when left out"},
    )
    contact = fields.Nested(RefSchema, dump_only=True, allow_none=True)
    created_at = fields.DateTime(dump_only=True)
    updated_at = fields.DateTime(dump_only=True)

    @ma.post_dump(pass_original=True)
    def _contact_ref(self, data, original, **_):
        person = getattr(original, "contact", None)
        data["contact"] = {"id": person.id, "name": person.name} if person else None
        return data


class TouchpointQueryArgsSchema(QueryArgsSchema):
    contact_id = fields.Integer()
    interview_id = fields.Integer()
    status = one_of(TOUCHPOINT_STATUSES)
    kind = one_of(TOUCHPOINT_KINDS)
    channel = one_of(TOUCHPOINT_CHANNELS)
    sort = sort_field(("occurred_at", "created_at"), "-occurred_at")


class MarkSentSchema(StrictSchema):
    occurred_at = aware_datetime(
        allow_none=True, load_default=None, metadata={"description": "When it went out; now"}
    )
