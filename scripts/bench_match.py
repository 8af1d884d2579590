"""Time profile matching against one user's contacts at 1k, 10k and 100k on SQLite and PostgreSQL.

Loads contacts through the app's real models and migrations (so the real indexes), then times
the service that answers POST /api/v1/profiles/match (candidate queries + scoring) for three
kinds of look-up: an exact profile-URL hit, a name-plus-company hit with no URL, and a miss.

Usage:
  .venv/bin/python scripts/bench_match.py [--sizes 1000,10000,100000] [--queries 300]
      [--throwaway-pg] [--explain]

PostgreSQL: DATABASE_URL if set (the bench works in its own schema and drops it at the end),
or --throwaway-pg to start one with scripts/pg-throwaway; otherwise PostgreSQL is skipped.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask import g  # noqa: E402
from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from server import create_app  # noqa: E402
from server.auth import issue_token  # noqa: E402
from server.engines.people import name_keys, profile_key  # noqa: E402
from server.extensions import db  # noqa: E402
from server.models import Company, Contact, User  # noqa: E402
from server.services.companies import company_key as stored_company_key  # noqa: E402
from server.services.profiles import (  # noqa: E402
    candidate_contacts,
    candidate_query,
    match_stored_profile,
    profile_facts,
)

FIRST_NAMES = """
Robert William James John Michael David Richard Thomas Charles Daniel Matthew Anthony Mark
Steven Andrew Joshua Kenneth Kevin Brian Timothy Ronald Jason Jeffrey Ryan Jacob Gary Nicholas
Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick
Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
Mira Priya Aarav Ananya Wei Mei Hiroshi Yuki Sofia Mateo Lucia Camila Jonas Lena Lukas Anja
Olumide Chiamaka Kwame Amara Dmitry Ekaterina Aleksandr Natalia Giuseppe Francesca Joao Ines
Zoe Chloé Élodie Renée Søren Åsa Björn Íñigo Nuño Zoë Noémie José Andrés Ramón
"""
SYLLABLES_A = "ka lo mi ne ra si tu vo be da fe gi ho ja ku le mo na pi ro sa te wi ya zo".split()
SYLLABLES_B = "n r s l k t m d ng th sk rt ls nd".split()
# Family names of the misses come from other syllables, so they are nobody stored.
MISS_SYLLABLES = "qua xi qui zhe vru oj uix yph".split()
TITLES = (
    "Engineering Manager",
    "Senior Software Engineer",
    "Technical Recruiter",
    "Head of Data",
    "Product Manager",
    "Staff Engineer",
    "Talent Partner",
    "VP Engineering",
)
LEGAL_FORMS = (" Inc.", " GmbH", " Ltd", " LLC")
SUFFIXES = ("", "", *LEGAL_FORMS, " Labs", " Systems")
# Look-ups run before timing, so the first ones do not pay for cold caches.
WARM_UP = 20
REPEAT = 3
ENDPOINT_REQUESTS = 50
COUNTRY_HOSTS = ("www", "de", "uk", "fr", "br", "in", "m")


def invented_word(rng: random.Random, syllables=SYLLABLES_A, parts=(2, 3)) -> str:
    """A pronounceable made-up word (family or company name)."""
    count = rng.randint(*parts)
    word = "".join(rng.choice(syllables) for _ in range(count)) + rng.choice(SYLLABLES_B)
    return word.capitalize()


class Population:
    """Names and companies drawn with a long tail: a few family names are common, most rare."""

    def __init__(self, rng: random.Random, surnames: int = 12_000) -> None:
        self.rng = rng
        self.firsts = FIRST_NAMES.split()
        self.surnames = list(dict.fromkeys(invented_word(rng) for _ in range(surnames)))
        # Weight 1/(rank+100): the commonest name is about 0.1% of people, like real surnames.
        self.surname_weights = [1 / (rank + 100) for rank in range(len(self.surnames))]

    def surname(self) -> str:
        return self.rng.choices(self.surnames, weights=self.surname_weights)[0]


def _profile_slug(first: str, last: str, number: int) -> str:
    return f"{first}-{last}-{number:x}".lower()


def load_contacts(user_id: int, start: int, stop: int, pop: Population, companies: list) -> None:
    """Add contacts start..stop-1 for the user, keys computed as the contacts service does."""
    rng = pop.rng
    rows = []
    for number in range(start, stop):
        first, last = rng.choice(pop.firsts), pop.surname()
        middle = f" {rng.choice('ABCDEFGHJKLMNPRSTW')}." if rng.random() < 0.15 else ""
        name = f"{first}{middle} {last}"
        url = (
            f"https://www.linkedin.com/in/{_profile_slug(first, last, number)}/"
            if rng.random() < 0.7
            else None
        )
        keys = name_keys(name)
        company_id, _ = rng.choice(companies)
        rows.append(
            {
                "user_id": user_id,
                "company_id": company_id,
                "name": name,
                "title": rng.choice(TITLES),
                "linkedin_url": url,
                "profile_key": profile_key(url),
                "first_name_key": keys.first[:100],
                "last_name_key": keys.last[:100],
                "name_key": keys.full[:200],
                "preferred_name": rng.choice(("Sunny", "Kit", "Dee"))
                if rng.random() < 0.02
                else None,
            }
        )
        if len(rows) == 5000:
            db.session.execute(insert(Contact), rows)
            rows = []
    if rows:
        db.session.execute(insert(Contact), rows)
    db.session.commit()


def add_companies(user_id: int, count: int, pop: Population, companies: list) -> None:
    """Grow the user's companies to `count` (about one per fifty contacts)."""
    rows = []
    # Companies are unique by their comparable key ("Zovon" and "Zovon GmbH" are one).
    keys = {stored_company_key(name) for _, name in companies}
    while len(companies) + len(rows) < count:
        name = invented_word(pop.rng, parts=(2, 2)) + pop.rng.choice(SUFFIXES)
        key = stored_company_key(name)
        if key in keys:
            continue
        keys.add(key)
        rows.append({"user_id": user_id, "name": name, "name_key": key})
    if rows:
        db.session.execute(insert(Company), rows)
        db.session.commit()
    companies[:] = [(c.id, c.name) for c in db.session.query(Company.id, Company.name)]


