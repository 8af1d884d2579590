"""Drafts built from parts: each sentence has fuller and plainer wordings, chosen by the facts.

A built-in variant is a list of paragraphs, each a list of slots. A slot holds wordings ordered
from the most specific to the plainest; a wording is used only when every fact it names is
known, so a missing fact never leaves a hole: the next wording, or no sentence at all, is used.
When a channel has a length limit, slots are moved to plainer wordings or optional slots are
left out, whole, until the text fits; nothing is ever cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from string import Formatter

from .measure import utf16_length

_LINK_FIELDS = ("{link}", "{opening_url}")


@dataclass(frozen=True)
class Slot:
    """One sentence (or greeting, or sign-off) with its wordings, most specific first."""

    options: tuple[str, ...]
    # 0: always kept; otherwise the slot may be left out to fit a limit, lowest rank first.
    drop: int = 0
    # The slot is left out when any of these facts is known (a fallback for them).
    unless: tuple[str, ...] = ()
    # The slot is used only when at least one of these facts is known.
    when: tuple[str, ...] = ()


@dataclass(frozen=True)
class Variant:
    """A built-in wording of a kind in one tone."""

    paragraphs: tuple[tuple[Slot, ...], ...]
    # Subject lines, most specific first: the first slot with a usable wording is used.
    subject: tuple[Slot, ...] = ()


def say(
    *options: str, drop: int = 0, unless: tuple[str, ...] = (), when: tuple[str, ...] = ()
) -> Slot:
    """A slot with its wordings, most specific first."""
    return Slot(tuple(options), drop, unless, when)


def variant(*paragraphs: tuple[Slot, ...] | Slot, subject: tuple[Slot, ...] | Slot = ()) -> Variant:
    """A variant from paragraphs; a lone slot is a paragraph (or subject choice) of its own."""
    shaped = tuple(p if isinstance(p, tuple) else (p,) for p in paragraphs)
    return Variant(shaped, subject if isinstance(subject, tuple) else (subject,))


@lru_cache(maxsize=4096)
def fields_of(wording: str) -> frozenset[str]:
    """The fact names a wording refers to."""
    return frozenset(name for _, name, _, _ in Formatter().parse(wording) if name)


@dataclass(frozen=True)
class Written:
    """A variant written out: its text, subject and the facts it used."""

    text: str
    subject: str | None
    used: frozenset[str]


def _usable(slot: Slot, facts: Mapping[str, str]) -> list[str]:
    """The slot's wordings whose facts are all known, most specific first."""
    if any(name in facts for name in slot.unless):
        return []
    if slot.when and not any(name in facts for name in slot.when):
        return []
    return [w for w in slot.options if fields_of(w) <= facts.keys()]


class _Choice:
    """Which wording each slot of a variant currently uses (None: the slot is left out)."""

    def __init__(self, variant_: Variant, facts: Mapping[str, str]) -> None:
        self.variant = variant_
        self.facts = facts
        self.slots = [slot for paragraph in variant_.paragraphs for slot in paragraph]
        self.usable = [_usable(slot, facts) for slot in self.slots]
        self.picks: list[int | None] = [0 if words else None for words in self.usable]

    def write(self, picks: list[int | None] | None = None) -> Written:
        """The text for the given (or current) picks."""
        picks = self.picks if picks is None else picks
        used: set[str] = set()
        paragraphs: list[str] = []
        index = 0
        for paragraph in self.variant.paragraphs:
            text, after_link = "", False
            for _ in paragraph:
                pick = picks[index]
                index += 1
                if pick is None:
                    continue
                wording = self.usable[index - 1][pick]
                used |= fields_of(wording)
                if text:
                    # After a sentence ending in a link the next one starts a new line, so
                    # the link is not run into the following words.
                    text += "\n" if after_link else " "
                text += wording.format_map(self.facts)
                after_link = wording.endswith(_LINK_FIELDS)
            if text:
                paragraphs.append(text)
        subject = None
        for slot in self.variant.subject:
            options = _usable(slot, self.facts)
            if options:
                used |= fields_of(options[0])
                subject = options[0].format_map(self.facts)
                break
        return Written("\n\n".join(paragraphs), subject, frozenset(used))

    def plainer(self) -> list[list[int | None]]:
        """Every choice one step plainer: one slot to its next wording, or an optional one out."""
        steps = []
        for index, pick in enumerate(self.picks):
            if pick is None:
                continue
            if pick + 1 < len(self.usable[index]):
                steps.append([*self.picks[:index], pick + 1, *self.picks[index + 1 :]])
            if self.slots[index].drop:
                steps.append([*self.picks[:index], None, *self.picks[index + 1 :]])
        return steps


def write_variant(variant_: Variant, facts: Mapping[str, str], limit: int | None) -> Written | None:
    """The variant with the most facts that fits the limit, or None when none fits."""
    choice = _Choice(variant_, facts)
    written = choice.write()
    while limit is not None and utf16_length(written.text) > limit:
        best: tuple[tuple[int, int, int], list[int | None], Written] | None = None
        for picks in choice.plainer():
            candidate = choice.write(picks)
            lost = len(written.used - candidate.used)
            rank = _dropped_rank(choice, picks)
            saved = utf16_length(written.text) - utf16_length(candidate.text)
            score = (lost, rank, -saved)
            if saved > 0 and (best is None or score < best[0]):
                best = (score, picks, candidate)
        if best is None:
            return None
        choice.picks, written = best[1], best[2]
    return written


def _dropped_rank(choice: _Choice, picks: list[int | None]) -> int:
    """The drop rank of the slot a step leaves out (0 when the step only changes a wording)."""
    for index, (old, new) in enumerate(zip(choice.picks, picks, strict=True)):
        if old is not None and new is None:
            return choice.slots[index].drop
    return 0
