"""How a person is addressed: a clean display name and the first name to greet them by."""

from __future__ import annotations

import re

# Courtesy titles that come before a first name and are not part of it.
_HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "herr", "frau"}
)
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _words(text: str) -> list[str]:
    """Words that contain at least one letter (emoji and stray symbols are left out)."""
    return [word for word in text.split() if _HAS_LETTER.search(word)]


def display_name(name: str | None) -> str | None:
    """The name without credentials after a comma, emoji or stray symbols; None when empty."""
    if not name:
        return None
    # "Jane Doe, PhD" and "Jane Doe, CPA, MBA": everything after the first comma is credentials.
    head = name.split(",", 1)[0]
    words = _words(head)
    return " ".join(words) or None


def first_name(name: str | None, preferred_name: str | None = None) -> str | None:
    """The name to greet someone by: their preferred name when known, else the first given name."""
    if preferred_name and preferred_name.strip():
        return preferred_name.strip()
    shown = display_name(name)
    if not shown:
        return None
    words = shown.split()
    titled = False
    while len(words) > 1 and words[0].rstrip(".").casefold() in _HONORIFICS:
        words = words[1:]
        titled = True
    # "Dr. Okafor" names a surname only: greeting "Hi Okafor" would be wrong.
    if titled and len(words) == 1:
        return None
    return words[0]
