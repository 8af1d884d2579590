"""The Procfile run as a Heroku-style platform runs it: `release:` first, then `web:`.

The platform hands out `PORT` and a `postgres://` DATABASE_URL and runs each line through
a shell; a failed release stops the deploy. Nothing else is prepared beforehand: the
release line must build the schema, and the web line must serve the API on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess

from ops_support import ROOT, Server, base_env, call, create_user, free_port


def procfile() -> dict[str, str]:
    """Process type -> command line, as a platform reads the file."""
    lines = {}
    for raw in (ROOT / "Procfile").read_text().splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            name, _, command = raw.partition(":")
            lines[name.strip()] = command.strip()
    return lines


def run_release(command: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_procfile_declares_release_and_web():
    lines = procfile()
    assert set(lines) == {"release", "web"}
    assert "db upgrade" in lines["release"]
    assert "gunicorn" in lines["web"]


def test_release_then_web_serve_the_api_on_postgresql(postgres, tmp_path):
    lines = procfile()
    port = free_port()
    env = base_env(postgres.platform_url, PORT=str(port), WEB_CONCURRENCY="2")

    release = run_release(lines["release"], env)
    assert release.returncode == 0, release.stdout + release.stderr
    # A redeploy runs the release phase again on the same database.
    again = run_release(lines["release"], env)
    assert again.returncode == 0, again.stdout + again.stderr

    web = Server(["bash", "-c", "exec " + lines["web"]], env, port, tmp_path / "web.log")
    try:
        web.wait_healthy()
        health = call(port, "GET", "/api/v1/health")
        assert health.body == {"status": "ok", "database": "ok", "version": "v1"}

        token = create_user(postgres.platform_url, "owner@example.test")
        created = call(
            port,
            "POST",
            "/api/v1/interviews",
            token,
            {"company": "Northwind Analytics", "role": "Platform engineer", "status": "rejected"},
        )
        assert created.status == 201, created.body
        fetched = call(port, "GET", f"/api/v1/interviews/{created.body['id']}", token)
        assert fetched.body["company"] == "Northwind Analytics"
        assert fetched.headers["x-request-id"]
        assert postgres.sql("SELECT count(*) FROM interviews") == "1"
        assert len(web.worker_pids()) == 2
    finally:
        web.stop()

    log = web.log()
    assert token not in log
    request_lines = [json.loads(line) for line in log.splitlines() if '"rebound.request"' in line]
    paths = {line["path"] for line in request_lines}
    assert "/api/v1/interviews/<int:interview_id>" in paths
    assert all(
        set(line) >= {"method", "status", "duration_ms", "request_id"} for line in request_lines
    )
    # SIGTERM is a graceful stop: the master says so, and no worker is left behind.
    assert "Shutting down" in log or "Handling signal: term" in log


def test_a_failing_release_is_reported(postgres):
    env = base_env("postgres://rebound@127.0.0.1:1/nowhere", PORT=str(free_port()))
    release = run_release(procfile()["release"], env)
    assert release.returncode != 0
