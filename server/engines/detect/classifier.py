"""Scoring of cue hits into one category, with explicit guards against false rejections."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from . import phrases as p
from .choices import other_person_sentences
from .patterns import Hit, PhraseIndex
from .refusals import not_taking_you
from .sentences import negative_sentences
from .tokens import CLAUSE, SENTENCE

_INDEX = PhraseIndex(p.all_cues())
_CONDITION_WINDOW = 30
_CLAUSE_WINDOW = 8
# "did not meet the level required to progress to the next stage": negations reach far.
_NEGATION_WINDOW = 12
_CONCESSIVE_OPENERS = frozenset(
    {"although", "though", "while", "whilst", "even", "despite", "obwohl", "bien", "aunque"}
    | {"hoewel", "ondanks", "trotz"}
)
_POSITIVE = (p.OFFER, p.INVITE)
_CONDITIONAL_CHECKED = frozenset({p.REJECTION, *_POSITIVE})
_NEGATION_CHECKED = frozenset({*_POSITIVE, p.RECEIVED})
_FIRM_INVITE = 3
_EVIDENCE_WORDS = 16
# "chosen your profile among other candidates" chose the reader.
_AMONG = frozenset({"among", "amongst", "parmi", "entre", "unter", "onder"})
_THIRD_PERSON = frozenset({"him", "her", "them", "he", "she"})
_SECOND_PERSON = frozenset(
    {"you", "your", "yours", "yourself", "u", "ya", "sie", "ihnen", "ihre", "ihr", "ihrer"}
    | {"du", "dich", "dir", "dein", "deine", "euch", "vous", "votre", "vos", "tu", "te", "ton"}
    | {"ta", "tes", "usted", "su", "sus", "ti", "tus", "uw", "je", "jij", "jou", "jouw"}
)
_DEFINITE = frozenset({"the", "this", "that"})
_PAY = frozenset({"paid", "salary", "wage", "wages", "employment", "contract", "hourly"})
YOU = frozenset({"you", "your"})
_DUTCH_SUBJECTS = frozenset(
    {"je", "jij", "u", "we", "wij", "er", "het", "de", "uw", "jouw", "jullie", "ze", "zij", "ik"}
)
_ELSEWHERE = frozenset({"another", "someone", "somebody", "other"})
_STAGES = frozenset({"assessment", "interview", "interviews", "selection", "insight", "open"})
_OTHER_PEOPLE = frozenset(
    {"candidate", "candidates", "applicant", "applicants", "someone", "somebody", "finalist"}
)
# "all/any candidates" of a cancelled search include the reader: only counts that pick some
_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both"}
)
_APPLIED = frozenset({"application", "candidacy", "candidature", "cv", "resume", "profile"})
_WAITS = frozenset({"until", "unless", "till", "bis", "jusqu", "hasta", "totdat", "zolang"})
_OPTIONS = frozenset({"can", "may", "could", "might", "able", "kann", "konnen", "pouvez", "puede"})
_GERMAN_WISHERS = frozenset({"wir", "ich", "sie", "gerne"})
_PROVIDED_CONDITION = frozenset({"that", "you", "we", "they", "it", "your", "the", "there"})
_AFTERCARE = frozenset(
    {"feedback", "advice", "hrbp", "coaching", "mentoring", "debrief", "ruckmeldung"}
    | {"retour", "retroalimentacion", "terugkoppeling"}
)
_CROWD = frozenset(
    {"candidates", "people", "talent", "professionals", "engineers", "designers", "folks"}
)
_THANKERS = frozenset({"thank", "thanks", "danke", "dank", "vielen", "merci", "gracias", "bedankt"})
_BOOKMARKED = frozenset({"saved", "bookmarked", "followed", "watched", "viewed", "liked"})
_REQUIRES = frozenset({"requires", "require", "required", "requirement", "only"})
_BECAUSE = frozenset({"as", "because", "since", "weil", "da", "car", "puisque", "porque", "omdat"})
_BEFORE = frozenset({"before", "bevor", "ehe", "avant", "antes", "voordat"})
_SETTLED = frozenset({"accepted", "received", "signed", "declined"})
_ROLES = frozenset({"role", "roles", "position", "positions", "opportunities", "vacancies", "jobs"})
_OTHER_ROLES = frozenset(
    {"other", "another", "different", "new", "similar", "few", "couple", "more"}
)
# "if that's useful", "if you'd like": an offer the reader may take or leave
_OPTIONAL = frozenset(
    {"useful", "helpful", "like", "want", "wish", "interested", "prefer", "help", "helps"}
)
_INVERTED_SUBJECTS = frozenset({"je", "jij", "u", "sie", "du"})
_THEN = frozenset({"dan", "dann", "so"})
# "of course" names no course; interview "travel expenses" are no expense claim
_UNFILLED = frozenset({"hiring", "filling", "appointing", "recruiting", "replacing", "anyone"})
_BOOKED = frozenset({"confirming", "booking", "accepting", "scheduling", "reserving"})
_CLAUSE_BREAKS = frozenset({"and", ",", ".", ";", ":"})
# "as part of your offer", "following your offer": a step after the offer already made
_OFFER_STEPS = frozenset({"of", "following", "regarding", "under", "about"})
_FOR_GOOD = frozenset({"indefinitely", "permanently"})
# a pause that keeps the reader waiting: "still in the running", "remains active", "pick it up"
_WAITING = frozenset({"still", "remains", "remain", "pick", "picking", "decision", "decisions"})
# "on this one", "on this occasion": the matter in hand, not another
_THIS_ONE = frozenset({"one", "occasion", "time", "round", "role", "position", "job"})
# "paused ..., so we won't ...": what follows is the consequence
_SO = frozenset({"so", "therefore", "hence", "means", "meaning"})
# a status change (2) and where to read it (1)
_STATUS_NOTICE = 3
_HELD = frozenset(
    {"hold", "paused", "pause", "pausing", "freeze", "frozen", "suspended", "until", "halted"}
)
_SURVEYS = frozenset({"survey", "questionnaire"})
_EARLIER = frozenset({"previous", "former", "outgoing", "last"})
_HOLDERS = frozenset(
    {"hire", "person", "incumbent", "employee", "recruit", "postholder", "manager", "lead"}
)
# "you haven't got the job description yet": the job's papers, not the job
_PAPERS = frozenset({"description", "spec", "specification", "title", "advert", "ad", "details"})
# "it's a no-brainer", "it's a no-op": words, not a "no"
_NO_WORDS = frozenset({"brainer", "op", "ops"})
_CASES = frozenset({"caso", "cas", "falle", "fall", "geval"})
_IN_CASE = frozenset(
    {("en", "caso"), ("au", "cas"), ("im", "falle"), ("im", "fall"), ("in", "geval")}
)
_HEARD = frozenset({"noticed", "saw", "heard", "spotted", "see", "hear", "noticing", "seeing"})
_COURSES = frozenset({"way", "route", "path", "direction"})
_THINGS_OPENERS = frozenset({"the", "our", "this", "that", "these", "those", "its", "their"})
_HIRING_NOUNS = frozenset(
    {"role", "roles", "position", "positions", "job", "jobs", "hire", "hiring", "search"}
    | {"vacancy", "post", "opening", "recruitment", "process", "candidates", "candidate"}
    | {"application", "applications", "candidacy", "shortlist", "team", "appointment"}
    | {"one", "ones"}  # "gone another way with this one": the role
    | {"childcare", "care", "staffing", "cover", "help"}  # "with our childcare": the job
)
# "CVs (that) they don't take forward", "applicants who are not selected": a class, not you
_RELATIVE_LINKS = frozenset({"they", "we", "that", "which", "who", "do", "does", "did", "are"})
_APPLICATION_CLASSES = frozenset(
    {"cvs", "resumes", "applications", "applicants", "candidates", "profiles", "those"}
)
_IDIOMS = frozenset({("of", "course"), ("travel", "expenses"), ("travel", "expense")})
_THANKS = frozenset(
    {"thank", "thanks", "danke", "merci", "gracias", "bedankt", "after", "following"}
    | {"appreciate", "appreciated", "grazie", "cheers"}
    | {"wilde", "wou"}  # Dutch "leuk dat je wilde komen kennismaken": a visit already made
)


@dataclass
class Verdict:
    """The category with its confidence and the phrases that decided it."""

    category: str
    confidence: float
    evidence: list[str] = field(default_factory=list)
    # Set on an unguarded `other` only: the mail speaks of a job or of the reader's
    # application (or came from a hiring mailbox), so a second opinion may weigh in.
    about_a_job: bool = False


def _text_of(tokens: list[str], hit: Hit) -> str:
    return " ".join(t for t in tokens[hit.start : hit.end] if t not in (SENTENCE, CLAUSE))


def _sentence_start(tokens: list[str], index: int) -> int:
    low = max(0, index - _CONDITION_WINDOW)
    for position in range(index - 1, low - 1, -1):
        if tokens[position] == SENTENCE:
            return position + 1
    return low


def _is_conditional(tokens: list[str], hit: Hit) -> bool:
    """The cue sits in an "if ..." sentence or after "may"/"might": a possibility, not a fact."""
    start = _sentence_start(tokens, hit.start)
    window = tokens[start : hit.start]
    if not p.CONDITIONALS.isdisjoint(window):
        for index, token in enumerate(window):
            if token in p.CONDITIONALS and not (_participle(window, index) or _wish(window, index)):
                return True
    if window and window[0] in p.SENTENCE_START_CONDITIONALS and _opens_condition(window):
        return True
    if not _CASES.isdisjoint(window) and any(pair in _IN_CASE for pair in pairwise(window)):
        return True  # "en caso de no ser seleccionada, conservaremos tu CV"
    inverted = hit.start - start >= 3 and tokens[start + 1] in _INVERTED_SUBJECTS
    if inverted and _inverted_condition(tokens[start : hit.start + 1]):
        return True
    for token in reversed(tokens[max(start, hit.start - _CLAUSE_WINDOW) : hit.start]):
        if token in (CLAUSE, SENTENCE) or token in p.CONTRASTS:
            break
        if token in p.MODALS:
            return True
    # "...cannot progress your application until we receive..." is a wait, not a no; "a trial
    # shift 6 till close" is a time.
    if hit.cue.category != p.REJECTION:
        return False
    # the no may carry its own wait: "cannot consider it until you upload a CV" ("move ahead
    # without you" is no wait: "without" inside a no names who is left out)
    if not _WAITS.isdisjoint(tokens[hit.start + 1 : hit.end]):
        return True
    tail = tokens[hit.end : hit.end + _CONDITION_WINDOW]
    if p.TEMPORARY.isdisjoint(tail) and "before" not in tail:
        return False  # no wait word at all: the common case, without walking the words
    for index, token in enumerate(tail):
        if token == SENTENCE or _standing_reason(tail, index):
            break
        if token in p.TEMPORARY and not _settles(tail, index):
            return True
    # "can't take you on before your visa arrives" waits; "who has done it before" does not.
    for index, token in enumerate(tail[:-1]):
        if token == SENTENCE:
            break
        if token == "before" and tail[index + 1] in YOU:
            return True
    return False


def _settles(tail: list[str], index: int) -> bool:
    """ "close the position without hiring": "without" names what will not happen, no wait."""
    return index + 1 < len(tail) and tail[index + 1] in _UNFILLED


def _standing_reason(tail: list[str], index: int) -> bool:
    """ "as this role requires authorisation to work without sponsorship": a requirement of
    the post, so its "without" is no wait ("cannot proceed without your references" is)."""
    if tail[index] not in _BECAUSE:
        return False
    return not _REQUIRES.isdisjoint(tail[index + 1 : index + 5])


def _participle(window: list[str], index: int) -> bool:
    """ "the information provided, ..." describes; "provided that you ..." sets a condition."""
    if window[index] != "provided":
        return False
    following = window[index + 1] if index + 1 < len(window) else SENTENCE
    return following not in _PROVIDED_CONDITION


def _wish(window: list[str], index: int) -> bool:
    """German "wir möchten Sie einladen" wishes; Dutch "mochten er vragen zijn" sets a condition."""
    return window[index] == "mochten" and index > 0 and window[index - 1] in _GERMAN_WISHERS


def _inverted_condition(window: list[str]) -> bool:
    """Dutch "Hoor je binnen drie weken niets, dan ..." and German "Hören Sie nichts, dann
    ...": a verb before its subject opens a condition; "dan/dann/so" starts what follows."""
    if len(window) < 4 or window[1] not in _INVERTED_SUBJECTS or window[0] in _THANKERS:
        return False
    return any(
        window[index] == CLAUSE and window[index + 1] in _THEN
        for index in range(2, len(window) - 1)
    )


