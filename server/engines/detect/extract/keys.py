"""Folded keys for comparing names: two spellings of one company, or a name and a domain.

Kept apart because the employer, the role and the signer finders all compare names this way,
and the caches behind these keys then serve every caller.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import fold

_TRANSLITERATE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:inc|inc\.|llc|ltd|ltd\.|limited|gmbh|ag|se|sa|sas|sarl|bv|b\.v\.|nv|n\.v\.|"
    r"plc|corp|corp\.|co\.|co|kg|ug|s\.l\.|sl|s\.a\.|oy|ab|as|aps|pty|pte|llp|lp|pllc|gbr|ohg|"
    r"kgaa|srl|s\.r\.l\.|spa|s\.p\.a\.|ltda|bvba|asa)\.?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def company_key(name: str | None) -> str:
    """Folded name without legal suffixes, for comparing two spellings of one company."""
    if not name:
        return ""
    stripped = _LEGAL_SUFFIX.sub("", name.strip())
    words = re.sub(r"[^a-z0-9]+", " ", fold(stripped)).split()
    if len(words) > 1 and words[0] in ("the", "die", "het", "le", "la", "el"):
        words = words[1:]  # "The Cork Room" and "Cork Room" are one company
    return " ".join(words)


@lru_cache(maxsize=4096)
def _squeezed(name: str) -> tuple[str, str]:
    plain = re.sub(r"[^a-z0-9]+", "", fold(name.replace("&", "and")))
    german = re.sub(r"[^a-z0-9]+", "", fold(name.translate(_TRANSLITERATE).replace("&", "and")))
    return plain, german
