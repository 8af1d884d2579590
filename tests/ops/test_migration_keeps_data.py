"""A migration applied to a database that holds data keeps that data.

The project's migrations bring an empty database to the newest schema; a record is then
stored through the API and exported. A further migration of the kind later releases will
add (a new column on a table other tables point at, which on SQLite means copying the
table and dropping the old one) is applied as the release phase applies it, from a copy
of the project's migrations folder. The export afterwards must be the same document.
"""

from __future__ import annotations

import shutil

import pytest
from ops_support import ROOT, flask_cli

from server import create_app
from server.auth import issue_token
from server.extensions import db
from server.models import User

PROBE_REVISION = "f0e1d2c3b4a5"
PROBE_MIGRATION = '''"""ops probe: longer role and name columns, and a new column on interviews

Revision ID: {revision}
Revises: {head}
"""

from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    # Lengthening a column: plain ALTER on PostgreSQL; on SQLite, a copy of the table, a
    # DROP of the old one and a rename (the risky path for the rows that point at it).
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("ops_probe", sa.Integer(), nullable=True))
        batch.alter_column("role", existing_type=sa.String(200), type_=sa.String(300))
    with op.batch_alter_table("contacts") as batch:
        batch.alter_column("name", existing_type=sa.String(200), type_=sa.String(300))


def downgrade():
    with op.batch_alter_table("contacts") as batch:
        batch.alter_column("name", existing_type=sa.String(300), type_=sa.String(200))
    with op.batch_alter_table("interviews") as batch:
        batch.alter_column("role", existing_type=sa.String(300), type_=sa.String(200))
        batch.drop_column("ops_probe")
'''


def _head() -> str:
    versions = ROOT / "server" / "migrations" / "versions"
    revisions, parents = set(), set()
    for path in versions.glob("*.py"):
        namespace: dict = {}
        exec(compile(path.read_text(), str(path), "exec"), namespace)
        revisions.add(namespace["revision"])
        parent = namespace.get("down_revision")
        parents.update(parent if isinstance(parent, tuple) else [parent])
    (head,) = revisions - parents
    return head


def _seed_and_export(url: str) -> dict:
    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        user = User(email="history@example.test", name="Noor Haddad", signature="Noor")
        db.session.add(user)
        token = issue_token(user)
        db.session.commit()
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}

    def post(path, body):
        response = client.post(path, json=body, headers=headers)
        assert response.status_code == 201, response.json
        return response.json

    lena = post("/api/v1/contacts", {"name": "Lena Fischer", "title": "Hiring manager"})
    omar = post("/api/v1/contacts", {"name": "Omar Said", "email": "omar@proseware.example"})
    interview = post(
        "/api/v1/interviews",
        {
            "company": "Proseware",
            "role": "Backend engineer",
            "status": "rejected",
            "notes": "Discussed their event pipeline and the move off cron jobs.",
        },
    )
    post(
        f"/api/v1/interviews/{interview['id']}/rounds",
        {"kind": "onsite", "contact_ids": [lena["id"], omar["id"]], "notes": "System design"},
    )
    post(f"/api/v1/interviews/{interview['id']}/rounds", {"kind": "final"})
    post("/api/v1/interviews", {"company": "Proseware", "role": "Data engineer"})
    exported = client.get("/api/v1/export", headers=headers)
    assert exported.status_code == 200
    with app.app_context():
        db.engine.dispose()
    return token, exported.json


def _export(url: str, token: str) -> dict:
    app = create_app({"SQLALCHEMY_DATABASE_URI": url})
    response = app.test_client().get("/api/v1/export", headers={"Authorization": f"Bearer {token}"})
    with app.app_context():
        db.engine.dispose()
    assert response.status_code == 200
    return response.json


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'history.sqlite3'}"
    return request.getfixturevalue("postgres").url


def test_a_new_migration_keeps_the_stored_record(database_url, tmp_path):
    flask_cli(database_url, "db", "upgrade")
    token, before = _seed_and_export(database_url)
    assert len(before["interviews"]) == 2
    assert sum(len(i["rounds"]) for i in before["interviews"]) == 2

    migrations = tmp_path / "migrations"
    shutil.copytree(ROOT / "server" / "migrations", migrations)
    probe = migrations / "versions" / f"{PROBE_REVISION}_ops_probe.py"
    probe.write_text(PROBE_MIGRATION.format(revision=PROBE_REVISION, head=_head()))
    flask_cli(database_url, "db", "upgrade", "--directory", str(migrations))
    assert PROBE_REVISION in flask_cli(
        database_url, "db", "current", "--directory", str(migrations)
    )

    after = _export(database_url, token)
    assert after == before
