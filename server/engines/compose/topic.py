"""Pick one short, specific phrase about what was discussed out of free-text notes."""

from __future__ import annotations

import re

MAX_TOPIC_WORDS = 10
# A longer note line reads as prose, not as a subject jotted down.
MAX_FRAGMENT_WORDS = 16
MIN_TOPIC_CHARS = 4

# Words after which the notes usually say what the conversation was about.
_CUE = re.compile(
    r"\b(?:talked|spoke|chatted|went on)\s+(?:a lot\s+|mostly\s+|at length\s+)?about"
    r"|\bspent (?:most of the |a lot of |much of the |the )?time (?:on|talking about)"
    r"|\b(?:talked|walked me|took me|went)\s+(?:through|over)"
    r"|\b(?:discussed|covered|explained|described|dug into|asked (?:me )?about|told me about"
    r"|focused on|showed me|shared|mentioned|brought up|conversation about|questions about"
    r"|deep[- ]dive (?:on|into)|excited about|working on|curious about)\b",
    re.IGNORECASE,
)
# "Kafka migration was discussed": the subject comes before the verb.
_PASSIVE = re.compile(
    r"^(?P<subject>.+?)\s+(?:was|were)\s+(?:discussed|covered|mentioned|the main topic)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|[\n\r;•]+|\s+[-–—]\s+")
# Where a clause ends inside a sentence: the phrase before it still reads on its own.
_CLAUSE_END = re.compile(
    r",|\s\(|\s(?:but|so|because|although|though|while|whereas|which|and then|then|"
    r"since|until|after|before|where|plus)\s",
    re.IGNORECASE,
)
# A topic may be shortened just before one of these, never inside a word or a name.
_BREAK_BEFORE = frozenset(
    [
        "and",
        "with",
        "for",
        "in",
        "on",
        "at",
        "to",
        "of",
        "from",
        "that",
        "who",
        "which",
        "including",
        "across",
        "into",
        "over",
        "under",
        "about",
        "between",
        "by",
        "as",
        "via",
        "using",
        "like",
        "or",
    ]
)
_WEAK_ENDINGS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "with",
        "for",
        "in",
        "on",
        "at",
        "by",
        "from",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "very",
        "really",
    ]
)
# "Discussed X at length": how long it was discussed is not part of the topic.
_TRAILING_ADVERBIAL = re.compile(
    r"(?:\s+(?:at (?:some )?length|in (?:some )?detail|in depth|a lot|a little|briefly|"
    r"together|today|yesterday|again|for a while|for ages|quite a bit))+$",
    re.IGNORECASE,
)
# Logistics of the process: nothing a thank-you should dwell on.
_DULL = re.compile(
    r"\b(?:salary|compensation|pay|benefits|next steps?|logistics|visa|notice period|"
    r"start date|relocation|equity|bonus|timeline|schedule|scheduling)\b",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:[-*+>]+|\d+[.)])?\s*(?:[\w ]{1,24}:)?\s*")
_NOT_A_TOPIC = re.compile(r"https?://|www\.|@|\{|\}")
# A note that opens like these is an impression, not a subject of conversation.
_IMPRESSION_START = frozenset(
    [
        "i",
        "i'm",
        "i've",
        "we",
        "we're",
        "it",
        "it's",
        "he",
        "she",
        "they",
        "he's",
        "she's",
        "they're",
        "very",
        "really",
        "great",
        "good",
        "nice",
        "felt",
        "seemed",
        "overall",
        "lovely",
        "friendly",
    ]
)
_IMPRESSION_WORDS = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "am",
        "seemed",
        "seems",
        "felt",
        "feel",
        "liked",
        "loved",
        "thinks",
        "think",
        "said",
        "went",
        "had",
        "did",
        "got",
        "will",
        "would",
        "should",
        "could",
        "might",
    ]
)
# A fragment with these says who someone is ("Recruiter, very kind"), not what was discussed.
_JOB_WORDS = frozenset(
    [
        "recruiter",
        "recruiting",
        "sourcer",
        "manager",
        "engineer",
        "director",
        "lead",
        "head",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "vp",
        "founder",
        "cofounder",
        "co-founder",
        "partner",
        "hr",
        "talent",
        "intern",
        "designer",
        "scientist",
        "analyst",
    ]
)
# Capitalised only because they start a note: lower-cased when they open the topic.
_COMMON_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "our",
        "his",
        "her",
        "its",
        "your",
        "my",
        "how",
        "why",
        "what",
        "when",
        "whether",
        "where",
        "which",
        "who",
        "team",
        "teams",
        "plans",
        "plan",
        "roadmap",
        "migration",
        "scaling",
        "hiring",
        "growth",
        "design",
        "architecture",
        "testing",
        "tests",
        "product",
        "products",
        "customers",
        "customer",
        "data",
        "pipeline",
        "pipelines",
        "platform",
        "infrastructure",
        "culture",
        "process",
        "processes",
        "onboarding",
        "mentoring",
        "mentorship",
        "career",
        "projects",
        "project",
        "work",
        "challenges",
        "challenge",
        "goals",
        "goal",
        "strategy",
        "tooling",
        "tools",
        "metrics",
        "reliability",
        "performance",
        "security",
        "research",
        "pricing",
        "launch",
        "expansion",
        "move",
        "rewrite",
        "transition",
        "shift",
        "approach",
        "experience",
        "experiments",
    ]
)
_SECOND_PERSON = {
    "their": "your",
    "his": "your",
    "her": "your",
    "they": "you",
    "them": "you",
    "theirs": "yours",
    "themselves": "yourselves",
    "himself": "yourself",
    "herself": "yourself",
}
_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't"}
_IRREGULAR_PAST = frozenset(
    [
        "built",
        "led",
        "ran",
        "made",
        "set",
        "grew",
        "took",
        "went",
        "wrote",
        "brought",
        "began",
        "found",
        "got",
        "kept",
        "left",
        "lost",
        "put",
        "saw",
        "sold",
        "spent",
        "thought",
        "told",
        "won",
        "had",
        "did",
        "chose",
        "drew",
        "gave",
        "met",
        "paid",
        "rebuilt",
        "rewrote",
    ]
)


