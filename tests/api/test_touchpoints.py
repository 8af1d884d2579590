"""Touchpoints through the API: logging, filtering, marking sent, bad input and isolation."""

from datetime import UTC, datetime, timedelta

import pytest


def post(client, who, path, body=None):
    return client.post(path, json=body, headers=who.headers)


def seed(client, who):
    """One interview at Acme and one person met in it."""
    interview = post(client, who, "/api/v1/interviews", {"company": "Acme", "role": "SRE"}).json
    contact = post(
        client, who, "/api/v1/contacts", {"name": "Ana Silva", "company": "Acme", "email": "a@x.io"}
    ).json
    return interview["id"], contact["id"]


def test_log_list_filter_change_and_delete(client, user):
    iid, cid = seed(client, user)
    drafted = post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "contact_id": cid,
            "interview_id": iid,
            "channel": "email",
            "kind": "thank_you",
            "subject": "Thank you",
            "text": "Thanks for walking me through the pager rota.",
        },
    )
    assert drafted.status_code == 201, drafted.json
    assert drafted.json["status"] == "drafted"
    assert drafted.json["contact"] == {"id": cid, "name": "Ana Silva"}
    assert drafted.json["occurred_at"]
    card = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": cid, "channel": "card", "kind": "card", "status": "sent"},
    )
    assert card.status_code == 201
    by_interview = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"interview_id": iid, "channel": "email", "kind": "rejection_reply", "status": "skipped"},
    )
    assert by_interview.status_code == 201 and by_interview.json["contact"] is None

    def listed(query):
        response = client.get(f"/api/v1/touchpoints?{query}", headers=user.headers)
        assert response.status_code == 200, response.json
        return sorted(t["id"] for t in response.json)

    assert listed("") == sorted([drafted.json["id"], card.json["id"], by_interview.json["id"]])
    assert listed(f"contact_id={cid}") == sorted([drafted.json["id"], card.json["id"]])
    assert listed(f"interview_id={iid}") == sorted([drafted.json["id"], by_interview.json["id"]])
    assert listed("status=sent") == [card.json["id"]]
    assert listed("kind=rejection_reply") == [by_interview.json["id"]]
    assert listed("channel=card") == [card.json["id"]]

    tid = drafted.json["id"]
    changed = client.patch(
        f"/api/v1/touchpoints/{tid}", json={"text": "Shorter."}, headers=user.headers
    )
    assert changed.status_code == 200 and changed.json["text"] == "Shorter."
    assert changed.json["kind"] == "thank_you"
    assert client.delete(f"/api/v1/touchpoints/{tid}", headers=user.headers).status_code == 204
    assert client.get(f"/api/v1/touchpoints/{tid}", headers=user.headers).status_code == 404


def test_marking_a_draft_sent_records_when_it_went_out(client, user):
    _, cid = seed(client, user)
    long_ago = "2020-01-01T00:00:00+00:00"
    draft = post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "contact_id": cid,
            "channel": "linkedin",
            "kind": "connection_note",
            "occurred_at": long_ago,
        },
    ).json
    sent = post(client, user, f"/api/v1/touchpoints/{draft['id']}/sent")
    assert sent.status_code == 200, sent.json
    assert sent.json["status"] == "sent"
    sent_at = datetime.fromisoformat(sent.json["occurred_at"])
    assert sent_at > datetime(2020, 1, 2, tzinfo=UTC)
    again = post(client, user, f"/api/v1/touchpoints/{draft['id']}/sent")
    assert again.status_code == 200 and again.json["occurred_at"] == sent.json["occurred_at"]
    listed = client.get("/api/v1/touchpoints?status=sent", headers=user.headers).json
    assert [t["id"] for t in listed] == [draft["id"]]


