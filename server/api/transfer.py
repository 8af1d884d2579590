"""Export everything the user keeps as one JSON document, and import it back."""

from flask.views import MethodView

from server.api.blueprint import Blueprint
from server.api.me import wipe_user_data
from server.auth import current_user
from server.extensions import db
from server.schemas.transfer import ExportSchema, ImportArgsSchema, ImportResultSchema
from server.services.transfer import export_user, import_user, refuse_non_empty

blp = Blueprint("transfer", __name__, url_prefix="/api/v1", description="Export and import")


@blp.route("/export")
class Export(MethodView):
    @blp.response(200, ExportSchema)
    def get(self):
        """Return all of the user's data as one JSON document."""
        return export_user(current_user())


@blp.route("/import")
class Import(MethodView):
    @blp.arguments(ImportArgsSchema, location="query")
    @blp.arguments(ExportSchema)
    @blp.response(201, ImportResultSchema)
    def post(self, args, doc):
        """Import an export document, into an empty account or replacing everything."""
        user = current_user()
        if args["replace"]:
            wipe_user_data(user)
        else:
            refuse_non_empty(user)
        counts = import_user(user, doc)
        db.session.commit()
        return {"imported": counts}
