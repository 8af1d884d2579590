"""A tiny phrase language over word tokens, matched in one linear pass.

A phrase is words separated by spaces. ``a/b`` means either word, ``word*`` any word with
that prefix, a trailing ``?`` makes a word optional, and ``~N`` skips up to N words
(never across a sentence end). The first word of a phrase must be plain (``a/b`` allowed),
so phrases can be looked up by the token they start with.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class _Slot:
    words: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool
    gap: int

    def accepts(self, token: str) -> bool:
        return token in self.words or (bool(self.prefixes) and token.startswith(self.prefixes))


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


def _match(slots: tuple[_Slot, ...], tokens: list[str], si: int, ti: int, count: int) -> int:
    """End index of a match of slots[si:] at tokens[ti:] (count = len(tokens)), or -1."""
    last = len(slots)
    while si < last:
        slot = slots[si]
        if slot.gap:
            for skip in range(slot.gap + 1):
                if skip and (ti + skip - 1 >= count or tokens[ti + skip - 1] == SENTENCE):
                    break
                end = _match(slots, tokens, si + 1, ti + skip, count)
                if end >= 0:
                    return end
            return -1
        if ti < count and slot.accepts(tokens[ti]):
            if slot.optional:
                end = _match(slots, tokens, si + 1, ti + 1, count)
                if end >= 0:
                    return end
                si += 1
                continue
            si += 1
            ti += 1
            continue
        if slot.optional:
            si += 1
            continue
        return -1
    return ti


class PhraseIndex:
    """Cues indexed by their first word; `find` walks the tokens once."""

    def __init__(self, cues: list[Cue]):
        # Patterns whose second slot is a plain word are filed under (first word, second
        # word), so a token only meets the patterns its neighbour can continue; the rest
        # are filed under their first word alone.
        # An entry also carries, for "word ~N next ...", the reach N+1 and the words "next"
        # may be: a quick set test on the following tokens rules most of them out.
        Entry = tuple[int, tuple[_Slot, ...], Cue, int, frozenset[str]]
        self._by_pair: dict[str, dict[str, list[Entry]]] = {}
        self._by_first: dict[str, list[Entry]] = {}
        # per pattern: the word sets of its required plain slots (all must occur in the mail)
        self._required: list[tuple[frozenset[str], ...]] = []
        for number, cue in enumerate(cues):
            slots = _compile(cue.phrase)
            self._required.append(
                tuple(
                    slot.words
                    for slot in slots[1:]
                    if not (slot.gap or slot.optional or slot.prefixes)
                )
            )
            second = slots[1] if len(slots) > 1 else None
            plain = second is not None and not (second.gap or second.optional or second.prefixes)
            reach, near = 0, frozenset()
            if len(slots) > 2 and slots[1].gap and not (slots[2].optional or slots[2].prefixes):
                reach, near = slots[1].gap + 1, slots[2].words
            for word in slots[0].words:
                entry = (number, slots, cue, reach, near)
                if plain:
                    by_second = self._by_pair.setdefault(word, {})
                    for following in second.words:
                        by_second.setdefault(following, []).append(entry)
                else:
                    self._by_first.setdefault(word, []).append(entry)
        # One lookup per token: (patterns by following word, patterns by first word alone).
        self._by_token = {
            word: (self._by_pair.get(word), self._by_first.get(word))
            for word in set(self._by_pair) | set(self._by_first)
        }

    def find(self, tokens: list[str]) -> list[Hit]:
        """Every cue occurrence, in token order (and pattern order within a token)."""
        hits: list[Hit] = []
        by_token, required = self._by_token, self._required
        present = set(tokens)
        viable: dict[int, bool] = {}
        loose_of: dict[str, list] = {}
        count = len(tokens)
        for index, token in enumerate(tokens):
            filed = by_token.get(token)
            if filed is None:
                continue
            pairs, loose = filed
            if loose and len(loose) > 4:
                # "your", "you", "not" open many patterns and recur: the ones this mail
                # cannot complete (a required word absent) are dropped at the first sight.
                kept = loose_of.get(token)
                if kept is None:
                    kept = loose_of[token] = [
                        entry for entry in loose if _viable(entry[0], required, present, viable)
                    ]
                loose = kept
            if pairs is not None:
                following = tokens[index + 1] if index + 1 < count else None
                paired = pairs.get(following)
                groups = (paired, loose) if paired else (loose,)
            else:
                groups = (loose,)
            found = len(hits)
            for group in groups:
                if not group:
                    continue
                for number, slots, cue, reach, near in group:
                    if reach and near.isdisjoint(tokens[index + 1 : index + 1 + reach]):
                        continue
                    ok = viable.get(number)
                    if ok is None:
                        ok = _viable(number, required, present, viable)
                    if not ok:
                        continue
                    end = _match(slots, tokens, 1, index + 1, count)
                    if end >= 0:
                        hits.append(Hit(cue, index, end, number))
            if len(groups) > 1 and len(hits) - found > 1:
                hits[found:] = sorted(hits[found:], key=lambda hit: hit.order)
        return hits


def _viable(
    number: int,
    required: list[tuple[frozenset[str], ...]],
    present: set[str],
    viable: dict[int, bool],
) -> bool:
    """Every required word of pattern `number` occurs in the mail (cached per mail)."""
    ok = viable.get(number)
    if ok is None:
        ok = True
        for words in required[number]:
            if words.isdisjoint(present):
                ok = False
                break
        viable[number] = ok
    return ok
