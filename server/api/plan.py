"""The plan: what is due for whom and why, as JSON and as a calendar feed with its own key."""

from flask import Response, g, url_for
from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user, public
from server.engines.calendar import plan_to_ical
from server.errors import abort
from server.extensions import db
from server.models.base import utcnow
from server.ratelimit import auth_failure_limiter, client_address
from server.schemas.plan import (
    CalendarFeedArgsSchema,
    CalendarKeySchema,
    PlanQueryArgsSchema,
    PlanSchema,
)
from server.services.calendar_keys import rotate_calendar_key, user_for_calendar_key
from server.services.plan import plan_document, plan_for

blp = Blueprint("plan", __name__, url_prefix="/api/v1", description="The follow-up plan")

ICAL_MIMETYPE = "text/calendar"


@blp.route("/plan")
class PlanView(MethodView):
    @blp.arguments(PlanQueryArgsSchema, location="query")
    @blp.response(200, PlanSchema)
    def get(self, args):
        """List what is due now and next: each item's person, interview, dates and reason."""
        now = utcnow()
        plan, loaded = plan_for(current_user(), now)
        return plan_document(plan, loaded, now.date(), args)


@blp.route("/plan.ics")
@public
class CalendarFeed(MethodView):
    @blp.doc(security=[])
    @blp.arguments(CalendarFeedArgsSchema, location="query")
    @blp.response(200, content_type=ICAL_MIMETYPE, description="An iCalendar feed")
    @blp.alt_response(401, description="No calendar key given")
    @blp.alt_response(404, description="Unknown key, or one replaced by a newer key")
    @blp.alt_response(429, description="Too many wrong keys from this address")
    def get(self, args):
        """The same plan as an iCalendar feed, read with the calendar key (not the API token)."""
        if not args.get("key"):
            abort(401, "This feed needs its calendar key: /api/v1/plan.ics?key=...")
        # Calendar keys are secrets like tokens: guessing them is slowed the same way.
        limiter, address = auth_failure_limiter(), client_address()
        limiter.refuse_if_blocked(address)
        user = user_for_calendar_key(args["key"])
        if user is None:
            limiter.record_failure(address)
            abort(404, "No calendar feed for this key; it may have been replaced by a new one.")
        # The feed reads through the same ownership helper as every other view.
        g.user = user
        now = utcnow()
        plan, _ = plan_for(user, now)
        body = plan_to_ical(plan.items, now, namespace=f"user-{user.id}")
        return Response(
            body,
            mimetype=ICAL_MIMETYPE,
            # The URL holds a secret, so no shared cache may keep the answer.
            headers={"Cache-Control": "private, max-age=300"},
        )


@blp.route("/me/calendar-key")
class CalendarKey(MethodView):
    @blp.response(201, CalendarKeySchema)
    def post(self):
        """Make a new calendar key (the old one stops working); shown only this once."""
        key = rotate_calendar_key(current_user())
        db.session.commit()
        return {"key": key, "feed_url": url_for("plan.CalendarFeed", key=key, _external=True)}
