"""The person who signed a hiring mail (`extract_contact`): the name under a closing, a name
standing alone at the end, or the sender's display name; a quoted earlier message is left out.
"""

from __future__ import annotations

import re

from .. import senders
from ..tokens import fold
from .job_titles import _TITLE_WORDS
from .keys import _squeezed
from .names import (
    _HONORIFIC,
    _ORGANISATION_WORDS,
    _TEAMISH,
    _single_first_name,
    _single_name,
    looks_like_person,
)
from .sender_address import (
    _ROLE_MAILBOXES,
    _named_by_domain,
    _role_mailbox_names,
    _tenant,
    domain_label,
    is_platform_domain,
)
from .signoff import _CLOSING_LINE, _CLOSING_WORDS, _signature_block

_DISPLAY_SPLIT = re.compile(r"[ \t]+(?:via|from|at|@|\||-|–)[ \t]+")
_MAX_CLOSING_LINE = 60
_FIELD_SPLIT = re.compile(r"[ \t]*[|,][ \t]*")
_GREETINGS = ("hi ", "hello", "hey", "dear", "bonjour", "hola", "hallo", "hoi ", "ciao", "morning")
_GREETINGS += ("salut", "liebe", "lieber", "beste ", "estimad", "querid", "cher ", "chère", "hej")
_GREETINGS += ("buongiorno", "guten tag", "sehr geehrte", "geachte", "madame", "monsieur", "good ")
_TRAILING_LINES = 3
_KISSES = re.compile(r"[ \t]+x{1,3}$")
_LAST_SENTENCE_NAME = re.compile(r"[.!?][ \t]+(?:[-–—~][ \t]*)?([A-Z][a-zà-ÿ'-]{1,20})[ \t]*[.!]?$")
# "Marc, Brasserie du Port", "Nadia, directrice": a first name, then who they are.
_NAME_THEN_ROLE = re.compile(r"^([A-ZÀ-Þ][a-zà-ÿ'-]{1,20}),[ \t]+(\S.{0,60})$")
_FRENCH_AND_SPANISH_TITLES = re.compile(
    r"\b(?:directrice|directeur|directora|responsable|gérante?|chargée?|jefa|jefe|gerente|"
    r"encargad[oa]|coordinadora|fundador[a]?|fondatrice|fondateur|leiterin|leiter|inhaber(?:in)?|"
    r"eigenaar|oprichter)\b",
    re.IGNORECASE,
)
_NAME_FROM = re.compile(r"[ \t]+(?:vom|von|from|at|bei|chez|de chez|van|@)[ \t]+")
_CONTACT_DETAILS = re.compile(r"[\d@]|www\.|https?:")
_QUOTE_HEADER = re.compile(
    r"^[ \t>-]*(?:on[ \t].{4,120}[ \t]wrote|am[ \t].{4,120}[ \t]schrieb|le[ \t].{4,120}"
    r"[ \t]a[ \t]écrit|el[ \t].{4,120}[ \t]escribió|op[ \t].{4,120}[ \t]schreef)"
    r"[ \t:-]*$|^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)",
    re.IGNORECASE,
)
_MAX_QUOTE_SCAN = 400
_QUOTE_HINTS = ("wrote", "schrieb", "écrit", "escribió", "schreef", "--")
_CLOSING_TAIL = 60
_CLOSING_END_WORDS = (
    "best",
    "thank",
    "cheers",
    "regards",
    "wishes",
    "warmly",
    "grazie",
    "merci",
    "gracias",
    "groeten",
    "grüße",
    "luck",
    "suerte",
    "chance",
    "succes",
    "erfolg",
)
_CLOSING_AT_END = re.compile(
    r"(?:best|thanks|thank you|cheers|regards|wishes|warmly|grazie|merci|gracias|groeten|grüße|"
    r"luck|suerte|chance|succes|erfolg)"
    r"[,!.]*[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t][A-ZÀ-Þ][\w'’-]+)?)[ \t]*[.!]?$",
    re.IGNORECASE,
)


