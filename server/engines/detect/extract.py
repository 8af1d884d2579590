"""Who and what a hiring email is about: the employer, the role and the person who signed it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from . import senders
from .tokens import fold

_TEAM_WORDS = (
    "talent acquisition team|talent acquisition|talent team|recruiting team|recruitment team|"
    "hiring team|people team|people operations|people & culture|people and culture|careers team|"
    "hr team|human resources|recruiting|recruitment|careers|career|jobs|hiring|talent|team|hr|"
    "people|rh|recrutement|personalabteilung|personal|recursos humanos|werving|selectie|"
    "bewerbermanagement|reclutamiento|notifications|early careers|university recruiting|"
    "campus recruiting|graduate recruitment|graduate recruiting|rrhh|service recrutement|"
    "university relations|campus relations|resourcing|early talent|"
    "service rh|via [a-z ]+"
)
_TEAM_SUFFIX = re.compile(r"(?:[\s,|:-]+(?:" + _TEAM_WORDS + r"))+\s*$", re.IGNORECASE)
_TEAM_PREFIX = re.compile(
    r"^(?:the\s+)?(?:jobs|careers|recruiting|hiring|talent|team|hr)\s+(?:at|@|bei|chez|bij)\s+",
    re.IGNORECASE,
)
_TEAM_LEAD = re.compile(
    r"^(?:personalabteilung|recruiting(?:[ \t]+team)?|recruitment|talent acquisition|"
    r"service[ \t]+(?:recrutement|rh|des ressources humaines)|équipe recrutement|"
    r"equipo[ \t]+de[ \t]+(?:talento|selección|seleccion|reclutamiento|rrhh)|"
    r"human resources|hr|people & culture|karriere|careers|jobs|rh|recrutement|werving)"
    r"[ \t]+(?:team[ \t]+)?(?:der[ \t]+|de[ \t]+|von[ \t]+|van[ \t]+|at[ \t]+)?(?=\S)",
    re.IGNORECASE,
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TEAMISH = re.compile(
    r"\b(?:team|recruiting|recruitment|talent|careers?|jobs|hiring|hr|people|human resources|"
    r"acquisition|notifications?|no.?reply|department|rh|recrutement|recursos|werving)\b",
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
    | {"la", "le", "el", "de", "der", "die", "das", "een", "het", "uw", "je", "su", "tu"}
    | {"linkedin", "indeed", "glassdoor", "greenhouse", "lever", "workday", "ashby", "xing"}
    | {"smartrecruiters", "icims", "taleo", "teamtailor", "personio", "stepstone", "otta"}
    | {"zoom", "google", "teams", "microsoft teams", "google meet", "calendly", "english"}
    | {"senior", "junior", "staff", "lead", "principal", "head", "ceo", "cto", "vp"}
)
_NOT_FIRST_WORDS = frozenset(
    {"the", "this", "our", "your", "we", "unfortunately", "thank", "dear", "le", "la", "les"}
    | {"el", "los", "das", "der", "die", "ihr", "dein", "team", "het", "see", "view", "find"}
    | {"explore", "browse", "manage", "apply", "search", "get", "read", "sent", "verstuurd"}
    | {"powered", "hi", "hello", "hey", "best", "regards", "thanks", "kind", "one", "all"}
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|inc\.|llc|ltd|ltd\.|limited|gmbh|ag|se|sa|sas|sarl|bv|b\.v\.|nv|n\.v\.|"
    r"plc|corp|corp\.|co\.|co|kg|ug|s\.l\.|sl|s\.a\.|oy|ab|as|aps|pty|pte)\.?$",
    re.IGNORECASE,
)

_ROLE_PATTERNS = (
    re.compile(
        r"(?:position|role|job|opening|vacancy|post)[ \t]+(?:of|as)[ \t]+(?:an?[ \t]+)?"
        r"[\"“']?([A-Z][^\n.,;!?\"”()]{1,70}?)[\"”']?(?=[ \t]+(?:at|with|in|here|on|for)\b|"
        r"[ \t]*[.,;!?\n(]|$)"
    ),
    re.compile(
        r"(?:for|to|of|as|in|about|regarding|on|with|into|from)[ \t]+"
        r"(?:the|our|this|your|an?)[ \t]+[\"“']?"
        r"([A-Z][^\n.,;!?\"”()]{1,70}?)[\"”']?[ \t]+(?:position|role|opening|vacancy|job|post|"
        r"opportunity|req|requisition)\b"
    ),
    re.compile(
        r"(?:applying|applied|application|candidacy|interest|interviewing|interviews?)[ \t]+"
        r"(?:for|to)[ \t]+(?:the[ \t]+)?[\"“']?([A-Z][^\n.,;!?\"”()]{1,70}?)[\"”']?"
        r"(?=[ \t]+(?:at|with|here|role|position)\b|[ \t]*[.,;!?\n(]|$)"
    ),
    re.compile(
        r"(?:Stelle|Position|Rolle|Bewerbung)[ \t]+als[ \t]+([A-Z][^\n.,;!?\"”()]{1,70}?)"
        r"(?=[ \t]+(?:bei|in|im|zu|und)\b|[ \t]*[.,;!?\n(]|$)"
    ),
    re.compile(
        r"(?:poste|candidature|offre)[ \t]+(?:de|d'|d’|au poste de|pour le poste de)[ \t]*"
        r"([A-Z][^\n.,;!?\"”()]{1,70}?)(?=[ \t]+(?:chez|au sein|à|a|en)\b|[ \t]*[.,;!?\n(]|$)"
    ),
    re.compile(
        r"(?:puesto|vacante|posición|posicion|candidatura)[ \t]+(?:de|como|para)[ \t]+"
        r"([A-Z][^\n.,;!?\"”()]{1,70}?)(?=[ \t]+(?:en|con)\b|[ \t]*[.,;!?\n(]|$)"
    ),
    re.compile(
        r"(?:functie|vacature|rol|positie)[ \t]+(?:van|als|voor)?[ \t]*"
        r"([A-Z][^\n.,;!?\"”()]{1,70}?)(?=[ \t]+(?:bij|in)\b|[ \t]*[.,;!?\n(]|$)"
    ),
)
_SUBJECT_ROLE = (
    re.compile(
        r"(?:application|applying|candidacy|candidature|bewerbung|sollicitatie|candidatura)"
        r"[ \t]*(?:for|to|as|als|pour|para|voor|:|-|–)[ \t]*(?:the[ \t]+)?(?:position[ \t]+)?"
        r"[\"“']?([^\n\"”(]{2,70}?)[\"”']?(?=[ \t]+(?:at|@|bei|chez|bij|en|with)[ \t]|"
        r"[ \t]*(?:[|(–]|[ \t]-[ \t]|$))",
        re.IGNORECASE,
    ),
)
_ROLE_TAIL = re.compile(
    r"[ \t]*(?:\((?:m|f|w|d|x|h|all genders|m/w/d|f/m/x|w/m/d|m/f/d|h/f|f/h|m/v/x)[^)]*\)|"
    r"(?:position|role|opening|vacancy|job)|req(?:uisition)?\.?[ \t]*#?[ \t]*[\w-]+|"
    r"#[ \t]*\d+|\d{4,})[ \t]*$",
    re.IGNORECASE,
)
_ROLE_STOP = frozenset(
    {"this", "the", "a", "an", "our", "your", "it", "us", "you", "we", "them", "future"}
    | {"other", "another", "open", "same", "next", "any", "more", "further", "new"}
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
    r"^(?:" + "|".join(re.escape(c) for c in sorted(_CLOSINGS, key=len, reverse=True)) + r")"
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
_TITLE_WORDS = re.compile(
    r"\b(?:manager|director|engineer(?:ing)?|recruit\w*|head|lead|partner|officer|chair|"
    r"president|founder|ceo|cto|cfo|coo|vp|editor(?:ial)?|designer|developer|analyst|"
    r"specialist|coordinator|consultant|associate|assistant|advisor|administrator|executive|"
    r"product|marketing|sales|operations|finance|talent|senior|junior|principal|staff|chief|"
    r"committee|search|headteacher|teacher|professor|dean|owner|secretary|counsel)\b",
    re.IGNORECASE,
)
_TRAILING_LINES = 3
_CLOSING_AT_END = re.compile(
    r"(?:best|thanks|thank you|cheers|regards|wishes|warmly|grazie|merci|gracias|groeten|grüße)"
    r"[,!.]*[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?)[ \t]*[.!]?$",
    re.IGNORECASE,
)
_MAX_SPELLING_SCAN = 6000
_MAX_LINE = 200


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
    return name.strip(" \t.,;:!?-–|@")


def company_key(name: str | None) -> str:
    """Folded name without legal suffixes, for comparing two spellings of one company."""
    if not name:
        return ""
    stripped = _LEGAL_SUFFIX.sub("", name.strip())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(stripped)).split())


def _acceptable_company(name: str) -> bool:
    folded = fold(name).strip()
    if not folded or folded in _NOT_COMPANY or len(name) > 60:
        return False
    if folded in senders.PLATFORM_NAMES:
        return False
    first = folded.split()[0]
    return first not in _NOT_FIRST_WORDS


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words and no team or company words: a person's display name."""
    name = name.strip()
    # The shape of the words first: cheap, and it rules out most names that are not people.
    words = [w for w in re.split(r"[ \t]+", name) if w]
    if not 2 <= len(words) <= 4:
        return False
    significant = [w for w in words if w.lower() not in _PARTICLES]
    if not significant or not all(
        _PERSON_WORD.match(w) and w[0].isupper() and not w[1:].isupper() for w in significant
    ):
        return False
    return not (
        _TEAMISH.search(name) or _ORGANISATION_WORDS.search(name) or _TITLE_WORDS.search(name)
    )


