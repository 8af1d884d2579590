"""Who and what a hiring email is about: the employer, the role and the person who signed it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from .. import senders
from ..tokens import fold

_TEAM_WORDS = (
    "talent acquisition team|talent acquisition|talent team|recruiting team|recruitment team|"
    "hiring team|people team|people operations|people & culture|people and culture|careers team|"
    "hr team|human resources|recruiting|recruitment|careers|career|jobs|hiring|talent|team|hr|"
    "people|rh|recrutement|personalabteilung|personal|recursos humanos|werving|selectie|"
    "bewerbermanagement|reclutamiento|notifications|early careers|university recruiting|"
    "campus recruiting|graduate recruitment|graduate recruiting|rrhh|service recrutement|"
    "university relations|campus relations|resourcing|early talent|"
    "service rh|university programs|university programmes|internships|equipo de talento|"
    "internal comms|internal communications|communications|comms|"
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
_TEAMISH = re.compile(
    r"\b(?:team|recruiting|recruitment|talent|careers?|jobs|hiring|hr|people|human resources|"
    r"acquisition|notifications?|no.?reply|department|rh|recrutement|recursos|werving|talento|"
    r"equipo|équipe|personalabteilung)\b",
    re.IGNORECASE,
)
_PERSON_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’.-])*$")
_ORGANISATION_WORDS = re.compile(
    r"\b(?:health|healthcare|systems?|group|labs?|bank|hotels?|insurance|industries|airlines?|"
    r"partners|studios?|software|solutions|technolog(?:y|ies)|tech|media|capital|consulting|"
    r"foods?|logistics|clinic|hospital|university|college|school|council|agency|company|inc|"
    r"ltd|llc|gmbh|robotics|energy|retail|services|foundation|mobility|realty|security|games|"
    r"analytics|finance|financial|legal|law|motors|builders|farms?|cargo|solar|supply|travel|"
    r"ventures|network|networks|digital|design|creative|works|club|institute|press|publishing|"
    r"pharma|bio|biotech|medical|dental|cloud|data|ai|apps?|hq|global|international|holdings|"
    r"enterprises|associates|outfitters|coffee|restaurant|bakery|brewery|theatre|theater|"
    r"museum|library|trust|council|ministry|department|office|academy|center|centre|"
    r"gemeente|stadtwerke|zorggroep|groep|gruppe|groupe|grupo|banco|banque|clinique|ferme|"
    r"brasserie|cafeteria|cafetería|atelier|maison|agence|kanzlei|verlag|versicherung(?:en)?|"
    r"verzekeringen|logistiek|logistik|bakkerij|studio|gmbh|hotel|hoteles|distillery|"
    r"electrical|plumbing|construction|kitchen|garage|shop|store|salon|surgery|practice|"
    r"staffing|biosciences|therapeutics|aerospace|outdoors|housing)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset({"van", "de", "der", "den", "von", "del", "la", "le", "da", "di", "du"})

_WORD = r"[A-Z0-9](?:[\w&'’+-]|\.(?=\w))*"
_NAME = _WORD + r"(?:[ \t](?:&[ \t])?(?:" + _WORD + r"|of|de|and|&)){0,3}"
_CAPITALISED_RUN = re.compile(_WORD + r"(?:[ \t]+(?:&[ \t]+)?" + _WORD + r"){0,4}")
_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_MACHINE_LINES = ("sent ", "verstuurd ", "powered ", "envoyé ", "gesendet ", "enviado ", "this ")
_COMPANY_AFTER = re.compile(
    r"(?:position|role|job|opening|vacancy|opportunity|opportunities|career|careers|team|"
    r"interest|interested|applying|applied|apply|application|interviewing|interviews?|time|"
    r"work|working|join|joining|everyone|behalf|here|us)"
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
_NOT_COMPANY = frozenset(
    {"this", "that", "the", "our", "we", "your", "you", "i", "a", "an", "it", "unfortunately"}
    | {"thank", "thanks", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
    | {"sunday", "january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "this time", "present", "least", "all"}
    | {"someone", "somebody", "anyone", "everyone", "nobody", "people", "recruiters"}
    | {"hr", "us", "them", "him", "her", "me", "my", "ihnen", "uns", "vous", "nous", "usted", "ons"}
    | {"they", "she", "he", "sie", "ils", "elles", "ellos", "zij", "wij", "wir"}
    | {"la", "le", "el", "de", "der", "die", "das", "een", "het", "uw", "je", "su", "tu"}
    | {"linkedin", "indeed", "glassdoor", "greenhouse", "lever", "workday", "ashby", "xing"}
    | {"smartrecruiters", "icims", "taleo", "teamtailor", "personio", "stepstone", "otta"}
    | {"zoom", "google", "teams", "microsoft teams", "google meet", "calendly", "english"}
    | {"google calendar", "calendar", "outlook", "outlook calendar", "microsoft outlook"}
    | {"senior", "junior", "staff", "lead", "principal", "head", "ceo", "cto", "vp"}
)
_NOT_FIRST_WORDS = frozenset(
    {"the", "this", "our", "your", "we", "unfortunately", "thank", "dear", "le", "la", "les"}
    | {"el", "los", "das", "der", "die", "ihr", "dein", "team", "het", "see", "view", "find"}
    | {"explore", "browse", "manage", "apply", "search", "get", "read", "sent", "verstuurd"}
    | {"powered", "hi", "hello", "hey", "best", "regards", "thanks", "kind", "one", "all"}
    | {"l'equipe", "equipe", "equipo", "l'equipo", "het", "ihr", "votre", "tu", "su", "uw"}
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|inc\.|llc|ltd|ltd\.|limited|gmbh|ag|se|sa|sas|sarl|bv|b\.v\.|nv|n\.v\.|"
    r"plc|corp|corp\.|co\.|co|kg|ug|s\.l\.|sl|s\.a\.|oy|ab|as|aps|pty|pte|llp|lp|pllc|gbr|ohg|"
    r"kgaa|srl|s\.r\.l\.|spa|s\.p\.a\.|ltda|bvba|asa)\.?$",
    re.IGNORECASE,
)

_CLOSINGS = (
    "best",
    "regards",
    "kind regards",
    "warm regards",
    "best regards",
    "warmly",
    "warm wishes",
    "thanks",
    "thank you",
    "many thanks",
    "cheers",
    "sincerely",
    "yours sincerely",
    "yours truly",
    "all the best",
    "best wishes",
    "with best wishes",
    "take care",
    "respectfully",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "liebe grüße",
    "herzliche grüße",
    "schöne grüße",
    "grüße",
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "sincères salutations",
    "salutations",
    "belle journée",
    "à bientôt",
    "saludos",
    "un saludo",
    "saludos cordiales",
    "atentamente",
    "cordialmente",
    "un abrazo",
    "met vriendelijke groet",
    "vriendelijke groet",
    "vriendelijke groeten",
    "hartelijke groet",
    "groeten",
    "groet",
    "met hartelijke groet",
    "yours",
    "yours faithfully",
    "with thanks",
    "with appreciation",
    "with gratitude",
    "sending good wishes",
    "all best",
    "kind wishes",
    "speak soon",
    "talk soon",
    "groetjes",
    "bises",
    "un abrazo",
    "abrazos",
    "saludos cordiales",
    "un cordial saludo",
    "bien cordialement",
)
_CLOSING_LINE = re.compile(
    r"^(?:with[ \t]+)?(?:"
    + "|".join(re.escape(c) for c in sorted(_CLOSINGS, key=len, reverse=True))
    + r")"
    r"(?:[ \t]+(?:from|de|van|von)[ \t]+[^\n,]{0,40})?[ \t]*[,.!:;-]*[ \t]*(.*)$",
    re.IGNORECASE,
)
_DISPLAY_SPLIT = re.compile(r"[ \t]+(?:via|from|at|@|\||-|–)[ \t]+")
_MAX_SIGNATURE_LINES = 25
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
_COMPANY_AFTER_NAME = (" team", " recruiting", " careers", " talent")
_MAX_CLOSING_LINE = 60
_FIELD_SPLIT = re.compile(r"[ \t]*[|,][ \t]*")
_GREETINGS = ("hi ", "hello", "hey", "dear", "bonjour", "hola", "hallo", "hoi ", "ciao", "morning")
_GREETINGS += ("salut", "liebe", "lieber", "beste ", "estimad", "querid", "cher ", "chère", "hej")
_GREETINGS += ("buongiorno", "guten tag", "sehr geehrte", "geachte", "madame", "monsieur", "good ")
_TITLE_WORDS = re.compile(
    r"\b(?:manager|director|engineer(?:ing)?|recruit\w*|head|lead|partner|officer|chair|"
    r"president|founder|ceo|cto|cfo|coo|vp|editor(?:ial)?|designer|developer|analyst|"
    r"specialist|coordinator|consultant|associate|assistant|advisor|administrator|executive|"
    r"product|marketing|sales|operations|finance|talent|senior|junior|principal|staff|chief|"
    r"committee|search|headteacher|teacher|professor|dean|owner|secretary|counsel)\b",
    re.IGNORECASE,
)
_TRAILING_LINES = 3
_LAST_SENTENCE_NAME = re.compile(r"[.!?][ \t]+(?:[-–—~][ \t]*)?([A-Z][a-zà-ÿ'-]{1,20})[ \t]*[.!]?$")
_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|miss|sir|chef)\.?[ \t]+(?=[A-Z])", re.I)
_CLOSING_WORDS = frozenset(_CLOSINGS)
# One-word lines at the foot of a mail that are links, not people.
_NAME_FROM = re.compile(r"[ \t]+(?:vom|von|from|at|bei|chez|de chez|van|@)[ \t]+")
_FOOTER_WORDS = frozenset(
    "unsubscribe privacy imprint impressum datenschutz contact help support careers jobs "
    "linkedin twitter facebook instagram website home confidential disclaimer".split()
)
_CONTACT_DETAILS = re.compile(r"[\d@]|www\.|https?:")
_QUOTE_HEADER = re.compile(
    r"^[ \t>-]*(?:on[ \t].{4,120}[ \t]wrote|am[ \t].{4,120}[ \t]schrieb|le[ \t].{4,120}"
    r"[ \t]a[ \t]écrit|el[ \t].{4,120}[ \t]escribió|op[ \t].{4,120}[ \t]schreef)"
    r"[ \t:-]*$|^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)",
    re.IGNORECASE,
)
_MAX_QUOTE_SCAN = 400
_QUOTE_HINTS = ("wrote", "schrieb", "écrit", "escribió", "schreef", "--")
_CLOSING_TAIL = 60
_CLOSING_END_WORDS = (
    "best",
    "thank",
    "cheers",
    "regards",
    "wishes",
    "warmly",
    "grazie",
    "merci",
    "gracias",
    "groeten",
    "grüße",
    "luck",
    "suerte",
    "chance",
    "succes",
    "erfolg",
)
_CLOSING_AT_END = re.compile(
    r"(?:best|thanks|thank you|cheers|regards|wishes|warmly|grazie|merci|gracias|groeten|grüße|"
    r"luck|suerte|chance|succes|erfolg)"
    r"[,!.]*[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?)[ \t]*[.!]?$",
    re.IGNORECASE,
)
_MAX_SPELLING_SCAN = 6000
_ROLE_MAILBOXES = frozenset(
    "hr jobs job info personal careers career office recruiting recruitment talent team hello "
    "contact admin bewerbung bewerbungen werving empleo rrhh seleccion rh recrutement kanzlei "
    "mail people vacatures sollicitatie karriere hiring apply reception practice hola contacto "
    "enquiries post drh buero büro bureau oficina kantoor secretariaat mairie comms praxis "
    "hallo news nieuws newsletter reservas reservations bookings events kontakt accueil "
    "secretariat recepcion".split()
)
# Words that end an employer's name in running text ("Plinth Foundation", "Summit Legal Group").
_NAME_TAIL = re.compile(
    r"(?:foundation|university|academy|group|trust|health|analytics|consulting|energy|travel|"
    r"studios?|distillery|pilates|labs?|bank|capital|systems|partners|ventures|hospital|"
    r"hospice|college|school|institute|ai|semiconductors?|publishing|creative|agency|design|"
    r"vets|farms|brewing|finance|insights|therapy|services|conseil|primary|architects|"
    r"architekten|hotel|hotels)",
    re.IGNORECASE,
)
_TLD_WORDS = frozenset(
    "health studio energy travel bank capital consulting design agency media labs ventures "
    "legal games foods group partners software solutions systems tech works".split()
)
_ON_BEHALF = re.compile(
    r"[ \t]+(?:on behalf of|im auftrag von|pour le compte de|en nombre de|namens)[ \t]+", re.I
)
_BOARD_DISPLAY = re.compile(r"[ \t](?:jobs|vacancies|stellen|empleos|vacatures)$", re.I)
_TIME_OR_NUMBER = re.compile(r"[\d:.,/-]+[ \t]*(?:am|pm|h|uhr|st|nd|rd|th)?")
_NAME_JOINERS = frozenset(
    {"&", "and", "of", "de", "du", "des", "der", "van", "von", "la", "y", "e"}
)
_PUBLIC_SECOND_LEVEL = frozenset({"sch", "nhs", "police", "mod", "k12", "govt", "school", "nic"})
_AGENCY_LABEL = re.compile(r"recruit|staffing|search|talent|resourcing|headhunt|personnel")
_MAX_LINE = 200


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


@lru_cache(maxsize=4096)
def company_key(name: str | None) -> str:
    """Folded name without legal suffixes, for comparing two spellings of one company."""
    if not name:
        return ""
    stripped = _LEGAL_SUFFIX.sub("", name.strip())
    words = re.sub(r"[^a-z0-9]+", " ", fold(stripped)).split()
    if len(words) > 1 and words[0] in ("the", "die", "het", "le", "la", "el"):
        words = words[1:]  # "The Cork Room" and "Cork Room" are one company
    return " ".join(words)


def _organisation_label(domain: str) -> str:
    """The domain's organisation label, also under public second levels (st-aldhelms.sch.uk)."""
    label = senders.organisation_label(domain)
    if label in _PUBLIC_SECOND_LEVEL:
        parts = domain.split(".")
        index = parts.index(label) if label in parts else 0
        return parts[index - 1] if index > 0 else label
    return label


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