def extract_topic(*notes: str | None) -> str | None:
    """The first readable phrase about what was discussed, from the first notes that hold one."""
    for text in notes:
        if not text or not text.strip():
            continue
        topic = _topic_from(text)
        if topic:
            return topic
    return None


def _topic_from(text: str) -> str | None:
    """A topic from one block of notes: a cued phrase first, else a noun-like fragment."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    for sentence in sentences:
        for match in _CUE.finditer(sentence):
            phrase = _shape(sentence[match.end() :])
            if phrase:
                return phrase
    for sentence in sentences:
        passive = _PASSIVE.match(_LABEL.sub("", sentence, count=1))
        if passive:
            phrase = _shape(passive.group("subject"), opening=True)
            if phrase:
                return phrase
    for sentence in sentences:
        fragment = _CLAUSE_END.split(_LABEL.sub("", sentence, count=1), maxsplit=1)[0]
        if _looks_like_subject(fragment):
            phrase = _shape(fragment, opening=True)
            if phrase:
                return phrase
    return None


def _looks_like_subject(fragment: str) -> bool:
    """True for short note fragments such as 'Kafka migration', not 'She was lovely'."""
    words = fragment.strip().rstrip(".!?").split()
    if len(words) < 2 or len(words) > MAX_FRAGMENT_WORDS:
        return False
    folded = [w.casefold().strip(",.!?") for w in words]
    if folded[0] in _IMPRESSION_START:
        return False
    return not any(w in _IMPRESSION_WORDS or w in _JOB_WORDS for w in folded)


def _shape(raw: str, opening: bool = False) -> str | None:
    """Trim a phrase to one readable clause of a few words, addressed to the reader."""
    phrase = raw.strip().lstrip(":,- ").strip()
    phrase = _CLAUSE_END.split(phrase, maxsplit=1)[0]
    phrase = phrase.strip().rstrip(".!?:;,\"' ").strip("\"'“”‘’ ")
    phrase = _TRAILING_ADVERBIAL.sub("", phrase).strip()
    if not phrase or _NOT_A_TOPIC.search(phrase) or _DULL.search(phrase):
        return None
    words = phrase.split()
    if words[0].casefold() in {"that", "it", "this", "so", "how", "why"} and len(words) == 1:
        return None
    if words[0].casefold() in {"that", "my", "me", "myself"}:
        # "mentioned that they ..." is a report, and "asked about my CV" is about the user:
        # neither is something of theirs to recall.
        return None
    words = _fit_words(words)
    if not words:
        return None
    words = _address_reader(words)
    if opening or words[0].casefold() in _COMMON_OPENERS:
        words[0] = _lower_opener(words[0])
    result = " ".join(words)
    return result if len(result) >= MIN_TOPIC_CHARS else None


def _fit_words(words: list[str]) -> list[str] | None:
    """At most MAX_TOPIC_WORDS words, shortened only before a connecting word."""
    while words and words[-1].casefold().strip(",.") in _WEAK_ENDINGS:
        words = words[:-1]
    if not words:
        return None
    if len(words) <= MAX_TOPIC_WORDS:
        return words
    for end in range(MAX_TOPIC_WORDS, 1, -1):
        if words[end].casefold() in _BREAK_BEFORE:
            head = words[:end]
            while head and head[-1].casefold() in _WEAK_ENDINGS:
                head = head[:-1]
            if len(head) >= 2:
                return head
    return None


def _address_reader(words: list[str]) -> list[str]:
    """Notes speak of 'their team'; a message to that person says 'your team'."""
    out: list[str] = []
    for index, word in enumerate(words):
        folded = word.casefold()
        nxt = words[index + 1].casefold() if index + 1 < len(words) else ""
        if folded in _SECOND_PERSON:
            out.append(_SECOND_PERSON[folded])
        elif folded in {"he", "she"}:
            out.append("you")
            if nxt:
                words[index + 1] = _agree_with_you(words[index + 1])
        else:
            out.append(word)
    return out


def _agree_with_you(verb: str) -> str:
    """Turn the verb after 'he'/'she' into the form that follows 'you'."""
    folded = verb.casefold()
    if folded in _AGREEMENT:
        return _AGREEMENT[folded]
    if folded.endswith("ed") or folded in _IRREGULAR_PAST:
        return verb
    if folded.endswith("ies") and len(folded) > 4:
        return verb[:-3] + "y"
    if folded.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    if folded.endswith("s") and not folded.endswith("ss"):
        return verb[:-1]
    return verb


def _lower_opener(word: str) -> str:
    """Lower-case a capitalised common word; keep names, acronyms and CamelCase as written."""
    titlecase = len(word) > 1 and word[0].isupper() and word[1:].islower()
    folded = word.casefold()
    if titlecase and (folded in _COMMON_OPENERS or folded.endswith(_COMMON_SUFFIXES)):
        return word[0].lower() + word[1:]
    return word


_COMMON_SUFFIXES = ("tion", "sion", "ing", "ment", "ness", "ity", "ance", "ence", "ship", "ure")
