"""Lengths counted the way a browser text field counts them, and each channel's limit."""

from __future__ import annotations

# LinkedIn's invitation note: 200 on a free account, 300 on premium.
CONNECTION_NOTE_LIMITS = {"free": 200, "premium": 300}
# What fits legibly on a folded A6 card in ordinary handwriting.
CARD_LIMIT = 300


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units (an emoji outside the BMP counts as two)."""
    return len(text.encode("utf-16-le")) // 2


def limit_for(channel: str, account: str = "free") -> int | None:
    """The hard length limit of a channel for this account type, or None when there is none."""
    if channel == "linkedin":
        return CONNECTION_NOTE_LIMITS.get(account, CONNECTION_NOTE_LIMITS["free"])
    if channel == "card":
        return CARD_LIMIT
    return None
