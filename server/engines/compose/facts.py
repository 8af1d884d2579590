"""What the drafting engine takes in and gives back: plain, frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

KINDS = (
    "rejection_reply",
    "thank_you",
    "card",
    "connection_note",
    "check_in",
    "opening",
    "referral_ask",
)
TONES = ("warm", "formal", "brief")
ACCOUNTS = ("free", "premium")

CHANNEL_OF_KIND = {
    "rejection_reply": "email",
    "thank_you": "email",
    "card": "card",
    "connection_note": "linkedin",
    "check_in": "email",
    "opening": "email",
    "referral_ask": "email",
}

# Every kind but the rejection reply is written to one person; the reply can answer
# a rejection whose sender is not on record.
KINDS_NEEDING_PERSON = frozenset(KINDS) - {"rejection_reply"}

# Keys a caller may put in `extras`, with what each holds.
EXTRAS = {
    "link": "a URL the user wants to share (an article, a talk); never used on a card",
    "link_title": "a short title for that link",
    "news": "the company's news as a short phrase, e.g. 'the launch of the new API'",
    "progress": "the user's own update, e.g. 'I finished a course on distributed systems'",
    "opening_title": "the title of an opening the user saw (needed for 'opening')",
    "opening_url": "the URL of that opening",
    "looking_for": "the kind of role the user is looking for (for 'referral_ask')",
}


class ComposeError(ValueError):
    """A draft cannot be built because a required fact is absent; `field` names it."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


@dataclass(frozen=True)
class Person:
    """The person a draft is written to."""

    name: str
    preferred_name: str | None = None
    title: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RoundFacts:
    """One interview round: its kind, when it was held, and what was said in it."""

    kind: str = "other"
    held_on: date | datetime | None = None
    notes: str | None = None


@dataclass(frozen=True)
class InterviewFacts:
    """The interview a draft is about."""

    company: str | None = None
    role: str | None = None
    notes: str | None = None
    rounds: tuple[RoundFacts, ...] = ()
    rejection_subject: str | None = None


@dataclass(frozen=True)
class Sender:
    """The user who sends the draft."""

    name: str | None = None
    signature: str | None = None
    linkedin_account: str = "free"


@dataclass(frozen=True)
class DraftRequest:
    """Everything needed to draft one kind of message in one tone."""

    kind: str
    tone: str = "warm"
    person: Person | None = None
    interview: InterviewFacts | None = None
    round: RoundFacts | None = None
    user: Sender = field(default_factory=Sender)
    extras: dict[str, str] = field(default_factory=dict)
    # Shifts which built-in variant comes first, so thank-yous to several people who
    # met the user together do not all open with the same wording.
    rotation: int = 0


@dataclass(frozen=True)
class UserTemplate:
    """A user's own wording for a kind; `tone` None means it suits every tone."""

    id: int | str
    kind: str
    body: str
    subject: str | None = None
    tone: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Draft:
    """One offered variant of a message."""

    text: str
    subject: str | None
    channel: str
    length: int
    limit: int | None
    personalised_with: tuple[str, ...]
    missing: tuple[str, ...]
    tone: str
    source: str
