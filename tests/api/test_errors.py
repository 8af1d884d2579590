"""Bad input gets a clear problem+json answer with the right status, and changes nothing."""

import pytest

from server import create_app


def _assert_problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == status
    assert body["title"] and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def test_malformed_json_is_400(client, user):
    response = client.post(
        "/api/v1/interviews",
        data='{"company": "Acme", "role": ',
        headers={**user.headers, "Content-Type": "application/json"},
    )
    _assert_problem(response, 400)
    assert client.get("/api/v1/interviews", headers=user.headers).json == []


def test_non_json_body_is_415(client, user):
    response = client.post(
        "/api/v1/interviews",
        data="company=Acme&role=x",
        headers={**user.headers, "Content-Type": "application/x-www-form-urlencoded"},
    )
    _assert_problem(response, 415)


def test_unknown_route_is_404_and_wrong_method_405(client, user):
    _assert_problem(client.get("/api/v1/nothing-here", headers=user.headers), 404)
    wrong = client.put("/api/v1/interviews", json={}, headers=user.headers)
    _assert_problem(wrong, 405)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"role": "x"}, "company"),
        ({"company": "x"}, "role"),
        ({"company": ["x"], "role": "y"}, "company"),
        ({"company": "x", "role": "y", "status": "ghosted"}, "status"),
        ({"company": "x", "role": "y", "applied_on": "yesterday"}, "applied_on"),
        ({"company": "x", "role": "y", "applied_on": "2026-02-30"}, "applied_on"),
        ({"company": "x", "role": "y", "posting_url": "ftp://jobs.example"}, "posting_url"),
        ({"company": "x", "role": "y", "posting_url": "not a url"}, "posting_url"),
        ({"company": "x", "role": "y", "notes": "n" * 20_001}, "notes"),
        ({"company": "x", "role": "y", "id": 7}, "id"),
        ({"company": "x", "role": "y", "user_id": 1}, "user_id"),
    ],
)
def test_interview_validation_names_the_field(client, user, body, field):
    response = client.post("/api/v1/interviews", json=body, headers=user.headers)
    problem = _assert_problem(response, 422)
    assert field in problem["errors"]["json"]
    assert client.get("/api/v1/interviews", headers=user.headers).json == []


def test_json_that_is_not_an_object_is_422(client, user):
    response = client.post("/api/v1/interviews", json=["a", "b"], headers=user.headers)
    _assert_problem(response, 422)


def test_body_over_the_limit_is_413(database_url, make_user):
    user = make_user()
    small = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "MAX_CONTENT_LENGTH": 2048})
    response = small.test_client().post(
        "/api/v1/interviews",
        json={"company": "Acme", "role": "x", "notes": "n" * 5000},
        headers=user.headers,
    )
    _assert_problem(response, 413)


def test_unexpected_error_is_a_clean_500(database_url, make_user):
    user = make_user()
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url})

    @app.get("/api/v1/explode")
    def explode():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/api/v1/explode", headers=user.headers)
    problem = _assert_problem(response, 500)
    assert "secret internals" not in response.get_data(as_text=True)
    assert "nothing was saved" in problem["detail"]


def test_cors_answers_extension_origins_only(client):
    extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    allowed = client.get("/api/v1/health", headers={"Origin": extension})
    assert allowed.headers.get("Access-Control-Allow-Origin") == extension
    assert "Access-Control-Allow-Credentials" not in allowed.headers
    page = client.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in page.headers
