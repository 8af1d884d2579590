"""The one place that scopes queries to the current user: another user's row is 'not found'."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, select

from server.auth import current_user
from server.errors import abort, field_error
from server.extensions import db

# Ids are 32-bit integers in every database we run on; a larger one cannot exist.
MAX_ID = 2**31 - 1

_NAMES = {
    "Company": "company",
    "Interview": "interview",
    "Round": "round",
    "Contact": "contact",
    "Rejection": "rejection",
    "Touchpoint": "touchpoint",
    "Opening": "opening",
    "Template": "template",
}


def owned(model) -> Select:
    """A select of `model` rows that belong to the current user."""
    return select(model).where(model.user_id == current_user().id)


def get_owned_or_404(model, obj_id: int, **filters):
    """The current user's row with this id, or a 404 identical to a missing one."""
    label = _NAMES.get(model.__name__, model.__name__.lower())
    if not 0 < obj_id <= MAX_ID:
        abort(404, f"No {label} with id {obj_id}.")
    query = owned(model).where(model.id == obj_id)
    for name, value in filters.items():
        query = query.where(getattr(model, name) == value)
    obj = db.session.scalar(query)
    if obj is None:
        abort(404, f"No {label} with id {obj_id}.")
    return obj


def get_owned_for_field(model, obj_id: int | None, field: str):
    """The current user's row referenced by a request field, or a 422 naming that field."""
    if obj_id is None:
        return None
    if not 0 < obj_id <= MAX_ID:
        field_error(field, f"no such {_NAMES.get(model.__name__, 'item')}: {obj_id}")
    obj = db.session.scalar(owned(model).where(model.id == obj_id))
    if obj is None:
        field_error(field, f"no such {_NAMES.get(model.__name__, 'item')}: {obj_id}")
    return obj


def get_many_owned_for_field(model, ids: Iterable[int], field: str) -> list:
    """The current user's rows for a list of ids (order kept), or a 422 naming the field."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    if any(not 0 < i <= MAX_ID for i in wanted):
        field_error(field, "ids must be between 1 and 2^31-1")
    rows = {row.id: row for row in db.session.scalars(owned(model).where(model.id.in_(wanted)))}
    missing = [i for i in wanted if i not in rows]
    if missing:
        field_error(field, "no such ids: " + ", ".join(map(str, missing)))
    return [rows[i] for i in wanted]
