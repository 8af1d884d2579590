"""Put the rules together into one plan: courtesies first, then openings, then check-ins.

Cool-down: never two outreaches to the same person inside their interval, whatever the kind.
Any *sent* touch (any kind, any channel) and any round restart the clock; drafted and skipped
touches do not, because nothing reached the person. The closing exchange of an interview
(reply, thank-yous, invitation, the message after it is accepted) answers the other side and
is not held back by the clock, but while one is pending for a person nothing else is planned
for them, and each person gets at most one opening note or check-in at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from server.engines.plan.cadence import check_ins
from server.engines.plan.courtesies import (
    DONE,
    connections,
    messages_after_accept,
    rejection_replies,
    thank_yous,
)
from server.engines.plan.facts import OpeningFacts, PlanRecord, as_utc, utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import OpeningSuggestion, Plan, PlanItem, sort_key, status_for
from server.engines.plan.linkedin import meter_notes
from server.engines.plan.openings import suggest_for_opening

# An opening seen longer ago than this is probably filled; it no longer prompts a note.
OPENING_FRESH_DAYS = 30
OPENING_WINDOW_DAYS = 7


def build_plan(record: PlanRecord, now: datetime) -> Plan:
    """Everything due, late or coming up for this user as of ``now``, most urgent first."""
    today = as_utc(now).date()
    index = RecordIndex(record)
    items = _courtesies(index, today)
    busy = {i.contact_id for i in items if i.contact_id is not None}
    suggestions = _opening_suggestions(index, today, busy, index.openings)
    items.extend(_opening_item(index, today, s) for s in suggestions.values() if s.suggested)
    busy |= {i.contact_id for i in items if i.contact_id is not None}
    items.extend(check_ins(index, today, busy))
    items, meter = meter_notes(index, today, items)
    return Plan(items=tuple(sorted(items, key=sort_key)), linkedin_notes=meter)


def evaluate_opening(opening: OpeningFacts, record: PlanRecord, now: datetime) -> OpeningSuggestion:
    """Whether a newly seen opening is worth a note, to whom, from when, and why.

    Judged the way the plan judges it: people with a courtesy pending, or already chosen for an
    opening seen earlier, are left out, so the answer matches what the plan will show.
    """
    today = as_utc(now).date()
    index = RecordIndex(record)
    busy = {i.contact_id for i in _courtesies(index, today) if i.contact_id is not None}
    others = [o for o in index.openings if o.id != opening.id]
    return _opening_suggestions(index, today, busy, [*others, opening], target=opening.id)[
        opening.id
    ]


def _courtesies(index: RecordIndex, today: date) -> list[PlanItem]:
    items: list[PlanItem] = []
    items.extend(rejection_replies(index, today))
    items.extend(thank_yous(index, today))
    items.extend(connections(index, today))
    items.extend(messages_after_accept(index, today))
    return items


def _opening_suggestions(
    index: RecordIndex,
    today: date,
    busy: set[int],
    openings: Iterable[OpeningFacts],
    target: int | None = None,
) -> dict[int, OpeningSuggestion]:
    """Suggestions for the live openings, oldest first, one person per opening.

    An opening counts while it is fresh and nobody at the company has had (or skipped) a note
    about it; ``target`` is judged whatever its age, since the caller asks about it directly.
    """
    taken = set(busy)
    answers: dict[int, OpeningSuggestion] = {}
    for opening in sorted(openings, key=lambda o: (as_utc(o.seen_at), o.id)):
        seen_on = utc_day(opening.seen_at)
        if opening.id != target:
            if seen_on > today or today > seen_on + timedelta(days=OPENING_FRESH_DAYS):
                continue
            if _opening_answered(index, opening.company_id, seen_on):
                continue
        suggestion = suggest_for_opening(opening, index, exclude=taken)
        if suggestion.suggested and suggestion.contact_id is not None:
            taken.add(suggestion.contact_id)
        answers[opening.id] = suggestion
    return answers


def _opening_item(index: RecordIndex, today: date, suggestion: OpeningSuggestion) -> PlanItem:
    opening = next(o for o in index.openings if o.id == suggestion.opening_id)
    start = suggestion.due_on
    due = start + timedelta(days=OPENING_WINDOW_DAYS)
    person = index.people[suggestion.contact_id]
    label = f" about {opening.title.strip()}" if opening.title.strip() else ""
    return PlanItem(
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


def _opening_answered(index: RecordIndex, company_id: int, seen_on: date) -> bool:
    """True once an opening note to anyone at the company was sent or skipped after it was seen."""
    for person_id, person in index.people.items():
        if person.company_id != company_id:
            continue
        touches = index.touches_by_person.get(person_id, ())
        if index.find_touch(touches, ["opening"], DONE, on_or_after=seen_on):
            return True
    return False
