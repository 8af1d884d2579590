"""What the planner answers: plan items, the LinkedIn note meter and opening suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Kinds of plan item, in the order they are shown when two fall on the same day.
ITEM_KINDS = (
    "rejection_reply",
    "thank_you",
    "connect",
    "message_after_accept",
    "opening",
    "check_in",
)
STATUS_ORDER = ("overdue", "due", "upcoming")


@dataclass(frozen=True)
class PlanItem:
    """One thing to do for one person (or one interview), with its window and the reason."""

    key: str
    kind: str
    contact_id: int | None
    interview_id: int | None
    start_on: date
    due_on: date
    status: str
    channel: str
    title: str
    why: str
    opening_id: int | None = None
    with_note: bool | None = None
    draft_id: int | None = None


@dataclass(frozen=True)
class NoteMeter:
    """How many LinkedIn invitation notes are left this month, and who should get one."""

    account: str
    notes_per_month: int | None
    used_this_month: int
    notes_left_this_month: int | None
    with_note: tuple[int, ...]
    plain_invite: tuple[int, ...]


@dataclass(frozen=True)
class Plan:
    """The whole plan: items sorted by urgency, plus the note meter."""

    items: tuple[PlanItem, ...]
    linkedin_notes: NoteMeter


@dataclass(frozen=True)
class OpeningSuggestion:
    """Whether to write to someone about an opening, to whom, from when, and why."""

    opening_id: int
    suggested: bool
    contact_id: int | None
    due_on: date | None
    why: str
    next_possible_on: date | None = None


def status_for(today: date, start_on: date, due_on: date) -> str:
    """Overdue once the window has passed, due inside it, upcoming before it opens."""
    if today > due_on:
        return "overdue"
    if today >= start_on:
        return "due"
    return "upcoming"


def sort_key(item: PlanItem) -> tuple:
    """Most urgent first, then by date, kind and ids so the order is stable."""
    return (
        STATUS_ORDER.index(item.status),
        item.due_on,
        ITEM_KINDS.index(item.kind),
        item.contact_id or 0,
        item.interview_id or 0,
        item.opening_id or 0,
    )
