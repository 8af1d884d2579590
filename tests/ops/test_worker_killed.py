"""A gunicorn worker killed in the middle of a request: the master replaces it, and the
service goes on. The request the worker held fails as a dropped connection (the client may
retry it), saves nothing, and the other worker's request is unaffected.
"""

from __future__ import annotations

import json
import os
import signal
import socket
from pathlib import Path

from ops_support import call, create_user, flask_cli, list_all, wait_until


def _start_request(port: int, token: str, role: str) -> tuple[socket.socket, bytes]:
    """Send the headers and half of a POST's body, so a worker is busy inside this request."""
    body = json.dumps({"company": "Adatum", "role": role}).encode()
    head = (
        "POST /api/v1/interviews HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    half = len(body) // 2
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    sock.sendall(head + body[:half])
    return sock, body[half:]


def _server_side_inode(client: socket.socket, server_port: int) -> str | None:
    """The inode of the server's end of this connection, from /proc/net/tcp."""
    client_port = client.getsockname()[1]
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        parts = line.split()
        local_port = int(parts[1].split(":")[1], 16)
        remote_port = int(parts[2].split(":")[1], 16)
        if (local_port, remote_port) == (server_port, client_port) and parts[9] != "0":
            return parts[9]
    return None


def _holder(client: socket.socket, server_port: int, pids: set[int]) -> int | None:
    """The worker that has accepted this connection (and so is inside its request)."""
    inode = _server_side_inode(client, server_port)
    if inode is None:
        return None
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) == f"socket:[{inode}]":
                    return pid
            except OSError:
                continue
    return None


def _finish_request(sock: socket.socket, rest: bytes) -> int | None:
    """Send the rest of the body; the status line's code, or None if the connection died."""
    try:
        sock.sendall(rest)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    except OSError:
        return None
    finally:
        sock.close()
    if not reply.startswith(b"HTTP/1."):
        return None
    return int(reply.split(b" ", 2)[1])


def test_killed_worker_is_replaced_and_service_goes_on(postgres, servers):
    flask_cli(postgres.url, "db", "upgrade")
    token = create_user(postgres.url, "workers@example.test")
    # Sync workers (one thread each), so each held request occupies its own worker.
    web = servers(postgres.url, workers=2, GUNICORN_THREADS="1")
    call(web.port, "POST", "/api/v1/interviews", token, {"company": "Adatum", "role": "warm-up"})
    workers = web.worker_pids()
    assert len(workers) == 2

    # Two requests in flight at once: with one sync worker each, both workers are busy.
    first = _start_request(web.port, token, "held by the killed worker")
    second = _start_request(web.port, token, "held by the other worker")

    def both_held():
        held = [_holder(sock, web.port, workers) for sock, _ in (first, second)]
        return held if all(held) else None

    holders = wait_until(both_held, 20, "both workers inside a request")
    victim = holders[0]
    assert holders[1] != victim
    os.kill(victim, signal.SIGKILL)

    assert _finish_request(*first) is None
    assert _finish_request(*second) == 201

    replaced = wait_until(
        lambda: len(web.worker_pids()) == 2 and victim not in web.worker_pids(),
        30,
        "a replacement worker",
    )
    assert replaced
    for n in range(20):
        answer = call(
            web.port,
            "POST",
            "/api/v1/interviews",
            token,
            {"company": "Adatum", "role": f"after {n}"},
        )
        assert answer.status == 201
    assert call(web.port, "GET", "/api/v1/health").status == 200

    roles = [row["role"] for row in list_all(web.port, token, "/api/v1/interviews")]
    held = [role for role in roles if role.startswith("held by")]
    assert held == ["held by the other worker"]  # the killed worker's request saved nothing
    assert len(roles) == 1 + 1 + 20
    assert "Traceback" not in web.log()
