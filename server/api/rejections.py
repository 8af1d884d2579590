"""Recording a rejection email on the interview it ends."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.auth import current_user
from server.models import Interview
from server.ownership import get_owned_or_404
from server.schemas.emails import RejectionInSchema, RejectionSchema
from server.services.emails import record_rejection

blp = Blueprint("rejections", __name__, url_prefix="/api/v1/interviews", description="Rejections")


@blp.route("/<int:interview_id>/rejection")
class InterviewRejection(MethodView):
    @blp.arguments(RejectionInSchema)
    @blp.response(201, RejectionSchema)
    @blp.alt_response(200, schema=RejectionSchema, description="Already recorded")
    def post(self, data, interview_id):
        """Record a rejection on an interview (status and date set); once per message id."""
        interview = get_owned_or_404(Interview, interview_id)
        rejection, created = record_rejection(current_user(), interview, data)
        return rejection, 201 if created else 200
