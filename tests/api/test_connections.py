"""Reads run without a transaction; writes keep theirs; a read that writes is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from server import create_app
from server.auth import public
from server.connections import forget_inherited_connections
from server.extensions import db
from server.models import Company

REJECTION = {
    "subject": "Your application for Data Analyst",
    "from_name": "Quarry Labs Recruiting",
    "from_email": "jobs@quarrylabs.example",
    "body": "Thank you for applying. We have decided not to move forward with your application.",
}


@pytest.fixture
def statements(app):
    """The isolation level each SQL statement of the next requests ran under."""
    seen: list[str] = []

    def note(conn, _cursor, statement, _parameters, _context, _executemany):
        level = conn.get_execution_options().get("isolation_level", "transaction")
        seen.append(f"{level}: {statement.split()[0]}")

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", note)
    yield seen
    event.remove(engine, "before_cursor_execute", note)


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/v1/interviews", None),
        ("GET", "/api/v1/plan", None),
        ("POST", "/api/v1/emails/classify", REJECTION),
        ("POST", "/api/v1/emails/classify/batch", {"emails": [REJECTION]}),
        ("POST", "/api/v1/profiles/match", {"name": "Ana Lima"}),
    ],
)
def test_reads_run_without_a_transaction(client, user, statements, method, path, body):
    client.get("/api/v1/me", headers=user.headers)  # the token's first use is noted: a write
    statements.clear()
    answer = client.open(path, method=method, json=body, headers=user.headers)
    assert answer.status_code == 200, answer.json
    assert statements, "the request read nothing"
    assert all(line.startswith("AUTOCOMMIT") for line in statements), statements


def test_writes_keep_their_transaction(client, user, statements):
    client.get("/api/v1/me", headers=user.headers)
    statements.clear()
    answer = client.post(
        "/api/v1/interviews",
        json={"company": "Quarry Labs", "role": "Analyst"},
        headers=user.headers,
    )
    assert answer.status_code == 201
    assert "transaction: INSERT" in statements
    assert not any(line.startswith("AUTOCOMMIT") for line in statements), statements


def test_a_read_that_tries_to_write_is_refused_and_writes_nothing(database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "TESTING": True})

    @public
    def careless_read():
        db.session.add(Company(user_id=1, name="Written by a GET", name_key="written by a get"))
        db.session.flush()
        return {"ok": True}

    app.add_url_rule("/api/v1/careless-read", view_func=careless_read, methods=["GET"])
    answer = app.test_client().get("/api/v1/careless-read")
    assert answer.status_code == 500
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Company)) == 0
        db.engine.dispose()


def test_a_forked_worker_leaves_the_parents_connections_alone(database_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "TESTING": True})
    checkouts = []
    with app.app_context():
        engine = db.engine
        event.listen(engine.pool, "checkout", lambda *_: checkouts.append(1))
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
            inherited = connection.connection.dbapi_connection
        assert engine.pool.checkedin() == 1

        forget_inherited_connections(app)

        assert engine.pool.checkedin() == 0
        # Not closed: in a real fork the parent is still using it.
        assert inherited.execute("SELECT 1").fetchone()[0] == 1
        with engine.connect() as connection:
            assert connection.connection.dbapi_connection is not inherited
        # The pool's listeners (the idle ping among them) came along to the new pool.
        assert len(checkouts) == 2
        inherited.close()
        engine.dispose()
