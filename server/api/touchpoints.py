"""Touchpoints: every outreach logged, drafted, sent or skipped; marking a draft sent records it."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.errors import field_error
from server.extensions import db
from server.models import Contact, Interview, Touchpoint
from server.models.base import utcnow
from server.ownership import get_owned_for_field, get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.touchpoints import (
    MarkSentSchema,
    TouchpointQueryArgsSchema,
    TouchpointSchema,
)

blp = Blueprint(
    "touchpoints", __name__, url_prefix="/api/v1/touchpoints", description="Touchpoints"
)


def _apply(touchpoint: Touchpoint, data: dict) -> Touchpoint:
    """Copy validated fields, checking that the person and interview are the user's own."""
    data = dict(data)
    if "contact_id" in data:
        touchpoint.contact = get_owned_for_field(Contact, data.pop("contact_id"), "contact_id")
    if "interview_id" in data:
        touchpoint.interview = get_owned_for_field(
            Interview, data.pop("interview_id"), "interview_id"
        )
    if "occurred_at" in data:
        touchpoint.occurred_at = data.pop("occurred_at") or utcnow()
    for field, value in data.items():
        setattr(touchpoint, field, value)
    if touchpoint.contact is None and touchpoint.interview is None:
        field_error("contact_id", "a touchpoint needs a person, an interview, or both")
    return touchpoint


@blp.route("")
class Touchpoints(MethodView):
    @blp.arguments(TouchpointQueryArgsSchema, location="query")
    @blp.response(200, TouchpointSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List touchpoints, filtered by person, interview, status, kind or channel."""
        query = owned(Touchpoint)
        for name in ("contact_id", "interview_id", "status", "kind", "channel"):
            if name in args:
                query = query.where(getattr(Touchpoint, name) == args[name])
        return page_of(sort_query(query, Touchpoint, args["sort"]), pagination_parameters)

    @blp.arguments(TouchpointSchema)
    @blp.response(201, TouchpointSchema)
    def post(self, data):
        """Log a touchpoint (a draft, a message sent, or one deliberately skipped)."""
        touchpoint = _apply(Touchpoint(user_id=current_user().id), data)
        db.session.add(touchpoint)
        db.session.commit()
        return touchpoint


@blp.route("/<int:touchpoint_id>")
class TouchpointById(MethodView):
    @blp.response(200, TouchpointSchema)
    def get(self, touchpoint_id):
        """Get a touchpoint."""
        return get_owned_or_404(Touchpoint, touchpoint_id)

    @blp.arguments(TouchpointSchema(partial=True))
    @blp.response(200, TouchpointSchema)
    def patch(self, data, touchpoint_id):
        """Change a touchpoint."""
        touchpoint = _apply(get_owned_or_404(Touchpoint, touchpoint_id), data)
        db.session.commit()
        return touchpoint

    @blp.response(204)
    def delete(self, touchpoint_id):
        """Delete a touchpoint."""
        db.session.delete(get_owned_or_404(Touchpoint, touchpoint_id))
        db.session.commit()


@blp.route("/<int:touchpoint_id>/sent")
class TouchpointSent(MethodView):
    @blp.arguments(MarkSentSchema(), required=False)
    @blp.response(200, TouchpointSchema)
    def post(self, data, touchpoint_id):
        """Mark a draft (or a skipped one) as sent; it then counts as contact in the plan.

        Marking one already sent changes nothing, so a retried request is harmless.
        """
        touchpoint = get_owned_or_404(Touchpoint, touchpoint_id)
        if touchpoint.status != "sent":
            touchpoint.status = "sent"
            touchpoint.occurred_at = (data or {}).get("occurred_at") or utcnow()
            db.session.commit()
        return touchpoint
