"""Would a learned second opinion have helped on the blind rounds, had it existed back then?

For each blind round R (five to eight) this checks out the detector as it was just before the
round's first rule change (a throwaway `git worktree` under /tmp), runs that old detector in a
subprocess of its own (PYTHONPATH set to the worktree) on round R's batches and on the training
files of that commit, and prints rejection precision, recall and F1 for

  (a) the old rules alone, and
  (b) the old rules plus the learned model trained only on the files that existed at that
      commit, its threshold chosen by cross-validation on those files (never on round R).

Round R's mails are its batch files as they are now plus the mails later moved from them to
`open/` (ids `bR-...`), labels as they are now.

    .venv/bin/python scripts/eval_detect_rounds.py [--rounds 5 6 7 8] [--jobs 2] [--changes]

Rounds two to four are computed too, as the evidence of the rolling check (c): each round is
judged by the policy that did best on the rounds before it. Line (s) is the shipped policy
(scripts/train_detect.py's FALSE_RATE); `--rounds 9 --validation 2 3 4 5 6 7 8` is the fresh
check on round nine, whose mails the shipped weights never saw.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.train_detect import (  # noqa: E402
    FALSE_RATE,
    Example,
    choose_l2,
    choose_threshold,
    examples_from_rows,
    fit,
)
from server.engines.detect.learned import eligible, model_from_dict  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "emails"
PYTHON = ROOT / ".venv" / "bin" / "python"
CACHE = Path("/tmp/rebound_eval_rounds")


@dataclass(frozen=True)
class Round:
    """A blind round: the globs of its batch files and the id prefix of its mails."""

    number: int
    globs: tuple[str, ...]
    id_prefix: str


ROUNDS = {
    2: Round(2, ("blind2_[0-9][0-9]_*.jsonl",), "b2-"),
    3: Round(3, ("blind3_[0-9][0-9]_*.jsonl",), "b3-"),
    4: Round(4, ("blind4_[0-9][0-9]_*.jsonl",), "b4-"),
    5: Round(5, ("blind5_[0-9][0-9]_*.jsonl",), "b5-"),
    6: Round(6, ("blind_r6_*.jsonl",), "b6-"),
    7: Round(7, ("blind_r7_*.jsonl",), "b7-"),
    8: Round(8, ("blind_r8_*.jsonl",), "b8-"),
    9: Round(9, ("blind_r9_*.jsonl",), "b9-"),
}
LATER_GLOBS = ("blind_r9_*", "blind_r1[0-9]_*")
LATER_PREFIXES = ("b9-",)

# Runs inside the worktree's interpreter: only the old detector is importable there.
DUMPER = r"""
import json, sys
import server.engines.detect as detect
from server.engines.detect import Email, classify
from server.engines.detect.text import MAX_SCAN_CHARS
from server.engines.detect.tokens import tokenize
assert detect.__file__.startswith(sys.argv[1]), detect.__file__
for spec in json.load(sys.stdin):
    path, prefixes = spec["path"], spec["prefixes"]
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            mail = json.loads(line)
            key = mail.get("id") or (path.rsplit("/", 1)[-1] + ":" + str(number))
            if prefixes and not key.startswith(tuple(prefixes)):
                continue
            email = Email(
                subject=mail.get("subject") or "", from_name=mail.get("from_name") or "",
                from_email=mail.get("from_email") or "", body=mail.get("body") or "",
                body_html=mail.get("body_html") or "",
            )
            verdict = classify(email)
            subject = " ".join(email.subject[:500].split())
            tokens = tokenize((subject + "\n\n" + verdict.text)[: MAX_SCAN_CHARS + 500])
            print(json.dumps({
                "key": key, "file": path.rsplit("/", 1)[-1], "label": mail["label"],
                "rule_category": verdict.category, "rule_evidence": list(verdict.evidence),
                "rule_confidence": verdict.confidence,
                "tokens": tokens,
            }))
"""


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def _matches(name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(name, glob) for glob in globs)


def commit_before(spec: Round) -> str:
    """The parent of the first commit that added any of the round's batch files."""
    paths = [f"tests/data/emails/{glob}" for glob in spec.globs]
    first = _git("log", "--reverse", "--format=%H", "--", *paths).split("\n")[0]
    return _git("rev-parse", f"{first}^")


def _later(spec: Round) -> tuple[tuple[str, ...], tuple[str, ...]]:
    globs = [*LATER_GLOBS]
    prefixes = [*LATER_PREFIXES]
    for other in ROUNDS.values():
        if other.number >= spec.number:
            globs += other.globs
            prefixes.append(other.id_prefix)
    return tuple(globs), tuple(prefixes)


