"""The user's profile and settings, sign-up, and wiping one's data."""

import pytest

from server import create_app


def test_me_defaults_and_update(client, make_user):
    user = make_user()
    me = client.get("/api/v1/me", headers=user.headers).json
    assert me["linkedin_account"] == "free"
    assert me["follow_up_days"] == 105
    assert me["linkedin_notes_per_month"] == 3
    assert me["keep_email_body"] is False
    patched = client.patch(
        "/api/v1/me",
        json={
            "name": "Lee",
            "signature": "Lee\nlee.example",
            "linkedin_account": "premium",
            "follow_up_days": 120,
        },
        headers=user.headers,
    )
    assert patched.status_code == 200
    assert patched.json["linkedin_account"] == "premium"
    assert client.get("/api/v1/me", headers=user.headers).json["signature"] == "Lee\nlee.example"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"follow_up_days": 30}, "follow_up_days"),
        ({"follow_up_days": "often"}, "follow_up_days"),
        ({"linkedin_account": "gold"}, "linkedin_account"),
        ({"email": "new@example.test"}, "email"),
        ({"signature": "x" * 5000}, "signature"),
    ],
)
def test_me_rejects_bad_settings(client, user, body, field):
    response = client.patch("/api/v1/me", json=body, headers=user.headers)
    assert response.status_code == 422
    assert field in response.json["errors"]["json"]
    assert client.get("/api/v1/me", headers=user.headers).json["follow_up_days"] == 105


def test_signup_is_closed_by_default(client):
    response = client.post("/api/v1/signup", json={"email": "new@example.test"})
    assert response.status_code == 403


def test_signup_when_open(app, database_url):
    open_app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "REBOUND_OPEN_SIGNUP": True})
    client = open_app.test_client()
    created = client.post("/api/v1/signup", json={"email": "New@Example.test", "name": "New"})
    assert created.status_code == 201
    token = created.json["token"]
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    again = client.post("/api/v1/signup", json={"email": "new@example.test"})
    assert again.status_code == 409 and "email" in again.json["errors"]["json"]


def test_wipe_deletes_only_my_data(client, user, other_user):
    client.post("/api/v1/interviews", json={"company": "A", "role": "R"}, headers=user.headers)
    client.post(
        "/api/v1/interviews", json={"company": "B", "role": "R"}, headers=other_user.headers
    )
    assert client.delete("/api/v1/me/data", headers=user.headers).status_code == 204
    assert client.get("/api/v1/interviews", headers=user.headers).json == []
    assert len(client.get("/api/v1/interviews", headers=other_user.headers).json) == 1
    assert client.get("/api/v1/me", headers=user.headers).status_code == 200