def _signed_name(lines: list[str]) -> tuple[str | None, bool]:
    """The name under the closing line, and whether the mail was signed by a team instead."""
    block = _signature_block(lines)
    for index in range(len(block) - 1, -1, -1):
        line = block[index].strip()
        match = _CLOSING_LINE.match(line) if len(line) <= _MAX_CLOSING_LINE else None
        if not match:
            continue
        after = match.group(1).strip(" \t,-–—")
        if after[:1].islower() and len(line) <= 30 and line.endswith((",", "!")):
            after = ""  # "Good luck with it," ends on no name: the name is below
        rest = [after] + [ln.strip() for ln in block[index + 1 :]]
        for candidate in rest:
            if not candidate:
                continue
            candidate = candidate.lstrip("-–—~ ").strip()
            candidate = _FIELD_SPLIT.split(candidate, maxsplit=1)[0]
            candidate = _NAME_FROM.split(candidate, maxsplit=1)[0]  # "Anna vom Grünwerk"
            if _TEAMISH.search(candidate) or candidate.lower().startswith("the "):
                return None, True
            candidate = _HONORIFIC.sub("", candidate)
            if looks_like_person(candidate) or _single_name(candidate):
                return candidate, False
            if _titled(candidate):
                return None, False  # "Responsable de Operaciones": a title, not a name
            break
    return None, False


def _trailing_name(lines: list[str], display_first: str = "", from_email: str = "") -> str | None:
    """A name standing alone at the very end ("...next week.\nHarriet Lowe\nDirector")."""
    seen = 0
    below = ""
    block = _signature_block(lines)
    for index in range(len(block) - 1, -1, -1):
        line = _HONORIFIC.sub("", block[index].strip().lstrip("-–—~ ").strip())
        if line.endswith("x"):
            line = _KISSES.sub("", line)  # "... sorry. Lou x": kisses after the name
        if not line:
            continue
        if not _CONTACT_DETAILS.search(line):
            seen += 1  # phone numbers and addresses under a name do not push it out of reach
        if seen > _TRAILING_LINES:
            return None
        # The closing and the name end the line: only its last characters can hold them.
        end = line[-_CLOSING_TAIL:]
        low_end = end.lower()
        tail = (
            _CLOSING_AT_END.search(end)
            if any(word in low_end for word in _CLOSING_END_WORDS)
            else None
        )
        if not tail and line.count(" ") >= 4:
            tail = _LAST_SENTENCE_NAME.search(line)  # a note's last "sentence" is a name
        if not tail and line.lower().startswith(_GREETINGS):
            return None
        fields = _FIELD_SPLIT.split(line, maxsplit=1)
        if not tail and len(fields) == 2 and not _says_who(fields[1]):
            fields = [""]  # "Sorry Dana, we've got someone else": a sentence, not a signature
        candidate = tail.group(1) if tail else fields[0]
        candidate = _HONORIFIC.sub("", candidate)
        if len(candidate) <= _MAX_CLOSING_LINE and _titled(candidate):
            below = line
            continue  # "Responsable de Operaciones, Logisur" under the name
        signed_as = _NAME_THEN_ROLE.match(line)
        if signed_as and _single_name(signed_as.group(1)) and _says_who(signed_as.group(2)):
            return signed_as.group(1)  # "Camille, Talent Acquisition Nexolia"
        if display_first and _same_first_name(candidate, display_first):
            return candidate  # "...though. Rick", "benji" or "Bea" under a note from them
        if tail and tail.re is _LAST_SENTENCE_NAME:
            candidate = ""
        company_like = " " in candidate and _named_by_domain(candidate, from_email)
        if candidate.lower() in _CLOSING_WORDS:
            return None  # "Liebe Grüße" is the closing, the name sits below it
        if not company_like and (
            looks_like_person(candidate) or (_single_name(candidate) and tail)
        ):
            return candidate
        alone = line.strip(" \t.,!") == candidate  # the whole line, not "Pete, wanted to..."
        if not below and alone and _last_line_name(candidate, block, index, from_email):
            return candidate  # "...nothing doing at the moment.\n\nMark"
        if below and _single_name(candidate) and _signs_off(below, block, index):
            return candidate  # "Margaret" above "Meadowbank Farms", after a blank line
        below = line
    return None


def _titled(words: str) -> bool:
    """ "Responsable de Operaciones", "Head of Talent": a job title, never a person's name."""
    return bool(_TITLE_WORDS.search(words) or _FRENCH_AND_SPANISH_TITLES.search(words))


def _says_who(words: str) -> bool:
    """What follows "Name," in a signature: a title, a team or an employer, not a sentence."""
    if len(words.split()) > 6 or any(mark in words for mark in ".!?"):
        return False  # "Great, Thursday at 10 works. I'll send the invite"
    return bool(_titled(words) or _TEAMISH.search(words) or _ORGANISATION_WORDS.search(words)) or (
        words[:1].isupper() and len(words.split()) <= 4 and not words.endswith((".", "?"))
    )


