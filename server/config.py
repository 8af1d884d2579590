"""All configuration, read from the environment in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CORS_ORIGINS = (
    r"^chrome-extension://[a-p]{32}$",
    r"^moz-extension://[0-9a-fA-F-]{36}$",
)
DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024
# Failed token checks allowed per client address within one window before answering 429.
DEFAULT_AUTH_FAILURE_LIMIT = 30
DEFAULT_AUTH_FAILURE_WINDOW_SECONDS = 300


def normalise_database_url(url: str) -> str:
    """Make `postgres://` and `postgresql://` both mean psycopg 3, as hosting platforms hand out."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _flag(value: str | None, default: bool = False) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _list(value: str | None, default: tuple[str, ...]) -> list[str]:
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def _int(value: str | None, default: int) -> int:
    if value is None or value.strip() == "":
        return default
    return int(value)


def engine_options(database_url: str) -> dict:
    """Pool settings (stale connections are replaced in server/connections.py)."""
    options: dict = {}
    if database_url.startswith("postgresql"):
        # Fail fast while the database is unreachable, so requests get a 503 instead of hanging.
        options["connect_args"] = {"connect_timeout": 5}
    return options


def from_environment(instance_path: str, environ: dict[str, str] | None = None) -> dict:
    """Build the Flask configuration mapping from environment variables."""
    env = os.environ if environ is None else environ
    sqlite_file = Path(instance_path) / "rebound.sqlite3"
    database_url = env.get("DATABASE_URL") or f"sqlite:///{sqlite_file}"
    return {
        "SECRET_KEY": env.get("SECRET_KEY") or "dev-only-not-secret",
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url),
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options(normalise_database_url(database_url)),
        "MAX_CONTENT_LENGTH": _int(env.get("REBOUND_MAX_REQUEST_BYTES"), DEFAULT_MAX_REQUEST_BYTES),
        "REBOUND_CORS_ORIGINS": _list(env.get("REBOUND_CORS_ORIGINS"), DEFAULT_CORS_ORIGINS),
        "REBOUND_OPEN_SIGNUP": _flag(env.get("REBOUND_OPEN_SIGNUP")),
        "REBOUND_LOG_LEVEL": (
            env.get("REBOUND_LOG_LEVEL") or env.get("LOG_LEVEL") or "INFO"
        ).upper(),
        "REDIS_URL": env.get("REDIS_URL") or None,
        "REBOUND_AUTH_FAILURE_LIMIT": _int(
            env.get("REBOUND_AUTH_FAILURE_LIMIT"), DEFAULT_AUTH_FAILURE_LIMIT
        ),
        "REBOUND_AUTH_FAILURE_WINDOW": _int(
            env.get("REBOUND_AUTH_FAILURE_WINDOW"), DEFAULT_AUTH_FAILURE_WINDOW_SECONDS
        ),
        # Proxies in front of the app (a platform's router counts as one): their
        # X-Forwarded-For / -Proto headers are believed, so rate limits see the real client
        # address and HSTS knows the request came in over https.
        "REBOUND_PROXY_COUNT": _int(env.get("REBOUND_PROXY_COUNT"), 0),
        # flask-smorest / OpenAPI
        "API_TITLE": "Rebound API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_REDOC_PATH": "docs",
        "OPENAPI_REDOC_URL": "https://cdn.jsdelivr.net/npm/redoc@2/bundles/redoc.standalone.js",
        "OPENAPI_SWAGGER_UI_PATH": "swagger",
        "OPENAPI_SWAGGER_UI_URL": "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/",
        "API_SPEC_OPTIONS": {
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
            "security": [{"bearerAuth": []}],
        },
        "JSON_SORT_KEYS": False,
    }
