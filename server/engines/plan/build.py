"""Put the rules together into one plan: courtesies first, then openings, then check-ins.

Cool-down: never two outreaches to the same person inside their interval, whatever the kind.
Any *sent* touch (any kind, any channel) and any round restart the clock; drafted and skipped
touches do not, because nothing reached the person. The closing exchange of an interview
(reply, thank-yous, invitation, the message after it is accepted) answers the other side and
is not held back by the clock, but while one is pending for a person nothing else is planned
for them, and each person gets at most one opening note or check-in at a time.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from server.engines.plan.cadence import check_ins
from server.engines.plan.courtesies import (
    DONE,
    connections,
    messages_after_accept,
    rejection_replies,
    thank_yous,
)
from server.engines.plan.facts import PlanRecord, as_utc, utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import Plan, PlanItem, sort_key, status_for
from server.engines.plan.linkedin import meter_notes
from server.engines.plan.openings import suggest_for_opening

# An opening seen longer ago than this is probably filled; it no longer prompts a note.
OPENING_FRESH_DAYS = 30
OPENING_WINDOW_DAYS = 7


def build_plan(record: PlanRecord, now: datetime) -> Plan:
    """Everything due, late or coming up for this user as of ``now``, most urgent first."""
    today = as_utc(now).date()
    index = RecordIndex(record)
    items: list[PlanItem] = []
    items.extend(rejection_replies(index, today))
    items.extend(thank_yous(index, today))
    items.extend(connections(index, today))
    items.extend(messages_after_accept(index, today))
    busy = {i.contact_id for i in items if i.contact_id is not None}
    items.extend(_opening_items(index, today, busy))
    busy |= {i.contact_id for i in items if i.contact_id is not None}
    items.extend(check_ins(index, today, busy))
    items, meter = meter_notes(index, today, items)
    return Plan(items=tuple(sorted(items, key=sort_key)), linkedin_notes=meter)


def _opening_items(index: RecordIndex, today: date, busy: set[int]) -> list[PlanItem]:
    planned: list[PlanItem] = []
    taken = set(busy)
    openings = sorted(index.openings, key=lambda o: (as_utc(o.seen_at), o.id))
    for opening in openings:
        seen_on = utc_day(opening.seen_at)
        if seen_on > today or today > seen_on + timedelta(days=OPENING_FRESH_DAYS):
            continue
        if _opening_answered(index, opening.company_id, seen_on):
            continue
        suggestion = suggest_for_opening(opening, index, exclude=taken)
        if not suggestion.suggested or suggestion.contact_id is None:
            continue
        taken.add(suggestion.contact_id)
        start = suggestion.due_on
        due = start + timedelta(days=OPENING_WINDOW_DAYS)
        person = index.people[suggestion.contact_id]
        label = f" about {opening.title.strip()}" if opening.title.strip() else ""
        planned.append(
            PlanItem(
                key=f"opening:o{opening.id}",
                kind="opening",
                contact_id=suggestion.contact_id,
                interview_id=None,
                opening_id=opening.id,
                start_on=start,
                due_on=due,
                status=status_for(today, start, due),
                channel="email" if person.has_email else "linkedin",
                title=f"Write to {person.name}{label}",
                why=suggestion.why,
            )
        )
    return planned


def _opening_answered(index: RecordIndex, company_id: int, seen_on: date) -> bool:
    """True once an opening note to anyone at the company was sent or skipped after it was seen."""
    for person_id, person in index.people.items():
        if person.company_id != company_id:
            continue
        touches = index.touches_by_person.get(person_id, ())
        if index.find_touch(touches, ["opening"], DONE, on_or_after=seen_on):
            return True
    return False
