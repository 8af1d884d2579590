"""`flask --app server users ...`: accounts and their tokens, from the command line."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import select

from server.auth import issue_token
from server.extensions import db
from server.models import ApiToken, User
from server.models.base import utcnow

users_cli = AppGroup("users", help="Manage accounts and API tokens.")

LOCAL_USER_EMAIL = "me@localhost"


def _user_by_email(email: str) -> User:
    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"no user with email {email}")
    return user


@users_cli.command("create")
@click.option("--email", required=True, help="The account's email address.")
@click.option("--name", default="", help="The person's name, used in signatures.")
def create_user(email: str, name: str) -> None:
    """Create a user and print a new API token (the last line of output)."""
    address = email.strip().lower()
    if "@" not in address or len(address) > 254:
        raise click.ClickException(f"not an email address: {email}")
    if db.session.scalar(select(User.id).where(User.email == address)) is not None:
        raise click.ClickException(f"a user with email {address} exists")
    user = User(email=address, name=name)
    db.session.add(user)
    token = issue_token(user, label="cli")
    db.session.commit()
    click.echo(f"Created user {user.id} <{address}>. API token (shown once):")
    click.echo(token)


@users_cli.command("ensure-local")
def ensure_local_user() -> None:
    """Create the local user on first run and print its token; later runs print nothing new."""
    if db.session.scalar(select(User.id).limit(1)) is not None:
        click.echo("Local user exists; its token was printed on the first run.")
        click.echo("Need another? flask --app server users token --email " + LOCAL_USER_EMAIL)
        return
    user = User(email=LOCAL_USER_EMAIL, name="")
    db.session.add(user)
    token = issue_token(user, label="local")
    db.session.commit()
    click.echo("Created the local user. Paste this API token into the extension's options")
    click.echo("(it is shown only this once):")
    click.echo(token)


@users_cli.command("token")
@click.option("--email", required=True)
@click.option("--label", default="cli", help="A note to tell tokens apart.")
def new_token(email: str, label: str) -> None:
    """Issue another token for a user and print it (the last line of output)."""
    user = _user_by_email(email)
    token = issue_token(user, label=label)
    db.session.commit()
    click.echo(f"New token for <{user.email}> (shown once):")
    click.echo(token)


@users_cli.command("tokens")
@click.option("--email", required=True)
def list_tokens(email: str) -> None:
    """List a user's tokens by prefix (never the tokens themselves)."""
    user = _user_by_email(email)
    for row in db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)):
        state = "revoked" if row.revoked_at else "active"
        click.echo(f"{row.prefix}…  {state}  {row.label}  created {row.created_at:%Y-%m-%d}")


@users_cli.command("revoke")
@click.option("--email", required=True)
@click.option("--prefix", help="The token's first characters, as `tokens` lists them.")
@click.option("--all", "revoke_all", is_flag=True, help="Revoke every token of the user.")
def revoke_token(email: str, prefix: str | None, revoke_all: bool) -> None:
    """Revoke one token (by prefix) or all of a user's tokens."""
    if not prefix and not revoke_all:
        raise click.ClickException("give --prefix or --all")
    user = _user_by_email(email)
    query = select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
    if prefix:
        query = query.where(ApiToken.prefix.startswith(prefix[:10]))
    rows = list(db.session.scalars(query))
    if not rows:
        raise click.ClickException("no matching active token")
    for row in rows:
        row.revoked_at = utcnow()
    db.session.commit()
    click.echo(f"Revoked {len(rows)} token(s).")


def register_cli(app: Flask) -> None:
    """Attach the command groups to the app."""
    app.cli.add_command(users_cli)
