"""One pass over the record that answers the planner's questions about people and their clocks.

Contact clock: a person's last contact is the latest of their *sent* touches (any kind, any
channel) and the latest round they took part in. Drafted touches never reached the person and
skipped ones were deliberately not sent, so neither restarts the clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from server.engines.plan.facts import (
    InterviewFacts,
    PersonFacts,
    PlanRecord,
    RoundFacts,
    TouchFacts,
    as_utc,
    interval_days,
    utc_day,
)

NEUTRAL_WARMTH = 3


class RecordIndex:
    """Look-ups over one user's record, built once per plan so every rule stays linear."""

    def __init__(self, record: PlanRecord) -> None:
        self.settings = record.settings
        self.people: dict[int, PersonFacts] = {p.id: p for p in record.people}
        self.interviews: dict[int, InterviewFacts] = {i.id: i for i in record.interviews}
        # Undated rounds sort first, so the last round of a list is the latest dated one.
        self.rounds = sorted(record.rounds, key=_round_order)
        self.openings = record.openings
        self.touches = sorted(record.touches, key=lambda t: (as_utc(t.occurred_at), t.id))

        self.rounds_by_person: dict[int, list[RoundFacts]] = defaultdict(list)
        self.rounds_by_interview: dict[int, list[RoundFacts]] = defaultdict(list)
        for rnd in self.rounds:
            self.rounds_by_interview[rnd.interview_id].append(rnd)
            for person_id in dict.fromkeys(rnd.people):
                self.rounds_by_person[person_id].append(rnd)

        self.touches_by_person: dict[int, list[TouchFacts]] = defaultdict(list)
        self.touches_by_interview: dict[int, list[TouchFacts]] = defaultdict(list)
        for touch in self.touches:
            if touch.contact_id is not None:
                self.touches_by_person[touch.contact_id].append(touch)
            if touch.interview_id is not None:
                self.touches_by_interview[touch.interview_id].append(touch)

        self.hired_companies = {
            i.company_id for i in record.interviews if i.status == "hired" and i.company_id
        }
        self.stopped_people: set[int] = set()
        for interview in record.interviews:
            met = self.people_of_interview(interview)
            if interview.status == "hired":
                self.stopped_people.update(met)

        self._last_contact: dict[int, datetime | None] = {}
        self.latest_rejection: dict[int, datetime] = {}
        for interview in record.interviews:
            if interview.rejected_at is None or interview.company_id is None:
                continue
            moment = as_utc(interview.rejected_at)
            known = self.latest_rejection.get(interview.company_id)
            if known is None or moment > known:
                self.latest_rejection[interview.company_id] = moment

    def people_of_interview(self, interview: InterviewFacts) -> list[int]:
        """Everyone met in the interview's rounds, plus whoever sent its rejection."""
        met: dict[int, None] = {}
        for rnd in self.rounds_by_interview.get(interview.id, ()):
            met.update(dict.fromkeys(rnd.people))
        if interview.rejection_sender_id is not None:
            met[interview.rejection_sender_id] = None
        return [p for p in met if p in self.people]

    def can_contact(self, person_id: int | None) -> bool:
        """False for unknown people, do-not-contact people and anyone tied to a hire."""
        person = self.people.get(person_id) if person_id is not None else None
        if person is None or person.do_not_contact or person_id in self.stopped_people:
            return False
        return person.company_id is None or person.company_id not in self.hired_companies

    def last_contact(self, person_id: int) -> datetime | None:
        """The latest sent touch or round with this person, whichever is later."""
        if person_id in self._last_contact:
            return self._last_contact[person_id]
        latest: datetime | None = None
        for touch in reversed(self.touches_by_person.get(person_id, ())):
            if touch.status == "sent":
                latest = as_utc(touch.occurred_at)
                break
        rounds = self.rounds_by_person.get(person_id)
        if rounds and rounds[-1].held_on is not None:
            held = as_utc(rounds[-1].held_on)
            if latest is None or held > latest:
                latest = held
        self._last_contact[person_id] = latest
        return latest

    def cooldown_end(self, person_id: int) -> date | None:
        """The first day a new outreach to this person is allowed, or None if never contacted."""
        last = self.last_contact(person_id)
        if last is None:
            return None
        interval = interval_days(self.settings, self.people.get(person_id))
        return last.date() + timedelta(days=interval)

    def minutes_with(self, person_id: int) -> int:
        """Minutes the user spent with this person across all rounds."""
        return sum(r.duration_minutes or 0 for r in self.rounds_by_person.get(person_id, ()))

    def rank_key(self, person_id: int) -> tuple:
        """Sort key, best first: warmest (as the user rated them), then most time spent together.

        An unrated person counts as neutral, so a user's explicit "cold" rating pushes someone
        below the people they never rated.
        """
        person = self.people[person_id]
        warmth = person.warmth if person.warmth is not None else NEUTRAL_WARMTH
        rounds = self.rounds_by_person.get(person_id, ())
        return (-warmth, -self.minutes_with(person_id), -len(rounds), person_id)

    def find_touch(
        self,
        touches: Iterable[TouchFacts],
        kinds: Iterable[str],
        statuses: Iterable[str],
        on_or_after: date | None = None,
    ) -> TouchFacts | None:
        """The latest touch of the given kinds and statuses, on or after a day if one is given."""
        kinds = frozenset(kinds)
        statuses = frozenset(statuses)
        for touch in reversed(list(touches)):
            if on_or_after is not None and utc_day(touch.occurred_at) < on_or_after:
                break
            if touch.kind in kinds and touch.status in statuses:
                return touch
        return None


def _round_order(rnd: RoundFacts) -> tuple:
    if rnd.held_on is None:
        return (0, datetime.min.replace(tzinfo=UTC), rnd.id)
    return (1, as_utc(rnd.held_on), rnd.id)
