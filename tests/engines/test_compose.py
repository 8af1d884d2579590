"""The drafting engine: every kind and tone, missing details, length limits, user templates."""

from __future__ import annotations

import re
from datetime import date

import pytest

from server.engines.compose import (
    KINDS,
    TONES,
    ComposeError,
    DraftRequest,
    InterviewFacts,
    Person,
    RoundFacts,
    Sender,
    UserTemplate,
    compose,
    extract_topic,
    utf16_length,
    validate_template,
)
from server.engines.compose.naming import first_name

EMAIL_KINDS = {"rejection_reply", "thank_you", "check_in", "opening", "referral_ask"}

PRIYA = Person(
    "Priyanka Raman",
    preferred_name="Priya",
    title="Engineering Manager",
    notes="She walked me through how her team runs the billing reconciliation jobs.",
)
HARBOUR = InterviewFacts(
    company="Harbourline Freight",
    role="Backend Engineer",
    notes="We discussed their plan to split the routing monolith into services.",
    rounds=(
        RoundFacts("phone_screen", date(2026, 9, 2), "Intro call, salary range"),
        RoundFacts("technical", date(2026, 9, 16), "Asked about idempotent webhooks."),
    ),
    rejection_subject="Update on your application",
)
SAM = Sender("Samuel Osei", "Sam Osei\nsam.osei@example.net", "free")
EXTRAS_FOR = {
    "opening": {"opening_title": "Platform Engineer", "opening_url": "https://jobs.example/42"},
    "check_in": {"news": "the new Rotterdam depot"},
}


def full_request(kind: str, tone: str, **changes) -> DraftRequest:
    """A request with a rich record: names, company, role, rounds and notes."""
    values = {
        "kind": kind,
        "tone": tone,
        "person": PRIYA,
        "interview": HARBOUR,
        "user": SAM,
        "extras": dict(EXTRAS_FOR.get(kind, {})),
    }
    values.update(changes)
    return DraftRequest(**values)


def sparse_request(kind: str, tone: str) -> DraftRequest:
    """A request that knows the person's name and little else."""
    extras = {"opening_title": "Data Analyst"} if kind == "opening" else {}
    return DraftRequest(
        kind=kind,
        tone=tone,
        person=Person("Tomasz Wiśniewski"),
        interview=InterviewFacts(),
        user=Sender(),
        extras=extras,
    )


ALL = [(kind, tone) for kind in KINDS for tone in TONES]


@pytest.mark.parametrize(("kind", "tone"), ALL)
def test_full_record_gives_distinct_specific_variants(kind, tone):
    drafts = compose(full_request(kind, tone))
    texts = {d.text for d in drafts}
    assert len(texts) >= 2, f"{kind}/{tone} offers fewer than two distinct variants"
    for draft in drafts:
        assert "{" not in draft.text and "}" not in draft.text
        assert "Priya" in draft.text
        assert draft.tone == tone and draft.source == "builtin"
        assert draft.length == utf16_length(draft.text)
        assert draft.missing == ()
        named = {"first_name", "name"} & set(draft.personalised_with)
        assert named, draft.personalised_with
        if kind in EMAIL_KINDS:
            assert draft.subject and "{" not in draft.subject
            assert draft.channel == "email"
        else:
            assert draft.subject is None
    details = {"topic", "round", "company", "role", "news", "opening_title", "looking_for"}
    assert all(details & set(d.personalised_with) for d in drafts)


@pytest.mark.parametrize(("kind", "tone"), ALL)
def test_sparse_record_writes_whole_sentences_and_lists_what_is_missing(kind, tone):
    drafts = compose(sparse_request(kind, tone))
    assert len({d.text for d in drafts}) >= 2
    for draft in drafts:
        assert "{" not in draft.text and "}" not in draft.text
        assert "Tomasz" in draft.text
        assert "None" not in draft.text
        assert "  " not in draft.text
        assert "company" in draft.missing and "topic" in draft.missing
        assert "company" not in draft.personalised_with
        # No sentence is left dangling: the body ends at a full stop, a question or a name.
        assert not re.search(r"\s[,;:]\s*$", draft.text)


