"""The employer a hiring mail comes from (`extract_company`): a form's "Employer:" line, the
client of a service or agency writing for it, the sender's display name, a signed team line,
a signature's title line, the body, then the domain, in that order.

This module holds that order and the sources that read the sender's name and the mail's own
lines; the domain, the job-board relays and the services that write for an employer have
modules of their own.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import senders
from .company_domain import _LABEL_SUFFIXES, _domain_company, _spelled_in_text, _tenant_company
from .company_names import (
    _MAX_SPELLING_SCAN,
    _NAME,
    _TEAM_ONLY,
    _TEAM_WORDS,
    _acceptable_company,
    _continued,
    _most_common,
    clean_company,
)
from .company_relay import _field_employer, _relayed_companies, _vacancy_field_employer
from .company_services import (
    _agency_clients,
    _agency_display,
    _platform_relayed,
    _screened_company,
    is_screening_service,
)
from .job_titles import _TITLE_NOUN, _TITLE_WORDS, _has_role_noun, _role_noun
from .keys import _squeezed, company_key
from .names import (
    _HONORIFIC,
    _TEAMISH,
    _names_business,
    _single_first_name,
    looks_like_person,
)
from .sender_address import (
    _named_by_domain,
    _role_mailbox_names,
    domain_label,
    is_board_domain,
    is_personal_mailbox,
    is_platform_domain,
)
from .signoff import _signature_block

_MACHINE_LINES = ("sent ", "verstuurd ", "powered ", "envoyé ", "gesendet ", "enviado ", "this ")
_COMPANY_AFTER = re.compile(
    r"(?:position|role|job|opening|vacancy|opportunity|opportunities|career|careers|team|"
    r"interest|interested|applying|applied|apply|application|interviewing|interviews?|time|"
    r"work|working|join|joining|everyone|behalf|here|us|onsite|loop|conversation|chat)"
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:at|with|to|in|of|for|from)[ \t]+(" + _NAME + r")"
)
_COMPANY_LOCAL = re.compile(
    r"(?:\b(?:bei|chez|bij|en|de)[ \t]+(?:der[ \t]+|la[ \t]+)?)(" + _NAME + r")"
    r"(?=[ \t]*(?:[.,;:!]|$|\n|[ \t](?:zu|a|als|y|en|und|et|te|voor|für|pour|para)\b))"
)
_TEAM_LINE = re.compile(
    r"^(?:[-–—]+[ \t]*)?(?:the[ \t]+|das[ \t]+|l'équipe[ \t]+|el[ \t]+equipo[ \t]+(?:de[ \t]+)?|"
    r"het[ \t]+)?(" + _NAME + r")[ \t]+(?:" + _TEAM_WORDS + r")(?:[ \t]+team)?[ \t]*\.?$",
    re.IGNORECASE,
)
_TEAM_OF_LINE = re.compile(
    r"^(?:[-–—]+[ \t]*)?(?:the[ \t]+)?(?:talent acquisition|recruiting|recruitment|hiring|"
    r"people|talent|careers|hr)(?:[ \t]+team)?[ \t]+(?:at|@)[ \t]+(" + _NAME + r")[ \t]*\.?$",
    re.IGNORECASE,
)
_MAX_BODY_SCAN = 5000
_COMPANY_BEFORE = (
    "team ",
    " at ",
    " with ",
    " bij ",
    " bei ",
    " chez ",
    "join ",
    "joining ",
    "recruitment ",
)
_BEFORE_WINDOW = max(len(before) for before in _COMPANY_BEFORE)
_COMPANY_AFTER_NAME = (" team", " recruiting", " careers", " talent")
_ON_BEHALF = re.compile(
    r"[ \t]+(?:on behalf of|im auftrag von|pour le compte de|en nombre de|namens)[ \t]+", re.I
)
_BOARD_DISPLAY = re.compile(r"[ \t](?:jobs|vacancies|stellen|empleos|vacatures)$", re.I)
_AGENCY_LABEL = re.compile(r"recruit|staffing|search|talent|resourcing|headhunt|personnel")


def _display_name_company(from_name: str, from_email: str, text: str = "") -> str | None:
    name = (from_name or "").strip().strip("\"'")
    if not name:
        return None
    behalf = _ON_BEHALF.split(name, maxsplit=1)
    named_after_at = len(behalf) == 2 and bool(behalf[1].strip())
    if named_after_at:
        name = behalf[1].strip()  # "Dover on behalf of Quill": the sender works for Quill
    via = re.split(r"[ \t]+\(?(?:via|through|über|par|por)[ \t]+", name, maxsplit=1, flags=re.I)
    name = via[0].strip()
    if "(" in name:
        name = _ASIDE.sub("", name).strip()  # "Helen (CEO)"
    if (_HONORIFIC.match(name) and not _names_business(name)) or _department_of(name, from_email):
        # "Dr Amir Kaleel" is a person (not "Dr. Nair's Dental"); "School of History" is a
        # part of the employer
        return None
    at = re.split(r"[ \t]+(?:at|@|bei|chez|bij)[ \t]+", name, maxsplit=1, flags=re.I)
    if len(at) == 2 and at[1].strip():
        left = at[0].strip()
        # "Lisa at Canva", "Jobs at Acme": the part after "at" is the employer.
        if looks_like_person(left) or _single_first_name(left) or _TEAMISH.search(left):
            name, named_after_at = at[1], True
    for sep in (" | ", " - ", " – ", ", "):
        if sep in name:
            left, right = (part.strip() for part in name.split(sep, 1))
            # "Talent Acquisition | Norvik", "Priya Nair | Acme": the side that is not a
            # person or a team is the employer.
            name = right if looks_like_person(left) or _TEAM_ONLY.fullmatch(left) else left
            break
    if looks_like_person(name):
        named = _named_by_domain(name, from_email) or _role_mailbox_names(name, from_email)
        return (clean_company(name) or name) if named else None
    had_team_words = bool(_TEAMISH.search(name))
    cleaned = clean_company(name)
    domain = senders.domain_of(from_email)
    label = domain_label(domain)
    if is_platform_domain(domain) and len(label) >= 4 and label in _squeezed(name)[0]:
        return None  # "SAP SuccessFactors" <...@successfactors.com>, "Reed.co.uk": the platform
    if (
        not cleaned
        or not _acceptable_company(cleaned)
        or _TEAM_ONLY.fullmatch(cleaned)
        or _TEAM_ONLY.fullmatch(name)
    ):
        return None  # "Talent Team", "Service RH" name no employer
    if had_team_words and label and not is_platform_domain(domain):
        completed = _completed_by_label(cleaned, label)
        if completed == cleaned and text and _squeezed(cleaned)[0] == label.replace("-", ""):
            # "Redwell Early Careers" <no-reply@redwell.com> in a mail about "Redwell Energy"
            spelled = _spelled_in_text({label.replace("-", "")}, text[:_MAX_SPELLING_SCAN])
            if spelled and _acceptable_company(spelled) and spelled.startswith(cleaned + " "):
                completed = spelled
        cleaned = completed
    elif had_team_words and text:
        # "Stonebridge Talent" <no-reply@ashbyhq.com> and a mail that says "Stonebridge Analytics"
        spelled = _spelled_in_text({_squeezed(cleaned)[0]}, text[:_MAX_SPELLING_SCAN])
        cleaned = spelled if spelled and _acceptable_company(spelled) else cleaned
    # A small business often writes from a personal mailbox under its own name.
    if is_personal_mailbox(domain) and not had_team_words and not _names_business(name):
        return None
    if is_board_domain(domain) and company_key(cleaned).replace(" ", "") == label:
        return None  # "NHS Jobs" <...@jobs.nhs.uk> is the board, not the employer
    if is_board_domain(domain) and not named_after_at and _BOARD_DISPLAY.search(name):
        return None  # "Civil Service Jobs" <noreply@csjobs.service.gov.uk>: the board's name
    if had_team_words or named_after_at or is_platform_domain(domain):
        return cleaned
    squeezed_label = label.replace("-", "")
    key = company_key(cleaned).replace(" ", "")
    if label and key and (key[:4] in squeezed_label or squeezed_label[:4] in key):
        return cleaned
    if _names_business(name):
        return cleaned  # "The Brass Lantern", whose cleaned "Brass Lantern" reads like a person
    # A lone first name ("Pietro") on a company domain is a person, not the employer; so is
    # a name with a title word for a surname ("Paula Dean"), which the domain names better.
    if len(cleaned.split()) < 2 or looks_like_person(cleaned) or _TITLE_WORDS.search(cleaned):
        return None
    return cleaned


_ASIDE = re.compile(r"[ \t]*\([^()]{1,40}\)")
_DEPARTMENT_OF = re.compile(r"^(?:school|faculty|department|dept\.?)[ \t]+of[ \t]+(.+)$", re.I)


_ACADEMIC_LABEL = re.compile(r"^uni-|-uni$|^univ|university|college")


def _department_of(name: str, from_email: str) -> bool:
    """ "School of History" <history-hr@uni-castleton.ac.uk>: a department of a university,
    which the domain names better. (A government "Department of Transport" is the employer.)"""
    if " of " not in name or not _DEPARTMENT_OF.match(name):
        return False
    domain = senders.domain_of(from_email)
    parts = domain.split(".")
    label = domain_label(domain)
    return "ac" in parts[-3:] or "edu" in parts or bool(_ACADEMIC_LABEL.search(label))


def _completed_by_label(name: str, label: str) -> str:
    """ "Aurora" from "Aurora Recruiting" <recruiting@auroraanalytics.com> -> "Aurora Analytics"."""
    squeezed = _squeezed(name)[0]
    parts = label.split("-")
    if len(parts) == 2 and parts[0] == squeezed and len(parts[1]) > 2:
        return f"{name} {parts[1].title()}"  # altea-conseil
    rest = label[len(squeezed) :] if label.startswith(squeezed) else ""
    return f"{name} {rest.title()}" if rest in _LABEL_SUFFIXES else name


def _last_team_words() -> frozenset[str]:
    words = {"team"}
    for alternative in _TEAM_WORDS.split("|"):
        last = alternative.split()[-1]
        if "[" not in alternative:
            words.update({last.rstrip("?"), last[:-2]} if last.endswith("s?") else {last})
    return frozenset(words)


# The last word of a team line ("Acme Talent Team"): checked before the costlier patterns.
_TEAM_LAST_WORDS = _last_team_words()


def _could_be_team_line(line: str) -> bool:
    low = line.lower()
    words = low.rstrip(" \t.").rsplit(None, 1)
    last = words[-1] if words else ""
    return last in _TEAM_LAST_WORDS or " via " in low or " at " in low or "@" in low


def _team_line_company(lines: list[str], label: str = "", text: str = "") -> str | None:
    for line in reversed(_signature_block(lines)):
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or stripped.lower().startswith(_MACHINE_LINES):
            continue
        if not _could_be_team_line(stripped):
            continue
        for pattern in (_TEAM_OF_LINE, _TEAM_LINE):
            match = pattern.match(stripped)
            if match:
                name = clean_company(match.group(1))
                if name and _acceptable_company(name):
                    return _agency_name(stripped, name, label, text) or name
    return None


_AGENCY_WORD = re.compile(
    r"[ \t]+(?:recruitment|recruiting|search|staffing|talent|people|resourcing|personnel)$", re.I
)
_CLIENT = re.compile(r"\b(?:the|my|our|your)[ \t]+client\b", re.I)


def _agency_name(line: str, name: str, label: str, text: str) -> str | None:
    """ "Peak People" signed from peakpeople, or a recruiter's "Summit Recruitment" that talks
    of "the client": the agency word is part of the agency's name, not a team of "Summit"."""
    whole = line.strip(" .-–—")
    if not _AGENCY_WORD.search(whole) or company_key(whole) == company_key(name):
        return None
    squeezed_whole, squeezed_name = _squeezed(whole)[0], _squeezed(name)[0]
    squeezed_label = label.replace("-", "")
    if squeezed_label == squeezed_whole:
        return whole  # the domain spells the whole name
    agency_domain = bool(_AGENCY_LABEL.search(label)) or "agency" in label
    if squeezed_label.startswith(squeezed_name) and agency_domain:
        return whole  # brightpathrecruit, summitagency
    return whole if _CLIENT.search(text[:_MAX_BODY_SCAN]) else None


