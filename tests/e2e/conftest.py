"""End-to-end fixtures: the real API in a subprocess, and Chromium with the unpacked extension.

The API runs with `flask --app server run` on a free loopback port over a temporary SQLite
database, after `db upgrade` and `users create`, exactly as a user sets it up. Each test gets
its own Chromium profile with the extension loaded; the web sites are our own fixture pages
served at the real host names through `context.route`, and every other request is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
ARTIFACTS = ROOT / "artifacts" / "e2e"
CHROMIUM = os.environ.get("REBOUND_CHROMIUM", "/usr/bin/chromium")
USER_EMAIL = "jordan@ellis-mail.example"
START_TIMEOUT_S = 30
FLASK = (sys.executable, "-m", "flask", "--app", "server")

# Host name -> the fixture app that stands in for it; any path on the host gets the app's page.
SITES = {
    "mail.google.com": "gmail-app",
    "outlook.office.com": "outlook-app",
    "outlook.cloud.microsoft": "outlook-app",
    "www.linkedin.com": "linkedin-app",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class ApiServer:
    """The running API: its address, the user's token, and a JSON client for seeding."""

    url: str
    token: str
    log_path: Path
    calls: list = field(default_factory=list)

    def request(self, method: str, path: str, body=None, token: str | None = None):
        """Call the API as the extension would; returns (status, parsed JSON or None)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + "/api/v1" + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + (token or self.token))
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as err:
            raw = err.read()
            return err.code, json.loads(raw) if raw else None

    def ok(self, method: str, path: str, body=None):
        """Like request(), but fail the test unless the API accepted the call."""
        status, data = self.request(method, path, body)
        assert 200 <= status < 300, f"{method} {path} -> {status}: {data}"
        return data

    def count(self, fragment: str) -> int:
        """How many requests whose log line contains `fragment` the server has answered."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return sum(1 for line in text.splitlines() if fragment in line and '" 2' in line)


