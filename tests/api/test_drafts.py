"""POST /api/v1/drafts as the extension calls it: variants built from the stored record."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from server.engines.compose import KINDS, TONES
from server.extensions import db
from server.models import Opening, Rejection

DRAFT_FIELDS = {
    "text",
    "subject",
    "channel",
    "length",
    "limit",
    "personalised_with",
    "missing",
    "tone",
    "source",
    "contact_id",
}
EXTRAS_FOR = {
    "opening": {"opening_title": "Platform Engineer", "opening_url": "https://jobs.example/42"},
    "check_in": {"news": "the new Rotterdam depot"},
}


def post(client, owner, path, body):
    return client.post(path, json=body, headers=owner.headers)


def make_record(client, owner) -> dict:
    """An interview with a technical round where the user met two people."""
    interview = post(
        client,
        owner,
        "/api/v1/interviews",
        {
            "company": "Harbourline Freight",
            "role": "Backend Engineer",
            "status": "rejected",
            "notes": "We discussed their plan to split the routing monolith into services.",
        },
    ).json
    priya = post(
        client,
        owner,
        "/api/v1/contacts",
        {
            "name": "Priyanka Raman",
            "preferred_name": "Priya",
            "company": "Harbourline Freight",
            "notes": "She walked me through how her team runs the billing reconciliation jobs.",
        },
    ).json
    kwame = post(
        client,
        owner,
        "/api/v1/contacts",
        {
            "name": "Kwame Mensah",
            "company": "Harbourline Freight",
            "notes": "Talked about on-call load and the pager rotation.",
        },
    ).json
    round_ = post(
        client,
        owner,
        f"/api/v1/interviews/{interview['id']}/rounds",
        {
            "kind": "technical",
            "held_on": "2026-09-16T14:00:00Z",
            "contact_ids": [priya["id"], kwame["id"]],
        },
    ).json
    return {"interview": interview, "priya": priya, "kwame": kwame, "round": round_}


@pytest.fixture
def record(client, user):
    return make_record(client, user)


def draft(client, owner, **body):
    return client.post("/api/v1/drafts", json=body, headers=owner.headers)


@pytest.mark.parametrize(("kind", "tone"), [(k, t) for k in KINDS for t in TONES])
def test_every_kind_and_tone_drafts_from_the_record(client, user, record, kind, tone):
    response = draft(
        client,
        user,
        kind=kind,
        tone=tone,
        interview_id=record["interview"]["id"],
        contact_id=record["priya"]["id"],
        extras=EXTRAS_FOR.get(kind, {}),
    )
    assert response.status_code == 200, response.json
    drafts = response.json["drafts"]
    assert len({d["text"] for d in drafts}) >= 2
    for each in drafts:
        assert set(each) == DRAFT_FIELDS
        assert "{" not in each["text"] and "}" not in each["text"]
        assert "Priya" in each["text"]
        assert each["tone"] == tone and each["contact_id"] == record["priya"]["id"]
        assert each["length"] <= (each["limit"] or each["length"])


def test_connection_note_limit_follows_the_account(client, make_user):
    for account, limit in (("free", 200), ("premium", 300)):
        owner = make_user(name="Ren Aoki", linkedin_account=account)
        mine = make_record(client, owner)
        response = draft(client, owner, kind="connection_note", contact_id=mine["kwame"]["id"])
        assert response.status_code == 200
        assert {d["limit"] for d in response.json["drafts"]} == {limit}
        assert all(d["length"] <= limit for d in response.json["drafts"])


def test_thank_you_without_a_contact_writes_to_everyone_met(client, user, record):
    response = draft(client, user, kind="thank_you", interview_id=record["interview"]["id"])
    assert response.status_code == 200
    drafts = response.json["drafts"]
    by_person = {}
    for each in drafts:
        by_person.setdefault(each["contact_id"], []).append(each)
    assert set(by_person) == {record["priya"]["id"], record["kwame"]["id"]}
    assert all("billing reconciliation" in d["text"] for d in by_person[record["priya"]["id"]][:1])
    assert all("on-call load" in d["text"] for d in by_person[record["kwame"]["id"]][:1])
    assert all(
        "technical interview" in d["text"] for d in drafts if "round" in d["personalised_with"]
    )
    first_priya = by_person[record["priya"]["id"]][0]["text"].replace("Priya", "X")
    first_kwame = by_person[record["kwame"]["id"]][0]["text"].replace("Kwame", "X")
    assert first_priya.splitlines()[2][:30] != first_kwame.splitlines()[2][:30]


def test_contact_alone_finds_their_interview(client, user, record):
    response = draft(
        client, user, kind="thank_you", tone="formal", contact_id=record["kwame"]["id"]
    )
    assert response.status_code == 200
    text = response.json["drafts"][0]["text"]
    assert "Kwame Mensah" in text and "technical interview" in text


def test_rejection_reply_answers_the_recorded_rejection(app, client, user, record):
    with app.app_context():
        db.session.add(
            Rejection(
                user_id=user.id,
                interview_id=record["interview"]["id"],
                message_id="<r1@harbourline.example>",
                received_at=datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
                subject="Your application for Backend Engineer",
                sender_name="Lena Vogt",
                sender_email="lena@harbourline.example",
            )
        )
        db.session.commit()
    response = draft(client, user, kind="rejection_reply", interview_id=record["interview"]["id"])
    assert response.status_code == 200
    drafts = response.json["drafts"]
    assert all(d["contact_id"] is None for d in drafts)
    assert drafts[0]["subject"] == "Re: Your application for Backend Engineer"
    assert "Hi Lena," in drafts[0]["text"]
    assert "routing monolith" in drafts[0]["text"]


def test_rejection_reply_without_a_sender_says_the_name_is_missing(client, user, record):
    response = draft(client, user, kind="rejection_reply", interview_id=record["interview"]["id"])
    assert response.status_code == 200
    assert all("first_name" in d["missing"] for d in response.json["drafts"])


def test_opening_uses_the_opening_the_user_saw(app, client, user, record):
    missing = draft(client, user, kind="opening", contact_id=record["priya"]["id"])
    assert missing.status_code == 422
    assert "extras" in missing.json["errors"]["json"]
    with app.app_context():
        db.session.add(
            Opening(
                user_id=user.id,
                company_id=record["interview"]["company_id"],
                title="Routing Engineer",
                url="https://jobs.harbourline.example/routing",
            )
        )
        db.session.commit()
    seen = draft(client, user, kind="opening", contact_id=record["priya"]["id"])
    assert seen.status_code == 200
    assert all("Routing Engineer" in d["text"] for d in seen.json["drafts"])


def test_user_templates_are_offered_first(client, user, record):
    template = client.post(
        "/api/v1/templates",
        json={"kind": "card", "body": "Dear {first_name}, thank you for {topic}. {my_name}"},
        headers=user.headers,
    ).json
    response = draft(client, user, kind="card", contact_id=record["priya"]["id"])
    drafts = response.json["drafts"]
    assert drafts[0]["source"] == f"template:{template['id']}"
    assert drafts[0]["text"].startswith("Dear Priya, thank you for how your team")
    assert all(d["source"] == "builtin" for d in drafts[1:])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "poem"}, "kind"),
        ({"kind": "card", "tone": "sarcastic"}, "tone"),
        ({"tone": "warm"}, "kind"),
        ({"kind": "check_in", "extras": {"gift": "x"}}, "extras"),
        ({"kind": "check_in", "extras": {"link": "javascript:alert(1)"}}, "extras"),
        ({"kind": "card", "surprise": True}, "surprise"),
        ({"kind": "card", "interview_id": 0}, "interview_id"),
        ({"kind": "card", "contact_id": 10**24}, "contact_id"),
    ],
)
def test_bad_input_is_422_naming_the_field(client, user, body, field):
    response = client.post("/api/v1/drafts", json=body, headers=user.headers)
    assert response.status_code == 422
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert field in response.json["errors"]["json"]


def test_a_kind_written_to_a_person_needs_one(client, user):
    response = draft(client, user, kind="thank_you")
    assert response.status_code == 422
    assert "contact_id" in response.json["errors"]["json"]


def test_an_interview_with_no_contacts_is_422(client, user):
    lonely = post(client, user, "/api/v1/interviews", {"company": "Zylo", "role": "QA"}).json
    response = draft(client, user, kind="connection_note", interview_id=lonely["id"])
    assert response.status_code == 422
    assert "contact_id" in response.json["errors"]["json"]


def test_a_contact_without_a_usable_name_is_422(client, user):
    contact = post(client, user, "/api/v1/contacts", {"name": "🌻 🌻"}).json
    response = draft(client, user, kind="card", contact_id=contact["id"])
    assert response.status_code == 422
    assert "contact_id" in response.json["errors"]["json"]


def test_do_not_contact_is_respected(client, user, record):
    client.patch(
        f"/api/v1/contacts/{record['kwame']['id']}",
        json={"do_not_contact": True},
        headers=user.headers,
    )
    direct = draft(client, user, kind="check_in", contact_id=record["kwame"]["id"])
    assert direct.status_code == 422
    everyone = draft(client, user, kind="thank_you", interview_id=record["interview"]["id"])
    assert {d["contact_id"] for d in everyone.json["drafts"]} == {record["priya"]["id"]}


def test_round_must_belong_to_the_interview(client, user, record):
    other = post(client, user, "/api/v1/interviews", {"company": "Zylo", "role": "QA"}).json
    response = draft(
        client,
        user,
        kind="thank_you",
        interview_id=other["id"],
        round_id=record["round"]["id"],
    )
    assert response.status_code == 422
    assert "round_id" in response.json["errors"]["json"]


@pytest.mark.parametrize("target", ["interview_id", "contact_id", "round_id"])
def test_another_users_record_is_not_found(client, user, other_user, record, target):
    ids = {
        "interview_id": record["interview"]["id"],
        "contact_id": record["priya"]["id"],
        "round_id": record["round"]["id"],
    }
    response = draft(client, other_user, kind="thank_you", **{target: ids[target]})
    assert response.status_code == 404
    assert response.json["title"] == "Not Found"


def test_drafting_stores_nothing(client, user, record):
    before = client.get("/api/v1/export", headers=user.headers).json
    draft(client, user, kind="thank_you", interview_id=record["interview"]["id"])
    draft(client, user, kind="poem")
    draft(client, user, kind="thank_you")
    assert client.get("/api/v1/export", headers=user.headers).json == before


def test_drafts_need_a_token(client):
    assert client.post("/api/v1/drafts", json={"kind": "card"}).status_code == 401
