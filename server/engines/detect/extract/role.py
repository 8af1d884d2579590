"""The role a hiring mail is about (`extract_role`): cues in the body first, then the subject
and a board's job line, and a lower-case title only when nothing better names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import NamedTuple

from ..tokens import fold
from .job_titles import _MAX_ROLE_LINE, _ROLE_LINE_SEPARATOR, _has_role_noun
from .keys import company_key
from .names import looks_like_person
from .role_cleaning import _clean_role, _lower_role, _romance_lower_role, _romance_role
from .role_cues import (
    _ARTICLE_WORD,
    _LINE_CUE,
    _LOOSE_SUFFIX,
    _REFERENCED_LINE,
    _ROLE_CUES,
    _ROLE_SUFFIX,
    _SUBJECT_APPLICATION,
    _SUBJECT_PART_LEAD,
    _SUBJECT_PART_TAIL,
    _SUBJECT_PARTS,
    _SUBJECT_PREFIX,
    _SUBJECT_ROMANCE,
    _TITLE_TO_END,
    _WEAK_CUE,
    _Cue,
)
from .signoff import _CLOSING_LINE

_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)  # one character for one, so offsets in the lower-cased text are offsets in the text
_SUFFIX_WINDOW = 120
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")

# A role is named near the top; the rest of a long mail is signature, footer or quote.
_MAX_ROLE_SCAN = 3000
_MAX_ROLE_LINES = 200
_WRAP_WIDTH = 55  # a line this long that ends mid-sentence was wrapped by the mailer
_MAX_LOWER_TRIES = 4


class _Candidate(NamedTuple):
    """Words a cue points at, before they are judged to be a title."""

    role: str
    trusted: bool
    romance: bool
    text: str
    at: int


def _cued_roles(text: str, low: str) -> Iterator[_Candidate]:
    """Possible roles named after a cue, the most telling cues first."""
    yield from _roles_after(_LINE_CUE, text, low)
    yield from _article_roles(_ROLE_SUFFIX, True, text, low)
    yield from _article_roles(_LOOSE_SUFFIX, False, text, low)
    yield from _roles_after(_ROLE_CUES[0], text, low)
    if "(ref" in low or "(req" in low:
        for match in _REFERENCED_LINE.finditer(text):
            yield _Candidate(match.group("role"), True, False, text, match.start("role"))
    for cue in _ROLE_CUES[1:]:
        yield from _roles_after(cue, text, low)


def _roles_after(cue: _Cue, text: str, low: str) -> Iterator[_Candidate]:
    if cue.needs and not any(word in low for word in cue.needs):
        return
    for match in cue.cue.finditer(low):
        start = match.start()
        if start and low[start - 1].isalnum():
            continue  # "rol" inside "roles"
        found = cue.role.match(text, match.end())
        if found:
            yield _Candidate(found.group("role"), cue.trusted, cue.romance, text, found.start(1))


def _article_roles(suffix: re.Pattern, trusted: bool, text: str, low: str) -> Iterator[_Candidate]:
    """ "the Senior Data Engineer role": the role word first, then the title before it."""
    for match in suffix.finditer(low):
        start = match.start()
        if not start or low[start - 1] not in " \t\"”'’":
            continue
        end = start
        if match.group(0) in ("programme", "program", "scheme") and not text[start].islower():
            if _NEXT_CAPITAL.match(text, match.end()):
                continue  # "Program Manager": the word is inside a longer title
            end = match.end()  # "the Graduate Analyst Programme" is the title itself
        gap = " " if end > start else ""
        window = text[max(0, start - _SUFFIX_WINDOW) : end] + gap
        found = _title_after_article(window, low[max(0, start - _SUFFIX_WINDOW) : end] + gap)
        if found:
            yield _Candidate(found.group("role"), trusted, False, window, found.start("role"))


def _title_after_article(window: str, low: str) -> re.Match | None:
    """The title between the window's last "the|our|a ..." and its end.

    Only the nearest article can open the title: an earlier one would have to run across
    the later article word, which no title does.
    """
    start = -1
    for article in _ARTICLE_WORD.finditer(low):  # lower case: "The X role" opens sentences
        at = article.start()
        if not at or not (window[at - 1].isalnum() or window[at - 1] == "_"):
            start = article.end()
    return _TITLE_TO_END.match(window, start) if start >= 0 else None


def _accepted(candidate: _Candidate, avoid: str, company: str) -> str | None:
    """The cleaned role, or None when the words are not a title."""
    role = candidate.role
    if role[:1].islower():
        at = candidate.at
        cue = candidate.text[max(0, at - 40) : at]
        cleaned = _romance_lower_role(role, cue) if candidate.romance else _lower_role(role, cue)
    elif candidate.romance:
        cleaned = _romance_role(role)
    elif not candidate.trusted and not _has_role_noun(role):
        return None
    else:
        cleaned = role
    return _clean_role(cleaned, avoid, company) if cleaned else None


def _relayed_role(lines: list[str], company: str | None) -> str | None:
    """A board's job line: "Data Analyst — Cobble Insights", or the title above the employer."""
    key = company_key(company)
    if not key:
        return None
    previous, before_previous = "", ""
    first = key.split()[0]
    for number, line in enumerate(lines[:40]):
        line = line.strip()
        if not line or len(line) > _MAX_ROLE_LINE:
            continue
        if first not in fold(line):  # neither rule can fire on a line without the employer
            before_previous = previous
            previous = line if len(line) <= 60 and number < 12 else ""
            continue
        parts = _ROLE_LINE_SEPARATOR.split(line)
        # "Laura Chen | Technical Recruiter | Figma" is a signature, not a job line.
        if not any(looks_like_person(part) and company_key(part) != key for part in parts):
            for before, after in pairwise(parts):
                if company_key(after) == key and _has_role_noun(before):
                    return _clean_role(before, key)
                if company_key(before) == key and _has_role_noun(after):
                    return _clean_role(after, key)  # "Harlow Dental - Receptionist - Bristol"
        # A title above the employer, unless a name or a closing sits above it (a signature).
        signed = looks_like_person(before_previous) or bool(_CLOSING_LINE.match(before_previous))
        if company_key(parts[0]) == key and previous and not signed and _has_role_noun(previous):
            return _clean_role(previous, key)
        before_previous = previous
        previous = line if len(line) <= 60 and len(parts) == 1 and number < 12 else ""
    return None


