"""Openings through the API: recorded once, answered with whether, to whom and when to write."""

from datetime import UTC, date, datetime, timedelta

import pytest


def post(client, who, path, body=None):
    return client.post(path, json=body, headers=who.headers)


def today() -> date:
    return datetime.now(UTC).date()


def people_at(client, who, company="Acme"):
    """Three people at the company: one warm, one rated cold, one who asked not to be contacted."""
    made = {}
    for name, extra in (
        ("Ana Silva", {"warmth": 5, "email": "ana@acme.example"}),
        ("Ben Okafor", {"warmth": 2}),
        ("Cy Park", {"warmth": 5, "do_not_contact": True}),
    ):
        made[name] = post(
            client, who, "/api/v1/contacts", {"name": name, "company": company, **extra}
        ).json
    return made


OPENING = {
    "company": "Acme",
    "title": "Senior Platform Engineer",
    "url": "https://jobs.acme.example/42",
}


def test_an_opening_is_recorded_and_the_warmest_free_person_suggested(client, user):
    people = people_at(client, user)
    response = post(client, user, "/api/v1/openings", OPENING)
    assert response.status_code == 201, response.json
    body = response.json
    assert body["company"] == "Acme" and body["title"] == OPENING["title"]
    assert body["url"] == OPENING["url"] and body["seen_at"]
    suggestion = body["suggestion"]
    assert suggestion["suggested"] is True
    assert suggestion["person"] == {"id": people["Ana Silva"]["id"], "name": "Ana Silva"}
    assert suggestion["due_on"] == today().isoformat()
    assert "Ana Silva" in suggestion["why"]
    [item] = client.get("/api/v1/plan?kind=opening", headers=user.headers).json["items"]
    assert item["opening"] == {"id": body["id"], "title": OPENING["title"], "url": OPENING["url"]}
    assert item["person"]["id"] == people["Ana Silva"]["id"]


def test_no_opening_note_inside_two_weeks_of_a_rejection(client, user):
    people_at(client, user)
    rejected_on = today() - timedelta(days=3)
    post(
        client,
        user,
        "/api/v1/interviews",
        {
            "company": "Acme",
            "role": "SRE",
            "status": "rejected",
            "rejected_on": rejected_on.isoformat(),
        },
    )
    suggestion = post(client, user, "/api/v1/openings", OPENING).json["suggestion"]
    assert suggestion["suggested"] is True
    assert suggestion["due_on"] == (rejected_on + timedelta(days=14)).isoformat()
    assert "two weeks" in suggestion["why"]


def test_someone_in_cool_down_is_passed_over(client, user):
    people = people_at(client, user)
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {
            "contact_id": people["Ana Silva"]["id"],
            "channel": "email",
            "kind": "check_in",
            "status": "sent",
        },
    )
    suggestion = post(client, user, "/api/v1/openings", OPENING).json["suggestion"]
    assert suggestion["person"]["id"] == people["Ben Okafor"]["id"]


def test_when_everyone_heard_from_you_recently_nothing_is_suggested(client, user):
    ana = post(client, user, "/api/v1/contacts", {"name": "Ana Silva", "company": "Acme"}).json
    post(
        client,
        user,
        "/api/v1/touchpoints",
        {"contact_id": ana["id"], "channel": "linkedin", "kind": "other", "status": "sent"},
    )
    suggestion = post(client, user, "/api/v1/openings", OPENING).json["suggestion"]
    assert suggestion["suggested"] is False and suggestion["person"] is None
    assert suggestion["due_on"] is None
    assert suggestion["next_possible_on"] == (today() + timedelta(days=105)).isoformat()
    assert client.get("/api/v1/plan?kind=opening", headers=user.headers).json["items"] == []


def test_an_opening_at_a_company_with_nobody_known_is_kept_without_a_suggestion(client, user):
    response = post(client, user, "/api/v1/openings", {"company": "Initech", "title": "SRE"})
    assert response.status_code == 201
    assert response.json["suggestion"]["suggested"] is False
    assert response.json["url"] is None
    companies = client.get("/api/v1/companies", headers=user.headers).json
    assert [c["name"] for c in companies] == ["Initech"]


def test_the_same_opening_seen_again_is_not_stored_twice(client, user):
    people_at(client, user)
    first = post(client, user, "/api/v1/openings", OPENING)
    again = post(client, user, "/api/v1/openings", {**OPENING, "company": "ACME"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json["id"] == first.json["id"]
    untitled = post(client, user, "/api/v1/openings", {"company": "Acme", "title": "Data Lead"})
    retitled = post(client, user, "/api/v1/openings", {"company": "Acme", "title": "data lead"})
    assert retitled.status_code == 200 and retitled.json["id"] == untitled.json["id"]
    assert len(client.get("/api/v1/openings", headers=user.headers).json) == 2


def test_list_get_and_delete(client, user):
    people_at(client, user)
    created = post(client, user, "/api/v1/openings", OPENING).json
    post(client, user, "/api/v1/openings", {"company": "Globex", "title": "Data Engineer"})
    listed = client.get("/api/v1/openings?q=platform", headers=user.headers).json
    assert [o["id"] for o in listed] == [created["id"]]
    by_company = client.get(
        f"/api/v1/openings?company_id={created['company_id']}", headers=user.headers
    ).json
    assert [o["id"] for o in by_company] == [created["id"]]
    fetched = client.get(f"/api/v1/openings/{created['id']}", headers=user.headers)
    assert fetched.status_code == 200 and fetched.json["suggestion"]["suggested"] is True
    assert (
        client.delete(f"/api/v1/openings/{created['id']}", headers=user.headers).status_code == 204
    )
    assert client.get(f"/api/v1/openings/{created['id']}", headers=user.headers).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "SRE"}, "company"),
        ({"company": "Acme"}, "title"),
        ({"company": "", "title": "SRE"}, "company"),
        ({"company": "Acme", "title": "   "}, "title"),
        ({"company": "Acme", "title": "SRE", "url": "javascript:alert(1)"}, "url"),
        ({"company": "Acme", "title": "SRE", "url": "not a url"}, "url"),
        ({"company": "Acme", "title": "x" * 301}, "title"),
        ({"company": "Acme", "title": "SRE", "salary": 10}, "salary"),
        ({"company": "Acme", "title": "SRE", "seen_at": "2026-01-01T00:00:00Z"}, "seen_at"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(client, user, body, field):
    response = post(client, user, "/api/v1/openings", body)
    assert response.status_code == 422, response.json
    assert field in response.json["errors"]["json"]
    assert client.get("/api/v1/openings", headers=user.headers).json == []
    assert client.get("/api/v1/companies", headers=user.headers).json == []


@pytest.mark.parametrize("method", ["get", "delete"])
def test_other_users_openings_are_not_found(client, user, other_user, method):
    created = post(client, user, "/api/v1/openings", OPENING).json
    response = getattr(client, method)(
        f"/api/v1/openings/{created['id']}", headers=other_user.headers
    )
    assert response.status_code == 404
    assert client.get(f"/api/v1/openings/{created['id']}", headers=user.headers).status_code == 200
    assert client.get("/api/v1/openings", headers=other_user.headers).json == []


def test_a_suggestion_never_names_another_users_contact(client, user, other_user):
    people_at(client, user)
    suggestion = post(client, other_user, "/api/v1/openings", OPENING).json["suggestion"]
    assert suggestion["suggested"] is False and suggestion["person"] is None