@lru_cache(maxsize=4096)
def looks_like_person(name: str) -> bool:
    """Two to four capitalised words and no team or company words: a person's display name."""
    name = name.strip()
    # The shape of the words first: cheap, and it rules out most names that are not people.
    words = [w for w in re.split(r"[ \t]+", name) if w]
    if not 2 <= len(words) <= 4:
        return False
    if any(w.endswith(("'s", "’s")) for w in words):
        return False  # "Patel's Pharmacy"
    significant = [w for w in words if w.lower() not in _PARTICLES]
    if not significant or not all(
        _PERSON_WORD.match(w) and w[0].isupper() and not w[1:].isupper() for w in significant
    ):
        return False
    return not (
        _TEAMISH.search(name) or _ORGANISATION_WORDS.search(name) or _TITLE_WORDS.search(name)
    )


def _display_name_company(from_name: str, from_email: str, text: str = "") -> str | None:
    name = (from_name or "").strip().strip("\"'")
    if not name:
        return None
    behalf = _ON_BEHALF.split(name, maxsplit=1)
    named_after_at = len(behalf) == 2 and bool(behalf[1].strip())
    if named_after_at:
        name = behalf[1].strip()  # "Dover on behalf of Quill": the sender works for Quill
    via = re.split(r"[ \t]+(?:via|through|über|par|por)[ \t]+", name, maxsplit=1, flags=re.I)
    name = via[0].strip()
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
        return name if named else None
    had_team_words = bool(_TEAMISH.search(name))
    cleaned = clean_company(name)
    if not cleaned or not _acceptable_company(cleaned) or _TEAM_ONLY.fullmatch(cleaned):
        return None  # "Talent Team" names no employer
    domain = senders.domain_of(from_email)
    label = _organisation_label(domain)
    if had_team_words and label and not senders.is_platform(domain):
        cleaned = _completed_by_label(cleaned, label)
    elif had_team_words and text:
        # "Stonebridge Talent" <no-reply@ashbyhq.com> and a mail that says "Stonebridge Analytics"
        spelled = _spelled_in_text({_squeezed(cleaned)[0]}, text[:_MAX_SPELLING_SCAN])
        cleaned = spelled if spelled and _acceptable_company(spelled) else cleaned
    if senders.is_freemail(domain) and not had_team_words:
        return None
    if senders.is_board(domain) and company_key(cleaned).replace(" ", "") == label:
        return None  # "NHS Jobs" <...@jobs.nhs.uk> is the board, not the employer
    if senders.is_board(domain) and not named_after_at and _BOARD_DISPLAY.search(name):
        return None  # "Civil Service Jobs" <noreply@csjobs.service.gov.uk>: the board's name
    if had_team_words or named_after_at or senders.is_platform(domain):
        return cleaned
    squeezed_label = label.replace("-", "")
    key = company_key(cleaned).replace(" ", "")
    if label and key and (key[:4] in squeezed_label or squeezed_label[:4] in key):
        return cleaned
    # A lone first name ("Pietro") on a company domain is a person, not the employer.
    return cleaned if len(cleaned.split()) >= 2 and not looks_like_person(cleaned) else None