_AT_NAME = re.compile(r"[ \t](?:at|bei|chez|bij)[ \t]+(" + _NAME + r")")


def _titled_at_companies(text: str) -> list[str]:
    """ "for Store Supervisor at Halden Outdoor": the employer after a job title and "at"."""
    found: list[str] = []
    if not any(word in text for word in (" at ", " bei ", " chez ", " bij ")):
        return found  # the usual long mail: one pass in C rather than the pattern at each space
    for match in _AT_NAME.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        if not before or not _role_noun(before[-1]) or _role_noun(match.group(1).split()[0]):
            continue
        name = clean_company(match.group(1))
        if name and _acceptable_company(name) and not _has_role_noun(name):
            found.append(name)
    return found


def _body_companies(text: str) -> list[str]:
    found = []
    for pattern in (_COMPANY_AFTER, _COMPANY_LOCAL):
        for match in pattern.finditer(text[:_MAX_BODY_SCAN]):
            name = clean_company(_continued(match.group(1), text, match.end(1)))
            # "application to Growth Marketing Manager": a job title, not the employer;
            # "le poste de Stagiaire Achats" neither
            if (
                name
                and _acceptable_company(name)
                and not _TITLE_NOUN.search(name)
                and not (pattern is _COMPANY_LOCAL and _has_role_noun(name))
            ):
                found.append(name)
    return found or _titled_at_companies(text[:_MAX_BODY_SCAN])


