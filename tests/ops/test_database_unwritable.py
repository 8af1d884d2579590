"""A database that cannot take writes (read-only, or full) answers 503 with a clear reason,
reads go on working, and nothing leaks; once writable again, writes succeed."""

from __future__ import annotations

import sqlite3

import psycopg.errors
import pytest
from flask_migrate import upgrade
from ops_support import call, create_user, flask_cli
from sqlalchemy import event, text
from sqlalchemy.exc import DataError, IntegrityError, InternalError, OperationalError

from server import create_app
from server.auth import issue_token
from server.errors import database_trouble
from server.extensions import db
from server.models import User


def _assert_503(answer_status, content_type, body, words):
    assert answer_status == 503
    assert content_type == "application/problem+json"
    assert words in body["detail"]
    assert "Traceback" not in str(body) and "SELECT" not in str(body)


def _terminate_other_sessions(postgres) -> None:
    postgres.sql(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE datname = 'rebound' AND pid <> pg_backend_pid()"
    )


def test_read_only_postgresql_serves_reads_and_refuses_writes(postgres, servers):
    flask_cli(postgres.url, "db", "upgrade")
    token = create_user(postgres.url, "readonly@example.test")
    web = servers(postgres.url, workers=2)
    assert call(web.port, "POST", "/api/v1/contacts", token, {"name": "Mei Chen"}).status == 201
    # A token never used yet: its first use would record `last_used_at`, a write.
    fresh = flask_cli(postgres.url, "users", "token", "--email", "readonly@example.test")
    fresh_token = fresh.strip().splitlines()[-1]

    postgres.sql("ALTER DATABASE rebound SET default_transaction_read_only = on")
    _terminate_other_sessions(postgres)
    try:
        listed = call(web.port, "GET", "/api/v1/contacts", fresh_token)
        assert listed.status == 200
        assert [c["name"] for c in listed.body] == ["Mei Chen"]
        refused = call(web.port, "POST", "/api/v1/contacts", token, {"name": "Ola Nordmann"})
        _assert_503(refused.status, refused.headers["content-type"], refused.body, "read-only")
        assert refused.headers["retry-after"].isdigit()
        health = call(web.port, "GET", "/api/v1/health")
        assert health.status == 200  # reads answer: the platform must not restart us
    finally:
        postgres.sql("ALTER DATABASE rebound SET default_transaction_read_only = off")
        _terminate_other_sessions(postgres)

    again = call(web.port, "POST", "/api/v1/contacts", token, {"name": "Ola Nordmann"})
    assert again.status == 201
    assert "Traceback" not in web.log()


@pytest.fixture
def sqlite_file(tmp_path):
    """A migrated SQLite database with one user and one contact; returns (path, token)."""
    path = tmp_path / "rebound.sqlite3"
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        upgrade()
        user = User(email="sqlite@example.test", name="Sam")
        db.session.add(user)
        token = issue_token(user)
        db.session.commit()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/api/v1/contacts", json={"name": "Mei Chen"}, headers=headers).status_code
    with app.app_context():
        db.engine.dispose()
    return path, headers


def test_read_only_sqlite_file_serves_reads_and_refuses_writes(sqlite_file):
    path, headers = sqlite_file
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///file:{path}?mode=ro&uri=true"})
    client = app.test_client()
    listed = client.get("/api/v1/contacts", headers=headers)
    assert listed.status_code == 200
    assert [c["name"] for c in listed.json] == ["Mei Chen"]
    refused = client.post("/api/v1/contacts", json={"name": "Ola"}, headers=headers)
    _assert_503(refused.status_code, refused.mimetype, refused.json, "read-only")
    patched = client.patch("/api/v1/me", json={"name": "Samira"}, headers=headers)
    _assert_503(patched.status_code, patched.mimetype, patched.json, "read-only")


def test_full_sqlite_database_refuses_writes_with_a_clear_reason(sqlite_file):
    path, headers = sqlite_file
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        engine = db.engine

        @event.listens_for(engine, "connect")
        def _no_room_to_grow(dbapi_connection, _record):
            # The file may not grow past its current size: SQLite's "disk is full".
            cursor = dbapi_connection.cursor()
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}")
            cursor.close()

        engine.dispose()
    client = app.test_client()
    assert client.get("/api/v1/contacts", headers=headers).status_code == 200
    refused = client.post(
        "/api/v1/contacts", json={"name": "Ola", "notes": "n" * 20_000}, headers=headers
    )
    _assert_503(refused.status_code, refused.mimetype, refused.json, "out of space")
    listed = client.get("/api/v1/contacts", headers=headers)
    assert [c["name"] for c in listed.json] == ["Mei Chen"]
    with app.app_context():
        assert db.session.execute(text("SELECT count(*) FROM contacts")).scalar() == 1


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OperationalError("INSERT", {}, psycopg.errors.DiskFull("no space")), "out of space"),
        (OperationalError("INSERT", {}, psycopg.errors.OutOfMemory("oom")), "out of space"),
        (
            InternalError("INSERT", {}, psycopg.errors.ReadOnlySqlTransaction("ro")),
            "read-only",
        ),
        (
            OperationalError("SELECT", {}, psycopg.errors.AdminShutdown("terminating")),
            "not reachable",
        ),
        (OperationalError("SELECT", {}, psycopg.OperationalError("refused")), "not reachable"),
        (
            OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked")),
            "not reachable",
        ),
    ],
)
def test_postgresql_outages_are_named(error, words):
    assert words in database_trouble(error)


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("INSERT", {}, psycopg.errors.UniqueViolation("dup")),
        DataError("INSERT", {}, psycopg.errors.InvalidDatetimeFormat("bad")),
        OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: contacts")),
        RuntimeError("not a database error"),
    ],
)
def test_bugs_are_not_mistaken_for_outages(error):
    assert database_trouble(error) is None
