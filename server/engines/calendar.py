"""Plan items as an iCalendar feed a calendar app can subscribe to."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from server.engines.plan.items import PlanItem

PRODID = "-//Rebound//Follow-up plan//EN"
CALENDAR_NAME = "Rebound follow-ups"
UID_DOMAIN = "rebound.invalid"
_STATUS_WORDS = {"overdue": "Overdue", "due": "Due now", "upcoming": "Coming up"}


def event_day(item: PlanItem, today: date) -> date:
    """The day an item shows on: when its window opens, or today once it can be acted on."""
    return item.start_on if item.status == "upcoming" else today


def event_uid(item: PlanItem, namespace: str) -> str:
    """A UID that stays the same for the same item across refreshes, unique per feed owner."""
    digest = hashlib.sha256(f"{namespace}\x1f{item.key}".encode()).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def plan_to_ical(items: Iterable[PlanItem], now: datetime, namespace: str) -> bytes:
    """All-day events, one per plan item, with the reason in the description."""
    now = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)
    today = now.date()
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    # A hint to calendar apps that the feed changes daily, so hourly refreshes are plenty.
    cal.add("x-published-ttl", "PT1H")
    for item in items:
        cal.add_component(_event(item, now, today, namespace))
    return cal.to_ical()


def _event(item: PlanItem, now: datetime, today: date, namespace: str) -> Event:
    day = event_day(item, today)
    event = Event()
    event.add("uid", event_uid(item, namespace))
    event.add("dtstamp", now)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", item.title)
    event.add("description", _description(item))
    event.add("categories", [item.kind.replace("_", " ")])
    # Reminders, not meetings: they should never make the user look busy.
    event.add("transp", "TRANSPARENT")
    return event


def _description(item: PlanItem) -> str:
    window = f"{item.start_on.isoformat()} to {item.due_on.isoformat()}"
    lines = [
        item.why,
        "",
        f"{_STATUS_WORDS.get(item.status, item.status)} (window {window}), by {item.channel}.",
    ]
    if item.with_note is not None:
        lines.append(
            "Add a personal note." if item.with_note else "Plain invitation, message on accept."
        )
    return "\n".join(lines)
