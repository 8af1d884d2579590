"""Folded word tokens with sentence and clause boundaries, so phrases match across line breaks."""

from __future__ import annotations

import re
import unicodedata

SENTENCE = "."
CLAUSE = ","

_TOKEN = re.compile(r"\n[ \t]*\n|[a-z0-9]+(?:'[a-z]+)?|[.!?]|[,;:()]")
_PRE_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "ł": "l",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_NOT_SUFFIX = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_ENGLISH_SUFFIX = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am", "s": "s"}
_IS_CONTRACTIONS = frozenset({"it", "that", "there", "here", "what", "who", "he", "she"})
_ELISIONS = frozenset({"l", "d", "j", "n", "m", "t", "s", "c", "qu", "jusqu", "lorsqu", "puisqu"})
_SPLIT_WORDS = {
    "cannot": ("can", "not"),
    "cant": ("can", "not"),
    "wont": ("will", "not"),
    # apostrophes dropped in quick notes ("we didnt pick anyone"); not "dont", French "whose"
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "werent": ("were", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
}


_MONTHS = frozenset(
    {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september"}
    | {"oktober", "november", "dezember", "januari", "februari", "maart", "mei", "augustus"}
    | {"december", "jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt"}
    | {"nov", "dez", "dec", "janner"}
)


def fold(text: str) -> str:
    """Lower-case text with accents removed and typographic apostrophes made plain."""
    if text.isascii():
        # the backtick is the table's one plain character; a replace is cheaper than a table
        return (text.replace("`", "'") if "`" in text else text).casefold()
    text = text.translate(_PRE_FOLD).casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def _expand(word: str) -> tuple[str, ...]:
    """Contractions and French elisions as separate words ("won't" -> "will not")."""
    if "'" not in word:
        return _SPLIT_WORDS.get(word, (word,))
    if word.endswith("n't"):
        base = word[:-3]
        return (_NOT_SUFFIX.get(base, base), "not")
    head, _, tail = word.partition("'")
    if head in _ELISIONS:
        return (head, tail)
    if tail == "s":
        return (head, "is") if head in _IS_CONTRACTIONS else (head,)
    if tail in _ENGLISH_SUFFIX:
        return (head, _ENGLISH_SUFFIX[tail])
    return (head, tail)


def tokenize(text: str) -> list[str]:
    """Folded words plus "." at sentence ends (and blank lines) and "," at clause marks."""
    tokens: list[str] = []
    append, split = tokens.append, _SPLIT_WORDS
    ordinal = -1  # "am 14. Mai": the "." of a German or Dutch date ends no sentence
    for raw in _TOKEN.findall(fold(text)):
        # A token is a word with or without an apostrophe, a mark or a blank line, so only
        # the plain word, by far the most common, is all letters and digits.
        if raw.isalnum() and raw not in split:
            if ordinal >= 0 and ordinal == len(tokens) - 1 and raw in _MONTHS:
                tokens.pop()
            append(raw)
            continue
        first = raw[0]
        if first == "\n" or first in ".!?":
            if tokens and tokens[-1] != SENTENCE:
                if first == "." and len(tokens[-1]) <= 2 and tokens[-1].isdigit():
                    ordinal = len(tokens)
                tokens.append(SENTENCE)
        elif first in ",;:()":
            if tokens and tokens[-1] not in (SENTENCE, CLAUSE):
                tokens.append(CLAUSE)
        else:
            tokens.extend(_expand(raw))
    return tokens