@pytest.mark.parametrize(("kind", "tone"), ALL)
def test_drafts_name_the_topic_from_the_notes(kind, tone):
    drafts = compose(full_request(kind, tone))
    team_topic = "your plan to split the routing monolith into services"
    person_topic = "how your team runs the billing reconciliation jobs"
    expected = team_topic if kind in {"rejection_reply", "opening"} else person_topic
    with_topic = [d for d in drafts if "topic" in d.personalised_with]
    assert with_topic, f"no {kind}/{tone} variant uses what was discussed"
    assert all(expected in d.text for d in with_topic)


def test_reply_subject_answers_the_rejection_email():
    drafts = compose(full_request("rejection_reply", "warm"))
    assert drafts[0].subject == "Re: Update on your application"


def test_thank_you_uses_the_latest_round_and_its_label():
    draft = compose(full_request("thank_you", "formal"))[0]
    assert "technical interview" in draft.text
    assert "round" in draft.personalised_with


def test_thank_yous_to_two_people_differ_and_follow_each_conversation():
    other = Person("Kwame Mensah", notes="Talked about on-call load and the pager rotation.")
    first = compose(full_request("thank_you", "warm", rotation=0))[0]
    second = compose(full_request("thank_you", "warm", person=other, rotation=1))[0]
    assert first.text != second.text
    assert "billing reconciliation" in first.text
    assert "on-call load" in second.text and "Kwame" in second.text
    # Rotation makes the second person's note open with other words.
    assert first.text.splitlines()[2].split()[:3] != second.text.splitlines()[2].split()[:3]


def test_card_never_carries_a_link():
    request = full_request("card", "warm", extras={"link": "https://example.org/talk"})
    for draft in compose(request):
        assert "http" not in draft.text and "example.org" not in draft.text
        assert draft.channel == "card" and draft.length <= draft.limit


@pytest.mark.parametrize("tone", TONES)
def test_check_in_gives_something_when_extras_are_given(tone):
    extras = {
        "link": "https://example.org/routing-at-scale",
        "progress": "I passed the AWS networking exam",
    }
    for draft in compose(full_request("check_in", tone, extras=extras)):
        assert draft.subject == "Something I thought you'd enjoy"
        assert "https://example.org/routing-at-scale" in draft.text
        # A link is never run into the next sentence.
        assert re.search(r"routing-at-scale(\n|$)", draft.text)
        assert "AWS networking exam" in draft.text
        assert "something_to_share" not in draft.missing


@pytest.mark.parametrize("tone", TONES)
def test_check_in_without_extras_still_offers_help_and_says_what_is_missing(tone):
    drafts = compose(full_request("check_in", tone, extras={}))
    assert drafts
    for draft in drafts:
        assert "something_to_share" in draft.missing
        # The subject promises nothing the message does not hold.
        assert "enjoy" not in draft.subject and "update" not in draft.subject.casefold()
        assert re.search(r"help|favour|assist|share|pass on|lend|return", draft.text)


def test_opening_carries_title_and_link():
    for draft in compose(full_request("opening", "brief")):
        assert "Platform Engineer" in draft.text and "https://jobs.example/42" in draft.text
        assert "Platform Engineer" in draft.subject


def test_referral_ask_falls_back_to_the_role_interviewed_for():
    drafts = compose(full_request("referral_ask", "warm"))
    assert any("Backend Engineer" in d.text for d in drafts)
    chosen = compose(full_request("referral_ask", "warm", extras={"looking_for": "SRE"}))
    assert any("SRE roles" in d.text for d in chosen)