def _last_line_name(candidate: str, block: list[str], index: int, from_email: str) -> bool:
    """A lone first name on the mail's last line, set apart from the text: a person's note.

    Not from a no-reply sender, and not the employer's one-word name (jobs@stripe.com
    signing "Stripe")."""
    if not _single_name(candidate) or senders.is_no_reply(from_email):
        return False
    label = domain_label(senders.domain_of(from_email)).replace("-", "")
    if _squeezed(candidate)[0] in label:
        return False
    above = block[index - 1].strip() if index else ""
    return not above or above.endswith((",", "!")) or bool(_CLOSING_LINE.match(above))


def _signs_off(below: str, block: list[str], index: int) -> bool:
    """The line below is an employer or a title, and the name line starts its own block."""
    if not (_ORGANISATION_WORDS.search(below) or _TITLE_WORDS.search(below)):
        return False
    above = block[index - 1].strip() if index else ""
    return not above or above.endswith(",") or bool(_CLOSING_LINE.match(above))


def _same_first_name(written: str, first: str) -> bool:
    """ "benji" for Benji, "Bea" for Beatriz, "Gabe" for Gabriel: the sender's own first name."""
    written, first = fold(written), fold(first)
    if written == first:
        return True
    return " " not in written and len(written) >= 3 and written[:3] == first[:3]


def _own_lines(lines: list[str]) -> list[str]:
    """The lines above a quoted earlier message ("On Tue, 4 Mar, Omar Haddad wrote")."""
    head = lines[:_MAX_QUOTE_SCAN]
    joined = "\n".join(head).lower()
    if not any(hint in joined for hint in _QUOTE_HINTS):
        return lines  # the usual case: one pass in C over the whole text
    for index, line in enumerate(head):
        if index and _QUOTE_HEADER.match(line[:200]):
            return lines[:index]
    return lines


def _display_person(from_name: str, from_email: str) -> str:
    """The sender's display name when it names a person: "Dr Amy Fox" -> "Amy Fox", "Gus"."""
    display = _DISPLAY_SPLIT.split((from_name or "").strip(), maxsplit=1)[0]
    display = _HONORIFIC.sub("", display.strip().strip("\"'"))
    if looks_like_person(display):
        # "Usines Carpentier" <rh@usines-carpentier.fr> is the employer, not a person.
        named = _named_by_domain(display, from_email) or _role_mailbox_names(display, from_email)
        return "" if named else display
    # A lone first name counts when the address is that person's own (gus@peakmotors.com).
    local = fold(from_email.partition("@")[0])
    if (
        _single_first_name(display)
        and _tenant(from_email) != fold(display)  # "Finvaart" <finvaart@recruitee.com>
        and re.split(r"[._-]", local)[0] == fold(display)
        and fold(display) not in _ROLE_MAILBOXES
        and not _TEAMISH.search(display)
    ):
        return display  # but "Careers" <careers@...> and "Info" <info@...> are mailboxes
    return ""


def _own_first_name(shown: str, from_email: str) -> bool:
    """ "Lou" <hello@thecornerbean.com> may be a person; "Monzo" <hello@monzo.com> or
    "Workable" <noreply@workable.com> is the sender's own name."""
    if not _single_name(shown) or senders.is_no_reply(from_email):
        return False
    domain = senders.domain_of(from_email)
    if is_platform_domain(domain):
        return False
    label = domain_label(domain).replace("-", "")
    return _squeezed(shown)[0][:4] not in label


def extract_contact(from_name: str, from_email: str, lines: list[str]) -> str | None:
    """The person who signed the mail, completed from the display name when only a first name."""
    display = _display_person(from_name, from_email)
    first = display.split()[0] if display else ""
    lines = _own_lines(lines)
    signed, team_signed = _signed_name(lines)
    label = domain_label(senders.domain_of(from_email)).replace("-", "")
    if signed and " " not in signed and _squeezed(signed)[0] == label:
        signed, team_signed = None, True  # "Coquelicot" <bonjour@coquelicot.fr>: the employer
    if signed and not (" " in signed and _named_by_domain(signed, from_email)):
        return display if " " not in signed and fold(first) == fold(signed) else signed
    if team_signed:
        return None
    # "Lou" <hello@thecornerbean.com>: a shared mailbox, but the note's last word is "Lou"
    shown = (from_name or "").strip().strip("\"'")
    hint = first or (shown if _own_first_name(shown, from_email) else "")
    trailing = _trailing_name(lines, hint, from_email)
    if trailing:
        same = " " not in trailing and first and _same_first_name(trailing, first)
        return display if same else trailing  # "Dom" under a note from Dominic Hale
    if display and not senders.is_no_reply(from_email):
        return display
    return None