def _display_name_company(from_name: str, from_email: str) -> str | None:
    name = (from_name or "").strip().strip("\"'")
    if not name:
        return None
    via = re.split(r"[ \t]+(?:via|through|über|par|por)[ \t]+", name, maxsplit=1, flags=re.I)
    name = via[0].strip()
    at = re.split(r"[ \t]+(?:at|@|bei|chez|bij)[ \t]+", name, maxsplit=1, flags=re.I)
    named_after_at = False
    if len(at) == 2 and at[1].strip():
        left = at[0].strip()
        # "Lisa at Canva", "Jobs at Acme": the part after "at" is the employer.
        if looks_like_person(left) or _single_first_name(left) or _TEAMISH.search(left):
            name, named_after_at = at[1], True
    for sep in (" | ", " - ", " – ", ", "):
        if sep in name:
            left, right = name.split(sep, 1)
            name = right if looks_like_person(left.strip()) else left
            break
    if looks_like_person(name):
        return name if _named_by_domain(name, from_email) else None
    had_team_words = bool(_TEAMISH.search(name))
    cleaned = clean_company(name)
    if not cleaned or not _acceptable_company(cleaned):
        return None
    domain = senders.domain_of(from_email)
    label = senders.organisation_label(domain)
    if senders.is_freemail(domain) and not had_team_words:
        return None
    if senders.is_board(domain) and company_key(cleaned).replace(" ", "") == label:
        return None  # "NHS Jobs" <...@jobs.nhs.uk> is the board, not the employer
    if had_team_words or named_after_at or senders.is_platform(domain):
        return cleaned
    squeezed_label = label.replace("-", "")
    key = company_key(cleaned).replace(" ", "")
    if label and key and (key[:4] in squeezed_label or squeezed_label[:4] in key):
        return cleaned
    # A lone first name ("Pietro") on a company domain is a person, not the employer.
    return cleaned if len(cleaned.split()) >= 2 and not looks_like_person(cleaned) else None


