"""Turning the words a cue points at into a clean title: where a title ends, the tags,
numbers and employer names trimmed off it, and the words that are never a role.

Separate because every source of a role (body cues, the subject, a board's job line) cleans
its candidate the same way.
"""

from __future__ import annotations

import re

from ..tokens import fold
from .job_titles import _WEAK_NOUNS, _has_role_noun, _role_noun
from .keys import company_key

_NOT_ROLES = frozenset(
    {"hiring manager", "hiring managers", "hiring team", "interview panel", "search committee"}
    | {"selection panel", "hiring committee", "recruiter", "recruiters", "recruitment team"}
    | {"filled", "position filled", "closed", "open", "unsuccessful", "successful", "rejected"}
    | {"withdrawn", "on hold", "hired", "offer", "in review", "under review", "not selected"}
)
_ROLE_STOP = frozenset(
    {"this", "the", "a", "an", "our", "your", "it", "us", "you", "we", "them", "future"}
    | {"other", "another", "open", "same", "next", "any", "more", "further", "new", "my"}
    | {"ihnen", "sie", "wir", "ihr", "uns", "leider", "bei", "zu", "und", "mit", "nach"}
    | {"trabajo", "travail", "werk", "je", "uw", "jouw", "bij", "la", "el", "le", "les"}
    | {"unfortunately", "thank", "thanks", "please", "hi", "hello", "dear", "i", "if"}
    | {"req", "requisition", "ref", "reference", "application", "applications", "interview"}
    | {"internal", "external", "all", "every", "each", "that", "which", "what", "who", "der"}
    | {"die", "das", "een", "het", "un", "une", "una", "de", "en", "op", "naar", "van"}
)

# Where a French or Spanish title ends and the sentence goes on ("... digital et vous ...").
_ROMANCE_STOP = frozenset(
    "et y e nous vous a à ha ya que qui est n'est pour para en con chez au aux dans sur no fue "
    "sera será ne n' il elle ce se le la les el los las un une una avec sans mais pero ou o "
    "car porque dont ont han hemos avons fue sido de por".split()
)
_ROLE_TAIL = re.compile(
    r"[ \t]*(?:\((?:m|f|w|d|x|h|all genders|m/w/d|f/m/x|w/m/d|m/f/d|h/f|f/h|m/v/x)[^)]*\)|"
    r"\b(?:position|role|opening|vacancy|job)|req(?:uisition)?\.?[ \t]*#?[ \t]*[\w-]+|"
    r",?[ \t]*job[ \t]+(?:number|no\.?|id)[ \t]*#?[ \t]*[\w-]+|"
    r"#[ \t]*\d+|\b(?:19|20)\d\d\b|\d{4,})[ \t]*$",
    re.IGNORECASE,
)
_ROLE_LEAD = re.compile(
    r"^(?:(?:19|20)\d\d[ \t]+|[\w&' -]{2,40}['’]s[ \t]+(?=[A-Z0-9])|of[ \t]+|"
    r"[\w/-]*\d[\w/-]*[ \t]+[-–:][ \t]+)",
    re.IGNORECASE,
)

# Parts of a "Title - Part, Part" that are not the title ("CV - Junior Accountant", "Deck
# Officer - Application Outcome").
_NOT_ROLE_PART = re.compile(
    r"^(?:application|applications|outcome|update|status|post|interview|feedback|cv|resume|"
    r"résumé|next steps|ref|reference|job|prueba técnica|sollicitatie|bewerbung|candidature|"
    r"candidatura|solicitud|absage|offer|vacancy)\b[ \t]*",
    re.IGNORECASE,
)
# Terms of employment, not part of the title: "PTA in Teilzeit", "Vendeur en CDI".
_TERMS = re.compile(
    r"[ \t]+(?:(?:in[ \t]+)?(?:teilzeit|vollzeit)|en[ \t]+(?:cdi|cdd|alternance)|"
    r"(?:a[ \t]+)?(?:jornada[ \t]+completa|media[ \t]+jornada|tiempo[ \t]+parcial))$",
    re.IGNORECASE,
)
_TERM_ENDINGS = ("zeit", "cdi", "cdd", "alternance", "completa", "jornada", "parcial")
_PAPER_ENDINGS = ("application", "applications", "interview", "outcome", "update")
_PAPER_WORD = re.compile(r"[ \t]+(?:application|applications|interview|outcome|update)$", re.I)
_ORGANISATION_UNIT = re.compile(
    r"^(?:school|department|faculty|division|directorate|institute)\b", re.IGNORECASE
)


