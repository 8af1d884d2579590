"""Recognising a person: LinkedIn profile keys, folded names, nicknames and the profile matcher."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from server.engines.profile_text import (
    CompanyFacts,
    CompanyMention,
    CompanyRelation,
    company_mentions,
    company_relation,
    title_from_headline,
)

# --------------------------------------------------------------------------- profile URLs

# "/in/<slug>" is the profile; "/mwlite/in/<slug>" is the same page on the lite mobile site.
_PROFILE_PATH = re.compile(r"^/(?:mwlite/)?in/([^/]+)", re.IGNORECASE)
# LinkedIn's custom profile addresses are at most 100 characters; longer is not a profile.
MAX_SLUG_LENGTH = 100


def profile_key(url: str | None) -> str | None:
    """The one key for a LinkedIn profile URL in any of its forms, or None if it is not one."""
    if not url or not url.strip():
        return None
    text = url.strip()
    if text.startswith("//"):
        text = "https:" + text
    elif "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    match = _PROFILE_PATH.match(parts.path)
    if not match:
        return None
    # Slugs are case-insensitive; non-ASCII ones arrive percent-encoded or raw, so decode and
    # compose before comparing.
    slug = unicodedata.normalize("NFC", unquote(match.group(1))).strip().casefold()
    if not slug or len(slug) > MAX_SLUG_LENGTH or any(ch.isspace() for ch in slug):
        return None
    return f"linkedin.com/in/{slug}"


def profile_url_for(key: str) -> str:
    """The canonical https address of a profile key (non-ASCII slugs percent-encoded)."""
    slug = key.removeprefix("linkedin.com/in/")
    return f"https://www.linkedin.com/in/{quote(slug, safe='-_.~')}/"


# --------------------------------------------------------------------------- folding

# Latin letters that Unicode does not decompose into a base letter and an accent.
_LATIN_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ё": "е",
        "Ё": "е",
    }
)
_APOSTROPHES = re.compile(r"['’ʼ`´]")


def _strips_accents(base: str) -> bool:
    """Whether accents on this letter are optional in practice (Latin and Greek, not Indic)."""
    if not base or not base.isalpha():
        return False
    name = unicodedata.name(base, "")
    return name.startswith(("LATIN", "GREEK"))


def fold_word(text: str) -> str:
    """Fold one word: case and Latin/Greek accents removed, other scripts kept as written."""
    decomposed = unicodedata.normalize("NFD", _APOSTROPHES.sub("", text).translate(_LATIN_LETTERS))
    out: list[str] = []
    base = ""
    for ch in decomposed:
        category = unicodedata.category(ch)
        if category.startswith("M"):
            # A mark belongs to the letter before it; Latin/Greek accents go, Indic vowel signs
            # and the like stay. Marks with no letter (emoji variation selectors) go too.
            if base and not _strips_accents(base):
                out.append(ch)
        elif category.startswith(("L", "N")):
            base = ch
            out.append(ch)
        else:
            base = ""
            out.append(" ")
    return " ".join(unicodedata.normalize("NFC", "".join(out)).casefold().split())


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse everything but letters and digits to spaces."""
    return fold_word(unicodedata.normalize("NFKC", text or ""))


# --------------------------------------------------------------------------- names

