"""Classifying emails through the API, the way the extension calls it."""

from __future__ import annotations

import pytest

CLASSIFY = "/api/v1/emails/classify"
BATCH = "/api/v1/emails/classify/batch"

REJECTION = {
    "subject": "Your application to Acme Robotics",
    "from_name": "Acme Robotics Talent Team",
    "from_email": "no-reply@greenhouse.io",
    "body": (
        "Hi Dana,\n\nThank you for applying to the Senior Backend Engineer role at Acme Robotics. "
        "After careful consideration we have decided to move forward with other candidates.\n\n"
        "Best,\nThe Acme Robotics Recruiting Team"
    ),
    "received_at": "2025-03-07T16:02:00Z",
    "message_id": "<abc123@greenhouse.io>",
}
INVITE = {
    "subject": "Interview",
    "from_name": "Jo Reyes",
    "from_email": "jo.reyes@acme-robotics.com",
    "body": "Hi Dana, we'd like to invite you to an interview for the Data Analyst role. "
    "Could you share your availability?\n\nBest,\nJo Reyes",
}
FIELDS = {
    "category",
    "is_rejection",
    "confidence",
    "evidence",
    "company",
    "role",
    "contact_name",
    "language",
    "interview",
    "contact",
}


def _interview(client, who, company="Acme Robotics", role="Senior Backend Engineer", **extra):
    response = client.post(
        "/api/v1/interviews", json={"company": company, "role": role, **extra}, headers=who.headers
    )
    assert response.status_code == 201, response.json
    return response.json


def test_classify_answers_exactly_the_documented_fields(client, user):
    response = client.post(CLASSIFY, json=REJECTION, headers=user.headers)
    assert response.status_code == 200, response.json
    body = response.json
    assert set(body) == FIELDS
    assert body["category"] == "rejection" and body["is_rejection"] is True
    assert 0.8 <= body["confidence"] <= 1.0
    assert body["evidence"]
    assert body["company"] == "Acme Robotics"
    assert body["role"] == "Senior Backend Engineer"
    assert body["language"] == "en"
    assert body["interview"] is None
    assert body["contact"] is None


def test_classify_matches_the_stored_interview_by_company_name(client, user):
    interview = _interview(client, user)
    body = client.post(CLASSIFY, json=REJECTION, headers=user.headers).json
    assert body["interview"]["id"] == interview["id"]
    assert body["interview"]["company"] == "Acme Robotics"
    assert body["interview"]["role"] == "Senior Backend Engineer"
    assert "company name" in body["interview"]["match"]


def test_classify_matches_by_sender_domain_and_role(client, user):
    _interview(client, user)
    analyst = _interview(client, user, role="Data Analyst")
    client.patch(
        f"/api/v1/companies/{analyst['company_id']}",
        json={"domains": ["acme-robotics.com"]},
        headers=user.headers,
    )
    body = client.post(CLASSIFY, json=INVITE, headers=user.headers).json
    assert body["category"] == "interview_invite"
    assert body["interview"]["id"] == analyst["id"]
    assert "domain" in body["interview"]["match"]


def test_classify_matches_by_contact_address(client, user):
    interview = _interview(client, user, company="Globex", role="Designer")
    client.post(
        "/api/v1/contacts",
        json={"name": "Pat Lee", "company": "Globex", "email": "pat.lee@gmail.com"},
        headers=user.headers,
    )
    email = {
        "subject": "Update",
        "from_name": "Pat Lee",
        "from_email": "pat.lee@gmail.com",
        "body": "Thanks for interviewing for the Designer role. We went with another candidate.",
    }
    body = client.post(CLASSIFY, json=email, headers=user.headers).json
    assert body["is_rejection"]
    assert body["interview"]["id"] == interview["id"]
    assert "contact" in body["interview"]["match"]


def test_classify_names_the_contact_whose_address_sent_it(client, user):
    client.post(
        "/api/v1/contacts",
        json={
            "name": "Jo Reyes",
            "company": "Acme Robotics",
            "email": "Jo.Reyes@acme-robotics.com",
        },
        headers=user.headers,
    )
    other = client.post(
        "/api/v1/contacts",
        json={"name": "Sam Ortiz", "company": "Acme Robotics", "email": "sam@acme-robotics.com"},
        headers=user.headers,
    ).json
    body = client.post(CLASSIFY, json=INVITE, headers=user.headers).json
    assert body["contact"]["name"] == "Jo Reyes"
    assert body["contact"]["id"] != other["id"]
    # Someone else at the same domain is not that contact.
    stranger = {**INVITE, "from_email": "kim@acme-robotics.com"}
    assert client.post(CLASSIFY, json=stranger, headers=user.headers).json["contact"] is None


def test_ordinary_mail_from_a_contact_names_them_but_no_interview(client, user):
    interview = _interview(client, user, company="Globex", role="Designer")
    contact = client.post(
        "/api/v1/contacts",
        json={"name": "Pat Lee", "company": "Globex", "email": "pat.lee@globex.example"},
        headers=user.headers,
    ).json
    client.post(
        f"/api/v1/interviews/{interview['id']}/rounds",
        json={"kind": "onsite", "contact_ids": [contact["id"]]},
        headers=user.headers,
    )
    lunch = {"from_email": "pat.lee@globex.example", "subject": "Lunch", "body": "Noon?"}
    body = client.post(CLASSIFY, json=lunch, headers=user.headers).json
    assert body["category"] == "other"
    assert body["interview"] is None
    assert body["contact"] == {"id": contact["id"], "name": "Pat Lee"}


