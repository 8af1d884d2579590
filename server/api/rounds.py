"""Rounds of an interview: the kind, the date, and the people met in it."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.extensions import db
from server.models import Contact, Interview, Round
from server.ownership import get_many_owned_for_field, get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.record import RoundQueryArgsSchema, RoundSchema

blp = Blueprint(
    "rounds",
    __name__,
    url_prefix="/api/v1/interviews/<int:interview_id>/rounds",
    description="Interview rounds",
)


def _apply(round_: Round, data: dict) -> Round:
    data = dict(data)
    if "contact_ids" in data:
        round_.contacts = get_many_owned_for_field(Contact, data.pop("contact_ids"), "contact_ids")
    for field, value in data.items():
        setattr(round_, field, value)
    return round_


@blp.route("")
class Rounds(MethodView):
    @blp.arguments(RoundQueryArgsSchema, location="query")
    @blp.response(200, RoundSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, interview_id, pagination_parameters):
        """List the rounds of an interview."""
        get_owned_or_404(Interview, interview_id)
        query = owned(Round).where(Round.interview_id == interview_id)
        return page_of(sort_query(query, Round, args["sort"]), pagination_parameters)

    @blp.arguments(RoundSchema)
    @blp.response(201, RoundSchema)
    def post(self, data, interview_id):
        """Add a round to an interview."""
        interview = get_owned_or_404(Interview, interview_id)
        round_ = Round(user_id=current_user().id, interview=interview)
        db.session.add(round_)
        _apply(round_, data)
        if interview.status == "applied":
            interview.status = "interviewing"
        db.session.commit()
        return round_


@blp.route("/<int:round_id>")
class RoundById(MethodView):
    @blp.response(200, RoundSchema)
    def get(self, interview_id, round_id):
        """Get a round."""
        return get_owned_or_404(Round, round_id, interview_id=interview_id)

    @blp.arguments(RoundSchema(partial=True))
    @blp.response(200, RoundSchema)
    def patch(self, data, interview_id, round_id):
        """Change a round."""
        round_ = _apply(get_owned_or_404(Round, round_id, interview_id=interview_id), data)
        db.session.commit()
        return round_

    @blp.response(204)
    def delete(self, interview_id, round_id):
        """Delete a round."""
        db.session.delete(get_owned_or_404(Round, round_id, interview_id=interview_id))
        db.session.commit()