# Names, companies and notes that push a LinkedIn note towards its limit.
HARD_PEOPLE = [
    Person("Maximiliane-Charlotte von Hohenzollern-Sigmaringen", notes="Talked about Rust"),
    Person("Zoë 🌻 Nakamura-Fitzgerald", preferred_name="Zoë 🌻"),
    Person("Dr. Olúwadámilárá Adébáyọ̀", notes="She explained the 🚀 launch checklist for pilots"),
    Person("李小龍", notes="Discussed the cross-border payments ledger in Shenzhen"),
    Person(
        "Anne-Sophie de la Tour d'Auvergne",
        notes="We spent the time on how they evaluate vendor risk across forty "
        "subsidiaries in six regulatory regimes",
    ),
]
HARD_INTERVIEWS = [
    InterviewFacts(
        company="Internationale Gesellschaft für Nachhaltige Logistik und Lieferketten GmbH",
        role="Principal Distributed Systems Reliability Engineer (Payments Infrastructure)",
        rounds=(RoundFacts("hiring_manager"),),
    ),
    InterviewFacts(company="🚀 Rocket 🚀 Labs 🚀", role="Staff Engineer 🛠️"),
    InterviewFacts(company="Ærøskøbing Havnevæsen", role="Utvikler", notes="Snakket om havna"),
    InterviewFacts(),
]


@pytest.mark.parametrize("account", ["free", "premium"])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("person", HARD_PEOPLE, ids=lambda p: p.name[:12])
@pytest.mark.parametrize("interview", HARD_INTERVIEWS, ids=lambda i: (i.company or "none")[:12])
def test_connection_notes_always_fit_and_never_cut_a_word(account, tone, person, interview):
    user = Sender("Bartholomew Featherstonehaugh-Worthington", None, account)
    request = DraftRequest("connection_note", tone, person, interview, user=user)
    drafts = compose(request)
    limit = 200 if account == "free" else 300
    assert drafts, "a note should always be possible with these names"
    for draft in drafts:
        assert draft.limit == limit
        assert draft.length == len(draft.text.encode("utf-16-le")) // 2 <= limit
        assert "{" not in draft.text
        # Whatever fact a note uses appears whole, never shortened to fit.
        if "company" in draft.personalised_with:
            assert interview.company in draft.text
        if "role" in draft.personalised_with:
            assert interview.role in draft.text
        if "first_name" in draft.personalised_with:
            assert first_name(person.name, person.preferred_name) in draft.text
        if "topic" in draft.personalised_with:
            assert extract_topic(person.notes, interview.notes) in draft.text
        assert re.search(r"[.!?]$|[–—] \S.*$|Regards, .+$|regards, .+$", draft.text)


def test_emoji_count_as_two_units_toward_the_limit():
    person = Person("Zoë Nakamura", preferred_name="Zoë 🌻🌻🌻🌻")
    request = DraftRequest("connection_note", "warm", person, InterviewFacts(company="🚀" * 20))
    for draft in compose(request):
        assert draft.length > len(draft.text)
        assert draft.length <= 200


def test_premium_notes_keep_more_detail_than_free_ones():
    interview = HARD_INTERVIEWS[0]
    person = HARD_PEOPLE[4]
    free = compose(DraftRequest("connection_note", "formal", person, interview, user=Sender("A")))
    premium = compose(
        DraftRequest(
            "connection_note", "formal", person, interview, user=Sender("A", None, "premium")
        )
    )
    assert sum(len(d.personalised_with) for d in premium) > sum(
        len(d.personalised_with) for d in free
    )


def test_no_note_is_offered_when_nothing_can_fit():
    person = Person("W" * 195)
    assert compose(DraftRequest("connection_note", "warm", person)) == []


