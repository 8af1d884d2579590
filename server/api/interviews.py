"""Interviews: the company, the role, where it stands and what was discussed."""

from flask.views import MethodView
from sqlalchemy.orm import lazyload, load_only, selectinload

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.extensions import db
from server.models import Contact, Interview, Round
from server.ownership import get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.record import InterviewQueryArgsSchema, InterviewSchema
from server.services.companies import find_or_create_company

blp = Blueprint("interviews", __name__, url_prefix="/api/v1/interviews", description="Interviews")

# A round shows its people as {id, name}: their notes, profile data and company are not read.
# The people are joined to the rounds' statement (a few rows each), not read in another one.
_WITH_ROUNDS = (
    selectinload(Interview.rounds)
    .joinedload(Round.contacts)
    .options(load_only(Contact.id, Contact.name), lazyload(Contact.company))
)


def _apply(interview: Interview, data: dict) -> Interview:
    data = dict(data)
    if "company" in data:
        interview.company = find_or_create_company(current_user(), data.pop("company"))
    for field, value in data.items():
        setattr(interview, field, value.strip() if field == "role" else value)
    return interview


@blp.route("")
class Interviews(MethodView):
    @blp.arguments(InterviewQueryArgsSchema, location="query")
    @blp.response(200, InterviewSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List interviews, filtered by status, company or role."""
        query = owned(Interview).options(_WITH_ROUNDS)
        if "status" in args:
            query = query.where(Interview.status == args["status"])
        if "company_id" in args:
            query = query.where(Interview.company_id == args["company_id"])
        if args.get("q"):
            query = query.where(Interview.role.ilike(f"%{args['q']}%"))
        return page_of(sort_query(query, Interview, args["sort"]), pagination_parameters)

    @blp.arguments(InterviewSchema)
    @blp.response(201, InterviewSchema)
    def post(self, data):
        """Create an interview; the company is found or created by name."""
        interview = _apply(Interview(user_id=current_user().id), data)
        db.session.add(interview)
        db.session.commit()
        return interview


@blp.route("/<int:interview_id>")
class InterviewById(MethodView):
    @blp.response(200, InterviewSchema)
    def get(self, interview_id):
        """Get an interview with its rounds."""
        return get_owned_or_404(Interview, interview_id)

    @blp.arguments(InterviewSchema(partial=True))
    @blp.response(200, InterviewSchema)
    def patch(self, data, interview_id):
        """Change an interview."""
        interview = _apply(get_owned_or_404(Interview, interview_id), data)
        db.session.commit()
        return interview

    @blp.response(204)
    def delete(self, interview_id):
        """Delete an interview and its rounds."""
        db.session.delete(get_owned_or_404(Interview, interview_id))
        db.session.commit()
