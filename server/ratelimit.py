"""Slow down token guessing: failed authentications are counted per client address.

Counters live in process memory by default (one laptop, or one worker's share of the
attempts), or in Redis when `REDIS_URL` is set, so every web process behind a router shares
them. A window is fixed: it starts with the first failure and lasts `window` seconds.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from flask import Flask, current_app, request

from server.errors import abort

_KEY_PREFIX = "rebound:auth-failures:"
_EXTENSION_KEY = "rebound_auth_failures"


@dataclass(frozen=True)
class Tally:
    """How many failures an address has in its current window, and when that window ends."""

    count: int
    retry_after: int


class CounterStore(Protocol):
    """Where failure counts are kept."""

    def add(self, key: str, window: int) -> Tally:
        """Count one more failure for `key` and return the new tally."""

    def peek(self, key: str) -> Tally:
        """The tally for `key` without counting anything."""


class MemoryCounterStore:
    """Counters in this process: enough for one process, forgotten on restart."""

    _SWEEP_EVERY = 1000

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}
        self._adds = 0

    def add(self, key: str, window: int) -> Tally:
        """Count one more failure for `key` and return the new tally."""
        with self._lock:
            now = self._clock()
            ends, count = self._windows.get(key, (0.0, 0))
            if ends <= now:
                ends, count = now + window, 0
            count += 1
            self._windows[key] = (ends, count)
            self._adds += 1
            if self._adds % self._SWEEP_EVERY == 0:
                self._sweep(now)
            return Tally(count, max(1, math.ceil(ends - now)))

    def peek(self, key: str) -> Tally:
        """The tally for `key` without counting anything."""
        with self._lock:
            now = self._clock()
            ends, count = self._windows.get(key, (0.0, 0))
            if ends <= now:
                return Tally(0, 0)
            return Tally(count, max(1, math.ceil(ends - now)))

    def _sweep(self, now: float) -> None:
        # Addresses that stopped failing must not pile up in memory for ever.
        for key in [k for k, (ends, _) in self._windows.items() if ends <= now]:
            del self._windows[key]


class RedisCounterStore:
    """Counters in Redis, shared by every web process (SET NX with the expiry, then INCR)."""

    def __init__(self, client) -> None:
        self._client = client

    @classmethod
    def from_url(cls, url: str) -> RedisCounterStore:
        """Connect lazily to the Redis server at `url`."""
        try:
            import redis
        except ImportError as error:  # pragma: no cover - redis is a declared dependency
            raise RuntimeError("REDIS_URL is set but the 'redis' package is missing") from error
        return cls(redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1))

    def add(self, key: str, window: int) -> Tally:
        """Count one more failure for `key` and return the new tally."""
        name = _KEY_PREFIX + key
        pipe = self._client.pipeline()
        # The first failure creates the counter with its expiry; later ones only count.
        pipe.set(name, 0, ex=window, nx=True)
        pipe.incr(name)
        pipe.ttl(name)
        _, count, ttl = pipe.execute()
        return Tally(int(count), max(1, int(ttl)) if ttl and ttl > 0 else window)

    def peek(self, key: str) -> Tally:
        """The tally for `key` without counting anything."""
        name = _KEY_PREFIX + key
        pipe = self._client.pipeline()
        pipe.get(name)
        pipe.ttl(name)
        count, ttl = pipe.execute()
        if count is None:
            return Tally(0, 0)
        return Tally(int(count), max(1, int(ttl)) if ttl and ttl > 0 else 1)


class AuthFailureLimiter:
    """The policy: at most `limit` failed token checks per address per `window` seconds."""

    def __init__(self, store: CounterStore, limit: int, window: int) -> None:
        self.store = store
        self.limit = limit
        self.window = window

    def refuse_if_blocked(self, address: str) -> None:
        """Answer 429 while this address has used up its failures (valid tokens included,
        so a blocked guesser learns nothing from the answer)."""
        if self.limit <= 0:
            return
        tally = self._safely(self.store.peek, address)
        if tally is not None and tally.count >= self.limit:
            _too_many(tally)

    def record_failure(self, address: str) -> None:
        """Count one failed authentication from this address."""
        if self.limit <= 0:
            return
        self._safely(self.store.add, address, self.window)

    @staticmethod
    def _safely(operation, *args) -> Tally | None:
        # A broken counter store must not lock everybody out; the token check still runs.
        try:
            return operation(*args)
        except Exception:
            current_app.logger.warning("rate-limit store unavailable", exc_info=True)
            return None


def _too_many(tally: Tally) -> None:
    abort(
        429,
        "Too many failed authentication attempts from this address; "
        f"try again in {tally.retry_after} seconds.",
        headers={"Retry-After": str(tally.retry_after)},
    )


def client_address() -> str:
    """The address the request came from (after the configured proxies, see ProxyFix)."""
    return request.remote_addr or "unknown"


def make_store(redis_url: str | None) -> CounterStore:
    """Redis counters when a URL is configured, memory counters otherwise."""
    if redis_url:
        return RedisCounterStore.from_url(redis_url)
    return MemoryCounterStore()


def init_app(app: Flask) -> None:
    """Attach a limiter to the app, built from its configuration."""
    app.extensions[_EXTENSION_KEY] = AuthFailureLimiter(
        make_store(app.config.get("REDIS_URL")),
        limit=int(app.config["REBOUND_AUTH_FAILURE_LIMIT"]),
        window=int(app.config["REBOUND_AUTH_FAILURE_WINDOW"]),
    )


def auth_failure_limiter() -> AuthFailureLimiter:
    """The limiter of the current app."""
    return current_app.extensions[_EXTENSION_KEY]
