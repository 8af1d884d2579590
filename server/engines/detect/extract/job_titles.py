"""The words that make a phrase a job title: job nouns in five languages, the title words of
a signature, and the separators of a board's job line.

Separate because the employer finder uses them to tell a title from a company, and the role
finder to tell a title from the rest of a sentence.
"""

from __future__ import annotations

import re

from ..tokens import fold

_TITLE_WORDS = re.compile(
    r"\b(?:manager|director|engineer(?:ing)?|recruit\w*|head|lead|partner|officer|chair|"
    r"president|founder|ceo|cto|cfo|coo|vp|editor(?:ial)?|designer|developer|analyst|"
    r"specialist|coordinator|consultant|associate|assistant|advisor|administrator|executive|"
    r"product|marketing|sales|operations|finance|talent|senior|junior|principal|staff|chief|"
    r"committee|search|headteacher|teacher|professor|dean|owner|secretary|counsel)\b",
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
    serveuse cuisinier infirmier infirmière stagiaire alternant colleague conductor conductora
    repartidor repartidora mozo gestor gestora becario becaria operario operaria mecánico
    electricista limpiador limpiadora cajero cajera monitor monitora profesor profesora maestro
    maestra gestionnaire assistante secrétaire technicien technicienne opérateur opératrice
    préparateur préparatrice magasinier caissier caissière animateur animatrice éducateur
    éducatrice auxiliaire employé employée koerier chauffeur stagiair verkoper kok schoonmaker
    bezorger kassamedewerker exec admin nanny childminder au-pair groom runner adjuster
    bookseller solicitor barrister optometrist optician radiographer sonographer phlebotomist
    dietitian dietician nutritionist physio podiatrist teller concierge janitor custodian
    landscaper roofer plasterer decorator glazier joiner bricklayer tiler locksmith tailor
    seamstress upholsterer jeweller jeweler draughtsman drafter purchaser storekeeper
    fabricator assembler proofreader copyeditor videographer cinematographer fishmonger
    greengrocer babysitter headhunter sourcer negotiator salesperson firefighter
    investigator warden deckhand farmhand scheduler""".split()
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
    "therapist",  # "Physiotherapist"
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
    r"[Tt]rainee)\b|\bCrew\b|"
    # the entry routes of law and accountancy firms
    r"\b[Tt]raining[ \t]+[Cc]ontract\b|\b[Vv]acation[ \t]+[Ss]cheme\b|\b[Pp]upillage\b"
)
_ROLE_LINE_SEPARATOR = re.compile(r"[ \t]+(?:[—–·|@-]|at|bei|chez|bij|en)[ \t]+")
_MAX_ROLE_LINE = 120


def _has_role_noun(role: str) -> bool:
    nouns = (_role_noun(word) for word in role.replace("/", " ").split())
    return any(noun and fold(noun) not in _WEAK_NOUNS for noun in nouns) or bool(
        _WEAK_NOUN_TITLE.search(role)
    )