def _opens_condition(window: list[str]) -> bool:
    """Dutch "als je ..." is "if you ..."; German "als nächsten Schritt" is "as the next step"."""
    if window[0] != "als":
        return True
    return len(window) > 1 and window[1] in _DUTCH_SUBJECTS


def _is_concessive(tokens: list[str], hit: Hit) -> bool:
    """ "Although we didn't move forward last time, ..." sets the scene rather than decides."""
    start = _sentence_start(tokens, hit.start)
    if start >= hit.start or tokens[start] not in _CONCESSIVE_OPENERS:
        return False
    return CLAUSE not in tokens[start : hit.start]


def _is_negated(tokens: list[str], hit: Hit) -> bool:
    """A negation in the same clause before (or inside) a positive cue ("not ... invite you")."""
    if any(token in p.NEGATORS for token in tokens[hit.start + 1 : hit.end]):
        return True
    for token in reversed(tokens[max(0, hit.start - _NEGATION_WINDOW) : hit.start]):
        if token in (CLAUSE, SENTENCE) or token in p.CONTRASTS:
            return False
        if token in p.NEGATORS:
            return True
    return False


def _looks_back(tokens: list[str], hit: Hit) -> bool:
    """ "Thank you for completing the assessment" recalls a step instead of proposing one."""
    for token in reversed(tokens[max(0, hit.start - 15) : hit.start]):
        if token in (CLAUSE, SENTENCE) or token in _BOOKED:
            # "thank you for confirming your place at our assessment centre": still ahead
            return False
        if token in _THANKS:
            return True
    return False


