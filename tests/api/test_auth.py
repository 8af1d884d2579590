"""Tokens: required everywhere but the public routes, hashed at rest, revocable."""

import pytest
from sqlalchemy import select

from server.auth import hash_token
from server.extensions import db
from server.models import ApiToken

PROTECTED = [
    ("get", "/api/v1/me"),
    ("patch", "/api/v1/me"),
    ("get", "/api/v1/companies"),
    ("post", "/api/v1/companies"),
    ("get", "/api/v1/interviews"),
    ("post", "/api/v1/interviews"),
    ("get", "/api/v1/interviews/1"),
    ("get", "/api/v1/interviews/1/rounds"),
    ("get", "/api/v1/contacts"),
    ("delete", "/api/v1/contacts/1"),
    ("get", "/api/v1/export"),
    ("post", "/api/v1/import"),
    ("delete", "/api/v1/me/data"),
]


@pytest.mark.parametrize(("method", "path"), PROTECTED)
@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer ", "Basic abc", "Bearer rb_not-a-real-token", "Bearer nope"],
)
def test_protected_routes_need_a_valid_token(client, method, path, header):
    headers = {"Authorization": header} if header is not None else {}
    response = getattr(client, method)(path, headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 401
    assert "Bearer" in response.headers["WWW-Authenticate"]


def test_health_and_openapi_need_no_token(client):
    health = client.get("/api/v1/health")
    assert health.status_code == 200
    assert health.json == {"status": "ok", "database": "ok", "version": "v1"}
    spec = client.get("/api/v1/openapi.json")
    assert spec.status_code == 200
    assert spec.json["openapi"].startswith("3.")
    assert client.get("/api/v1/docs").status_code == 200


def test_tokens_are_stored_only_as_hashes(app, user):
    with app.app_context():
        stored = db.session.scalars(select(ApiToken.token_hash)).all()
    assert user.token not in stored
    assert hash_token(user.token) in stored


def test_revoked_token_is_refused(app, client, user, runner):
    assert client.get("/api/v1/me", headers=user.headers).status_code == 200
    result = runner.invoke(args=["users", "revoke", "--email", user.email, "--all"])
    assert result.exit_code == 0, result.output
    assert client.get("/api/v1/me", headers=user.headers).status_code == 401


def test_token_is_never_echoed_in_errors(client, user):
    response = client.get("/api/v1/interviews/999999", headers=user.headers)
    assert response.status_code == 404
    assert user.token not in response.get_data(as_text=True)