def _role_mailbox_names(name: str, from_email: str) -> bool:
    """ "Stadtbibliothek Lindau" <personal@lindau.de>: a shared mailbox under the name's domain."""
    local = from_email.partition("@")[0].lower()
    if re.split(r"[._-]", local)[0] not in _ROLE_MAILBOXES:
        return False
    label = _organisation_label(senders.domain_of(from_email)).replace("-", "")
    if len(label) < 4:
        return False
    whole = _squeezed(name)[0]
    if whole == label:
        return False  # "Mira Castell" <studio@miracastell.com>: a person's own business
    words = [_squeezed(word)[0] for word in name.split()]
    return label in whole or any(len(word) >= 4 and word in label for word in words)


def _completed_by_label(name: str, label: str) -> str:
    """ "Aurora" from "Aurora Recruiting" <recruiting@auroraanalytics.com> -> "Aurora Analytics"."""
    squeezed = _squeezed(name)[0]
    parts = label.split("-")
    if len(parts) == 2 and parts[0] == squeezed and len(parts[1]) > 2:
        return f"{name} {parts[1].title()}"  # altea-conseil
    rest = label[len(squeezed) :] if label.startswith(squeezed) else ""
    return f"{name} {rest.title()}" if rest in _LABEL_SUFFIXES else name


def _named_by_domain(name: str, from_email: str) -> bool:
    """ "Ardent Biosciences" <hr@ardentbio.com>: two words that the domain spells, not a person.

    A person writing from their own domain (ruth@ruthadebayo.com) shows their name in the
    address too, so the address must not be made of the name's words.
    """
    domain = senders.domain_of(from_email)
    label = _organisation_label(domain).replace("-", "")
    first = _squeezed(name.split()[0])[0]
    if len(first) < 4 or not label.startswith(first):
        return False  # the usual case, settled before the costlier checks
    if senders.is_freemail(domain) or senders.is_platform(domain):
        return False
    words = [_squeezed(word)[0] for word in name.split()]
    local = re.sub(r"[^a-z0-9]", "", from_email.partition("@")[0].lower())
    return not any(word in local for word in words)


def _signature_block(lines: list[str]) -> list[str]:
    # The end of a long line, where a one-paragraph note puts its "Best, Nikhil".
    return [line[-_MAX_LINE:] for line in lines[-_MAX_SIGNATURE_LINES:]]


def _team_line_company(lines: list[str]) -> str | None:
    for line in reversed(_signature_block(lines)):
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or stripped.lower().startswith(_MACHINE_LINES):
            continue
        for pattern in (_TEAM_OF_LINE, _TEAM_LINE):
            match = pattern.match(stripped)
            if match:
                name = clean_company(match.group(1))
                if name and _acceptable_company(name):
                    return name
    return None


