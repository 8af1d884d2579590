"""Emails the extension has open: what kind they are, and which interview they belong to."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.connections import read_only
from server.schemas.emails import (
    ClassificationBatchSchema,
    ClassificationSchema,
    EmailBatchSchema,
    EmailSchema,
)
from server.services.emails import classify_emails

blp = Blueprint("emails", __name__, url_prefix="/api/v1/emails", description="Email detection")


@blp.route("/classify")
class Classify(MethodView):
    @read_only
    @blp.arguments(EmailSchema)
    @blp.response(200, ClassificationSchema)
    def post(self, data):
        """Classify one email (rejection, invite, receipt, offer, other) and match an interview."""
        return classify_emails(current_user(), [data])[0]


@blp.route("/classify/batch")
class ClassifyBatch(MethodView):
    @read_only
    @blp.arguments(EmailBatchSchema)
    @blp.response(200, ClassificationBatchSchema)
    def post(self, data):
        """Classify up to 100 emails; the answers come in the order of the emails."""
        return {"results": classify_emails(current_user(), data["emails"])}
