"""Users' own templates: the variables they may use, checks when saved, and rendering.

Variables (write them in braces, e.g. ``Hi {first_name},``):

- ``{first_name}``: the person's preferred name when known, else their first given name
- ``{name}``: the person's full name
- ``{company}``: the company of the interview
- ``{role}``: the role interviewed for
- ``{topic}``: a short phrase about what was discussed, taken from the notes
- ``{round}``: the round, e.g. "technical interview"
- ``{signature}``: the user's signature (their name when no signature is set)
- ``{my_name}``: the name the user signs with (their signature's first line when that is a
  name, else their account name)

Braces are only for variables: ``{}``, ``{0}``, ``{company.name}``, ``{role!r}``,
``{role:>10}`` and literal ``{{``/``}}`` are refused, so a rendered draft never holds one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter

from .facts import CHANNEL_OF_KIND, KINDS, UserTemplate
from .measure import limit_for, utf16_length

VARIABLES = {
    "first_name": "the person's preferred or first given name",
    "name": "the person's full name",
    "company": "the company of the interview",
    "role": "the role interviewed for",
    "topic": "a short phrase about what was discussed",
    "round": "the round, e.g. 'technical interview'",
    "signature": "the user's signature (their name when none is set)",
    "my_name": "the name the user signs with",
}

# The shortest values a variable plausibly takes: a template too long even with these can
# never fit its channel.
SHORTEST = {
    "first_name": "Al",
    "name": "Al Li",
    "company": "HP",
    "role": "QA",
    "topic": "APIs",
    "round": "panel",
    "signature": "Al",
    "my_name": "Al",
}

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_FINISHED = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class Rendered:
    """A template filled in, with what it used and which of its variables had no value."""

    text: str
    subject: str | None
    used: frozenset[str]
    missing: frozenset[str]


def variables_in(text: str | None) -> tuple[set[str], list[str]]:
    """The variables a template text names, and the problems found in its braces."""
    if not text:
        return set(), []
    names: set[str] = set()
    problems: list[str] = []
    try:
        parts = list(Formatter().parse(text))
    except ValueError:
        return set(), ["braces do not match: every '{' needs its '}'"]
    for literal, field, spec, conversion in parts:
        if "{" in literal or "}" in literal:
            problems.append("'{{' and '}}' are not allowed: braces are only for variables")
        if field is None:
            continue
        if field == "" or field.isdigit():
            problems.append("empty or numbered braces are not allowed; name a variable")
        elif spec or conversion:
            problems.append(f"{{{field}}} must be written without ':' or '!'")
        else:
            names.add(field)
    return names, sorted(set(problems))


def validate_template(
    kind: str, body: str | None, subject: str | None = None, account: str = "free"
) -> list[str]:
    """Reasons a template cannot be saved (empty when it is fine)."""
    problems = template_problems(kind, body, subject, account)
    return [reason for reasons in problems.values() for reason in reasons]


def template_problems(
    kind: str, body: str | None, subject: str | None = None, account: str = "free"
) -> dict[str, list[str]]:
    """Reasons a template cannot be saved, by the field at fault ('kind', 'body', 'subject')."""
    if kind not in KINDS:
        return {"kind": [f"unknown kind '{kind}'; use one of: {', '.join(KINDS)}"]}
    if not body or not body.strip():
        return {"body": ["the body is empty"]}
    problems: dict[str, list[str]] = {}
    channel = CHANNEL_OF_KIND[kind]
    if subject is not None and subject.strip() and channel != "email":
        problems["subject"] = [f"a {kind} is not an email and has no subject"]
    known = ", ".join("{" + name + "}" for name in VARIABLES)
    for field_name, text in (("body", body), ("subject", subject)):
        names, reasons = variables_in(text)
        unknown = sorted(names - VARIABLES.keys())
        if unknown:
            shown = ", ".join("{" + name + "}" for name in unknown)
            reasons.append(f"unknown variable(s) {shown}; known variables are {known}")
        if reasons:
            problems.setdefault(field_name, []).extend(reasons)
    limit = limit_for(channel, account)
    if limit is not None and "body" not in problems:
        length = utf16_length(body.format_map(SHORTEST))
        if length > limit:
            problems["body"] = [
                f"too long for a {kind.replace('_', ' ')}: even with the shortest names it is "
                f"{length} characters, and the limit is {limit}"
            ]
    return problems


def render_template(
    template: UserTemplate, facts: Mapping[str, str], limit: int | None
) -> Rendered | None:
    """The template filled from the facts, or None when it cannot be offered.

    A sentence whose variable has no value is left out when it is a whole sentence and not
    the only one; otherwise (a greeting, the subject, a lone sentence) the template is not
    offered. A result over the limit is not offered either.
    """
    body_names, problems = variables_in(template.body)
    subject_names, subject_problems = variables_in(template.subject)
    if problems or subject_problems or (body_names | subject_names) - VARIABLES.keys():
        return None
    values = {name: facts[name] for name in VARIABLES if facts.get(name)}
    absent = frozenset((body_names | subject_names) - values.keys())
    if subject_names & absent:
        return None
    body = _without_sentences_needing(template.body, absent)
    if body is None:
        return None
    text = body.format_map(values)
    if limit is not None and utf16_length(text) > limit:
        return None
    subject = template.subject.format_map(values).strip() if template.subject else None
    used = frozenset(variables_in(body)[0] | (subject_names if subject else set()))
    return Rendered(text, subject or None, used, absent)


def _without_sentences_needing(body: str, absent: frozenset[str]) -> str | None:
    """The body with every sentence that names an absent variable left out, if that is clean."""
    if not absent:
        return body.strip()
    lines = body.strip().split("\n")
    sentences_total = sum(len(_SENTENCE.split(line.strip())) for line in lines if line.strip())
    kept_lines: list[str] = []
    dropped = 0
    for line in lines:
        if not line.strip():
            kept_lines.append("")
            continue
        kept: list[str] = []
        for sentence in _SENTENCE.split(line.strip()):
            if variables_in(sentence)[0] & absent:
                if not _FINISHED.search(sentence.strip()):
                    return None
                dropped += 1
                continue
            kept.append(sentence)
        if kept:
            kept_lines.append(" ".join(kept))
    if dropped >= sentences_total:
        return None
    text = "\n".join(kept_lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text)
