"""The plan: who to contact, when and why, plus the LinkedIn note meter."""

from __future__ import annotations

from marshmallow import fields, validate

from server.engines.plan.items import ITEM_KINDS, STATUS_ORDER
from server.schemas.common import QueryArgsSchema, RefSchema, StrictSchema, one_of


class InterviewRefSchema(StrictSchema):
    id = fields.Integer()
    company = fields.String()
    role = fields.String()


class OpeningRefSchema(StrictSchema):
    id = fields.Integer()
    title = fields.String()
    url = fields.String(allow_none=True)


class PlanItemSchema(StrictSchema):
    key = fields.String(metadata={"description": "Stable identity of the item"})
    kind = fields.String(metadata={"description": "One of: " + ", ".join(ITEM_KINDS)})
    status = fields.String(metadata={"description": "overdue, due or upcoming"})
    person = fields.Nested(RefSchema, allow_none=True)
    interview = fields.Nested(InterviewRefSchema, allow_none=True)
    opening = fields.Nested(OpeningRefSchema, allow_none=True)
    start_on = fields.Date(metadata={"description": "First day it makes sense"})
    due_on = fields.Date(metadata={"description": "Late after this day"})
    channel = fields.String()
    title = fields.String()
    why = fields.String()
    with_note = fields.Boolean(
        allow_none=True, metadata={"description": "Invitations: add a note (or a plain invite)"}
    )
    draft_id = fields.Integer(
        allow_none=True, metadata={"description": "A drafted touchpoint that would answer it"}
    )


class NoteMeterSchema(StrictSchema):
    account = fields.String()
    notes_per_month = fields.Integer(allow_none=True, metadata={"description": "None: no limit"})
    used_this_month = fields.Integer()
    notes_left_this_month = fields.Integer(allow_none=True)
    with_note = fields.List(fields.Nested(RefSchema))
    plain_invite = fields.List(
        fields.Nested(RefSchema),
        metadata={"description": "Invite without a note, then message once they accept"},
    )


class PlanSchema(StrictSchema):
    as_of = fields.Date()
    items = fields.List(fields.Nested(PlanItemSchema))
    linkedin_notes = fields.Nested(NoteMeterSchema)


class PlanQueryArgsSchema(QueryArgsSchema):
    kind = one_of(ITEM_KINDS)
    status = one_of(STATUS_ORDER)
    within_days = fields.Integer(
        validate=validate.Range(min=0, max=730),
        metadata={"description": "Only items whose window opens within this many days"},
    )


class CalendarFeedArgsSchema(QueryArgsSchema):
    key = fields.String(
        validate=validate.Length(max=200),
        metadata={"description": "The read-only calendar key (never the API token)"},
    )


class CalendarKeySchema(StrictSchema):
    key = fields.String(metadata={"description": "Shown once; only its hash is kept"})
    feed_url = fields.String()
