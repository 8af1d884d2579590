"""The people met: names, titles, addresses, LinkedIn profiles and what was discussed."""

from flask.views import MethodView
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.extensions import db
from server.models import Contact, Round, round_contacts
from server.ownership import get_owned_or_404, owned
from server.pagination import MAX_PAGE_SIZE, PAGE_SIZE, page_of, sort_query
from server.schemas.record import ContactQueryArgsSchema, ContactSchema
from server.services.contacts import apply_contact_fields

blp = Blueprint("contacts", __name__, url_prefix="/api/v1/contacts", description="Contacts")


@blp.route("")
class Contacts(MethodView):
    @blp.arguments(ContactQueryArgsSchema, location="query")
    @blp.response(200, ContactSchema(many=True))
    @blp.paginate(page_size=PAGE_SIZE, max_page_size=MAX_PAGE_SIZE)
    def get(self, args, pagination_parameters):
        """List contacts, filtered by company, interview, name or do-not-contact."""
        query = owned(Contact).options(selectinload(Contact.rounds))
        if "company_id" in args:
            query = query.where(Contact.company_id == args["company_id"])
        if "interview_id" in args:
            met = (
                select(round_contacts.c.contact_id)
                .join(Round, Round.id == round_contacts.c.round_id)
                .where(Round.interview_id == args["interview_id"])
            )
            query = query.where(Contact.id.in_(met))
        if args.get("q"):
            query = query.where(Contact.name.ilike(f"%{args['q']}%"))
        if "do_not_contact" in args:
            query = query.where(Contact.do_not_contact == args["do_not_contact"])
        return page_of(sort_query(query, Contact, args["sort"]), pagination_parameters)

    @blp.arguments(ContactSchema)
    @blp.response(201, ContactSchema)
    def post(self, data):
        """Create a contact; the company is found or created by name."""
        user = current_user()
        contact = apply_contact_fields(user, Contact(user_id=user.id), data)
        db.session.add(contact)
        db.session.commit()
        return contact


@blp.route("/<int:contact_id>")
class ContactById(MethodView):
    @blp.response(200, ContactSchema)
    def get(self, contact_id):
        """Get a contact."""
        return get_owned_or_404(Contact, contact_id)

    @blp.arguments(ContactSchema(partial=True))
    @blp.response(200, ContactSchema)
    def patch(self, data, contact_id):
        """Change a contact."""
        contact = get_owned_or_404(Contact, contact_id)
        apply_contact_fields(current_user(), contact, data)
        db.session.commit()
        return contact

    @blp.response(204)
    def delete(self, contact_id):
        """Delete a contact and their touchpoints."""
        db.session.delete(get_owned_or_404(Contact, contact_id))
        db.session.commit()
