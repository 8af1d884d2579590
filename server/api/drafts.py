"""Drafts: the right message for a person, in several variants, built from the record."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.connections import read_only
from server.schemas.drafts import DraftRequestSchema, DraftsSchema
from server.services.drafts import drafts_for

blp = Blueprint("drafts", __name__, url_prefix="/api/v1/drafts", description="Drafts")


@blp.route("")
class Drafts(MethodView):
    @read_only
    @blp.arguments(DraftRequestSchema)
    @blp.response(200, DraftsSchema)
    def post(self, args):
        """Draft a message: every variant on offer, the user's own templates first."""
        return {"drafts": drafts_for(current_user(), args)}
