"""What the sender's address says about a name: the organisation's domain label, shared
mailboxes (hr@, careers@) and names that the domain spells.

Separate because the employer and the signer finders both have to tell a company writing from
its own domain from a person writing from theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import senders
from .keys import _squeezed

_ROLE_MAILBOXES = frozenset(
    "hr jobs job info personal careers career office recruiting recruitment talent team hello "
    "contact admin bewerbung bewerbungen werving empleo rrhh seleccion rh recrutement kanzlei "
    "mail people vacatures sollicitatie karriere hiring apply reception practice hola contacto "
    "enquiries post drh buero büro bureau oficina kantoor secretariaat mairie comms praxis "
    "hallo news nieuws newsletter reservas reservations bookings events kontakt accueil "
    "secretariat recepcion".split()
)
# Personal mailbox providers by their label, so that their country domains (hotmail.es,
# gmx.at, yahoo.com.mx) name no employer either.
_FREEMAIL_LABELS = frozenset(
    "gmail googlemail yahoo ymail hotmail outlook icloud aol protonmail proton gmx yandex "
    "fastmail laposte wanadoo libero ziggo kpnmail posteo mailbox tutanota correo".split()
)
_PUBLIC_SECOND_LEVEL = frozenset({"sch", "nhs", "police", "mod", "k12", "govt", "school", "nic"})


@lru_cache(maxsize=1024)
def domain_label(domain: str) -> str:
    """The domain's organisation label, also under public second levels (st-aldhelms.sch.uk)."""
    label = senders.organisation_label(domain)
    if label in _PUBLIC_SECOND_LEVEL:
        parts = domain.split(".")
        index = parts.index(label) if label in parts else 0
        return parts[index - 1] if index > 0 else label
    return label


def _platform_labels(domains: frozenset[str]) -> frozenset[str]:
    # Short labels ("join", "gem", "reed", "dice") and "service" (civilservicejobs.service.
    # gov.uk) are ordinary words that employers use too.
    labels = {senders.organisation_label(domain) for domain in domains}
    return frozenset(label for label in labels if len(label) >= 6 and label != "service")


# Job boards and ATSs by their label, so that their country domains (indeed.co.uk,
# stepstone.fr, welcometothejungle.co) are known too.
_BOARD_LABELS = _platform_labels(senders.BOARD_DOMAINS)
_ATS_LABELS = _platform_labels(senders.ATS_DOMAINS) - _BOARD_LABELS


@lru_cache(maxsize=1024)
def is_board_domain(domain: str) -> bool:
    """A job board or assessment service under any of its domains."""
    return senders.is_board(domain) or domain_label(domain) in _BOARD_LABELS


@lru_cache(maxsize=1024)
def is_platform_domain(domain: str) -> bool:
    """An ATS or a job board under any of its domains."""
    return senders.is_platform(domain) or domain_label(domain) in (_BOARD_LABELS | _ATS_LABELS)


def _tenant(address: str) -> str | None:
    """The employer an ATS address names (acme@paylocity.com, jobs@acme.talentsoft.fr)."""
    tenant = senders.tenant_of(address)
    domain = senders.domain_of(address)
    label = senders.organisation_label(domain)
    if tenant or label not in _ATS_LABELS:
        return tenant
    parts = domain.split(".")
    for part in reversed(parts[: parts.index(label)]):
        if part not in senders._GENERIC_TENANTS and len(part) > 2:
            return part
    local = address.partition("@")[0].lower()
    if senders.is_no_reply(address) or not local.isalnum() or local in senders._GENERIC_TENANTS:
        return None
    return local if len(local) > 2 else None


@lru_cache(maxsize=1024)
def is_personal_mailbox(domain: str) -> bool:
    """A personal mailbox provider under any of its domains: nobody's employer."""
    return senders.is_freemail(domain) or domain_label(domain) in _FREEMAIL_LABELS


def _role_mailbox_names(name: str, from_email: str) -> bool:
    """ "Stadtbibliothek Lindau" <personal@lindau.de>: a shared mailbox under the name's domain."""
    local = from_email.partition("@")[0].lower()
    if re.split(r"[._-]", local)[0] not in _ROLE_MAILBOXES:
        return False
    label = domain_label(senders.domain_of(from_email)).replace("-", "")
    if len(label) < 4:
        return False
    whole = _squeezed(name)[0]
    if whole == label:
        return False  # "Mira Castell" <studio@miracastell.com>: a person's own business
    words = [_squeezed(word)[0] for word in name.split()]
    return label in whole or any(len(word) >= 4 and word in label for word in words)


def _named_by_domain(name: str, from_email: str) -> bool:
    """ "Ardent Biosciences" <hr@ardentbio.com>: two words that the domain spells, not a person.

    A person writing from their own domain (ruth@ruthadebayo.com) shows their name in the
    address too, so the address must not be made of the name's words.
    """
    domain = senders.domain_of(from_email)
    label = domain_label(domain).replace("-", "")
    first = _squeezed(name.split()[0])[0]
    if len(first) < 4 or not label.startswith(first):
        return False  # the usual case, settled before the costlier checks
    if is_personal_mailbox(domain) or is_platform_domain(domain):
        return False
    words = [_squeezed(word)[0] for word in name.split()]
    local = re.sub(r"[^a-z0-9]", "", from_email.partition("@")[0].lower())
    return not any(word in local for word in words)
