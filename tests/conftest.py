"""Shared fixtures: one app per test session on a real database, emptied after every test.

The database is SQLite in a temporary file unless TEST_DATABASE_URL names another one
(scripts/test runs the suite a second time against a throwaway PostgreSQL).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from itertools import count

import pytest
from flask_migrate import upgrade
from sqlalchemy import text

from server import create_app
from server.auth import issue_token
from server.extensions import db
from server.models import User

_emails = count(1)


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def _reset_schema(url: str) -> None:
    """Start PostgreSQL runs from an empty schema, so the migrations build everything."""
    if "postgres" in url:
        db.session.execute(text("DROP SCHEMA public CASCADE"))
        db.session.execute(text("CREATE SCHEMA public"))
        db.session.commit()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    return _database_url(tmp_path_factory)


@pytest.fixture(scope="session")
def app(database_url, tmp_path_factory):
    app = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": "test",
            # The suite's many deliberate bad-token requests share one client address.
            "REBOUND_AUTH_FAILURE_LIMIT": 0,
        }
    )
    with app.app_context():
        _reset_schema(database_url)
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(autouse=True)
def _empty_database(request):
    """Every test starts from empty tables (only for tests that use the app)."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    with app.app_context():
        db.session.rollback()
        for table in reversed(db.metadata.sorted_tables):
            db.session.execute(table.delete())
        db.session.commit()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@dataclass
class TestUser:
    """A user made for a test, with a valid token and the headers the extension would send."""

    __test__ = False

    id: int
    email: str
    token: str
    headers: dict = field(default_factory=dict)


def auth_headers(token: str) -> dict:
    """Headers of an authenticated JSON request."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def make_user(app):
    def make(**settings) -> TestUser:
        with app.app_context():
            user = User(email=settings.pop("email", f"user{next(_emails)}@example.test"))
            for name, value in settings.items():
                setattr(user, name, value)
            db.session.add(user)
            token = issue_token(user)
            db.session.commit()
            return TestUser(user.id, user.email, token, auth_headers(token))

    return make


@pytest.fixture
def user(make_user) -> TestUser:
    return make_user(name="Dana Reyes", signature="Dana Reyes\n+1 555 0100")


@pytest.fixture
def other_user(make_user) -> TestUser:
    return make_user(name="Someone Else")
