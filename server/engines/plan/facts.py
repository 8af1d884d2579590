"""What the planner reads: plain snapshots of the user's record, free of any database type."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

DEFAULT_FOLLOW_UP_DAYS = 105
MIN_FOLLOW_UP_DAYS = 90
DEFAULT_NOTES_PER_MONTH = 3

CONNECTION_STATES = ("unknown", "pending", "connected")
INTERVIEW_STATUSES = ("applied", "interviewing", "rejected", "offer", "withdrawn", "hired")
TOUCH_STATUSES = ("drafted", "sent", "skipped")
CHANNELS = ("email", "linkedin", "card", "phone", "other")
# What a logged touch was: the draft kinds, a plain LinkedIn invitation (no note), and anything
# else the user logs by hand. The touchpoints table stores exactly these (server/models).
TOUCH_KINDS = (
    "rejection_reply",
    "thank_you",
    "card",
    "connection_note",
    "check_in",
    "opening",
    "referral_ask",
    "connection_request",
    "other",
)


@dataclass(frozen=True)
class PlanSettings:
    """The user's cadence settings."""

    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS
    linkedin_account: str = "free"
    linkedin_notes_per_month: int = DEFAULT_NOTES_PER_MONTH


@dataclass(frozen=True)
class PersonFacts:
    """A contact as the planner sees it."""

    id: int
    name: str
    company_id: int | None = None
    follow_up_days: int | None = None
    do_not_contact: bool = False
    warmth: int | None = None
    connection_state: str = "unknown"
    has_email: bool = False


@dataclass(frozen=True)
class InterviewFacts:
    """An interview: its outcome and, once rejected, when and from whom the news came."""

    id: int
    company_id: int | None
    status: str
    company_name: str = ""
    role: str = ""
    rejected_at: datetime | None = None
    rejection_sender_id: int | None = None


@dataclass(frozen=True)
class RoundFacts:
    """One interview round and the people met in it (``held_on`` may be unknown)."""

    id: int
    interview_id: int
    held_on: datetime | None
    duration_minutes: int | None = None
    kind: str = "other"
    people: tuple[int, ...] = ()


@dataclass(frozen=True)
class TouchFacts:
    """One logged touchpoint (drafted, sent or skipped)."""

    id: int
    kind: str
    channel: str
    status: str
    occurred_at: datetime
    contact_id: int | None = None
    interview_id: int | None = None


@dataclass(frozen=True)
class OpeningFacts:
    """An opening the user saw at a company."""

    id: int
    company_id: int
    seen_at: datetime
    title: str = ""
    company_name: str = ""


@dataclass(frozen=True)
class PlanRecord:
    """Everything the planner needs about one user."""

    settings: PlanSettings = field(default_factory=PlanSettings)
    people: tuple[PersonFacts, ...] = ()
    interviews: tuple[InterviewFacts, ...] = ()
    rounds: tuple[RoundFacts, ...] = ()
    touches: tuple[TouchFacts, ...] = ()
    openings: tuple[OpeningFacts, ...] = ()


def as_utc(moment: datetime) -> datetime:
    """The same instant as an aware UTC datetime (naive values are taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def utc_day(moment: datetime) -> date:
    """The UTC calendar day of an instant."""
    return as_utc(moment).date()


def interval_days(settings: PlanSettings, person: PersonFacts | None) -> int:
    """Days between two outreaches to this person: their own interval, else the user's."""
    chosen = settings.follow_up_days
    if person is not None and person.follow_up_days is not None:
        chosen = person.follow_up_days
    # The floor guards the promise of "never pushy" even if a bad value slipped past the API.
    return max(MIN_FOLLOW_UP_DAYS, chosen or DEFAULT_FOLLOW_UP_DAYS)
