"""The users command group: create, more tokens, revoke, the local user of scripts/serve."""

from server.auth import user_for_token


def _last_line(output: str) -> str:
    return output.strip().splitlines()[-1]


def test_create_prints_a_working_token_last(app, runner, client):
    result = runner.invoke(args=["users", "create", "--email", "Ana@Example.test", "--name", "Ana"])
    assert result.exit_code == 0, result.output
    token = _last_line(result.output)
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json["email"] == "ana@example.test"
    assert me.json["name"] == "Ana"


def test_create_refuses_a_duplicate_and_a_bad_address(runner):
    assert runner.invoke(args=["users", "create", "--email", "a@example.test"]).exit_code == 0
    duplicate = runner.invoke(args=["users", "create", "--email", "A@example.test"])
    assert duplicate.exit_code != 0
    assert runner.invoke(args=["users", "create", "--email", "not-an-address"]).exit_code != 0


def test_second_token_and_revoking_one_by_prefix(app, runner, client):
    first = _last_line(runner.invoke(args=["users", "create", "--email", "b@example.test"]).output)
    second = _last_line(runner.invoke(args=["users", "token", "--email", "b@example.test"]).output)
    assert first != second
    listing = runner.invoke(args=["users", "tokens", "--email", "b@example.test"]).output
    assert first not in listing and second not in listing
    assert first[:10] in listing
    revoked = runner.invoke(
        args=["users", "revoke", "--email", "b@example.test", "--prefix", first[:10]]
    )
    assert revoked.exit_code == 0, revoked.output
    with app.app_context():
        assert user_for_token(first) is None
        assert user_for_token(second) is not None


def test_ensure_local_prints_a_token_only_once(runner, client):
    first = runner.invoke(args=["users", "ensure-local"])
    token = _last_line(first.output)
    assert token.startswith("rb_")
    again = runner.invoke(args=["users", "ensure-local"])
    assert "rb_" not in again.output
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
