"""A small linear model over the detector's tokens: a second opinion beside the rules.

The rules are precise but miss unseen wording; the model reads the same folded tokens as word
unigrams, bigrams and trigrams within a clause, and may turn a rule `other` into a
low-confidence rejection when it is very sure and no rule saw an invitation, a receipt, an offer
or a guard. It never overrules a rule verdict otherwise. Weights and the cut come from
`scripts/train_detect.py` (the cut chosen on held-out folds of the corpus); inference is a set
of strings and dict lookups.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .classifier import Verdict
from .tokens import CLAUSE, SENTENCE

WEIGHTS_PATH = Path(__file__).with_name("data") / "learned_weights.json"
# The opening of a mail carries its decision; a cap keeps the cost flat on long threads.
MAX_TOKENS = 400
_PUNCTUATION = frozenset({SENTENCE, CLAUSE})
# Below a firm rule rejection (0.7 and up) and near the floor of a weak one: it is a guess.
PROMOTED_CONFIDENCE = 0.55


@dataclass(frozen=True)
class LearnedModel:
    """Logistic-regression weights and the promotion cut chosen when training."""

    bias: float
    weights: dict[str, float]
    promote_at: float

    def probability(self, tokens: list[str]) -> float:
        """The model's probability that the tokens are a rejection."""
        weights = self.weights
        z = self.bias + sum(filter(None, map(weights.get, features(tokens))))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, tokens: list[str], limit: int = 3) -> list[str]:
        """The present n-grams that pushed hardest towards a rejection."""
        weights = self.weights
        present = [(weights[f], f) for f in features(tokens) if weights.get(f, 0.0) > 0.0]
        present.sort(key=lambda pair: (-pair[0], pair[1]))
        return [name for _weight, name in present[:limit]]


def features(tokens: list[str]) -> set[str]:
    """Word unigrams, bigrams and clause-local trigrams of the first MAX_TOKENS tokens."""
    head = tokens[:MAX_TOKENS]
    found = set(head)
    found.update(map(" ".join, itertools.pairwise(head)))
    # A three-word phrase says what a pair cannot ("with another candidate" against "with
    # another applicant" for a flat); across a clause mark it would be two phrases glued.
    triples = zip(head, head[1:], head[2:], strict=False)
    found.update(map(" ".join, filter(_PUNCTUATION.isdisjoint, triples)))
    found -= _PUNCTUATION
    return found


def model_from_dict(data: dict[str, object]) -> LearnedModel:
    """A model from its JSON form (`bias`, `promote_at`, `weights`)."""
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ValueError("weights must be an object")
    return LearnedModel(
        bias=float(data["bias"]),  # type: ignore[arg-type]
        weights={str(k): float(v) for k, v in weights.items()},
        promote_at=float(data["promote_at"]),  # type: ignore[arg-type]
    )


def load_model(path: Path = WEIGHTS_PATH) -> LearnedModel:
    """Read a weights file written by scripts/train_detect.py."""
    with path.open(encoding="utf-8") as handle:
        return model_from_dict(json.load(handle))


def eligible(category: str, evidence: Iterable[str]) -> bool:
    """Whether the model may speak: the rules said `other` and no guard held the mail back."""
    return category == "other" and not any(item.startswith("guard:") for item in evidence)


def review(verdict: Verdict, tokens: list[str], model: LearnedModel) -> Verdict:
    """The rules' verdict, or a low-confidence rejection where the model is very sure of one."""
    if not eligible(verdict.category, verdict.evidence):
        return verdict
    if not verdict.about_a_job:
        # Ordinary prose (release notes, newsletters) is far from anything the model was
        # trained on, and there its n-grams can add up to nonsense. The cut was chosen
        # without this gate, so the gate only ever withholds a promotion.
        return verdict
    p = model.probability(tokens)
    if p < model.promote_at:
        return verdict
    cue = f"model: {'; '.join(model.strongest(tokens))} (p={p:.3f})"
    return Verdict("rejection", PROMOTED_CONFIDENCE, [cue])


MODEL = load_model()
