"""A tiny phrase language over word tokens, matched in one linear pass.

A phrase is words separated by spaces. ``a/b`` means either word, ``word*`` any word with
that prefix, a trailing ``?`` makes a word optional, and ``~N`` skips up to N words
(never across a sentence end). The first word of a phrase must be plain (``a/b`` allowed),
so phrases can be looked up by the token they start with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate
from operator import or_

from .tokens import SENTENCE, fold


@dataclass(frozen=True)
class Cue:
    """One phrase and what it says: its category, its weight and the checks it needs."""

    category: str
    weight: int
    phrase: str
    flags: str = ""


@dataclass(frozen=True)
class Hit:
    """A cue found at tokens[start:end]."""

    cue: Cue
    start: int
    end: int
    order: int = 0  # the pattern's place in the cue list, to keep ties in a stable order

    def __init__(self, cue: Cue, start: int, end: int, order: int = 0):
        # Hits are made by the thousand; filling the frozen instance's __dict__ directly is
        # about twice as fast as the generated __init__ (same fields, same immutability).
        fields = self.__dict__
        fields["cue"] = cue
        fields["start"] = start
        fields["end"] = end
        fields["order"] = order


@dataclass(frozen=True)
class _Slot:
    words: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool
    gap: int


def _compile(phrase: str) -> tuple[_Slot, ...]:
    slots = []
    for part in fold(phrase).split():
        if part.startswith("~"):
            slots.append(_Slot(frozenset(), (), False, int(part[1:] or 2)))
            continue
        optional = part.endswith("?")
        part = part.rstrip("?")
        words = frozenset(w for w in part.split("/") if not w.endswith("*"))
        prefixes = tuple(w[:-1] for w in part.split("/") if w.endswith("*"))
        slots.append(_Slot(words, prefixes, optional, 0))
    first = slots[0]
    if first.gap or first.optional or first.prefixes or not first.words:
        raise ValueError(f"phrase must start with a plain word: {phrase!r}")
    return tuple(slots)


class PhraseIndex:
    """Cues indexed by their first word; `find` walks the tokens once."""

    def __init__(self, cues: list[Cue]):
        # Patterns whose second slot is a plain word are filed under (first word, second
        # word), so a token only meets the patterns its neighbour can continue; the rest
        # are filed under their first word alone. Each entry is (matcher of the slots after
        # the first, cue, pattern number, required-word mask).
        # The mask: each distinct word set of a required plain slot is one bit, and a mail's
        # mask holds the bits of the sets it has a word of, so "can this mail complete the
        # pattern" is one test on two integers.
        Entry = tuple[Callable, Cue, int, int]
        self._by_pair: dict[str, dict[str, list[Entry]]] = {}
        self._by_first: dict[str, list[Entry]] = {}
        self._word_bits: dict[str, int] = {}
        set_bits: dict[frozenset[str], int] = {}
        for number, cue in enumerate(cues):
            slots = _compile(cue.phrase)
            need = 0
            for slot in slots[1:]:
                if slot.gap or slot.optional or slot.prefixes:
                    continue
                bit = set_bits.get(slot.words)
                if bit is None:
                    bit = set_bits[slot.words] = 1 << len(set_bits)
                    for word in slot.words:
                        self._word_bits[word] = self._word_bits.get(word, 0) | bit
                need |= bit
            second = slots[1] if len(slots) > 1 else None
            plain = second is not None and not (second.gap or second.optional or second.prefixes)
            entry = (_tail_matcher(slots[1:]), cue, number, need)
            for word in slots[0].words:
                if plain:
                    by_second = self._by_pair.setdefault(word, {})
                    for following in second.words:
                        by_second.setdefault(following, []).append(entry)
                else:
                    self._by_first.setdefault(word, []).append(entry)
        self._all_bits = (1 << len(set_bits)) - 1
        # One lookup per token: (patterns by following word, patterns by first word alone).
        self._by_token = {
            word: (self._by_pair.get(word), self._by_first.get(word, ()))
            for word in set(self._by_pair) | set(self._by_first)
        }

    def find(self, tokens: list[str]) -> list[Hit]:
        """Every cue occurrence, in token order (and pattern order within a token)."""
        hits: list[Hit] = []
        count = len(tokens)
        if not count:
            return hits
        by_token = self._by_token
        words = set(tokens)
        # the bits of the required word sets this mail has no word of
        missing = self._all_bits ^ reduce(or_, filter(None, map(self._word_bits.get, words)), 0)
        # Per word of the mail, once: its pairs and the first-word patterns it can complete.
        plan: dict[str, tuple] = {}
        for word in words:
            filed = by_token.get(word)
            if filed is not None:
                pairs, loose = filed
                if loose:
                    loose = [entry for entry in loose if not entry[3] & missing]
                if pairs is not None or loose:
                    plan[word] = (pairs, loose)
        # The matchers read the tokens as one string, each token followed by a space;
        # token i starts at the length of the tokens before it plus i.
        joined = " ".join(tokens) + " "
        before = list(accumulate(map(len, tokens), initial=0))
        spaces = joined.count
        last = count - 1
        for index, token in enumerate(tokens):
            step = plan.get(token)
            if step is None:
                continue
            pairs, loose = step
            paired = pairs.get(tokens[index + 1]) if pairs is not None and index < last else None
            after = index + 1
            at = before[after] + after
            found = len(hits)
            if paired:
                for match, cue, number, need in paired:
                    if need & missing:
                        continue
                    matched = match(joined, at)
                    if matched is not None:
                        end = after + spaces(" ", at, matched.end())
                        hits.append(Hit(cue, index, end, number))
            for match, cue, number, _need in loose:
                matched = match(joined, at)
                if matched is not None:
                    end = after + spaces(" ", at, matched.end())
                    hits.append(Hit(cue, index, end, number))
            if paired and loose and len(hits) - found > 1:
                hits[found:] = sorted(hits[found:], key=_order)
        return hits


def _order(hit: Hit) -> int:
    return hit.order


def _tail_matcher(slots: tuple[_Slot, ...]) -> Callable:
    """A compiled `match(text, pos)` of slots over tokens joined as "token token ... ".

    The first match found decides where a hit ends, so the choices are tried in the
    language's order: an optional word taken before it is left out, a gap's shortest skip
    first and never a skip over a sentence end.
    """
    parts = []
    not_an_end = "(?!" + re.escape(SENTENCE) + " )"
    for slot in slots:
        if slot.gap:
            parts.append(rf"(?:{not_an_end}[^ ]+ ){{0,{slot.gap}}}?")
            continue
        choices = [re.escape(word) for word in sorted(slot.words)]
        choices += [re.escape(prefix) + "[^ ]*" for prefix in slot.prefixes]
        one = "(?:" + "|".join(choices) + ") " if choices else "(?!)"
        parts.append("(?:" + one + ")?" if slot.optional else one)
    return re.compile("".join(parts)).match