def _anyone_like_you(tokens: list[str], hit: Hit) -> bool:
    span = tokens[hit.start : hit.end + 2]
    for index in range(1, len(span) - 1):
        if span[index] == "like" and span[index + 1] == "you" and span[index - 1] in _CROWD:
            return True
    return False


def _not_yet(tokens: list[str], hit: Hit) -> bool:
    """ "Bevor wir einen Termin vereinbaren, brauchen wir ...": a step after a condition."""
    for token in reversed(tokens[max(0, hit.start - _CLAUSE_WINDOW) : hit.start]):
        if token in (CLAUSE, SENTENCE):
            return False
        if token in _BEFORE:
            return True
    return False


def _about_feedback(tokens: list[str], hit: Hit) -> bool:
    """ "Book time with me for feedback" after a no is kindness, not a next interview."""
    start = _sentence_start(tokens, hit.start)
    end = hit.end
    while end < len(tokens) and end - hit.end < _CONDITION_WINDOW and tokens[end] != SENTENCE:
        end += 1
    return any(token in _AFTERCARE for token in tokens[start:end])


def _about_future(tokens: list[str], hit: Hit) -> bool:
    """ "We'd love to interview you for future openings": a door left open, not a date."""
    for token in tokens[hit.end : hit.end + _CONDITION_WINDOW]:
        if token == SENTENCE:
            return False
        if token == "future":
            return True
    return False


def _about_someone_else(tokens: list[str], hit: Hit) -> bool:
    """ "...not to move forward with the second candidate": a debrief, not the reader's no."""
    after = tokens[hit.end : hit.end + 6]
    # Whoever is named first is the one turned down ("with him - please send your scores").
    for token in after:
        if token in YOU or token == SENTENCE:
            break
        if token in _THIRD_PERSON:
            return True
    if not YOU.isdisjoint(after):
        return False
    if _counted_candidates(tokens[hit.end : hit.end + 8]):
        return True
    # "the (second) candidate", as opposed to "another candidate" or "a candidate"
    for index, token in enumerate(after):
        if token in ("candidate", "applicant") and index and after[index - 1] in _DEFINITE:
            return True
        if token in ("candidate", "applicant") and index > 1 and after[index - 2] in _DEFINITE:
            return True
    return False


def _not_a_no(tokens: list[str], hit: Hit) -> bool:
    """ "not inviting you in person" is a format; "it's a no-brainer" is no "no"."""
    if tokens[hit.end - 1] == "no" and hit.end < len(tokens) and tokens[hit.end] in _NO_WORDS:
        return True
    span = tokens[hit.start : hit.end]
    return "person" in span and any(
        span[index] == "in" and span[index + 1] == "person" for index in range(len(span) - 1)
    )


def _on_something_else(tokens: list[str], hit: Hit) -> bool:
    """ "a no from finance on the rate rise": what the bare no is about, when not the reader."""
    tail = tokens[hit.end : hit.end + 6]
    for index, token in enumerate(tail):
        if token in (SENTENCE, CLAUSE):
            return False
        if token == "on":
            about = tail[index + 1 : index + 4]
            if about[:1] in (["this"], ["that"]) and about[1:2] and about[1] in _THIS_ONE:
                return False  # "a no from the team on this one": the role the mail is about
            return YOU.isdisjoint(about) and _APPLIED.isdisjoint(about)
    return False


def _with_a_thing(tokens: list[str], hit: Hit) -> bool:
    """ "we've gone another way with the menu": the course changed for a thing, not a hire."""
    if tokens[hit.end - 1] not in _COURSES:
        return False  # "decided to go with another candidate with the right skills" is a no
    tail = tokens[hit.end : hit.end + 4]
    if len(tail) < 2 or tail[0] != "with" or tail[1] not in _THINGS_OPENERS:
        return False
    about = tail[2:4]
    return not any(word in _HIRING_NOUNS or word in p.JOB_TITLE_WORDS for word in about)


def _for_someone_else(tokens: list[str], hit: Hit) -> bool:
    """ "it's not good news for the other candidates": whose news it is, when not the reader's."""
    tail = tokens[hit.end : hit.end + 4]
    if not tail or tail[0] != "for":
        return False
    return YOU.isdisjoint(tail[1:]) and _APPLIED.isdisjoint(tail[1:])


