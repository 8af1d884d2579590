"""Turn a draft request into offered variants: the user's templates first, then built-ins."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from .builtin import BUILTIN
from .facts import (
    CHANNEL_OF_KIND,
    EXTRAS,
    KINDS,
    KINDS_NEEDING_PERSON,
    TONES,
    ComposeError,
    Draft,
    DraftRequest,
    RoundFacts,
    UserTemplate,
)
from .measure import limit_for, utf16_length
from .naming import display_name, first_name
from .templates import render_template
from .topic import extract_topic
from .wording import write_variant

ROUND_LABELS = {
    "phone_screen": "phone screen",
    "recruiter_call": "call",
    "technical": "technical interview",
    "onsite": "onsite interview",
    "final": "final interview",
    "hiring_manager": "hiring manager interview",
    "panel": "panel interview",
    "take_home": "take-home review",
    "other": "interview",
}

# The details each kind would like; any of them unknown is reported in `missing`.
WANTED = {
    "rejection_reply": ("first_name", "company", "role", "topic", "signature"),
    "thank_you": ("first_name", "company", "role", "round", "topic", "signature"),
    "card": ("first_name", "company", "topic", "my_name"),
    "connection_note": ("first_name", "company", "topic", "my_name"),
    "check_in": ("first_name", "company", "topic", "something_to_share", "signature"),
    "opening": ("first_name", "company", "opening_url", "role", "topic", "signature"),
    "referral_ask": ("first_name", "company", "looking_for", "topic", "signature"),
}
# The order facts are listed in `personalised_with`.
FACT_ORDER = (
    "first_name",
    "name",
    "company",
    "role",
    "round",
    "topic",
    "news",
    "link",
    "link_title",
    "progress",
    "opening_title",
    "opening_url",
    "looking_for",
    "rejection_subject",
    "signature",
    "my_name",
    "my_first_name",
)
# A signature's first line that is a name: up to four words of letters, hyphens, apostrophes.
_SIGNED_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_][^\W\d_'’.-]*){0,3}\.?$")
# Interview-level notes say most about the team; a person's notes say most about them.
TEAM_FIRST_KINDS = frozenset({"rejection_reply", "opening"})


def compose(request: DraftRequest, templates: Iterable[UserTemplate] = ()) -> list[Draft]:
    """Every variant on offer for the request: matching user templates first, then built-ins."""
    _check(request)
    facts = gather_facts(request)
    channel = CHANNEL_OF_KIND[request.kind]
    offered = _Offered(request, channel, _missing(request.kind, facts))

    for template in templates:
        if template.kind != request.kind or template.tone not in (None, request.tone):
            continue
        rendered = render_template(template, facts, offered.limit)
        if rendered is None:
            continue
        subject = rendered.subject
        if subject is None and channel == "email":
            subject = _builtin_subject(request, facts)
        offered.add(rendered.text, subject, rendered.used, rendered.missing, template.id)

    variants = BUILTIN[request.kind][request.tone]
    start = request.rotation % len(variants)
    for variant in variants[start:] + variants[:start]:
        written = write_variant(variant, facts, offered.limit)
        if written is not None:
            offered.add(written.text, written.subject, written.used)
    return offered.drafts


class _Offered:
    """The drafts on offer, in order, without repeats and never over the channel's limit."""

    def __init__(self, request: DraftRequest, channel: str, missing: tuple[str, ...]) -> None:
        self.request = request
        self.channel = channel
        self.limit = limit_for(channel, request.user.linkedin_account)
        self.missing = missing
        self.drafts: list[Draft] = []
        self._seen: set[tuple[str, str | None]] = set()

    def add(
        self,
        text: str,
        subject: str | None,
        used: Iterable[str],
        also_missing: Iterable[str] = (),
        template_id: int | str | None = None,
    ) -> None:
        """Offer a written draft unless it repeats one already offered or is too long."""
        length = utf16_length(text)
        if (text, subject) in self._seen or (self.limit is not None and length > self.limit):
            return
        self._seen.add((text, subject))
        used = set(used)
        self.drafts.append(
            Draft(
                text=text,
                subject=subject if self.channel == "email" else None,
                channel=self.channel,
                length=length,
                limit=self.limit,
                personalised_with=tuple(name for name in FACT_ORDER if name in used),
                missing=tuple(dict.fromkeys([*self.missing, *sorted(also_missing)])),
                tone=self.request.tone,
                source="builtin" if template_id is None else f"template:{template_id}",
            )
        )


