"""PostgreSQL restarted in the middle of traffic.

While it is down the API answers 503 with a clear problem (never a 500, never a hang); once
it is back the API recovers by itself; every write that was acknowledged is stored, and
none is stored twice.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.client import HTTPException

from ops_support import call, create_user, flask_cli, list_all, wait_until

WRITERS = 4


class Traffic:
    """Writers that create interviews with unique roles and note what was acknowledged."""

    def __init__(self, port: int, token: str):
        self.port = port
        self.token = token
        self.acknowledged: list[str] = []
        self.statuses: Counter = Counter()
        self.problems: list[dict] = []
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._write, args=(n,)) for n in range(WRITERS)]

    def _write(self, writer: int) -> None:
        n = 0
        while not self.stop.is_set():
            role = f"writer {writer} #{n}"
            n += 1
            try:
                answer = call(
                    self.port,
                    "POST",
                    "/api/v1/interviews",
                    self.token,
                    {"company": "Litware", "role": role},
                    timeout=15,
                )
            except (OSError, HTTPException):
                status, body = "connection", None
            else:
                status, body = answer.status, answer.body
            with self._lock:
                self.statuses[status] += 1
                if status == 201:
                    self.acknowledged.append(role)
                elif isinstance(body, dict):
                    self.problems.append(body)
            time.sleep(0.01)

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def count(self, status) -> int:
        with self._lock:
            return self.statuses[status]


def test_outage_is_503_then_heals_and_keeps_every_acknowledged_write(postgres, servers):
    flask_cli(postgres.url, "db", "upgrade")
    token = create_user(postgres.url, "outage@example.test")
    web = servers(postgres.url, workers=2)
    # Seed the company first, so the writers never race to create it.
    first = call(
        web.port, "POST", "/api/v1/interviews", token, {"company": "Litware", "role": "seed"}
    )
    assert first.status == 201

    with Traffic(web.port, token) as traffic:
        wait_until(lambda: traffic.count(201) >= 40, 30, "writes before the outage")
        postgres.stop()
        wait_until(lambda: traffic.count(503) >= 20, 30, "503 answers during the outage")
        down = call(web.port, "GET", "/api/v1/health")
        assert down.status == 503
        assert down.body["database"] == "unavailable"
        refused = call(web.port, "GET", "/api/v1/interviews", token)
        assert refused.status == 503
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.headers["retry-after"].isdigit()
        assert "not reachable" in refused.body["detail"]
        before_restart = traffic.count(201)
        postgres.start()
        wait_until(
            lambda: traffic.count(201) >= before_restart + 40, 60, "writes after the restart"
        )

    assert set(traffic.statuses) <= {201, 503}, traffic.statuses
    for problem in traffic.problems:
        assert problem["status"] == 503
        assert "database" in problem["detail"]
        assert "Traceback" not in str(problem)
    assert call(web.port, "GET", "/api/v1/health").status == 200

    stored = Counter(row["role"] for row in list_all(web.port, token, "/api/v1/interviews"))
    assert [role for role, times in stored.items() if times > 1] == []
    missing = [role for role in traffic.acknowledged if role not in stored]
    assert missing == []
    assert "Traceback" not in web.log()
