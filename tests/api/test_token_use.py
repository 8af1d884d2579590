"""A token's `last_used_at` is saved on reads too, at most once an hour, and never blocks."""

from datetime import timedelta

from sqlalchemy import select

from server.auth import LAST_USED_RESOLUTION
from server.extensions import db
from server.models import ApiToken
from server.models.base import utcnow


def _last_used(app, user):
    with app.app_context():
        return db.session.scalar(select(ApiToken.last_used_at).where(ApiToken.user_id == user.id))


def test_a_read_records_when_the_token_was_used(app, client, user):
    assert _last_used(app, user) is None
    assert client.get("/api/v1/me", headers=user.headers).status_code == 200
    first = _last_used(app, user)
    assert first is not None
    assert utcnow() - first < timedelta(minutes=5)


def test_use_within_the_hour_is_not_written_again(app, client, user):
    client.get("/api/v1/me", headers=user.headers)
    first = _last_used(app, user)
    client.get("/api/v1/interviews", headers=user.headers)
    assert _last_used(app, user) == first


def test_use_after_the_hour_is_written(app, client, user):
    client.get("/api/v1/me", headers=user.headers)
    stale = utcnow() - LAST_USED_RESOLUTION - timedelta(minutes=1)
    with app.app_context():
        row = db.session.scalar(select(ApiToken).where(ApiToken.user_id == user.id))
        row.last_used_at = stale
        db.session.commit()
    client.get("/api/v1/me", headers=user.headers)
    assert _last_used(app, user) > stale
