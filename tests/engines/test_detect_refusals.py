"""The structural "we are not taking you on" cue, read on tokens."""

from __future__ import annotations

import pytest

from server.engines.detect.refusals import NOT_TAKING_YOU, not_taking_you
from server.engines.detect.tokens import tokenize


def _cues(text: str) -> list[str]:
    tokens = tokenize(text)
    return [" ".join(tokens[hit.start : hit.end]) for hit in not_taking_you(tokens)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "We're not going to offer you the apprenticeship.",
            "not going to offer you the apprenticeship",
        ),
        ("Sorry, we won't be bringing you on this year.", "not be bringing you on"),
        ("I'm unable to hire you for the season.", "unable to hire you"),
        ("Nous ne retiendrons pas votre candidature.", "ne retiendrons pas votre candidature"),
        ("Nous ne pouvons pas retenir votre profil.", "ne pouvons pas retenir votre profil"),
        ("No vamos a poder contar contigo.", "no vamos a poder contar contigo"),
        ("No podremos contar con usted.", "no podremos contar con usted"),
    ],
)
def test_a_negated_hiring_verb_on_the_reader(text, found):
    assert _cues(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # what is offered is not a post
        "We can't offer you a refund on the deposit.",
        # "take you" without "on" is not hiring
        "We can't take you to the airport on Friday.",
        # the reader is not the object
        "We will not hire anyone before March.",
        # the negation and the verb in different sentences
        "Not yet. Offer you the job? We will see on Monday.",
        # French negation without a verb of retaining
        "Nous ne pouvons pas ouvrir votre dossier sans mot de passe.",
        # Spanish "contar" without the reader
        "No vamos a contar con el local este verano.",
    ],
)
def test_no_negated_hiring_verb_on_the_reader(text):
    assert _cues(text) == []


def test_the_scan_stays_bounded_on_long_repetitive_text():
    tokens = tokenize("we will not hire you " * 5000)
    hits = not_taking_you(tokens)
    assert hits and all(hit.end - hit.start <= 8 for hit in hits)
    assert {hit.cue for hit in hits} == {NOT_TAKING_YOU}
