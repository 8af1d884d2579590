"""How requests use database connections: few round trips, and stale connections replaced.

Two things make a request cheap on PostgreSQL without weakening what it guarantees:

- A pooled connection is not pinged with a round trip on every checkout. A server that closed
  it (a restart, an administrator, a proxy's idle timeout) has said so on its socket, which
  can be looked at locally; and a connection that sat idle for more than a second, when a
  silent loss is likeliest, is pinged. Under load every connection is in constant use, so
  the ping is skipped exactly when its round trip would cost most. If the database goes away
  under a busy connection anyway, the statement fails, the pool discards every connection
  made before the failure, and the request is answered 503 like any outage.
- A request that only reads runs without a transaction (autocommit): no BEGIN before its first
  statement and no ROLLBACK after its last. Under PostgreSQL's default READ COMMITTED every
  statement sees its own snapshot anyway, so a read-only transaction buys no consistency.
  Requests that write keep their transaction, so a write is whole or not at all.
"""

from __future__ import annotations

import select
import time

import psycopg
from flask import Flask, current_app, g, request
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session

from server.extensions import db

IDLE_PING_SECONDS = 1.0
SAFE_METHODS = frozenset({"GET", "HEAD"})
_CHECKED_IN_AT = "rebound_checked_in_at"


def read_only(view_method):
    """Mark a view method (POST) that never writes: it runs without a transaction."""
    view_method.read_only = True
    return view_method


def init_app(app: Flask) -> None:
    """Ping idle connections of the app's engine and run reads without a transaction."""
    with app.app_context():
        _ping_when_idle(db.engine)
    app.before_request(_begin_reads_without_transaction)


def forget_inherited_connections(app: Flask) -> None:
    """In a forked worker: leave the parent's pooled connections to the parent.

    Two processes talking over one socket would garble each other's statements, so the
    worker starts with empty pools (the listeners above carry over) and connects anew.
    """
    with app.app_context():
        for engine in db.engines.values():
            engine.dispose(close=False)


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine.pool, "checkin")
    def note_checkin(_dbapi_connection, record) -> None:
        if record is not None:
            record.info[_CHECKED_IN_AT] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def ping_if_idle(dbapi_connection, record, _proxy) -> None:
        if _closed_by_server(dbapi_connection):
            # The pool drops this connection and checks out (or makes) another one.
            raise DisconnectionError("pooled connection closed by the server")
        checked_in_at = record.info.get(_CHECKED_IN_AT)
        if checked_in_at is None or time.monotonic() - checked_in_at < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            if engine.dialect.is_disconnect(error, dbapi_connection, None):
                raise DisconnectionError("stale pooled connection") from error
            raise


def _closed_by_server(dbapi_connection) -> bool:
    """Whether an idle PostgreSQL connection's socket has something to read: a server that
    ends a session sends its reason and closes, while a healthy idle one sends nothing."""
    pgconn = getattr(dbapi_connection, "pgconn", None)
    if pgconn is None:  # SQLite: a file, nothing to lose
        return False
    try:
        poller = select.poll()
        poller.register(pgconn.socket, select.POLLIN)
    except (OSError, ValueError, psycopg.Error):  # psycopg knows it is already lost
        return True
    return bool(poller.poll(0))


def _is_read_only() -> bool:
    if request.method in SAFE_METHODS:
        return True
    view = current_app.view_functions.get(request.endpoint or "")
    view_class = getattr(view, "view_class", None)
    handler = getattr(view_class, request.method.lower(), None) if view_class else view
    return bool(getattr(handler, "read_only", False))


def _begin_reads_without_transaction() -> None:
    """before_request hook: take the session's connection in autocommit for a read."""
    if request.endpoint is None or not request.path.startswith("/api/v1"):
        return
    if not _is_read_only():
        return
    g.read_only = True
    try:
        db.session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    except DBAPIError:
        # The database is down: the view meets the same error and answers it as it should.
        db.session.rollback()


@event.listens_for(Session, "before_flush")
def _refuse_writes_in_reads(session: Session, _context, _instances) -> None:
    """A read without a transaction must not write rows: several writes would not be atomic."""
    if g and g.get("read_only") and (session.new or session.dirty or session.deleted):
        raise RuntimeError(f"{request.method} {request.path} is read-only but tried to write")