def _named_by_domain(name: str, from_email: str) -> bool:
    """ "Ardent Biosciences" <hr@ardentbio.com>: two words that the domain spells, not a person.

    A person writing from their own domain (ruth@ruthadebayo.com) shows their name in the
    address too, so the address must not be made of the name's words.
    """
    domain = senders.domain_of(from_email)
    label = senders.organisation_label(domain).replace("-", "")
    first = _squeezed(name.split()[0])[0]
    if len(first) < 4 or not label.startswith(first):
        return False  # the usual case, settled before the costlier checks
    if senders.is_freemail(domain) or senders.is_platform(domain):
        return False
    words = [_squeezed(word)[0] for word in name.split()]
    local = re.sub(r"[^a-z0-9]", "", from_email.partition("@")[0].lower())
    return not any(word in local for word in words)


def _signature_block(lines: list[str]) -> list[str]:
    return [line[:_MAX_LINE] for line in lines[-_MAX_SIGNATURE_LINES:]]


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
                return " ".join(words[start : longest + 1]).strip(".,;:")
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


_LABEL_AFFIXES = re.compile(r"^(?:get|join|try|use)(?=[a-z]{4})|(?<=[a-z]{4})(?:hq|app|inc)$")


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
    label: str, targets: set[str], candidates: Callable[[], list[str]], text: str
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
    return _unsqueezed(label)


