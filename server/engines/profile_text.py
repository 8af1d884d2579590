"""Reading what a LinkedIn profile says about where someone works, and comparing companies."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that introduce an employer in a headline ("Engineer at Acme", "Ingenieur bei Acme").
_AT_WORDS = ("at", "bei", "chez", "en", "em", "presso", "bij", "hos")
_AT_SPLIT = re.compile(r"\s+(?:" + "|".join(_AT_WORDS) + r")\s+|\s*@\s*", re.IGNORECASE)
# Headlines list several facts separated by these; a plain hyphen only counts with spaces
# around it, so "Hewlett-Packard" stays whole. A comma ends the employer too ("at Acme, ex-X").
_SEGMENT_SPLIT = re.compile(r"\s*[|•·;/,]\s*|\s+[-–—]\s+")
_FORMER = re.compile(
    r"^(?:ex[-\s]|former(?:ly)?\b|previously\b|prev\.?\s|past\b:?|alum(?:ni|nus|na)?\b)",
    re.IGNORECASE,
)
_ALUM_SUFFIX = re.compile(r"\s+(?:alum(?:ni|nus|na)?|alumnus)$", re.IGNORECASE)
# After the employer a headline often goes on with a clause: "at Acme, building payments".
_TRAILING_CLAUSE = re.compile(r"\s+(?:and|und|et|y|e)\s+.*$", re.IGNORECASE)
_PARENTHESISED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.IGNORECASE)
_TWO_PART_SUFFIXES = ("co", "com", "net", "org", "ac", "gov", "edu", "ltd", "plc")

# Legal-form words dropped from the end of a company name: "Acme, Inc." is "Acme".
_LEGAL_SUFFIX_WORDS = """
    inc incorporated corp corporation co company cos llc llp lp ltd limited plc pllc
    gmbh mbh ag kg ohg ug ev se sa sas sasu sarl sl slu srl spa sp zoo bv nv vof cv ab oy oyj
    as asa aps kk pty pvt pte bhd sdn tbk ooo zao oao pjsc jsc kft zrt sro doo ltda eireli
"""
_LEGAL_SUFFIXES = frozenset(_LEGAL_SUFFIX_WORDS.split())
_LEGAL_PHRASES = (("kabushiki", "kaisha"), ("private", "limited"), ("pty", "ltd"))


@dataclass(frozen=True)
class CompanyFacts:
    """What the user has stored about a company: its name, other names and e-mail domains."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompanyMention:
    """A company named on a profile.

    ``explicit`` is true when the page clearly says it is an employer (the position field,
    "at X", "@ X"); a bare headline segment ("Acme | Engineer") is only a guess.
    """

    text: str
    explicit: bool
    former: bool = False


@dataclass(frozen=True)
class CompanyRelation:
    """How the companies on a profile relate to a stored company.

    kind is "same", "former" (named as a past employer), "partial" (one name extends the
    other: "Meta" and "Meta Platforms"), "different" (the profile names an employer and it is
    not this one) or "unknown" (nothing to compare).
    """

    kind: str
    mention: str = ""


def _fold_company(text: str) -> list[str]:
    """Lower-case, accent-free words of a company name; '&' and 'and' carry no meaning here."""
    text = _PARENTHESISED.sub(" ", text or "")
    # Dots inside abbreviations ("S.A.", "J.P.") join letters; elsewhere they separate nothing.
    text = text.replace(".", "")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[^\w]+", " ", plain).split()
    return [w for w in words if w not in ("and", "und", "et", "the")]


def company_key(name: str | None) -> str:
    """One comparable key for a company name: folded, legal form dropped, spaces removed."""
    if not name:
        return ""
    domain = _DOMAIN.match(name.strip())
    if domain and " " not in name.strip():
        return domain_label(domain.group(1))
    words = _fold_company(name)
    changed = True
    while changed and len(words) > 1:
        changed = False
        for phrase in _LEGAL_PHRASES:
            if len(words) > len(phrase) and tuple(words[-len(phrase) :]) == phrase:
                words = words[: -len(phrase)]
                changed = True
        if len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
            words = words[:-1]
            changed = True
    return "".join(words)


