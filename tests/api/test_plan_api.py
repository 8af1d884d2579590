"""The plan and its calendar feed through the API, the way the extension and a calendar use them."""

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from server.extensions import db
from server.models import Rejection, User
from server.services.calendar_keys import hash_calendar_key


def post(client, who, path, body=None):
    return client.post(path, json=body, headers=who.headers)


def today() -> date:
    return datetime.now(UTC).date()


def days_ago(n: int) -> str:
    return (datetime.now(UTC) - timedelta(days=n)).isoformat()


def rejected_interview_with_people(client, who, company="Acme"):
    """An interview rejected today, a round two weeks ago with two people, both thanked."""
    interview = post(
        client,
        who,
        "/api/v1/interviews",
        {"company": company, "role": "Platform Engineer", "status": "interviewing"},
    ).json
    ana = post(
        client,
        who,
        "/api/v1/contacts",
        {"name": "Ana Silva", "company": company, "email": "ana@acme.example", "warmth": 5},
    ).json
    ben = post(client, who, "/api/v1/contacts", {"name": "Ben Okafor", "company": company}).json
    post(
        client,
        who,
        f"/api/v1/interviews/{interview['id']}/rounds",
        {
            "kind": "onsite",
            "held_on": days_ago(14),
            "duration_minutes": 60,
            "contact_ids": [ana["id"], ben["id"]],
        },
    )
    for person in (ana, ben):
        post(
            client,
            who,
            "/api/v1/touchpoints",
            {
                "contact_id": person["id"],
                "interview_id": interview["id"],
                "channel": "email",
                "kind": "thank_you",
                "status": "sent",
                "occurred_at": days_ago(13),
            },
        )
    client.patch(
        f"/api/v1/interviews/{interview['id']}",
        json={"status": "rejected", "rejected_on": today().isoformat()},
        headers=who.headers,
    )
    return interview, ana, ben


def get_plan(client, who, query=""):
    response = client.get(f"/api/v1/plan{query}", headers=who.headers)
    assert response.status_code == 200, response.json
    return response.json


def test_an_empty_record_has_an_empty_plan_and_a_full_note_allowance(client, user):
    plan = get_plan(client, user)
    assert plan["items"] == []
    assert plan["as_of"] == today().isoformat()
    assert plan["linkedin_notes"] == {
        "account": "free",
        "notes_per_month": 3,
        "used_this_month": 0,
        "notes_left_this_month": 3,
        "with_note": [],
        "plain_invite": [],
    }


def test_reply_then_connect_with_the_people_met(client, user):
    interview, ana, ben = rejected_interview_with_people(client, user)
    # The thank-yous went out, so the next thing for Ana and Ben is a check-in months away.
    later = get_plan(client, user, "?status=upcoming")["items"]
    assert {(i["kind"], i["person"]["id"]) for i in later} == {
        ("check_in", ana["id"]),
        ("check_in", ben["id"]),
    }
    [reply] = get_plan(client, user, "?within_days=30")["items"]
    assert reply["kind"] == "rejection_reply" and reply["status"] == "due"
    assert reply["interview"] == {
        "id": interview["id"],
        "company": "Acme",
        "role": "Platform Engineer",
    }
    assert reply["due_on"] == (today() + timedelta(days=2)).isoformat()
    assert reply["why"] and reply["title"] and reply["draft_id"] is None

    draft = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"interview_id": interview["id"], "channel": "email", "kind": "rejection_reply"},
    ).json
    [reply] = get_plan(client, user, "?within_days=30")["items"]
    assert reply["draft_id"] == draft["id"]

    post(client, user, f"/api/v1/touchpoints/{draft['id']}/sent")
    plan = get_plan(client, user)
    assert {i["kind"] for i in plan["items"]} == {"connect"}
    by_person = {i["person"]["id"]: i for i in plan["items"]}
    assert set(by_person) == {ana["id"], ben["id"]}
    assert by_person[ana["id"]]["person"]["name"] == "Ana Silva"
    assert all(i["with_note"] for i in plan["items"])
    assert plan["linkedin_notes"]["with_note"] == [
        {"id": ana["id"], "name": "Ana Silva"},
        {"id": ben["id"], "name": "Ben Okafor"},
    ]


