"""Liveness and database health, for the extension's 'test connection' and platform checks."""

from flask.views import MethodView
from marshmallow import Schema, fields
from sqlalchemy import text

from server.api.blueprint import Blueprint
from server.auth import public
from server.extensions import db

API_VERSION = "v1"

blp = Blueprint("health", __name__, url_prefix="/api/v1/health", description="Health check")


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "ok or unavailable"})
    database = fields.String(metadata={"description": "ok or unavailable"})
    version = fields.String(metadata={"description": "API version"})


@blp.route("")
@public
class Health(MethodView):
    @blp.doc(security=[])
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=HealthSchema, description="The database does not answer")
    def get(self):
        """Say whether the API and its database answer (no token needed)."""
        try:
            db.session.execute(text("SELECT 1"))
        except Exception:
            db.session.rollback()
            body = {"status": "unavailable", "database": "unavailable", "version": API_VERSION}
            return body, 503
        return {"status": "ok", "database": "ok", "version": API_VERSION}