def _flask(env: dict, *args: str) -> str:
    result = subprocess.run(
        [*FLASK, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"flask {' '.join(args)} failed:\n{result.stderr}"
    return result.stdout


def _wait_until_healthy(url: str, proc: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("the API exited at start:\n" + log_path.read_text())
        try:
            with urllib.request.urlopen(url + "/api/v1/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail("the API did not answer /api/v1/health in time:\n" + log_path.read_text())


@pytest.fixture(scope="session")
def api_server(tmp_path_factory):
    """Start the real API once for the e2e session; stopped whatever the tests' outcome."""
    workdir = tmp_path_factory.mktemp("e2e-api")
    env = dict(os.environ)
    env.update(
        DATABASE_URL=f"sqlite:///{workdir / 'rebound.sqlite3'}",
        FLASK_DEBUG="0",
        PYTHONUNBUFFERED="1",
    )
    _flask(env, "db", "upgrade")
    token = _flask(env, "users", "create", "--email", USER_EMAIL, "--name", "Jordan Ellis")
    token = token.strip().splitlines()[-1].strip()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = workdir / "server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [*FLASK, "run", "--host", "127.0.0.1", "--port", str(port), "--no-reload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(url, proc, log_path)
        yield ApiServer(url=url, token=token, log_path=log_path)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def api(api_server):
    """The API with an empty record for this test (the account and its token stay)."""
    api_server.ok("DELETE", "/me/data")
    api_server.ok("PATCH", "/me", {"linkedin_account": "free", "signature": "Jordan"})
    return api_server


def _serve(route, request, api_url: str) -> None:
    host = request.url.split("/")[2]
    # The extension's own files, and the API on loopback, go through untouched.
    if not request.url.startswith(("http:", "https:")) or request.url.startswith(api_url + "/"):
        route.continue_()
        return
    app = SITES.get(host)
    if app is None:
        route.abort("blockedbyclient")
        return
    path = request.url.split("/", 3)[3].split("?")[0].split("#")[0]
    if path == f"e2e/{app}.js":
        route.fulfill(path=PAGES / f"{app}.js", content_type="text/javascript")
    else:
        route.fulfill(path=PAGES / f"{app}.html", content_type="text/html; charset=utf-8")


@dataclass
class Browser:
    """Chromium with the extension: the context, the worker and a few helpers."""

    context: object
    extension_id: str

    @property
    def base(self) -> str:
        return f"chrome-extension://{self.extension_id}/"

    def storage_page(self):
        """An extension page with no script of its own: full chrome.* access, wakes nothing."""
        page = self.context.new_page()
        page.goto(self.base + "icons/icon-16.png")
        return page

    def configure(self, api: ApiServer | None, **overrides) -> None:
        """Store the extension's settings the way the options page does, then wait until the
        worker has registered the panel's scripts (automatic mode) or removed them (click)."""
        settings = {"version": 1, "apiUrl": api.url if api else "", "token": "", "mode": "auto"}
        if api:
            settings["token"] = api.token
        settings.update(overrides)
        page = self.storage_page()
        try:
            page.evaluate("s => chrome.storage.local.set({settings: s})", settings)
            wanted = settings["mode"] == "auto"
            _wait(page, lambda: bool(_registered_ids(page)) == wanted)
        finally:
            page.close()

    def worker(self):
        """The extension's running service worker (woken by the browser when needed)."""
        for worker in self.context.service_workers:
            if worker.url.startswith(self.base):
                return worker
        return self.context.wait_for_event("serviceworker")

    def registered_scripts(self) -> list[str]:
        """Ids of the content scripts registered now, as the service worker sees them."""
        return sorted(self.worker().evaluate(REGISTERED_IDS))

    def stored(self, key: str):
        """One value from the extension's local storage."""
        page = self.storage_page()
        try:
            return page.evaluate("async k => (await chrome.storage.local.get(k))[k]", key)
        finally:
            page.close()

    def stop_worker(self) -> list[str]:
        """Stop the extension's service worker as the browser does when it is idle.

        Returns the running states DevTools reported for it, ending with "stopped".
        """
        page = self.storage_page()
        session = self.context.new_cdp_session(page)
        states: dict[str, list[str]] = {}

        def record(event):
            for version in event["versions"]:
                if version["scriptURL"].startswith(self.base):
                    states.setdefault(version["versionId"], []).append(version["runningStatus"])

        try:
            session.on("ServiceWorker.workerVersionUpdated", record)
            session.send("ServiceWorker.enable")
            _wait(page, lambda: any(s[-1] == "running" for s in states.values()))
            for version_id, seen in states.items():
                if seen[-1] == "running":
                    session.send("ServiceWorker.stopWorker", {"versionId": version_id})
            _wait(page, lambda: all(s[-1] == "stopped" for s in states.values()))
            return [state for seen in states.values() for state in seen]
        finally:
            session.detach()
            page.close()


REGISTERED_IDS = "async () => (await chrome.scripting.getRegisteredContentScripts()).map(s => s.id)"


def _registered_ids(page) -> list[str]:
    """Ids of the registered content scripts, read from an extension page."""
    return page.evaluate(REGISTERED_IDS)


def _wait(page, condition, timeout_ms: int = 10_000) -> None:
    """Let the browser run until `condition()` holds (DevTools events arrive meanwhile)."""
    waited = 0
    while not condition():
        assert waited < timeout_ms, "condition not reached"
        page.wait_for_timeout(50)
        waited += 50


def _close_welcome_tab(browser: Browser) -> None:
    """The extension opens its options on install, in the first tab; blank it for the tests."""
    options_url = browser.base + "options/options.html"
    first = browser.context.pages[0] if browser.context.pages else browser.context.new_page()
    _wait(first, lambda: any(p.url == options_url for p in browser.context.pages))
    for page in browser.context.pages:
        if page.url == options_url:
            page.goto("about:blank")


@pytest.fixture
def browser(tmp_path, api_server):
    """A fresh Chromium profile with the unpacked extension; closed in `finally`."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path / "profile"
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                f"--disable-extensions-except={EXTENSION}",
                f"--load-extension={EXTENSION}",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            context.route("**/*", lambda route, request: _serve(route, request, api_server.url))
            worker = (
                context.service_workers[0]
                if context.service_workers
                else context.wait_for_event("serviceworker")
            )
            browser = Browser(context=context, extension_id=worker.url.split("/")[2])
            _close_welcome_tab(browser)
            yield browser
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def artifacts() -> Path:
    """Where screenshots go (gitignored); kept after the run as test artifacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on."""
    return _free_port()


@dataclass
class Seeded:
    """Ids of what a test stored through the API."""

    interview_id: int
    contact_ids: dict[str, int]


@pytest.fixture
def fernhill(api) -> Seeded:
    """An interview at Fernhill Analytics with two people met, as the user would record it."""
    api.ok(
        "POST",
        "/companies",
        {"name": "Fernhill Analytics", "domains": ["fernhill-analytics.example"]},
    )
    interview = api.ok(
        "POST",
        "/interviews",
        {
            "company": "Fernhill Analytics",
            "role": "Senior Data Engineer",
            "status": "interviewing",
            "applied_on": "2026-10-01",
            "notes": "Talked about migrating the event schema without downtime.",
        },
    )
    priya = api.ok(
        "POST",
        "/contacts",
        {
            "name": "Priya Raman",
            "title": "Talent Partner",
            "company": "Fernhill Analytics",
            "email": "priya.raman@fernhill-analytics.example",
            "linkedin_url": "https://www.linkedin.com/in/priya-raman-fa/",
            "notes": "Walked me through how the data team is organised.",
        },
    )
    tomas = api.ok(
        "POST",
        "/contacts",
        {
            "name": "Tomás Ferreira",
            "preferred_name": "Tom",
            "title": "Staff Data Engineer",
            "company": "Fernhill Analytics",
            "linkedin_url": "https://www.linkedin.com/in/tomas-ferreira-data/",
            "notes": "Discussed backfilling a warehouse table while it is being read.",
            "warmth": 4,
        },
    )
    api.ok(
        "POST",
        f"/interviews/{interview['id']}/rounds",
        {
            "kind": "technical",
            "held_on": "2026-10-20T15:00:00Z",
            "duration_minutes": 60,
            "contact_ids": [priya["id"], tomas["id"]],
        },
    )
    return Seeded(interview["id"], {"priya": priya["id"], "tomas": tomas["id"]})


def _settle(page, api: ApiServer, fragment: str, count: int) -> None:
    """Wait until the API has answered `count` requests matching `fragment`, then let the
    page draw whatever it would draw from the answer (to check that nothing was drawn)."""
    _wait(page, lambda: api.count(fragment) >= count)
    page.wait_for_timeout(400)


@pytest.fixture
def settle():
    """settle(page, api, fragment, count): see _settle."""
    return _settle
