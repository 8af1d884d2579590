"""Built-in wordings, one module per kind, each holding VARIANTS by tone."""

from __future__ import annotations

from ..wording import Variant
from . import (
    card,
    check_in,
    connection_note,
    opening,
    referral_ask,
    rejection_reply,
    thank_you,
)

BUILTIN: dict[str, dict[str, tuple[Variant, ...]]] = {
    "rejection_reply": rejection_reply.VARIANTS,
    "thank_you": thank_you.VARIANTS,
    "card": card.VARIANTS,
    "connection_note": connection_note.VARIANTS,
    "check_in": check_in.VARIANTS,
    "opening": opening.VARIANTS,
    "referral_ask": referral_ask.VARIANTS,
}