# A day in a subject ("Nanny - Friday", "Barista - Sat 14th"): when, not what.
_DAY_PART = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow|tonight|"
    r"this[ \t]+week(?:end)?|next[ \t]+week(?:end)?",
    re.IGNORECASE,
)


def _not_role_part(part: str) -> bool:
    """ "Application Outcome", "Sollicitatie", "School of Chemistry": a part that names no role."""
    if _DAY_PART.fullmatch(part.split()[0].strip(".,") if part.split() else ""):
        return True
    lead = _NOT_ROLE_PART.match(part) or _ORGANISATION_UNIT.match(part)
    return bool(lead) and not _has_role_noun(part[lead.end() :])


_JOB_NOUN_CUE_WORDS = ("poste", "puesto", "vacante", "cargo", "plaza", "functie", "vacature")
_JOB_NOUN_CUE_WORDS += ("sollicitatie", "stage")
# A French or Spanish job word names a title only through "de": "poste de libraire", but
# "le poste et nous", "el puesto queda cubierto", and the English "stage of the process".
_JOB_NOUN_CUE = re.compile(
    r"(?:functie|vacature)[ \t]+(?:(?:van|als|voor)[ \t]+)?$|"
    r"sollicitatie[ \t]+(?:als|voor)[ \t]+$|"  # not "je sollicitatie ontvangen"
    r"(?:poste|puesto|vacante|cargo|plaza|stage)[ \t]+(?:de|d['’])[ \t]*$|"
    r"(?:poste|stage)[ \t]*d['’]$",
    re.IGNORECASE,
)


def _lower_role(role: str, cue: str) -> str | None:
    """A lower-case title ("florist assistant"), cut after its last job noun."""
    words = role.split()
    while len(words) > 1 and words[0] in ("be", "a", "an", "the", "our", "as"):
        words = words[1:]  # "to be a barista"
    nouns = [i for i, word in enumerate(words) if _role_noun(word)]
    if nouns and fold(words[nouns[-1]]) not in _WEAK_NOUNS:
        return " ".join(words[: nouns[-1] + 1])
    tail = cue[-32:].lower()
    if (
        any(word in tail for word in _JOB_NOUN_CUE_WORDS)
        and _JOB_NOUN_CUE.search(tail)
        and fold(words[0]) not in _ROLE_STOP
    ):
        return words[0]  # "le poste de libraire": the cue itself says it is a job
    return None


_DANGLING = frozenset({"de", "d'", "d’", "del", "du", "des", "y", "et", "en", "la", "le", "el"})


def _romance_lower_role(role: str, cue: str) -> str | None:
    """ "infirmière de bloc opératoire. Nous ...": a lower-case French or Spanish title keeps
    its complement ("de bloc", "d'accueil", "saisonnier") up to where the sentence goes on."""
    words = _romance_role(role).split()
    while words and fold(words[-1]) in _DANGLING:
        words.pop()
    if not words or fold(words[0]) in _ROLE_STOP:
        return None
    if _role_noun(words[0]) or _JOB_NOUN_CUE.search(cue[-32:]):
        return " ".join(_title_complement(words))  # "le poste d'agent d'accueil"
    return _lower_role(" ".join(words), cue)


_OF = frozenset({"de", "du", "del", "des"})
# Verbs and pronouns that go on after a title: "auxiliar queda en pausa", "técnica contigo".
_SENTENCE_WORDS = frozenset(
    "queda quedó contigo esta este está estaba sigue reste restera était sera est sont ya se "
    "ha sido".split()
)


