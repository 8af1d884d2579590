"""Configuration comes from the environment only, and platform URLs mean psycopg 3."""

import pytest

from server.config import from_environment, normalise_database_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db:5432/x", "postgresql+psycopg://u:p@db:5432/x"),
        ("postgresql://u@db/x", "postgresql+psycopg://u@db/x"),
        ("postgresql+psycopg://u@db/x", "postgresql+psycopg://u@db/x"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_url_forms(given, expected):
    assert normalise_database_url(given) == expected


def test_defaults_use_sqlite_in_the_instance_folder(tmp_path):
    config = from_environment(str(tmp_path), environ={})
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'rebound.sqlite3'}"
    assert config["REBOUND_OPEN_SIGNUP"] is False
    assert config["MAX_CONTENT_LENGTH"] == 1024 * 1024


def test_environment_overrides(tmp_path):
    config = from_environment(
        str(tmp_path),
        environ={
            "DATABASE_URL": "postgres://h/db",
            "REBOUND_OPEN_SIGNUP": "true",
            "REBOUND_CORS_ORIGINS": "https://a.example, https://b.example",
            "REBOUND_MAX_REQUEST_BYTES": "2048",
            "REBOUND_LOG_LEVEL": "debug",
        },
    )
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://h/db"
    assert config["REBOUND_OPEN_SIGNUP"] is True
    assert config["REBOUND_CORS_ORIGINS"] == ["https://a.example", "https://b.example"]
    assert config["MAX_CONTENT_LENGTH"] == 2048
    assert config["REBOUND_LOG_LEVEL"] == "DEBUG"


def test_openapi_documents_every_route(app, client):
    spec = client.get("/api/v1/openapi.json").json
    documented = {path for path in spec["paths"]}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1") and rule.endpoint.split(".")[0] != "api-docs":
            openapi_path = rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}")
            assert openapi_path.removeprefix("/api/v1") in documented or openapi_path in documented
