"""The shape of an employer's name and how to clean one: team words to strip, words that never
start an employer's name, and the check every candidate name must pass.

Separate from the sources (`company`, `company_domain`, `company_relay`) because each of them
cleans and checks its candidates the same way.
"""

from __future__ import annotations

import re

from .. import senders
from ..tokens import fold
from .keys import company_key
from .names import _NOT_COMPANY

_TEAM_WORDS = (
    "talent acquisition team|talent acquisition|talent team|recruiting team|recruitment team|"
    "hiring team|people team|people operations|people & culture|people and culture|careers team|"
    "hr team|human resources|recruiting|recruitment|careers|career|jobs|hiring|talent|team|hr|"
    "people|rh|recrutement|personalabteilung|personal|recursos humanos|werving|selectie|"
    "bewerbermanagement|reclutamiento|notifications|early careers|university recruiting|"
    "campus recruiting|graduate recruitment|graduate recruiting|rrhh|service recrutement|"
    "university relations|campus relations|resourcing|early talent|"
    "service rh|university programs|university programmes|internships|equipo de talento|"
    "internal comms|internal communications|communications|comms|graduate programmes?|"
    "campus|admissions|referrals|empleo|karriereportal|bewerberportal|"
    "via [a-z ]+"
)
_TEAM_ONLY = re.compile(r"(?:" + _TEAM_WORDS + r")(?:[ \t]+(?:" + _TEAM_WORDS + r"))*", re.I)
_TEAM_SUFFIX = re.compile(r"(?:[\s,|:-]+(?:" + _TEAM_WORDS + r"))+\s*$", re.IGNORECASE)
_TEAM_PREFIX = re.compile(
    r"^(?:the\s+)?(?:jobs|careers|recruiting|hiring|talent|team|hr)\s+(?:at|@|bei|chez|bij)\s+",
    re.IGNORECASE,
)
_TEAM_LEAD = re.compile(
    r"^(?:personalabteilung|recruiting(?:[ \t]+team)?|recruitment|talent acquisition|"
    r"service[ \t]+(?:recrutement|rh|des ressources humaines)|équipe recrutement|"
    r"equipo[ \t]+de[ \t]+(?:talento|selección|seleccion|reclutamiento|rrhh)|"
    r"human resources|hr|people & culture|karriere|careers|jobs|rh|recrutement|werving|talento|"
    r"selección|seleccion|reclutamiento|rrhh)"
    r"[ \t]+(?:team[ \t]+)?(?:der[ \t]+|de[ \t]+|von[ \t]+|van[ \t]+|at[ \t]+)?(?=\S)",
    re.IGNORECASE,
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_WORD = r"[A-Z0-9](?:[\w&'’+-]|\.(?=\w))*"
_NAME = _WORD + r"(?:[ \t](?:&[ \t])?(?:" + _WORD + r"|of|de|and|&)){0,3}"
_NOT_FIRST_WORDS = frozenset(
    {"the", "this", "our", "your", "we", "unfortunately", "thank", "dear", "le", "la", "les"}
    | {"el", "los", "das", "der", "die", "ihr", "dein", "team", "het", "see", "view", "find"}
    | {"explore", "browse", "manage", "apply", "search", "get", "read", "sent", "verstuurd"}
    | {"powered", "hi", "hello", "hey", "best", "regards", "thanks", "kind", "one", "all"}
    | {"l'equipe", "equipe", "equipo", "l'equipo", "het", "ihr", "votre", "tu", "su", "uw"}
)
_MAX_SPELLING_SCAN = 6000
_TIME_OR_NUMBER = re.compile(r"[\d:.,/-]+[ \t]*(?:am|pm|h|uhr|st|nd|rd|th)?")
_TRAILING_JOINER = re.compile(r"(?:[ \t]+(?:and|of|de|&|und|et|y|en))+$", re.IGNORECASE)
_COMPANY_WORD_LEAD = re.compile(
    r"^(?:the |die |la |het )?(?:company|employer|firma|unternehmen|entreprise|empresa|bedrijf) ",
    re.IGNORECASE,
)


def clean_company(name: str) -> str:
    """A company name without team words, quotes and trailing punctuation."""
    name = name.strip().strip("\"'“”‘’()[]").strip()
    name = _COMPANY_WORD_LEAD.sub("", name)
    name = _TEAM_PREFIX.sub("", name)
    name = _TEAM_LEAD.sub("", name)
    name = _TEAM_SUFFIX.sub("", name)
    name = _THE.sub("", name) if len(name.split()) > 1 else name
    name = re.sub(r"['’]s$", "", name)
    name = _TRAILING_JOINER.sub("", name)  # "from Stackwise and sadly ..."
    return name.strip(" \t.,;:!?-–|@")


def _acceptable_company(name: str) -> bool:
    folded = fold(name).strip()
    if not folded or folded in _NOT_COMPANY or len(name) > 60:
        return False
    if folded in senders.PLATFORM_NAMES:
        return False
    first = folded.split()[0]
    if first in _NOT_FIRST_WORDS or _TIME_OR_NUMBER.fullmatch(folded):
        return False
    return not _TEAM_ONLY.fullmatch(name)  # "Talent", "Recruiting Team": no employer


# Words that carry a public body's name on past the four words a name pattern reads:
# "Harrowdale Teaching Hospitals NHS" + "Foundation Trust".
_NAME_CONTINUATION = re.compile(
    r"(?:[ \t]+(?:NHS|Foundation|Trust|Council|University|Hospitals?|Partnership|Authority|"
    r"Board|College|Academy|Institute|Services|Centre|Center|Group|Limited|Ltd|LLP|plc))+"
)


def _continued(name: str, text: str, end: int) -> str:
    """The name read at text[:end], carried on by the organisation words that follow it."""
    more = _NAME_CONTINUATION.match(text, end)
    return name + more.group(0) if more else name


def _most_common(names: list[str]) -> str:
    """The name given most often, the first one given among equals."""
    counts: dict[str, int] = {}
    for name in names:
        counts[company_key(name)] = counts.get(company_key(name), 0) + 1
    return max(names, key=lambda name: (counts[company_key(name)], -names.index(name)))
