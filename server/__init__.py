"""Rebound API: the application factory."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from flask import Flask, request
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from werkzeug.routing import IntegerConverter

from server import config as config_module
from server import connections, limits, observability, ratelimit, security
from server.auth import require_token
from server.errors import abort
from server.extensions import cors, db, make_api, migrate

MIGRATIONS_DIR = str(Path(__file__).parent / "migrations")
# Ids are INTEGER columns (32-bit on PostgreSQL): a larger id in a URL is simply not found.
MAX_ID = 2**31 - 1
_BODY_METHODS = {"POST", "PUT", "PATCH"}

log = logging.getLogger(__name__)


def create_app(config: dict | None = None) -> Flask:
    """Build the app: defaults, environment, then `config` overrides; extensions; blueprints."""
    app = Flask(__name__, instance_relative_config=True)
    app.url_map.converters["int"] = IdConverter
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(config_module.from_environment(app.instance_path))
    if config:
        app.config.from_mapping(config)
    app.config["SQLALCHEMY_DATABASE_URI"] = config_module.normalise_database_url(
        app.config["SQLALCHEMY_DATABASE_URI"]
    )
    if not config or "SQLALCHEMY_ENGINE_OPTIONS" not in config:
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = config_module.engine_options(
            app.config["SQLALCHEMY_DATABASE_URI"]
        )
    logging.basicConfig(level=app.config["REBOUND_LOG_LEVEL"])
    # Request id and timing first, so even requests refused by later hooks are logged.
    observability.init_app(app)
    security.init_app(app)
    ratelimit.init_app(app)

    db.init_app(app)
    connections.init_app(app)
    # Registered after Flask-SQLAlchemy's own teardown, so it runs before it (teardowns run
    # in reverse): the session is closed here, where a dead connection cannot turn a
    # finished answer into a 500.
    app.teardown_appcontext(_close_session)
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True, compare_type=True)
    cors.init_app(
        app,
        resources={r"/api/*": {"origins": app.config["REBOUND_CORS_ORIGINS"]}},
        supports_credentials=False,
        expose_headers=["X-Pagination", "X-Request-Id", "Retry-After"],
    )
    rest_api = make_api()
    rest_api.init_app(app)

    from server import models  # noqa: F401  (registers every table)
    from server.api import register_blueprints
    from server.cli import register_cli

    register_blueprints(rest_api)
    register_cli(app)
    app.before_request(_require_json_body)
    app.before_request(require_token)
    app.before_request(limits.refuse_deeply_nested_json)
    return app


class IdConverter(IntegerConverter):
    """`<int:...>` in routes: a non-negative id the database can hold, else no match (404)."""

    def __init__(self, url_map, fixed_digits=0, min=None, max=MAX_ID, signed=False) -> None:
        super().__init__(url_map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def _close_session(_error: BaseException | None) -> None:
    """End the request's session; a connection lost meanwhile is dropped, not raised."""
    try:
        db.session.remove()
    except DBAPIError as error:
        # The database went away after the answer was ready (a restart, a failover): the
        # pool has already discarded the connection and the answer stands.
        log.warning("database connection lost while closing a session: %s", type(error).__name__)
        db.session.registry.clear()


def _require_json_body() -> None:
    """Refuse bodies that are not JSON with 415 before anything tries to read them."""
    if request.method not in _BODY_METHODS or not request.path.startswith("/api/v1"):
        return
    if not request.content_length and not request.headers.get("Transfer-Encoding"):
        return
    if not request.is_json:
        abort(415, "Send the body as JSON with 'Content-Type: application/json'.")


@event.listens_for(Engine, "connect")
def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    """SQLite enforces foreign keys (and their cascades) only when asked, per connection."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