def _body_companies(text: str) -> list[str]:
    found = []
    for pattern in (_COMPANY_AFTER, _COMPANY_LOCAL):
        for match in pattern.finditer(text[:_MAX_BODY_SCAN]):
            name = clean_company(match.group(1))
            # "application to Growth Marketing Manager": a job title, not the employer
            if name and _acceptable_company(name) and not _TITLE_NOUN.search(name):
                found.append(name)
    return found


@lru_cache(maxsize=4096)
def _squeezed(name: str) -> tuple[str, str]:
    plain = re.sub(r"[^a-z0-9]+", "", fold(name.replace("&", "and")))
    german = re.sub(r"[^a-z0-9]+", "", fold(name.translate(_TRANSLITERATE).replace("&", "and")))
    return plain, german


def _spelled_in_text(targets: set[str], text: str) -> str | None:
    """The text's own spelling of a squeezed name (kestrelrobotics -> Kestrel Robotics)."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        keys = [_squeezed(word) for word in words]
        for start in range(len(words)):
            plain = german = ""
            longest = None
            for end in range(start, len(words)):
                plain += keys[end][0]
                german += keys[end][1]
                if plain in targets or german in targets:
                    longest = end
                if not any(t.startswith(plain) or t.startswith(german) for t in targets):
                    break
            if longest is not None:
                end = longest + 1
                while (
                    end < len(words)
                    and end - longest <= 2
                    and _NAME_TAIL.fullmatch(words[end].strip(".,;:"))
                ):
                    end += 1  # "Plinth" is spelled "Plinth Foundation" here
                return " ".join(words[start:end]).strip(".,;:")
    return None


_LABEL_SUFFIXES = tuple(
    sorted(
        "labs bank games health group systems media capital foods logistics robotics energy "
        "analytics partners studios studio software solutions insurance industries ventures "
        "consulting pharma dental staffing holdings airlines hotels motors biosciences "
        "therapeutics aerospace outdoors housing".split(),
        key=len,
        reverse=True,
    )
)


_LABEL_AFFIXES = re.compile(
    r"^(?:get|join|try|use)(?=[a-z]{4})|(?<=[a-z]{4})(?:hq|app|inc|people|careers|jobs|hr)$"
)


def _unsqueezed(label: str) -> str:
    """A readable name for a domain label: skyforgegames -> Skyforge Games, quartzhq -> Quartz."""
    label = _LABEL_AFFIXES.sub("", label)
    if "-" in label:
        return label.replace("-", " ").title()
    for suffix in _LABEL_SUFFIXES:
        if label.endswith(suffix) and len(label) - len(suffix) >= 3:
            return f"{label[: -len(suffix)].title()} {suffix.title()}"
    return label.title() if len(label) > 3 else label.upper()


def _label_company(
    label: str,
    targets: set[str],
    candidates: Callable[[], list[str]],
    text: str,
    fallback: str = "",
) -> str:
    """The employer a squeezed label names, spelled as the mail spells it when it does."""
    squeezed = label.replace("-", "")
    spelled = _spelled_in_text(targets, text[:_MAX_SPELLING_SCAN]) if text else None
    if spelled and _acceptable_company(spelled):
        return spelled
    for candidate in candidates():
        key = company_key(candidate).replace(" ", "")
        if key and (key.startswith(squeezed) or squeezed.startswith(key)):
            return candidate
    return fallback or _unsqueezed(label)


def _domain_company(
    from_email: str, candidates: Callable[[], list[str]], text: str = ""
) -> str | None:
    domain = senders.domain_of(from_email)
    if not domain or senders.is_platform(domain) or senders.is_freemail(domain):
        return None
    label = _organisation_label(domain)
    if not label or label in senders.PLATFORM_NAMES or label in _NOT_COMPANY:
        return None
    squeezed = label.replace("-", "")
    suffix = domain.rsplit(".", 1)[-1]
    targets = {squeezed} | ({squeezed + suffix} if len(suffix) > 3 else set())
    # tally.health is "Tally Health" when the mail never spells it otherwise.
    fallback = f"{_unsqueezed(label)} {suffix.title()}" if suffix in _TLD_WORDS else ""
    return _label_company(label, targets, candidates, text, fallback)


def _tenant_company(
    from_name: str, from_email: str, candidates: Callable[[], list[str]], text: str
) -> str | None:
    """The employer an ATS address names (acme@myworkday.com), unless it is the sender's name."""
    tenant = senders.tenant_of(from_email)
    if not tenant or tenant in senders.PLATFORM_NAMES:
        return None
    first = fold((from_name or "").split()[0]) if (from_name or "").split() else ""
    if first == tenant:
        return None
    if len(tenant.replace("-", "")) <= 3 and candidates():
        return None  # "jnj@": an abbreviation the body spells out better
    return _label_company(tenant, {tenant.replace("-", "")}, candidates, text)


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
    from_display = _display_name_company(from_name, from_email, text) or _person_like_company(
        from_name, text
    )
    if from_display:
        return from_display
    if senders.is_board(domain):
        relayed = _relayed_companies(text) or body_candidates()
        if relayed:
            return _most_common(relayed)
    label = _organisation_label(domain)
    if not senders.is_platform(domain) and _AGENCY_LABEL.search(label):
        # A recruitment agency writes about its client: the client is the employer, and the
        # agency's own signature ("Brightwater Recruitment") is not.
        squeezed = label.replace("-", "")
        client = [c for c in _relayed_companies(text) if _squeezed(c)[0] not in squeezed]
        if client:
            return _most_common(client)
    from_team = _team_line_company(lines)
    if from_team:
        return from_team
    if senders.is_platform(domain):
        named = _tenant_company(from_name, from_email, body_candidates, text)
        named = named or _signature_title_company(lines)
        if named:
            return named
    if senders.is_platform(domain) and body_candidates():
        return _most_common(body_candidates())
    by_domain = _domain_company(from_email, body_candidates, text)
    if by_domain:
        return by_domain
    return _most_common(body_candidates()) if body_candidates() else None


_RELAYED = re.compile(
    r"(?:\bat|\bfrom|\bbei|\bchez|\bbij|\bsent[ \t]+to|\bviewed[ \t]+by)[ \t]+(" + _NAME + r")|"
    r"(" + _NAME + r")[ \t]+(?:has|have|hat|sent|will not|won't|decided|viewed|reviewed|"
    r"would like|asked)\b"
)


def _relayed_companies(text: str) -> list[str]:
    """Employers named in a job board's relay ("Designer at Meadowlark", "Acme has decided")."""
    found, person_like = _job_line_companies(text), []
    for match in _RELAYED.finditer(text[:_MAX_SPELLING_SCAN]):
        name = clean_company(match.group(1) or match.group(2))
        if name and _acceptable_company(name):
            (person_like if looks_like_person(name) else found).append(name)
    # "Pilot Bay" reads like a person; named again and again in a relay, it is the employer.
    repeated = [name for name in person_like if person_like.count(name) > 1]
    return found or repeated


