"""Employers named in a job board's or an agency's relay ("Designer at Meadowlark", "Acme has
decided") and in a board's job lines ("Data Analyst — Cobble Insights").

Separate because here the employer is not the sender, which the other sources assume.
"""

from __future__ import annotations

import re

from .company_names import (
    _MAX_SPELLING_SCAN,
    _NAME,
    _acceptable_company,
    _continued,
    clean_company,
)
from .job_titles import _MAX_ROLE_LINE, _ROLE_LINE_SEPARATOR, _has_role_noun
from .names import _names_business, looks_like_person

_NAME_JOINERS = frozenset(
    {"&", "and", "of", "for", "de", "du", "des", "der", "van", "von", "la", "y", "e"}
)
_RELAYED = re.compile(
    r"(?:\bat|\bfrom|\bbei|\bchez|\bbij|\bsent[ \t]+to|\bviewed[ \t]+by)[ \t]+(" + _NAME + r")|"
    r"(" + _NAME + r")[ \t]+(?:has|have|hat|sent|will not|won't|decided|viewed|reviewed|"
    r"are still|said|came back|told me|felt|liked|want to|would rather|"
    r"would like|asked|heeft|a[ \t]+(?:consulté|vu|examiné|décidé)|"
    r"ha[ \t]+(?:revisado|visto|consultado|decidido|actualizado)|a[ \t]+mis[ \t]+à[ \t]+jour|"
    r"n['’]a[ \t]+pas|no[ \t]+ha)(?!\w)"
)


def _relayed_companies(text: str) -> list[str]:
    """Employers named in a job board's relay ("Designer at Meadowlark", "Acme has decided")."""
    found, person_like = _job_line_companies(text), []
    for match in _RELAYED.finditer(text[:_MAX_SPELLING_SCAN]):
        group = 1 if match.group(1) else 2
        raw = _continued(match.group(group), text, match.end(group))
        name = clean_company(raw)
        if name and _acceptable_company(name) and not _has_role_noun(name):
            # "their Head of Growth and has appointed" names a role, not the employer;
            # "at The Old Mill": the article shows a business even when "Old Mill" does not
            (person_like if looks_like_person(raw) else found).append(name)
    # "Pilot Bay" reads like a person; named again and again in a relay, it is the employer.
    repeated = [name for name in person_like if person_like.count(name) > 1]
    return found or repeated


def _job_line_companies(text: str) -> list[str]:
    """A board's job line names the employer beside the title ("Data Analyst — Cobble Insights",
    "Harlow Dental Care - Dental Receptionist - Bristol")."""
    found, titled_above = [], False
    for line in text[:_MAX_SPELLING_SCAN].split("\n")[:40]:
        line_above_is_title, titled_above = titled_above, _is_title_part(line.strip())
        if len(line) > _MAX_ROLE_LINE or " " not in line:
            continue
        parts = _ROLE_LINE_SEPARATOR.split(line.strip())
        first = clean_company(parts[0])
        if line_above_is_title and len(parts) > 1 and _board_employer(first):
            found.append(first)  # "Customer Service Representative" / "Cresthaven Bank - Leeds"
            continue
        titled = [i for i, part in enumerate(parts) if _is_title_part(part)]
        if len(parts) < 2 or not titled:
            continue
        # The employer before the title when there is one, else right after it.
        index = titled[0] - 1 if titled[0] > 0 else titled[0] + 1
        name = clean_company(parts[index]) if index < len(parts) else ""
        if (
            name[:1].isupper()
            and len(name.split()) <= 5
            and _proper_name(name)
            # "Mark Devlin | Senior Consultant" is a signature: a name before a final title
            and not (index < titled[0] == len(parts) - 1 and looks_like_person(name))
            and _acceptable_company(name)
            and not _has_role_noun(name)
        ):
            found.append(name)
    return found


def _board_employer(name: str) -> bool:
    """A proper name that is neither a title nor a person: the employer on a board's line."""
    return (
        name[:1].isupper()
        and len(name.split()) <= 5
        and _proper_name(name)
        and not looks_like_person(name)
        and _acceptable_company(name)
        and not _has_role_noun(name)
    )


def _proper_name(name: str) -> bool:
    """Capitalised words and joiners only, no figures: "Cobble Insights", not "Band 5"."""
    return not any(ch.isdigit() for ch in name) and all(
        word[:1].isupper() or word in _NAME_JOINERS for word in name.split()
    )


def _is_title_part(part: str) -> bool:
    return (
        len(part) <= 60 and part[:1].isupper() and len(part.split()) <= 6 and (_has_role_noun(part))
    )


# Form fields, by the words before their colon ("Employer: Eastmoor Hospitals NHS Trust").
_EMPLOYER_FIELDS = frozenset(
    {"employer", "company", "organisation", "organization", "hiring organisation"}
    | {"hiring organization", "arbeitgeber", "unternehmen", "employeur", "entreprise"}
    | {"empresa", "werkgever", "organisatie"}
)
# "Employer: Confidential": an agency's form that keeps the employer back
_UNNAMED = frozenset(
    {"confidential", "undisclosed", "withheld", "private", "anonymous", "n/a", "na", "tbc"}
    | {"tba", "various", "not disclosed", "confidential client", "our client", "client"}
)
_VACANCY_FIELDS = frozenset({"vacancy", "job", "position", "post", "role"})
_MAX_FIELD_NAME = 25
_FIELD_VALUE_END = re.compile(r"[ \t]*(?:\((?:ref|reference|job|req)\b[^)]*\)|\|).*$", re.I)


def _field_value(text: str, fields: frozenset[str]) -> str | None:
    """The value of the first "Field: value" line whose field is one of `fields`."""
    head = text[:_MAX_SPELLING_SCAN]
    # Colons are few: each is looked at, rather than a pattern tried at every line.
    at = head.find(":")
    while at != -1:
        start = head.rfind("\n", 0, at) + 1
        if at - start <= _MAX_FIELD_NAME and head[start:at].strip().lower() in fields:
            end = head.find("\n", at)
            value = head[at + 1 : end if end != -1 else len(head)].strip()
            if value:
                return value
        at = head.find(":", at + 1)
    return None


def _field_employer(text: str) -> str | None:
    """A form's "Employer: Eastmoor Hospitals NHS Trust" line names the employer outright."""
    value = _field_value(text, _EMPLOYER_FIELDS)
    if value:
        name = clean_company(_FIELD_VALUE_END.sub("", value))
        if (
            name
            and name.lower() not in _UNNAMED
            and _acceptable_company(name)
            and not _has_role_noun(name)
        ):
            return name
    return None


def _vacancy_field_employer(text: str) -> str | None:
    """ "Vacancy: Policy Officer, Department for Rural Affairs (ref 30211)": a board's vacancy
    line, the title and then the organisation."""
    value = _field_value(text, _VACANCY_FIELDS)
    if not value:
        return None
    parts = re.split(r"[ \t]*,[ \t]+|[ \t]+[-–—][ \t]+|[ \t]+at[ \t]+", value)
    for part in parts[1:]:
        name = clean_company(_FIELD_VALUE_END.sub("", part))
        if _board_employer(name) and _names_business(name):
            return name
    return None
