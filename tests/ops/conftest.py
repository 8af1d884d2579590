"""Fixtures of the operations tests (all marked slow): PostgreSQL per module, gunicorn per test.

Every PostgreSQL here is started by scripts/pg-throwaway (module scope: one cluster per
test module) and stopped when the module ends, whatever happened. Servers are started with
the project's own gunicorn.conf.py and stopped when the test ends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ops_support import Server, start_gunicorn, start_postgres, stop_postgres

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(_HERE):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="module")
def postgres():
    pg, holder = start_postgres()
    try:
        yield pg
    finally:
        stop_postgres(holder)


@pytest.fixture
def servers(tmp_path):
    """Start gunicorn servers through this; all are stopped when the test ends."""
    started: list[Server] = []

    def start(database_url: str, name: str = "web", **kwargs) -> Server:
        server = start_gunicorn(database_url, tmp_path / f"{name}.log", **kwargs)
        started.append(server)
        return server

    try:
        yield start
    finally:
        for server in started:
            server.stop()