_PRONOUN_WORDS = "she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem|any|all|pronouns"
_PRONOUNS = re.compile(
    rf"[(\[]\s*(?:{_PRONOUN_WORDS})(?:\s*[/,]\s*(?:{_PRONOUN_WORDS}))+\s*[)\]]"
    rf"|\b(?:{_PRONOUN_WORDS})(?:\s*/\s*(?:{_PRONOUN_WORDS}))+\b",
    re.IGNORECASE,
)
_ALTERNATE = re.compile(r"[(\[]([^)\]]*)[)\]]|[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")
_ALTERNATE_LEAD = re.compile(r"^(?:n[ée]e|geb\.?|born|formerly|fka|f\.k\.a\.|maiden)\s+", re.I)
# A display name often goes on after a spaced dash or bar: "Jane Doe | Hiring".
_NAME_TAIL = re.compile(r"\s+[|•·–—-]\s+.*$|\s*[|•·]\s*.*$")
_HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"))
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "v"))
# Credentials people add after their name. The short ones that are also surnames (Ma, Md)
# only count when written in capitals.
_CREDENTIAL_WORDS = """
    phd dphil edd dba mba emba cpa cfa caia frm acca aca cima cma cia cisa cissp cism ccie
    pmp csm cspo safe itil shrm shrmcp shrmscp sphr phr cipd mcipd gphr ceng peng pe
    esq llm jd md do dds dmd rn np pa mph mpa mfa msc meng mres mphil bsc beng bba ba bs ma ms
    mst msw lcsw facs frcs fcca faia aia leed leedap ricsa rics pgce cmgr cpcc acc pcc mcc
"""
_CREDENTIALS = frozenset(_CREDENTIAL_WORDS.split())
_AMBIGUOUS_CREDENTIALS = frozenset(("ma", "ms", "md", "do", "pa", "pe", "ba", "bs", "np"))


@dataclass(frozen=True)
class NameKeys:
    """Accent- and case-folded parts of a person's name, used for indexed look-ups."""

    first: str
    last: str
    full: str


@dataclass(frozen=True)
class ParsedName:
    """A display name taken apart: the words a person goes by, in order, plus other names.

    ``words`` keeps hyphenated parts together ("jean-pierre"); ``alternates`` are names
    given in brackets or quotes (a nickname, a maiden name).
    """

    words: tuple[str, ...]
    alternates: tuple[str, ...] = ()
    initials: frozenset[int] = field(default_factory=frozenset)

    @property
    def first(self) -> str:
        """The given name a person is addressed by (a leading initial is skipped)."""
        if not self.words:
            return ""
        if 0 in self.initials:
            for index in range(1, len(self.words) - 1):
                if index not in self.initials:
                    return self.words[index]
        return self.words[0]

    @property
    def last(self) -> str:
        """The family name, or '' when the name is one word."""
        return self.words[-1] if len(self.words) > 1 else ""

    @property
    def middles(self) -> tuple[str, ...]:
        """Words between the first and the last name, initials included."""
        return self.words[1:-1] if len(self.words) > 2 else ()

    @property
    def first_is_initial(self) -> bool:
        """Whether the only given name shown is an initial ('J. Doe')."""
        return bool(self.words) and 0 in self.initials and self.first == self.words[0]


def _is_credential(raw: str, words_left: int) -> bool:
    """Whether a trailing word is a credential rather than part of the name."""
    letters = re.sub(r"[^\w]", "", raw)
    key = letters.casefold()
    if key in _SUFFIXES:
        return True
    if key not in _CREDENTIALS:
        return False
    if key in _AMBIGUOUS_CREDENTIALS:
        return letters.isupper() and words_left > 2
    return True


def _looks_like_credentials(segment: str) -> bool:
    """Whether the part after a comma lists credentials ('PhD, MBA', 'CPA', 'P.Eng.')."""
    words = segment.replace(",", " ").split()
    if not words:
        return True
    for word in words:
        letters = re.sub(r"[^\w]", "", word)
        if not letters:
            continue
        if letters.casefold() in _CREDENTIALS or letters.casefold() in _SUFFIXES:
            continue
        if letters.isupper() and 2 <= len(letters) <= 6:
            continue
        return False
    return True


def _split_alternates(text: str) -> tuple[str, list[str]]:
    """Take bracketed and quoted names out of a display name."""
    alternates: list[str] = []

    def keep(match: re.Match[str]) -> str:
        inner = _ALTERNATE_LEAD.sub("", (match.group(1) or match.group(2) or "").strip())
        alternates.extend(w for w in (fold_word(p) for p in inner.split()) if w)
        return " "

    return _ALTERNATE.sub(keep, text), alternates


