"""Every rule of the plan, each against a frozen clock (``now`` is always passed in)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from server.engines.plan import (
    InterviewFacts,
    OpeningFacts,
    PersonFacts,
    PlanRecord,
    PlanSettings,
    RoundFacts,
    TouchFacts,
    build_plan,
    evaluate_opening,
)

ACME = 1
GLOBEX = 2


def at(day: str, hour: int = 10) -> datetime:
    """A UTC instant on an ISO day."""
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def person(pid: int, name: str, company: int = ACME, **extra) -> PersonFacts:
    return PersonFacts(id=pid, name=name, company_id=company, has_email=True, **extra)


def touch(tid: int, contact: int | None, kind: str, day: str, **extra) -> TouchFacts:
    fields = {"channel": "email", "status": "sent", "interview_id": None} | extra
    return TouchFacts(id=tid, contact_id=contact, kind=kind, occurred_at=at(day), **fields)


def rejected(iid: int = 10, day: str = "2026-03-02", sender: int | None = 1, **extra):
    fields = {
        "company_id": ACME,
        "status": "rejected",
        "company_name": "Acme",
        "role": "Backend Engineer",
        "rejected_at": at(day),
        "rejection_sender_id": sender,
    } | extra
    return InterviewFacts(id=iid, **fields)


def of_kind(plan, kind: str) -> list:
    return [i for i in plan.items if i.kind == kind]


# A rejected interview at Acme: Rosa (recruiter, sent the rejection) and two interviewers.
ROSA = person(1, "Rosa Quint", warmth=4)
DEV = person(2, "Dev Ahuja")
MEI = person(3, "Mei Tanaka")
ROUND = RoundFacts(
    id=100, interview_id=10, held_on=at("2026-02-20"), duration_minutes=45, people=(2, 3)
)
BASE = PlanRecord(
    people=(ROSA, DEV, MEI),
    interviews=(rejected(),),
    rounds=(ROUND,),
    touches=(
        touch(1, 2, "thank_you", "2026-02-20", interview_id=10),
        touch(2, 3, "card", "2026-02-21", channel="card", interview_id=10),
    ),
)


# --- reply to a rejection within two days --------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status"),
    [("2026-03-02", "due"), ("2026-03-04", "due"), ("2026-03-05", "overdue")],
)
def test_rejection_reply_is_due_within_two_days_of_receiving_it(today, status):
    plan = build_plan(BASE, at(today))
    [reply] = of_kind(plan, "rejection_reply")
    assert (reply.start_on, reply.due_on) == (date(2026, 3, 2), date(2026, 3, 4))
    assert reply.status == status
    assert (reply.contact_id, reply.interview_id, reply.channel) == (1, 10, "email")
    assert "Acme" in reply.title and "two days" in reply.why


@pytest.mark.parametrize("status", ["sent", "skipped"])
def test_a_sent_or_skipped_reply_clears_the_item(status):
    record = replace(
        BASE,
        touches=(
            *BASE.touches,
            touch(5, 1, "rejection_reply", "2026-03-03", interview_id=10, status=status),
        ),
    )
    assert of_kind(build_plan(record, at("2026-03-03", 18)), "rejection_reply") == []


def test_a_drafted_reply_keeps_the_item_and_points_at_the_draft():
    draft = touch(5, 1, "rejection_reply", "2026-03-02", interview_id=10, status="drafted")
    plan = build_plan(replace(BASE, touches=(*BASE.touches, draft)), at("2026-03-03"))
    [reply] = of_kind(plan, "rejection_reply")
    assert reply.draft_id == 5


def test_a_reply_sent_before_the_rejection_does_not_answer_it():
    early = touch(5, 1, "rejection_reply", "2026-01-05", interview_id=10)
    plan = build_plan(replace(BASE, touches=(*BASE.touches, early)), at("2026-03-03"))
    assert len(of_kind(plan, "rejection_reply")) == 1


def test_no_reply_item_without_a_rejection():
    record = replace(BASE, interviews=(rejected(status="interviewing", rejected_at=None),))
    assert of_kind(build_plan(record, at("2026-03-03")), "rejection_reply") == []


# --- thank each person within a day of a round ---------------------------------------------------


def test_each_person_met_is_thanked_within_a_day_of_the_round():
    rnd = replace(ROUND, held_on=at("2026-03-10", 15))
    record = replace(
        BASE,
        interviews=(rejected(status="interviewing", rejected_at=None),),
        rounds=(rnd,),
        touches=(),
    )
    plan = build_plan(record, at("2026-03-10", 18))
    thanks = of_kind(plan, "thank_you")
    assert [t.contact_id for t in thanks] == [2, 3]
    assert {(t.start_on, t.due_on, t.status) for t in thanks} == {
        (date(2026, 3, 10), date(2026, 3, 11), "due")
    }
    late = build_plan(record, at("2026-03-12"))
    assert {t.status for t in of_kind(late, "thank_you")} == {"overdue"}


def test_a_card_or_email_after_the_round_thanks_that_person_only():
    rnd = replace(ROUND, held_on=at("2026-03-10"))
    record = replace(
        BASE,
        interviews=(rejected(status="interviewing", rejected_at=None),),
        rounds=(rnd,),
        touches=(touch(1, 3, "card", "2026-03-11", channel="card"),),
    )
    thanks = of_kind(build_plan(record, at("2026-03-11")), "thank_you")
    assert [t.contact_id for t in thanks] == [2]


def test_a_thank_you_for_an_earlier_round_does_not_cover_a_later_one():
    second = RoundFacts(id=101, interview_id=10, held_on=at("2026-03-10"), people=(2,))
    record = replace(
        BASE,
        interviews=(rejected(status="interviewing", rejected_at=None),),
        rounds=(ROUND, second),
    )
    [item] = of_kind(build_plan(record, at("2026-03-10")), "thank_you")
    assert (item.contact_id, item.key) == (2, "thank_you:r101:c2")


def test_a_round_still_ahead_does_not_hide_an_unthanked_one():
    past = replace(ROUND, held_on=at("2026-03-10"))
    ahead = RoundFacts(id=101, interview_id=10, held_on=at("2026-03-20"), people=(2, 3))
    record = replace(
        BASE,
        interviews=(rejected(status="interviewing", rejected_at=None),),
        rounds=(past, ahead),
        touches=(),
    )
    thanks = of_kind(build_plan(record, at("2026-03-11")), "thank_you")
    assert {t.key for t in thanks} == {"thank_you:r100:c2", "thank_you:r100:c3"}


def test_a_thank_you_weeks_late_is_no_longer_suggested():
    record = replace(BASE, touches=())
    assert of_kind(build_plan(record, at("2026-03-10")), "thank_you") != []
    assert of_kind(build_plan(record, at("2026-04-30")), "thank_you") == []


# --- connect on LinkedIn after the reply ---------------------------------------------------------


def test_connecting_is_suggested_only_after_the_reply_was_sent():
    assert of_kind(build_plan(BASE, at("2026-03-03")), "connect") == []
    replied = replace(
        BASE, touches=(*BASE.touches, touch(5, 1, "rejection_reply", "2026-03-03", interview_id=10))
    )
    connect = of_kind(build_plan(replied, at("2026-03-03", 18)), "connect")
    assert sorted(c.contact_id for c in connect) == [1, 2, 3]
    assert {(c.start_on, c.due_on, c.channel) for c in connect} == {
        (date(2026, 3, 3), date(2026, 3, 5), "linkedin")
    }
    late = of_kind(build_plan(replied, at("2026-03-06")), "connect")
    assert {c.status for c in late} == {"overdue"}


def test_a_drafted_reply_does_not_trigger_connecting():
    drafted = touch(5, 1, "rejection_reply", "2026-03-03", interview_id=10, status="drafted")
    plan = build_plan(replace(BASE, touches=(*BASE.touches, drafted)), at("2026-03-04"))
    assert of_kind(plan, "connect") == []


def test_people_already_connected_pending_or_invited_are_not_invited_again():
    people = (
        ROSA,
        replace(DEV, connection_state="connected"),
        replace(MEI, connection_state="pending"),
    )
    touches = (*BASE.touches, touch(5, 1, "rejection_reply", "2026-03-03", interview_id=10))
    plan = build_plan(replace(BASE, people=people, touches=touches), at("2026-03-03"))
    assert [c.contact_id for c in of_kind(plan, "connect")] == [1]
    invited = (*touches, touch(6, 1, "connection_request", "2026-03-03", channel="linkedin"))
    plan = build_plan(replace(BASE, people=people, touches=invited), at("2026-03-03"))
    assert of_kind(plan, "connect") == []


# --- the LinkedIn note meter ---------------------------------------------------------------------


def _five_interviewers(**settings) -> PlanRecord:
    people = (
        person(1, "Rosa Quint"),
        person(2, "Dev Ahuja"),
        person(3, "Mei Tanaka", warmth=5),
        person(4, "Lou Brandt"),
        person(5, "Ann Okafor", warmth=1),
    )
    rounds = (
        RoundFacts(
            id=1,
            interview_id=10,
            held_on=at("2026-02-10"),
            duration_minutes=30,
            people=(2, 3, 4, 5),
        ),
        RoundFacts(
            id=2, interview_id=10, held_on=at("2026-02-17"), duration_minutes=90, people=(4, 5)
        ),
    )
    thanks = [touch(10 + p.id, p.id, "thank_you", "2026-02-18", interview_id=10) for p in people]
    touches = (*thanks, touch(30, 1, "rejection_reply", "2026-03-03", interview_id=10))
    return PlanRecord(
        settings=PlanSettings(**settings),
        people=people,
        interviews=(rejected(),),
        rounds=rounds,
        touches=touches,
    )


def test_notes_go_to_the_warmest_then_longest_met_and_the_rest_get_plain_invites():
    record = _five_interviewers()
    last_month = touch(40, 9, "connection_note", "2026-02-27", channel="linkedin")
    this_month = touch(41, 9, "connection_note", "2026-03-01", channel="linkedin")
    record = replace(record, touches=(*record.touches, last_month, this_month))
    plan = build_plan(record, at("2026-03-03", 18))
    meter = plan.linkedin_notes
    assert (meter.used_this_month, meter.notes_left_this_month) == (1, 2)
    # Mei is rated warmest; Lou spent 120 minutes in rounds, more than the unrated others.
    assert meter.with_note == (3, 4)
    assert meter.plain_invite == (2, 1, 5)
    by_person = {i.contact_id: i for i in of_kind(plan, "connect")}
    assert by_person[3].with_note is True and by_person[5].with_note is False
    assert "plain invitation" in by_person[5].why


def test_the_monthly_allowance_is_the_users_setting():
    meter = build_plan(
        _five_interviewers(linkedin_notes_per_month=1), at("2026-03-03")
    ).linkedin_notes
    assert meter.notes_per_month == 1 and meter.with_note == (3,)


def test_premium_accounts_are_not_metered():
    plan = build_plan(_five_interviewers(linkedin_account="premium"), at("2026-03-03"))
    meter = plan.linkedin_notes
    assert meter.notes_left_this_month is None and meter.plain_invite == ()
    assert len(meter.with_note) == 5


def test_an_accepted_plain_invitation_is_followed_by_a_message():
    people = (replace(DEV, connection_state="connected"),)
    invite = touch(1, 2, "connection_request", "2026-03-04", channel="linkedin")
    record = PlanRecord(people=people, touches=(invite,))
    [item] = of_kind(build_plan(record, at("2026-03-06")), "message_after_accept")
    assert (item.contact_id, item.channel, item.start_on) == (2, "linkedin", date(2026, 3, 5))
    message = touch(2, 2, "other", "2026-03-06", channel="linkedin")
    later = replace(record, touches=(invite, message))
    assert of_kind(build_plan(later, at("2026-03-07")), "message_after_accept") == []


def test_an_invitation_not_yet_accepted_asks_for_nothing():
    people = (replace(DEV, connection_state="pending"),)
    invite = touch(1, 2, "connection_request", "2026-03-04", channel="linkedin")
    plan = build_plan(PlanRecord(people=people, touches=(invite,)), at("2026-03-06"))
    assert of_kind(plan, "message_after_accept") == []


# --- check in about every interval ---------------------------------------------------------------


def _one_contact(**extra) -> PlanRecord:
    return PlanRecord(
        people=(person(2, "Dev Ahuja", **extra),),
        interviews=(rejected(sender=None),),
        touches=(touch(1, 2, "rejection_reply", "2026-01-01", interview_id=10),),
    )


@pytest.mark.parametrize(
    ("settings", "own", "days"),
    [
        (PlanSettings(), None, 105),
        (PlanSettings(follow_up_days=120), None, 120),
        (PlanSettings(follow_up_days=30), None, 90),  # never below 90
        (PlanSettings(), 180, 180),  # the person's own interval overrides
        (PlanSettings(follow_up_days=120), 90, 90),
    ],
)
def test_check_in_falls_one_interval_after_the_last_contact(settings, own, days):
    record = replace(_one_contact(follow_up_days=own), settings=settings)
    [item] = of_kind(build_plan(record, at("2026-01-02")), "check_in")
    assert item.start_on == date(2026, 1, 1) + timedelta(days=days)
    assert item.status == "upcoming"
    due = build_plan(record, at((item.start_on + timedelta(days=1)).isoformat()))
    assert of_kind(due, "check_in")[0].status == "due"


@pytest.mark.parametrize(
    ("kind", "channel"),
    [("other", "phone"), ("check_in", "linkedin"), ("card", "card"), ("referral_ask", "email")],
)
def test_any_sent_touch_restarts_the_clock(kind, channel):
    record = _one_contact()
    record = replace(
        record, touches=(*record.touches, touch(2, 2, kind, "2026-03-01", channel=channel))
    )
    [item] = of_kind(build_plan(record, at("2026-03-02")), "check_in")
    assert item.start_on == date(2026, 3, 1) + timedelta(days=105)


@pytest.mark.parametrize("status", ["drafted", "skipped"])
def test_drafted_or_skipped_touches_do_not_restart_the_clock(status):
    record = _one_contact()
    record = replace(
        record, touches=(*record.touches, touch(2, 2, "other", "2026-03-01", status=status))
    )
    [item] = of_kind(build_plan(record, at("2026-03-02")), "check_in")
    assert item.start_on == date(2026, 1, 1) + timedelta(days=105)


def test_a_skipped_check_in_waits_another_interval_but_keeps_the_cool_down():
    record = _one_contact()
    skip = touch(2, 2, "check_in", "2026-04-20", status="skipped")
    record = replace(record, touches=(*record.touches, skip))
    [item] = of_kind(build_plan(record, at("2026-04-21")), "check_in")
    assert item.start_on == date(2026, 4, 20) + timedelta(days=105)
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-21"), title="SRE")
    answer = evaluate_opening(opening, record, at("2026-04-21"))
    assert answer.suggested and answer.contact_id == 2


def test_a_round_counts_as_contact_for_the_clock():
    record = replace(
        _one_contact(),
        rounds=(RoundFacts(id=1, interview_id=10, held_on=at("2026-02-01"), people=(2,)),),
    )
    # The thank-you was skipped: it dismisses the courtesy without restarting the clock.
    skipped = touch(2, 2, "thank_you", "2026-02-02", status="skipped")
    record = replace(record, touches=(*record.touches, skipped))
    [item] = of_kind(build_plan(record, at("2026-02-03")), "check_in")
    assert item.start_on == date(2026, 2, 1) + timedelta(days=105)


def test_no_check_in_with_someone_never_contacted():
    quiet = PlanRecord(people=(person(2, "Dev Ahuja"),))
    assert build_plan(quiet, at("2026-06-01")).items == ()


def test_a_stalled_process_gets_a_check_in_one_interval_after_the_last_round():
    record = PlanRecord(
        people=(person(2, "Dev Ahuja"),),
        interviews=(rejected(status="interviewing", rejected_at=None, sender=None),),
        rounds=(RoundFacts(id=1, interview_id=10, held_on=at("2026-01-10"), people=(2,)),),
        touches=(touch(1, 2, "thank_you", "2026-01-10", interview_id=10),),
    )
    assert of_kind(build_plan(record, at("2026-03-01")), "check_in")[0].status == "upcoming"
    [late] = of_kind(build_plan(record, at("2026-05-01")), "check_in")
    assert (late.start_on, late.status) == (date(2026, 4, 25), "due")


# --- never two outreaches to the same person inside the interval ---------------------------------


def test_a_pending_courtesy_replaces_the_check_in_for_that_person():
    # Rosa was last written to long ago, so a check-in would be due; the rejection she just
    # sent needs an answer, which is the one thing planned for her.
    old = touch(9, 1, "check_in", "2025-06-01")
    record = replace(BASE, touches=(old, *BASE.touches))
    plan = build_plan(record, at("2026-03-03"))
    for_rosa = [i.kind for i in plan.items if i.contact_id == 1]
    assert for_rosa == ["rejection_reply"]


def test_an_opening_note_and_a_check_in_never_both_go_to_one_person():
    record = _one_contact()
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), title="SRE")
    record = replace(record, openings=(opening,))
    plan = build_plan(record, at("2026-04-20"))
    assert [i.kind for i in plan.items if i.contact_id == 2] == ["opening"]


def test_two_openings_at_once_go_to_two_different_people():
    people = (person(2, "Dev Ahuja", warmth=5), person(3, "Mei Tanaka", warmth=4))
    openings = (
        OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), title="SRE"),
        OpeningFacts(id=8, company_id=ACME, seen_at=at("2026-04-21"), title="Data Engineer"),
    )
    plan = build_plan(PlanRecord(people=people, openings=openings), at("2026-04-21"))
    assert [(i.opening_id, i.contact_id) for i in of_kind(plan, "opening")] == [(7, 2), (8, 3)]


def test_an_opening_note_already_sent_answers_the_opening():
    people = (person(2, "Dev Ahuja"),)
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), title="SRE")
    sent = touch(1, 2, "opening", "2026-04-21")
    plan = build_plan(
        PlanRecord(people=people, openings=(opening,), touches=(sent,)), at("2026-04-22")
    )
    assert of_kind(plan, "opening") == []


# --- openings ------------------------------------------------------------------------------------


def test_no_opening_note_inside_two_weeks_of_a_rejection():
    record = PlanRecord(
        people=(person(2, "Dev Ahuja"),), interviews=(rejected(day="2026-03-02", sender=None),)
    )
    opening = OpeningFacts(
        id=7, company_id=ACME, seen_at=at("2026-03-05"), title="SRE", company_name="Acme"
    )
    answer = evaluate_opening(opening, record, at("2026-03-05"))
    assert answer.suggested and answer.contact_id == 2
    assert answer.due_on == date(2026, 3, 16)
    assert "two weeks" in answer.why
    later = replace(opening, seen_at=at("2026-03-20"))
    assert evaluate_opening(later, record, at("2026-03-20")).due_on == date(2026, 3, 20)


def test_the_warmest_free_person_gets_the_opening_note():
    people = (
        person(2, "Dev Ahuja", warmth=3),
        person(3, "Mei Tanaka", warmth=5),  # warmest, but written to last month
        person(4, "Lou Brandt", warmth=4),
        person(5, "Ann Okafor", warmth=5, do_not_contact=True),
        person(6, "Kai Berg", warmth=5, company=GLOBEX),
    )
    record = PlanRecord(people=people, touches=(touch(1, 3, "check_in", "2026-03-20"),))
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), title="SRE")
    answer = evaluate_opening(opening, record, at("2026-04-20"))
    assert (answer.suggested, answer.contact_id, answer.due_on) == (True, 4, date(2026, 4, 20))


def test_among_equally_warm_people_the_one_met_longest_gets_it():
    people = (person(2, "Dev Ahuja"), person(3, "Mei Tanaka"))
    rounds = (
        RoundFacts(
            id=1, interview_id=10, held_on=at("2025-06-01"), duration_minutes=30, people=(2, 3)
        ),
        RoundFacts(
            id=2, interview_id=10, held_on=at("2025-06-08"), duration_minutes=60, people=(3,)
        ),
    )
    record = PlanRecord(
        people=people, rounds=rounds, interviews=(rejected(day="2025-06-20", sender=None),)
    )
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"))
    answer = evaluate_opening(opening, record, at("2026-04-20"))
    assert answer.contact_id == 3 and "90 minutes" in answer.why


def test_when_everyone_is_in_cool_down_no_note_is_suggested_and_the_next_day_is_given():
    people = (person(2, "Dev Ahuja"), person(3, "Mei Tanaka", follow_up_days=180))
    touches = (touch(1, 2, "check_in", "2026-03-01"), touch(2, 3, "check_in", "2026-02-01"))
    record = PlanRecord(people=people, touches=touches)
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), company_name="Acme")
    answer = evaluate_opening(opening, record, at("2026-04-20"))
    assert not answer.suggested and answer.contact_id is None and answer.due_on is None
    assert answer.next_possible_on == date(2026, 3, 1) + timedelta(days=105)
    assert "Dev Ahuja" in answer.why
    assert (
        of_kind(build_plan(replace(record, openings=(opening,)), at("2026-04-20")), "opening") == []
    )


def test_no_opening_note_without_anyone_to_write_to():
    record = PlanRecord(people=(person(2, "Dev Ahuja", do_not_contact=True),))
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"), company_name="Acme")
    answer = evaluate_opening(opening, record, at("2026-04-20"))
    assert not answer.suggested and "Nobody at Acme" in answer.why


def test_an_opening_seen_long_ago_no_longer_prompts_a_note():
    record = PlanRecord(
        people=(person(2, "Dev Ahuja"),),
        openings=(OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-01-01")),),
    )
    assert of_kind(build_plan(record, at("2026-01-10")), "opening") != []
    assert of_kind(build_plan(record, at("2026-03-01")), "opening") == []


# --- stop: do-not-contact and hires --------------------------------------------------------------


def test_nothing_is_planned_for_do_not_contact_people():
    people = tuple(replace(p, do_not_contact=True) for p in (ROSA, DEV, MEI))
    record = replace(
        BASE,
        people=people,
        touches=(touch(5, 1, "rejection_reply", "2026-03-03", interview_id=10),),
    )
    plan = build_plan(record, at("2026-03-03"))
    assert plan.items == ()
    far = build_plan(record, at("2026-09-01"))
    assert far.items == ()


def test_an_interview_that_ended_in_a_hire_stops_everything_for_it():
    hired = rejected(status="hired")
    rnd = replace(ROUND, held_on=at("2026-03-02"))
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-03-04"))
    record = replace(BASE, interviews=(hired,), rounds=(rnd,), touches=(), openings=(opening,))
    assert build_plan(record, at("2026-03-03")).items == ()
    assert build_plan(record, at("2026-09-01")).items == ()
    assert not evaluate_opening(opening, record, at("2026-03-04")).suggested


def test_a_hire_elsewhere_does_not_stop_other_companies():
    other = InterviewFacts(id=20, company_id=GLOBEX, status="hired", company_name="Globex")
    record = replace(BASE, interviews=(rejected(), other))
    assert of_kind(build_plan(record, at("2026-03-03")), "rejection_reply") != []


# --- order, identity and time zones --------------------------------------------------------------


def test_items_are_sorted_overdue_then_due_then_upcoming():
    record = replace(
        _one_contact(),
        people=(*_one_contact().people, ROSA, DEV, MEI),
        interviews=(rejected(), rejected(iid=11, day="2026-03-06", sender=None, company_id=GLOBEX)),
    )
    plan = build_plan(record, at("2026-03-06"))
    statuses = [i.status for i in plan.items]
    assert statuses == sorted(statuses, key=["overdue", "due", "upcoming"].index)
    assert {"overdue", "due", "upcoming"} <= set(statuses)


def test_keys_are_unique_and_do_not_depend_on_the_clock():
    first = build_plan(BASE, at("2026-03-02"))
    again = build_plan(BASE, at("2026-03-04"))
    keys = [i.key for i in first.items]
    assert len(keys) == len(set(keys))
    assert keys == [i.key for i in again.items]


def test_naive_and_offset_times_are_read_as_the_same_utc_instants():
    naive = replace(BASE, interviews=(rejected(rejected_at=datetime(2026, 3, 2, 23, 30)),))
    tokyo = timezone(timedelta(hours=9))
    aware = replace(
        BASE, interviews=(rejected(rejected_at=datetime(2026, 3, 3, 8, 30, tzinfo=tokyo)),)
    )
    now = datetime(2026, 3, 3, 9, 0, tzinfo=tokyo)
    a = of_kind(build_plan(naive, now), "rejection_reply")[0]
    b = of_kind(
        build_plan(aware, now.replace(tzinfo=None) - timedelta(hours=9)), "rejection_reply"
    )[0]
    assert a.start_on == b.start_on == date(2026, 3, 2)


def test_the_opening_answer_leaves_out_people_the_plan_already_has_busy():
    # Rosa, the warmest, still owes a reply to her rejection; an opening note goes to Kai.
    people = (person(1, "Rosa Quint", warmth=5), person(4, "Kai Berg", warmth=2))
    record = PlanRecord(people=people, interviews=(rejected(day="2026-03-02", sender=1),))
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-03-20"))
    answer = evaluate_opening(opening, record, at("2026-03-20"))
    assert (answer.contact_id, answer.due_on) == (4, date(2026, 3, 20))
    plan = build_plan(replace(record, openings=(opening,)), at("2026-03-20"))
    assert [(i.kind, i.contact_id) for i in plan.items] == [("rejection_reply", 1), ("opening", 4)]


def test_an_earlier_opening_keeps_its_person_when_a_new_one_is_asked_about():
    people = (person(2, "Dev Ahuja", warmth=5), person(3, "Mei Tanaka", warmth=4))
    first = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-18"), title="SRE")
    record = PlanRecord(people=people, openings=(first,))
    second = OpeningFacts(id=8, company_id=ACME, seen_at=at("2026-04-20"), title="Data")
    assert evaluate_opening(second, record, at("2026-04-20")).contact_id == 3
    assert evaluate_opening(first, record, at("2026-04-20")).contact_id == 2


def test_a_rejection_from_a_sender_not_in_the_record_is_still_answered():
    record = replace(BASE, interviews=(rejected(sender=99),))
    [reply] = of_kind(build_plan(record, at("2026-03-02")), "rejection_reply")
    assert reply.contact_id is None


def test_undated_rounds_count_for_time_together_but_plan_no_thank_you():
    people = (person(2, "Dev Ahuja"), person(3, "Mei Tanaka"))
    rounds = (
        RoundFacts(id=1, interview_id=10, held_on=None, duration_minutes=120, people=(3,)),
        RoundFacts(
            id=2, interview_id=10, held_on=at("2025-05-01"), duration_minutes=30, people=(2,)
        ),
    )
    record = PlanRecord(
        people=people, rounds=rounds, interviews=(rejected(day="2025-05-10", sender=None),)
    )
    plan = build_plan(record, at("2025-05-01", 18))
    assert [(i.kind, i.contact_id) for i in of_kind(plan, "thank_you")] == [("thank_you", 2)]
    opening = OpeningFacts(id=7, company_id=ACME, seen_at=at("2026-04-20"))
    assert evaluate_opening(opening, record, at("2026-04-20")).contact_id == 3


def test_a_hire_stops_people_met_in_it_even_without_a_company_on_file():
    freelancer = PersonFacts(id=4, name="Lou Brandt", company_id=None, has_email=True)
    rnd = RoundFacts(id=1, interview_id=10, held_on=at("2026-03-02"), people=(4,))
    record = PlanRecord(people=(freelancer,), interviews=(rejected(status="hired"),), rounds=(rnd,))
    assert build_plan(record, at("2026-03-02")).items == ()
    assert build_plan(record, at("2026-09-01")).items == ()