def _check(request: DraftRequest) -> None:
    """Refuse a request the engine cannot draft, naming the field at fault."""
    if request.kind not in KINDS:
        raise ComposeError("kind", f"unknown kind '{request.kind}'; use one of: {', '.join(KINDS)}")
    if request.tone not in TONES:
        raise ComposeError("tone", f"unknown tone '{request.tone}'; use one of: {', '.join(TONES)}")
    unknown = sorted(set(request.extras) - EXTRAS.keys())
    if unknown:
        raise ComposeError("extras", f"unknown extras: {', '.join(unknown)}")
    if request.kind in KINDS_NEEDING_PERSON:
        if request.person is None:
            raise ComposeError("person", f"a {request.kind} is written to a person; none given")
        if not first_name(request.person.name, request.person.preferred_name) and not (
            display_name(request.person.name)
        ):
            raise ComposeError("person", "the person has no name to address them by")
    if request.kind == "opening" and not _clean(request.extras.get("opening_title")):
        raise ComposeError("extras", "an opening note needs extras.opening_title")


def gather_facts(request: DraftRequest) -> dict[str, str]:
    """The known details of a request, by fact name; unknown ones are simply absent."""
    facts: dict[str, str | None] = {}
    person, interview, user = request.person, request.interview, request.user
    if person is not None:
        facts["first_name"] = first_name(person.name, person.preferred_name)
        facts["name"] = display_name(person.name)
    round_ = request.round or _latest_round(interview.rounds if interview else ())
    if interview is not None:
        facts["company"] = _clean(interview.company)
        facts["role"] = _clean(interview.role)
        facts["rejection_subject"] = _clean(interview.rejection_subject)
    if round_ is not None:
        facts["round"] = ROUND_LABELS.get(round_.kind, ROUND_LABELS["other"])
    facts["topic"] = extract_topic(*_notes_in_order(request, round_))
    signed_as = _name_in_signature(user.signature)
    facts["my_name"] = signed_as or display_name(user.name)
    facts["my_first_name"] = first_name(signed_as or user.name)
    facts["signature"] = _clean_lines(user.signature) or facts["my_name"]
    for key in EXTRAS:
        facts[key] = _clean(request.extras.get(key), trailing=key in ("news", "progress"))
    if request.kind == "card":
        # A card is handwritten: a link on it is useless.
        facts["link"] = facts["link_title"] = facts["opening_url"] = None
    facts["looking_for"] = facts["looking_for"] or facts.get("role")
    return {key: value for key, value in facts.items() if value}


def _notes_in_order(request: DraftRequest, round_: RoundFacts | None) -> list[str | None]:
    """The notes to draw a topic from, the most relevant first for this kind."""
    person_notes = request.person.notes if request.person else None
    interview_notes = request.interview.notes if request.interview else None
    round_notes = [round_.notes] if round_ else []
    others = [r.notes for r in reversed(request.interview.rounds)] if request.interview else []
    if request.kind in TEAM_FIRST_KINDS:
        return [interview_notes, *round_notes, *others, person_notes]
    return [person_notes, *round_notes, interview_notes, *others]


def _latest_round(rounds: tuple[RoundFacts, ...]) -> RoundFacts | None:
    """The most recent round by date (the last listed when dates are absent)."""
    if not rounds:
        return None
    dated = [r for r in rounds if r.held_on is not None]
    if not dated:
        return rounds[-1]
    return max(dated, key=lambda r: _as_datetime(r.held_on))


def _as_datetime(moment: date | datetime | None) -> datetime:
    """A date or datetime as a naive datetime, so both can be compared."""
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    assert moment is not None
    return datetime(moment.year, moment.month, moment.day)


def _missing(kind: str, facts: dict[str, str]) -> tuple[str, ...]:
    """The details this kind would use but the record does not hold."""
    gaps = []
    for name in WANTED[kind]:
        if name == "something_to_share":
            if not any(facts.get(k) for k in ("news", "link", "progress")):
                gaps.append(name)
        elif name not in facts:
            gaps.append(name)
    return tuple(gaps)


def _builtin_subject(request: DraftRequest, facts: dict[str, str]) -> str | None:
    """The first built-in subject line for the kind, for a template that has none."""
    for variant in BUILTIN[request.kind][request.tone]:
        written = write_variant(variant, facts, None)
        if written is not None and written.subject:
            return written.subject
    return None


def _name_in_signature(signature: str | None) -> str | None:
    """The name a user signs with ("Sam Osei" atop their signature), if the first line is one."""
    lines = _clean_lines(signature)
    if not lines:
        return None
    first_line = lines.split("\n", 1)[0]
    if _SIGNED_NAME.match(first_line):
        return first_line
    return None


def _clean_lines(value: str | None) -> str | None:
    """A multi-line text (a signature) with each line stripped and blank lines removed."""
    if not value:
        return None
    lines = [" ".join(line.split()) for line in value.splitlines()]
    return "\n".join(line for line in lines if line) or None


def _clean(value: object, trailing: bool = False) -> str | None:
    """A stripped string (without a final full stop when `trailing`), or None when blank."""
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if trailing:
        text = text.rstrip(".!? ")
    return text or None