def _name_part(text: str) -> str:
    """The name itself out of 'Name, PhD', 'Doe, Jane' or 'Name | tagline'."""
    text = _NAME_TAIL.sub("", text)
    first, _, rest = text.partition(",")
    if not rest or _looks_like_credentials(rest):
        return first
    # "Doe, Jane" is how lists and some address books write names.
    rest_first = rest.split(",")[0]
    if len(first.split()) == 1 and 1 <= len(rest_first.split()) <= 2:
        return f"{rest_first} {first}"
    return first


def _name_words(text: str) -> list[str]:
    """The words of the name itself, as written, without honorifics and credentials."""
    raw_words = [w for w in _name_part(text).split() if fold_word(w)]
    while len(raw_words) > 1 and fold_word(raw_words[0]) in _HONORIFICS:
        raw_words.pop(0)
    while len(raw_words) > 1 and _is_credential(raw_words[-1], len(raw_words)):
        raw_words.pop()
    return raw_words


def display_name(name: str | None) -> str:
    """A name as a person would write it on an envelope: no emoji, pronouns or credentials."""
    text = _PRONOUNS.sub(" ", unicodedata.normalize("NFKC", name or ""))
    text, _ = _split_alternates(text)
    words = []
    for raw in _name_words(text):
        # Keep the letters as written; drop the symbols around them.
        kept = "".join(ch for ch in raw if unicodedata.category(ch)[0] in "LMN" or ch in "-.'’")
        if kept.strip("-.'’"):
            words.append(kept)
    return " ".join(words)


def parse_name(name: str | None) -> ParsedName:
    """Take a display name apart, dropping pronouns, credentials, emoji and decorations."""
    text = unicodedata.normalize("NFKC", name or "")
    text = _PRONOUNS.sub(" ", text)
    text, alternates = _split_alternates(text)
    raw_words = _name_words(text)
    words: list[str] = []
    initials: set[int] = set()
    for raw in raw_words:
        # Hyphenated names stay one word so "Jean-Pierre" and "Jean-Paul" differ.
        parts = [fold_word(p).replace(" ", "") for p in raw.split("-")]
        word = "-".join(p for p in parts if p)
        if not word:
            continue
        # Only Latin/Greek letters are initials; a one-character Chinese name is a name.
        short = len(word) == 1 or (len(word) == 2 and raw.endswith("."))
        if short and _strips_accents(word[0]):
            initials.add(len(words))
        words.append(word)
    return ParsedName(tuple(words), tuple(a for a in alternates if a), frozenset(initials))


def name_keys(name: str) -> NameKeys:
    """First and last name keys of a display name (credentials and emoji are dropped)."""
    parsed = parse_name(name)
    if not parsed.words:
        return NameKeys("", "", "")
    return NameKeys(parsed.first, parsed.last, " ".join(parsed.words))


# --------------------------------------------------------------------------- nicknames

