#!/usr/bin/env python3
"""False alarms on prose that is no hiring mail at all: text this machine already has.

    .venv/bin/python scripts/bench_ood.py [--chunks 3000] [--show 20] [DIR ...]

Reads the plain-text documentation installed on the machine (by default Debian's
/usr/share/doc and the project's .venv site-packages: release notes, READMEs, changelogs),
cuts it into mail-sized pieces of 1,200 characters, classifies each as an email body with
no subject or sender, and prints how many were called each category, with the rejections
listed. None of it is a rejection, so every rejection is a false alarm: the rate an inbox
full of ordinary mail would see. Nothing is copied into the repository; the figures depend
on what the machine has installed, so compare runs on one machine.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server.engines.detect import Email, classify  # noqa: E402

CHUNK = 1200
PER_FILE = 20_000  # characters read from one file, so no single manual dominates
SUFFIXES = (".md", ".rst", ".txt")


def default_dirs() -> list[Path]:
    """Debian's documentation and the project's installed packages."""
    dirs = [Path("/usr/share/doc")]
    dirs += sorted((ROOT / ".venv" / "lib").glob("python*/site-packages"))
    return [d for d in dirs if d.is_dir()]


def pieces(dirs: list[Path], limit: int):
    """(file, text) pieces of the text files under `dirs`, in a stable order."""
    count = 0
    for directory in dirs:
        for path in sorted(directory.rglob("*")):
            if not path.name.endswith(SUFFIXES) or "LICENSE" in path.name.upper():
                continue
            try:
                text = path.read_text(encoding="utf-8", errors="ignore")[:PER_FILE]
            except OSError:
                continue
            for start in range(0, len(text), CHUNK):
                piece = text[start : start + CHUNK]
                if len(piece.split()) < 40:
                    continue
                yield path, piece
                count += 1
                if count >= limit:
                    return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="directories of text files")
    parser.add_argument("--chunks", type=int, default=3000, help="pieces to classify")
    parser.add_argument("--show", type=int, default=20, help="false rejections to list")
    args = parser.parse_args()
    dirs = args.dirs or default_dirs()

    categories: Counter[str] = Counter()
    alarms = []
    total = 0
    for path, piece in pieces(dirs, max(1, args.chunks)):
        result = classify(Email(body=piece))
        categories[result.category] += 1
        total += 1
        if result.is_rejection:
            alarms.append((path, result.evidence, " ".join(piece.split())[:160]))

    print(f"prose that is no hiring mail: {total} pieces of {CHUNK} characters")
    print(f"  from {', '.join(str(d) for d in dirs)}")
    for category, count in categories.most_common():
        print(f"  {category:<22}{count:>6}  {count / total:.2%}" if total else "")
    rate = len(alarms) / total if total else 0.0
    print(f"false rejections: {len(alarms)} ({rate:.2%})")
    for path, evidence, text in alarms[: args.show]:
        print(f"  {path}\n    evidence: {list(evidence)}\n    {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
