"""/api/v1/templates: full CRUD; a template that cannot work is refused with the reason."""

from __future__ import annotations

import pytest

THANKS = {
    "kind": "thank_you",
    "name": "After a technical round",
    "tone": "warm",
    "subject": "Thanks, {first_name}",
    "body": "Hi {first_name},\n\nThank you for the {round}. I keep thinking about {topic}."
    "\n\n{signature}",
}


def create(client, owner, body):
    return client.post("/api/v1/templates", json=body, headers=owner.headers)


def listed(client, owner, query=""):
    return client.get(f"/api/v1/templates{query}", headers=owner.headers).json


def test_create_read_list_update_delete(client, user):
    created = create(client, user, THANKS)
    assert created.status_code == 201, created.json
    for key, value in THANKS.items():
        assert created.json[key] == value
    tid = created.json["id"]
    path = f"/api/v1/templates/{tid}"
    assert client.get(path, headers=user.headers).json == created.json

    create(client, user, {"kind": "card", "body": "Dear {first_name}, thank you. {my_name}"})
    assert [t["kind"] for t in listed(client, user)] == ["thank_you", "card"]
    assert [t["id"] for t in listed(client, user, "?kind=thank_you")] == [tid]
    assert [t["kind"] for t in listed(client, user, "?tone=warm")] == ["thank_you"]

    patched = client.patch(path, json={"tone": None, "name": "Any tone"}, headers=user.headers)
    assert patched.status_code == 200
    assert patched.json["tone"] is None and patched.json["body"] == THANKS["body"]

    assert client.delete(path, headers=user.headers).status_code == 204
    assert client.get(path, headers=user.headers).status_code == 404
    assert [t["kind"] for t in listed(client, user)] == ["card"]


@pytest.mark.parametrize(
    ("body", "field", "needle"),
    [
        ({**THANKS, "body": "Hi {firstname}, thanks from {my_name}."}, "body", "{firstname}"),
        ({**THANKS, "subject": "Thanks from {me}"}, "subject", "{me}"),
        ({**THANKS, "body": "Hi {first_name!r}"}, "body", "without ':' or '!'"),
        ({**THANKS, "body": "Hi {first_name"}, "body", "braces do not match"),
        ({**THANKS, "body": "   "}, "body", "empty"),
        (
            {"kind": "card", "subject": "Hello", "body": "Dear {first_name}."},
            "subject",
            "no subject",
        ),
        (
            {"kind": "connection_note", "body": "Hi {first_name}, " + "great to meet you. " * 11},
            "body",
            "the limit is 200",
        ),
        ({"kind": "card", "body": "Dear {name}, " + "thank you so much. " * 16}, "body", "300"),
    ],
)
def test_unusable_templates_are_refused_and_nothing_is_stored(client, user, body, field, needle):
    response = create(client, user, body)
    assert response.status_code == 422
    assert response.headers["Content-Type"].startswith("application/problem+json")
    reasons = response.json["errors"]["json"][field]
    assert any(needle in reason for reason in reasons), reasons
    assert needle in response.json["detail"]
    assert listed(client, user) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "poem", "body": "Hi"}, "kind"),
        ({"kind": "card"}, "body"),
        ({"kind": "card", "body": "Dear {first_name}.", "tone": "sarcastic"}, "tone"),
        ({"kind": "card", "body": "Dear {first_name}.", "colour": "blue"}, "colour"),
        ({"kind": "card", "body": "x" * 5001}, "body"),
    ],
)
def test_schema_errors_name_the_field(client, user, body, field):
    response = create(client, user, body)
    assert response.status_code == 422
    assert field in response.json["errors"]["json"]
    assert listed(client, user) == []


def test_a_long_note_fits_a_premium_account_only(client, make_user):
    body = {"kind": "connection_note", "body": "Hi {first_name}, " + "great to meet you. " * 11}
    free = make_user(linkedin_account="free")
    premium = make_user(linkedin_account="premium")
    assert create(client, free, body).status_code == 422
    assert create(client, premium, body).status_code == 201


def test_an_update_that_would_break_the_template_is_refused(client, user):
    tid = create(client, user, THANKS).json["id"]
    path = f"/api/v1/templates/{tid}"
    to_card = client.patch(path, json={"kind": "card"}, headers=user.headers)
    assert to_card.status_code == 422
    assert "subject" in to_card.json["errors"]["json"]
    bad_body = client.patch(path, json={"body": "Hi {nickname}"}, headers=user.headers)
    assert bad_body.status_code == 422
    assert "{nickname}" in bad_body.json["errors"]["json"]["body"][0]
    assert client.get(path, headers=user.headers).json["body"] == THANKS["body"]
    assert client.get(path, headers=user.headers).json["kind"] == "thank_you"


@pytest.mark.parametrize(
    ("method", "body"),
    [("get", None), ("patch", {"name": "mine now"}), ("delete", None)],
)
def test_another_users_template_is_not_found(client, user, other_user, method, body):
    tid = create(client, user, THANKS).json["id"]
    path = f"/api/v1/templates/{tid}"
    kwargs = {"headers": other_user.headers}
    if body is not None:
        kwargs["json"] = body
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 404
    assert response.json["title"] == "Not Found"
    assert listed(client, other_user) == []
    assert client.get(path, headers=user.headers).json["name"] == THANKS["name"]


def test_another_users_templates_are_never_offered_to_me(client, user, other_user):
    create(client, user, {"kind": "card", "body": "Dear {first_name}, from someone else."})
    contact = client.post(
        "/api/v1/contacts", json={"name": "Ana Lima"}, headers=other_user.headers
    ).json
    response = client.post(
        "/api/v1/drafts",
        json={"kind": "card", "contact_id": contact["id"]},
        headers=other_user.headers,
    )
    assert response.status_code == 200
    assert all(d["source"] == "builtin" for d in response.json["drafts"])


def test_templates_need_a_token(client):
    assert client.get("/api/v1/templates").status_code == 401
    assert client.post("/api/v1/templates", json=THANKS).status_code == 401


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_an_id_beyond_any_row_is_not_found(client, user, method):
    kwargs = {"headers": user.headers}
    if method == "patch":
        kwargs["json"] = {"name": "x"}
    response = getattr(client, method)(f"/api/v1/templates/{10**24}", **kwargs)
    assert response.status_code == 404