def domain_label(domain: str) -> str:
    """The name part of a domain: 'acme' for 'acme.com', 'mail.acme.co.uk' and 'acme.de'."""
    labels = [label for label in domain.lower().strip(".").split(".") if label]
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) >= 3 and labels[-2] in _TWO_PART_SUFFIXES and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else (labels[0] if labels else "")


def _segment_mentions(segment: str) -> list[CompanyMention]:
    """Companies in one headline segment."""
    former = bool(_FORMER.match(segment))
    pieces = _AT_SPLIT.split(segment)
    if len(pieces) == 1:
        text = _FORMER.sub("", segment).strip()
        if _ALUM_SUFFIX.search(text):
            return [CompanyMention(_ALUM_SUFFIX.sub("", text).strip(), True, True)]
        if former and text:
            # "ex-Google" names a past employer even without "at".
            return [CompanyMention(text, True, True)]
        return [CompanyMention(text, False)] if text else []
    mentions = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        mentions.append(CompanyMention(piece, True, former))
        short = _TRAILING_CLAUSE.sub("", piece).strip()
        if short and short != piece:
            mentions.append(CompanyMention(short, True, former))
    return mentions


def company_mentions(headline: str | None, company: str | None = None) -> list[CompanyMention]:
    """Every company a profile names: the position field first, then what the headline says."""
    mentions: list[CompanyMention] = []
    # The position field can read "Acme · Full-time"; the employer is the first part.
    position = next((s.strip() for s in _SEGMENT_SPLIT.split(company or "") if s.strip()), "")
    if position:
        mentions.append(CompanyMention(position, True))
    for segment in _SEGMENT_SPLIT.split(headline or ""):
        if segment.strip():
            mentions.extend(_segment_mentions(segment.strip()))
    return mentions


def title_from_headline(headline: str | None) -> str:
    """The role a headline states first: 'Engineering Manager' in 'Engineering Manager at Acme'."""
    for segment in _SEGMENT_SPLIT.split(headline or ""):
        segment = segment.strip()
        if not segment or _FORMER.match(segment):
            continue
        pieces = _AT_SPLIT.split(segment)
        if len(pieces) > 1:
            return pieces[0].strip()
    first = next((s.strip() for s in _SEGMENT_SPLIT.split(headline or "") if s.strip()), "")
    return "" if _FORMER.match(first) else first


def _stored_keys(company: CompanyFacts) -> set[str]:
    keys = {company_key(company.name)}
    keys.update(company_key(alias) for alias in company.aliases)
    keys.update(domain_label(domain) for domain in company.domains)
    keys.discard("")
    return keys


def _extends(short: str, long: str) -> bool:
    """Whether one company name is the other with words added ('meta' and 'metaplatforms')."""
    return len(short) >= 3 and long.startswith(short) and short != long


def company_relation(
    mentions: list[CompanyMention], company: CompanyFacts | None
) -> CompanyRelation:
    """Compare the companies a profile names with one stored company."""
    if company is None or not mentions:
        return CompanyRelation("unknown")
    keys = _stored_keys(company)
    domains = {d.lower().strip() for d in company.domains}
    if not keys:
        return CompanyRelation("unknown")
    best: CompanyRelation | None = None
    for mention in mentions:
        key = company_key(mention.text)
        text = mention.text.strip().lower()
        if key in keys or text in domains:
            kind = "former" if mention.former else "same"
            if kind == "same":
                return CompanyRelation("same", mention.text)
            best = best or CompanyRelation(kind, mention.text)
    if best:
        return best
    for mention in mentions:
        key = company_key(mention.text)
        if key and any(_extends(key, k) or _extends(k, key) for k in keys):
            return CompanyRelation("partial", mention.text)
    explicit = [m for m in mentions if m.explicit and company_key(m.text)]
    if explicit:
        return CompanyRelation("different", explicit[0].text)
    return CompanyRelation("unknown")
