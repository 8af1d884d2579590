"""Companies, interviews, rounds and contacts through the API, as the extension uses them."""

import json

import pytest


def post(client, user, path, body):
    return client.post(path, json=body, headers=user.headers)


def test_interview_finds_or_creates_its_company(client, user):
    first = post(client, user, "/api/v1/interviews", {"company": "Acme", "role": "Data Engineer"})
    assert first.status_code == 201, first.json
    again = post(client, user, "/api/v1/interviews", {"company": "ACME ", "role": "Analyst"})
    assert again.json["company_id"] == first.json["company_id"]
    assert again.json["company"] == "Acme"
    assert first.json["status"] == "applied"
    companies = client.get("/api/v1/companies", headers=user.headers)
    assert [c["name"] for c in companies.json] == ["Acme"]


def test_interview_full_fields_and_update(client, user):
    body = {
        "company": "Northwind",
        "role": "Platform Engineer",
        "status": "interviewing",
        "applied_on": "2026-09-01",
        "posting_url": "https://jobs.northwind.example/platform",
        "notes": "Talked about their move from cron jobs to an event queue.",
    }
    created = post(client, user, "/api/v1/interviews", body)
    assert created.status_code == 201
    for key, value in body.items():
        assert created.json[key] == value
    iid = created.json["id"]
    patched = client.patch(
        f"/api/v1/interviews/{iid}",
        json={"status": "rejected", "rejected_on": "2026-10-02"},
        headers=user.headers,
    )
    assert patched.status_code == 200
    assert patched.json["status"] == "rejected"
    assert patched.json["role"] == "Platform Engineer"
    assert client.delete(f"/api/v1/interviews/{iid}", headers=user.headers).status_code == 204
    assert client.get(f"/api/v1/interviews/{iid}", headers=user.headers).status_code == 404


def test_list_is_paginated_filtered_and_sorted(client, user):
    for n in range(30):
        status = "rejected" if n % 3 == 0 else "applied"
        post(
            client,
            user,
            "/api/v1/interviews",
            {"company": f"Co {n:02}", "role": f"Role {n:02}", "status": status},
        )
    page = client.get("/api/v1/interviews?page=2&page_size=10&sort=role", headers=user.headers)
    assert page.status_code == 200
    assert [i["role"] for i in page.json] == [f"Role {n:02}" for n in range(10, 20)]
    meta = json.loads(page.headers["X-Pagination"])
    assert meta["total"] == 30 and meta["total_pages"] == 3
    rejected = client.get("/api/v1/interviews?status=rejected&page_size=100", headers=user.headers)
    assert len(rejected.json) == 10
    assert {i["status"] for i in rejected.json} == {"rejected"}
    desc = client.get("/api/v1/interviews?sort=-role&page_size=1", headers=user.headers)
    assert desc.json[0]["role"] == "Role 29"
    too_big = client.get("/api/v1/interviews?page_size=1000", headers=user.headers)
    assert too_big.status_code == 422
    bad_sort = client.get("/api/v1/interviews?sort=password", headers=user.headers)
    assert bad_sort.status_code == 422
    assert "sort" in bad_sort.json["errors"]["query"]