# One line per given name: the name, its spelling variants and the short forms people go by
# (a long line continues on a second line with the same name first). A short form can belong
# to several names (Alex: Alexander, Alexandra, Alejandro).
_NICKNAME_LINES = """
abigail: abby abbie gail
abhishek: abhi
abhinav: abhi
albert: al bert bertie
alejandro: alex ale jandro
alessandro: alex ale sandro
alessandra: ale sandra
alexander: alex alec alek aleks al sandy xander sasha lex aleksandr alexandr aleksander shura
alexandra: alex alexa lexi lexie sandra sandy sasha aleksandra
alexei: alex alexey aleksei alyosha lyosha
alfred: alf alfie fred freddie
allison: alison ali allie
amanda: mandy manda
anastasia: nastya stacy stacey ana
andrew: andy drew andreas andre andrei andrey andres
angela: angie
anne: ann anna annie nan hannah
anthony: tony ant antonio toni antoine anton
augustus: august gus augie
barbara: barb barbie babs
beatrice: bea trixie beatriz
benjamin: ben benny benji
benedict: ben benedikt
cameron: cam
charles: charlie chuck chas chaz carl karl carlos
christian: chris christiaan kristian
christina: chris chrissy tina christine kristina kristine kristin christy
christopher: chris kit topher christoph kristoffer christophe
cynthia: cindy
daniel: dan danny dani
david: dave davey davy
deborah: deb debbie debra debby
dmitry: dima dmitri dmitrii
dolores: lola loli
dominic: dom dominik dominique
donald: don donnie
dorothy: dot dottie dolly
douglas: doug
edward: ed eddie ted teddy ned eduard eduardo
eduardo: edu lalo
eleanor: ellie nell nora elle elinor
elena: lena yelena helena
elizabeth: liz lizzie lizzy beth betty betsy bess eliza libby lisa elisabeth lisbeth liesl ilse elsa
emily: em emmy millie
enrique: quique kike
evgeny: zhenya yevgeny evgeniy eugene gene
fernando: nando fer
frances: fran frannie frankie
francesco: franco cecco checco
francis: frank frankie fran
francisco: paco pancho curro fran kiko cisco
franklin: frank
frederick: fred freddie freddy fritz friedrich frederic frederik fredrik
gabriel: gabe gabi
gabrielle: gabby gabi gaby
gerald: gerry jerry
giovanni: gianni vanni nino
giuseppe: beppe peppe pino
gregory: greg grigory grisha
guadalupe: lupe lupita
guillermo: memo guille
harold: harry hal
henry: hank harry hal heinrich heinz henri
howard: howie
ignacio: nacho
isabella: isabel isabelle izzy bella belle isa
ivan: vanya
jacob: jake jakob jacques
jacqueline: jackie jacqui
james: jim jimmy jamie jimi jaime
janet: jan jannie
jeffrey: jeff geoffrey geoff jeffery
jennifer: jen jenny jenn
jessica: jess jessie
jesus: chucho chuy
johannes: johann hans hannes jan jo
john: jon johnny jack jonny jonnie juan giovanni
jonathan: jon jonny jonathon
jose: pepe pepito
joseph: joe joey jos giuseppe
josephine: jo josie
joshua: josh
judith: judy jude
katherine: kate katie katy kathy cathy kat kit kitty catherine kathryn kathrine katharina
katherine: katja katya katia ekaterina yekaterina
kenneth: ken kenny
kimberly: kim kimberley
krishna: krish krishnan
konstantin: kostya constantine
lawrence: larry laurence lars lorenz lorenzo
leonard: len lenny leo
lorenzo: enzo renzo
lyudmila: luda mila ludmila
madeline: maddie maddy madeleine madelyn
magdalena: lena leni magda
manuel: manolo manu
margaret: maggie meg peggy marge margie greta madge margo margot marguerite margarete grete gretchen
maria: mary masha mari
mary: molly polly mae maria
matthew: matt matty matthias mathieu matteo
maximilian: max maxi
maxwell: max
mercedes: merche
michael: mike mikey mick mickey micky michel mikhail misha michal
mitchell: mitch
natalie: nat natalia natalya natasha nathalie
nathan: nate nat
nathaniel: nate nat nathan
nicholas: nick nicky nico nikolai nikolay kolya nicolas niklas klaus
oliver: ollie olly
olga: olya
olivia: liv livvy
pamela: pam
patricia: pat patty trish tricia
patrick: pat paddy
pavel: pasha paul
peter: pete pierre pedro pietro piotr
philip: phil pip phillip felipe
rafael: rafa raffaele
raymond: ray
rebecca: becky becca
richard: rick ricky rich richie dick
robert: rob robbie bob bobby bert roberto
ronald: ron ronnie
rosario: charo
salvatore: toto turi
samantha: sam sammy
samuel: sam sammy
santiago: santi
sebastian: seb bastian sebastien
sergey: sergei seryozha
siddharth: sid
srinivas: srini srinivasan
stephanie: steph stefanie
stephen: steve stevie steven stefan stephane esteban
stuart: stu stewart
susan: sue susie suzy suzanne
svetlana: sveta lana
tatiana: tanya tatyana
teresa: terry tess tessa theresa
terence: terry terrence
theodore: ted teddy theo
thomas: tom tommy thom tomas
timothy: tim timmy
valerie: val
venkatesh: venky venkat
victoria: vicky vicki tori vic
vincent: vince vinny vincenzo enzo
virginia: ginny ginger
vladimir: vova volodya vlad
walter: walt wally
william: will bill billy willy liam wil wilhelm guillaume
wolfgang: wolf
zachary: zach zack zac
"""


