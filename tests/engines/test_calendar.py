"""The plan as iCalendar: parses back, carries the required properties, keeps UIDs stable."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from server.engines.calendar import event_day, plan_to_ical
from server.engines.plan import (
    InterviewFacts,
    PersonFacts,
    PlanRecord,
    RoundFacts,
    TouchFacts,
    build_plan,
)

NOW = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)

RECORD = PlanRecord(
    people=(
        PersonFacts(id=1, name="Rosa Quint; recruiting, Acme", company_id=1, has_email=True),
        PersonFacts(id=2, name="Dev Ahuja", company_id=1),
        PersonFacts(id=3, name="Zoë Ångström", company_id=2, has_email=True),
    ),
    interviews=(
        InterviewFacts(
            id=10,
            company_id=1,
            status="rejected",
            company_name="Acme",
            role="Backend Engineer",
            rejected_at=datetime(2026, 2, 27, 16, tzinfo=UTC),
            rejection_sender_id=1,
        ),
    ),
    rounds=(
        RoundFacts(
            id=1,
            interview_id=10,
            held_on=datetime(2026, 3, 2, 14, tzinfo=UTC),
            duration_minutes=60,
            kind="technical",
            people=(2,),
        ),
    ),
    touches=(
        TouchFacts(
            id=1,
            contact_id=3,
            kind="check_in",
            channel="email",
            status="sent",
            occurred_at=datetime(2026, 1, 5, tzinfo=UTC),
        ),
    ),
)


def _events(feed: bytes) -> list:
    return Calendar.from_ical(feed).walk("VEVENT")


def test_the_feed_parses_back_with_every_required_property():
    plan = build_plan(RECORD, NOW)
    assert {i.status for i in plan.items} == {"overdue", "due", "upcoming"}
    feed = plan_to_ical(plan.items, NOW, "user-7")
    assert feed.startswith(b"BEGIN:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in feed.split(b"\r\n"))  # folded as RFC 5545 asks

    cal = Calendar.from_ical(feed)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//Rebound//")
    events = _events(feed)
    assert len(events) == len(plan.items)
    for event, item in zip(events, plan.items, strict=True):
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            assert name in event, name
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is date and (end - start).days == 1  # all-day
        assert start == event_day(item, NOW.date())
        assert str(event["SUMMARY"]) == item.title
        assert item.why in str(event["DESCRIPTION"])
        assert event.decoded("DTSTAMP") == NOW


def test_uids_are_unique_stable_across_refreshes_and_scoped_to_the_owner():
    plan = build_plan(RECORD, NOW)
    first = [str(e["UID"]) for e in _events(plan_to_ical(plan.items, NOW, "user-7"))]
    later = datetime(2026, 3, 4, 8, tzinfo=UTC)
    again = [
        str(e["UID"])
        for e in _events(plan_to_ical(build_plan(RECORD, later).items, later, "user-7"))
    ]
    other = [str(e["UID"]) for e in _events(plan_to_ical(plan.items, NOW, "user-8"))]
    assert len(set(first)) == len(first)
    assert set(first) == set(again)  # same items a day later, so the same events
    assert not set(first) & set(other)


def test_actionable_items_show_today_and_upcoming_ones_when_they_open():
    plan = build_plan(RECORD, NOW)
    by_kind = {
        str(e["CATEGORIES"].to_ical().decode()): e.decoded("DTSTART")
        for e in _events(plan_to_ical(plan.items, NOW, "u"))
    }
    assert by_kind["rejection reply"] == NOW.date()  # overdue: shown today, not lost in the past
    assert by_kind["check in"] == date(2026, 4, 20)  # 105 days after 5 Jan


def test_text_with_separators_and_accents_round_trips():
    plan = build_plan(RECORD, NOW)
    summaries = {str(e["SUMMARY"]) for e in _events(plan_to_ical(plan.items, NOW, "u"))}
    assert "Reply to Acme's rejection" in summaries
    assert "Check in with Zoë Ångström" in summaries


def test_an_empty_plan_is_still_a_valid_calendar():
    cal = Calendar.from_ical(plan_to_ical([], NOW, "u"))
    assert cal.name == "VCALENDAR" and cal.walk("VEVENT") == []
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
