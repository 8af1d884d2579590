"""The one-click manifest (app.json) and the Procfile agree with what the app reads."""

from __future__ import annotations

import json

from ops_support import ROOT

from server.config import from_environment


def _manifest() -> dict:
    return json.loads((ROOT / "app.json").read_text())


def test_manifest_provisions_postgresql_a_secret_and_a_web_process():
    manifest = _manifest()
    assert any(a["plan"].startswith("heroku-postgresql") for a in manifest["addons"])
    assert manifest["env"]["SECRET_KEY"]["generator"] == "secret"
    assert manifest["formation"]["web"]["quantity"] >= 1


def test_every_manifest_variable_is_read_by_the_app_or_gunicorn():
    sources = (ROOT / "gunicorn.conf.py").read_text() + (ROOT / "server" / "config.py").read_text()
    for name in _manifest()["env"]:
        assert f'"{name}"' in sources, name


def test_manifest_values_are_understood_by_the_configuration(tmp_path):
    values = {
        name: spec["value"]
        for name, spec in _manifest()["env"].items()
        if isinstance(spec, dict) and "value" in spec
    }
    config = from_environment(str(tmp_path), {**values, "DATABASE_URL": "postgres://h/db"})
    assert config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")
    assert config["REBOUND_PROXY_COUNT"] == 1
    assert config["REBOUND_OPEN_SIGNUP"] is False
    assert config["MAX_CONTENT_LENGTH"] == int(values["REBOUND_MAX_REQUEST_BYTES"])
    assert config["REBOUND_CORS_ORIGINS"]  # empty means the extension defaults