def dump(spec: Round) -> tuple[str, list[dict], list[dict]]:
    """The old detector's verdicts and tokens: (commit, training rows, round rows)."""
    commit = commit_before(spec)
    cached = CACHE / f"round{spec.number}_{commit[:10]}_v2.json"
    if cached.exists():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return commit, data["train"], data["test"]
    tree = Path(f"/tmp/rebound_wt_round{spec.number}")
    if tree.exists():
        _git("worktree", "remove", "--force", str(tree))
    _git("worktree", "add", "--detach", str(tree), commit)
    try:
        later_globs, later_prefixes = _later(spec)
        old_corpus = tree / "tests" / "data" / "emails"
        train_specs = []
        for path in sorted(old_corpus.glob("*.jsonl")) + sorted(old_corpus.glob("open/*.jsonl")):
            if not _matches(path.name, later_globs):
                train_specs.append({"path": str(path), "prefixes": []})
        test_specs = [
            {"path": str(path), "prefixes": []}
            for path in sorted(CORPUS.glob("*.jsonl"))
            if _matches(path.name, spec.globs)
        ]
        test_specs += [
            {"path": str(path), "prefixes": [spec.id_prefix]}
            for path in sorted((CORPUS / "open").glob("*.jsonl"))
        ]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        rows = {}
        for name, specs in (("train", train_specs), ("test", test_specs)):
            result = subprocess.run(
                [str(PYTHON), "-c", DUMPER, str(tree)],
                input=json.dumps(specs),
                capture_output=True,
                text=True,
                cwd=tree,
                env=env,
                check=True,
            )
            rows[name] = [json.loads(line) for line in result.stdout.splitlines()]
        # mails of round R or later that reached the old tree's open/ files stay out of training
        rows["train"] = [
            row for row in rows["train"] if not str(row["key"]).startswith(later_prefixes)
        ]
    finally:
        _git("worktree", "remove", "--force", str(tree))
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(rows), encoding="utf-8")
    return commit, rows["train"], rows["test"]


RATES = (0.001, 0.003, 0.01)  # held-out false-promotion budgets, as a share of negatives
PRIMARY_RATE = 0.001  # the budget fixed before any round was scored
VETO_LOSS = 0.005  # a veto (reported, not shipped) may cost this share of held-out rule rejections
FIRM = 0.7


@dataclass
class Tally:
    """Rejection counts for one round and one policy."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    n: int = 0

    def add(self, truth: bool, said: bool) -> None:
        """Count one mail."""
        self.n += 1
        self.tp += truth and said
        self.fn += truth and not said
        self.fp += said and not truth

    def __iadd__(self, other: Tally) -> Tally:
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.n += other.n
        return self

    @property
    def precision(self) -> float:
        """Rejection precision (0 when nothing was called a rejection)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def f1(self) -> float:
        """Rejection F1."""
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        p = self.precision
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """P, R, F1 with the counts behind them."""
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return (
            f"P {self.precision:.3f}  R {r:.3f}  F1 {self.f1:.3f}  "
            f"(TP {self.tp:4d} FN {self.fn:3d} FP {self.fp:3d} of {self.n})"
        )


@dataclass(frozen=True)
class Policy:
    """How the model's probability joins the rules: a promotion budget and maybe a veto.

    `veto` is "" (none), "all" (any rule rejection) or "weak" (only a rule rejection below
    FIRM confidence, i.e. one no strong cue carried).
    """

    rate: float
    veto: str

    def name(self) -> str:
        """A short label for the printout."""
        return f"false-rate {self.rate}" + (f" + veto {self.veto}" if self.veto else "")


PRIMARY = Policy(PRIMARY_RATE, veto="")
SHIPPED = Policy(FALSE_RATE, veto="")  # what scripts/train_detect.py writes
POLICIES = tuple(Policy(rate, veto) for veto in ("", "all", "weak") for rate in RATES)


def choose_veto(examples: Sequence[Example], held_out: Sequence[float], loss: float) -> float:
    """The cut below which a rule rejection is vetoed, costing `loss` of held-out ones."""
    kept = sorted(
        p
        for ex, p in zip(examples, held_out, strict=True)
        if ex.rejection and ex.rule_category == "rejection"
    )
    if not kept:
        return 0.0
    return round(max(0.0, kept[int(loss * len(kept))] - 1e-4), 4)


