"""Two gunicorn instances on one PostgreSQL database, as a platform scales a web process out.

Web processes keep nothing of their own: what one writes the other reads, and concurrent
writes to one record through both lose nothing.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from ops_support import call, create_user, flask_cli, start_gunicorn

ROUNDS_PER_CLIENT = 6
CLIENTS = 4


@pytest.fixture(scope="module")
def database(postgres):
    flask_cli(postgres.url, "db", "upgrade")
    return postgres


@pytest.fixture(scope="module")
def pair(database, tmp_path_factory):
    logs = tmp_path_factory.mktemp("scale-out")
    a = start_gunicorn(database.url, logs / "a.log")
    try:
        b = start_gunicorn(database.url, logs / "b.log")
    except BaseException:
        a.stop()
        raise
    try:
        yield a, b
    finally:
        a.stop()
        b.stop()


def test_writes_through_one_are_read_through_the_other(database, pair):
    a, b = pair
    token = create_user(database.url, "pair@example.test")
    created = call(
        a.port,
        "POST",
        "/api/v1/contacts",
        token,
        {"name": "Priya Raman", "title": "Engineering manager", "company": "Fabrikam"},
    )
    assert created.status == 201
    seen = call(b.port, "GET", f"/api/v1/contacts/{created.body['id']}", token)
    assert seen.status == 200
    assert seen.body["title"] == "Engineering manager"
    changed = call(b.port, "PATCH", "/api/v1/me", token, {"name": "Jordan Blake"})
    assert changed.status == 200
    assert call(a.port, "GET", "/api/v1/me", token).body["name"] == "Jordan Blake"
    deleted = call(a.port, "DELETE", f"/api/v1/contacts/{created.body['id']}", token)
    assert deleted.status == 204
    assert call(b.port, "GET", f"/api/v1/contacts/{created.body['id']}", token).status == 404


def test_concurrent_patches_of_different_fields_all_land(database, pair):
    token = create_user(database.url, "patches@example.test")
    contact = call(pair[0].port, "POST", "/api/v1/contacts", token, {"name": "Tomás Ortega"})
    path = f"/api/v1/contacts/{contact.body['id']}"
    changes = [
        {"title": "Staff recruiter"},
        {"notes": "Talked about on-call load and the migration to Kubernetes."},
        {"email": "tomas.ortega@contoso.example"},
        {"warmth": 4},
        {"preferred_name": "Tom"},
        {"connection_state": "pending"},
        {"follow_up_days": 120},
        {"linkedin_url": "https://www.linkedin.com/in/tomas-ortega-example"},
    ]

    def patch(index_and_change):
        index, change = index_and_change
        server = pair[index % 2]
        return call(server.port, "PATCH", path, token, change).status

    for _ in range(3):  # several races, not one lucky interleaving
        with ThreadPoolExecutor(len(changes)) as pool:
            statuses = list(pool.map(patch, enumerate(changes)))
        assert statuses == [200] * len(changes)
        final = call(pair[1].port, "GET", path, token).body
        for change in changes:
            for field, value in change.items():
                assert final[field] == value, field
        call(pair[0].port, "PATCH", path, token, {"title": None, "notes": "", "warmth": None})


def test_concurrent_rounds_added_to_one_interview_are_all_kept(database, pair):
    token = create_user(database.url, "rounds@example.test")
    interview = call(
        pair[0].port, "POST", "/api/v1/interviews", token, {"company": "Tailspin", "role": "SRE"}
    ).body

    def add_rounds(client: int) -> list[int]:
        server = pair[client % 2]
        ids = []
        for n in range(ROUNDS_PER_CLIENT):
            answer = call(
                server.port,
                "POST",
                f"/api/v1/interviews/{interview['id']}/rounds",
                token,
                {"kind": "technical", "notes": f"client {client} round {n}"},
            )
            assert answer.status == 201, answer.body
            ids.append(answer.body["id"])
        return ids

    with ThreadPoolExecutor(CLIENTS) as pool:
        created = [i for ids in pool.map(add_rounds, range(CLIENTS)) for i in ids]
    stored = call(pair[1].port, "GET", f"/api/v1/interviews/{interview['id']}", token).body
    assert sorted(r["id"] for r in stored["rounds"]) == sorted(created)
    assert len(created) == CLIENTS * ROUNDS_PER_CLIENT
    assert stored["status"] == "interviewing"


def test_concurrent_creates_naming_one_new_company_make_one_company(database, pair):
    token = create_user(database.url, "company@example.test")

    def create(n: int) -> int:
        body = {"company": "Wide World Importers", "role": f"Analyst {n}"}
        return call(pair[n % 2].port, "POST", "/api/v1/interviews", token, body).status

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(create, range(8)))
    # A lost race may be refused (409, nothing saved) but never a 500 or a second company.
    print("company race statuses:", statuses)
    assert set(statuses) == {201}
    assert 201 in statuses
    companies = call(pair[0].port, "GET", "/api/v1/companies", token).body
    assert [c["name"] for c in companies] == ["Wide World Importers"]
    interviews = call(pair[1].port, "GET", "/api/v1/interviews?page_size=100", token).body
    assert len(interviews) == statuses.count(201)
