"""Export, wipe, import, export gives the same document."""


def _build_record(client, user):
    h = user.headers
    client.patch("/api/v1/me", json={"signature": "— Dana", "follow_up_days": 120}, headers=h)
    client.post("/api/v1/companies", json={"name": "Acme", "domains": ["acme.example"]}, headers=h)
    interview = client.post(
        "/api/v1/interviews",
        json={
            "company": "Acme",
            "role": "SRE",
            "notes": "Their migration to Kubernetes",
            "applied_on": "2026-08-01",
        },
        headers=h,
    ).json
    ana = client.post(
        "/api/v1/contacts",
        json={
            "name": "Ana Silva",
            "company": "Acme",
            "linkedin_url": "https://www.linkedin.com/in/ana-silva",
            "warmth": 4,
        },
        headers=h,
    ).json
    client.post("/api/v1/contacts", json={"name": "Loose Contact"}, headers=h)
    client.post(
        f"/api/v1/interviews/{interview['id']}/rounds",
        json={
            "kind": "technical",
            "held_on": "2026-09-10T10:00:00Z",
            "contact_ids": [ana["id"]],
            "duration_minutes": 60,
        },
        headers=h,
    )


def test_round_trip_gives_the_same_document(client, user):
    _build_record(client, user)
    first = client.get("/api/v1/export", headers=user.headers)
    assert first.status_code == 200
    document = first.json
    assert document["format"] == "rebound-export"
    assert len(document["contacts"]) == 2
    assert document["interviews"][0]["rounds"][0]["contact_refs"] == [1]
    assert client.delete("/api/v1/me/data", headers=user.headers).status_code == 204
    assert client.get("/api/v1/export", headers=user.headers).json["interviews"] == []
    imported = client.post("/api/v1/import", json=document, headers=user.headers)
    assert imported.status_code == 201, imported.json
    assert imported.json["imported"]["contacts"] == 2
    assert client.get("/api/v1/export", headers=user.headers).json == document


def test_import_over_data_needs_replace(client, user):
    _build_record(client, user)
    document = client.get("/api/v1/export", headers=user.headers).json
    refused = client.post("/api/v1/import", json=document, headers=user.headers)
    assert refused.status_code == 409
    replaced = client.post("/api/v1/import?replace=true", json=document, headers=user.headers)
    assert replaced.status_code == 201
    assert client.get("/api/v1/export", headers=user.headers).json == document


def test_import_into_another_account(client, user, other_user):
    _build_record(client, user)
    document = client.get("/api/v1/export", headers=user.headers).json
    assert (
        client.post("/api/v1/import", json=document, headers=other_user.headers).status_code == 201
    )
    assert client.get("/api/v1/export", headers=other_user.headers).json == document


def test_bad_document_changes_nothing(client, user):
    _build_record(client, user)
    document = client.get("/api/v1/export", headers=user.headers).json
    broken = {**document, "interviews": [{**document["interviews"][0], "company_ref": 99}]}
    response = client.post("/api/v1/import?replace=true", json=broken, headers=user.headers)
    assert response.status_code == 422
    assert "interviews.company_ref" in response.json["errors"]["json"]
    assert client.get("/api/v1/export", headers=user.headers).json == document
    wrong_format = client.post(
        "/api/v1/import?replace=true", json={"format": "csv", "version": 1}, headers=user.headers
    )
    assert wrong_format.status_code == 422 and "format" in wrong_format.json["errors"]["json"]
