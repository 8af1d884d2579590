"""Rejection detector: what kind of hiring email this is, and who and what it is about."""

from __future__ import annotations

from dataclasses import dataclass

from .classifier import decide
from .extract import extract_company, extract_contact, extract_role
from .language import detect_language
from .learned import MODEL, review
from .senders import is_hiring_sender
from .text import MAX_SCAN_CHARS, visible_text
from .tokens import tokenize

CATEGORIES = ("rejection", "interview_invite", "application_received", "offer", "other")
_MAX_SUBJECT = 500
_MAX_HEADER = 320


@dataclass(frozen=True)
class Email:
    """What the extension sends about the message the user has open."""

    subject: str = ""
    from_name: str = ""
    from_email: str = ""
    body: str = ""
    body_html: str = ""


@dataclass(frozen=True)
class Classification:
    """The detector's answer, with the evidence and what it could extract."""

    category: str
    confidence: float
    evidence: tuple[str, ...]
    company: str | None
    role: str | None
    contact_name: str | None
    language: str
    text: str

    @property
    def is_rejection(self) -> bool:
        """True only for the rejection category."""
        return self.category == "rejection"


def _clip(value: object, limit: int) -> str:
    text = value if isinstance(value, str) else ""
    return text[:limit].replace("\x00", " ")


def classify(email: Email, second_opinion: bool = True) -> Classification:
    """Classify one email; anything unreadable or empty is `other` with low confidence.

    `second_opinion=False` gives the rules' verdict alone (what the model is trained beside).
    """
    subject = " ".join(_clip(email.subject, _MAX_SUBJECT).split())
    from_name = " ".join(_clip(email.from_name, _MAX_HEADER).split())
    from_email = _clip(email.from_email, _MAX_HEADER).strip()
    text = visible_text(_clip(email.body, 10**7), _clip(email.body_html, 10**7))
    tokens = tokenize((subject + "\n\n" + text)[: MAX_SCAN_CHARS + _MAX_SUBJECT])
    language = detect_language(tokens)
    if not tokens:
        return Classification("other", 0.3, (), None, None, None, language, text)
    verdict = decide(tokens, hiring_sender=is_hiring_sender(from_email))
    if second_opinion:
        verdict = review(verdict, tokens, MODEL)
    lines = text.split("\n")
    company = extract_company(subject, from_name, from_email, lines)
    role = extract_role(subject, lines, company)
    contact = extract_contact(from_name, from_email, lines)
    return Classification(
        category=verdict.category,
        confidence=verdict.confidence,
        evidence=tuple(verdict.evidence),
        company=company,
        role=role,
        contact_name=contact,
        language=language,
        text=text,
    )
