"""Which stored interview a classified email belongs to: contact address, domain, name, role."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .detect.senders import domain_of, employer_domain
from .detect.tokens import fold

OPEN_STATUSES = frozenset({"applied", "interviewing"})
_LEGAL_WORDS = frozenset(
    {"inc", "incorporated", "llc", "ltd", "limited", "gmbh", "ag", "se", "sa", "sas", "sarl"}
    | {"bv", "nv", "plc", "corp", "corporation", "co", "company", "kg", "ug", "sl", "oy", "ab"}
    | {"aps", "pty", "pte", "llp", "lp", "mbh", "spa", "srl", "the"}
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_SCORE_CONTACT = 100
_SCORE_DOMAIN = 60
_SCORE_NAME = 45
_SCORE_NAME_PARTIAL = 30
_ROLE_BONUS = 10
_OPEN_BONUS = 3


@dataclass(frozen=True)
class StoredInterview:
    """What the matcher needs to know about one of the user's interviews."""

    interview_id: int
    company_name: str
    company_aliases: tuple[str, ...] = ()
    company_domains: tuple[str, ...] = ()
    role: str | None = None
    status: str = "applied"
    contact_emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class InterviewMatch:
    """The interview an email belongs to, and why."""

    interview_id: int
    reason: str


# Every classify compares the mail's company with each stored interview's company: the same
# few names, folded again and again.
@lru_cache(maxsize=4096)
def company_key(name: str | None) -> str:
    """A company name folded, "&" read as "and", legal suffixes and a leading "the" dropped."""
    words = _NON_WORD.sub(" ", fold((name or "").replace("&", " and "))).split()
    while words and words[-1] in _LEGAL_WORDS:
        words.pop()
    while words and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def _role_words(role: str | None) -> set[str]:
    return {word for word in _NON_WORD.sub(" ", fold(role or "")).split() if len(word) > 1}


def _domain_matches(sender_domain: str, company_domain: str) -> bool:
    company_domain = company_domain.strip().lower().lstrip("@").removeprefix("www.")
    if not company_domain:
        return False
    return sender_domain == company_domain or sender_domain.endswith("." + company_domain)


def _names_match(found: str, stored: str) -> tuple[int, str] | None:
    if not found or not stored:
        return None
    if found == stored:
        return _SCORE_NAME, "exact"
    if found.replace(" ", "") == stored.replace(" ", ""):
        return _SCORE_NAME, "exact"
    # "Acme" in a mail may mean the stored "Acme Robotics"; "Acme Foods" is someone else.
    if len(found) >= 3 and stored.startswith(found + " "):
        return _SCORE_NAME_PARTIAL, "partial"
    return None


def _company_evidence(
    interview: StoredInterview, sender: str, sender_domain: str | None, company: str
) -> tuple[int, str] | None:
    contacts = {address.strip().lower() for address in interview.contact_emails if address}
    if sender and sender in contacts:
        return _SCORE_CONTACT, f"sender {sender} is a contact of this interview"
    if sender_domain:
        for domain in interview.company_domains:
            if _domain_matches(sender_domain, domain):
                return _SCORE_DOMAIN, f"sender domain {sender_domain} belongs to the company"
    best = None
    for stored in (interview.company_name, *interview.company_aliases):
        found = _names_match(company, company_key(stored))
        if found and (best is None or found[0] > best[0]):
            best = (found[0], f"company name {stored!r} ({found[1]} match)")
    return best


def match_interview(
    interviews: list[StoredInterview],
    sender_email: str | None,
    company: str | None,
    role: str | None,
) -> InterviewMatch | None:
    """The best interview for an email, or None when nothing ties it to the company."""
    sender = (sender_email or "").strip().lower()
    sender_domain = employer_domain(sender) if domain_of(sender) else None
    found_company = company_key(company)
    found_role = _role_words(role)
    best: tuple[tuple[int, int, int], InterviewMatch] | None = None
    for interview in interviews:
        evidence = _company_evidence(interview, sender, sender_domain, found_company)
        if evidence is None:
            continue
        score, reason = evidence
        stored_role = _role_words(interview.role)
        if found_role and stored_role:
            overlap = len(found_role & stored_role) / len(found_role | stored_role)
            if overlap >= 0.5:
                score += round(_ROLE_BONUS * overlap)
                reason += f"; role {interview.role!r}"
        is_open = interview.status in OPEN_STATUSES
        rank = (score + (_OPEN_BONUS if is_open else 0), int(is_open), interview.interview_id)
        if best is None or rank > best[0]:
            best = (rank, InterviewMatch(interview.interview_id, reason))
    return best[1] if best else None
