"""What the detector reads: HTML flattened, hidden parts and quoted history removed, tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.engines.detect.patterns import Cue, PhraseIndex
from server.engines.detect.text import html_to_text, strip_quoted, visible_text
from server.engines.detect.tokens import tokenize


@pytest.mark.parametrize(
    ("markup", "present", "absent"),
    [
        (
            '<div class="preheader" style="display:none">Secret preview</div><p>Hello there</p>',
            "Hello there",
            "Secret preview",
        ),
        (
            '<span style="font-size:0;line-height:0;max-height:0">tiny</span>Visible',
            "Visible",
            "tiny",
        ),
        ("<div hidden>gone</div><p>kept</p>", "kept", "gone"),
        ('<div aria-hidden="true">screen reader off</div>shown', "shown", "screen reader off"),
        ("<style>.a{color:red}</style><script>var x=1</script><p>Body</p>", "Body", "color"),
        ("<head><title>Title text</title></head><body>Body text</body>", "Body text", "Title"),
        ('<img src="https://t.example/p.gif" width="1" height="1" alt="pixel">Hi', "Hi", "pixel"),
        (
            "<p>Fish &amp; chips &ndash; caf&eacute; &#39;ok&#39;</p>",
            "Fish & chips – café 'ok'",
            "",
        ),
        ("<!-- a comment --><p>after comment</p>", "after comment", "a comment"),
    ],
)
def test_html_shows_only_what_a_reader_sees(markup, present, absent):
    text = visible_text("", markup)
    assert present in text
    if absent:
        assert absent not in text


def test_table_cells_and_rows_stay_apart():
    text = visible_text(
        "", "<table><tr><td>Name</td><td>Role</td></tr><tr><td>Ana</td></tr></table>"
    )
    assert "Name" in text and "Role" in text
    assert "NameRole" not in text
    assert text.index("Ana") > text.index("Role")


def test_phrases_broken_across_lines_read_as_one():
    text = visible_text("", "<p>we have decided to<br>move forward with another<br>candidate</p>")
    assert "to\nmove" in text
    assert tokenize(text)[-6:] == ["to", "move", "forward", "with", "another", "candidate"]


def test_plain_body_wins_over_html_when_both_exist():
    assert visible_text("plain words", "<p>html words</p>") == "plain words"


def test_plain_body_that_is_really_html_is_flattened():
    assert visible_text("<html><body><div>inside</div></body></html>", "") == "inside"


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (
            "New note on top.\n\nOn Mon, 3 Mar 2025 at 10:00, Jo <jo@acme.com> wrote:\n> old text",
            "New note on top.",
            "old text",
        ),
        (
            "Kurze Antwort hier.\n\nAm 10.03.2025 um 09:12 schrieb Katrin <k@x.de>:\n> alter Text",
            "Kurze Antwort hier.",
            "alter Text",
        ),
        (
            "Réponse courte ici.\n\nLe lun. 3 mars 2025 à 10:00, Jo <jo@x.fr> a écrit :\n> ancien",
            "Réponse courte ici.",
            "ancien",
        ),
        (
            "Reply text here.\n\n-----Original Message-----\nFrom: Jo\nSent: Monday\nold body",
            "Reply text here.",
            "old body",
        ),
        (
            "Reply text here.\n\nFrom: Jo <jo@acme.com>\nSent: Monday\nTo: Sam\nSubject: x\nold",
            "Reply text here.",
            "old",
        ),
        (
            "Top line of reply.\n\nOn Mon, 3 Mar 2025 at 10:00 Jo Bo <jo@acme.com>\nwrote:\nold",
            "Top line of reply.",
            "old",
        ),
        (
            "Thanks, Tuesday works.\n\n---- On Tue, 4 Mar 2025 10:02 Jo Park wrote ----\nold",
            "Thanks, Tuesday works.",
            "old",
        ),
        (
            "Gern, bis Dienstag.\n\n==== Am 04.03.2025 schrieb Jo Park: ====\nalter Text",
            "Gern, bis Dienstag.",
            "alter Text",
        ),
    ],
)
def test_quoted_history_is_cut_below_the_new_message(body, kept, dropped):
    text = visible_text(body, "")
    assert kept in text
    assert dropped not in text


def test_a_dashed_line_that_only_mentions_writing_is_no_reply_header():
    body = "Hi Ana,\n\n-- on call -- the rota wrote itself.\nSee you soon."
    assert "See you soon." in visible_text(body, "")


def test_forward_with_nothing_above_keeps_the_forwarded_message():
    body = (
        "---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\n"
        "Subject: Update\n\nWe will not be moving forward."
    )
    text = visible_text(body, "")
    assert "We will not be moving forward." in text
    assert "From:" not in text


def test_html_quote_blocks_are_cut_when_a_new_message_sits_above():
    markup = (
        "<div>Happy to share feedback on Monday.</div>"
        '<div class="gmail_quote"><blockquote>We decided to go with another candidate.'
        "</blockquote></div>"
    )
    text = visible_text("", markup)
    assert "Happy to share feedback" in text
    assert "another candidate" not in text


def test_strip_quoted_leaves_unquoted_text_alone():
    assert strip_quoted("line one\nline two") == "line one\nline two"


def test_invisible_characters_and_odd_spaces_are_removed():
    text = visible_text("mo\u200bve\u00a0forward\u200c\u00ad here", "")
    assert text == "move forward here"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We won't be moving", ["we", "will", "not", "be", "moving"]),
        ("We can't; we cannot", ["we", "can", "not", ",", "we", "can", "not"]),
        ("We're sure we've", ["we", "are", "sure", "we", "have"]),
        ("n’a pas été retenue", ["n", "a", "pas", "ete", "retenue"]),
        ("Straße, Café", ["strasse", ",", "cafe"]),
        ("moving\nforward", ["moving", "forward"]),
        ("one.\n\ntwo", ["one", ".", "two"]),
    ],
)
def test_tokens_fold_accents_and_expand_contractions(text, expected):
    assert tokenize(text) == expected


def test_deeply_nested_html_is_flattened_without_recursion():
    markup = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert visible_text("", markup) == "deep text"


@pytest.mark.parametrize(
    "markup",
    [
        "<" * 200_000,
        "<!--" + "x" * 100_000,
        "<div " + "a" * 100_000,
        "<p>" + "<b>" * 50_000 + "text",
        "</p>" * 50_000 + "end",
    ],
)
def test_hostile_markup_is_handled(markup):
    text = html_to_text(markup)
    assert isinstance(text, str)


# The phrase index answers through compiled matchers; this plain reading of the phrase
# language (first word, then each slot tried in order) is what they must agree with.
def _slot_parts(phrase: str) -> list[tuple[str, object]]:
    parts: list[tuple[str, object]] = []
    for part in phrase.split():
        if part.startswith("~"):
            parts.append(("gap", int(part[1:] or 2)))
        elif part.endswith("?"):
            parts.append(("optional", part[:-1].split("/")))
        else:
            parts.append(("word", part.split("/")))
    return parts


def _accepts(choices: list[str], token: str) -> bool:
    return any(
        token.startswith(choice[:-1]) if choice.endswith("*") else token == choice
        for choice in choices
    )


def _plain_end(parts: list, tokens: list[str], at: int) -> int | None:
    """Where the first match of parts at tokens[at:] ends, or None."""
    if not parts:
        return at
    kind, value = parts[0]
    rest = parts[1:]
    if kind == "gap":
        for skip in range(value + 1):
            if skip and (at + skip > len(tokens) or tokens[at + skip - 1] == "."):
                return None
            end = _plain_end(rest, tokens, at + skip)
            if end is not None:
                return end
        return None
    if at < len(tokens) and _accepts(value, tokens[at]):
        end = _plain_end(rest, tokens, at + 1)
        if end is not None or kind == "word":
            return end
    return _plain_end(rest, tokens, at) if kind == "optional" else None


def _plain_find(cues: list[Cue], tokens: list[str]) -> list[tuple[int, int, int]]:
    found = []
    for start, token in enumerate(tokens):
        for number, cue in enumerate(cues):
            parts = _slot_parts(cue.phrase)
            if _accepts(parts[0][1], token):
                end = _plain_end(parts[1:], tokens, start + 1)
                if end is not None:
                    found.append((start, end, number))
    return found


_VOCABULARY = ["we", "not", "you", "move", "moving", "moved", "on", "with", ".", ","]
_SLOT = st.one_of(
    st.lists(st.sampled_from(["we", "not", "you", "move", "on", "with", "mov*", "w*"]), min_size=1)
    .map(lambda words: "/".join(dict.fromkeys(words)))
    .flatmap(lambda words: st.sampled_from([words, words + "?"])),
    st.sampled_from(["~1", "~2", "~3"]),
)
_PHRASE = st.builds(
    lambda first, slots: " ".join([first, *slots]),
    st.sampled_from(["we", "not", "you", "move", "we/you", "on/with"]),
    st.lists(_SLOT, max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=12), st.lists(st.sampled_from(_VOCABULARY)))
def test_phrase_index_finds_what_a_plain_reading_of_the_phrases_finds(phrases, tokens):
    cues = [Cue("x", 1, phrase) for phrase in phrases]
    hits = PhraseIndex(cues).find(tokens)
    assert [(hit.start, hit.end, hit.order) for hit in hits] == _plain_find(cues, tokens)
    assert all(hit.cue is cues[hit.order] for hit in hits)


@pytest.mark.parametrize(
    ("phrase", "text", "span"),
    [
        ("we ~2 not", "we really did not", (0, 4)),
        ("we ~2 not", "we did. not", None),  # a gap never runs over a sentence end
        ("we ~2 not", "we, did not", (0, 4)),  # but it does over a clause mark
        ("we will? not", "we will not", (0, 3)),  # an optional word is taken when it can be
        ("we will? not", "we not", (0, 2)),
        ("we move*", "we moved on", (0, 2)),
        ("we not?", "we", (0, 1)),  # an optional tail may run past the last token
        ("we ~2", "we are here", (0, 1)),  # a trailing gap takes nothing
    ],
)
def test_phrase_language_edges(phrase, text, span):
    hits = PhraseIndex([Cue("x", 1, phrase)]).find(tokenize(text))
    assert [(hit.start, hit.end) for hit in hits] == ([span] if span else [])


def test_hits_at_one_token_come_in_cue_order_across_pair_and_first_word_filing():
    cues = [Cue("a", 1, "we ~1 not"), Cue("b", 1, "we will"), Cue("c", 1, "we will? not")]
    hits = PhraseIndex(cues).find(tokenize("we will not"))
    assert [(hit.order, hit.end) for hit in hits] == [(0, 3), (1, 2), (2, 3)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # each way a line can open (or close) quoted history, as strip_quoted's first scan sees it
        ("Sounds good to me.\n> earlier words", "Sounds good to me."),
        ("Sounds good to me.\n_____\nFROM: Jo\nold words", "Sounds good to me."),
        ("Sounds good to me.\nJo Park <jo@acme.com> schreef:\nold words", "Sounds good to me."),
        ("Sounds good to me.\nBEGIN FORWARDED MESSAGE:\nold words", "Sounds good to me."),
        ("Sounds good to me.\nVon: Jo\nGesendet: Mo\nAn: Sam\nold words", "Sounds good to me."),
        ("Sounds good to me.\n*** Em 3 mar, Jo escreveu ***\nold words", "Sounds good to me."),
        ("Sounds good to me.\n\x00\nold words", "Sounds good to me."),
    ],
)
def test_every_opening_of_quoted_history_is_seen(text, kept):
    assert strip_quoted(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Dear team:\nwe wrote to you on Monday",  # a colon ends a line, but no header
        "Plain words\nwith a - dash and from: inside\nand >arrows< here",
        "Zeile eins\n\nZeile zwei\x00mittendrin",
    ],
)
def test_text_with_no_quoted_history_is_kept_whole(text):
    assert strip_quoted(text) == text.replace("\x00", "")
