"""The employer read from the sender's domain or an ATS tenant address, spelled the way the
mail spells it ("kestrelrobotics" -> "Kestrel Robotics").

Separate because turning a squeezed domain label back into a readable name is a problem of
its own, with its own suffix lists and text scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import senders
from ..tokens import fold
from .company_names import _MAX_SPELLING_SCAN, _WORD, _acceptable_company, clean_company
from .keys import _squeezed, company_key
from .label_words import label_words
from .names import _NOT_COMPANY
from .sender_address import _tenant, domain_label, is_personal_mailbox, is_platform_domain

_CAPITALISED_RUN = re.compile(_WORD + r"(?:[ \t]+(?:&[ \t]+)?" + _WORD + r"){0,4}")

# Words that end an employer's name in running text ("Plinth Foundation", "Summit Legal Group").
_NAME_TAIL = re.compile(
    r"(?:foundation|university|academy|group|trust|health|analytics|consulting|energy|travel|"
    r"studios?|distillery|pilates|labs?|bank|capital|systems|partners|ventures|hospital|"
    r"hospice|college|school|institute|ai|semiconductors?|publishing|creative|agency|design|"
    r"vets|farms|brewing|finance|insights|therapy|services|conseil|primary|architects|"
    r"architekten|hotel|hotels)",
    re.IGNORECASE,
)
_TLD_WORDS = frozenset(
    "health studio energy travel bank capital consulting design agency media labs ventures "
    "legal games foods group partners software solutions systems tech works".split()
)


def _spelled_in_text(targets: set[str], text: str) -> str | None:
    """The text's own spelling of a squeezed name (kestrelrobotics -> Kestrel Robotics)."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        keys = [_squeezed(word) for word in words]
        for start in range(len(words)):
            plain = german = ""
            longest = None
            for end in range(start, len(words)):
                plain += keys[end][0]
                german += keys[end][1]
                if plain in targets or german in targets:
                    longest = end
                if not any(t.startswith(plain) or t.startswith(german) for t in targets):
                    break
            if longest is not None:
                end = longest + 1
                while (
                    end < len(words)
                    and end - longest <= 2
                    and _NAME_TAIL.fullmatch(words[end].strip(".,;:"))
                ):
                    end += 1  # "Plinth" is spelled "Plinth Foundation" here
                return " ".join(words[start:end]).strip(".,;:")
    return None


_LABEL_SUFFIXES = tuple(
    sorted(
        "labs bank games health group systems media capital foods logistics robotics energy "
        "analytics partners studios studio software solutions insurance industries ventures "
        "consulting pharma dental staffing holdings airlines hotels motors biosciences "
        "therapeutics aerospace outdoors housing search recruitment builders cafe legal "
        "bakery".split(),
        key=len,
        reverse=True,
    )
)
_LABEL_AFFIXES = re.compile(
    r"^(?:get|join|try|use)(?=[a-z]{4})|(?<=[a-z]{4})(?:hq|app|inc|people|careers|jobs|hr)$"
)


def _unsqueezed(label: str) -> str:
    """A readable name for a domain label: skyforgegames -> Skyforge Games, quartzhq -> Quartz,
    uni-northfield -> University of Northfield."""
    label = _LABEL_AFFIXES.sub("", label)
    if "-" in label:
        parts = label.split("-")
        if len(parts) == 2 and "uni" in parts:
            # "uni-" is how universities shorten their name in a domain, never a word of it
            return f"University of {parts[1 - parts.index('uni')].title()}"
        return label.replace("-", " ").title()
    if len(label) <= 3:
        return label.upper()
    return label_words(label)


def _signed_for_label(
    label: str, spelled: str | None, signed_company: Callable[[], str | None], text: str
) -> str | None:
    """The signature's fuller name for the label: "Harbourview" is signed "Harbourview
    Housing", oakhillschools "Oakhill Primary School", moreauvet "Moreau Veterinary Clinic"."""
    if spelled and not re.search(re.escape(spelled) + r"[ \t]+[A-Z]", text):
        return None  # the usual case: the mail never writes a longer name (cheap to tell)
    if not spelled and label[:5] not in text.lower():
        return None  # nothing in the mail starts like the domain
    signed = signed_company()
    if not signed:
        return None
    key = company_key(signed)
    if spelled:
        return signed if key.startswith(company_key(spelled) + " ") else None
    first = _squeezed(key.split()[0])[0] if key else ""
    return signed if len(first) >= 4 and label.startswith(first) else None


def _label_company(
    label: str,
    targets: set[str],
    candidates: Callable[[], list[str]],
    text: str,
    fallback: str = "",
    signed: Callable[[], str | None] = lambda: None,
) -> str:
    """The employer a squeezed label names, spelled as the mail spells it when it does."""
    squeezed = label.replace("-", "")
    spelled = _spelled_in_text(targets, text[:_MAX_SPELLING_SCAN]) if text else None
    # "The Old Forge" spells theoldforge: checked without its article, returned with it
    if spelled and not _acceptable_company(clean_company(spelled)):
        spelled = None
    fuller = _signed_for_label(squeezed, spelled, signed, text[:_MAX_SPELLING_SCAN])
    if fuller or spelled:
        return fuller or spelled
    for candidate in candidates():
        key = company_key(candidate).replace(" ", "")
        if key and (key.startswith(squeezed) or squeezed.startswith(key)):
            return candidate
    return fallback or _unsqueezed(label)


def _domain_company(
    from_email: str,
    candidates: Callable[[], list[str]],
    text: str = "",
    signed: Callable[[], str | None] = lambda: None,
) -> str | None:
    domain = senders.domain_of(from_email)
    if not domain or is_platform_domain(domain) or is_personal_mailbox(domain):
        return None
    label = domain_label(domain)
    if not label or label in senders.PLATFORM_NAMES or label in _NOT_COMPANY:
        return None
    squeezed = label.replace("-", "")
    suffix = domain.rsplit(".", 1)[-1]
    targets = {squeezed} | ({squeezed + suffix} if len(suffix) > 3 else set())
    # tally.health is "Tally Health" when the mail never spells it otherwise.
    fallback = f"{_unsqueezed(label)} {suffix.title()}" if suffix in _TLD_WORDS else ""
    return _label_company(label, targets, candidates, text, fallback, signed)


def _tenant_company(
    from_name: str, from_email: str, candidates: Callable[[], list[str]], text: str
) -> str | None:
    """The employer an ATS address names (acme@myworkday.com), unless it is the sender's name."""
    tenant = _tenant(from_email)
    if not tenant or tenant in senders.PLATFORM_NAMES:
        return None
    first = fold((from_name or "").split()[0]) if (from_name or "").split() else ""
    if first == tenant:
        return None
    if len(tenant.replace("-", "")) <= 3 and candidates():
        return None  # "jnj@": an abbreviation the body spells out better
    return _label_company(tenant, {tenant.replace("-", "")}, candidates, text)
