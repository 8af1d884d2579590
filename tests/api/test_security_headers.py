"""Every answer carries the security headers; API answers are never cached; HSTS on https."""

import pytest

from server import create_app

ANSWERS = [
    ("get", "/api/v1/health", None, 200),
    ("get", "/api/v1/openapi.json", None, 200),
    ("get", "/api/v1/interviews", "user", 200),
    ("post", "/api/v1/interviews", "user", 422),
    ("get", "/api/v1/interviews/424242", "user", 404),
    ("get", "/api/v1/me", None, 401),
    ("get", "/api/v1/no-such-thing", None, 404),
    ("delete", "/api/v1/health", None, 405),
]


@pytest.mark.parametrize(("method", "path", "who", "status"), ANSWERS)
def test_every_answer_has_the_security_headers(client, user, method, path, who, status):
    headers = user.headers if who else {}
    response = getattr(client, method)(path, headers=headers, json={} if method == "post" else None)
    assert response.status_code == status
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" not in response.headers


def test_docs_page_may_load_its_scripts_but_not_be_framed(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "default-src 'none'" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"


def test_hsts_only_over_https(client):
    secure = client.get("/api/v1/health", base_url="https://rebound.example")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")
    plain = client.get("/api/v1/health", base_url="http://rebound.example")
    assert "Strict-Transport-Security" not in plain.headers


def test_https_behind_a_trusted_proxy_gets_hsts(database_url):
    behind = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "REBOUND_PROXY_COUNT": 1})
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    response = behind.test_client().get("/api/v1/health", headers=forwarded)
    assert "Strict-Transport-Security" in response.headers


def test_forwarded_proto_is_ignored_without_a_configured_proxy(client):
    response = client.get("/api/v1/health", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in response.headers


def test_cors_preflight_answers_configured_origins_only(client):
    extension = "moz-extension://0d2b6a6e-3a52-4d51-9f6d-8f2a1b7c9e01"
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    allowed = client.options("/api/v1/interviews", headers={"Origin": extension, **preflight})
    assert allowed.headers.get("Access-Control-Allow-Origin") == extension
    assert "Access-Control-Allow-Credentials" not in allowed.headers
    for origin in ("https://www.linkedin.com", "null", "chrome-extension://short"):
        refused = client.options("/api/v1/interviews", headers={"Origin": origin, **preflight})
        assert "Access-Control-Allow-Origin" not in refused.headers


def test_configured_origin_replaces_the_defaults(database_url):
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": database_url, "REBOUND_CORS_ORIGINS": ["https://me.example"]}
    )
    client = app.test_client()
    mine = client.get("/api/v1/health", headers={"Origin": "https://me.example"})
    assert mine.headers.get("Access-Control-Allow-Origin") == "https://me.example"
    other = client.get("/api/v1/health", headers={"Origin": "https://me.example.evil"})
    assert "Access-Control-Allow-Origin" not in other.headers
