"""The LinkedIn invitation-note meter.

A free account may add a note to only a few invitations a month (the user's setting, three by
default). Notes go to the people the user rated warmest, then spent most time with; the rest
get a plain invitation and a message once they accept. Premium accounts are not metered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from server.engines.plan.facts import utc_day
from server.engines.plan.history import RecordIndex
from server.engines.plan.items import NoteMeter, PlanItem


def notes_used(index: RecordIndex, today: date) -> int:
    """Invitation notes sent in today's calendar month (UTC)."""
    return sum(
        1
        for t in index.touches
        if t.kind == "connection_note" and t.status == "sent" and _same_month(t, today)
    )


def _same_month(touch, today: date) -> bool:
    day = utc_day(touch.occurred_at)
    return (day.year, day.month) == (today.year, today.month)


def meter_notes(
    index: RecordIndex, today: date, items: Sequence[PlanItem]
) -> tuple[list[PlanItem], NoteMeter]:
    """Decide which connect items carry a note, and report what is left this month."""
    connect = [i for i in items if i.kind == "connect" and i.contact_id is not None]
    ranked = sorted(connect, key=lambda i: index.rank_key(i.contact_id))
    used = notes_used(index, today)
    premium = index.settings.linkedin_account == "premium"
    if premium:
        per_month, left = None, None
        chosen = {i.key for i in ranked}
    else:
        per_month = max(0, index.settings.linkedin_notes_per_month)
        left = max(0, per_month - used)
        chosen = {i.key for i in ranked[:left]}

    updated = []
    for item in items:
        if item.kind != "connect":
            updated.append(item)
            continue
        with_note = item.key in chosen
        extra = (
            " Add a short personal note."
            if with_note
            else " No note left this month: send a plain invitation, then a message once they "
            "accept."
        )
        updated.append(replace(item, with_note=with_note, why=item.why + extra))
    meter = NoteMeter(
        account="premium" if premium else "free",
        notes_per_month=per_month,
        used_this_month=used,
        notes_left_this_month=left,
        with_note=tuple(i.contact_id for i in ranked if i.key in chosen),
        plain_invite=tuple(i.contact_id for i in ranked if i.key not in chosen),
    )
    return updated, meter
