"""How a mail signs off: closing phrases in six languages and the lines where a signature sits.

Separate because the signer is found under a closing, the employer in the signature block,
and a closing above a line tells the role finder that the line is a signature, not a job.
"""

from __future__ import annotations

import re

_CLOSINGS = (
    "best",
    "regards",
    "kind regards",
    "warm regards",
    "best regards",
    "warmly",
    "warm wishes",
    "thanks",
    "thank you",
    "many thanks",
    "cheers",
    "sincerely",
    "yours sincerely",
    "yours truly",
    "all the best",
    "best wishes",
    "with best wishes",
    "take care",
    "respectfully",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "herzliche grüße",
    "schöne grüße",
    "grüße",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "sincères salutations",
    "salutations",
    "belle journée",
    "à bientôt",
    "saludos",
    "un saludo",
    "saludos cordiales",
    "atentamente",
    "cordialmente",
    "un abrazo",
    "met vriendelijke groet",
    "vriendelijke groet",
    "vriendelijke groeten",
    "hartelijke groet",
    "groeten",
    "groet",
    "met hartelijke groet",
    "yours",
    "yours faithfully",
    "with thanks",
    "with appreciation",
    "with gratitude",
    "sending good wishes",
    "all best",
    "kind wishes",
    "speak soon",
    "talk soon",
    "groetjes",
    "bises",
    "un abrazo",
    "abrazos",
    "saludos cordiales",
    "un cordial saludo",
    "bien cordialement",
    "good luck",
    "best of luck",
    "bonne chance",
    "bonne continuation",
    "belle continuation",
    "belle suite à vous",
    "mucho ánimo",
    "mucha suerte",
    "te deseo lo mejor",
    "veel succes",
    "viel erfolg",
    "alles gute",
)
_CLOSING_LINE = re.compile(
    r"^(?:with[ \t]+)?(?:"
    + "|".join(re.escape(c) for c in sorted(_CLOSINGS, key=len, reverse=True))
    + r")"
    r"(?:[ \t]+(?:from|de|van|von)[ \t]+[^\n,]{0,40})?[ \t]*[,.!:;-]*[ \t]*(.*)$",
    re.IGNORECASE,
)
_MAX_SIGNATURE_LINES = 25
_CLOSING_WORDS = frozenset(_CLOSINGS)
_MAX_LINE = 200


def _signature_block(lines: list[str]) -> list[str]:
    # The end of a long line, where a one-paragraph note puts its "Best, Nikhil".
    return [line[-_MAX_LINE:] for line in lines[-_MAX_SIGNATURE_LINES:]]
