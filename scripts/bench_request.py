#!/usr/bin/env python3
"""Where a classify request's time goes, next to health's: in-process, one thread, no HTTP.

    .venv/bin/python scripts/bench_request.py [--requests 1000] [--database-url URL]

Starts a throwaway PostgreSQL (scripts/pg-throwaway) unless given a loopback one, builds the
app with the project's settings, stores the record scripts/load.py stores, and times through
Flask's test client: health (the bare framework: routing, hooks, one query, a schema dump),
an authenticated read, and classify on load.py's emails. Then it times classify's parts on
their own: the token look-up, the detector, the two record queries, the matcher and the
schemas. Best of five runs of the median; the figures are milliseconds per request.

What it answers: how much of classify's cost is the detector and how much the framework and
database around it, i.e. how far classify's throughput can get towards health's.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import load  # noqa: E402  (the load test's record and emails, so both measure the same)

RUNS = 5


def best_median(action, count: int) -> float:
    """Milliseconds per call: the lowest of RUNS medians over batches of ten calls."""
    medians = []
    for _ in range(RUNS):
        samples = []
        for _ in range(max(1, count // 10)):
            started = time.perf_counter()
            for _ in range(10):
                action()
            samples.append((time.perf_counter() - started) * 100)
        medians.append(statistics.median(samples))
    return min(medians)


def build_app(database_url: str):
    """The app as gunicorn builds it, migrated, with one user and that user's token."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("REBOUND_LOG_LEVEL", "WARNING")
    from flask_migrate import upgrade

    from server import create_app
    from server.auth import issue_token
    from server.extensions import db
    from server.models import User

    app = create_app()
    with app.app_context():
        upgrade()
        user = User(email=f"bench-{time.time_ns()}@example.test", name="Dana Reyes")
        db.session.add(user)
        token = issue_token(user)
        db.session.commit()
    return app, token


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="calls per figure and run")
    parser.add_argument("--database-url", help="a loopback PostgreSQL to use instead")
    args = parser.parse_args()
    count = max(10, min(args.requests, 20_000))

    workdir = Path(tempfile.mkdtemp(prefix="rebound-bench-request."))
    own_database = args.database_url is None
    try:
        if own_database:
            database_url = load.start_postgres(workdir)
        else:
            database_url = args.database_url
            load.require_loopback(database_url)
        app, token = build_app(database_url)
        measure(app, token, count)
        return 0
    finally:
        if own_database:
            load.stop_postgres(workdir)
        shutil.rmtree(workdir, ignore_errors=True)


def measure(app, token: str, count: int) -> None:
    from server.auth import user_for_token
    from server.engines.detect import Email, classify
    from server.engines.email_match import match_interview
    from server.extensions import db
    from server.schemas.emails import ClassificationSchema, EmailSchema
    from server.services import emails as email_service

    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}

    def send(method, path, token, body):
        answer = client.open(path, method=method, json=body, headers=headers)
        return answer.status_code, answer.get_json(silent=True)

    load.seed(send, token, random.Random(7))
    emails = load.EMAILS
    cycle = iter(range(10**9))

    def next_email() -> dict:
        return emails[next(cycle) % len(emails)]

    def health():
        assert client.get("/api/v1/health").status_code == 200

    def me():
        assert client.get("/api/v1/me", headers=headers).status_code == 200

    def classify_request():
        answer = client.post("/api/v1/emails/classify", json=next_email(), headers=headers)
        assert answer.status_code == 200

    for action in (health, me, classify_request):  # compile and cache every statement first
        for _ in range(50):
            action()
    whole = {
        "health (bare framework)": best_median(health, count),
        "GET /me (token + one row)": best_median(me, count),
        "classify (load.py's emails)": best_median(classify_request, count),
    }

    detector_input = [
        Email(**{k: e.get(k, "") for k in ("subject", "from_name", "from_email", "body")})
        for e in emails
    ]
    parts = {}
    with app.test_request_context():
        user = user_for_token(token)
        senders = {e["from_email"] for e in emails}
        contacts = email_service._sender_contacts(user, senders)
        interviews = email_service.stored_interviews(user, contacts)
        results = [classify(e) for e in detector_input]
        schema_in, schema_out = EmailSchema(), ClassificationSchema()
        answers = email_service.classify_emails(user, emails)
        parts["token look-up (query + ORM rows)"] = best_median(
            lambda: user_for_token(token), count
        )
        parts["detector (classify engine)"] = best_median(
            lambda: classify(detector_input[next(cycle) % len(detector_input)]), count
        )
        parts["sender contacts query"] = best_median(
            lambda: email_service._sender_contacts(user, {next_email()["from_email"]}), count
        )
        parts["stored interviews query"] = best_median(
            lambda: email_service.stored_interviews(user, contacts), count
        )
        parts["matcher"] = best_median(
            lambda: [
                match_interview(interviews, e["from_email"], r.company, r.role)
                for e, r in zip(emails, results, strict=True)
            ],
            count,
        ) / len(emails)
        parts["schemas (load + dump)"] = best_median(
            lambda: schema_out.dump(answers[0]) and schema_in.load(next_email()), count
        )
        db.session.rollback()

    print(
        f"Rebound request cost, in-process on PostgreSQL, one thread, {count} calls x {RUNS} "
        "runs (best median, ms)"
    )
    for name, value in whole.items():
        print(f"  {name:<36}{value:>8.3f}")
    print("classify's parts on their own")
    for name, value in parts.items():
        print(f"  {name:<36}{value:>8.3f}")
    health_ms, classify_ms = whole["health (bare framework)"], whole["classify (load.py's emails)"]
    floor = health_ms + parts["detector (classify engine)"]
    print(f"classify / health throughput, in-process: {health_ms / classify_ms:.2f}")
    print(
        f"ceiling if classify cost only health plus its detector: {health_ms / floor:.2f} "
        "(the detector alone, on no database and no framework)"
    )


if __name__ == "__main__":
    sys.exit(main())