@pytest.mark.parametrize(
    ("notes", "topic"),
    [
        (
            "We talked about their migration from Airflow to Dagster, and on-call.",
            "your migration from Airflow to Dagster",
        ),
        (
            "Very friendly. Discussed the challenges of scaling their event pipeline across three "
            "regions while keeping costs down.",
            "the challenges of scaling your event pipeline across three regions",
        ),
        ("- Kafka migration\n- salary", "Kafka migration"),
        ("He explained how he reviews design docs", "how you review design docs"),
        ("Migration to Kafka was discussed", "migration to Kafka"),
        ("Discussed the robotics pilot in Rotterdam at length.", "the robotics pilot in Rotterdam"),
        (
            "- scaling read replicas across three regions while keeping costs down\n- salary band",
            "scaling read replicas across three regions",
        ),
        ("Asked about salary expectations. Next steps in a week.", None),
        ("Recruiter, very kind", None),
        (
            "Asked me about my CV. We talked about the search ranking team.",
            "the search ranking team",
        ),
        ("She mentioned that they are hiring", None),
        ("Great chat!", None),
        ("Asked about https://example.org/thing", None),
        (None, None),
    ],
)
def test_topic_is_a_short_readable_phrase(notes, topic):
    assert extract_topic(notes) == topic


def test_topic_is_never_cut_inside_a_word():
    notes = "Talked about " + " ".join(["supercalifragilistic"] * 14)
    assert extract_topic(notes) is None
    long = "Talked about the long term plan for the warehouse robots and their charging docks"
    topic = extract_topic(long)
    assert long.find(topic.replace("your", "their")) > 0
    assert len(topic.split()) <= 10


@pytest.mark.parametrize(
    ("name", "preferred", "expected"),
    [
        ("Priyanka Raman", "Priya", "Priya"),
        ("Dr. Amaka Obi", None, "Amaka"),
        ("Dr. Obi", None, None),
        ("🚀 Léa Dubois, PhD", None, "Léa"),
        ("", None, None),
    ],
)
def test_first_name(name, preferred, expected):
    assert first_name(name, preferred) == expected


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (DraftRequest("poem"), "kind"),
        (DraftRequest("card", "sarcastic", Person("Ann Lee")), "tone"),
        (DraftRequest("thank_you"), "person"),
        (DraftRequest("card", person=Person("  🌻  ")), "person"),
        (DraftRequest("opening", person=Person("Ann Lee")), "extras"),
        (DraftRequest("card", person=Person("Ann Lee"), extras={"gift": "x"}), "extras"),
    ],
)
def test_refusals_name_the_field(request_, field):
    with pytest.raises(ComposeError) as caught:
        compose(request_)
    assert caught.value.field == field


def test_rejection_reply_does_not_need_a_person():
    drafts = compose(DraftRequest("rejection_reply", "warm", interview=HARBOUR))
    assert drafts and all("first_name" in d.missing for d in drafts)
    assert any("Harbourline Freight" in d.text for d in drafts)


# ---- user templates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "body", "subject", "account", "needle"),
    [
        ("thank_you", "Hi {firstname}, thanks! {comapny}", None, "free", "{comapny}, {firstname}"),
        ("thank_you", "Hi {first_name:>10}", None, "free", "without ':'"),
        ("thank_you", "Hi {first_name", None, "free", "braces do not match"),
        ("thank_you", "Hi {}", None, "free", "name a variable"),
        ("thank_you", "Hi {{first_name}}", None, "free", "braces are only for variables"),
        ("card", "Dear {first_name}, thank you.", "Thanks", "free", "no subject"),
        ("thank_you", "   ", None, "free", "empty"),
        ("poem", "Hi", None, "free", "unknown kind"),
        ("connection_note", "Hi {first_name}! " + "x" * 195, None, "free", "limit is 200"),
        ("card", "Dear {name}, " + "thanks " * 45, None, "free", "limit is 300"),
    ],
)
def test_invalid_templates_are_refused_with_the_reason(kind, body, subject, account, needle):
    reasons = validate_template(kind, body, subject, account)
    assert reasons and any(needle in reason for reason in reasons), reasons


def test_a_note_too_long_for_free_is_fine_on_premium():
    body = "Hi {first_name}, " + "it was lovely meeting you and the team. " * 6
    assert validate_template("connection_note", body, None, "free")
    assert validate_template("connection_note", body, None, "premium") == []


def test_valid_template_passes():
    body = (
        "Hi {first_name},\n\nThanks for the {round} at {company}. I enjoyed {topic}.\n\n{signature}"
    )
    assert validate_template("thank_you", body, "Thanks, {first_name}", "free") == []