def _domain_company(
    from_email: str, candidates: Callable[[], list[str]], text: str = ""
) -> str | None:
    domain = senders.domain_of(from_email)
    if not domain or senders.is_platform(domain) or senders.is_freemail(domain):
        return None
    label = senders.organisation_label(domain)
    if not label or label in senders.PLATFORM_NAMES:
        return None
    squeezed = label.replace("-", "")
    suffix = domain.rsplit(".", 1)[-1]
    targets = {squeezed} | ({squeezed + suffix} if len(suffix) > 3 else set())
    return _label_company(label, targets, candidates, text)


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
    from_display = _display_name_company(from_name, from_email) or _person_like_company(
        from_name, text
    )
    if from_display:
        return from_display
    if senders.is_board(domain):
        relayed = _relayed_companies(text) or body_candidates()
        if relayed:
            return _most_common(relayed)
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
    r"(" + _NAME + r")[ \t]+(?:has|have|hat|sent|will not|won't|decided|viewed|reviewed)\b"
)


def _relayed_companies(text: str) -> list[str]:
    """Employers named in a job board's relay ("Designer at Meadowlark", "Acme has decided")."""
    found, person_like = [], []
    for match in _RELAYED.finditer(text[:_MAX_SPELLING_SCAN]):
        name = clean_company(match.group(1) or match.group(2))
        if name and _acceptable_company(name):
            (person_like if looks_like_person(name) else found).append(name)
    # "Pilot Bay" reads like a person; named again and again in a relay, it is the employer.
    repeated = [name for name in person_like if person_like.count(name) > 1]
    return found or repeated


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


def _cut_at_stop_word(role: str) -> str:
    """ "Nurse has been submitted" -> "Nurse"; connectors stay between capitalised words."""
    words = role.split()
    for index, word in enumerate(words[1:], 1):
        low = word.lower()
        if low not in _ROLE_STOP_WORDS:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if low in _ROLE_CONNECTORS and following[:1].isupper():
            continue
        return " ".join(words[:index])
    return role


def _subject_role(subject: str) -> str | None:
    """A part of the subject that is a job title ("Re: Senior iOS Engineer - Mintleaf")."""
    subject = _SUBJECT_PREFIX.sub("", subject or "").strip()
    for part in _SUBJECT_PARTS.split(subject):
        part = _SUBJECT_PART_LEAD.sub("", part.strip())
        part = re.split(r"[ \t]+(?:at|@|bei|chez|bij|with)[ \t]+", part, maxsplit=1)[0]
        part = _SUBJECT_PART_TAIL.sub("", part.strip()).strip()
        if 1 <= len(part.split()) <= 6 and _TITLE_NOUN.search(part) and part[:1].isupper():
            return part
    return None


