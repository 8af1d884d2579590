"""Check-ins: about once per interval, to people the user has actually been in touch with."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, timedelta

from server.engines.plan.courtesies import direct_channel
from server.engines.plan.facts import interval_days, utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import PlanItem, status_for
from server.engines.plan.wording import day_text, person_name

# "About every interval": a check-in stays due for two weeks before it counts as late.
CHECK_IN_GRACE_DAYS = 14


def check_ins(index: RecordIndex, today: date, busy: Collection[int]) -> Iterator[PlanItem]:
    """One check-in per person, due an interval after the last contact (or the last skip).

    A round counts as contact, so nobody in a live interview process is due one; nor is anyone
    with another item already planned (``busy``), or anyone never contacted at all.
    """
    for person_id, person in index.people.items():
        if person_id in busy or not index.can_contact(person_id):
            continue
        last = index.last_contact(person_id)
        if last is None:
            continue
        base = last.date()
        touches = index.touches_by_person.get(person_id, ())
        skipped = index.find_touch(touches, ["check_in"], ["skipped"], on_or_after=base)
        if skipped is not None:
            base = utc_day(skipped.occurred_at)
        interval = interval_days(index.settings, person)
        start = base + timedelta(days=interval)
        due = start + timedelta(days=CHECK_IN_GRACE_DAYS)
        draft = index.find_touch(touches, ["check_in"], ["drafted"], on_or_after=base)
        yield PlanItem(
            key=f"check_in:c{person_id}:{base.isoformat()}",
            kind="check_in",
            contact_id=person_id,
            interview_id=None,
            start_on=start,
            due_on=due,
            status=status_for(today, start, due),
            channel=direct_channel(person),
            title=f"Check in with {person_name(person)}",
            why=(
                f"Last in touch with {person_name(person)} on {day_text(last.date())}; "
                f"every {interval} days or so, a note that gives something (news, an article, "
                "your own progress) keeps you in mind without pushing."
            ),
            draft_id=draft.id if draft else None,
        )
