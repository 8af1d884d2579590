"""Companies the user applied to, with the domains their mail comes from."""

from flask.views import MethodView
from sqlalchemy import exists, select

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.errors import abort, field_error
from server.extensions import db
from server.models import Company, Contact, Interview
from server.ownership import get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.record import CompanyQueryArgsSchema, CompanySchema
from server.services.companies import company_key, find_company

blp = Blueprint("companies", __name__, url_prefix="/api/v1/companies", description="Companies")


def _normalise(data: dict) -> dict:
    if "domains" in data:
        data["domains"] = sorted({d.strip().lower() for d in data["domains"]})
    if "name" in data:
        data["name"] = data["name"].strip()
    return data


def _ensure_unique_name(name: str, company_id: int | None = None) -> None:
    other = find_company(current_user(), name)
    if other is not None and other.id != company_id:
        field_error("name", f"a company named {other.name!r} exists (id {other.id})", 409)


@blp.route("")
class Companies(MethodView):
    @blp.arguments(CompanyQueryArgsSchema, location="query")
    @blp.response(200, CompanySchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List companies."""
        query = owned(Company)
        if args.get("q"):
            query = query.where(Company.name.ilike(f"%{args['q']}%"))
        return page_of(sort_query(query, Company, args["sort"]), pagination_parameters)

    @blp.arguments(CompanySchema)
    @blp.response(201, CompanySchema)
    def post(self, data):
        """Create a company."""
        data = _normalise(data)
        _ensure_unique_name(data["name"])
        company = Company(user_id=current_user().id, name_key=company_key(data["name"]), **data)
        db.session.add(company)
        db.session.commit()
        return company


@blp.route("/<int:company_id>")
class CompanyById(MethodView):
    @blp.response(200, CompanySchema)
    def get(self, company_id):
        """Get a company."""
        return get_owned_or_404(Company, company_id)

    @blp.arguments(CompanySchema(partial=True))
    @blp.response(200, CompanySchema)
    def patch(self, data, company_id):
        """Change a company."""
        company = get_owned_or_404(Company, company_id)
        data = _normalise(data)
        if "name" in data:
            _ensure_unique_name(data["name"], company.id)
            company.name_key = company_key(data["name"])
        for field, value in data.items():
            setattr(company, field, value)
        db.session.commit()
        return company

    @blp.response(204)
    def delete(self, company_id):
        """Delete a company that no interview refers to (its contacts are kept)."""
        company = get_owned_or_404(Company, company_id)
        in_use = db.session.scalar(select(exists().where(Interview.company_id == company.id)))
        if in_use:
            abort(409, "This company has interviews; delete them first.")
        for contact in db.session.scalars(owned(Contact).where(Contact.company_id == company.id)):
            contact.company_id = None
        db.session.delete(company)
        db.session.commit()
