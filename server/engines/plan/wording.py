"""Short, human labels the planner uses in titles and reasons."""

from __future__ import annotations

from datetime import date

from server.engines.plan.facts import InterviewFacts, PersonFacts

_ROUND_LABELS = {
    "phone_screen": "phone screen",
    "recruiter_call": "recruiter call",
    "technical": "technical round",
    "onsite": "onsite",
    "final": "final round",
    "hiring_manager": "hiring-manager conversation",
    "panel": "panel",
    "take_home": "take-home review",
    "other": "interview",
}


def day_text(day: date) -> str:
    """A date as people write it, e.g. '3 Mar 2026'."""
    return f"{day.day} {day:%b %Y}"


def round_label(kind: str) -> str:
    """What a round of this kind is called in a sentence."""
    return _ROUND_LABELS.get(kind, "interview")


def person_name(person: PersonFacts | None) -> str:
    """The person's name, or a neutral stand-in when the item has nobody attached."""
    if person is None or not person.name.strip():
        return "the sender"
    return person.name.strip()


def company_of(interview: InterviewFacts | None) -> str:
    """The company's name as the interview records it."""
    if interview is None or not interview.company_name.strip():
        return "the company"
    return interview.company_name.strip()


def role_phrase(interview: InterviewFacts | None) -> str:
    """' for the <role> role' when the role is known, else nothing."""
    if interview is None or not interview.role.strip():
        return ""
    return f" for the {interview.role.strip()} role"