_SIGNATURE_FIELDS = re.compile(r"[ \t]*[|,·•][ \t]*|[ \t]+(?:at|@|[-–—])[ \t]+")
_DEPARTMENT = re.compile(
    r"\b(?:data|analytics|engineering|design|product|marketing|sales|operations|finance|"
    r"people|talent|hr|legal|research|acquisition|platform|growth|partnerships|recruiting)\b",
    re.IGNORECASE,
)


def _signature_title_company(lines: list[str]) -> str | None:
    """ "Talent Partner, Lumenar" under a recruiter's name: the employer after the job title."""
    seen = 0
    for line in reversed(_signature_block(lines)):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > 6:
            return None
        if len(stripped) > 80 or stripped.lower().startswith(_MACHINE_LINES):
            continue
        fields = [f for f in _SIGNATURE_FIELDS.split(stripped) if f]
        for title, name in pairwise(fields):
            if not _TITLE_WORDS.search(title) or _TITLE_WORDS.search(name):
                continue
            name = clean_company(name)
            if (
                name
                and name[:1].isupper()
                and len(name.split()) <= 5
                and not any(ch.isdigit() or ch in "()" for ch in name)
                and not _DEPARTMENT.search(name)
                and not looks_like_person(name)
                and _acceptable_company(name)
            ):
                return name
    return None


