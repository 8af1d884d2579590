"""The words that announce a role ("application for", "the ... role", "als", "poste de") and
the shape of the title after them, as patterns compiled once.

Separate from `role` because these are long and only data: `role` holds the scan that runs
them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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
    r"vacature|stelle|poste|puesto|ihre|votre|tu|je|uw|job|terugkoppeling|reactie|feedback|"
    r"uitslag|rückmeldung|réponse|respuesta|recrutement|recruitment|recrutamiento)"
    r"[ \t]+)+",
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
_TITLE_LOW_ROMANCE = r"[a-zß-ÿ][\w'’-]*+(?:[ \t]+[a-zß-ÿ][\w'’-]*+){0,4}"
_ROLE_ROMANCE = (
    r"[\"“'‘]?(?P<role>" + _TITLE_CAP + r"(?:[ \t]+[\w'’-]++){0,3}|" + _TITLE_LOW_ROMANCE + r")"
)
_REQ_LEAD = (
    r"(?i:req(?:uisition)?\.?[ \t]*(?:id[ \t]*)?#?[ \t]*[\w-]*\d[\w-]*[ \t]*(?:[-–:,][ \t]*)?)?"
)
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
    r"(?:als|(?:stelle|position|rolle|tätigkeit|funktion)(?:[ \t]+(?:als|zum|zur|einer?|eines))?|"
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


# "the X role": found from the rarer word after the title, then the title read backwards.
_ROLE_SUFFIX = re.compile(
    r"(?:role|position|job|post|opening|vacancy|requisition|programme|program|scheme)(?!\w)"
)
_LOOSE_SUFFIX = re.compile(
    r"(?:process|shortlist|search|contract|interviews?|spot|hire|loop|place)(?!\w)"
)
_ARTICLE_WORD = re.compile(r"(?:the|our|a|an|this|that|your|its)[ \t]+")  # on lower-cased text
_TITLE_TO_END = re.compile(
    r"[\"“'‘]?(?P<role>" + _TITLE_FULL + r"|" + _TITLE_LOW + r")[\"”'’]?[ \t]+$"
)
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
        needs=(
            "rol ",
            *"als stelle position rolle tätigkeit funktion functie vacature sollicitatie".split(),
        ),
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
