"""One structured line per request: the route's template, never ids, queries or tokens."""

import json
import logging

import pytest

from server.observability import LOGGER_NAME, JsonLineFormatter


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines: list[str] = []
        self.setFormatter(JsonLineFormatter())

    def emit(self, record):
        self.lines.append(self.format(record))

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.lines]


@pytest.fixture
def request_log():
    logger = logging.getLogger(LOGGER_NAME)
    handler = _Lines()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def test_one_line_per_request_with_the_route_template(client, user, request_log):
    created = client.post(
        "/api/v1/interviews",
        json={"company": "Acme", "role": "Data engineer"},
        headers=user.headers,
    )
    interview_id = created.json["id"]
    client.get(f"/api/v1/interviews/{interview_id}?private=hello", headers=user.headers)
    first, second = request_log.records()
    assert first["method"] == "POST"
    assert first["path"] == "/api/v1/interviews"
    assert first["status"] == 201
    assert second["path"] == "/api/v1/interviews/<int:interview_id>"
    assert second["status"] == 200
    for record in (first, second):
        assert record["user_id"] == user.id
        assert isinstance(record["duration_ms"], float)
        assert record["request_id"]
        assert record["level"] == "info"
    assert "hello" not in request_log.lines[1]


def test_request_id_is_returned_and_matches_the_log(client, request_log):
    response = client.get("/api/v1/health")
    (record,) = request_log.records()
    assert response.headers["X-Request-Id"] == record["request_id"]
    assert record["user_id"] is None
    assert record["path"] == "/api/v1/health"


def test_sane_incoming_request_id_is_kept(client, request_log):
    response = client.get("/api/v1/health", headers={"X-Request-Id": "edge-7f3a9c21:01"})
    assert response.headers["X-Request-Id"] == "edge-7f3a9c21:01"
    assert request_log.records()[0]["request_id"] == "edge-7f3a9c21:01"


@pytest.mark.parametrize(
    "incoming",
    ["short", "x" * 65, 'inject" "status":200', "line\\nbreak", "ünïcode-request-id"],
)
def test_odd_incoming_request_id_is_replaced(client, request_log, incoming):
    response = client.get("/api/v1/health", headers={"X-Request-Id": incoming})
    assert response.headers["X-Request-Id"] != incoming
    assert len(response.headers["X-Request-Id"]) == 32
    assert incoming not in "".join(request_log.lines)


def test_every_request_gets_a_fresh_id(client):
    ids = {client.get("/api/v1/health").headers["X-Request-Id"] for _ in range(5)}
    assert len(ids) == 5


def test_unmatched_routes_log_no_raw_path(client, request_log):
    client.get("/api/v1/people/jane-doe-secret")
    (record,) = request_log.records()
    assert record["status"] == 404
    assert record["path"] == "<unmatched>"
    assert "jane-doe-secret" not in request_log.lines[0]


def test_refused_requests_are_logged_without_the_token(client, user, request_log, caplog):
    client.get("/api/v1/me", headers={"Authorization": "Bearer rb_guessing-a-token-here"})
    client.get("/api/v1/me", headers=user.headers)
    client.get("/api/v1/me?key=calendar-secret", headers=user.headers)
    refused, accepted, with_key = request_log.records()
    assert refused["status"] == 401 and refused["user_id"] is None
    assert accepted["status"] == 200 and accepted["user_id"] == user.id
    everything = "\n".join(request_log.lines) + caplog.text
    for secret in (user.token, "rb_guessing-a-token-here", "calendar-secret", "Bearer"):
        assert secret not in everything
    assert with_key["path"] == "/api/v1/me"


def test_errors_do_not_echo_tokens(client):
    guess = "rb_" + "g" * 43
    response = client.get("/api/v1/interviews", headers={"Authorization": f"Bearer {guess}"})
    assert response.status_code == 401
    assert guess not in response.get_data(as_text=True)
    assert guess not in str(response.headers)
