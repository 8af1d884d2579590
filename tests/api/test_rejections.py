"""Recording a rejection email on an interview: status, date, excerpt, idempotent per message."""

from __future__ import annotations

import pytest

EMAIL = {
    "message_id": "<r-1@acme.example>",
    "subject": "Your application to Acme",
    "from_name": "Acme Talent Team",
    "from_email": "no-reply@greenhouse.io",
    "body": "Hi Dana,\n\nThank you for applying. "
    + "We appreciated your time. " * 30
    + "We have decided to move forward with other candidates.",
    "received_at": "2025-03-07T23:30:00-05:00",
}


def _interview(client, who):
    response = client.post(
        "/api/v1/interviews",
        json={"company": "Acme", "role": "SRE", "status": "interviewing"},
        headers=who.headers,
    )
    return response.json


def _path(interview) -> str:
    return f"/api/v1/interviews/{interview['id']}/rejection"


def test_recording_sets_status_date_and_excerpt(client, user):
    interview = _interview(client, user)
    response = client.post(_path(interview), json=EMAIL, headers=user.headers)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["interview_id"] == interview["id"]
    assert body["message_id"] == EMAIL["message_id"]
    assert body["subject"] == EMAIL["subject"]
    assert body["sender_name"] == "Acme Talent Team"
    assert body["sender_email"] == "no-reply@greenhouse.io"
    assert body["excerpt"].startswith("Hi Dana, Thank you for applying.")
    assert len(body["excerpt"]) <= 300
    assert body["body"] is None
    after = client.get(f"/api/v1/interviews/{interview['id']}", headers=user.headers).json
    assert after["status"] == "rejected"
    assert after["rejected_on"] == "2025-03-08"


def test_full_body_kept_only_when_the_user_says_so(client, make_user):
    keeper = make_user(keep_email_body=True)
    interview = _interview(client, keeper)
    body = client.post(_path(interview), json=EMAIL, headers=keeper.headers).json
    assert body["body"] == EMAIL["body"]


def test_html_body_gives_a_visible_excerpt(client, user):
    interview = _interview(client, user)
    email = {
        "message_id": "<html@acme.example>",
        "body_html": '<div style="display:none">preview</div><p>Thank you &amp; goodbye.</p>',
    }
    body = client.post(_path(interview), json=email, headers=user.headers).json
    assert body["excerpt"] == "Thank you & goodbye."


def test_second_call_with_the_same_message_returns_the_same_record(client, user):
    interview = _interview(client, user)
    first = client.post(_path(interview), json=EMAIL, headers=user.headers)
    second = client.post(_path(interview), json=EMAIL, headers=user.headers)
    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json == first.json


def test_same_message_on_another_interview_is_a_conflict(client, user):
    first, second = _interview(client, user), _interview(client, user)
    client.post(_path(first), json=EMAIL, headers=user.headers)
    response = client.post(_path(second), json=EMAIL, headers=user.headers)
    assert response.status_code == 409
    assert "message_id" in response.json["errors"]["json"]


def test_another_users_interview_is_not_found(client, user, other_user):
    theirs = _interview(client, other_user)
    response = client.post(_path(theirs), json=EMAIL, headers=user.headers)
    assert response.status_code == 404
    unchanged = client.get(f"/api/v1/interviews/{theirs['id']}", headers=other_user.headers)
    assert unchanged.json["status"] == "interviewing"


def test_message_ids_are_per_user(client, user, other_user):
    mine, theirs = _interview(client, user), _interview(client, other_user)
    assert client.post(_path(mine), json=EMAIL, headers=user.headers).status_code == 201
    assert client.post(_path(theirs), json=EMAIL, headers=other_user.headers).status_code == 201


def test_missing_interview_is_not_found(client, user):
    response = client.post("/api/v1/interviews/999999/rejection", json=EMAIL, headers=user.headers)
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"subject": "no id"}, "message_id"),
        ({"message_id": ""}, "message_id"),
        ({"message_id": "x" * 501}, "message_id"),
        ({"message_id": 5}, "message_id"),
        ({"message_id": "<m@x>", "received_at": "soon"}, "received_at"),
        ({"message_id": "<m@x>", "unknown": 1}, "unknown"),
        ({"message_id": "<m@x>", "body": "x" * 200_001}, "body"),
    ],
)
def test_bad_input_names_the_field(client, user, payload, field):
    interview = _interview(client, user)
    response = client.post(_path(interview), json=payload, headers=user.headers)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"]["json"]


def test_login_required(client, user):
    interview = _interview(client, user)
    assert client.post(_path(interview), json=EMAIL).status_code == 401
