"""A structural cue: the hiring decision went to another person.

Phrase lists name the verbs and the nouns they expect ("go with another candidate"), and miss
the next wording ("gonna go with the other guy", "fait le choix d'une autre personne"). This
cue reads the shape instead, inside one sentence and a few words apart: a decision verb, then
a word for someone other than the reader ("another", "someone", "autre", "otro", "iemand"),
then a person ("candidate", "lad", a job title). German and Dutch put the verb last ("mit
einer anderen Person besetzt", "iemand aangenomen"), so there the verb is looked for after
the person. A second, weaker shape needs no "other": a decision verb, "a"/"an", a person and
a relative word ("chose a person with ...", "landed on a candidate whose ...").

Both are only about the reader when the mail speaks to them (flag ``p``: the mail says "you"
or recalls the reader's application); the classifier's guards (hiring context, debriefs,
withdrawals, alerts) apply as to any other cue. Each token is looked at a bounded number of
times, so the scan is linear in the mail's length.
"""

from __future__ import annotations

from . import phrases as p
from .patterns import Cue, Hit
from .tokens import SENTENCE

OTHER_PERSON = Cue(p.REJECTION, 3, "<decision for another person>", "yp")
SOMEONE_LIKE = Cue(p.REJECTION, 3, "<decision for a person who ...>", "syp")

_VERBS = frozenset(
    {"decided", "chosen", "chose", "choose", "choosing", "selected", "select", "picked", "pick"}
    | {"opted", "gone", "going", "went", "go", "moving", "moved", "move", "proceed"}
    | {"proceeding", "progress", "progressing", "advance", "advancing", "continue"}
    | {"continuing", "pursue", "pursuing", "offered", "offer", "offering", "hired", "hire"}
    | {"hiring", "filled", "fill", "filling", "appointed", "appoint", "landed", "settled"}
    | {"taken", "took", "take", "taking", "given", "gave", "give", "giving", "recommended"}
    | {"brought", "bring", "bringing", "found", "recruited", "employ", "employed", "engaged"}
    | {"thought", "felt", "feel", "think"}  # "the lads thought another lad was further along"
    # fr / es: the verb comes before its object, as in English
    | {"choix", "choisi", "retenu", "recrute", "embauche", "privilegie", "opte", "trouve"}
    | {"privilegier", "privilegions", "retenir"}
    | {"inclinado", "inclinamos"}  # "nos hemos inclinado por otro candidato que ..."
    | {"incorporado", "incorporamos"}  # "hemos incorporado a otra persona al equipo"
    | {"adjudicado", "adjudicada", "attribue", "attribuee"}  # "adjudicado a otra candidata"
    | {"selectionne", "decide", "poursuivre", "continuer", "decidido", "optado", "elegido"}
    | {"seleccionado", "contratado", "cogimos", "cogido", "escogido", "elegimos", "escogimos"}
    | {"contratamos", "optamos", "seguir", "continuar", "avanzar", "decidimos", "quedado"}
    | {"quedamos", "dado", "dimos", "encontrado", "encontramos"}  # "nos quedamos con otro chaval"
    | {"pris", "gekozen"}  # "nous avons pris un autre ...", Dutch "gekozen voor een ... die"
    | {"decantado", "decantamos", "vervuld"}  # "decantado por una persona con ..."
)
# de / nl: the participle closes the clause ("... eine andere Person eingestellt")
_FINAL_VERBS = frozenset(
    {"besetzen", "einstellen"}  # "... mit einem internen Kandidaten zu besetzen"
    | {"entschieden", "besetzt", "eingestellt", "gewahlt", "ausgewahlt", "genommen"}
    | {"aangenomen", "gekozen", "gevonden", "geselecteerd", "benoemd", "ingevuld", "genomen"}
    | {"aannemen"}
    | {"vergeven", "gegeven", "vergeben", "gegeben"}  # "de stage aan een andere student gegeven"
)
_OTHERS = frozenset(
    {"another", "other", "different", "internal", "autre", "autres", "otro", "otra", "otros"}
    | {"otras", "andere", "anderen", "anderer", "ander", "internen", "interne", "internes"}
)
# Words that are a person on their own ("went with someone", "iemand aangenomen").
_SOMEONE = frozenset({"someone", "somebody", "jemand", "jemanden", "iemand", "quelqu", "alguien"})
_PEOPLE = frozenset(
    {"candidate", "candidates", "applicant", "applicants", "person", "people", "individual"}
    | {"individuals", "finalist", "finalists", "profile", "profiles", "hire", "hires", "guy"}
    | {"guys", "lad", "lads", "girl", "bloke", "chap", "woman", "man", "student", "students"}
    | {"colleague", "colleagues", "contractor", "freelancer", "teammate", "talent", "folks"}
    | {"personne", "personnes", "candidat", "candidats", "candidate", "profil", "profils"}
    | {"candidato", "candidata", "candidatos", "candidatas", "persona", "personas", "perfil"}
    | {"perfiles", "chico", "chica", "chaval", "chavala", "kandidat", "kandidaten"}
    | {"kandidatin", "bewerber", "profesor", "profesora", "trabajador", "trabajadora"}
    | {"camarero", "camarera", "professeur", "vendeur", "vendeuse", "mitarbeiter"}
    | {"bewerberin", "person", "personen", "kandidaat", "kandidaten", "sollicitant", "persoon"}
    | {"etudiant", "etudiante", "stagiaire", "alternant", "alternante", "collaborateur"}
    | {"collaboratrice", "estudiante", "becario", "becaria", "companero", "companera"}
    | {"kollegin", "kollege", "kollegen", "studentin", "collega", "medewerker", "mensen"}
    | {"etudiants", "etudiantes", "stagiaires", "estudiantes", "becarios", "becarias"}
    | {"studenten", "studentinnen", "collegas", "medewerkers", "kolleginnen"}
    | {"studierende", "studierenden", "praktikanten", "praktikantinnen", "auszubildende"}
    | p.JOB_TITLE_WORDS
)
# Taking someone on needs no relative clause: "we've taken on a full-time maintenance man".
_POSTS = frozenset(
    {"role", "roles", "position", "positions", "job", "jobs", "brief", "briefs", "vacancy"}
    | {"vacancies", "opening", "openings", "post", "posts", "search", "mandate", "assignment"}
    | {"requisition", "req", "posting", "opportunity", "opportunities"}
)
_TAKEN_ON = frozenset(
    {"hired", "taken", "took", "brought", "appointed", "employed", "recruited", "found"}
    | {"trouve", "recrute", "embauche", "contratado", "contratamos", "cogido", "cogimos"}
)
_ARTICLES = frozenset(
    {"a", "an", "un", "une", "una", "een", "two", "three", "some", "deux", "dos", "twee"}
)
# de: the article opens a clause closed by the verb ("eine neue Verkäuferin eingestellt")
_VERB_LAST_ARTICLES = frozenset({"eine", "einen", "einer", "einem", "een"})
_GO_WITH = frozenset({"go", "going", "gone", "went"})
_RELATIVES = frozenset(
    {"who", "whose", "with", "that", "qui", "dont", "avec", "que", "cuyo", "cuya", "con", "die"}
    | {"issu", "issue", "issus", "issues"}  # "une candidate issue du secteur ..."
)
# "you" between verb and object makes the reader the one chosen ("choisi votre profil parmi
# d'autres candidats"); "among" others likewise.
_YOU = frozenset(
    {"you", "your", "votre", "vous", "toi", "te", "ton", "ta", "tu", "ihre", "ihnen", "dich"}
    | {"dir", "deine", "dein", "usted", "contigo", "su", "tu", "jou", "jouw", "uw", "je"}
    | {"among", "parmi", "entre", "unter", "onder"}
)
_NEGATIONS = frozenset({"not", "no", "never", "nicht", "pas", "niet", "ne", "nunca"})
# What a token can open: a person on its own, "another ...", or "a ... who".
_ONESELF, _OTHER, _ARTICLE = 1, 2, 3
_KINDS = {
    **{word: _ARTICLE for word in _ARTICLES | _VERB_LAST_ARTICLES},
    **{word: _OTHER for word in _OTHERS},
    **{word: _ONESELF for word in _SOMEONE},
}
_VERB_REACH = 6  # decision verb to "another"
_HEAD_REACH = 3  # "another" to the person ("another very strong candidate")
_ARTICLE_REACH = 4  # "a" to the person ("a full-time maintenance man")


