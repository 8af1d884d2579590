"""What a person's name looks like, next to a team's or an organisation's.

Separate because all three finders ask it: the employer finder to reject a person's display
name, the role finder to skip a signature line, the signer finder to accept a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .job_titles import _TITLE_WORDS
from .signoff import _CLOSING_WORDS

_TEAMISH = re.compile(
    r"\b(?:team|recruiting|recruitment|talent|careers?|jobs|hiring|hr|people|human resources|"
    r"acquisition|notifications?|no.?reply|department|rh|recrutement|recursos|werving|talento|"
    r"equipo|équipe|personalabteilung|resourcing)\b",
    re.IGNORECASE,
)
# "Dr", "Mrs", "Herr" before a name: only people carry them.
_HONORIFIC = re.compile(
    r"^(?:dr|prof|mr|mrs|ms|mx|miss|sir|chef|mme|mlle|herr|frau|sr|sra|srta|dhr|mevr)\.?"
    r"[ \t]+(?=[A-Z])",
    re.I,
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
    r"staffing|biosciences|therapeutics|aerospace|outdoors|housing|union|society|association|"
    r"cooperative|co-op|mutual|authority|commission|federation|alliance|collective|charity|"
    r"nursery|pharmacy|veterinary|vets|distribution|manufacturing|consultancy|solicitors|"
    r"architects|landscaping|haulage|freight|estates|lettings|homes|care|venues|events|"
    r"catering|hospitality|interiors|furniture|fitness|leisure|learning|education|training|"
    r"search|recruitment|resourcing|"
    # de/fr/es/nl kinds of employer, which display names put before or after the name
    r"advocaten|notariaat|accountants|makelaardij|waterschap|provincie|gemeinde|stadt|"
    r"landkreis|mairie|ayuntamiento|universit(?:é|y|ät|eit|at)|universidad|hochschule|lyceum|"
    r"lycée|école|escuela|colegio|gymnasium|schule|hôtel|hôpital|krankenhaus|klinik|apotheke|"
    r"pharmacie|farmacia|apotheek|panadería|panaderia|boulangerie|seguros|assurances?|"
    r"mutuelle|consultora|laboratoires?|laboratorio|cabinet|stichting|stiftung|verein|"
    r"café|cafe|bistro|inn|pub|osteria|trattoria|pizzeria|ristorante|taverna|bodega|cantina|"
    r"restaurante|brasserie|boulangerie|pâtisserie|patisserie|fromagerie|épicerie|tapas|"
    # compounds that end in a kind of business: "Anlagenbau", "Reclamebureau"
    r"\w+(?:bau|technik|bedrijf|bureau|corporatie|residenz|zentrum|klinikum|verband|erij)|"
    r"(?:bouw|woning|reclame|installatie|energie|transport)\w+)\b",
    re.IGNORECASE,
)
# Not "le", "la", "el", "der": they begin real surnames ("Le Minh", "El Amrani", "La Rosa").
_ARTICLES = frozenset({"the", "het", "die", "das", "les", "los"})
_PARTICLES = frozenset({"van", "de", "der", "den", "von", "del", "la", "le", "da", "di", "du"})
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
    | {"cv", "cvs", "resume", "résumé", "lebenslauf", "client", "the client", "our client"}
    | {"they've", "they're", "we've", "we're", "i've", "you've", "they’ve", "we’ve"}
    # words that open a sentence ("Having reviewed the shortlist, ...")
    | {"having", "following", "being", "regarding", "considering", "given", "after", "upon"}
    | {"companies", "employers", "candidates", "applicants", "managers", "hiring managers"}
)

# One-word lines at the foot of a mail that are links, not people.
_FOOTER_WORDS = frozenset(
    "unsubscribe privacy imprint impressum datenschutz contact help support careers jobs "
    "linkedin twitter facebook instagram website home confidential disclaimer".split()
)


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
    if words[0].lower() in _ARTICLES:
        return False  # "The Brass Lantern": people's names do not start with an article
    significant = [w for w in words if w.lower() not in _PARTICLES]
    if not significant or not all(
        _PERSON_WORD.match(w) and w[0].isupper() and not w[1:].isupper() for w in significant
    ):
        return False
    return not (
        _TEAMISH.search(name) or _ORGANISATION_WORDS.search(name) or _TITLE_WORDS.search(name)
    )


def _names_business(name: str) -> bool:
    """ "Bakkerij Vos", "Lola's Bar", "The Brass Lantern": a display name that is a business."""
    words = name.split()
    return bool(words) and (
        bool(_ORGANISATION_WORDS.search(name))
        or words[0].lower() in _ARTICLES
        or any(w.endswith(("'s", "’s")) for w in words[:-1])
    )


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
