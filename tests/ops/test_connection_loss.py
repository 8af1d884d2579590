"""A database connection that dies after the answer is ready does not turn it into a 500."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from server import create_app


def test_lost_connection_at_session_close_keeps_the_answer(tmp_path, monkeypatch):
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'lost.sqlite3'}"})
    closes = []
    real_close = Session.close

    def close_on_a_dead_connection(session):
        closes.append(session)
        if len(closes) == 1:
            real_close(session)
            raise OperationalError(
                "ROLLBACK", {}, Exception("server closed the connection unexpectedly")
            )
        return real_close(session)

    monkeypatch.setattr(Session, "close", close_on_a_dead_connection)
    client = app.test_client()
    first = client.get("/api/v1/health")
    assert first.status_code == 200
    assert first.json["database"] == "ok"
    assert client.get("/api/v1/health").status_code == 200
    assert len(closes) >= 2
