"""Bearer tokens: random, shown once, stored as a SHA-256 hash, looked up by that hash."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import timedelta

from flask import current_app, g, request
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import joinedload

from server.errors import abort
from server.extensions import db
from server.models import ApiToken, User
from server.models.base import utcnow
from server.ratelimit import auth_failure_limiter, client_address

TOKEN_PREFIX = "rb_"
_PUBLIC_BLUEPRINTS = {"api-docs"}
# `last_used_at` is a coarse "still in use?" hint: writing it at most hourly keeps reads
# from turning into writes on every request.
LAST_USED_RESOLUTION = timedelta(hours=1)

log = logging.getLogger(__name__)

# One round trip for the token and its user, built once: this runs before every request.
_TOKEN_WITH_USER = (
    select(ApiToken)
    .options(joinedload(ApiToken.user))
    .where(ApiToken.token_hash == bindparam("token_hash"))
)


def hash_token(token: str) -> str:
    """The stored form of a token (tokens carry 256 bits, so a plain hash is enough)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(user: User, label: str = "") -> str:
    """Add a new token for `user` to the session and return its only clear-text copy."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.session.add(
        ApiToken(user=user, token_hash=hash_token(token), prefix=token[:10], label=label)
    )
    return token


def user_for_token(token: str) -> User | None:
    """The active user a clear-text token belongs to, or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    wanted = hash_token(token)
    row = db.session.scalar(_TOKEN_WITH_USER, {"token_hash": wanted})
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.token_hash, wanted):
        return None
    _note_use(row)
    return row.user


def _note_use(row: ApiToken) -> None:
    """Record when a token was last used, at most once an hour, on a connection of its own.

    Its own connection and commit leave the request's session as it was: a read goes on
    without a transaction, a write keeps its transaction for itself.
    """
    now = utcnow()
    if row.last_used_at is not None and now - row.last_used_at < LAST_USED_RESOLUTION:
        return
    try:
        with db.engine.begin() as connection:
            connection.execute(
                update(ApiToken).where(ApiToken.id == row.id).values(last_used_at=now)
            )
    except DBAPIError as error:
        # A read-only or struggling database must still serve reads; the hint can wait.
        log.warning("could not record token use: %s", type(error.orig or error).__name__)


def public(view):
    """Mark a view function or MethodView class as reachable without a token."""
    view.public = True
    return view


def _is_public_view() -> bool:
    if request.blueprint in _PUBLIC_BLUEPRINTS:
        return True
    view = current_app.view_functions.get(request.endpoint or "")
    view_class = getattr(view, "view_class", None)
    return bool(getattr(view, "public", False) or getattr(view_class, "public", False))


def require_token() -> None:
    """before_request hook: every /api/v1 route but the public ones needs a valid token."""
    if request.method == "OPTIONS" or not request.path.startswith("/api/v1"):
        return
    if request.endpoint is None or _is_public_view():
        return
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        abort(
            401,
            "A bearer token is required: send 'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": 'Bearer realm="rebound"'},
        )
    token = token.strip()
    limiter = auth_failure_limiter()
    address = client_address()
    limiter.refuse_if_blocked(address)
    user = user_for_token(token)
    if user is None:
        if token.startswith(TOKEN_PREFIX):
            # Only a token of the right form could ever be a right guess; typos of the
            # header form (tested above) do not use up the address's allowance.
            limiter.record_failure(address)
        abort(
            401,
            "The token is not valid or has been revoked.",
            headers={"WWW-Authenticate": 'Bearer realm="rebound", error="invalid_token"'},
        )
    g.user = user
    g.user_id = user.id


def current_user() -> User:
    """The user the current request is authenticated as."""
    return g.user
