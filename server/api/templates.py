"""The user's own message templates; one that cannot work is refused when saved."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.engines.compose import template_problems
from server.errors import abort
from server.extensions import db
from server.models import Template
from server.ownership import get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.templates import TemplateQueryArgsSchema, TemplateSchema

blp = Blueprint("templates", __name__, url_prefix="/api/v1/templates", description="Templates")


# Ids are 32-bit integers in the database; a larger one in the path names no row, and
# passing it to the driver would overflow instead of answering 404.
_MAX_ID = 2**31 - 1


def _my_template(template_id: int) -> Template:
    """The current user's template with this id, or a 404 identical to a missing one."""
    if template_id > _MAX_ID:
        abort(404, f"No template with id {template_id}.")
    return get_owned_or_404(Template, template_id)


def _refuse_unusable(kind: str, body: str, subject: str | None) -> None:
    """Stop with a 422 naming each field of a template that cannot be used, and why."""
    problems = template_problems(kind, body, subject, current_user().linkedin_account)
    if problems:
        reasons = "; ".join(reason for found in problems.values() for reason in found)
        abort(422, f"This template cannot be used: {reasons}", errors={"json": problems})


@blp.route("")
class Templates(MethodView):
    @blp.arguments(TemplateQueryArgsSchema, location="query")
    @blp.response(200, TemplateSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List my templates, optionally of one kind or tone."""
        query = owned(Template)
        if "kind" in args:
            query = query.where(Template.kind == args["kind"])
        if "tone" in args:
            query = query.where(Template.tone == args["tone"])
        return page_of(sort_query(query, Template, args["sort"]), pagination_parameters)

    @blp.arguments(TemplateSchema)
    @blp.response(201, TemplateSchema)
    def post(self, data):
        """Save a template; unknown variables or one that cannot fit its channel are refused."""
        _refuse_unusable(data["kind"], data["body"], data.get("subject"))
        template = Template(user_id=current_user().id, **data)
        db.session.add(template)
        db.session.commit()
        return template


@blp.route("/<int:template_id>")
class TemplateById(MethodView):
    @blp.response(200, TemplateSchema)
    def get(self, template_id):
        """Get a template."""
        return _my_template(template_id)

    @blp.arguments(TemplateSchema(partial=True))
    @blp.response(200, TemplateSchema)
    def patch(self, data, template_id):
        """Change a template; the result is checked as a whole before it is saved."""
        template = _my_template(template_id)
        merged = {
            name: data.get(name, getattr(template, name)) for name in ("kind", "body", "subject")
        }
        _refuse_unusable(merged["kind"], merged["body"], merged["subject"])
        for name, value in data.items():
            setattr(template, name, value)
        db.session.commit()
        return template

    @blp.response(204)
    def delete(self, template_id):
        """Delete a template."""
        db.session.delete(_my_template(template_id))
        db.session.commit()
