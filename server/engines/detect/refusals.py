"""A structural cue: a negated hiring verb whose object is the reader.

Phrase lists name "we are unable to offer you the position" and miss "we're not going to offer
you the apprenticeship" or "won't be bringing you on". This cue reads the shape inside one
sentence: a negation, a few words on a verb that takes someone on, then "you" (English);
"ne ... pas" around a verb of retaining and then "votre candidature" (French); "no ... contar
contigo / con usted" (Spanish). The verb's object must be the reader and, for "offer", the
thing offered must be a post ("offer you a refund" is not one), so a declined order or a
moved shift does not read as a rejection. Each token is looked at a bounded number of times.
"""

from __future__ import annotations

from . import phrases as p
from .patterns import Cue, Hit
from .tokens import SENTENCE

NOT_TAKING_YOU = Cue(p.REJECTION, 3, "<not taking the reader on>", "p")

_NEGATIONS = frozenset({"not", "unable", "no", "never"})
# Verbs whose object "you" is being hired; "take" and "bring" only with "on" ("take you on").
_HIRE_VERBS = frozenset({"hire", "hiring", "employ", "employing", "recruit", "recruiting"})
_ON_VERBS = frozenset({"take", "taking", "bring", "bringing", "keep", "keeping"})
_OFFER_VERBS = frozenset({"offer", "offering"})
_POSTS = (
    frozenset(
        {"position", "role", "job", "place", "spot", "post", "apprenticeship", "internship"}
        | {"traineeship", "placement", "vacancy", "opening", "shift", "shifts", "hours", "work"}
        | {"contract", "opportunity", "seat"}
    )
    | p.JOB_TITLE_WORDS
)
_VERB_REACH = 5  # "not [be able to / going to] offer"
_POST_REACH = 4  # "offer you [a permanent] position"
# fr: "ne retiendrons pas votre candidature", "ne pouvons pas retenir votre profil"
_FR_RETAIN = frozenset(
    {"retiendrons", "retenons", "retenir", "retiendra", "retenu", "retenue", "poursuivre"}
    | {"poursuivrons", "selectionner", "selectionnerons", "garder", "garderons"}
)
_FR_YOURS = frozenset({"votre", "ta", "vos", "tes"})
_FR_FILES = frozenset({"candidature", "profil", "dossier", "candidatures", "offre"})
# es: "no vamos a poder contar contigo", "no contaremos con usted"
_ES_COUNT = frozenset({"contar", "contaremos", "contamos", "podremos"})
_ES_WITH_YOU = frozenset({"contigo", "usted"})


def not_taking_you(tokens: list[str]) -> list[Hit]:
    """A rejection cue for each "we are not taking you on" shape in the tokens."""
    hits: list[Hit] = []
    count = len(tokens)
    for index, token in enumerate(tokens):
        if token in _NEGATIONS:
            end = _english(tokens, index, count)
        elif token == "ne":
            end = _french(tokens, index, count)
        else:
            continue
        if end > 0:
            hits.append(Hit(NOT_TAKING_YOU, index, end))
    return hits


def _english(tokens: list[str], index: int, count: int) -> int:
    """The end of "not ... hire/offer/take you ...", or -1; also "no ... contar contigo"."""
    for position in range(index + 1, min(count - 1, index + 1 + _VERB_REACH)):
        word = tokens[position]
        if word == SENTENCE:
            return -1
        after = tokens[position + 1]
        if word in _ES_COUNT:
            spanish = _spanish_end(tokens, position, count)
            if spanish > 0:
                return spanish
        if after != "you":
            continue
        if word in _HIRE_VERBS:
            return position + 2
        if word in _ON_VERBS and position + 2 < count and tokens[position + 2] == "on":
            return position + 3
        if word in _OFFER_VERBS:
            for reach in range(position + 2, min(count, position + 2 + _POST_REACH)):
                if tokens[reach] == SENTENCE:
                    return -1
                if tokens[reach] in _POSTS:
                    return reach + 1
            return -1
    return -1


def _spanish_end(tokens: list[str], verb: int, count: int) -> int:
    """The end of "contar contigo" / "contar con usted" after the verb, or -1."""
    after = tokens[verb + 1]
    if after in _ES_WITH_YOU:
        return verb + 2
    if after == "con" and verb + 2 < count and tokens[verb + 2] == "usted":
        return verb + 3
    return -1


def _french(tokens: list[str], index: int, count: int) -> int:
    """The end of "ne retiendrons pas votre candidature", or -1."""
    retained = False
    for position in range(index + 1, min(count - 1, index + 1 + _VERB_REACH)):
        word = tokens[position]
        if word == SENTENCE:
            return -1
        retained = retained or word in _FR_RETAIN
        if word == "pas":
            retained = retained or tokens[position + 1] in _FR_RETAIN
            start = position + (2 if tokens[position + 1] in _FR_RETAIN else 1)
            if not retained or start + 1 >= count:
                return -1
            if tokens[start] in _FR_YOURS and tokens[start + 1] in _FR_FILES:
                return start + 2
            return -1
    return -1