def test_the_note_meter_follows_the_users_allowance(client, user):
    client.patch("/api/v1/me", json={"linkedin_notes_per_month": 1}, headers=user.headers)
    interview, ana, ben = rejected_interview_with_people(client, user)
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "interview_id": interview["id"],
            "channel": "email",
            "kind": "rejection_reply",
            "status": "sent",
        },
    )
    meter = get_plan(client, user)["linkedin_notes"]
    assert meter["notes_left_this_month"] == 1
    assert [p["id"] for p in meter["with_note"]] == [ana["id"]]  # rated warmest
    assert [p["id"] for p in meter["plain_invite"]] == [ben["id"]]


def test_the_sender_of_a_stored_rejection_is_the_person_to_answer(app, client, user):
    interview, ana, _ = rejected_interview_with_people(client, user)
    with app.app_context():
        db.session.add(
            Rejection(
                user_id=user.id,
                interview_id=interview["id"],
                message_id="<r1@acme.example>",
                received_at=datetime.now(UTC) - timedelta(days=3),
                sender_email="ANA@acme.example",
            )
        )
        db.session.commit()
    [reply] = get_plan(client, user, "?kind=rejection_reply")["items"]
    assert reply["person"] == {"id": ana["id"], "name": "Ana Silva"}
    assert reply["status"] == "overdue"  # received three days ago, two days to answer


def test_filters_by_kind_status_and_horizon(client, user):
    contact = post(client, user, "/api/v1/contacts", {"name": "Cy Park", "email": "c@x.io"}).json
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": contact["id"], "channel": "email", "kind": "check_in", "status": "sent"},
    )
    _, ana, ben = rejected_interview_with_people(client, user, company="Globex")
    assert [i["kind"] for i in get_plan(client, user)["items"]] == [
        "rejection_reply",
        "check_in",
        "check_in",
        "check_in",
    ]
    check_ins = get_plan(client, user, "?kind=check_in")["items"]
    assert {i["person"]["id"] for i in check_ins} == {contact["id"], ana["id"], ben["id"]}
    assert [i["kind"] for i in get_plan(client, user, "?status=due")["items"]] == [
        "rejection_reply"
    ]
    assert [i["kind"] for i in get_plan(client, user, "?within_days=30")["items"]] == [
        "rejection_reply"
    ]
    assert len(get_plan(client, user, "?within_days=200")["items"]) == 4


@pytest.mark.parametrize(
    "query", ["?kind=serenade", "?status=later", "?within_days=-1", "?within_days=100000"]
)
def test_bad_plan_queries_are_422(client, user, query):
    response = client.get(f"/api/v1/plan{query}", headers=user.headers)
    assert response.status_code == 422
    assert response.json["errors"]["query"]


@pytest.mark.parametrize("days", [0, 30, 89, 731, 100000])
def test_absurd_intervals_are_refused_and_nothing_changes(client, user, days):
    response = client.patch("/api/v1/me", json={"follow_up_days": days}, headers=user.headers)
    assert response.status_code == 422
    assert client.get("/api/v1/me", headers=user.headers).json["follow_up_days"] == 105
    contact = post(client, user, "/api/v1/contacts", {"name": "Cy", "follow_up_days": days})
    assert contact.status_code == 422
    assert client.get("/api/v1/contacts", headers=user.headers).json == []


def test_a_persons_own_interval_and_the_users_interval_move_the_check_in(client, user):
    contact = post(client, user, "/api/v1/contacts", {"name": "Cy Park", "email": "c@x.io"}).json
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": contact["id"], "channel": "email", "kind": "check_in", "status": "sent"},
    )

    def start_on():
        [item] = get_plan(client, user, "?kind=check_in")["items"]
        return date.fromisoformat(item["start_on"])

    base = start_on() - timedelta(days=105)
    client.patch("/api/v1/me", json={"follow_up_days": 120}, headers=user.headers)
    assert start_on() == base + timedelta(days=120)
    client.patch(
        f"/api/v1/contacts/{contact['id']}", json={"follow_up_days": 180}, headers=user.headers
    )
    assert start_on() == base + timedelta(days=180)


