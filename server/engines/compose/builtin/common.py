"""Greetings and sign-offs shared by the built-in wordings."""

from __future__ import annotations

from ..wording import Slot, say

HI = say("Hi {first_name},", "Hi {name},", "Hi there,")
HELLO = say("Hello {first_name},", "Hello {name},", "Hello,")
DEAR = say("Dear {name},", "Dear {first_name},", "Hello,")
# A rejection may come from a shared inbox: the team is the next best addressee.
DEAR_TEAM = say("Dear {name},", "Dear {first_name},", "Dear {company} team,", "Hello,")


def sign(closing: str) -> Slot:
    """An email sign-off: the closing word, then the user's signature when there is one."""
    return say(f"{closing},\n{{signature}}", f"{closing},")


def card_sign(closing: str, who: str = "my_first_name") -> Slot:
    """A card's sign-off: the closing word and the user's name, as written by hand."""
    return say(f"{closing},\n{{{who}}}", f"{closing},")


def note_sign(prefix: str = "– ", who: str = "my_first_name") -> Slot:
    """A LinkedIn note's sign-off; the first thing to go when the note must be shorter."""
    return say(f"{prefix}{{{who}}}", drop=2)
