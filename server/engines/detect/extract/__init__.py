"""Who and what a hiring email is about: the employer, the role and the person who signed it.

`company` finds the employer, `role` the job title and `signer` the person who signed; the
other modules hold what those three share (names, closings, job titles, keys, sender
addresses). Code outside the package imports from here only.
"""

from __future__ import annotations

from .company import extract_company
from .company_names import clean_company
from .keys import company_key
from .names import looks_like_person
from .role import extract_role
from .signer import extract_contact

__all__ = [
    "clean_company",
    "company_key",
    "extract_company",
    "extract_contact",
    "extract_role",
    "looks_like_person",
]