def _subject_role(subject: str, company: str | None) -> str | None:
    """The subject's "application for X"."""
    avoid = company_key(company)
    for match in _SUBJECT_ROMANCE.finditer(subject):
        role = _clean_role(_romance_role(match.group("role")), avoid, company or "")
        if role and not role[:1].islower():
            return role  # "Votre candidature - Technicien de maintenance"
    for match in _SUBJECT_APPLICATION.finditer(subject):
        role = match.group("role")
        if role[:1].islower() or (match.group("cue").lower() == "to" and not _has_role_noun(role)):
            continue
        role = _clean_role(role, avoid, company or "")
        if role:
            return role
    return None


def _subject_part_role(subject: str, company: str | None) -> str | None:
    """A part of the subject that is a job title ("Re: Senior iOS Engineer - Mintleaf")."""
    avoid = company_key(company)
    subject = _SUBJECT_PREFIX.sub("", subject).strip()
    for part in _SUBJECT_PARTS.split(subject):
        part = _SUBJECT_PART_LEAD.sub("", part.strip())
        part = re.split(r"[ \t]+(?:at|@|bei|chez|bij|with)[ \t]+", part, maxsplit=1)[0]
        part = _SUBJECT_PART_TAIL.sub("", _SUBJECT_PART_TAIL.sub("", part.strip())).strip()
        if 1 <= len(part.split()) <= 6 and _has_role_noun(part) and part[:1].isupper():
            role = _clean_role(part, avoid, company or "")
            if role:
                return role
    return None


