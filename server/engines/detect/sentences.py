"""A structural cue: one sentence that says "no" about the reader's application.

Phrase lists miss wordings nobody listed. A sentence that holds a negation, the reader's
application (or the reader), and a word about the hiring decision, and that is neither
conditional nor about replies or feedback, is a medium cue: it needs one more sign of a
rejection elsewhere in the mail to decide anything.
"""

from __future__ import annotations

from .patterns import Cue, Hit
from .phrases import CONDITIONALS, REJECTION
from .tokens import CLAUSE, SENTENCE

STRUCTURAL = Cue(REJECTION, 2, "<negative sentence about your application>", "z")

_NEGATIONS = frozenset(
    {"not", "no", "unable", "never", "nicht", "kein", "keine", "pas", "niet", "geen"}
)
_OBJECTS = frozenset(
    {"application", "applications", "candidacy", "candidature", "profile", "background"}
    | {"cv", "resume", "bewerbung", "kandidatur", "sollicitatie", "candidatura", "perfil"}
)
_DECISIONS = frozenset(
    {"decided", "decision", "move", "moved", "moving", "proceed", "proceeding", "progress"}
    | {"progressing"}
    | {"advance", "advancing", "forward", "further", "next", "stage", "round", "offer"}
    | {"offering", "invite", "inviting", "consider", "considering", "considered", "pursue"}
    | {"pursuing", "continue", "continuing", "selected", "successful", "shortlist", "match"}
    | {"fit", "suitable", "chosen", "hire", "hiring", "role", "position", "entschieden", "suite"}
    | {"retenue", "retenu", "proceso", "verder", "door", "berucksichtigen", "seleccionado"}
)
_EXCLUDED = frozenset(
    {"respond", "reply", "replies", "contact", "notify", "notified", "feedback", "individually"}
    | {"acknowledge", "share", "sharing", "complete", "completed", "incomplete", "yet", "until"}
    | {"receive", "received", "review", "reviewing", "hear", "heard", "forget", "sure", "please"}
    | {"may", "might", "if", "unless", "whether", "should", "when", "once", "guarantee"}
    # "vous pourrez considérer que votre candidature n'a pas été retenue": what to assume
    # when no answer comes, said in a receipt
    | {"assume", "pourrez", "pourriez", "considerer", "podra", "podras", "considerar"}
    | {"davon", "ervan", "beschouwen"}
)
_MIN_TOKENS = 4
_CLAUSE_ENDS = frozenset({SENTENCE, CLAUSE, "but", "however", "although", "though", "aber", "mais"})
_MAX_TOKENS = 45


def negative_sentences(tokens: list[str]) -> list[Hit]:
    """A medium rejection cue for each clause that turns down the reader's application.

    Clauses, not sentences: "I passed your CV on, but she said the team is not hiring"
    joins a friendly act and someone else's news; neither clause alone says no to you.
    """
    hits = []
    start = 0
    for index in range(len(tokens) + 1):
        if index < len(tokens) and tokens[index] not in _CLAUSE_ENDS:
            continue
        clause = tokens[start:index]
        if _MIN_TOKENS <= len(clause) <= _MAX_TOKENS and _turns_down(clause):
            hits.append(Hit(STRUCTURAL, start, index))
        start = index + 1
    return hits


def _turns_down(sentence: list[str]) -> bool:
    words = set(sentence)
    if words.isdisjoint(_NEGATIONS) or words.isdisjoint(_OBJECTS):
        return False
    if words.isdisjoint(_DECISIONS):
        return False
    return words.isdisjoint(_EXCLUDED) and words.isdisjoint(CONDITIONALS)