def _if_you_want(tokens: list[str], hit: Hit) -> bool:
    """ "not the right fit for you if you want to stay remote": a fit on a condition of yours."""
    tail = tokens[hit.end : hit.end + 5]
    for index, token in enumerate(tail[:-1]):
        if token in (SENTENCE, CLAUSE):
            return False
        if token in ("if", "unless") and tail[index + 1] in YOU:
            return index == 0 or tail[index - 1] != "even"  # "even if you ..." concedes
    return False


def _hearsay(tokens: list[str], hit: Hit) -> bool:
    """ "I noticed you were not selected for the Analyst role at Acme": news of someone's no."""
    return not _HEARD.isdisjoint(tokens[max(0, hit.start - 3) : hit.start])


def _about_a_class(tokens: list[str], hit: Hit) -> bool:
    """ "no feedback on CVs they don't take forward": a rule about a kind of application."""
    position = hit.start - 1
    skipped = 0
    while position >= 0 and skipped < 3 and tokens[position] in _RELATIVE_LINKS:
        position -= 1
        skipped += 1
    return position >= 0 and tokens[position] in _APPLICATION_CLASSES


def _predecessor(tokens: list[str], hit: Hit) -> bool:
    """ "The previous hire didn't work out, unfortunately": a recruiter's story about someone."""
    if _EARLIER.isdisjoint(tokens[max(0, hit.start - _CONDITION_WINDOW) : hit.start]):
        return False  # the common case, settled without finding the sentence
    start = _sentence_start(tokens, hit.start)
    sentence = tokens[start : hit.start]
    return any(word in _EARLIER and following in _HOLDERS for word, following in pairwise(sentence))


def _counted_candidates(after: list[str]) -> bool:
    """ "with two of the four candidates": a panel's tally of people, never the one reader."""
    for index, token in enumerate(after):
        if token == SENTENCE or token in YOU or token in _ELSEWHERE:
            return False
        if token in _COUNTS or token.isdigit():
            return not _OTHER_PEOPLE.isdisjoint(after[index + 1 : index + 5])
    return False


def _accepted_by_someone(tokens: list[str], hit: Hit) -> bool:
    before = tokens[max(0, hit.start - 4) : hit.start]
    return "has" in before and not _SETTLED.isdisjoint(before) and YOU.isdisjoint(before)


def _part_of_your_offer(tokens: list[str], hit: Hit) -> bool:
    before = tokens[max(0, hit.start - 2) : hit.start]
    return len(before) == 2 and before[1] == "your" and before[0] in _OFFER_STEPS


def _on_other_roles(tokens: list[str], hit: Hit) -> bool:
    """ "two other roles I'd like to talk to you about": a recruiter's next step, not this job's;
    "I've got two more roles for you. Are you free for a call?" names them a sentence before."""
    start, end = _sentence_bounds(tokens, hit.start)
    if start > 1:
        start = _sentence_start(tokens, start - 1)
    sentence = tokens[start:end]
    if _ROLES.isdisjoint(sentence):
        return False
    for index, token in enumerate(sentence):
        if token in _ROLES and not _OTHER_ROLES.isdisjoint(sentence[max(0, index - 3) : index]):
            return True
    return False


def _among(span: list[str]) -> bool:
    """ "chosen your profile among others"; French "entre-temps" is "meanwhile", not "among"."""
    return any(
        token in _AMONG and not (index + 1 < len(span) and span[index + 1] == "temps")
        for index, token in enumerate(span)
    )


def _idiom(tokens: list[str], hit: Hit) -> bool:
    return hit.start > 0 and (tokens[hit.start - 1], tokens[hit.start]) in _IDIOMS


def _follows_you(tokens: list[str], hit: Hit) -> bool:
    """ "you decided to go with": the reader's words; "we reviewed your application and
    decided to": a new clause after "and" or a comma has the sender as its subject."""
    window = tokens[max(0, hit.start - 3) : hit.start]
    for offset in range(len(window) - 1, -1, -1):
        if window[offset] in p.YOU_WORDS:
            return _CLAUSE_BREAKS.isdisjoint(window[offset + 1 :])
    return False


@dataclass
class _Tally:
    weight: int = 0
    best: int = 0
    strong: int = 0
    hits: list[Hit] = field(default_factory=list)

    def add(self, hit: Hit, weight: int) -> None:
        self.weight += weight
        self.best = max(self.best, weight)
        self.strong += weight >= 3
        self.hits.append(hit)


def _elsewhere(hits: list[Hit], tokens: list[str]) -> set[int]:
    """Which rejection hits turn down someone else ("not moving forward with him"), by index."""
    return {
        index
        for index, hit in enumerate(hits)
        if hit.cue.category == p.REJECTION
        and hit.cue.weight >= 2
        and "p" not in hit.cue.flags
        and _about_someone_else(tokens, hit)
    }


