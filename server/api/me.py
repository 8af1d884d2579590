"""The signed-in user's profile and settings, sign-up when open, and wiping one's data."""

from flask import current_app
from flask.views import MethodView
from sqlalchemy import delete, select

from server.api.blueprint import Blueprint
from server.auth import current_user, issue_token, public
from server.errors import abort, field_error
from server.extensions import db
from server.models import OWNED_MODELS, User
from server.schemas.me import MeSchema, SignupResultSchema, SignupSchema

blp = Blueprint("me", __name__, url_prefix="/api/v1", description="The user and their settings")


@blp.route("/me")
class Me(MethodView):
    @blp.response(200, MeSchema)
    def get(self):
        """Return the user's profile and settings."""
        return current_user()

    @blp.arguments(MeSchema(partial=True))
    @blp.response(200, MeSchema)
    def patch(self, data):
        """Change the user's profile and settings."""
        user = current_user()
        for field, value in data.items():
            setattr(user, field, value)
        db.session.commit()
        return user


@blp.route("/me/data")
class MyData(MethodView):
    @blp.response(204)
    def delete(self):
        """Delete every record the user keeps (the account and its tokens stay)."""
        wipe_user_data(current_user())
        db.session.commit()


@blp.route("/signup")
@public
class Signup(MethodView):
    @blp.doc(security=[])
    @blp.arguments(SignupSchema)
    @blp.response(201, SignupResultSchema)
    def post(self, data):
        """Create an account and its first token, when the server allows sign-up."""
        if not current_app.config["REBOUND_OPEN_SIGNUP"]:
            abort(403, "Sign-up is closed on this server; ask its owner for an account.")
        address = data["email"].strip().lower()
        if db.session.scalar(select(User.id).where(User.email == address)) is not None:
            field_error("email", "an account with this address exists", status=409)
        user = User(email=address, name=data["name"])
        db.session.add(user)
        token = issue_token(user, label="sign-up")
        db.session.commit()
        return {"user": user, "token": token}


def wipe_user_data(user: User) -> None:
    """Delete all of a user's owned rows, children first, and turn off the calendar feed."""
    user.calendar_key_hash = None
    for model in reversed(OWNED_MODELS):
        db.session.execute(delete(model).where(model.user_id == user.id))