def _title_complement(words: list[str]) -> list[str]:
    """The title and what completes it: one qualifier ("vendeur saisonnier") and "de"
    phrases ("infirmière de bloc opératoire", "chef d'équipe logistique"), nothing further."""
    kept, index = words[:1], 1

    def plain(at: int) -> bool:
        word = fold(words[at]) if at < len(words) else ""
        return bool(word) and word not in _OF and word not in _SENTENCE_WORDS

    while len(kept) < 3 and plain(index) and not fold(words[index]).startswith(("d'", "d’")):
        kept.append(words[index])  # "agent technique polyvalent"
        index += 1
    while index < len(words):
        word = fold(words[index])
        if word in _OF and plain(index + 1):
            kept += words[index : index + 2]
            index += 2
        elif word.startswith(("d'", "d’")):
            kept.append(words[index])
            index += 1
        else:
            break
        if plain(index) and not fold(words[index]).startswith(("d'", "d’")):
            kept.append(words[index])  # "de bloc opératoire"
            index += 1
    return kept


def _romance_role(role: str) -> str:
    """ "Chef de projet digital et vous" -> "Chef de projet digital"."""
    words = role.split()
    for index, word in enumerate(words[1:], 1):
        if word[:1].islower() and fold(word) in _ROMANCE_STOP:
            following = words[index + 1] if index + 1 < len(words) else ""
            if word in ("de", "y") and following and fold(following) not in _ROMANCE_STOP:
                continue  # "Chef de projet", "Técnico de Mantenimiento"
            return " ".join(words[:index])
    return role


def _clean_role(role: str, avoid: str = "", company: str = "") -> str | None:
    """The title without quotes, gender tags, requisition numbers, years or the employer."""
    role = role.strip().strip("\"'“”‘’").strip()
    if company and role.lower().startswith(company.lower() + " "):
        role = role[len(company) + 1 :]  # "the Orbis Consulting Group Analyst Program"
    role = _ROLE_LEAD.sub("", _ROLE_LEAD.sub("", role))
    parts = re.split(r"[ \t]+[-–][ \t]+|,[ \t]+", role)
    if len(parts) > 1:
        kept = [part for i, part in enumerate(parts) if not (i and _not_role_part(part))]
        kept = kept if not _NOT_ROLE_PART.match(parts[0]) else kept[1:]
        if kept and len(kept) < len(parts):
            role = role[role.index(kept[0]) : role.rindex(kept[-1]) + len(kept[-1])]
    for _ in range(3):
        trimmed = _ROLE_TAIL.sub("", role).strip(" \t-–|:,")
        if trimmed == role:
            break
        role = trimmed
    if role.lower().endswith(_TERM_ENDINGS):
        role = _TERMS.sub("", role)
    paper = _PAPER_WORD.search(role) if role.lower().endswith(_PAPER_ENDINGS) else None
    if paper and _has_role_noun(role[: paper.start()]):
        role = role[: paper.start()]  # "Paralegal Application" in a subject
    if avoid:
        parts = re.split(r"[ \t]+[-–][ \t]+|,[ \t]+", role)
        if len(parts) > 1 and company_key(parts[-1]) == avoid:
            role = role[: role.rindex(parts[-1])].rstrip(" \t-–,")
    lead = _NOT_ROLE_PART.match(role)
    if lead and not role[lead.end() :][:1].islower():
        if not _has_role_noun(role[lead.end() :]):
            return None  # "Prueba técnica"
        role = role[lead.end() :] if role[lead.end() :][:1].isupper() else role
    words = role.split()
    if not words or len(words) > 9 or (fold(words[0]) in _ROLE_STOP and not words[0].isupper()):
        return None
    if not any(ch.isalpha() for ch in role) or company_key(role) == avoid:
        return None
    if role[0].isdigit() and not re.match(r"\d+(?:st|nd|rd|th)\b", role):
        return None  # "a 45-minute interview"
    if role.lower() in _NOT_ROLES:
        return None  # "your Hiring Manager interview" names the interviewer
    if role.isupper() and len(role) > 5:
        role = role.title()  # "DECK OFFICER" from a shouting template
    return role
