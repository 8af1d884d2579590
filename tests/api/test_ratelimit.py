"""Token guessing is slowed: failures per address are counted, then answered with 429."""

import pytest

from server import create_app
from server.ratelimit import MemoryCounterStore, RedisCounterStore

LIMIT = 3
WINDOW = 60


@pytest.fixture
def limited(app, database_url):
    """An app of its own (the shared one must not carry these counts into other tests)."""
    limited_app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": database_url,
            "REBOUND_AUTH_FAILURE_LIMIT": LIMIT,
            "REBOUND_AUTH_FAILURE_WINDOW": WINDOW,
        }
    )
    return limited_app.test_client()


def _guess(client, n: int, address: str = "198.51.100.7"):
    return client.get(
        "/api/v1/me",
        headers={"Authorization": f"Bearer rb_wrong-guess-{n}"},
        environ_base={"REMOTE_ADDR": address},
    )


def test_failures_beyond_the_limit_get_429_with_retry_after(limited):
    for n in range(LIMIT):
        assert _guess(limited, n).status_code == 401
    blocked = _guess(limited, 99)
    assert blocked.status_code == 429
    assert blocked.mimetype == "application/problem+json"
    assert blocked.json["status"] == 429
    assert "rb_wrong-guess-99" not in blocked.get_data(as_text=True)
    assert 0 < int(blocked.headers["Retry-After"]) <= WINDOW
    assert blocked.headers["Retry-After"] in blocked.json["detail"]


def test_the_extension_may_read_retry_after(limited):
    extension = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    for n in range(LIMIT + 1):
        answer = limited.get(
            "/api/v1/me",
            headers={"Authorization": f"Bearer rb_guess-{n}", "Origin": extension},
            environ_base={"REMOTE_ADDR": "198.51.100.8"},
        )
    assert answer.status_code == 429
    assert "Retry-After" in answer.headers["Access-Control-Expose-Headers"]


def test_a_blocked_address_learns_nothing_even_with_a_valid_token(limited, user):
    for n in range(LIMIT):
        _guess(limited, n)
    answer = limited.get(
        "/api/v1/me", headers=user.headers, environ_base={"REMOTE_ADDR": "198.51.100.7"}
    )
    assert answer.status_code == 429


def test_other_addresses_are_not_affected(limited, user):
    for n in range(LIMIT + 1):
        _guess(limited, n, address="198.51.100.7")
    other = limited.get(
        "/api/v1/me", headers=user.headers, environ_base={"REMOTE_ADDR": "192.0.2.44"}
    )
    assert other.status_code == 200
    assert _guess(limited, 1, address="192.0.2.44").status_code == 401


def test_successes_and_public_routes_are_not_counted(limited, user):
    for _ in range(LIMIT * 2):
        ok = limited.get(
            "/api/v1/me", headers=user.headers, environ_base={"REMOTE_ADDR": "198.51.100.7"}
        )
        assert ok.status_code == 200
        health = limited.get("/api/v1/health", environ_base={"REMOTE_ADDR": "198.51.100.7"})
        assert health.status_code == 200
    assert _guess(limited, 1).status_code == 401


def test_malformed_headers_do_not_use_up_the_allowance(limited, user):
    for header in ["Bearer", "Basic abc", "Bearer not-our-format"] * LIMIT:
        response = limited.get(
            "/api/v1/me",
            headers={"Authorization": header},
            environ_base={"REMOTE_ADDR": "198.51.100.7"},
        )
        assert response.status_code == 401
    assert _guess(limited, 1).status_code == 401


def test_client_address_comes_from_the_trusted_proxy(app, database_url):
    limited_app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": database_url,
            "REBOUND_AUTH_FAILURE_LIMIT": 1,
            "REBOUND_PROXY_COUNT": 1,
        }
    )
    client = limited_app.test_client()

    def from_client(address: str):
        return client.get(
            "/api/v1/me",
            headers={"Authorization": "Bearer rb_guess", "X-Forwarded-For": address},
            environ_base={"REMOTE_ADDR": "10.0.0.1"},
        )

    assert from_client("203.0.113.1").status_code == 401
    assert from_client("203.0.113.1").status_code == 429
    # The router's own address is shared by everybody; another client is still served.
    assert from_client("203.0.113.2").status_code == 401


def test_limit_zero_turns_the_limiter_off(app, database_url):
    limited_app = create_app(
        {"SQLALCHEMY_DATABASE_URI": database_url, "REBOUND_AUTH_FAILURE_LIMIT": 0}
    )
    client = limited_app.test_client()
    assert all(_guess(client, n).status_code == 401 for n in range(10))


class _Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_memory_window_expires_and_restarts():
    clock = _Clock()
    store = MemoryCounterStore(clock=clock)
    assert store.add("a", 10).count == 1
    clock.now += 4
    tally = store.add("a", 10)
    assert (tally.count, tally.retry_after) == (2, 6)
    assert store.peek("a").count == 2
    clock.now += 6
    assert store.peek("a").count == 0
    assert store.add("a", 10).count == 1
    assert store.peek("b").count == 0


def test_memory_store_forgets_idle_addresses():
    clock = _Clock()
    store = MemoryCounterStore(clock=clock)
    for n in range(store._SWEEP_EVERY - 1):
        store.add(f"idle-{n}", 5)
    clock.now += 10
    store.add("fresh", 5)
    assert list(store._windows) == ["fresh"]


class _FakeRedis:
    """Just enough of redis-py's pipeline to run the store's commands against a dict."""

    def __init__(self):
        self.values: dict[str, int] = {}
        self.ttls: dict[str, int] = {}

    def pipeline(self):
        return _FakePipeline(self)


class _FakePipeline:
    def __init__(self, server):
        self.server = server
        self.calls = []

    def __getattr__(self, name):
        def queue(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return self

        return queue

    def execute(self):
        results = []
        server = self.server
        for name, args, kwargs in self.calls:
            key = args[0]
            if name == "set":
                created = not kwargs.get("nx") or key not in server.values
                if created:
                    server.values[key] = int(args[1])
                    server.ttls[key] = kwargs["ex"]
                results.append(True if created else None)
            elif name == "incr":
                server.values[key] = server.values.get(key, 0) + 1
                results.append(server.values[key])
            elif name == "ttl":
                results.append(server.ttls.get(key, -2))
            elif name == "get":
                value = server.values.get(key)
                results.append(None if value is None else str(value).encode())
        return results


def test_redis_store_counts_with_one_expiry_per_window():
    server = _FakeRedis()
    store = RedisCounterStore(server)
    assert store.peek("198.51.100.7").count == 0
    assert store.add("198.51.100.7", 300).count == 1
    server.ttls["rebound:auth-failures:198.51.100.7"] = 120
    tally = store.add("198.51.100.7", 300)
    assert (tally.count, tally.retry_after) == (2, 120)
    assert store.peek("198.51.100.7").count == 2


def test_an_unreachable_redis_does_not_lock_everyone_out(app, database_url, user):
    limited_app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": database_url,
            "REDIS_URL": "redis://127.0.0.1:1/0",
            "REBOUND_AUTH_FAILURE_LIMIT": 1,
        }
    )
    client = limited_app.test_client()
    assert client.get("/api/v1/me", headers=user.headers).status_code == 200
    assert _guess(client, 1).status_code == 401
    assert _guess(client, 2).status_code == 401
