"""Employers named by the services that write for them: a background-check service ("Ivy
Lane Studios has requested a check"), a recruitment agency known by its display name, and an
applicant tracking system or board whose mail names the employer only in passing.

Separate because each of these senders is somebody other than the employer, and each needs
its own guard against returning its own name.
"""

from __future__ import annotations

import re

from ..tokens import fold
from .company_names import _acceptable_company, _most_common, clean_company
from .company_relay import _relayed_companies
from .job_titles import _TITLE_WORDS
from .keys import _squeezed
from .names import _FOOTER_WORDS, _single_first_name, looks_like_person
from .signoff import _CLOSING_LINE, _signature_block

# Background-check services by their domain label: ucheck, checkr, sterlingchecks, ...screening
_SCREENING_LABEL = re.compile(r"[a-z]checks?$|^checkr?s?$|checkr$|screening|vetting")


def is_screening_service(label: str) -> bool:
    """A background-check service by its domain label (checkr, ucheck, sterlingchecks)."""
    return bool(_SCREENING_LABEL.search(label.replace("-", "")))


def _screened_company(from_name: str, label: str, text: str) -> str | None:
    """The employer a screening service checks for: the one that "has asked" it, or the
    employer's own name shown on the service's mail; never the service."""
    service = label.replace("-", "")
    relayed = [name for name in _relayed_companies(text) if _squeezed(name)[0] not in service]
    if relayed:
        return _most_common(relayed)
    shown = clean_company((from_name or "").strip().strip("\"'"))
    own = _squeezed(shown)[0][:5] in service  # "Checkr Support", "Sterling Checks"
    if shown and not own and _acceptable_company(shown) and not looks_like_person(shown):
        return shown  # "Trellis Group" <no-reply@checkr.com> sends through the service
    return None


_AGENCY_DISPLAY = re.compile(
    r"^(\S.*?)[ \t]+(?:recruitment|recruiting|search|staffing|resourcing|personnel)$", re.I
)
# What an agency's domain adds to its name: cobaltrec, harbourstaffing, keystonesearch.
_AGENCY_LABEL_ENDINGS = ("rec", "recruit", "recruitment", "recruiting", "search", "staffing")


def _agency_display(from_name: str, label: str) -> bool:
    """ "Cobalt Recruitment" <mark@cobaltrec.com>: an agency by the name its domain extends
    (an employer's "Acme Recruitment" <jobs@acme.com> writes from the employer's own name)."""
    match = _AGENCY_DISPLAY.match((from_name or "").strip().strip("\"'"))
    if not match:
        return False
    name = _squeezed(match.group(1))[0]
    rest = label.replace("-", "").removeprefix(name)
    return len(name) >= 3 and label.startswith(name) and rest in _AGENCY_LABEL_ENDINGS


def _agency_clients(from_name: str, candidates: list[str]) -> list[str]:
    """The agency's clients among the names a mail gives, without the agency itself."""
    agency = _squeezed(from_name)[0]
    return [name for name in candidates if _squeezed(name)[0][:4] not in agency]


def _platform_relayed(from_name: str, label: str, lines: list[str], text: str) -> str | None:
    """ "a new message from Fable Studio", or the employer's name closing a platform's mail."""
    platform = _squeezed(from_name or "")[0] or label.replace("-", "")
    relayed = [name for name in _relayed_companies(text) if not _is_platform_name(name, platform)]
    if relayed:
        return _most_common(relayed)
    closing = _closing_name(lines)
    return closing if closing and not _is_platform_name(closing, platform) else None


def _is_platform_name(name: str, platform: str) -> bool:
    """ "HackerRank" or "The Otta team" under a mail from HackerRank or Otta."""
    squeezed = _squeezed(clean_company(name))[0]
    return bool(squeezed) and (squeezed in platform or platform in squeezed)


def _closing_name(lines: list[str]) -> str | None:
    """The employer's name alone on the last line of a platform's mail, under a closing or
    after a blank line ("Thank you,\nHalcyon Health")."""
    block = [line.strip() for line in _signature_block(lines)]
    while block and not block[-1]:
        block.pop()
    if len(block) < 2:
        return None
    last, above = block[-1], block[-2]
    if not (not above or _CLOSING_LINE.match(above)) or len(last) > 50:
        return None
    words = last.split()
    if not words or any(not (w[:1].isupper() or w in ("&", "and", "of")) for w in words):
        return None
    name = clean_company(last)
    if (
        name
        and len(words) <= 5
        and not any(ch.isdigit() or ch in "@:/|!?," for ch in last)
        and not looks_like_person(name)
        and not _single_first_name(name)
        and not _TITLE_WORDS.search(name)
        and fold(name) not in _FOOTER_WORDS
        and _acceptable_company(name)
    ):
        return name
    return None
