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
    """Count the whole result for the pagination header and return one page of rows."""
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    pagination_parameters.item_count = total
    page = query.limit(pagination_parameters.page_size).offset(pagination_parameters.first_item)
    return list(db.session.scalars(page).unique())
