"""Typed SQLAlchemy 2 models; importing this package registers every table."""

from server.engines.plan.facts import INTERVIEW_STATUSES
from server.models.activity import (
    MESSAGE_KINDS,
    TOUCHPOINT_CHANNELS,
    TOUCHPOINT_KINDS,
    TOUCHPOINT_STATUSES,
    Opening,
    Rejection,
    Template,
    Touchpoint,
)
from server.models.record import (
    CONNECTION_STATES,
    ROUND_KINDS,
    Company,
    Contact,
    Interview,
    Round,
    round_contacts,
)
from server.models.user import (
    DEFAULT_FOLLOW_UP_DAYS,
    LINKEDIN_ACCOUNTS,
    MAX_FOLLOW_UP_DAYS,
    MIN_FOLLOW_UP_DAYS,
    ApiToken,
    User,
)

OWNED_MODELS = (Company, Interview, Round, Contact, Rejection, Touchpoint, Opening, Template)

__all__ = [
    "CONNECTION_STATES",
    "DEFAULT_FOLLOW_UP_DAYS",
    "INTERVIEW_STATUSES",
    "LINKEDIN_ACCOUNTS",
    "MAX_FOLLOW_UP_DAYS",
    "MESSAGE_KINDS",
    "MIN_FOLLOW_UP_DAYS",
    "OWNED_MODELS",
    "ROUND_KINDS",
    "TOUCHPOINT_CHANNELS",
    "TOUCHPOINT_KINDS",
    "TOUCHPOINT_STATUSES",
    "ApiToken",
    "Company",
    "Contact",
    "Interview",
    "Opening",
    "Rejection",
    "Round",
    "Template",
    "Touchpoint",
    "User",
    "round_contacts",
]
