"""The interview record: companies, interviews, their rounds and the people met."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.base import OwnedMixin, TimestampMixin, UTCDateTime

ROUND_KINDS = (
    "phone_screen",
    "recruiter_call",
    "technical",
    "take_home",
    "onsite",
    "panel",
    "hiring_manager",
    "final",
    "other",
)
CONNECTION_STATES = ("unknown", "pending", "connected")

round_contacts = Table(
    "round_contacts",
    db.metadata,
    Column("round_id", ForeignKey("rounds.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_round_contacts_contact_id", "contact_id"),
)


class Company(OwnedMixin, TimestampMixin, db.Model):
    __tablename__ = "companies"
    __table_args__ = (UniqueConstraint("user_id", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_key: Mapped[str] = mapped_column(String(200), nullable=False)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)


class Interview(OwnedMixin, TimestampMixin, db.Model):
    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("companies.id", ondelete="RESTRICT"), index=True, nullable=False
    )
    role: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default="applied", nullable=False)
    applied_on: Mapped[date | None] = mapped_column(Date)
    rejected_on: Mapped[date | None] = mapped_column(Date)
    posting_url: Mapped[str | None] = mapped_column(String(2000))
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)

    company: Mapped[Company] = relationship(lazy="joined")
    rounds: Mapped[list[Round]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Round.held_on",
    )


class Contact(OwnedMixin, TimestampMixin, db.Model):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_user_profile_key", "user_id", "profile_key"),
        # Name look-ups are exact index seeks: family name with the given names it could go
        # with, and given names at a company (bench_match.py shows the growth with these).
        Index("ix_contacts_user_last_first", "user_id", "last_name_key", "first_name_key"),
        Index("ix_contacts_user_company_first", "user_id", "company_id", "first_name_key"),
        Index("ix_contacts_user_first_name_key", "user_id", "first_name_key"),
        Index("ix_contacts_user_email", "user_id", "email"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    preferred_name: Mapped[str | None] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    linkedin_url: Mapped[str | None] = mapped_column(String(2000))
    profile_key: Mapped[str | None] = mapped_column(String(300))
    first_name_key: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    last_name_key: Mapped[str] = mapped_column(String(100), default="", nullable=False)
    name_key: Mapped[str] = mapped_column(String(200), default="", nullable=False)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)
    warmth: Mapped[int | None] = mapped_column(Integer)
    follow_up_days: Mapped[int | None] = mapped_column(Integer)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    connection_state: Mapped[str] = mapped_column(String(16), default="unknown", nullable=False)
    profile_data: Mapped[dict | None] = mapped_column(JSON)

    company: Mapped[Company | None] = relationship(lazy="joined")
    rounds: Mapped[list[Round]] = relationship(
        secondary=round_contacts, back_populates="contacts", viewonly=True
    )


class Round(OwnedMixin, TimestampMixin, db.Model):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True, nullable=False
    )
    kind: Mapped[str] = mapped_column(String(32), default="other", nullable=False)
    held_on: Mapped[datetime | None] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="", nullable=False)

    interview: Mapped[Interview] = relationship(back_populates="rounds")
    contacts: Mapped[list[Contact]] = relationship(
        secondary=round_contacts, back_populates="rounds", order_by="Contact.id"
    )
