"""What the detector reads: HTML flattened, hidden parts and quoted history removed, tokens."""

from __future__ import annotations

import pytest

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