def evaluate(number: int) -> dict:
    """One round: the old rules' verdicts, the model's probabilities and its cuts."""
    spec = ROUNDS[number]
    commit, train_rows, test_rows = dump(spec)
    examples = examples_from_rows(train_rows)
    l2, held_out = choose_l2(examples)
    model = model_from_dict(fit(examples, PRIMARY_RATE, (l2, held_out)))
    veto_at = choose_veto(examples, held_out, VETO_LOSS)
    cuts = {rate: choose_threshold(examples, held_out, rate) for rate in RATES}
    mails = []
    for row in test_rows:
        p = model.probability(row["tokens"])
        mails.append(
            {
                "key": row["key"],
                "truth": row["label"] == "rejection",
                "said": row["rule_category"] == "rejection",
                "firm": row["rule_confidence"] >= FIRM,
                "may": eligible(row["rule_category"], row["rule_evidence"]),
                "p": p,
                "top": model.strongest(row["tokens"]),
            }
        )
    return {
        "number": number,
        "commit": commit,
        "train": len(examples),
        "files": len({row["file"] for row in train_rows}),
        "weights": len(model.weights),
        "l2": l2,
        "cuts": cuts,
        "veto_at": veto_at,
        "mails": mails,
    }


def decide(mail: dict, result: dict, policy: Policy | None) -> bool:
    """Whether the combination calls this mail a rejection (`None`: the rules alone)."""
    if policy is None:
        return mail["said"]
    if mail["said"]:
        vetoable = policy.veto == "all" or (policy.veto == "weak" and not mail["firm"])
        return not (vetoable and mail["p"] < result["veto_at"])
    return mail["may"] and mail["p"] >= result["cuts"][policy.rate]


def tally(results: list[dict], policy: Policy | None) -> Tally:
    """Counts over several rounds for one policy."""
    total = Tally()
    for result in results:
        for mail in result["mails"]:
            total.add(mail["truth"], decide(mail, result, policy))
    return total


def rolling_choice(earlier: list[dict]) -> Policy:
    """The policy with the best F1 on earlier rounds among those as precise as the rules."""
    rules = tally(earlier, None)
    allowed = [p for p in POLICIES if tally(earlier, p).precision >= rules.precision]
    if not allowed:
        return PRIMARY
    return max(allowed, key=lambda p: (tally(earlier, p).f1, -POLICIES.index(p)))


def _print_round(result: dict, rows: list[tuple[str, Policy | None]], changes: bool) -> None:
    cuts = ", ".join(f"{rate}: {cut:.4f}" for rate, cut in result["cuts"].items())
    print(
        f"round {result['number']}: rules at {result['commit'][:7]}, model trained on "
        f"{result['train']} mails in {result['files']} files ({result['weights']} weights, "
        f"L2 {result['l2']})"
    )
    print(f"  cuts by false-rate {{{cuts}}}, veto below {result['veto_at']:.4f}")
    for label, policy in rows:
        print(f"  {label:36s} {tally([result], policy).line()}")
    named = {policy for _label, policy in rows}
    for policy in POLICIES:
        if policy not in named:
            print(f"      {policy.name():32s} {tally([result], policy).line()}")
    if not changes:
        return
    for mail in result["mails"]:
        for label, policy in rows[1:]:
            said = decide(mail, result, policy)
            if said != mail["said"]:
                mark = "right" if said == mail["truth"] else "WRONG"
                top = ", ".join(mail["top"])
                print(f"    {label[:3]} {mark} {mail['key']} p={mail['p']:.4f} [{top}]")


def main(argv: list[str] | None = None) -> int:
    """Evaluate the chosen rounds and print the per-round and pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, nargs="+", default=[5, 6, 7, 8])
    parser.add_argument("--validation", type=int, nargs="*", default=[2, 3, 4])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--changes", action="store_true", help="list every mail the model flipped")
    args = parser.parse_args(argv)
    numbers = sorted(set(args.rounds) | set(args.validation))
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        results = {r["number"]: r for r in pool.map(evaluate, numbers)}
    for number in sorted(set(args.validation) - set(args.rounds)):
        print("(earlier round, only the rolling check's evidence)")
        _print_round(results[number], [("(a) rules alone", None)], changes=False)
    pooled: dict[str, tuple[str, Tally]] = {}
    for number in sorted(args.rounds):
        result = results[number]
        earlier = [r for n, r in sorted(results.items()) if n < number]
        chosen = rolling_choice(earlier) if earlier else PRIMARY
        rows: list[tuple[str, Policy | None]] = [
            ("(a) rules alone", None),
            (f"(b) {PRIMARY.name()}, fixed first", PRIMARY),
            (f"(s) {SHIPPED.name()}, shipped", SHIPPED),
            (f"(c) rolling: {chosen.name()}", chosen),
        ]
        _print_round(result, rows, args.changes)
        for label, policy in rows:
            key = label[:3]
            pooled.setdefault(key, (label.split(",")[0].split(":")[0], Tally()))
            pooled[key][1].__iadd__(tally([result], policy))
    print(f"pooled rounds {', '.join(str(n) for n in sorted(args.rounds))}")
    for name, counts in pooled.values():
        print(f"  {name:36s} {counts.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