def _job_line_companies(text: str) -> list[str]:
    """A board's job line names the employer beside the title ("Data Analyst — Cobble Insights",
    "Harlow Dental Care - Dental Receptionist - Bristol")."""
    found = []
    for line in text[:_MAX_SPELLING_SCAN].split("\n")[:40]:
        if len(line) > _MAX_ROLE_LINE or " " not in line:
            continue
        parts = _ROLE_LINE_SEPARATOR.split(line.strip())
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


def _proper_name(name: str) -> bool:
    """Capitalised words and joiners only, no figures: "Cobble Insights", not "Band 5"."""
    return not any(ch.isdigit() for ch in name) and all(
        word[:1].isupper() or word in _NAME_JOINERS for word in name.split()
    )


def _is_title_part(part: str) -> bool:
    return (
        len(part) <= 60 and part[:1].isupper() and len(part.split()) <= 6 and (_has_role_noun(part))
    )


def _person_like_company(from_name: str, text: str) -> str | None:
    """A two-word display name the mail itself uses as a company ("Team Dijkstra Logistiek")."""
    name = (from_name or "").strip().strip("\"'")
    low, key = text.lower(), name.lower()
    if not looks_like_person(name) or key not in low:
        return None
    if any(before + key in low for before in _COMPANY_BEFORE) or any(
        key + after in low for after in _COMPANY_AFTER_NAME
    ):
        return name
    return None


def _most_common(names: list[str]) -> str:
    counts: dict[str, int] = {}
    for name in names:
        counts[company_key(name)] = counts.get(company_key(name), 0) + 1
    best = max(names, key=lambda name: (counts[company_key(name)], -names.index(name)))
    return best


_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+", re.IGNORECASE)
_SUBJECT_PARTS = re.compile(r"[ \t]+[-–—|][ \t]+|:[ \t]+")
_SUBJECT_PART_TAIL = re.compile(
    r"[ \t]+(?:interviews?|loop|role|position|application|opening|vacancy|conversation|"
    r"outcome|update|next steps|search|status)$",
    re.IGNORECASE,
)
_SUBJECT_PART_LEAD = re.compile(
    r"^(?:(?:case study|exciting|update|regarding|bewerbung|application|candidature|your|the|"
    r"on|for|new|role|opportunity|als|as|about|re-opening|reopening|interview|interviews|"
    r"solicitud|sollicitatie|absage|offer|proceso de selección|postulación|candidatura|"
    r"vacature|stelle|poste|puesto|ihre|votre|tu|je|uw|job)"
    r"[ \t]+)+",
    re.IGNORECASE,
)
_TITLE_NOUN = re.compile(
    r"\b(?:engineer|developer|designer|manager|analyst|scientist|architect|specialist|"
    r"coordinator|director|consultant|associate|assistant|officer|technician|nurse|teacher|"
    r"accountant|recruiter|programmer|researcher|editor|writer|copywriter|producer|planner|"
    r"supervisor|chef|barista|driver|apprentice|paralegal|attorney|counsel|lawyer|clerk|"
    r"advisor|adviser|rep|representative|marketer|intern|lead|head of|pm|sre|devops|"
    r"entwickler\w*|ingenieur\w*|développeur\w*|desarrollador\w*|ontwikkelaar|analist)\b",
    re.IGNORECASE,
)


# A capitalised job title: "Senior Data Engineer", "Head of Growth", "Técnico de Operaciones",
# "iOS Engineer", "Chargé(e)". It stops at the first lower-case word that does not join two
# capitalised ones, which is where a sentence goes on ("... Planner could not be ...").
# Possessive loops (*+): a word never gives characters back, so a failed try costs one pass.
_TITLE_WORD = r"(?:[A-ZÀ-Þ0-9]|[ie](?=[A-Z]))(?:[\w'’&/+-]|\.(?=\w))*+(?:\([a-z]{1,3}\))?"
_TITLE_JOIN = r"(?:of|in|im|für|and|&|de|del|des|du|y|et|van|voor)"
_TITLE_CAP = _TITLE_WORD + r"(?:[ \t]+(?:" + _TITLE_JOIN + r"[ \t]+)?" + _TITLE_WORD + r"){0,6}"
# "Staff Nurse - Acute Medical Unit, Band 5", "Product Manager, Platform".
# A one-word qualifier stays ("Backend Engineer (Payments)"); terms of employment do not.
_TITLE_QUALIFIER = (
    r"(?:[ \t]+\((?!(?i:contract|remote|hybrid|temporary|temp|freelance|interim|permanent|"
    r"intern|onsite|on-site)\))(?:[A-Z][a-z]|i[A-Z])[\w+#.]*\)(?=[ \t]*[,.;:!?\n]|[ \t]+[a-z]|$))?"
)
_TITLE_FULL = _TITLE_CAP + r"(?:(?:,|[ \t]+[-–])[ \t]+" + _TITLE_CAP + r"){0,2}" + _TITLE_QUALIFIER
_TITLE_LOW = r"[a-zß-ÿ][\w'’-]*+(?:[ \t]+[a-zß-ÿ][\w'’-]*+){0,2}"
_ROLE = r"[\"“'‘]?(?P<role>" + _TITLE_FULL + r"|" + _TITLE_LOW + r")"
# French and Spanish titles go on in lower case: "Chef de projet digital", "Assistante juridique".
_ROLE_ROMANCE = r"[\"“'‘]?(?P<role>" + _TITLE_CAP + r"(?:[ \t]+[\w'’-]++){0,3}|" + _TITLE_LOW + r")"
_REQ_LEAD = r"(?i:req(?:uisition)?\.?[ \t]*(?:id[ \t]*)?#?[ \t]*[\w-]*\d[\w-]*[ \t]*[-–:][ \t]*)?"
_ARTICLE = r"(?:(?:the|our|this|your|an?|een|de|un|una|une|el|la|le|die|der)[ \t]+)?"
_ROMANCE_CUE = (
    r"(?:comme|en tant que|como|poste|stage|emploi|offre|candidature|puesto|vacante|"
    r"posición|posicion|cargo|plaza|oferta|postulación|postulacion|candidatura|proceso"
    r"(?:[ \t]+de[ \t]+selecci[oó]n)?|entrevistas?)\b"
    r"(?:[ \t]+(?:au|pour le|pour la|à l['’]|pour l['’]|de l['’]|al|para el|para la|en el)"
    r"[ \t]*(?:poste|stage|emploi|offre|cargo|puesto|vacante|posición|posicion))?"
    r"(?:[ \t]+(?:de|d['’]|como|para|a)\b|[ \t]*d['’])?[ \t]*"
)
_GERMANIC_CUE = (
    r"(?:als|(?:stelle|position|rolle|tätigkeit|funktion)(?:[ \t]+(?:als|zum|zur))?|"
    r"functie|vacature|positie|rol|sollicitatie)\b"
    r"(?:[ \t]+(?:op|naar|voor)[ \t]+de[ \t]+(?:functie|vacature|positie))?"
    r"(?:[ \t]+(?:van|als|voor))?[ \t]*"
)


