"""Drafting: messages built from the interview record, in several variants and tones.

Pure Python: plain dataclasses in (`DraftRequest`, `UserTemplate`), `Draft`s out.
"""

from .draft import compose, gather_facts
from .facts import (
    ACCOUNTS,
    CHANNEL_OF_KIND,
    EXTRAS,
    KINDS,
    KINDS_NEEDING_PERSON,
    TONES,
    ComposeError,
    Draft,
    DraftRequest,
    InterviewFacts,
    Person,
    RoundFacts,
    Sender,
    UserTemplate,
)
from .measure import limit_for, utf16_length
from .templates import VARIABLES, render_template, template_problems, validate_template
from .topic import extract_topic

__all__ = [
    "ACCOUNTS",
    "CHANNEL_OF_KIND",
    "EXTRAS",
    "KINDS",
    "KINDS_NEEDING_PERSON",
    "TONES",
    "VARIABLES",
    "ComposeError",
    "Draft",
    "DraftRequest",
    "InterviewFacts",
    "Person",
    "RoundFacts",
    "Sender",
    "UserTemplate",
    "compose",
    "extract_topic",
    "gather_facts",
    "limit_for",
    "render_template",
    "template_problems",
    "utf16_length",
    "validate_template",
]
