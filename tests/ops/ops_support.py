"""Real processes for the operations tests: a throwaway PostgreSQL, gunicorn, the CLI, HTTP."""

from __future__ import annotations

import glob
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
PG_THROWAWAY = ROOT / "scripts" / "pg-throwaway"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_cluster_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@dataclass
class Postgres:
    """A throwaway cluster: its URL, and stop/start to play an outage."""

    directory: Path
    url: str
    port: int

    @property
    def platform_url(self) -> str:
        """The URL as a Heroku-style platform hands it out (`postgres://`)."""
        return "postgres://" + self.url.split("://", 1)[1]

    def _pg_ctl(self, *args: str) -> None:
        binary = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]
        subprocess.run(
            _as_cluster_owner([binary, "-D", str(self.directory / "data"), *args]),
            check=True,
            capture_output=True,
            timeout=60,
        )

    def stop(self) -> None:
        """Stop at once, cutting every connection (as a crash or a failover would)."""
        self._pg_ctl("-m", "immediate", "-w", "stop")

    def start(self) -> None:
        """Start again on the same port, with the options scripts/pg-throwaway uses."""
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self._pg_ctl("-l", str(self.directory / "log"), "-w", "-o", options, "start")

    def sql(self, statement: str) -> str:
        """Run one statement with psql as the cluster's superuser; return its output."""
        psql = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"))[-1]
        # As an administrator's session: writable even while the database defaults to
        # read-only transactions.
        env = {**os.environ, "PGOPTIONS": "-c default_transaction_read_only=off"}
        result = subprocess.run(
            [psql, self.url, "-v", "ON_ERROR_STOP=1", "-Atc", statement],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        return result.stdout.strip()


def start_postgres() -> tuple[Postgres, Path]:
    """Start a cluster with scripts/pg-throwaway; return it and the directory to remove."""
    holder = Path(tempfile.mkdtemp(prefix="rebound-ops-pg."))
    directory = holder / "pg"
    result = subprocess.run(
        [str(PG_THROWAWAY), "start", str(directory)],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    url = result.stdout.strip().splitlines()[-1]
    port = int((directory / "port").read_text().strip())
    return Postgres(directory, url, port), holder


def stop_postgres(holder: Path) -> None:
    subprocess.run(
        [str(PG_THROWAWAY), "stop", str(holder / "pg")], capture_output=True, timeout=120
    )
    shutil.rmtree(holder, ignore_errors=True)


def base_env(database_url: str, **extra: str) -> dict[str, str]:
    """The environment a platform would give the app (no test-only switches)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("REBOUND_", "TEST_DATABASE", "DATABASE_URL", "WEB_CONCURRENCY"))
    }
    env.update(
        {
            "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
            "DATABASE_URL": database_url,
            "SECRET_KEY": "ops-test-secret",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def flask_cli(database_url: str, *args: str, **env: str) -> str:
    """Run `flask --app server ...` as an operator would; return its output."""
    result = subprocess.run(
        [str(VENV_BIN / "flask"), "--app", "server", *args],
        cwd=ROOT,
        env=base_env(database_url, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def create_user(database_url: str, email: str) -> str:
    """A new user on that database; returns its token (the CLI's last line)."""
    output = flask_cli(database_url, "users", "create", "--email", email)
    return output.strip().splitlines()[-1]


@dataclass
class Answer:
    status: int
    body: object
    headers: dict[str, str] = field(default_factory=dict)


def call(
    port: int, method: str, path: str, token: str | None = None, body=None, timeout: float = 10
) -> Answer:
    """One HTTP request to 127.0.0.1:port, as the extension's service worker would send it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Accept": "application/json"}
    payload = None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    try:
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        answer_headers = {k.lower(): v for k, v in response.getheaders()}
    finally:
        connection.close()
    parsed = json.loads(raw) if raw and "json" in answer_headers.get("content-type", "") else raw
    return Answer(response.status, parsed, answer_headers)


def list_all(port: int, token: str, path: str) -> list[dict]:
    """Every row of a paginated list."""
    rows, page = [], 1
    while True:
        answer = call(port, "GET", f"{path}?page={page}&page_size=100", token)
        assert answer.status == 200, answer.body
        rows += answer.body
        pagination = json.loads(answer.headers.get("x-pagination", "{}"))
        if page >= pagination.get("last_page", page):
            return rows
        page += 1


def children_of(pid: int) -> set[int]:
    """Processes whose parent is `pid`, read from /proc (no `ps` needed)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def wait_until(predicate, timeout: float, what: str, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            result = predicate()
            if result:
                return result
        except OSError as error:
            last_error = error
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what} (last error: {last_error})")


class Server:
    """A process serving the API on a port; logs go to a file the test can read."""

    def __init__(self, args: list[str] | str, env: dict[str, str], port: int, log: Path):
        self.port = port
        self.log_path = log
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            shell=isinstance(args, str),
            start_new_session=True,
        )

    def wait_healthy(self, timeout: float = 30) -> None:
        def healthy():
            if self.process.poll() is not None:
                raise AssertionError("server exited early:\n" + self.log())
            return call(self.port, "GET", "/api/v1/health", timeout=2).status == 200

        wait_until(healthy, timeout, f"health on port {self.port}")

    def worker_pids(self) -> set[int]:
        """The gunicorn workers: children of the master (the process started here)."""
        return children_of(self.process.pid)

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


def start_gunicorn(database_url: str, log: Path, workers: int = 2, **env: str) -> Server:
    """gunicorn with the project's settings, as the Procfile's web line runs it."""
    port = free_port()
    server = Server(
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "server:create_app()"],
        base_env(database_url, PORT=str(port), WEB_CONCURRENCY=str(workers), **env),
        port,
        log,
    )
    try:
        server.wait_healthy()
    except BaseException:
        server.stop()
        raise
    return server
