"""What happened and what the user keeps: rejections, touchpoints, openings, templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.engines.compose.facts import KINDS
from server.engines.plan.facts import CHANNELS, TOUCH_KINDS, TOUCH_STATUSES
from server.extensions import db
from server.models.base import OwnedMixin, TimestampMixin, UTCDateTime, utcnow
from server.models.record import Company, Contact, Interview

# The engines own the vocabulary; the tables store exactly what they understand.
TOUCHPOINT_CHANNELS = CHANNELS
TOUCHPOINT_STATUSES = TOUCH_STATUSES
MESSAGE_KINDS = KINDS
TOUCHPOINT_KINDS = TOUCH_KINDS


class Rejection(OwnedMixin, db.Model):
    """A rejection email recorded on an interview; one per message id."""

    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("user_id", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True, nullable=False
    )
    message_id: Mapped[str] = mapped_column(String(500), nullable=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    subject: Mapped[str] = mapped_column(String(500), default="", nullable=False)
    sender_name: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    sender_email: Mapped[str] = mapped_column(String(254), default="", nullable=False)
    excerpt: Mapped[str] = mapped_column(Text, default="", nullable=False)
    body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    interview: Mapped[Interview] = relationship()


class Touchpoint(OwnedMixin, TimestampMixin, db.Model):
    """One outreach to a person, drafted, sent or skipped."""

    __tablename__ = "touchpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    interview_id: Mapped[int | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="drafted", nullable=False)
    subject: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    contact: Mapped[Contact | None] = relationship()
    interview: Mapped[Interview | None] = relationship()


class Opening(OwnedMixin, db.Model):
    """A job opening the user actually saw at a company."""

    __tablename__ = "openings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="CASCADE"), index=True, nullable=False
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    url: Mapped[str | None] = mapped_column(String(2000))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    company: Mapped[Company] = relationship(lazy="joined")


class Template(OwnedMixin, TimestampMixin, db.Model):
    """A user's own wording for one kind of message."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    tone: Mapped[str | None] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, nullable=False)
