"""The account and its API tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.base import UTCDateTime, utcnow

LINKEDIN_ACCOUNTS = ("free", "premium")
DEFAULT_FOLLOW_UP_DAYS = 105
MIN_FOLLOW_UP_DAYS = 90
MAX_FOLLOW_UP_DAYS = 730


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    signature: Mapped[str] = mapped_column(Text, default="", nullable=False)
    linkedin_account: Mapped[str] = mapped_column(String(16), default="free", nullable=False)
    follow_up_days: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_FOLLOW_UP_DAYS, nullable=False
    )
    linkedin_notes_per_month: Mapped[int] = mapped_column(Integer, default=3, nullable=False)
    keep_email_body: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    calendar_key_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    tokens: Mapped[list[ApiToken]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )


class ApiToken(db.Model):
    """A bearer token, stored only as its SHA-256 hash; `prefix` lets a person tell them apart."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    prefix: Mapped[str] = mapped_column(String(16), nullable=False)
    label: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship(back_populates="tokens")