def test_marking_sent_can_say_when(client, user):
    _, cid = seed(client, user)
    draft = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": cid, "channel": "email", "kind": "check_in"},
    ).json
    when = "2026-05-04T08:15:00+00:00"
    sent = post(client, user, f"/api/v1/touchpoints/{draft['id']}/sent", {"occurred_at": when})
    assert sent.status_code == 200
    assert datetime.fromisoformat(sent.json["occurred_at"]) == datetime.fromisoformat(when)
    bad = post(client, user, f"/api/v1/touchpoints/{draft['id']}/sent", {"occurred_at": "soon"})
    assert bad.status_code == 422


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"channel": "email", "kind": "serenade"}, "kind"),
        ({"channel": "pigeon", "kind": "check_in"}, "channel"),
        ({"channel": "email", "kind": "check_in", "status": "maybe"}, "status"),
        ({"kind": "check_in"}, "channel"),
        ({"channel": "email"}, "kind"),
        ({"channel": "email", "kind": "check_in", "occurred_at": "yesterday"}, "occurred_at"),
        ({"channel": "email", "kind": "check_in", "text": "x" * 20_001}, "text"),
        ({"channel": "email", "kind": "check_in", "mood": "bold"}, "mood"),
        ({"channel": "email", "kind": "check_in", "contact_id": 0}, "contact_id"),
        ({"channel": "email", "kind": "check_in", "contact_id": 987654}, "contact_id"),
        ({"channel": "email", "kind": "check_in", "interview_id": 987654}, "interview_id"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(client, user, body, field):
    _, cid = seed(client, user)
    if "contact_id" not in body and "interview_id" not in body:
        body = {**body, "contact_id": cid}
    response = post(client, user, "/api/v1/touchpoints", body)
    assert response.status_code == 422, response.json
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"]["json"]
    assert client.get("/api/v1/touchpoints", headers=user.headers).json == []


def test_a_touchpoint_needs_a_person_or_an_interview(client, user):
    response = post(client, user, "/api/v1/touchpoints", {"channel": "email", "kind": "other"})
    assert response.status_code == 422
    assert "contact_id" in response.json["errors"]["json"]
    assert client.get("/api/v1/touchpoints", headers=user.headers).json == []


def test_cannot_point_at_another_users_contact_or_interview(client, user, other_user):
    their_iid, their_cid = seed(client, user)
    seed(client, other_user)
    for field, value in (("contact_id", their_cid), ("interview_id", their_iid)):
        response = post(
            client,
            other_user,
            "/api/v1/touchpoints",
            {field: value, "channel": "email", "kind": "check_in"},
        )
        assert response.status_code == 422
        assert field in response.json["errors"]["json"]
    assert client.get("/api/v1/touchpoints", headers=other_user.headers).json == []
    mine = post(
        client,
        other_user,
        "/api/v1/touchpoints",
        {"interview_id": seed(client, other_user)[0], "channel": "email", "kind": "other"},
    ).json
    moved = client.patch(
        f"/api/v1/touchpoints/{mine['id']}",
        json={"contact_id": their_cid},
        headers=other_user.headers,
    )
    assert moved.status_code == 422
    after = client.get(f"/api/v1/touchpoints/{mine['id']}", headers=other_user.headers).json
    assert after["contact"] is None


@pytest.mark.parametrize(
    ("method", "suffix", "body"),
    [
        ("get", "", None),
        ("patch", "", {"text": "mine now"}),
        ("delete", "", None),
        ("post", "/sent", None),
    ],
)
def test_other_users_touchpoints_are_not_found(client, user, other_user, method, suffix, body):
    _, cid = seed(client, user)
    tid = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": cid, "channel": "email", "kind": "check_in"},
    ).json["id"]
    kwargs = {"headers": other_user.headers}
    if body is not None:
        kwargs["json"] = body
    response = getattr(client, method)(f"/api/v1/touchpoints/{tid}{suffix}", **kwargs)
    assert response.status_code == 404
    mine = client.get(f"/api/v1/touchpoints/{tid}", headers=user.headers).json
    assert mine["status"] == "drafted" and mine["text"] == ""
    assert client.get("/api/v1/touchpoints", headers=other_user.headers).json == []


def test_any_sent_touch_restarts_the_persons_clock_in_the_plan(client, user):
    _, cid = seed(client, user)
    old = (datetime.now(UTC) - timedelta(days=200)).isoformat()
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "contact_id": cid,
            "channel": "email",
            "kind": "check_in",
            "status": "sent",
            "occurred_at": old,
        },
    )
    [item] = client.get("/api/v1/plan?kind=check_in", headers=user.headers).json["items"]
    assert item["status"] == "overdue" and item["person"]["id"] == cid
    call = post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": cid, "channel": "phone", "kind": "other"},
    ).json
    still = client.get("/api/v1/plan?kind=check_in", headers=user.headers).json["items"]
    assert [i["status"] for i in still] == ["overdue"]  # a draft is not contact
    post(client, user, f"/api/v1/touchpoints/{call['id']}/sent")
    [moved] = client.get("/api/v1/plan?kind=check_in", headers=user.headers).json["items"]
    assert moved["status"] == "upcoming"
    expected = datetime.now(UTC).date() + timedelta(days=105)
    assert abs((datetime.fromisoformat(moved["start_on"]).date() - expected).days) <= 1