def _role_pattern(cue: str, after: str = "", flags: int = 0, role: str = _ROLE) -> re.Pattern:
    # The role sits in a lookahead: a match consumes only its cue, so a cue inside one role
    # ("shortlisted for interview for Data Engineer") still gets its own try.
    return re.compile(cue + "(?=" + role + after + ")", flags)


class _Cue(NamedTuple):
    """Words that announce a role, and the role's shape right after them.

    The cue is matched on the ASCII-lower-cased text and starts with plain lower-case
    literals, so the engine jumps from one possible first letter to the next; the role is then
    matched once, at the cue's end, on the text itself.
    """

    cue: re.Pattern
    role: re.Pattern
    trusted: bool
    romance: bool = False
    # Words one of which the text must hold for the cue to be worth a scan: a German or
    # Spanish cue is not looked for in an English mail.
    needs: tuple[str, ...] = ()


def _cue(
    cue: str, trusted: bool, flags: int = 0, role: str = _ROLE, needs: tuple[str, ...] = ()
) -> _Cue:
    return _Cue(re.compile(cue, flags), re.compile(role), trusted, role is _ROLE_ROMANCE, needs)


_ASCII_LOWER = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"
)  # one character for one, so offsets in the lower-cased text are offsets in the text
# "the X role": found from the rarer word after the title, then the title read backwards.
_ROLE_SUFFIX = re.compile(
    r"(?:role|position|job|post|opening|vacancy|requisition|programme|program|scheme)(?!\w)"
)
_LOOSE_SUFFIX = re.compile(
    r"(?:process|shortlist|search|contract|interviews?|spot|hire|loop|place)(?!\w)"
)
_ARTICLE_WORD = re.compile(r"(?:the|our|a|an|this|that|your|its)[ \t]+")
_TITLE_TO_END = re.compile(
    r"[\"“'‘]?(?P<role>" + _TITLE_FULL + r"|" + _TITLE_LOW + r")[\"”'’]?[ \t]+$"
)
_SUFFIX_WINDOW = 120
# A role is named near the top; the rest of a long mail is signature, footer or quote.
_MAX_ROLE_SCAN = 3000
_MAX_ROLE_LINES = 200
_WRAP_WIDTH = 55  # a line this long that ends mid-sentence was wrapped by the mailer
_NOT_ROLES = frozenset(
    {"hiring manager", "hiring managers", "hiring team", "interview panel", "search committee"}
    | {"selection panel", "hiring committee", "recruiter", "recruiters", "recruitment team"}
    | {"filled", "position filled", "closed", "open", "unsuccessful", "successful", "rejected"}
    | {"withdrawn", "on hold", "hired", "offer", "in review", "under review", "not selected"}
)
_MAX_LOWER_TRIES = 4
_LINE_CUE = _cue(
    r"^[ \t]*(?:post|position|role|job(?: title)?|vacancy|application|re|ref|reference|"
    r"stelle|poste|puesto|functie|vacature)[ \t]*:[ \t]*(?:[\w/-]*\d[\w/-]*[ \t]+)?",
    False,
    re.MULTILINE,
)
_REFERENCED_LINE = re.compile(r"^" + _ROLE + r"[ \t]*\((?i:ref|req)", re.MULTILINE)
# The most telling cues first. A trusted cue names a role by itself ("the position of X");
# the others count only when the words hold a job noun ("applying to Acme" names the employer,
# not a role).
_ROLE_CUES: tuple[_Cue, ...] = (
    _cue(r"(?:position|role|job|opening|vacancy|post)[ \t]+(?:of|as)[ \t]+(?:an?[ \t]+)?", True),
    _cue(r"(?:position|role)[ \t]+", False),
    _cue(
        r"(?:applying|applied|apply|application|applications|candidacy|interest|"
        r"interviewing|interviews?|considered|consideration|shortlisted|process|"
        r"participation|take-home|assessment)[ \t]+(?:for|to|in)[ \t]+(?:the[ \t]+|our[ \t]+"
        r"|an?[ \t]+)?" + _REQ_LEAD,
        False,
    ),
    _cue(r"(?:to be|as)[ \t]+" + _ARTICLE, False),
    _cue(
        _GERMANIC_CUE,
        True,
        needs=("rol ", *"als stelle position rolle tätigkeit funktion functie vacature".split()),
    ),
    _cue(
        _ROMANCE_CUE,
        True,
        role=_ROLE_ROMANCE,
        needs=(
            "en tant que",
            *"comme como poste stage emploi offre candidat puesto vacante posici cargo".split(),
            *"plaza oferta postulaci proceso entrevista".split(),
        ),
    ),
)
# A bare "for"/"to": tried only after the subject has had its say.
# Only a capitalised title counts after it, so the role pattern fails at once on "for your".
_WEAK_CUE = _cue(
    r"(?:for|to|about|on|regarding|re)[ \t]+(?:the[ \t]+|our[ \t]+|an?[ \t]+)?",
    False,
    role=r"[\"“'‘]?(?P<role>" + _TITLE_FULL + r")",
)
_SUBJECT_ROMANCE = _role_pattern(
    r"(?i:candidature|candidatura|solicitud|postulación|postulacion)[ \t]*(?P<cue>:|-|–|pour|"
    r"para|au poste de|al puesto de)[ \t]*",
    role=_ROLE_ROMANCE,
)
_SUBJECT_APPLICATION = _role_pattern(
    r"(?i:application|applying|candidacy|candidature|bewerbung|sollicitatie|candidatura|"
    r"solicitud)[ \t]*(?P<cue>for|to|as|als|pour|para|voor|:|-|–)[ \t]*(?:the[ \t]+)?"
    r"(?:position[ \t]+)?"
)
# Job nouns, looked up word by word (a set beats one long alternation tried at every word).
_ROLE_NOUNS = frozenset(
    """engineer developer designer manager analyst scientist architect specialist coordinator
    director consultant associate assistant officer technician nurse teacher accountant recruiter
    programmer researcher editor writer copywriter producer planner supervisor chef cook barista
    bartender driver apprentice apprenticeship paralegal attorney counsel lawyer clerk advisor
    adviser rep representative marketer marketeer intern internship trainee graduate lead head pm
    sre devops qa receptionist buyer barber illustrator tutor bookkeeper dispatcher estimator
    administrator auditor mechanic carpenter electrician plumber cashier crew pilot inspector
    operative therapist pharmacist lecturer professor owner fitter banker librarian cleaner porter
    waiter waitress host agent operator worker tester strategist economist statistician physician
    doctor dentist hygienist surgeon vet veterinarian psychologist counsellor counselor instructor
    coach trainer photographer animator artist journalist reporter translator interpreter
    secretary controller treasurer actuary underwriter broker merchandiser stylist florist baker
    butcher welder machinist labourer laborer installer surveyor foreman courier handler
    housekeeper caretaker carer caregiver midwife paramedic guard guide navigator steward captain
    executive fellow postdoc curator archivist educator mentor chemist jurist leader sommelier
    lifeguard administrativo administrativa dependiente dependienta ingeniero ingeniera
    desarrollador desarrolladora técnico técnica analista gerente jefe jefa auxiliar recepcionista
    enfermero enfermera asistente contable vendedor vendedora camarero camarera cocinero cocinera
    abogado abogada consultor consultora coordinador coordinadora responsable chargé chargée
    ingénieur développeur développeuse vendeur vendeuse conseiller conseillère comptable serveur
    serveuse cuisinier infirmier infirmière stagiaire alternant""".split()
)
# German and Dutch compounds end in a job noun: "Projektmanager", "Verkoopmedewerker".
_ROLE_NOUN_ENDINGS = (
    "manager",
    "analyst",
    "kraft",
    "kaufmann",
    "kauffrau",
    "ontwikkelaar",
    "adviseur",
    "leitung",
    "ologist",
    "leider",  # "Teamleider"; the word alone is German for "unfortunately"
    "docent",
    "coder",
    "picker",
    "packer",
    "keeper",
    "gardener",
    "fachangestellte",
    "pfleger",
    "pflegerin",
    "erzieher",
    "erzieherin",
    "lehrer",
    "lehrerin",
    "mechaniker",
    "elektriker",
    "fahrer",
    "fahrerin",
    "köchin",
)
_NOT_ROLE_WORDS = frozenset({"leider", "keeper"})
_ROLE_NOUN_STEM = re.compile(
    "entwickler|ingenieur|berater|leiter|medewerker|techniker|monteur|meister|assistent|"
    "referent|sachbearbeiter|mitarbeiter|werkstudent|verkäufer"
)
_WORD_EDGES = "\"'“”‘’()[],.;:!?/"