def _tally(hits: list[Hit], tokens: list[str]) -> dict[str, _Tally]:
    tallies: dict[str, _Tally] = {}
    elsewhere = _elsewhere(hits, tokens)
    # sentences whose firm no is about someone else
    voided = {
        _sentence_start(tokens, hits[index].start)
        for index in elsewhere
        if hits[index].cue.weight >= 3
    }
    for number, hit in enumerate(hits):
        cue = hit.cue
        category = cue.category
        if category in _CONDITIONAL_CHECKED and _is_conditional(tokens, hit):
            continue
        if category in _NEGATION_CHECKED and _is_negated(tokens, hit):
            continue
        if category in _POSITIVE and (_looks_back(tokens, hit) or _not_yet(tokens, hit)):
            continue
        if category == p.NON_JOB and _idiom(tokens, hit):
            continue
        if category == p.WITHDRAWAL and not _OPTIONS.isdisjoint(tokens[hit.start : hit.end]):
            continue  # "you can withdraw consent at any time" is a right, not a withdrawal
        if category == p.INVITE and _anyone_like_you(tokens, hit):
            continue  # "startups want to meet candidates like you": a digest's pitch
        if category == p.OFFER and not _STAGES.isdisjoint(tokens[hit.end : hit.end + 5]):
            continue  # "offer you a place on our assessment day" invites, it does not hire
        if category == p.OFFER and not _ELSEWHERE.isdisjoint(tokens[hit.end : hit.end + 3]):
            continue  # "extend an offer to another candidate" is someone else's offer
        if category == p.OFFER and _accepted_by_someone(tokens, hit):
            continue  # "Abdul has accepted a conditional offer" tells a referee, not the hire
        if category == p.OFFER and _part_of_your_offer(tokens, hit):
            continue  # "as part of your conditional offer, complete the check": a later step
        if category == p.INVITE and (_about_feedback(tokens, hit) or _about_future(tokens, hit)):
            continue
        if category == p.REJECTION:
            if "y" in cue.flags and _follows_you(tokens, hit):
                continue
            if cue.weight >= 2 and _is_concessive(tokens, hit):
                continue
            span = tokens[hit.start : hit.end]
            among = not _AMONG.isdisjoint(span) and _among(span)
            if cue.weight >= 2 and among and p.NEGATORS.isdisjoint(span):
                continue  # "not among those selected" is still a no
            # A structural cue names the other person itself ("the other guy, he has ...").
            if number in elsewhere:
                continue
            # "we won't be inviting you in person: the interview is by video" is a format
            if _not_a_no(tokens, hit):
                continue
            if "o" in cue.flags and _on_something_else(tokens, hit):
                continue
            if "w" in cue.flags and _with_a_thing(tokens, hit):
                continue
            if "r" in cue.flags and _for_someone_else(tokens, hit):
                continue
            if "n" in cue.flags and not _PAPERS.isdisjoint(tokens[hit.end : hit.end + 1]):
                continue
            if "i" in cue.flags and _if_you_want(tokens, hit):
                continue
            if "e" in cue.flags and tokens[hit.end : hit.end + 1] == ["of"]:
                continue
            if _about_a_class(tokens, hit) or _hearsay(tokens, hit):
                continue
            if cue.weight < 3 and _predecessor(tokens, hit):
                continue
            # "...with him, as we need someone who can start sooner": his reasons, his no
            if cue.weight < 3 and voided and _sentence_start(tokens, hit.start) in voided:
                continue
        tallies.setdefault(category, _Tally()).add(hit, cue.weight)
    return tallies


def _weight(tallies: dict[str, _Tally], category: str) -> int:
    tally = tallies.get(category)
    return tally.weight if tally else 0


def _rejection_tally(
    tallies: dict[str, _Tally],
    tokens: list[str],
    damped: bool,
    addressed: bool,
    paused_only: bool = False,
) -> _Tally:
    """Rejection cues, each stretch of text counted once, post statements only about oneself.

    `addressed`: the mail says "you"; a structural cue (flag p) is void in a mail that neither
    speaks to the reader nor recalls their application (a note between colleagues)."""
    raw = tallies.get(p.REJECTION)
    result = _Tally()
    if raw is None:
        return result
    about_me = _weight(tallies, p.APP_CONTEXT) > 0
    weighed = []
    for hit in raw.hits:
        weight = hit.cue.weight
        if "p" in hit.cue.flags and not (addressed or about_me):
            continue
        if "s" in hit.cue.flags:
            # a hiring pause does not undo "the role won't be filled" (flag f) said to you
            if damped and not (paused_only and "f" in hit.cue.flags):
                continue
            # A post filled, a request declined: decisive only about the reader's application;
            # "roles you saved have closed" is about bookmarks, not an application.
            bookmarked = not _BOOKMARKED.isdisjoint(tokens[hit.start : hit.end])
            weight = 3 if about_me and not bookmarked else 1
        elif damped and weight < 3:
            continue
        if "z" in hit.cue.flags:
            result.add(hit, weight)  # a whole clause: the phrases inside it still count
            continue
        weighed.append((hit, weight))
    # Overlapping phrases read the same words twice: keep the strongest per stretch of text.
    weighed.sort(key=lambda pair: (pair[0].start, -pair[0].end))
    group: list[tuple[Hit, int]] = []
    group_end = -1
    for hit, weight in [*weighed, (None, 0)]:
        if hit is not None and hit.start < group_end:
            group.append((hit, weight))
            group_end = max(group_end, hit.end)
            continue
        if group:
            best_hit, best_weight = max(group, key=lambda pair: pair[1])
            result.add(best_hit, best_weight)
            result.hits.extend(h for h, _w in group if h is not best_hit)
        if hit is not None:
            group, group_end = [(hit, weight)], hit.end
    return result


def _evidence(tokens: list[str], hits: list[Hit], limit: int = 6) -> list[str]:
    """The matched phrases, overlapping matches merged, strongest first."""
    spans: list[list[int]] = []  # [start, end, weight]
    for hit in sorted(hits, key=lambda hit: (hit.start, -hit.end)):
        if spans and hit.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hit.end)
            spans[-1][2] = max(spans[-1][2], hit.cue.weight)
        else:
            spans.append([hit.start, hit.end, hit.cue.weight])
    spans.sort(key=lambda span: (-span[2], span[0]))
    texts: list[str] = []
    for start, end, _weight in spans:
        words = [t for t in tokens[start:end] if t not in (SENTENCE, CLAUSE)]
        text = " ".join(words[:_EVIDENCE_WORDS]) + (" …" if len(words) > _EVIDENCE_WORDS else "")
        if text and text not in texts:
            texts.append(text)
    return texts[:limit]


def _guard(name: str, tokens: list[str], tally: _Tally | None) -> list[str]:
    if tally is None:
        return [f"guard:{name}"]
    return [f"guard:{name}: {text}" for text in _evidence(tokens, tally.hits, 2)]


def _positive_verdict(tallies: dict[str, _Tally], tokens: list[str]) -> Verdict | None:
    offer, invite = _weight(tallies, p.OFFER), _weight(tallies, p.INVITE)
    outreach_weight, app_weight = _weight(tallies, p.OUTREACH), _weight(tallies, p.APP_CONTEXT)
    outreach = outreach_weight >= 2 and outreach_weight >= 3 * app_weight + 1
    if offer >= 3 and offer >= invite - 1:
        return Verdict(
            p.OFFER, min(0.95, 0.6 + 0.08 * offer), _evidence(tokens, _hits(tallies, p.OFFER))
        )
    if invite >= 3 and not outreach:
        confidence = min(0.95, 0.55 + 0.07 * invite)
        return Verdict(p.INVITE, confidence, _evidence(tokens, _hits(tallies, p.INVITE)))
    return None