def other_person_sentences(tokens: list[str]) -> list[Hit]:
    """A rejection cue for each "decision for someone else" shape in the tokens."""
    hits: list[Hit] = []
    count = len(tokens)
    kinds = _KINDS
    for index, token in enumerate(tokens):
        kind = kinds.get(token)
        if kind is None:
            continue
        if kind == _ARTICLE:
            head = _person_after(tokens, index, count, _ARTICLE_REACH)
            if head < 0:
                continue
            verb = _verb_before(tokens, index) if token in _ARTICLES else -1
            if verb < 0:
                if token in _VERB_LAST_ARTICLES and _final_verb_after(tokens, head, count):
                    hits.append(Hit(SOMEONE_LIKE, index, head + 1))
                continue
            relative = head + 1 < count and tokens[head + 1] in _RELATIVES
            # "gone with an editor she knows": going with someone is choosing them
            chose = tokens[verb] in _TAKEN_ON or (
                tokens[verb] in _GO_WITH and tokens[index - 1] == "with"
            )
            if relative or chose:
                hits.append(Hit(SOMEONE_LIKE, verb, head + 1))
            continue
        head = index if kind == _ONESELF else _person_after(tokens, index, count)
        if head < 0:
            continue
        verb = _verb_before(tokens, index)
        if verb >= 0:
            hits.append(Hit(OTHER_PERSON, verb, head + 1))
        elif _final_verb_after(tokens, head, count):
            hits.append(Hit(OTHER_PERSON, index, head + 1))
    return hits


def _person_after(tokens: list[str], index: int, count: int, reach: int = _HEAD_REACH) -> int:
    for position in range(index + 1, min(count, index + 1 + reach)):
        word = tokens[position]
        if word == SENTENCE:
            return -1
        if word in _PEOPLE or word in _SOMEONE:
            # "taken on a new FP&A Manager brief": a title before a post's noun names the post
            following = tokens[position + 1] if position + 1 < count else SENTENCE
            if following in _POSTS and word in p.JOB_TITLE_WORDS:
                return -1
            return position
    return -1


def _verb_before(tokens: list[str], index: int) -> int:
    """The decision verb a few words before, unless "you" stands between ("move you to ...")."""
    for position in range(index - 1, max(-1, index - 1 - _VERB_REACH), -1):
        word = tokens[position]
        if word == SENTENCE or word in _YOU:
            return -1
        if word in _VERBS:
            # "decided not to move forward with the other candidate" turns someone else down
            low = max(0, position - 3)
            return -1 if not _NEGATIONS.isdisjoint(tokens[low:position]) else position
    return -1


def _final_verb_after(tokens: list[str], head: int, count: int) -> bool:
    for position in range(head + 1, min(count, head + 1 + _VERB_REACH)):
        word = tokens[position]
        if word == SENTENCE:
            return False
        if word in _FINAL_VERBS:
            return True
    return False
