"""The closing exchange of an interview: reply, thank-yous, invitations and the message after.

These answer something the other side did (a rejection, a conversation, an accepted
invitation), so they are planned whatever the person's cool-down says; each one that is sent
still restarts that person's clock for every later outreach. A skipped touch of the matching
kind dismisses the item without touching the clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from server.engines.plan.facts import PersonFacts, utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import PlanItem, status_for
from server.engines.plan.wording import (
    company_of,
    day_text,
    person_name,
    role_phrase,
    round_label,
)

REPLY_WINDOW_DAYS = 2
THANK_YOU_WINDOW_DAYS = 1
CONNECT_WINDOW_DAYS = 2
AFTER_ACCEPT_WINDOW_DAYS = 7
# A courtesy this late would read as an afterthought; the person moves on to the check-in cadence.
STALE_AFTER_DAYS = 21

DONE = ("sent", "skipped")
THANK_KINDS = ("thank_you", "card")
INVITE_KINDS = ("connection_note", "connection_request")


def _is_stale(today: date, due_on: date) -> bool:
    return today > due_on + timedelta(days=STALE_AFTER_DAYS)


def direct_channel(person: PersonFacts | None) -> str:
    """How to reach a person in writing: email when known, else LinkedIn."""
    if person is None or person.has_email:
        return "email"
    return "linkedin"


def rejection_replies(index: RecordIndex, today: date) -> Iterator[PlanItem]:
    """Reply to each rejection within two days of receiving it."""
    for interview in index.interviews.values():
        if interview.status != "rejected" or interview.rejected_at is None:
            continue
        sender_id = interview.rejection_sender_id
        if sender_id in index.people and not index.can_contact(sender_id):
            continue
        start = utc_day(interview.rejected_at)
        due = start + timedelta(days=REPLY_WINDOW_DAYS)
        if _is_stale(today, due):
            continue
        touches = index.touches_by_interview.get(interview.id, ())
        if index.find_touch(touches, ["rejection_reply"], DONE, on_or_after=start):
            continue
        draft = index.find_touch(touches, ["rejection_reply"], ["drafted"], on_or_after=start)
        company = company_of(interview)
        yield PlanItem(
            key=f"rejection_reply:i{interview.id}",
            kind="rejection_reply",
            contact_id=sender_id if sender_id in index.people else None,
            interview_id=interview.id,
            start_on=start,
            due_on=due,
            status=status_for(today, start, due),
            channel="email",
            title=f"Reply to {company}'s rejection",
            why=(
                f"{company} declined your application{role_phrase(interview)} on "
                f"{day_text(start)}. A short, gracious reply within two days is what "
                "people remember when the next role opens."
            ),
            draft_id=draft.id if draft else None,
        )


def thank_yous(index: RecordIndex, today: date) -> Iterator[PlanItem]:
    """Thank each person within a day of the latest round they took part in."""
    for person_id, rounds in index.rounds_by_person.items():
        if not index.can_contact(person_id):
            continue
        # A round still ahead cannot be thanked yet, and must not hide an earlier one.
        live = [
            r
            for r in rounds
            if r.held_on is not None
            and r.interview_id in index.interviews
            and utc_day(r.held_on) <= today
        ]
        if not live:
            continue
        latest = live[-1]
        start = utc_day(latest.held_on)
        due = start + timedelta(days=THANK_YOU_WINDOW_DAYS)
        if _is_stale(today, due):
            continue
        touches = index.touches_by_person.get(person_id, ())
        if index.find_touch(touches, THANK_KINDS, DONE, on_or_after=start):
            continue
        draft = index.find_touch(touches, THANK_KINDS, ["drafted"], on_or_after=start)
        person = index.people[person_id]
        interview = index.interviews[latest.interview_id]
        minutes = f" ({latest.duration_minutes} minutes)" if latest.duration_minutes else ""
        yield PlanItem(
            key=f"thank_you:r{latest.id}:c{person_id}",
            kind="thank_you",
            contact_id=person_id,
            interview_id=interview.id,
            start_on=start,
            due_on=due,
            status=status_for(today, start, due),
            channel=direct_channel(person),
            title=f"Thank {person_name(person)}",
            why=(
                f"You met {person_name(person)} in the {round_label(latest.kind)} at "
                f"{company_of(interview)} on {day_text(start)}{minutes}. A personal thank-you "
                "within a day, about what you discussed, sets you apart."
            ),
            draft_id=draft.id if draft else None,
        )


def connections(index: RecordIndex, today: date) -> Iterator[PlanItem]:
    """After the reply to a rejection is sent, invite the people of that interview on LinkedIn."""
    planned: set[int] = set()
    for interview in index.interviews.values():
        if interview.status != "rejected" or interview.rejected_at is None:
            continue
        touches = index.touches_by_interview.get(interview.id, ())
        reply = _first_sent(touches, "rejection_reply", utc_day(interview.rejected_at))
        if reply is None:
            continue
        start = reply
        due = start + timedelta(days=CONNECT_WINDOW_DAYS)
        if _is_stale(today, due):
            continue
        for person_id in index.people_of_interview(interview):
            person = index.people[person_id]
            if person_id in planned or not index.can_contact(person_id):
                continue
            if person.connection_state != "unknown":
                continue
            own = index.touches_by_person.get(person_id, ())
            if index.find_touch(own, INVITE_KINDS, DONE):
                continue
            planned.add(person_id)
            draft = index.find_touch(own, ["connection_note"], ["drafted"], on_or_after=start)
            yield PlanItem(
                key=f"connect:i{interview.id}:c{person_id}",
                kind="connect",
                contact_id=person_id,
                interview_id=interview.id,
                start_on=start,
                due_on=due,
                status=status_for(today, start, due),
                channel="linkedin",
                title=f"Connect with {person_name(person)} on LinkedIn",
                why=(
                    f"Your reply to {company_of(interview)} went out on {day_text(start)}; "
                    f"an invitation to {person_name(person)} now keeps the door open."
                ),
                draft_id=draft.id if draft else None,
            )


def messages_after_accept(index: RecordIndex, today: date) -> Iterator[PlanItem]:
    """Once a plain invitation (no note) is accepted, send the message the note would have been."""
    for person_id, person in index.people.items():
        if person.connection_state != "connected" or not index.can_contact(person_id):
            continue
        touches = index.touches_by_person.get(person_id, ())
        invite = index.find_touch(touches, ["connection_request"], ["sent"])
        if invite is None:
            continue
        invited_on = utc_day(invite.occurred_at)
        start = invited_on + timedelta(days=1)
        due = start + timedelta(days=AFTER_ACCEPT_WINDOW_DAYS)
        if _is_stale(today, due):
            continue
        later = [t for t in touches if utc_day(t.occurred_at) >= invited_on and t.id != invite.id]
        if any(t.channel == "linkedin" and t.status in DONE for t in later):
            continue
        draft = next(
            (t for t in reversed(later) if t.channel == "linkedin" and t.status == "drafted"),
            None,
        )
        yield PlanItem(
            key=f"message_after_accept:c{person_id}:t{invite.id}",
            kind="message_after_accept",
            contact_id=person_id,
            interview_id=invite.interview_id,
            start_on=start,
            due_on=due,
            status=status_for(today, start, due),
            channel="linkedin",
            title=f"Message {person_name(person)} now that you are connected",
            why=(
                f"{person_name(person)} accepted the invitation you sent without a note on "
                f"{day_text(invited_on)}; a short personal message says what the note would have."
            ),
            draft_id=draft.id if draft else None,
        )


def _first_sent(touches, kind: str, on_or_after: date) -> date | None:
    for touch in touches:
        if touch.kind == kind and touch.status == "sent":
            day = utc_day(touch.occurred_at)
            if day >= on_or_after:
                return day
    return None