def _hits(tallies: dict[str, _Tally], category: str) -> list[Hit]:
    tally = tallies.get(category)
    return tally.hits if tally else []


def _rejection_confidence(rejection: _Tally, tallies: dict[str, _Tally]) -> float:
    context = _weight(tallies, p.APP_CONTEXT) + _weight(tallies, p.JOB_CONTEXT)
    weak = sum(1 for hit in rejection.hits if hit.cue.weight == 1)
    if rejection.strong:
        confidence = 0.7 + 0.08 * min(rejection.strong - 1, 2) + 0.03 * min(weak, 3)
    else:
        confidence = 0.5 + 0.05 * min(weak, 3)
    confidence += 0.05 if context else -0.1
    if _weight(tallies, p.INVITE) or _weight(tallies, p.OFFER):
        confidence -= 0.1
    return round(max(0.5, min(0.98, confidence)), 2)


def decide(tokens: list[str], hiring_sender: bool = False) -> Verdict:
    """The category of a message; `hiring_sender` when an ATS or a careers mailbox sent it."""
    hits = _INDEX.find(tokens) + negative_sentences(tokens) + other_person_sentences(tokens)
    hits += not_taking_you(tokens)
    tallies = _tally(hits, tokens)
    alert_weight, app_weight = _weight(tallies, p.ALERT), _weight(tallies, p.APP_CONTEXT)
    # A digest may mention one job "you applied" to: it is still a digest.
    alert = alert_weight >= 2 and (app_weight == 0 or alert_weight >= 3 * app_weight + 1)
    # "on hold indefinitely, so your application won't go any further": the role is gone
    pause = (
        _weight(tallies, p.PAUSE) >= 1
        and not _held_indefinitely(tallies, tokens)
        and not _stopped_for_good(tallies, tokens)
    )
    addressed = not _SECOND_PERSON.isdisjoint(tokens)
    rejection = _rejection_tally(
        tallies, tokens, damped=alert or pause, addressed=addressed, paused_only=not alert
    )
    decisive = rejection.weight >= 3 and rejection.best >= 2
    positive = _positive_verdict(tallies, tokens)

    if decisive:
        guard = _rejection_guard(tallies, tokens, rejection, pause, hiring_sender)
        if guard is not None:
            return guard
        if positive is not None and _positive_prevails(tallies, rejection, positive, tokens):
            positive.evidence.append("guard:positive-next-step")
            positive.confidence = round(min(positive.confidence, 0.75), 2)
            return positive
        confidence = _rejection_confidence(rejection, tallies)
        return Verdict(p.REJECTION, confidence, _evidence(tokens, rejection.hits))
    if (
        positive is not None
        and pause
        and positive.category == p.INVITE
        and not _firm_invite(tallies)
    ):
        return Verdict("other", 0.45, _guard("hiring-paused", tokens, tallies.get(p.PAUSE)))
    if positive is not None:
        for side in (p.REFERRAL, p.HIRING_SIDE):
            if _weight(tallies, side) >= 2:
                # "X named you as a referee: please complete the reference check", "stop
                # scheduling new interviews": the mail is to a referee or the panel.
                return Verdict(
                    "other",
                    0.45,
                    _guard(f"not-to-the-candidate: {side}", tokens, tallies.get(side)),
                )
        if _not_about_a_job(tallies, tokens, hiring_sender):
            return Verdict("other", 0.45, _guard("not-a-job", tokens, tallies.get(p.NON_JOB)))
        context = _weight(tallies, p.JOB_CONTEXT) + _weight(tallies, p.APP_CONTEXT)
        moved_only = all("m" in hit.cue.flags for hit in _hits(tallies, p.INVITE))
        if positive.category == p.INVITE and moved_only and not (context or hiring_sender):
            # "Thursday's board call moves to Friday": a meeting, not an interview.
            return Verdict("other", 0.5, ["guard:no-hiring-context", *positive.evidence[:2]])
        positive.confidence = round(positive.confidence, 2)
        return positive
    received = _weight(tallies, p.RECEIVED)
    if received >= 3 and _not_about_a_job(tallies, tokens, hiring_sender):
        return Verdict("other", 0.5, _guard("not-a-job", tokens, tallies.get(p.NON_JOB)))
    if received >= 3 and _weight(tallies, p.REQUEST) >= 2 and _only_thanks(tallies, tokens):
        # "Thanks for applying. Could you send us your share code?": a request, not a receipt
        return Verdict("other", 0.55, _guard("a-request", tokens, tallies.get(p.REQUEST)))
    if received >= 3 and _held(tallies, tokens) and _only_thanks(tallies, tokens):
        # "Thanks for applying. We're holding your application until the budget is approved"
        return Verdict("other", 0.5, _guard("hiring-paused", tokens, tallies.get(p.PAUSE)))
    if received >= 3 and _weight(tallies, p.VOICE) < 2:
        confidence = round(min(0.92, 0.6 + 0.06 * received), 2)
        return Verdict(p.RECEIVED, confidence, _evidence(tokens, _hits(tallies, p.RECEIVED)))
    if _weight(tallies, p.STATUS) >= _STATUS_NOTICE:
        # "your application status has changed: log in to view it": the decision is elsewhere
        return Verdict("other", 0.6, _guard("status-notice", tokens, tallies.get(p.STATUS)))
    leaning = rejection.weight + _weight(tallies, p.OFFER) + _weight(tallies, p.INVITE)
    confidence = 0.85 if leaning == 0 else max(0.35, 0.6 - 0.05 * leaning)
    evidence = _evidence(tokens, rejection.hits, 3)
    dismissed = _dismissed_nos(hits, tallies)
    if dismissed:
        # The words of a no were read and set aside ("if we do not take your application
        # further, ..."); a second opinion must not read them back in.
        evidence += [f"guard:no-set-aside: {text}" for text in _evidence(tokens, dismissed, 2)]
    return Verdict(
        "other", round(confidence, 2), evidence, _about_a_job(tallies, tokens, hiring_sender)
    )