def test_user_templates_come_first_and_are_filled():
    template = UserTemplate(
        7,
        "thank_you",
        "Hi {first_name},\n\nThank you for the {round}. I keep thinking about {topic}.\n\n"
        "{signature}",
        subject="Thanks from {my_name}",
    )
    drafts = compose(full_request("thank_you", "warm"), [template])
    first = drafts[0]
    assert first.source == "template:7"
    assert first.text.startswith("Hi Priya,")
    assert "technical interview" in first.text and "billing reconciliation" in first.text
    assert first.subject == "Thanks from Sam Osei"
    assert set(first.personalised_with) >= {"first_name", "round", "topic", "signature"}
    assert all(d.source == "builtin" for d in drafts[1:])


def test_template_sentence_with_missing_value_is_dropped_and_reported():
    template = UserTemplate(
        3,
        "thank_you",
        "Hi {first_name},\n\nThank you for your time. I loved hearing about {topic}.",
    )
    request = full_request("thank_you", "warm", person=Person("Ines Duarte"))
    request = DraftRequest(**{**request.__dict__, "interview": InterviewFacts(company="Acme")})
    first = compose(request, [template])[0]
    assert first.source == "template:3"
    assert first.text == "Hi Ines,\n\nThank you for your time."
    assert "topic" in first.missing
    # The subject falls back to a built-in one for an email kind.
    assert first.subject


def test_template_is_not_offered_when_its_greeting_cannot_be_filled():
    template = UserTemplate(4, "rejection_reply", "Hi {first_name}, thanks for letting me know.")
    drafts = compose(DraftRequest("rejection_reply", "warm", interview=HARBOUR), [template])
    assert all(d.source == "builtin" for d in drafts)


def test_templates_of_another_kind_or_tone_are_not_offered():
    templates = [
        UserTemplate(1, "card", "Dear {first_name}, thank you."),
        UserTemplate(2, "thank_you", "Hi {first_name}, thank you.", tone="formal"),
        UserTemplate(3, "thank_you", "Hi {first_name}, many thanks.", tone="warm"),
    ]
    drafts = compose(full_request("thank_you", "warm"), templates)
    sources = [d.source for d in drafts]
    assert sources[0] == "template:3"
    assert "template:1" not in sources and "template:2" not in sources


def test_template_over_the_limit_with_real_names_is_not_offered():
    template = UserTemplate(
        9, "connection_note", "Hi {name}, thank you for the {round} at {company} for the {role}."
    )
    request = DraftRequest(
        "connection_note", "warm", HARD_PEOPLE[0], HARD_INTERVIEWS[0], user=Sender("Al")
    )
    drafts = compose(request, [template])
    assert drafts and all(d.source == "builtin" for d in drafts)
    assert all(d.length <= 200 for d in drafts)


EVERY_EXTRA = {
    "link": "https://example.org/routing",
    "link_title": "a piece on routing",
    "news": "the Series B",
    "progress": "I finished a course on queueing theory",
    "opening_title": "Platform Engineer",
    "opening_url": "https://jobs.example/42",
    "looking_for": "SRE",
}


@pytest.mark.parametrize(("kind", "tone"), ALL)
def test_no_detail_is_repeated_within_a_draft(kind, tone):
    for draft in compose(full_request(kind, tone, extras=dict(EVERY_EXTRA))):
        for detail in (
            "Harbourline Freight",
            "billing reconciliation",
            "routing monolith",
            "technical interview",
            "https://example.org/routing",
            "Series B",
            "queueing theory",
        ):
            assert draft.text.count(detail) <= 1, (detail, draft.text)


def test_the_user_signs_with_the_name_atop_their_signature():
    card = compose(full_request("card", "warm"))[0]
    assert card.text.endswith("\nSam")
    plain = Sender("Samuel Osei", "samuel.osei@example.net")
    assert compose(full_request("card", "warm", user=plain))[0].text.endswith("\nSamuel")