def url_variant(rng: random.Random, url: str) -> str:
    """The stored URL as the browser might show it on another visit."""
    slug = url.rstrip("/").rsplit("/", 1)[1]
    host = rng.choice(COUNTRY_HOSTS)
    tail = rng.choice(("", "/", "/?locale=de_DE", "/details/experience/", "#about"))
    return f"https://{host}.linkedin.com/in/{slug.upper() if rng.random() < 0.2 else slug}{tail}"


def sample_queries(count: int, pop: Population) -> dict[str, list[dict]]:
    """Request bodies for the three kinds of look-up, drawn from what is stored."""
    rng = pop.rng
    with_url = db.session.execute(
        text("SELECT linkedin_url, name FROM contacts WHERE linkedin_url IS NOT NULL")
    ).all()
    with_company = db.session.execute(
        text(
            "SELECT contacts.name, contacts.title, companies.name FROM contacts "
            "JOIN companies ON companies.id = contacts.company_id"
        )
    ).all()
    companies = [row[2] for row in with_company]
    url_hits = [
        {"profile_url": url_variant(rng, url), "name": name}
        for url, name in rng.sample(with_url, min(count, len(with_url)))
    ]
    name_hits = []
    for name, title, company in rng.sample(with_company, min(count, len(with_company))):
        # The page shows the company in the headline, often without the legal form.
        legal = next((f for f in LEGAL_FORMS if company.endswith(f)), "")
        shown = company.removesuffix(legal) if legal and rng.random() < 0.5 else company
        name_hits.append({"name": f"{name} 🌱", "headline": f"{title} at {shown}"})
    misses = []
    for number in range(count):
        first = rng.choice(pop.firsts)
        last = invented_word(rng, MISS_SYLLABLES)
        misses.append(
            {
                "profile_url": f"https://www.linkedin.com/in/{first}-{last}-{number}".lower(),
                "name": f"{first} {last}",
                "headline": f"Engineer at {rng.choice(companies)}",
            }
        )
    return {"exact URL hit": url_hits, "name + company hit": name_hits, "miss": misses}


def time_queries(user: User, bodies: list[dict], expect_contact: bool) -> dict:
    """Median and p99 of the match service, in milliseconds, and how often it found someone."""
    timings, found, candidates = [], 0, 0
    for body in bodies[:WARM_UP]:
        match_stored_profile(profile_facts(body))
        db.session.rollback()
    for body in bodies:
        profile = profile_facts(body)
        best = float("inf")
        # Best of a few runs: other processes on the machine only ever add time.
        for _ in range(REPEAT):
            started = time.perf_counter()
            match = match_stored_profile(profile)
            best = min(best, (time.perf_counter() - started) * 1000)
            db.session.rollback()
        timings.append(best)
        found += match.contact is not None
        candidates += len(candidate_contacts(profile))
        db.session.rollback()  # no identity-map build-up between requests
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p99": timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        "found": found / len(bodies),
        "rows": candidates / len(bodies),
        "expect": expect_contact,
    }


def time_endpoint(token: str, bodies: dict[str, list[dict]]) -> dict[str, float]:
    """Median of the whole request (parse, match, interviews, plan, drafts, JSON), in ms."""
    from flask import current_app

    client = current_app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    medians = {}
    for kind, requests in bodies.items():
        timings = []
        for body in requests[:ENDPOINT_REQUESTS]:
            started = time.perf_counter()
            response = client.post("/api/v1/profiles/match", json=body, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"match answered {response.status_code}: {response.json}")
        medians[kind] = statistics.median(timings)
    return medians