def _signed_company(lines: list[str]) -> str | None:
    """The employer a signature names: after a job title, or on its own line under the name."""
    titled = _signature_title_company(lines)
    if titled:
        return titled
    block = [line.strip() for line in _signature_block(lines) if line.strip()][-4:]
    for above, full in pairwise(block):
        line = re.split(r"[ \t]+[|·•][ \t]+", full, maxsplit=1)[0]  # "Verity Labs | Cambridge"
        if len(line) > 60 or len(above) > 60:
            continue  # a sentence, not a signature line
        name = clean_company(line)
        if (
            (looks_like_person(above) or _single_first_name(above) or _TITLE_WORDS.search(above))
            and name[:1].isupper()
            and not looks_like_person(line)
            and not _single_first_name(line)
            and not _TITLE_WORDS.search(line)
            and not any(ch.isdigit() or ch in "@:/" for ch in line)
            and _acceptable_company(name)
        ):
            return line.strip(" .,")  # "Lena" or "Client Director" / "Moreau Veterinary Clinic"
    return None


def extract_company(subject: str, from_name: str, from_email: str, lines: list[str]) -> str | None:
    """The employer: display name, then a signed team line, then the body, then the domain."""
    text = subject + "\n" + "\n".join(lines)
    found: list[list[str]] = []

    def body_candidates() -> list[str]:
        # The body scan is the slow part: done once, and only when a cheaper source failed.
        if not found:
            found.append(_body_companies(text))
        return found[0]

    domain = senders.domain_of(from_email)
    label = domain_label(domain)
    fielded = _field_employer(text)
    if fielded:
        return fielded  # "Employer: Eastmoor Hospitals NHS Trust"
    if is_board_domain(domain) or _BOARD_DISPLAY.search(from_name or ""):
        fielded = _vacancy_field_employer(text)
        if fielded:
            return fielded
    if is_screening_service(label):
        return _screened_company(from_name, label, text)
    if not is_platform_domain(domain) and _AGENCY_LABEL.search(label):
        # A recruitment agency writes about its client: the client is the employer, and the
        # agency's own name ("Pennine Search" <ben@penninesearch.com>) is not.
        squeezed = label.replace("-", "")
        client = [c for c in _relayed_companies(text) if _squeezed(c)[0] not in squeezed]
        if client:
            return _most_common(client)
    elif _agency_display(from_name, label):
        # "Cobalt Recruitment" <mark@cobaltrec.com>: the job "with Drayton Homes" is the client's
        client = _agency_clients(from_name, _relayed_companies(text) or body_candidates())
        if client:
            return _most_common(client)
    from_display = _display_name_company(from_name, from_email, text) or _person_like_company(
        from_name, text
    )
    if from_display:
        return from_display
    if is_board_domain(domain):
        # "Update from Welcome to the Jungle": the board names itself too
        board = _squeezed(from_name or "")[0] or label
        relayed = [
            name
            for name in _relayed_companies(text) or body_candidates()
            if not board.startswith(_squeezed(name)[0])
        ]
        if relayed:
            return _most_common(relayed)
    from_team = _team_line_company(lines, label, text)
    if from_team:
        return from_team
    if is_platform_domain(domain):
        named = _tenant_company(from_name, from_email, body_candidates, text)
        named = named or _signature_title_company(lines)
        if named:
            return named
    if is_platform_domain(domain):
        if body_candidates():
            return _most_common(body_candidates())
        relayed = _platform_relayed(from_name, label, lines, text)
        if relayed:
            return relayed
    if is_personal_mailbox(domain):
        # "Dario" / "Osteria Lume" from a personal mailbox: the business signs under the name
        signed = _signed_company(lines)
        if signed and _names_business(signed):
            return signed
    by_domain = _domain_company(from_email, body_candidates, text, lambda: _signed_company(lines))
    if by_domain:
        return by_domain
    return _most_common(body_candidates()) if body_candidates() else None


def _person_like_company(from_name: str, text: str) -> str | None:
    """A two-word display name the mail itself uses as a company ("Team Dijkstra Logistiek")."""
    name = (from_name or "").strip().strip("\"'")
    if not looks_like_person(name):
        return None
    low, key = text.lower(), name.lower()
    at = low.find(key)
    while at != -1:
        # Only the words around each mention can make it a company: looked at there alone.
        if low[max(0, at - _BEFORE_WINDOW) : at].endswith(_COMPANY_BEFORE) or low.startswith(
            _COMPANY_AFTER_NAME, at + len(key)
        ):
            return name
        at = low.find(key, at + 1)
    return None
