"""Openings the extension saw, answered with whether (and to whom, when) to write about them."""

from flask.views import MethodView
from sqlalchemy import func

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.extensions import db
from server.models import Opening
from server.models.base import utcnow
from server.ownership import get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.openings import (
    OpeningQueryArgsSchema,
    OpeningSchema,
    OpeningWithSuggestionSchema,
)
from server.services.companies import find_or_create_company
from server.services.plan import opening_answer

blp = Blueprint("openings", __name__, url_prefix="/api/v1/openings", description="Openings")


def _with_suggestion(opening: Opening) -> Opening:
    """Attach what the plan rules say about this opening, for the response."""
    opening.suggestion = opening_answer(current_user(), opening, utcnow())
    return opening


def _already_seen(company_id: int, title: str, url: str | None) -> Opening | None:
    """The same opening recorded before: same URL, or same title when there is no URL."""
    query = owned(Opening).where(Opening.company_id == company_id)
    if url:
        query = query.where(Opening.url == url)
    else:
        query = query.where(func.lower(Opening.title) == title.lower(), Opening.url.is_(None))
    return db.session.scalars(query.order_by(Opening.id)).first()


@blp.route("")
class Openings(MethodView):
    @blp.arguments(OpeningQueryArgsSchema, location="query")
    @blp.response(200, OpeningSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List the openings seen."""
        query = owned(Opening)
        if "company_id" in args:
            query = query.where(Opening.company_id == args["company_id"])
        if args.get("q"):
            query = query.where(Opening.title.ilike(f"%{args['q']}%"))
        return page_of(sort_query(query, Opening, args["sort"]), pagination_parameters)

    @blp.arguments(OpeningSchema)
    @blp.response(201, OpeningWithSuggestionSchema)
    @blp.alt_response(200, schema=OpeningWithSuggestionSchema, description="Seen before")
    def post(self, data):
        """Record an opening the user saw and answer whether to write to someone about it."""
        user = current_user()
        company = find_or_create_company(user, data["company"])
        title = data["title"].strip()
        known = _already_seen(company.id, title, data["url"])
        if known is not None:
            db.session.commit()
            return _with_suggestion(known), 200
        opening = Opening(user_id=user.id, company=company, title=title, url=data["url"])
        db.session.add(opening)
        db.session.flush()
        _with_suggestion(opening)
        db.session.commit()
        return opening


@blp.route("/<int:opening_id>")
class OpeningById(MethodView):
    @blp.response(200, OpeningWithSuggestionSchema)
    def get(self, opening_id):
        """Get an opening with the current suggestion about it."""
        return _with_suggestion(get_owned_or_404(Opening, opening_id))

    @blp.response(204)
    def delete(self, opening_id):
        """Forget an opening."""
        db.session.delete(get_owned_or_404(Opening, opening_id))
        db.session.commit()