def test_contact_met_in_a_round_ties_mail_to_that_interview(client, user):
    # The contact is stored without a company: only the round ties them to the interview.
    _interview(client, user, company="Initech", role="Analyst")
    designer = _interview(client, user, company="Globex", role="Designer")
    contact = client.post(
        "/api/v1/contacts",
        json={"name": "Ari Cole", "email": "ari.cole@gmail.com"},
        headers=user.headers,
    ).json
    client.post(
        f"/api/v1/interviews/{designer['id']}/rounds",
        json={"kind": "onsite", "contact_ids": [contact["id"]]},
        headers=user.headers,
    )
    email = {
        "subject": "Update",
        "from_name": "Ari Cole",
        "from_email": "ARI.COLE@gmail.com",
        "body": "Thanks for interviewing with us. We went with another candidate.",
    }
    body = client.post(CLASSIFY, json=email, headers=user.headers).json
    assert body["is_rejection"]
    assert body["interview"]["id"] == designer["id"]
    assert "contact" in body["interview"]["match"]
    assert body["contact"]["id"] == contact["id"]


def test_another_users_contacts_are_never_named(client, user, other_user):
    client.post(
        "/api/v1/contacts",
        json={"name": "Jo Reyes", "email": "jo.reyes@acme-robotics.com"},
        headers=other_user.headers,
    )
    body = client.post(CLASSIFY, json=INVITE, headers=user.headers).json
    assert body["contact"] is None


def test_another_users_interviews_are_never_matched(client, user, other_user):
    _interview(client, other_user)
    body = client.post(CLASSIFY, json=REJECTION, headers=user.headers).json
    assert body["interview"] is None


def test_html_only_email_is_accepted(client, user):
    email = {
        "subject": "Update",
        "from_email": "careers@acme.example",
        "body_html": "<p>Thank you for applying to the Analyst role.</p><p>Unfortunately we "
        "will not be moving forward with your application.</p>",
    }
    body = client.post(CLASSIFY, json=email, headers=user.headers).json
    assert body["category"] == "rejection"


def test_batch_answers_in_order(client, user):
    emails = [REJECTION, INVITE, {"subject": "Lunch", "body": "Noon at the fountain?"}] * 2
    response = client.post(BATCH, json={"emails": emails}, headers=user.headers)
    assert response.status_code == 200, response.json
    categories = [result["category"] for result in response.json["results"]]
    assert categories == ["rejection", "interview_invite", "other"] * 2
    assert all(set(result) == FIELDS for result in response.json["results"])


def test_batch_takes_at_most_100(client, user):
    ok = client.post(BATCH, json={"emails": [INVITE] * 100}, headers=user.headers)
    assert ok.status_code == 200
    assert len(ok.json["results"]) == 100
    too_many = client.post(BATCH, json={"emails": [INVITE] * 101}, headers=user.headers)
    assert too_many.status_code == 422
    assert "emails" in too_many.json["errors"]["json"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"subject": "", "body": ""}, "body"),
        ({"subject": "Hi", "body": "   ", "body_html": ""}, "body"),
        ({"body": "x" * 200_001}, "body"),
        ({"body_html": "<p>" + "x" * 500_001}, "body_html"),
        ({"body": 12}, "body"),
        ({"body": "ok", "subject": ["not", "a", "string"]}, "subject"),
        ({"body": "ok", "received_at": "yesterday"}, "received_at"),
        ({"body": "ok", "colour": "blue"}, "colour"),
        ({"body": "ok", "from_email": None}, "from_email"),
    ],
)
def test_bad_input_is_a_4xx_naming_the_field(client, user, payload, field):
    response = client.post(CLASSIFY, json=payload, headers=user.headers)
    assert response.status_code == 422, response.json
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert field in response.json["errors"]["json"]


def test_batch_bad_item_names_its_position(client, user):
    response = client.post(BATCH, json={"emails": [INVITE, {"body": ""}]}, headers=user.headers)
    assert response.status_code == 422
    assert "1" in str(response.json["errors"]["json"]["emails"])


@pytest.mark.parametrize(
    "body",
    [
        "\x00\x01\x02 binary \udcff junk".encode("utf-8", "surrogatepass").decode("latin-1"),
        "a" * 190_000,
        "<div>" * 5000 + "We regret" + "</div>" * 5000,
    ],
)
def test_hostile_bodies_answer_other(client, user, body):
    response = client.post(CLASSIFY, json={"body": body}, headers=user.headers)
    assert response.status_code == 200
    assert response.json["category"] == "other"


def test_invalid_json_is_a_400(client, user):
    response = client.post(
        CLASSIFY,
        data=b'{"body": "\\ud800 \\x"}',
        headers={**user.headers, "Content-Type": "application/json"},
    )
    assert 400 <= response.status_code < 500


def test_login_required(client):
    assert client.post(CLASSIFY, json=REJECTION).status_code == 401
    assert client.post(BATCH, json={"emails": [REJECTION]}).status_code == 401
