"""With REDIS_URL set, every web process shares the failed-authentication counters.

Two gunicorn instances, one Redis: guesses spread over both are counted together, so a
guesser gains nothing from a platform's router spreading requests over many processes.
Needs Debian's redis-server (scripts/test installs it).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from ops_support import call, create_user, flask_cli, free_port, start_gunicorn, wait_until

LIMIT = 4


@pytest.fixture(scope="module")
def redis_url():
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    assert Path(binary).exists(), "redis-server is missing: apt-get install redis-server"
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="rebound-ops-redis.")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", workdir],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def answers():
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")

        wait_until(answers, 10, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


def test_two_instances_count_failures_together(postgres, redis_url, tmp_path):
    flask_cli(postgres.url, "db", "upgrade")
    token = create_user(postgres.url, "shared-limit@example.test")
    settings = {"REDIS_URL": redis_url, "REBOUND_AUTH_FAILURE_LIMIT": str(LIMIT)}
    a = start_gunicorn(postgres.url, tmp_path / "a.log", **settings)
    try:
        b = start_gunicorn(postgres.url, tmp_path / "b.log", **settings)
        try:
            statuses = [
                call(server.port, "GET", "/api/v1/me", f"rb_guess-{n}").status
                for n, server in zip(range(LIMIT), [a, b] * LIMIT, strict=False)
            ]
            assert statuses == [401] * LIMIT
            for server in (a, b):
                blocked = call(server.port, "GET", "/api/v1/me", "rb_one-more-guess")
                assert blocked.status == 429
                assert int(blocked.headers["retry-after"]) > 0
                # The same address is blocked even with a valid token, on either instance.
                assert call(server.port, "GET", "/api/v1/me", token).status == 429
        finally:
            b.stop()
    finally:
        a.stop()