def _role_noun(word: str) -> str | None:
    """The job noun a word is (lower case), or None: "Engineer", "Pflegefachkraft"."""
    word = word.strip(_WORD_EDGES).lower()
    if word in _ROLE_NOUNS:
        return word
    if (word.endswith(_ROLE_NOUN_ENDINGS) and word not in _NOT_ROLE_WORDS) or (
        _ROLE_NOUN_STEM.search(word)
    ):
        return word
    return None


# Nouns that also read as adjectives or other words ("a lead role", "head office", "a guide").
_WEAK_NOUNS = frozenset(
    {"lead", "head", "rep", "host", "agent", "graduate", "owner", "guard", "guide", "crew"}
)
_WEAK_NOUN_TITLE = re.compile(
    r"\b(?:Head|Lead)[ \t]+of\b|\b[A-Z][\w-]*[ \t]+(?:Lead|Owner|Rep|Host|Agent|Guard|Guide|"
    r"Crew|Partner|Member|Student)\b|\b(?:[Gg]raduate)[ \t]+(?:[Ss]cheme|[Pp]rogramm?e?|"
    r"[Tt]rainee)\b|\bCrew\b"
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


_ORGANISATION_UNIT = re.compile(
    r"^(?:school|department|faculty|division|directorate|institute)\b", re.IGNORECASE
)


def _not_role_part(part: str) -> bool:
    """ "Application Outcome", "Sollicitatie", "School of Chemistry": a part that names no role."""
    lead = _NOT_ROLE_PART.match(part) or _ORGANISATION_UNIT.match(part)
    return bool(lead) and not _has_role_noun(part[lead.end() :])


_JOB_NOUN_CUE_WORDS = ("poste", "puesto", "vacante", "cargo", "plaza", "functie", "vacature")
_JOB_NOUN_CUE_WORDS += ("sollicitatie", "stage")
_JOB_NOUN_CUE = re.compile(
    r"(?:poste|puesto|vacante|cargo|plaza|functie|vacature|sollicitatie|stage)[ \t]+"
    r"(?:(?:de|d['’]|van|als|voor)[ \t]*)?$|(?:poste|stage)[ \t]*d['’]$",
    re.IGNORECASE,
)
_ROLE_LINE_SEPARATOR = re.compile(r"[ \t]+(?:[—–·|@-]|at|bei|chez|bij|en)[ \t]+")
_MAX_ROLE_LINE = 120


def _has_role_noun(role: str) -> bool:
    nouns = (_role_noun(word) for word in role.replace("/", " ").split())
    return any(noun and fold(noun) not in _WEAK_NOUNS for noun in nouns) or bool(
        _WEAK_NOUN_TITLE.search(role)
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
        if match.group(0) in ("programme", "program", "scheme") and not text[start].islower():
            continue  # "the Graduate Scheme" is the title itself
        window = text[max(0, start - _SUFFIX_WINDOW) : start]
        found = _title_after_article(window)
        if found:
            yield _Candidate(found.group("role"), trusted, False, window, found.start("role"))


def _title_after_article(window: str) -> re.Match | None:
    """The title between the window's last "the|our|a ..." and its end.

    Only the nearest article can open the title: an earlier one would have to run across
    the later article word, which no title does.
    """
    start = -1
    for article in _ARTICLE_WORD.finditer(window):
        at = article.start()
        if not at or not (window[at - 1].isalnum() or window[at - 1] == "_"):
            start = article.end()
    return _TITLE_TO_END.match(window, start) if start >= 0 else None


def _accepted(candidate: _Candidate, avoid: str, company: str) -> str | None:
    """The cleaned role, or None when the words are not a title."""
    role = candidate.role
    if role[:1].islower():
        at = candidate.at
        cleaned = _lower_role(role, candidate.text[max(0, at - 40) : at])
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
        if (lower and lower_case) or (found and (lower or len(candidate.role) <= len(found))):
            continue  # only a longer spelling of the title found can still change the answer
        if lower:
            lower_tries += 1
            if lower_tries > _MAX_LOWER_TRIES:
                continue  # "in the role", "to our team", ...: a long mail has dozens
        role = _accepted(candidate, avoid, name)
        if not role:
            continue
        if lower:
            lower_case = role
        elif found is None:
            found = role
            if low.count(role.lower()) < 2:
                return role  # named once: no other cue can spell it out further
        elif _spells_out(role, found):
            return role  # "the post of Community Librarian" after "the Librarian post"
    if found:
        return found
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


def _signed_name(lines: list[str]) -> tuple[str | None, bool]:
    """The name under the closing line, and whether the mail was signed by a team instead."""
    block = _signature_block(lines)
    for index in range(len(block) - 1, -1, -1):
        line = block[index].strip()
        match = _CLOSING_LINE.match(line) if len(line) <= _MAX_CLOSING_LINE else None
        if not match:
            continue
        rest = [match.group(1).strip(" \t,-–—")] + [ln.strip() for ln in block[index + 1 :]]
        for candidate in rest:
            if not candidate:
                continue
            candidate = candidate.lstrip("-–—~ ").strip()
            candidate = _FIELD_SPLIT.split(candidate, maxsplit=1)[0]
            candidate = _NAME_FROM.split(candidate, maxsplit=1)[0]  # "Anna vom Grünwerk"
            if _TEAMISH.search(candidate) or candidate.lower().startswith("the "):
                return None, True
            candidate = _HONORIFIC.sub("", candidate)
            if looks_like_person(candidate) or _single_name(candidate):
                return candidate, False
            break
    return None, False


def _trailing_name(lines: list[str], display_first: str = "", from_email: str = "") -> str | None:
    """A name standing alone at the very end ("...next week.\nHarriet Lowe\nDirector")."""
    seen = 0
    below = ""
    block = _signature_block(lines)
    for index in range(len(block) - 1, -1, -1):
        line = block[index].strip().lstrip("-–—~ ").strip()
        if not line:
            continue
        if not _CONTACT_DETAILS.search(line):
            seen += 1  # phone numbers and addresses under a name do not push it out of reach
        if seen > _TRAILING_LINES:
            return None
        # The closing and the name end the line: only its last characters can hold them.
        end = line[-_CLOSING_TAIL:]
        low_end = end.lower()
        tail = (
            _CLOSING_AT_END.search(end)
            if any(word in low_end for word in _CLOSING_END_WORDS)
            else None
        )
        if not tail and line.count(" ") >= 4:
            tail = _LAST_SENTENCE_NAME.search(line)  # a note's last "sentence" is a name
        if not tail and line.lower().startswith(_GREETINGS):
            return None
        candidate = tail.group(1) if tail else _FIELD_SPLIT.split(line, maxsplit=1)[0]
        candidate = _HONORIFIC.sub("", candidate)
        if display_first and _same_first_name(candidate, display_first):
            return candidate  # "...though. Rick", "benji" or "Bea" under a note from them
        if tail and tail.re is _LAST_SENTENCE_NAME:
            candidate = ""
        company_like = " " in candidate and _named_by_domain(candidate, from_email)
        if candidate.lower() in _CLOSING_WORDS:
            return None  # "Liebe Grüße" is the closing, the name sits below it
        if not company_like and (
            looks_like_person(candidate) or (_single_name(candidate) and tail)
        ):
            return candidate
        alone = line.strip(" \t.,!") == candidate  # the whole line, not "Pete, wanted to..."
        if not below and alone and _last_line_name(candidate, block, index, from_email):
            return candidate  # "...nothing doing at the moment.\n\nMark"
        if below and _single_name(candidate) and _signs_off(below, block, index):
            return candidate  # "Margaret" above "Meadowbank Farms", after a blank line
        below = line
    return None


def _last_line_name(candidate: str, block: list[str], index: int, from_email: str) -> bool:
    """A lone first name on the mail's last line, set apart from the text: a person's note.

    Not from a no-reply sender, and not the employer's one-word name (jobs@stripe.com
    signing "Stripe")."""
    if not _single_name(candidate) or senders.is_no_reply(from_email):
        return False
    label = _organisation_label(senders.domain_of(from_email)).replace("-", "")
    if _squeezed(candidate)[0] in label:
        return False
    above = block[index - 1].strip() if index else ""
    return not above or above.endswith((",", "!")) or bool(_CLOSING_LINE.match(above))


def _signs_off(below: str, block: list[str], index: int) -> bool:
    """The line below is an employer or a title, and the name line starts its own block."""
    if not (_ORGANISATION_WORDS.search(below) or _TITLE_WORDS.search(below)):
        return False
    above = block[index - 1].strip() if index else ""
    return not above or above.endswith(",") or bool(_CLOSING_LINE.match(above))


def _same_first_name(written: str, first: str) -> bool:
    """ "benji" for Benji, "Bea" for Beatriz, "Gabe" for Gabriel: the sender's own first name."""
    written, first = fold(written), fold(first)
    if written == first:
        return True
    return " " not in written and len(written) >= 3 and written[:3] == first[:3]


def _single_name(word: str) -> bool:
    """One capitalised first name, not a closing word or a job title ("Headteacher")."""
    return _single_first_name(word) and not _TITLE_WORDS.search(word)


def _single_first_name(word: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z][a-zà-ÿ'-]{1,20}", word))
        and word.lower() not in _NOT_COMPANY
        and word.lower() not in _CLOSING_WORDS
        and word.lower() not in _FOOTER_WORDS
    )


def _own_lines(lines: list[str]) -> list[str]:
    """The lines above a quoted earlier message ("On Tue, 4 Mar, Omar Haddad wrote")."""
    head = lines[:_MAX_QUOTE_SCAN]
    joined = "\n".join(head).lower()
    if not any(hint in joined for hint in _QUOTE_HINTS):
        return lines  # the usual case: one pass in C over the whole text
    for index, line in enumerate(head):
        if index and _QUOTE_HEADER.match(line[:200]):
            return lines[:index]
    return lines


def _display_person(from_name: str, from_email: str) -> str:
    """The sender's display name when it names a person: "Dr Amy Fox" -> "Amy Fox", "Gus"."""
    display = _DISPLAY_SPLIT.split((from_name or "").strip(), maxsplit=1)[0]
    display = _HONORIFIC.sub("", display.strip().strip("\"'"))
    if looks_like_person(display):
        # "Usines Carpentier" <rh@usines-carpentier.fr> is the employer, not a person.
        named = _named_by_domain(display, from_email) or _role_mailbox_names(display, from_email)
        return "" if named else display
    # A lone first name counts when the address is that person's own (gus@peakmotors.com).
    local = fold(from_email.partition("@")[0])
    if (
        _single_first_name(display)
        and re.split(r"[._-]", local)[0] == fold(display)
        and fold(display) not in _ROLE_MAILBOXES
        and not _TEAMISH.search(display)
    ):
        return display  # but "Careers" <careers@...> and "Info" <info@...> are mailboxes
    return ""


def extract_contact(from_name: str, from_email: str, lines: list[str]) -> str | None:
    """The person who signed the mail, completed from the display name when only a first name."""
    display = _display_person(from_name, from_email)
    first = display.split()[0] if display else ""
    lines = _own_lines(lines)
    signed, team_signed = _signed_name(lines)
    if signed and not (" " in signed and _named_by_domain(signed, from_email)):
        return display if " " not in signed and fold(first) == fold(signed) else signed
    if team_signed:
        return None
    trailing = _trailing_name(lines, first, from_email)
    if trailing:
        same = " " not in trailing and first and _same_first_name(trailing, first)
        return display if same else trailing  # "Dom" under a note from Dominic Hale
    if display and not senders.is_no_reply(from_email):
        return display
    return None