def test_contact_with_company_keys_and_linkedin(client, user):
    created = post(
        client,
        user,
        "/api/v1/contacts",
        {
            "name": "Zoë Ångström-Baker",
            "title": "Engineering Manager",
            "email": "zoe@acme.example",
            "linkedin_url": "https://de.linkedin.com/in/Zoe-Angstrom/?trk=x",
            "company": "Acme",
            "notes": "Asked about the on-call rotation",
        },
    )
    assert created.status_code == 201, created.json
    assert created.json["company"] == "Acme"
    assert created.json["profile_key"] == "linkedin.com/in/zoe-angstrom"
    only_name = post(client, user, "/api/v1/contacts", {"name": "Sam"})
    assert only_name.status_code == 201
    assert only_name.json["company"] is None
    search = client.get("/api/v1/contacts?q=zo", headers=user.headers)
    assert [c["name"] for c in search.json] == ["Zoë Ångström-Baker"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "name"),
        ({"name": 42}, "name"),
        ({"name": "A", "email": "not-an-email"}, "email"),
        ({"name": "A", "linkedin_url": "https://example.com/in/a"}, "linkedin_url"),
        ({"name": "A", "linkedin_url": "javascript:alert(1)"}, "linkedin_url"),
        ({"name": "A", "warmth": 9}, "warmth"),
        ({"name": "A", "follow_up_days": 3}, "follow_up_days"),
        ({"name": "A", "connection_state": "friends"}, "connection_state"),
        ({"name": "A" * 201}, "name"),
        ({"name": "A", "favourite_colour": "blue"}, "favourite_colour"),
    ],
)
def test_contact_bad_input_names_the_field(client, user, body, field):
    response = post(client, user, "/api/v1/contacts", body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in response.json["errors"]["json"]
    assert client.get("/api/v1/contacts", headers=user.headers).json == []


def test_rounds_link_people_met(client, user):
    iid = post(client, user, "/api/v1/interviews", {"company": "Acme", "role": "SRE"}).json["id"]
    ana = post(client, user, "/api/v1/contacts", {"name": "Ana Silva", "company": "Acme"}).json
    ben = post(client, user, "/api/v1/contacts", {"name": "Ben Okafor", "company": "Acme"}).json
    created = post(
        client,
        user,
        f"/api/v1/interviews/{iid}/rounds",
        {
            "kind": "onsite",
            "held_on": "2026-10-01T15:00:00+02:00",
            "duration_minutes": 45,
            "contact_ids": [ana["id"], ben["id"]],
            "notes": "System design: rate limiter",
        },
    )
    assert created.status_code == 201, created.json
    assert [c["name"] for c in created.json["contacts"]] == ["Ana Silva", "Ben Okafor"]
    assert created.json["held_on"].startswith("2026-10-01T13:00:00")
    interview = client.get(f"/api/v1/interviews/{iid}", headers=user.headers).json
    assert interview["status"] == "interviewing"
    assert len(interview["rounds"]) == 1
    met = client.get(f"/api/v1/contacts?interview_id={iid}", headers=user.headers).json
    assert {c["name"] for c in met} == {"Ana Silva", "Ben Okafor"}
    assert met[0]["interview_ids"] == [iid]
    rid = created.json["id"]
    patched = client.patch(
        f"/api/v1/interviews/{iid}/rounds/{rid}",
        json={"contact_ids": [ben["id"]]},
        headers=user.headers,
    )
    assert [c["name"] for c in patched.json["contacts"]] == ["Ben Okafor"]
    bad = post(client, user, f"/api/v1/interviews/{iid}/rounds", {"kind": "chat"})
    assert bad.status_code == 422 and "kind" in bad.json["errors"]["json"]
    unknown = post(client, user, f"/api/v1/interviews/{iid}/rounds", {"contact_ids": [999999]})
    assert unknown.status_code == 422 and "contact_ids" in unknown.json["errors"]["json"]


def test_company_name_conflict_is_409_naming_the_field(client, user):
    assert post(client, user, "/api/v1/companies", {"name": "Globex"}).status_code == 201
    clash = post(client, user, "/api/v1/companies", {"name": "globex"})
    assert clash.status_code == 409
    assert "name" in clash.json["errors"]["json"]


def test_company_with_interviews_cannot_be_deleted(client, user):
    interview = post(client, user, "/api/v1/interviews", {"company": "Initech", "role": "QA"}).json
    response = client.delete(f"/api/v1/companies/{interview['company_id']}", headers=user.headers)
    assert response.status_code == 409
    assert (
        client.get(f"/api/v1/companies/{interview['company_id']}", headers=user.headers).status_code
        == 200
    )


def test_company_domains_are_validated_and_normalised(client, user):
    ok = post(
        client,
        user,
        "/api/v1/companies",
        {"name": "Umbrella", "domains": ["Umbrella.EXAMPLE", "umbrella.example"]},
    )
    assert ok.json["domains"] == ["umbrella.example"]
    bad = post(client, user, "/api/v1/companies", {"name": "Bad", "domains": ["not a domain"]})
    assert bad.status_code == 422 and "domains" in bad.json["errors"]["json"]