def _clean_role(role: str) -> str | None:
    role = _cut_at_stop_word(role.strip().strip("\"'“”‘’").strip())
    for _ in range(3):
        trimmed = _ROLE_TAIL.sub("", role).strip(" \t-–|:,")
        if trimmed == role:
            break
        role = trimmed
    words = role.split()
    if not words or len(words) > 9 or words[0].lower() in _ROLE_STOP:
        return None
    if not any(ch.isalpha() for ch in role):
        return None
    return role


_ROLE_STOP_WORDS = frozenset(
    "has have had is was are were will would be been being and et y und en to on at in with "
    "for which that who our your you vous tu te je jij we wir nous nosotros ist est es "
    "zijn heeft hat a und sowie ou o la le für van der y e bei chez bij "
    "inmiddels unterbreiten vorerst zuruckgezogen zurückgezogen position role job".split()
)
_ROLE_CONNECTORS = frozenset({"and", "&", "für", "van", "der", "y"})
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+", re.IGNORECASE)
_SUBJECT_PARTS = re.compile(r"[ \t]+[-–—|][ \t]+|:[ \t]+")
_SUBJECT_PART_TAIL = re.compile(
    r"[ \t]+(?:interviews?|loop|role|position|application|opening|vacancy|conversation|"
    r"outcome|update|next steps|search|status)$",
    re.IGNORECASE,
)
_SUBJECT_PART_LEAD = re.compile(
    r"^(?:(?:case study|exciting|update|regarding|bewerbung|application|candidature|your|the|"
    r"on|for|new|role|opportunity|als|as|about|re-opening|reopening|interview|interviews)"
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


def extract_role(subject: str, lines: list[str], company: str | None = None) -> str | None:
    """The role named in the body or the subject, trimmed of requisition numbers."""
    text = (subject or "") + "\n" + "\n".join(lines)
    avoid = company_key(company)
    ordered = [(p, text) for p in _ROLE_PATTERNS[:2]]
    ordered += [(p, subject or "") for p in _SUBJECT_ROLE]
    ordered += [(p, text) for p in _ROLE_PATTERNS[2:]]
    for pattern, haystack in ordered:
        for match in pattern.finditer(haystack):
            role = _clean_role(match.group(1))
            if role and company_key(role) != avoid:
                return role
    role = _subject_role(subject)
    return role if role and company_key(role) != avoid else None


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
            if _TEAMISH.search(candidate) or candidate.lower().startswith("the "):
                return None, True
            if looks_like_person(candidate) or _single_first_name(candidate):
                return candidate, False
            break
    return None, False


def _trailing_name(lines: list[str], display_first: str = "") -> str | None:
    """A name standing alone at the very end ("...next week.\nHarriet Lowe\nDirector")."""
    seen = 0
    for line in reversed(_signature_block(lines)):
        line = line.strip().lstrip("-–—~ ").strip()
        if not line:
            continue
        seen += 1
        if seen > _TRAILING_LINES:
            return None
        tail = _CLOSING_AT_END.search(line)
        if line.lower().startswith(_GREETINGS):
            return None
        candidate = tail.group(1) if tail else _FIELD_SPLIT.split(line, maxsplit=1)[0]
        if looks_like_person(candidate) or (_single_first_name(candidate) and tail):
            return candidate
        if _single_first_name(candidate) and candidate == display_first:
            return candidate
    return None


def _single_first_name(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-zà-ÿ'-]{1,20}", word)) and word.lower() not in _NOT_COMPANY


def extract_contact(from_name: str, from_email: str, lines: list[str]) -> str | None:
    """The person who signed the mail, completed from the display name when only a first name."""
    display = _DISPLAY_SPLIT.split((from_name or "").strip(), maxsplit=1)[0]
    display = display.strip().strip("\"'")
    display_is_person = looks_like_person(display)
    signed, team_signed = _signed_name(lines)
    if signed:
        if " " not in signed and display_is_person and display.split()[0] == signed:
            return display
        return signed
    if team_signed:
        return None
    trailing = _trailing_name(lines, display.split()[0] if display_is_person else "")
    if trailing:
        if " " not in trailing and display_is_person and display.split()[0] == trailing:
            return display
        return trailing
    if display_is_person and not senders.is_no_reply(from_email):
        return display
    return None