def _dismissed_nos(hits: list[Hit], tallies: dict[str, _Tally]) -> list[Hit]:
    """Firm rejection cues that a condition, a quote or another person's story voided."""
    kept = tallies.get(p.REJECTION)
    kept_ids = {id(hit) for hit in kept.hits} if kept is not None else set()
    return [
        hit
        for hit in hits
        if hit.cue.category == p.REJECTION and hit.cue.weight >= 3 and id(hit) not in kept_ids
    ]


def _about_a_job(tallies: dict[str, _Tally], tokens: list[str], hiring_sender: bool) -> bool:
    """Whether a mail no rule decided is about work: a job word, the reader's application,
    or a hiring mailbox, and not more about something else (a podcast's interview)."""
    context = hiring_sender or _weight(tallies, p.JOB_CONTEXT) + _weight(tallies, p.APP_CONTEXT)
    return bool(context) and not _not_about_a_job(tallies, tokens, hiring_sender)


def _sentence_bounds(tokens: list[str], index: int) -> tuple[int, int]:
    start = _sentence_start(tokens, index)
    end = index
    while end < len(tokens) and end - index < _CONDITION_WINDOW and tokens[end] != SENTENCE:
        end += 1
    return start, end


def _inside_the_no(tokens: list[str], hit: Hit, rejection: _Tally) -> bool:
    """ "chosen to continue with other candidates for the next stage": the stage is theirs."""
    start, end = _sentence_bounds(tokens, hit.start)
    for no in rejection.hits:
        if no.cue.weight < 3 or not start <= no.start < hit.start or no.end > end:
            continue
        if p.CONTRASTS.isdisjoint(tokens[no.end : hit.start]):
            return True
    return False


def _if_wanted(tokens: list[str], hit: Hit) -> bool:
    """ "happy to jump on a call and share notes if that's useful": kindness, not a next round."""
    start, end = _sentence_bounds(tokens, hit.start)
    sentence = tokens[start:end]
    for index, token in enumerate(sentence):
        if token == "if" and not _OPTIONAL.isdisjoint(sentence[index + 1 : index + 5]):
            return True
    return False


def _held_indefinitely(tallies: dict[str, _Tally], tokens: list[str]) -> bool:
    """Every pause is "on hold indefinitely/permanently": a search stopped, not waiting."""
    hits = _hits(tallies, p.PAUSE)
    return bool(hits) and all(
        not _FOR_GOOD.isdisjoint(tokens[hit.end : hit.end + 2]) for hit in hits
    )


def _stopped_for_good(tallies: dict[str, _Tally], tokens: list[str]) -> bool:
    """ "we're not able to continue the process for the foreseeable future": no end in sight,
    unless the mail also keeps the reader waiting ("your application remains active")."""
    if "foreseeable" not in tokens:
        return False
    for hit in _hits(tallies, p.PAUSE):
        if not _WAITING.isdisjoint(tokens[hit.start : hit.end]):
            return False
    for index, (word, after) in enumerate(pairwise(tokens)):
        if word == "foreseeable" and after == "future":
            start = _sentence_start(tokens, index)
            if not p.NEGATORS.isdisjoint(tokens[start:index]):
                return True
    return False


def _held(tallies: dict[str, _Tally], tokens: list[str]) -> bool:
    """A search on hold or waiting for a budget, not a review still running ("no decision yet")."""
    return any(not _HELD.isdisjoint(tokens[hit.start : hit.end]) for hit in _hits(tallies, p.PAUSE))


def _only_thanks(tallies: dict[str, _Tally], tokens: list[str]) -> bool:
    """Every receipt cue is a thank-you for the application, none says it was received."""
    hits = _hits(tallies, p.RECEIVED)
    return all(tokens[hit.start] in _THANKERS for hit in hits if hit.cue.weight >= 2)


def _positive_prevails(
    tallies: dict[str, _Tally], rejection: _Tally, positive: Verdict, tokens: list[str]
) -> bool:
    """A next step offered after the "no" (or outweighing it) is what the mail is about."""
    # A signature's "book time with me: calendly..." stands under every mail, a no included.
    tally = tallies[positive.category]
    standing = {hit.start for hit in tally.hits if "k" in hit.cue.flags}
    hits = [
        hit
        for hit in tally.hits
        if hit.start not in standing
        and not _inside_the_no(tokens, hit, rejection)
        and not _if_wanted(tokens, hit)
        and not _on_other_roles(tokens, hit)
    ]
    if sum(hit.cue.weight for hit in hits) > rejection.weight:
        return True
    first_no = min((hit.start for hit in rejection.hits if hit.cue.weight >= 2), default=0)
    return any(hit.start > first_no for hit in hits if hit.cue.weight >= 3)


def _firm_invite(tallies: dict[str, _Tally]) -> bool:
    """An invitation beyond a cancellation: a cancelled interview of a paused search is not one."""
    hits = _hits(tallies, p.INVITE)
    return sum(hit.cue.weight for hit in hits if "c" not in hit.cue.flags) >= _FIRM_INVITE


def _not_about_a_job(tallies: dict[str, _Tally], tokens: list[str], hiring_sender: bool) -> bool:
    """Podcast interviews, mentorship sign-ups: the words of hiring about something else."""
    if hiring_sender:
        return False
    non_job = _distinct(tallies, p.NON_JOB, tokens)
    return non_job >= 1 and non_job >= _distinct(tallies, p.JOB_CONTEXT, tokens)


def _unpaid(tallies: dict[str, _Tally], tokens: list[str]) -> bool:
    """Volunteering counts double against a job, unless the mail speaks of pay."""
    texts = {_text_of(tokens, hit) for hit in _hits(tallies, p.NON_JOB)}
    volunteer = any(text.startswith("volunteer") for text in texts)
    return volunteer and _PAY.isdisjoint(tokens)


def _distinct(tallies: dict[str, _Tally], category: str, tokens: list[str]) -> int:
    """Distinct mentions: a phrase inside a longer one of the same kind is that one mention
    ("warehouse shifts" within "Saturday warehouse shifts")."""
    hits = _hits(tallies, category)
    return len(
        {
            _text_of(tokens, hit)
            for hit in hits
            if not any(
                other.start <= hit.start
                and hit.end <= other.end
                and other.end - other.start > hit.end - hit.start
                for other in hits
            )
        }
    )


