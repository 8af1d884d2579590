"""Time the plan engine on a realistic record held in memory and print what it planned.

Usage: .venv/bin/python scripts/bench_plan.py [--runs N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.engines.calendar import plan_to_ical
from server.engines.plan import (
    InterviewFacts,
    OpeningFacts,
    PersonFacts,
    PlanRecord,
    PlanSettings,
    RoundFacts,
    TouchFacts,
    build_plan,
    evaluate_opening,
)

NOW = datetime(2026, 3, 16, 9, tzinfo=UTC)
ROUND_KINDS = ("phone_screen", "technical", "onsite", "final", "hiring_manager", "panel")
ENDINGS = ("rejected",) * 6 + ("interviewing", "applied", "withdrawn", "offer", "hired")


def build_record(rng: random.Random, interviews: int = 48, companies: int = 30) -> PlanRecord:
    """Two years of job hunting: interviews, rounds, people met, and the touches that followed."""
    people: list[PersonFacts] = []
    facts: list[InterviewFacts] = []
    rounds: list[RoundFacts] = []
    touches: list[TouchFacts] = []
    openings: list[OpeningFacts] = []

    def add_touch(contact, interview, kind, channel, when, status="sent"):
        touches.append(
            TouchFacts(len(touches) + 1, kind, channel, status, when, contact, interview)
        )

    staff: dict[int, list[int]] = {c: [] for c in range(1, companies + 1)}
    for company_id in staff:
        for _ in range(rng.randint(6, 14)):
            pid = len(people) + 1
            people.append(
                PersonFacts(
                    id=pid,
                    name=f"Person {pid}",
                    company_id=company_id,
                    follow_up_days=rng.choice((None, None, None, 90, 180)),
                    do_not_contact=rng.random() < 0.04,
                    warmth=rng.choice((None, None, 2, 3, 4, 5)),
                    connection_state=rng.choice(("unknown", "unknown", "pending", "connected")),
                    has_email=rng.random() < 0.7,
                )
            )
            staff[company_id].append(pid)

    for iid in range(1, interviews + 1):
        company_id = rng.randint(1, companies)
        applied = NOW - timedelta(days=rng.randint(5, 720))
        status = rng.choice(ENDINGS)
        held = applied
        met_all: list[int] = []
        for _ in range(rng.randint(1, 5)):
            held += timedelta(days=rng.randint(3, 12), hours=rng.randint(0, 8))
            if held > NOW:
                break
            met = rng.sample(staff[company_id], k=min(len(staff[company_id]), rng.randint(1, 3)))
            met_all.extend(met)
            rounds.append(
                RoundFacts(
                    len(rounds) + 1,
                    iid,
                    held,
                    rng.choice((30, 45, 60, 90)),
                    rng.choice(ROUND_KINDS),
                    tuple(met),
                )
            )
            for pid in met:
                if rng.random() < 0.8:
                    add_touch(pid, iid, "thank_you", "email", held + timedelta(hours=20))
        rejected_at = None
        sender = rng.choice(staff[company_id])
        if status == "rejected":
            rejected_at = min(NOW, held + timedelta(days=rng.randint(2, 20)))
            if rng.random() < 0.85:
                reply_at = rejected_at + timedelta(hours=rng.randint(2, 40))
                if reply_at < NOW:
                    add_touch(sender, iid, "rejection_reply", "email", reply_at)
                    for pid in dict.fromkeys(met_all):
                        if rng.random() < 0.5:
                            kind = rng.choice(("connection_note", "connection_request"))
                            add_touch(pid, iid, kind, "linkedin", reply_at + timedelta(days=1))
            else:
                add_touch(sender, iid, "rejection_reply", "email", rejected_at, "drafted")
            # The slow part of a relationship: occasional check-ins afterwards.
            when = rejected_at
            while rng.random() < 0.6:
                when += timedelta(days=rng.randint(90, 200))
                if when >= NOW:
                    break
                add_touch(rng.choice(met_all or [sender]), None, "check_in", "email", when)
        facts.append(
            InterviewFacts(
                iid,
                company_id,
                status,
                f"Company {company_id}",
                f"Role {iid}",
                rejected_at,
                sender if rejected_at else None,
            )
        )

    for oid in range(1, 31):
        seen = NOW - timedelta(days=rng.randint(0, 45), hours=rng.randint(0, 23))
        company_id = rng.randint(1, companies)
        openings.append(
            OpeningFacts(oid, company_id, seen, f"Opening {oid}", f"Company {company_id}")
        )

    return PlanRecord(
        settings=PlanSettings(follow_up_days=105, linkedin_account="free"),
        people=tuple(people),
        interviews=tuple(facts),
        rounds=tuple(rounds),
        touches=tuple(touches),
        openings=tuple(openings),
    )


def timed(fn, runs: int) -> list[float]:
    """Wall-clock milliseconds of each of ``runs`` calls."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> str:
    """Median and 99th percentile, in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.2f} ms, p99 {p99:.2f} ms"


def main() -> None:
    """Build the record, time planning, opening checks and the feed, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    record = build_record(random.Random(args.seed))
    print(
        f"record: {len(record.interviews)} interviews, {len(record.people)} contacts, "
        f"{len(record.rounds)} rounds, {len(record.touches)} touchpoints, "
        f"{len(record.openings)} openings"
    )

    plan = build_plan(record, NOW)
    plan_ms = timed(lambda: build_plan(record, NOW), args.runs)
    opening = record.openings[0]
    opening_ms = timed(lambda: evaluate_opening(opening, record, NOW), args.runs)
    feed_ms = timed(lambda: plan_to_ical(plan.items, NOW, "bench"), max(20, args.runs // 4))

    print(f"build_plan ({args.runs} runs): {summary(plan_ms)}")
    print(f"evaluate_opening ({args.runs} runs): {summary(opening_ms)}")
    print(f"plan_to_ical ({len(feed_ms)} runs): {summary(feed_ms)}")
    kinds = Counter(i.kind for i in plan.items)
    statuses = Counter((i.kind, i.status) for i in plan.items)
    print(f"items: {len(plan.items)}")
    for kind, count in sorted(kinds.items()):
        split = ", ".join(
            f"{status} {statuses[(kind, status)]}"
            for status in ("overdue", "due", "upcoming")
            if statuses[(kind, status)]
        )
        print(f"  {kind:<22} {count:>4}  ({split})")
    meter = plan.linkedin_notes
    print(
        f"linkedin notes: {meter.used_this_month} used this month, "
        f"{meter.notes_left_this_month} left of {meter.notes_per_month}, "
        f"with note {len(meter.with_note)}, plain invitation {len(meter.plain_invite)}"
    )
    suggested = [evaluate_opening(o, record, NOW) for o in record.openings]
    print(
        f"openings: {sum(s.suggested for s in suggested)} of {len(suggested)} get a suggested note"
    )
    outreach = Counter(
        i.contact_id for i in plan.items if i.kind in ("check_in", "opening") and i.contact_id
    )
    print(
        f"most check-ins/opening notes planned for one person: {max(outreach.values(), default=0)}"
    )


if __name__ == "__main__":
    main()
