"""Who and what a hiring email is about: the employer, the role and the person who signed it.

`company` finds the employer, `role` the job title and `signer` the person who signed; the
other modules hold what those three share (names, closings, job titles, keys, sender
addresses). Code outside the package imports from here only.

The sender checks by domain label (`is_board_domain`, `is_platform_domain`,
`is_personal_mailbox`, `domain_label`) widen `senders`' lists to a provider's other country
domains (indeed.co.uk, gmx.at, stepstone.fr) and to public second levels (sch.uk, nhs.uk).
"""

from __future__ import annotations

from .company import extract_company
from .company_names import clean_company
from .keys import company_key
from .names import looks_like_person
from .role import extract_role
from .sender_address import domain_label, is_board_domain, is_personal_mailbox, is_platform_domain
from .signer import extract_contact

__all__ = [
    "clean_company",
    "company_key",
    "domain_label",
    "extract_company",
    "extract_contact",
    "extract_role",
    "is_board_domain",
    "is_personal_mailbox",
    "is_platform_domain",
    "looks_like_person",
]
