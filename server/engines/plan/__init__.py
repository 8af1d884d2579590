"""The plan engine: who to contact, when, and why, from a plain snapshot of the record."""

from server.engines.plan.build import build_plan, evaluate_opening
from server.engines.plan.facts import (
    CHANNELS,
    DEFAULT_FOLLOW_UP_DAYS,
    MIN_FOLLOW_UP_DAYS,
    TOUCH_KINDS,
    TOUCH_STATUSES,
    InterviewFacts,
    OpeningFacts,
    PersonFacts,
    PlanRecord,
    PlanSettings,
    RoundFacts,
    TouchFacts,
)
from server.engines.plan.items import NoteMeter, OpeningSuggestion, Plan, PlanItem

__all__ = [
    "CHANNELS",
    "DEFAULT_FOLLOW_UP_DAYS",
    "MIN_FOLLOW_UP_DAYS",
    "TOUCH_KINDS",
    "TOUCH_STATUSES",
    "InterviewFacts",
    "NoteMeter",
    "OpeningFacts",
    "OpeningSuggestion",
    "PersonFacts",
    "Plan",
    "PlanItem",
    "PlanRecord",
    "PlanSettings",
    "RoundFacts",
    "TouchFacts",
    "build_plan",
    "evaluate_opening",
]