def _no_because_of_pause(tokens: list[str], rejection: _Tally, pauses: list[Hit]) -> bool:
    """ "we've decided to pause on hiring for now, so we won't be taking your application
    forward": the pause is the reason for a personal no, unless the no waits ("until then")
    or the mail keeps the reader waiting ("your application remains active")."""
    if any(not _WAITING.isdisjoint(tokens[pause.start : pause.end]) for pause in pauses):
        return False
    for hit in rejection.hits:
        if (
            hit.cue.weight < 3
            or "s" in hit.cue.flags
            or YOU.isdisjoint(tokens[hit.start : hit.end])
        ):
            continue
        start, end = _sentence_bounds(tokens, hit.start)
        if not p.TEMPORARY.isdisjoint(tokens[hit.end : end]) or "remains" in tokens:
            continue
        for pause in pauses:
            if start <= pause.start < hit.start and not _SO.isdisjoint(
                tokens[pause.end : hit.start]
            ):
                return True
    return False


def _no_before_pause(tokens: list[str], rejection: _Tally, pauses: list[Hit]) -> bool:
    """ "We will not progress your application." then "we keep your CV until further notice"
    or "reapply once the role reopens": a personal no said first, the pause words after it
    (in later sentences) look ahead, they do not put the decision on hold."""
    for hit in rejection.hits:
        if hit.cue.weight < 3 or "s" in hit.cue.flags:
            continue
        words = set(tokens[hit.start : hit.end])
        if words.isdisjoint(YOU) and words.isdisjoint(_OTHER_PEOPLE):
            continue
        end = hit.end
        while end < len(tokens) and tokens[end] != SENTENCE:
            end += 1
        return all(pause.start > end for pause in pauses)
    return False


def _repeated_surveys(tallies: dict[str, _Tally], tokens: list[str]) -> int:
    """A survey named twice (the text and its link) under a no is still one aside."""
    texts = [_text_of(tokens, hit) for hit in _hits(tallies, p.META)]
    surveys = sum(1 for text in texts if text in _SURVEYS)
    return max(0, surveys - 1)


def _said_to_you(tokens: list[str], rejection: _Tally) -> bool:
    """ "X have decided not to progress your application": a board relaying a no, whatever
    pep talk about rejections and job list it wraps around it."""
    return any(
        hit.cue.weight >= 3
        and "s" not in hit.cue.flags
        and not YOU.isdisjoint(tokens[hit.start : hit.end + 1])
        for hit in rejection.hits
    )


def _rejection_guard(
    tallies: dict[str, _Tally],
    tokens: list[str],
    rejection: _Tally,
    pause: bool,
    hiring_sender: bool,
) -> Verdict | None:
    """A reason the rejection-looking text is something else, as an `other` verdict."""
    if _weight(tallies, p.WITHDRAWAL) >= 2:
        return Verdict("other", 0.45, _guard("withdrawal", tokens, tallies.get(p.WITHDRAWAL)))
    if _weight(tallies, p.REFERRAL) >= 2:
        return Verdict("other", 0.45, _guard("about-a-referral", tokens, tallies.get(p.REFERRAL)))
    if _weight(tallies, p.HIRING_SIDE) >= 2:
        return Verdict("other", 0.45, _guard("hiring-side", tokens, tallies.get(p.HIRING_SIDE)))
    if _weight(tallies, p.VOICE) >= 2:
        return Verdict("other", 0.45, _guard("own-message", tokens, tallies.get(p.VOICE)))
    if _weight(tallies, p.OUTREACH) >= 2 and all(
        "s" in hit.cue.flags for hit in rejection.hits if hit.cue.weight >= 2
    ):
        # "that role closed, but we have a new opening: open to a chat?" is outreach.
        return Verdict("other", 0.45, _guard("new-opportunity", tokens, tallies.get(p.OUTREACH)))
    final = (
        any("f" in hit.cue.flags for hit in rejection.hits)
        or _no_before_pause(tokens, rejection, _hits(tallies, p.PAUSE))
        or _no_because_of_pause(tokens, rejection, _hits(tallies, p.PAUSE))
    )
    if pause and rejection.strong < 2 and not final:
        return Verdict("other", 0.4, _guard("hiring-paused", tokens, tallies.get(p.PAUSE)))
    non_job, job = _distinct(tallies, p.NON_JOB, tokens), _weight(tallies, p.JOB_CONTEXT)
    if _unpaid(tallies, tokens):
        non_job *= 2
    if non_job >= 2 and non_job > _distinct(tallies, p.JOB_CONTEXT, tokens):
        return Verdict("other", 0.45, _guard("not-a-job", tokens, tallies.get(p.NON_JOB)))
    if non_job and not job and not _weight(tallies, p.APP_CONTEXT):
        # "Ihr Antrag auf Homeoffice ... nicht berücksichtigt" from the HR mailbox: a request
        return Verdict("other", 0.45, _guard("not-a-job", tokens, tallies.get(p.NON_JOB)))
    if not (job or hiring_sender or _weight(tallies, p.OFFER) >= 3):
        return Verdict(
            "other", 0.4, ["guard:no-hiring-context", *_evidence(tokens, rejection.hits, 2)]
        )
    if (
        _SECOND_PERSON.isdisjoint(tokens)
        and not _THIRD_PERSON.isdisjoint(tokens)
        and not (
            _weight(tallies, p.APP_CONTEXT)
            and any("s" not in hit.cue.flags for hit in rejection.hits if hit.cue.weight >= 2)
        )
    ):
        # A post filled and "her" in a mail to no "you": news about someone, whatever process
        # it names ("appointed following an internal selection process").
        # "go with the other finalist; I'll tell Pete, he was great": a debrief about him.
        return Verdict(
            "other", 0.4, ["guard:about-someone-else", *_evidence(tokens, rejection.hits, 2)]
        )
    meta, alert = (
        _weight(tallies, p.META) - _repeated_surveys(tallies, tokens),
        _weight(tallies, p.ALERT),
    )
    if meta >= 2 or (meta >= 1 and alert >= 2 and not _said_to_you(tokens, rejection)):
        return Verdict("other", 0.4, _guard("about-rejections", tokens, tallies.get(p.META)))
    return None