def test_do_not_contact_and_a_hire_stop_the_plan(client, user):
    interview, ana, ben = rejected_interview_with_people(client, user)
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "interview_id": interview["id"],
            "channel": "email",
            "kind": "rejection_reply",
            "status": "sent",
        },
    )
    client.patch(
        f"/api/v1/contacts/{ana['id']}", json={"do_not_contact": True}, headers=user.headers
    )
    assert [i["person"]["id"] for i in get_plan(client, user)["items"]] == [ben["id"]]
    client.patch(
        f"/api/v1/interviews/{interview['id']}", json={"status": "hired"}, headers=user.headers
    )
    assert get_plan(client, user)["items"] == []


def test_the_plan_shows_only_my_record(client, user, other_user):
    rejected_interview_with_people(client, user)
    assert get_plan(client, user)["items"]
    assert get_plan(client, other_user)["items"] == []


def test_the_plan_needs_the_api_token(client):
    assert client.get("/api/v1/plan").status_code == 401


# --- the calendar feed ------------------------------------------------------------------------


def new_key(client, who):
    response = client.post("/api/v1/me/calendar-key", headers=who.headers)
    assert response.status_code == 201, response.json
    return response.json


def test_the_feed_is_the_same_plan_as_valid_icalendar(client, user):
    rejected_interview_with_people(client, user)
    contact = post(client, user, "/api/v1/contacts", {"name": "Zoë Ångström"}).json
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": contact["id"], "channel": "linkedin", "kind": "other", "status": "sent"},
    )
    answer = new_key(client, user)
    assert answer["key"] and answer["feed_url"].endswith(f"/api/v1/plan.ics?key={answer['key']}")
    feed = client.get(f"/api/v1/plan.ics?key={answer['key']}")
    assert feed.status_code == 200
    assert feed.mimetype == "text/calendar"
    assert "no-store" not in feed.headers["Cache-Control"]
    cal = Calendar.from_ical(feed.data)
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
    events = cal.walk("VEVENT")
    items = get_plan(client, user)["items"]
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(i["title"] for i in items)
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"} <= set(event)
    again = Calendar.from_ical(client.get(f"/api/v1/plan.ics?key={answer['key']}").data)
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == {str(e["UID"]) for e in events}


def test_only_the_hash_of_the_key_is_stored(app, client, user):
    key = new_key(client, user)["key"]
    with app.app_context():
        stored = db.session.get(User, user.id).calendar_key_hash
    assert stored == hash_calendar_key(key) and key not in stored


def test_a_rotated_key_stops_working(client, user):
    old = new_key(client, user)["key"]
    new = new_key(client, user)["key"]
    assert old != new
    gone = client.get(f"/api/v1/plan.ics?key={old}")
    assert gone.status_code == 404 and gone.mimetype == "application/problem+json"
    assert client.get(f"/api/v1/plan.ics?key={new}").status_code == 200


@pytest.mark.parametrize("key", ["cal_wrong", "nonsense", "cal_" + "x" * 300])
def test_a_wrong_key_is_not_found(client, user, key):
    new_key(client, user)
    assert client.get(f"/api/v1/plan.ics?key={key}").status_code in (404, 422)


def test_the_api_token_never_opens_the_feed(client, user):
    new_key(client, user)
    assert client.get(f"/api/v1/plan.ics?key={user.token}").status_code == 404
    assert client.get("/api/v1/plan.ics", headers=user.headers).status_code == 401
    assert client.get("/api/v1/plan.ics").status_code == 401


def test_a_key_opens_only_its_owners_plan(client, user, other_user):
    rejected_interview_with_people(client, user)
    theirs = new_key(client, other_user)["key"]
    cal = Calendar.from_ical(client.get(f"/api/v1/plan.ics?key={theirs}").data)
    assert cal.walk("VEVENT") == []


def test_rotating_the_key_needs_the_api_token(client):
    assert client.post("/api/v1/me/calendar-key").status_code == 401