def _spells_out(longer: str, shorter: str) -> bool:
    """ "Werkstudent im Marketing" spells out "Werkstudent"; two words more at most."""
    extra = len(longer.split()) - len(shorter.split())
    if not 1 <= extra <= 2:
        return False
    low, short = longer.lower(), shorter.lower()
    if low.split()[0] in ("position", "role", "post", "job", "of", "the", "vacancy"):
        return False  # "Position of Heavy Diesel Fitter" from a shouting template
    return low.startswith(short + " ") or low.endswith(" " + short)


def _fuller_in_subject(role: str, subject: str, company: str | None) -> str:
    """ "Administratief" read in "Sollicitatie Administratief medewerker" is the subject's
    "Administratief medewerker": a one-word title the subject spells out."""
    if " " in role:
        return role
    fuller = _subject_part_role(subject, company) or _subject_role(subject, company)
    if fuller and role.isupper() and "".join(w[0] for w in fuller.split()).upper() == role:
        return fuller  # "SDR" in the body, "Sales Development Representative" in the subject
    spelled = (
        fuller
        and _spells_out(fuller, role)
        and fuller.startswith(role + " ")
        and _has_role_noun(fuller[len(role) :])  # "medewerker", not "Barista trial"
    )
    return fuller if spelled else role  # not "Ausbildung Industriekaufmann": a kind of post


def _unwrapped(lines: list[str]) -> str:
    """The body with hard line wraps undone ("...for the Staff\nEngineer role"), so a title
    broken across two lines reads as one; short lines (lists, signatures) stay apart."""
    out: list[str] = []
    for line in lines[:_MAX_ROLE_LINES]:
        if out and len(out[-1]) >= _WRAP_WIDTH and line[:1].isalnum() and out[-1][-1:].isalnum():
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def extract_role(subject: str, lines: list[str], company: str | None = None) -> str | None:
    """The role named in the body or the subject, trimmed of requisition numbers and tags."""
    subject = subject or ""
    text = subject + "\n" + _unwrapped(lines)[:_MAX_ROLE_SCAN]
    low = text.translate(_ASCII_LOWER)
    avoid, name = company_key(company), company or ""
    lower_case = found = None
    lower_tries = 0
    for candidate in _cued_roles(text, low):
        lower = candidate.role[:1].islower()
        # "poste de vendeur" in the subject, "le poste de vendeur saisonnier" in the body
        longer_lower = (
            candidate.romance and lower_case and candidate.role.startswith(lower_case + " ")
        )
        if (lower and lower_case and not longer_lower) or (
            found and (lower or len(candidate.role) <= len(found))
        ):
            continue  # only a longer spelling of the title found can still change the answer
        if lower:
            lower_tries += 1
            if lower_tries > _MAX_LOWER_TRIES:
                continue  # "in the role", "to our team", ...: a long mail has dozens
        role = _accepted(candidate, avoid, name)
        if not role:
            continue
        if lower:
            if not lower_case or _spells_out(role, lower_case):
                lower_case = role
        elif found is None:
            found = role
            if low.count(role.lower()) < 2:
                # named once: no other cue can spell it out further, but the subject can
                return _fuller_in_subject(role, subject, company)
        elif _spells_out(role, found):
            return role  # "the post of Community Librarian" after "the Librarian post"
    if found:
        return _fuller_in_subject(found, subject, company)
    role = _subject_role(subject, company) or _relayed_role(lines, company)
    if role:
        return role
    for candidate in _roles_after(_WEAK_CUE, text, low):
        if not candidate.role[:1].islower():
            role = _accepted(candidate, avoid, name)
            if role:
                return role
    # A lower-case title ("the shop assistant job") is kept only when nothing better names it.
    return _subject_part_role(subject, company) or lower_case
