#!/usr/bin/env python
"""Drafting benchmark: builds a realistic in-memory record and drafts every kind for it.

Prints: the share of LinkedIn notes within the limit (free and premium), the share of drafts
that name the person and a specific detail, distinct variants per kind, and drafting time.
Run: .venv/bin/python scripts/bench_compose.py [--interviews 40] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.engines.compose import (
    KINDS,
    TONES,
    DraftRequest,
    InterviewFacts,
    Person,
    RoundFacts,
    Sender,
    UserTemplate,
    compose,
)
from server.models import ROUND_KINDS

FIRST_NAMES = [
    "Ana",
    "Bo",
    "Chidinma",
    "Dmitri",
    "Élodie",
    "Fatima",
    "Guðrún",
    "Hiroshi",
    "Ines",
    "Jürgen",
    "Kwame",
    "Lakshmi",
    "Maximiliane-Charlotte",
    "Nguyễn",
    "Oluwaseun",
    "Pádraig",
    "Qiu",
    "Rosalind",
    "Siobhán",
    "Tomasz",
    "Ugne",
    "Valentina",
    "Wojciech",
    "Xiomara",
    "Yusuf",
    "Zoë",
    "李",
    "Алексей",
    "Παναγιώτης",
    "محمد",
]
LAST_NAMES = [
    "Okafor",
    "Lindqvist",
    "Fernández-Castellanos de la Peña",
    "Wiśniewski",
    "Ó Súilleabháin",
    "Nakamura-Fitzgerald",
    "Smith",
    "Van der Merwe",
    "Abernathy-Montgomery-Wolcott",
    "Kim",
    "Adébáyọ̀",
    "Петров",
    "王",
    "Østergaard",
    "Ng",
    "Hohenzollern-Sigmaringen",
    "Diaz",
]
PREFERRED = [None] * 6 + ["Max", "Sio", "Jo 🌻", "Ade", "Alex", "Val", "Kiki ✨"]
HONORIFICS = [""] * 9 + ["Dr. "]
CREDENTIALS = [""] * 8 + [", PhD", ", MBA"]
COMPANIES = [
    "Acme",
    "HP",
    "Northwind Analytics",
    "Harbourline Freight",
    "Ærøskøbing Havnevæsen",
    "Internationale Gesellschaft für Nachhaltige Logistik und Lieferketten GmbH",
    "🚀 Rocket Labs",
    "Zylo",
    "Bright & Early Childcare Cooperative of Greater Manchester",
    "株式会社サンプル",
    "Quanta Health",
    "Fjord Payments",
    "Lumen & Loom",
]
ROLES = [
    "SRE",
    "Backend Engineer",
    "Senior Data Engineer",
    "Product Designer",
    "Principal Distributed Systems Reliability Engineer (Payments Infrastructure)",
    "Engineering Manager, Platform",
    "QA",
    "Développeuse Full-Stack",
    "Staff Engineer 🛠️",
]
SUBJECTS = [
    "their migration from a monolith to event-driven services",
    "the on-call rotation and how incidents are reviewed",
    "how the team measures checkout latency",
    "the new warehouse robotics pilot in Rotterdam",
    "accessibility audits for the mobile app",
    "pricing experiments for the enterprise tier",
    "the data contract between analytics and product",
    "mentoring junior engineers through code review",
    "the 🚀 launch checklist for the spring release",
    "scaling Postgres read replicas across three regions while keeping costs down",
    "the move from Jenkins to GitHub Actions",
    "why they rewrote the billing reconciliation jobs in Rust",
]
NOTE_SHAPES = [
    "We talked about {s}.",
    "Very friendly. She explained {s}, and asked about my last project.",
    "- {s}\n- salary band\n- next steps in two weeks",
    "He walked me through {s}; lots of follow-up questions.",
    "Discussed {s} at length, which was the best part of the day.",
    "Great chat!",
    "",
    "Recruiter, very kind",
    "Asked me about {s}.",
    "Spent most of the time on {s}. Also covered the team's hiring plans for next year, the "
    "reorganisation, and the budget for conferences.",
]
EXTRAS_POOL = [
    {},
    {"link": "https://example.org/notes/observability-budgets", "link_title": "a short essay"},
    {"news": "the opening of the Lisbon office"},
    {"progress": "I finished a course on distributed systems"},
    {"news": "the Series B", "progress": "I shipped an open-source CLI for feature flags"},
]


def _name(rng: random.Random) -> tuple[str, str | None]:
    """A display name as people type them, and sometimes a preferred name."""
    full = (
        rng.choice(HONORIFICS)
        + rng.choice(FIRST_NAMES)
        + " "
        + rng.choice(LAST_NAMES)
        + rng.choice(CREDENTIALS)
    )
    return full, rng.choice(PREFERRED)


def _notes(rng: random.Random) -> str:
    return rng.choice(NOTE_SHAPES).format(s=rng.choice(SUBJECTS))


def build_record(rng: random.Random, interviews: int, people_per_interview: int):
    """Interviews with rounds, and the people met in them (plain engine inputs)."""
    record = []
    start = datetime(2026, 1, 5, 14, 0)
    for _ in range(interviews):
        rounds = tuple(
            RoundFacts(
                rng.choice(ROUND_KINDS), start + timedelta(days=rng.randint(0, 300)), _notes(rng)
            )
            for _ in range(rng.randint(1, 4))
        )
        interview = InterviewFacts(
            company=rng.choice(COMPANIES),
            role=rng.choice(ROLES),
            notes=_notes(rng),
            rounds=rounds,
            rejection_subject=rng.choice([None, "Your application", "Update on the role"]),
        )
        people = []
        for _ in range(rng.randint(people_per_interview // 2, people_per_interview * 3 // 2)):
            name, preferred = _name(rng)
            people.append(Person(name, preferred, notes=_notes(rng)))
        record.append((interview, people))
    return record


USER_TEMPLATES = [
    UserTemplate(
        1,
        "thank_you",
        "Hi {first_name},\n\nThank you for the {round}. I keep "
        "thinking about {topic}.\n\n{signature}",
        subject="Thank you, {first_name}",
    ),
    UserTemplate(
        2,
        "connection_note",
        "Hi {first_name}, thanks for your time at {company}. I'd like to stay in touch.",
    ),
]


def run(interviews: int, people: int, seed: int) -> None:
    """Draft every kind and tone for everyone in a generated record; print the figures."""
    rng = random.Random(seed)
    record = build_record(rng, interviews, people)
    contacts = sum(len(p) for _, p in record)
    senders = {
        "free": Sender("Bartholomew Featherstonehaugh-Worthington", "Bart\nbart@example.net"),
        "premium": Sender("Ren Aoki", "Ren Aoki", "premium"),
    }
    timings: list[float] = []
    # CPU time of this thread: unlike wall time, it does not count waits for a busy machine.
    cpu_timings: list[float] = []
    timings_by_kind: dict[str, list[float]] = defaultdict(list)
    notes_total = defaultdict(int)
    notes_within = defaultdict(int)
    note_requests = defaultdict(int)
    note_requests_served = defaultdict(int)
    drafts_total = 0
    named_specific = 0
    named_any_detail = 0
    with_topic = 0
    # Drafts whose record holds a topic: the share that names the person and uses it.
    topic_known = 0
    topic_known_used = 0
    variants = defaultdict(list)

    for interview, persons in record:
        for index, person in enumerate(persons):
            for account, sender in senders.items():
                for kind in KINDS:
                    for tone in TONES:
                        extras = dict(rng.choice(EXTRAS_POOL))
                        if kind == "opening":
                            extras.update(
                                opening_title="Platform Engineer",
                                opening_url="https://jobs.example/7",
                            )
                        request = DraftRequest(
                            kind,
                            tone,
                            person,
                            interview,
                            user=sender,
                            extras=extras,
                            rotation=index,
                        )
                        began, began_cpu = time.perf_counter(), time.thread_time()
                        drafts = compose(request, USER_TEMPLATES)
                        elapsed = time.perf_counter() - began
                        cpu_timings.append(time.thread_time() - began_cpu)
                        timings.append(elapsed)
                        timings_by_kind[kind].append(elapsed)
                        variants[kind].append(len({d.text for d in drafts}))
                        if kind == "connection_note":
                            note_requests[account] += 1
                            note_requests_served[account] += bool(drafts)
                        for draft in drafts:
                            drafts_total += 1
                            used = set(draft.personalised_with)
                            named = bool(used & {"first_name", "name"})
                            specific = bool(used & {"topic", "round", "news", "opening_title"})
                            detail = specific or bool(used & {"company", "role", "looking_for"})
                            named_specific += named and specific
                            named_any_detail += named and detail
                            with_topic += "topic" in used
                            if "topic" not in draft.missing:
                                topic_known += 1
                                topic_known_used += named and "topic" in used
                            if draft.channel == "linkedin":
                                notes_total[account] += 1
                                notes_within[account] += draft.length <= draft.limit

    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "n/a"

    print(f"record: {interviews} interviews, {contacts} contacts, seed {seed}")
    print(f"compose calls: {len(timings)}, drafts offered: {drafts_total}")
    for account in senders:
        print(
            f"connection notes within the {account} limit: "
            f"{pct(notes_within[account], notes_total[account])} "
            f"({notes_within[account]}/{notes_total[account]}); requests with at least one "
            f"note: {pct(note_requests_served[account], note_requests[account])}"
        )
    print(
        f"drafts naming the person and a specific detail (topic/round/news/opening): "
        f"{pct(named_specific, drafts_total)}"
    )
    print(
        f"drafts naming the person and any detail (also company/role): "
        f"{pct(named_any_detail, drafts_total)}"
    )
    print(f"drafts using what was discussed (topic): {pct(with_topic, drafts_total)}")
    print(
        f"drafts naming the person and the topic, when the notes hold one: "
        f"{pct(topic_known_used, topic_known)} ({topic_known} drafts)"
    )
    print("distinct variants per request (min / median / max), templates included:")
    for kind in KINDS:
        counts = variants[kind]
        print(f"  {kind:16} {min(counts)} / {statistics.median(counts):g} / {max(counts)}")
    print(f"drafting time per request, wall clock (all kinds): {_median_p99(timings)}")
    print(f"drafting time per request, CPU time (all kinds): {_median_p99(cpu_timings)}")
    print("wall clock by kind:")
    for kind in KINDS:
        print(f"  {kind:16} {_median_p99(timings_by_kind[kind])}")


def _median_p99(samples: list[float]) -> str:
    """Median and 99th percentile of timings in seconds, shown in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=40)
    parser.add_argument("--people", type=int, default=7, help="people met per interview (mean)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    run(args.interviews, args.people, args.seed)


if __name__ == "__main__":
    main()
