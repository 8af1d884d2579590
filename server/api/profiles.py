"""LinkedIn profiles: is this someone the user met, and linking or adding them."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.connections import read_only
from server.extensions import db
from server.models import Contact
from server.models.base import utcnow
from server.ownership import get_owned_or_404
from server.schemas.profiles import (
    ConfirmProfileSchema,
    ProfileMatchSchema,
    ProfileSchema,
    ProfileToStoreSchema,
)
from server.schemas.record import ContactSchema
from server.services.profiles import (
    confirm_profile,
    contact_from_profile,
    interviews_with,
    match_stored_profile,
    profile_facts,
    suggestions_for,
    suggestions_without_contact,
)

blp = Blueprint("profiles", __name__, url_prefix="/api/v1/profiles", description="Profiles")
# Confirming and creating act on contacts, so they live under the contacts path.
extra_blp = Blueprint(
    "contact_profiles",
    __name__,
    url_prefix="/api/v1/contacts",
    description="Contacts from LinkedIn profiles",
)


@blp.route("/match")
class ProfileMatch(MethodView):
    @read_only
    @blp.arguments(ProfileSchema)
    @blp.response(200, ProfileMatchSchema)
    def post(self, data):
        """Say whether a LinkedIn profile is someone the user met, and what to do now."""
        match = match_stored_profile(profile_facts(data))
        candidates = [
            {"contact": contact, "score": found.score, "why": found.why}
            for contact, found in match.candidates
        ]
        if match.contact is None:
            return {
                "contact": None,
                "candidates": candidates,
                "interviews": [],
                "connection": {"state": "unknown"},
                "suggestions": suggestions_without_contact(match),
            }
        met = interviews_with(match.contact)
        return {
            "contact": match.contact,
            "candidates": candidates,
            "interviews": met,
            "connection": {"state": match.contact.connection_state},
            "suggestions": suggestions_for(current_user(), match.contact, met, utcnow()),
        }


@extra_blp.route("/<int:contact_id>/profile")
class ContactProfile(MethodView):
    @extra_blp.arguments(ConfirmProfileSchema)
    @extra_blp.response(200, ContactSchema)
    def post(self, data, contact_id):
        """Confirm that a contact is the person on a profile, storing what the page showed."""
        contact = get_owned_or_404(Contact, contact_id)
        confirm_profile(current_user(), contact, data, utcnow())
        db.session.commit()
        return contact


@extra_blp.route("/from-profile")
class ContactFromProfile(MethodView):
    @extra_blp.arguments(ProfileToStoreSchema)
    @extra_blp.response(201, ContactSchema)
    def post(self, data):
        """Add a person met but never stored, from their LinkedIn profile."""
        contact = contact_from_profile(current_user(), data, utcnow())
        db.session.commit()
        return contact