def explain(dialect: str, bodies: dict[str, list[dict]]) -> None:
    """Print how the database runs the service's own candidate query (indexes, no scan)."""
    prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
    for kind, requests in bodies.items():
        query = candidate_query(profile_facts(requests[0]))
        sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = db.session.execute(text(prefix + sql)).all()
        lines = [str(row[-1]) if dialect == "sqlite" else str(row[0]) for row in plan]
        print(f"    plan of a {kind}:")
        for line in lines:
            print(f"      {line}")


def run_backend(label: str, url: str, sizes: list[int], queries: int, show_plans: bool) -> None:
    """Load, grow and time one database."""
    options: dict = {}
    schema = None
    if url.startswith(("postgres://", "postgresql")):
        schema = f"bench_match_{os.getpid()}"
        options["connect_args"] = {"options": f"-csearch_path={schema}"}
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": url,
            "SQLALCHEMY_ENGINE_OPTIONS": options,
            "REBOUND_LOG_LEVEL": "WARNING",
        }
    )
    with app.app_context():
        if schema:
            db.session.execute(text(f'CREATE SCHEMA "{schema}"'))
            db.session.commit()
        try:
            upgrade()
            _measure(label, sizes, queries, show_plans)
        finally:
            db.session.rollback()
            if schema:
                db.session.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                db.session.commit()
            db.session.remove()
            db.engine.dispose()


def _measure(label: str, sizes: list[int], queries: int, show_plans: bool) -> None:
    rng = random.Random(20261123)
    pop = Population(rng)
    user = User(email="bench@example.test", name="Bench")
    db.session.add(user)
    token = issue_token(user)
    db.session.commit()
    user_id = user.id
    companies: list = []
    loaded = 0
    print(
        f"\n{label}: one user, contacts grown to each size; times in ms"
        f" ({queries} look-ups each, best of {REPEAT} runs per look-up)"
    )
    print(f"  {'contacts':>8}  {'look-up':<20} {'median':>7} {'p99':>7} {'found':>6} {'rows':>6}")
    for size in sizes:
        add_companies(user_id, max(20, size // 50), pop, companies)
        started = time.perf_counter()
        load_contacts(user_id, loaded, size, pop, companies)
        loaded = size
        if db.engine.dialect.name == "postgresql":
            db.session.execute(text("ANALYZE"))
            db.session.commit()
        load_seconds = time.perf_counter() - started
        bodies = sample_queries(queries, pop)
        with app_request(user_id) as current:
            for kind, requests in bodies.items():
                result = time_queries(current, requests, kind != "miss")
                print(
                    f"  {size:>8}  {kind:<20} {result['median']:>7.2f} {result['p99']:>7.2f}"
                    f" {result['found']:>6.0%} {result['rows']:>6.1f}"
                )
        endpoint = time_endpoint(token, bodies)
        print(
            f"  {'':>8}  whole POST /api/v1/profiles/match, median ms: "
            + ", ".join(f"{kind} {ms:.2f}" for kind, ms in endpoint.items())
        )
        print(f"  {'':>8}  (loaded in {load_seconds:.1f} s)")
        if show_plans and size == sizes[-1]:
            with app_request(user_id):
                explain(db.engine.dialect.name, bodies)


class app_request:
    """A request context authenticated as the bench user, as the API would have it."""

    def __init__(self, user_id: int) -> None:
        self.user_id = user_id

    def __enter__(self) -> User:
        from flask import current_app

        self.context = current_app.test_request_context("/api/v1/profiles/match")
        self.context.__enter__()
        g.user = db.session.get(User, self.user_id)
        return g.user

    def __exit__(self, *exc) -> None:
        self.context.__exit__(*exc)


def _throwaway_pg(directory: str) -> str:
    script = ROOT / "scripts" / "pg-throwaway"
    started = subprocess.run([str(script), "start", directory], check=True, capture_output=True)
    return started.stdout.decode().strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--throwaway-pg", action="store_true")
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        "rows = candidate contacts fetched per look-up; found = share answered with a contact"
        " (URL and name hits should be found, misses not)"
    )
    settings = (sizes, args.queries, args.explain)
    with tempfile.TemporaryDirectory(prefix="bench-match-") as tmp:
        sqlite_url = f"sqlite:///{tmp}/bench.sqlite3"
        run_backend("SQLite", sqlite_url, *settings)
        pg_url = os.environ.get("DATABASE_URL")
        pg_dir = None
        try:
            if not pg_url and args.throwaway_pg:
                pg_dir = f"{tmp}/pg"
                pg_url = _throwaway_pg(pg_dir)
            if pg_url:
                run_backend("PostgreSQL", pg_url, *settings)
            else:
                print("\nPostgreSQL skipped: set DATABASE_URL or pass --throwaway-pg.")
        finally:
            if pg_dir:
                subprocess.run(
                    [str(ROOT / "scripts" / "pg-throwaway"), "stop", pg_dir], check=False
                )


if __name__ == "__main__":
    main()
