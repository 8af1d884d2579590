"""Companies are found by a comparable form of their name, so 'ACME' and 'Acme Inc.' are one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from server.engines.people import fold
from server.engines.profile_text import company_key as comparable_company_key
from server.extensions import db
from server.models import Company, User


def company_key(name: str) -> str:
    """The per-user unique key of a company name: 'Acme Inc.', 'ACME' and 'Acme GmbH' are one."""
    return (comparable_company_key(name) or fold(name) or name.strip().casefold())[:200]


def find_company(user: User, name: str) -> Company | None:
    """The user's company of this name, if any."""
    return db.session.scalar(
        select(Company).where(Company.user_id == user.id, Company.name_key == company_key(name))
    )


def find_or_create_company(user: User, name: str) -> Company:
    """The user's company of this name, created (in the session) when new."""
    company = find_company(user, name)
    if company is not None:
        return company
    company = Company(user_id=user.id, name=name.strip(), name_key=company_key(name))
    try:
        with db.session.begin_nested():  # a SAVEPOINT: losing the race keeps the transaction
            db.session.add(company)
    except IntegrityError:
        # Another request (another web process, another tab) created it a moment ago.
        company = find_company(user, name)
    return company
