"""Accuracy and speed of the rejection detector on labelled JSONL emails.

Usage: python scripts/bench_detect.py [FILE.jsonl ...]   (default: tests/data/emails/*.jsonl)

Each line: {"subject","from_name","from_email","body" or "body_html","label"} and optionally
"company", "role", "contact_name" (compared when present and not null).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.engines.detect import CATEGORIES, Email, classify  # noqa: E402
from server.engines.detect.extract import company_key  # noqa: E402
from server.engines.detect.tokens import fold  # noqa: E402

DEFAULT_FILES = sorted((ROOT / "tests" / "data" / "emails").glob("*.jsonl"))
TIMING_ROUNDS = 5
# A rejection of ordinary length, with greeting, reasons, kind words and a signature block.
TYPICAL_BODY = (
    "Hi Priya,\n\nThank you for taking the time to interview with us for the Senior Data "
    "Engineer role at Northwind Analytics. We really enjoyed learning about your work on "
    "streaming pipelines and the migration you led last year. The team met yesterday to "
    "discuss all of the candidates, and after a lot of careful thought we have decided to "
    "move forward with another candidate whose experience with our stack is a closer match "
    "for what we need right now. This was a genuinely difficult decision, and it is not a "
    "reflection of your abilities. We would be glad to keep your details on file and reach "
    "out if a suitable opening comes up. If you would like feedback on your interviews, just "
    "reply to this email and I will set up a short call.\n\nThank you again for your "
    "interest in Northwind Analytics, and best of luck with your search.\n\nWarm regards,\n"
    "Jessica Moreno\nSenior Technical Recruiter\nNorthwind Analytics | 200 Harbor Street\n\n"
    "This email and any attachments are confidential and intended solely for the addressee."
)


def load(paths: list[Path]) -> list[dict]:
    """Every labelled email of the given JSONL files."""
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    row = json.loads(line)
                    row.setdefault("id", f"{path.name}:{number}")
                    rows.append(row)
    return rows


def to_email(row: dict) -> Email:
    """The detector's input for one labelled row."""
    return Email(
        subject=row.get("subject") or "",
        from_name=row.get("from_name") or "",
        from_email=row.get("from_email") or "",
        body=row.get("body") or "",
        body_html=row.get("body_html") or "",
    )


def _same(field: str, expected: str, found: str | None) -> bool:
    """Equal after folding; a company without legal suffix; a person by full or given name.

    A mail signed "Nico" from "Nico Brandt <nico@...>" is labelled with the signed name while
    the detector completes it from the display name; both name the same person.
    """
    if field == "company":
        return company_key(expected) == company_key(found)
    want, got = fold(expected).split(), fold(found or "").split()
    if field == "contact_name" and want and got and (len(want) == 1 or len(got) == 1):
        return want[0] == got[0]
    return want == got


def report_quality(rows: list[dict], results: list) -> None:
    """Per-category precision/recall/F1, confusion matrix, extraction accuracy."""
    labels = list(CATEGORIES)
    for row in rows:
        if row["label"] not in labels:
            labels.append(row["label"])
    matrix = {(a, b): 0 for a in labels for b in labels}
    for row, result in zip(rows, results, strict=True):
        matrix[(row["label"], result.category)] += 1
    print(f"emails: {len(rows)}")
    print(f"{'category':<22}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for label in labels:
        tp = matrix[(label, label)]
        predicted = sum(matrix[(other, label)] for other in labels)
        actual = sum(matrix[(label, other)] for other in labels)
        precision = tp / predicted if predicted else 1.0
        recall = tp / actual if actual else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:<22}{precision:>10.3f}{recall:>10.3f}{f1:>10.3f}{actual:>10}")
    short = {label: label[:10] for label in labels}
    print("\nconfusion matrix (rows: label, columns: predicted)")
    print(" " * 22 + "".join(f"{short[b]:>12}" for b in labels))
    for a in labels:
        print(f"{a:<22}" + "".join(f"{matrix[(a, b)]:>12}" for b in labels))
    print("\nextraction accuracy (where the file gives a value)")
    for field in ("company", "role", "contact_name"):
        pairs = [
            (row[field], getattr(result, field))
            for row, result in zip(rows, results, strict=True)
            if row.get(field)
        ]
        if not pairs:
            print(f"  {field:<13} n/a")
            continue
        right = sum(_same(field, expected, found) for expected, found in pairs)
        print(f"  {field:<13} {right}/{len(pairs)} = {right / len(pairs):.3f}")


