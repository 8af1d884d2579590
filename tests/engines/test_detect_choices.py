"""The structural "decision for another person" cue, read on tokens."""

from __future__ import annotations

import pytest

from server.engines.detect.choices import OTHER_PERSON, SOMEONE_LIKE, other_person_sentences
from server.engines.detect.tokens import tokenize


def _cues(text: str) -> list[str]:
    tokens = tokenize(text)
    return [" ".join(tokens[hit.start : hit.end]) for hit in other_person_sentences(tokens)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We went for another plumber in the end.", "went for another plumber"),
        ("We've settled on someone local.", "settled on someone"),
        ("Nous avons retenu une autre personne.", "retenu une autre personne"),
        ("Hemos contratado a otra persona.", "contratado a otra persona"),
        ("Wir haben eine andere Bewerberin eingestellt.", "andere bewerberin"),
        ("We hebben iemand gevonden.", "iemand"),
        ("Al final nos quedamos con otro chaval.", "quedamos con otro chaval"),
        ("We hebben de stage aan een andere student gegeven.", "andere student"),
        ("Die Stelle wird mit einem internen Kandidaten besetzt.", "internen kandidaten"),
        ("Ya hemos encontrado a alguien para el turno.", "encontrado a alguien"),
    ],
)
def test_a_decision_for_another_person(text, found):
    # "eine andere ..." may also read as "a ... (verb last)"; overlapping cues count once
    assert found in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "We chose a courier who could start on Monday.",
        "They have taken on a full time warehouse man.",
        "Hemos elegido una candidata que vive cerca.",
    ],
)
def test_a_decision_for_a_person_described(text):
    tokens = tokenize(text)
    assert [hit.cue for hit in other_person_sentences(tokens)] == [SOMEONE_LIKE]


@pytest.mark.parametrize(
    "text",
    [
        # a negation before the verb turns the other person down, not the reader
        "We decided not to move forward with the other candidate.",
        # the reader is the one moved
        "We decided to move you to another manager.",
        # not a person
        "We went with another venue for the party.",
        # the reader was chosen among the others
        "Nous avons choisi votre profil parmi d'autres candidats.",
        # the verb and the other person in different sentences
        "We decided. Another candidate called later.",
        # too far apart to be one decision
        "We chose the blue paint for the hall and the kitchen and then another student came.",
    ],
)
def test_no_decision_for_another_person(text):
    assert _cues(text) == []


def test_the_scan_stays_bounded_on_long_repetitive_text():
    tokens = tokenize("we chose another candidate who " * 5000)
    hits = other_person_sentences(tokens)
    assert hits and all(hit.end - hit.start <= 12 for hit in hits)
    assert {hit.cue for hit in hits} <= {OTHER_PERSON, SOMEONE_LIKE}