def _nickname_groups() -> dict[str, frozenset[str]]:
    """Map each name to the groups it belongs to, a group being named by its first line word."""
    groups: dict[str, set[str]] = {}
    for line in _NICKNAME_LINES.strip().splitlines():
        head, _, rest = line.partition(":")
        for name in [head, *rest.split()]:
            groups.setdefault(fold_word(name), set()).add(fold_word(head))
    return {name: frozenset(found) for name, found in groups.items()}


def _group_members(groups: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Map each group to the names in it."""
    members: dict[str, set[str]] = {}
    for name, found in groups.items():
        for group in found:
            members.setdefault(group, set()).add(name)
    return {group: frozenset(names) for group, names in members.items()}


_GROUPS = _nickname_groups()
_GROUP_MEMBERS = _group_members(_GROUPS)


def nickname_set(first: str) -> frozenset[str]:
    """Every given name that can mean the same person as this one (itself included)."""
    key = fold_word(first)
    names = {key} if key else set()
    for number in _GROUPS.get(key, ()):
        names |= _GROUP_MEMBERS[number]
    return frozenset(names)


def same_by_nickname(a: str, b: str) -> bool:
    """Whether two different given names are forms of one name (Bob and Robert)."""
    return bool(_GROUPS.get(fold_word(a), frozenset()) & _GROUPS.get(fold_word(b), frozenset()))


# --------------------------------------------------------------------------- matching

CONFIDENT = 0.85
SURNAME_PART_ALONE = 0.8
# Below this a stored person is not worth showing.
CANDIDATE_FLOOR = 0.3


@dataclass(frozen=True)
class ProfileFacts:
    """What a LinkedIn profile page showed."""

    profile_url: str | None = None
    name: str = ""
    headline: str = ""
    company: str = ""
    location: str = ""


@dataclass(frozen=True)
class PersonFacts:
    """A stored contact, reduced to what identifies them."""

    contact_id: int
    name: str
    preferred_name: str = ""
    title: str = ""
    profile_key: str | None = None
    company: CompanyFacts | None = None


class Candidate(NamedTuple):
    """A stored person who may be the one on the profile, and why."""

    contact_id: int
    score: float
    why: str


@dataclass(frozen=True)
class MatchResult:
    """The stored person the profile is (or None when unsure) and everyone considered."""

    contact_id: int | None
    candidates: list[Candidate]


@dataclass(frozen=True)
class _NameRelation:
    kind: str  # same | nickname | alternate | surname_part | first_part | first_only | none
    why: str
    middle_conflict: bool = False


# Score of each kind of name agreement, by how the companies relate:
# (same company, partial company name, company unknown, a different company).
_SCORES: dict[str, tuple[float, float, float, float]] = {
    "same": (0.95, 0.7, 0.6, 0.35),
    "nickname": (0.9, 0.65, 0.55, 0.3),
    "alternate": (0.88, 0.6, 0.5, 0.3),
    "surname_part": (0.8, 0.55, 0.45, 0.0),
    "first_part": (0.75, 0.5, 0.4, 0.0),
    # Same given name, other family name: a married or maiden name only when the company and
    # one more fact (the title) agree; otherwise a stranger.
    "first_only": (0.5, 0.0, 0.0, 0.0),
}
MARRIED_NAME_SCORE = 0.75
_COMPANY_COLUMN = {"same": 0, "former": 0, "partial": 1, "unknown": 2, "different": 3}


def _given_names(parsed: ParsedName, preferred: str = "") -> tuple[str, set[str]]:
    """The given name written first, and the other given names the person goes by."""
    others = set(parsed.alternates)
    preferred_parsed = parse_name(preferred)
    if preferred_parsed.words:
        others.add(preferred_parsed.first)
    return parsed.first, others - {parsed.first}


def _last_parts(parsed: ParsedName) -> set[str]:
    """The pieces of a hyphenated family name ('garcia-lopez' gives garcia and lopez)."""
    return {p for p in parsed.last.split("-") if p}


def _surname_parts(parsed: ParsedName) -> set[str]:
    """Family-name pieces: parts of the last word and the full middle words (not initials)."""
    parts = _last_parts(parsed)
    for index, word in enumerate(parsed.words[1:-1], start=1):
        if index not in parsed.initials:
            parts.update(p for p in word.split("-") if p)
    return parts


def _share_family_name(seen: ParsedName, stored: ParsedName) -> str:
    """A family-name piece both names carry, as long as it is a last name on one side."""
    shared = (_last_parts(seen) & _surname_parts(stored)) | (
        _last_parts(stored) & _surname_parts(seen)
    )
    return min(shared) if shared else ""


def _first_relation(seen: str, seen_others: set[str], stored: str, stored_others: set[str]):
    """How two given names relate: 'same', 'nickname', 'part' or None, with the reason."""
    if not seen or not stored:
        return None, ""
    if seen == stored:
        return "same", ""
    if seen in stored_others or stored in seen_others:
        return "nickname", f"goes by {seen if seen in stored_others else stored}"
    if same_by_nickname(seen, stored):
        return "nickname", f"{seen} is a form of {stored}"
    for a in {seen, *seen_others}:
        for b in {stored, *stored_others}:
            if a == b:
                return "nickname", f"goes by {a}"
    seen_parts, stored_parts = set(seen.split("-")), set(stored.split("-"))
    # "jean" is part of "jean-pierre"; "jean-pierre" and "jean-paul" only share a part.
    if seen_parts < stored_parts or stored_parts < seen_parts:
        return "part", f"{seen} is part of {stored}"
    short, long = sorted((seen, stored), key=len)
    if len(short) >= 3 and long.startswith(short) and "-" not in long:
        return "part", f"{short} is short for {long}"
    return None, ""


def _middle_conflict(a: ParsedName, b: ParsedName) -> bool:
    """Both show a middle name or initial and they start with different letters."""
    a_mid = {w[0] for w in a.middles}
    b_mid = {w[0] for w in b.middles}
    return bool(a_mid and b_mid and not a_mid & b_mid)


def _name_relation(seen: ParsedName, person: PersonFacts) -> _NameRelation:
    """How the name on the profile relates to a stored person's name."""
    stored = parse_name(person.name)
    if not seen.words or not stored.words:
        return _NameRelation("none", "")
    if seen.words == stored.words:
        return _NameRelation("same", "same name")
    seen_first, seen_others = _given_names(seen)
    stored_first, stored_others = _given_names(stored, person.preferred_name)
    if seen.first_is_initial or stored.first_is_initial:
        first_kind = "part" if seen_first[:1] == stored_first[:1] else None
        first_why = "initial matches the given name"
    else:
        first_kind, first_why = _first_relation(
            seen_first, seen_others, stored_first, stored_others
        )
    if first_kind is None:
        return _NameRelation("none", "")
    conflict = _middle_conflict(seen, stored)
    if not seen.last or not stored.last:
        # One-word names ("Cher", names written without spaces) only match whole.
        if not seen.last and not stored.last and first_kind == "same":
            return _NameRelation("same", "same name")
        return _NameRelation("none", "")
    if seen.last == stored.last:
        kind = {"same": "same", "nickname": "nickname", "part": "first_part"}[first_kind]
        why = "same name" if kind == "same" else f"same family name; {first_why}"
        if kind == "same" and seen.middles != stored.middles:
            why = "same first and last name"
        return _NameRelation(kind, why, conflict)
    if first_kind == "part":
        return _NameRelation("none", "")
    given = "same given name" if first_kind == "same" else first_why
    if seen.last in stored.alternates or stored.last in seen.alternates:
        return _NameRelation("alternate", f"{given}; other family name given in brackets")
    shared = _share_family_name(seen, stored)
    if shared:
        return _NameRelation("surname_part", f"{given}; family names share {shared}", conflict)
    return _NameRelation("first_only", f"{given}; different family name", conflict)


def _title_agrees(headline: str, title: str) -> bool:
    """Whether the stored title and the profile's role say the same thing."""
    stored = set(fold(title).split())
    seen = set(fold(title_from_headline(headline) or headline).split())
    if not stored or not seen:
        return False
    return len(stored & seen) / len(stored | seen) >= 0.5


def _company_words(relation: CompanyRelation, company: CompanyFacts | None) -> str:
    """The company part of a reason."""
    stored = company.name if company else ""
    if relation.kind == "same":
        return f"same company ({stored})"
    if relation.kind == "former":
        return f"worked at {stored} (the profile names it as a past employer)"
    if relation.kind == "partial":
        return f"similar company name ({relation.mention} / {stored})"
    if relation.kind == "different":
        return f"different company (profile: {relation.mention}; stored: {stored})"
    return "company not known on both sides"


@dataclass(frozen=True)
class _Seen:
    """The profile, taken apart once for all candidates."""

    profile: ProfileFacts
    key: str | None
    name: ParsedName
    mentions: list[CompanyMention]

    @classmethod
    def of(cls, profile: ProfileFacts) -> _Seen:
        return cls(
            profile,
            profile_key(profile.profile_url),
            parse_name(profile.name),
            company_mentions(profile.headline, profile.company),
        )


def _score(seen: _Seen, person: PersonFacts) -> tuple[Candidate, str]:
    """The candidate and the kind of name agreement behind its score."""
    if seen.key and person.profile_key == seen.key:
        return Candidate(person.contact_id, 1.0, "same LinkedIn profile URL"), "url"
    name = _name_relation(seen.name, person)
    if name.kind == "none":
        return Candidate(person.contact_id, 0.0, "name does not match"), "none"
    company = company_relation(seen.mentions, person.company)
    score = _SCORES[name.kind][_COMPANY_COLUMN[company.kind]]
    why = f"{name.why}; {_company_words(company, person.company)}"
    if name.kind == "first_only" and score and _title_agrees(seen.profile.headline, person.title):
        score, why = MARRIED_NAME_SCORE, f"{why}; same title (maybe a married or maiden name)"
    if name.middle_conflict:
        score, why = max(0.0, score - 0.3), f"{why}; middle names differ"
    if seen.key and person.profile_key and person.profile_key != seen.key:
        # One person, one profile: a different stored URL means someone else, most likely.
        score, why = min(score, CANDIDATE_FLOOR), f"{why}; a different LinkedIn URL is stored"
    return Candidate(person.contact_id, round(score, 3), why), name.kind


def score_person(profile: ProfileFacts, person: PersonFacts) -> Candidate:
    """How likely the stored person is the one on the profile, with the reason."""
    return _score(_Seen.of(profile), person)[0]


def match_profile(profile: ProfileFacts, candidates: list[PersonFacts]) -> MatchResult:
    """Which stored person the profile shows: confident only when nothing else comes close."""
    seen = _Seen.of(profile)
    scored = [_score(seen, person) for person in candidates]
    shown = sorted(
        (c for c, _ in scored if c.score >= CANDIDATE_FLOOR),
        key=lambda c: (-c.score, c.contact_id),
    )
    if not shown:
        return MatchResult(None, [])
    best, rest = shown[0], shown[1:]
    if best.score == 1.0:
        # Two stored rows with one profile URL are duplicates; let the user pick.
        duplicates = [c for c in rest if c.score == 1.0]
        return MatchResult(None if duplicates else best.contact_id, shown)
    clear_lead = all(other.score <= best.score - 0.2 for other in rest)
    if best.score >= CONFIDENT and clear_lead:
        return MatchResult(best.contact_id, shown)
    # A partial family name ("García" for "García López") is accepted only when it is the one
    # person in view. A different family name never is, title or not: a colleague with the
    # same given name and job at the same company is as likely as a change of name.
    partial_surname = {c.contact_id for c, kind in scored if kind == "surname_part"}
    if best.score >= SURNAME_PART_ALONE and not rest and best.contact_id in partial_surname:
        return MatchResult(best.contact_id, shown)
    return MatchResult(None, shown)
