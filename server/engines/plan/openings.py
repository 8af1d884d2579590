"""Whether an opening the user saw is worth a note, to whom, and from which day.

Rules: only for an opening actually seen; never inside two weeks of a rejection from that
company; only to someone who is not do-not-contact and whose cool-down has ended by then;
the warmest (then most-met) such person is chosen. Nothing at a company that hired the user.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from server.engines.plan.facts import OpeningFacts, utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import OpeningSuggestion
from server.engines.plan.wording import day_text

REJECTION_QUIET_DAYS = 14


def suggest_for_opening(
    opening: OpeningFacts, index: RecordIndex, exclude: Collection[int] = ()
) -> OpeningSuggestion:
    """The suggestion for one opening, leaving out people who already have an outreach planned."""
    company = opening.company_name.strip() or "this company"
    role = f"the {opening.title.strip()} opening" if opening.title.strip() else "this opening"

    def refuse(why: str, next_possible_on: date | None = None) -> OpeningSuggestion:
        return OpeningSuggestion(opening.id, False, None, None, why, next_possible_on)

    if opening.company_id in index.hired_companies:
        return refuse(f"You were hired at {company}, so Rebound plans nothing there.")
    people = [
        p.id
        for p in index.people.values()
        if p.company_id == opening.company_id and index.can_contact(p.id)
    ]
    if not people:
        return refuse(f"Nobody at {company} in your record can be contacted about {role}.")

    earliest = utc_day(opening.seen_at)
    quiet_note = ""
    rejected_at = index.latest_rejection.get(opening.company_id)
    if rejected_at is not None:
        quiet_end = rejected_at.date() + timedelta(days=REJECTION_QUIET_DAYS)
        if quiet_end > earliest:
            earliest = quiet_end
            quiet_note = (
                f" Not before {day_text(quiet_end)}: {company} turned you down on "
                f"{day_text(rejected_at.date())}, and an opening note inside two weeks of that "
                "reads as not taking the answer."
            )

    free: list[int] = []
    waiting: list[tuple[date, int]] = []
    for person_id in people:
        if person_id in exclude:
            continue
        cooldown_end = index.cooldown_end(person_id)
        if cooldown_end is None or cooldown_end <= earliest:
            free.append(person_id)
        else:
            waiting.append((cooldown_end, person_id))

    if not free:
        if not waiting:
            return refuse(f"Everyone at {company} already has an outreach planned.")
        next_day, next_id = min(waiting)
        name = index.people[next_id].name
        return refuse(
            f"Everyone at {company} heard from you within their interval, so a note about "
            f"{role} now would be one outreach too many. The first who could hear from you "
            f"again is {name}, from {day_text(next_day)}.",
            next_day,
        )

    chosen = min(free, key=index.rank_key)
    person = index.people[chosen]
    minutes = index.minutes_with(chosen)
    basis = []
    if person.warmth is not None:
        basis.append(f"rated {person.warmth}/5")
    if minutes:
        basis.append(f"{minutes} minutes together in interviews")
    because = f" ({', '.join(basis)})" if basis else ""
    return OpeningSuggestion(
        opening_id=opening.id,
        suggested=True,
        contact_id=chosen,
        due_on=earliest,
        why=(
            f"You saw {role} at {company}. {person.name} is the warmest of your contacts there"
            f"{because} who is free to hear from you.{quiet_note}"
        ),
    )
