"""The read-only calendar key: random, shown once, stored as a hash, rotated on demand.

It is separate from the API token on purpose: a calendar URL ends up in calendar apps and
their sync servers, so it must only ever be able to read the plan.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select

from server.extensions import db
from server.models import User

KEY_PREFIX = "cal_"


def hash_calendar_key(key: str) -> str:
    """The stored form of a calendar key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def rotate_calendar_key(user: User) -> str:
    """Give the user a new key (the old one stops working) and return its only clear copy."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    user.calendar_key_hash = hash_calendar_key(key)
    return key


def user_for_calendar_key(key: str) -> User | None:
    """The user a calendar key belongs to, or None."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    wanted = hash_calendar_key(key)
    user = db.session.scalar(select(User).where(User.calendar_key_hash == wanted))
    if user is None or not hmac.compare_digest(user.calendar_key_hash or "", wanted):
        return None
    return user
