"""Paged, sorted lists for every resource (flask-smorest carries the page in X-Pagination)."""

from __future__ import annotations

from sqlalchemy import Select, func, select

from server.extensions import db

PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


def sort_query(query: Select, model, sort: str) -> Select:
    """Order by one column of `model` ('-name' for descending), then by id for stability."""
    column_name = sort.lstrip("-")
    column = getattr(model, column_name)
    ordered = column.desc() if sort.startswith("-") else column.asc()
    return query.order_by(ordered, model.id.asc())


def page_of(query: Select, pagination_parameters) -> list:
    """One page of rows, with the whole result's count set for the pagination header.

    The count rides on the page's own statement as a window over every matching row (the
    queries here select one entity, with no DISTINCT, so each row is one item); only a page
    past the end, which has no row to carry it, needs a statement of its own.
    """
    page = (
        query.add_columns(func.count().over())
        .limit(pagination_parameters.page_size)
        .offset(pagination_parameters.first_item)
    )
    rows = db.session.execute(page).unique().all()
    if rows:
        total = rows[0][1]
    elif pagination_parameters.first_item == 0:
        total = 0
    else:
        total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    pagination_parameters.item_count = total
    return [row[0] for row in rows]