def report_mistakes(rows: list[dict], results: list, limit: int) -> None:
    """The misclassified emails, rejection errors first."""
    wrong = [
        (row, result)
        for row, result in zip(rows, results, strict=True)
        if row["label"] != result.category
    ]
    wrong.sort(key=lambda pair: "rejection" not in (pair[0]["label"], pair[1].category))
    if wrong:
        print(f"\nmisclassified ({len(wrong)}, showing {min(limit, len(wrong))}):")
    for row, result in wrong[:limit]:
        print(
            f"  {row['id']}: label={row['label']} got={result.category} "
            f"conf={result.confidence} evidence={list(result.evidence)[:3]}"
        )


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report_speed(emails: list[Email]) -> None:
    """Per-email classify time (median, p99) and time per KB for a small and a large email.

    Each email is timed TIMING_ROUNDS times and its median kept, so a busy machine's
    occasional pause does not masquerade as a slow email.
    """
    times = []
    for email in emails:
        rounds = []
        for _ in range(TIMING_ROUNDS):
            start = time.perf_counter()
            classify(email)
            rounds.append(time.perf_counter() - start)
        times.append(statistics.median(rounds))
    sizes = [len(e.body) + len(e.body_html) + len(e.subject) for e in emails]
    print(
        f"\nclassify time per email (median of {TIMING_ROUNDS} runs each) "
        f"(median size {statistics.median(sizes) / 1024:.1f} KB):"
    )
    print(
        f"  median {statistics.median(times) * 1000:.3f} ms   "
        f"p99 {_percentile(times, 0.99) * 1000:.3f} ms   max {max(times) * 1000:.3f} ms"
    )
    typical = Email(
        subject="Your application to Northwind Analytics",
        from_name="Jessica Moreno",
        from_email="jessica.moreno@northwind-analytics.com",
        body=TYPICAL_BODY,
    )
    best = min(_timed(typical) for _ in range(20))
    print(f"  typical {len(TYPICAL_BODY) / 1024:.1f} KB rejection, signed: {best * 1000:.3f} ms")
    print("\nlinearity (time per KB should stay flat as the email grows):")
    paragraph = (
        "Thank you for your interest in the role. We reviewed every application with care "
        "and appreciated the time you took to apply to our team this month.\n\n"
    )
    for label, repeats in (("small", 4), ("medium", 40), ("large", 400), ("huge", 4000)):
        body = paragraph * repeats
        email = Email(subject="Update", from_email="jobs@example.com", body=body)
        best = min(_timed(email) for _ in range(3))
        kb = len(body) / 1024
        print(f"  {label:<7}{kb:>9.1f} KB {best * 1000:>9.3f} ms {best * 1000 / kb:>8.4f} ms/KB")
    html = "<div>" * 5000 + "We regret" + "</div>" * 5000
    junk = "".join(chr(c % 55000 + 32) for c in range(200_000))
    for label, email in (
        ("nested", Email(body_html=html)),
        ("junk", Email(body=junk)),
        ("1MB line", Email(body="a" * 1_000_000)),
    ):
        print(f"  {label:<9} {min(_timed(email) for _ in range(2)) * 1000:>9.3f} ms")


def _timed(email: Email) -> float:
    start = time.perf_counter()
    classify(email)
    return time.perf_counter() - start


def report_extraction_mistakes(rows: list[dict], results: list, limit: int) -> None:
    """The extraction misses: id, field, what the file says and what was found."""
    misses = [
        (row["id"], field, row[field], getattr(result, field))
        for row, result in zip(rows, results, strict=True)
        for field in ("company", "role", "contact_name")
        if row.get(field) and not _same(field, row[field], getattr(result, field))
    ]
    if misses and limit > 0:
        print(f"\nextraction misses ({len(misses)}, showing {min(limit, len(misses))}):")
    for email_id, field, expected, found in misses[:limit]:
        print(f"  {email_id}: {field} expected={expected!r} found={found!r}")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark on the given files or on the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--mistakes", type=int, default=30, help="how many errors to list")
    parser.add_argument(
        "--extraction-mistakes",
        type=int,
        default=0,
        metavar="N",
        help="also list N extraction misses (company, role, contact name)",
    )
    args = parser.parse_args(argv)
    rows = load(args.files or DEFAULT_FILES)
    if not rows:
        print("no emails found")
        return 1
    emails = [to_email(row) for row in rows]
    results = [classify(email) for email in emails]
    report_quality(rows, results)
    report_mistakes(rows, results, args.mistakes)
    report_extraction_mistakes(rows, results, args.extraction_mistakes)
    report_speed(emails)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
