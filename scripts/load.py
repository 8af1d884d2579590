#!/usr/bin/env python3
"""Load test: gunicorn with the project's settings on a throwaway PostgreSQL, on loopback.

    .venv/bin/python scripts/load.py [--clients 16] [--seconds 8] [--max-requests 20000]

Starts PostgreSQL (scripts/pg-throwaway), migrates it, creates a user, starts gunicorn
(gunicorn.conf.py, bound to 127.0.0.1 only), stores a realistic record through the API, then
runs three bounded phases from many concurrent clients (threads, http.client, each on one
kept-alive connection as a browser keeps one): health alone
(the bare framework), classify alone, and a mix of what the extension does (classify, profile
match, drafts, plan, reads, writes of interviews, contacts and touchpoints, health). Prints
requests per second and latency percentiles per endpoint and the ratio of classify's
throughput to health's. Endpoints that are not there (404/405) are "not available".
Everything it started is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
LOOPBACK = "127.0.0.1"
TARGET_P99_MS = 50.0
TARGET_CLASSIFY_RATIO = 0.8

# A handful of emails of each kind the extension meets, in the words a company might use.
EMAILS = [
    {
        "subject": "Your application for Backend Engineer at Northwind",
        "from_name": "Northwind Talent Team",
        "from_email": "talent@northwind.example",
        "body": (
            "Hi Dana,\n\nThank you for the time you spent with our team over the last few "
            "weeks. After careful consideration we have decided to move forward with another "
            "candidate whose experience more closely matches what we need right now.\n\n"
            "We enjoyed learning about your work on event pipelines and wish you the best in "
            "your search.\n\nKind regards,\nPriya Raman\nEngineering Manager"
        ),
    },
    {
        "subject": "Next steps: technical interview with Fabrikam",
        "from_name": "Lena Fischer",
        "from_email": "lena.fischer@fabrikam.example",
        "body": (
            "Hello Dana,\n\nThanks for speaking with me on Tuesday. The team would like to "
            "invite you to a technical interview. Could you share a few times that work for "
            "you next week? The session lasts about ninety minutes.\n\nBest,\nLena"
        ),
    },
    {
        "subject": "We received your application",
        "from_name": "Tailspin Careers",
        "from_email": "no-reply@careers.tailspin.example",
        "body": (
            "Thanks for applying to the Site Reliability Engineer role at Tailspin. Our "
            "recruiting team is reviewing applications and will contact you if your profile "
            "matches the position."
        ),
    },
    {
        "subject": "Update on your candidacy - Data Engineer",
        "from_name": "Omar Said",
        "from_email": "omar.said@proseware.example",
        "body": (
            "Dear Dana,\n\nI wanted to personally let you know that we will not be moving "
            "forward with your application for the Data Engineer position. It was a difficult "
            "decision and we would be glad to stay in touch for future openings.\n\nOmar"
        ),
    },
    {
        "subject": "Offer letter - Platform Engineer",
        "from_name": "Adatum People Team",
        "from_email": "people@adatum.example",
        "body": (
            "Hi Dana, we are delighted to offer you the Platform Engineer position at Adatum. "
            "Please find the offer letter attached and let us know if you have questions."
        ),
    },
    {
        "subject": "Team lunch on Friday",
        "from_name": "Sam Carter",
        "from_email": "sam@friends.example",
        "body": "Are you joining us for lunch on Friday? We are thinking about the noodle place.",
    },
]

COMPANIES = [
    ("Northwind", "northwind.example"),
    ("Fabrikam", "fabrikam.example"),
    ("Tailspin", "tailspin.example"),
    ("Proseware", "proseware.example"),
    ("Adatum", "adatum.example"),
    ("Litware", "litware.example"),
    ("Contoso", "contoso.example"),
    ("Wide World Importers", "wideworld.example"),
]
ROLES = ["Backend Engineer", "Data Engineer", "Platform Engineer", "SRE", "Staff Engineer"]
FIRST = ["Priya", "Lena", "Omar", "Mei", "Tomás", "Noor", "Jordan", "Ola", "Sam", "Aiko"]
LAST = ["Raman", "Fischer", "Said", "Chen", "Ortega", "Haddad", "Blake", "Nordmann", "Carter"]
TITLES = ["Engineering Manager", "Recruiter", "Staff Engineer", "Director of Engineering"]


# ---------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def require_loopback(url: str) -> None:
    """Refuse to aim the load at anything but this machine."""
    host = urlsplit(url).hostname or ""
    if host not in {"127.0.0.1", "localhost", "::1", ""}:
        sys.exit(f"refusing a database that is not on loopback: {host}")


def start_postgres(workdir: Path) -> str:
    result = subprocess.run(
        [str(ROOT / "scripts" / "pg-throwaway"), "start", str(workdir / "pg")],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout.strip().splitlines()[-1]


def stop_postgres(workdir: Path) -> None:
    subprocess.run(
        [str(ROOT / "scripts" / "pg-throwaway"), "stop", str(workdir / "pg")],
        capture_output=True,
        timeout=120,
    )


def app_env(database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REBOUND_")}
    env.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "load-test-only",
            "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        }
    )
    env.update(extra)
    return env


def flask(database_url: str, *args: str) -> str:
    result = subprocess.run(
        [str(BIN / "flask"), "--app", "server", *args],
        cwd=ROOT,
        env=app_env(database_url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        sys.exit(f"flask {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def start_gunicorn(database_url: str, port: int, log: Path, workers: int | None):
    extra = {"PORT": str(port)}
    if workers:
        extra["WEB_CONCURRENCY"] = str(workers)
    handle = open(log, "wb")  # noqa: SIM115 - the process writes to it until it stops
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--bind",
            f"{LOOPBACK}:{port}",
            "server:create_app()",
        ],
        cwd=ROOT,
        env=app_env(database_url, **extra),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("gunicorn exited:\n" + log.read_text(errors="replace")[-3000:])
        try:
            if request(port, "GET", "/api/v1/health")[0] == 200:
                return process, handle
        except OSError:
            pass
        time.sleep(0.2)
    stop_process(process)
    sys.exit("gunicorn did not become healthy within 30 s")


def count_children(pid: int) -> int:
    """How many processes `pid` has started (gunicorn's workers), from /proc."""
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                count += 1
        except OSError:
            continue
    return count


def stop_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


# ---------------------------------------------------------------------------- HTTP


def _exchange(connection, method: str, path: str, token: str | None, body):
    headers = {"Accept": "application/json"}
    payload = None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    raw = response.read()
    parsed = None
    if raw and response.getheader("Content-Type", "").endswith("json"):
        parsed = json.loads(raw)
    return response.status, parsed


def request(port: int, method: str, path: str, token: str | None = None, body=None):
    """One request on a connection of its own (seeding and probes)."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=30)
    try:
        return _exchange(connection, method, path, token, body)
    finally:
        connection.close()


class KeptConnection:
    """One client's connection, kept alive between requests as the extension's fetch does."""

    def __init__(self, port: int):
        self.port = port
        self.connection = None

    def request(self, method: str, path: str, token: str | None = None, body=None):
        """Send on the kept connection; one retry on a fresh one if the server had closed it."""
        reused = self.connection is not None
        if self.connection is None:
            self.connection = http.client.HTTPConnection(LOOPBACK, self.port, timeout=30)
        try:
            return _exchange(self.connection, method, path, token, body)
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            if not reused:
                raise
            # The server closed an idle kept connection (its keep-alive ran out, or a worker
            # was recycled) before reading this request: browsers resend on a new one too.
            return self.request(method, path, token, body)
        except (OSError, http.client.HTTPException):
            self.close()
            raise

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def ok(answer, what: str):
    status, body = answer
    if status >= 400:
        sys.exit(f"seeding failed at {what}: {status} {body}")
    return body


# ---------------------------------------------------------------------------- the record


@dataclass
class Record:
    """Ids of what was seeded, for the operations to refer to."""

    interviews: list[int] = field(default_factory=list)
    contacts: list[dict] = field(default_factory=list)


def seed(send, token: str, rng: random.Random) -> Record:
    """A realistic record: interviews at several companies, rounds, the people met, history.

    `send(method, path, token, body)` answers (status, parsed body): over HTTP here, through
    Flask's test client in scripts/bench_request.py.
    """
    record = Record()
    ok(
        send("PATCH", "/api/v1/me", token, {"name": "Dana Reyes", "signature": "Dana"}),
        "settings",
    )
    for name, domain in COMPANIES:
        ok(
            send("POST", "/api/v1/companies", token, {"name": name, "domains": [domain]}),
            name,
        )
    people = itertools.count()
    for n in range(40):
        company, domain = COMPANIES[n % len(COMPANIES)]
        status = rng.choice(["rejected", "rejected", "interviewing", "applied"])
        interview = ok(
            send(
                "POST",
                "/api/v1/interviews",
                token,
                {
                    "company": company,
                    "role": rng.choice(ROLES),
                    "status": status,
                    "notes": "Talked about their migration to event sourcing and on-call load.",
                },
            ),
            "interview",
        )
        record.interviews.append(interview["id"])
        met = []
        for _ in range(rng.randint(1, 3)):
            i = next(people)
            first, last = FIRST[i % len(FIRST)], LAST[(i * 7) % len(LAST)]
            slug = f"{first}-{last}-{i}".lower().replace("á", "a")
            contact = ok(
                send(
                    "POST",
                    "/api/v1/contacts",
                    token,
                    {
                        "name": f"{first} {last}",
                        "title": rng.choice(TITLES),
                        "email": f"{slug}@{domain}",
                        "linkedin_url": f"https://www.linkedin.com/in/{slug}",
                        "company": company,
                        "notes": "Asked good questions about testing strategy.",
                    },
                ),
                "contact",
            )
            met.append(contact["id"])
            record.contacts.append({**contact, "slug": slug})
        ok(
            send(
                "POST",
                f"/api/v1/interviews/{interview['id']}/rounds",
                token,
                {"kind": "onsite", "contact_ids": met, "held_on": "2026-09-14T15:00:00Z"},
            ),
            "round",
        )
    return record


# ---------------------------------------------------------------------------- operations


@dataclass(frozen=True)
class Operation:
    name: str
    method: str
    template: str  # the route as the request log names it
    weight: int
    build: object  # (rng, record) -> (path, body)
    read: bool = True


def _classify(rng, record):
    return "/api/v1/emails/classify", rng.choice(EMAILS)


def _match(rng, record):
    person = rng.choice(record.contacts)
    return "/api/v1/profiles/match", {
        "profile_url": f"https://www.linkedin.com/in/{person['slug']}/",
        "name": person["name"],
        "headline": person["title"],
        "company": person["company"],
    }


def _draft(rng, record):
    return "/api/v1/drafts", {
        "kind": "rejection_reply",
        "interview_id": rng.choice(record.interviews),
    }


def _plan(rng, record):
    return "/api/v1/plan", None


def _list_interviews(rng, record):
    return "/api/v1/interviews?status=rejected&page_size=25", None


def _get_contact(rng, record):
    return f"/api/v1/contacts/{rng.choice(record.contacts)['id']}", None


def _new_interview(rng, record):
    return "/api/v1/interviews", {
        "company": rng.choice(COMPANIES)[0],
        "role": rng.choice(ROLES),
        "status": "applied",
    }


def _patch_contact(rng, record):
    return f"/api/v1/contacts/{rng.choice(record.contacts)['id']}", {
        "warmth": rng.randint(1, 5),
        "notes": f"Follow-up noted {rng.randint(1, 10**6)}.",
    }


def _new_touchpoint(rng, record):
    person = rng.choice(record.contacts)
    return "/api/v1/touchpoints", {
        "contact_id": person["id"],
        "channel": "email",
        "kind": "thank_you",
        "status": "sent",
        "text": "Thank you for the conversation about your testing strategy.",
    }


def _health(rng, record):
    return "/api/v1/health", None


CONTACT = "/api/v1/contacts/<int:contact_id>"
CLASSIFY = Operation("classify", "POST", "/api/v1/emails/classify", 25, _classify)
HEALTH = Operation("health", "GET", "/api/v1/health", 15, _health)
MIX = [
    CLASSIFY,
    Operation("profiles/match", "POST", "/api/v1/profiles/match", 10, _match),
    Operation("drafts", "POST", "/api/v1/drafts", 10, _draft),
    Operation("plan", "GET", "/api/v1/plan", 5, _plan),
    Operation("interviews list", "GET", "/api/v1/interviews", 10, _list_interviews),
    Operation("contact read", "GET", CONTACT, 10, _get_contact),
    Operation("interview create", "POST", "/api/v1/interviews", 5, _new_interview, read=False),
    Operation("contact patch", "PATCH", CONTACT, 5, _patch_contact, read=False),
    Operation("touchpoint create", "POST", "/api/v1/touchpoints", 5, _new_touchpoint, read=False),
    HEALTH,
]


def available(port: int, token: str, operations, record: Record, rng) -> dict[str, bool]:
    """Probe each operation once: a 404 or 405 means the endpoint has not landed."""
    found = {}
    for operation in operations:
        path, body = operation.build(rng, record)
        status, answer = request(port, operation.method, path, token, body)
        found[operation.name] = status not in (404, 405)
        if found[operation.name] and status >= 400:
            print(f"  probe of {operation.name}: {status} {answer}", file=sys.stderr)
    return found


# ---------------------------------------------------------------------------- running


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    server_ms: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0
    workers_booted: int = 0


def run_phase(
    port, token, operations, record, clients, seconds, max_requests, seed_value, rate=None
):
    """Many clients, each picking weighted operations, until the time or the count runs out.

    Without `rate` each client sends its next request as soon as the last is answered (the
    server's throughput); with it, the clients together send `rate` requests per second
    (latency at a load the server can carry).
    """
    tally = Tally()
    lock = threading.Lock()
    budget = itertools.count()
    weights = [op.weight for op in operations]
    deadline = time.monotonic() + seconds
    interval = clients / rate if rate else 0.0

    def client(index: int) -> None:
        rng = random.Random(seed_value * 1000 + index)
        latencies, errors, samples = defaultdict(list), defaultdict(int), {}
        next_at = time.monotonic() + rng.random() * interval
        kept = KeptConnection(port)
        while time.monotonic() < deadline and next(budget) < max_requests:
            if interval:
                pause = next_at - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                next_at += interval
            operation = rng.choices(operations, weights)[0]
            path, body = operation.build(rng, record)
            started = time.perf_counter()
            try:
                status, answer = kept.request(operation.method, path, token, body)
            except (OSError, http.client.HTTPException) as error:
                status, answer = None, repr(error)
            took = (time.perf_counter() - started) * 1000
            if status is None or status >= 400:
                errors[operation.name] += 1
                samples.setdefault(operation.name, f"{status} {str(answer)[:200]}")
            else:
                latencies[operation.name].append(took)
        kept.close()
        with lock:
            for name, values in latencies.items():
                tally.latencies[name].extend(values)
            for name, count in errors.items():
                tally.errors[name] += count
            for name, sample in samples.items():
                tally.error_samples.setdefault(name, sample)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    tally.elapsed = time.perf_counter() - started
    return tally


def read_server_times(log: Path, offset: int, tally: Tally, operations) -> int:
    """Add the app's own per-request times (its JSON request log) since `offset`."""
    by_route = {(op.method, op.template): op.name for op in operations}
    with open(log, "rb") as handle:
        handle.seek(offset)
        data = handle.read()
    for line in data.splitlines():
        if b"Booting worker" in line:
            # A worker recycled after GUNICORN_MAX_REQUESTS (or crashed) was replaced.
            tally.workers_booted += 1
        if not line.startswith(b"{"):
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        name = by_route.get((entry.get("method"), entry.get("path")))
        if name and entry.get("status", 500) < 400:
            tally.server_ms[name].append(float(entry["duration_ms"]))
    return offset + len(data)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(title: str, tally: Tally, operations, found) -> dict[str, float]:
    """Print one phase's table; return requests per second by operation."""
    print(f"\n{title} ({tally.elapsed:.1f} s)")
    print(
        f"  {'endpoint':<19}{'requests':>9}{'errors':>7}{'req/s':>8}"
        f"{'p50 ms':>8}{'p90 ms':>8}{'p99 ms':>8}{'max ms':>8}{'app p50':>9}{'app p99':>9}"
    )
    rates = {}
    total = 0
    for operation in operations:
        name = operation.name
        if not found.get(name, True):
            print(f"  {name:<19}{'not available':>16}")
            continue
        values = tally.latencies.get(name, [])
        errors = tally.errors.get(name, 0)
        total += len(values) + errors
        rate = len(values) / tally.elapsed if tally.elapsed else 0.0
        rates[name] = rate
        if not values:
            print(f"  {name:<19}{0:>9}{errors:>7}")
            continue
        app = tally.server_ms.get(name) or [float("nan")]
        print(
            f"  {name:<19}{len(values):>9}{errors:>7}{rate:>8.1f}"
            f"{statistics.median(values):>8.1f}{percentile(values, 0.90):>8.1f}"
            f"{percentile(values, 0.99):>8.1f}{max(values):>8.1f}"
            f"{statistics.median(app):>9.1f}{percentile(app, 0.99):>9.1f}"
        )
    errors = sum(tally.errors.values())
    overall = total / tally.elapsed if tally.elapsed else 0
    print(f"  {'all':<19}{total:>9}{errors:>7}{overall:>8.1f}")
    if tally.workers_booted:
        print(f"  workers replaced during the phase: {tally.workers_booted}")
    for name, sample in tally.error_samples.items():
        print(f"  first error of {name}: {sample}")
    return rates


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (max 64)")
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each phase (max 60)")
    parser.add_argument("--max-requests", type=int, default=20_000, help="cap per phase")
    parser.add_argument(
        "--rate", type=float, help="req/s of the paced mix (default: half the saturated mix's)"
    )
    parser.add_argument("--workers", type=int, help="WEB_CONCURRENCY (default: the project's)")
    parser.add_argument("--database-url", help="a loopback PostgreSQL to use instead")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    clients = max(1, min(args.clients, 64))
    seconds = max(1.0, min(args.seconds, 60.0))
    max_requests = max(1, min(args.max_requests, 200_000))

    workdir = Path(tempfile.mkdtemp(prefix="rebound-load."))
    log = workdir / "gunicorn.log"
    server = log_handle = None
    own_database = args.database_url is None
    try:
        if own_database:
            database_url = start_postgres(workdir)
        else:
            database_url = args.database_url
            require_loopback(database_url)
        flask(database_url, "db", "upgrade")
        email = f"load-{int(time.time())}@example.test"
        token = flask(database_url, "users", "create", "--email", email).strip().splitlines()[-1]
        port = free_port()
        server, log_handle = start_gunicorn(database_url, port, log, args.workers)
        workers = count_children(server.pid)
        rng = random.Random(args.seed)
        record = seed(lambda *args: request(port, *args), token, rng)
        found = available(port, token, MIX, record, rng)
        mix_ops = [op for op in MIX if found[op.name]]
        print(
            f"Rebound load: gunicorn ({workers} workers, gunicorn.conf.py) on {LOOPBACK}:{port}, "
            f"PostgreSQL; {clients} clients; phases of {seconds:g} s or {max_requests} requests; "
            f"record: {len(record.interviews)} interviews, {len(record.contacts)} contacts; "
            f"{os.cpu_count()} CPUs shared with the clients"
        )
        print("  req/s and p-columns: as the clients saw it; app p50/p99: the app's own time")
        offset = log.stat().st_size

        def phase(title, operations, seed_value, rate=None):
            nonlocal offset
            tally = run_phase(
                port, token, operations, record, clients, seconds, max_requests, seed_value, rate
            )
            time.sleep(0.3)  # let the workers write their last log lines
            offset = read_server_times(log, offset, tally, operations)
            return tally, report(title, tally, operations, found)

        health, health_rates = phase("health alone, saturated (the bare framework)", [HEALTH], 1)
        classify_rates = {}
        if found.get("classify"):
            _, classify_rates = phase("classify alone, saturated", [CLASSIFY], 2)
        saturated, mix_rates = phase("the mix, saturated (throughput)", mix_ops, 3)
        rate = args.rate or max(1.0, round(sum(mix_rates.values()) / 2))
        paced, _ = phase(f"the mix, paced at {rate:g} req/s (latency)", mix_ops, 4, rate)

        print("\nTargets")
        if classify_rates:
            ratio = classify_rates["classify"] / health_rates["health"]
            verdict = "met" if ratio >= TARGET_CLASSIFY_RATIO else "MISSED"
            print(
                f"  classify / health throughput: {ratio:.2f} "
                f"(target >= {TARGET_CLASSIFY_RATIO}: {verdict})"
            )
        else:
            print("  classify / health throughput: classify not available")
        slow = []
        for operation in mix_ops:
            values = paced.latencies.get(operation.name)
            if operation.read and values and percentile(values, 0.99) >= TARGET_P99_MS:
                slow.append(f"{operation.name} {percentile(values, 0.99):.1f} ms")
        print(
            f"  p99 under {TARGET_P99_MS:g} ms for reads and classify (paced mix): "
            + ("met" if not slow else "MISSED: " + ", ".join(slow))
        )
        errors = sum(sum(t.errors.values()) for t in (health, saturated, paced))
        print(f"  errors: {errors}")
        return 0 if errors == 0 else 1
    finally:
        if server is not None:
            stop_process(server)
        if log_handle is not None:
            log_handle.close()
        if own_database:
            stop_postgres(workdir)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
