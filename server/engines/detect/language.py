"""Which of the supported languages a message is written in, from its common short words."""

from __future__ import annotations

_STOPWORDS = {
    "en": frozenset(
        "the and you your we for with that this have our not will are thank thanks "
        "to of in be at is it as would".split()
    ),
    "de": frozenset(
        "der die das und sie ihre ihnen wir uns nicht mit fur ist eine einen ein auf "
        "leider vielen dank bei zu den dem des haben".split()
    ),
    "fr": frozenset(
        "le la les et vous votre vos nous pour avec est une des pas que qui dans sur "
        "au aux ne merci bien cette".split()
    ),
    "es": frozenset(
        "el la los las y usted su sus nosotros para con es una por que no del gracias "
        "tu te hemos lo muy esta".split()
    ),
    "nl": frozenset(
        "de het een en je jij uw wij we niet met voor is van dat die op ons bedankt "
        "helaas naar hebben".split()
    ),
}
_SCAN_TOKENS = 400
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)


def detect_language(tokens: list[str]) -> str:
    """The best-scoring supported language; English when nothing stands out."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    languages_of = _LANGUAGES_OF
    for token in tokens[:_SCAN_TOKENS]:
        for language in languages_of.get(token, ()):
            counts[language] += 1
    best = max(counts, key=lambda language: counts[language])
    if counts[best] == 0 or counts[best] <= counts["en"]:
        return "en"
    return best
