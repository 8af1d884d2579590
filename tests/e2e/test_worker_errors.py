"""The worker turns every kind of API trouble into one clear, named state for the panel."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

# (settings overrides, request to the worker, expected error kind, words the user reads)
CASES = [
    ({}, {"path": "/no-such-endpoint"}, "not_available", "Not available on this server"),
    ({}, {"method": "DELETE", "path": "/plan"}, "not_available", "Not available on this server"),
    (
        {},
        {"path": "/interviews/987654", "resource": True},
        "not_found",
        "Not found on the server",
    ),
    ({}, {"method": "POST", "path": "/interviews", "body": {}}, "invalid", "could not accept"),
    ({"token": "rb_wrong"}, {"path": "/plan"}, "bad_token", "refused the token (401)"),
    ({"token": ""}, {"path": "/plan"}, "not_configured", "not set up yet"),
    ({"apiUrl": "http://127.0.0.1:{dead}"}, {"path": "/plan"}, "unreachable", "did not answer"),
    (
        {"apiUrl": "https://rebound.example.org"},
        {"path": "/plan"},
        "no_permission",
        "press Save to grant access",
    ),
]


def test_each_failure_has_its_own_state(browser, api, unused_port):
    page = browser.context.new_page()
    page.goto(browser.base + "dashboard/dashboard.html")
    for overrides, request, kind, words in CASES:
        settings = {k: v.format(dead=unused_port) for k, v in overrides.items()}
        browser.configure(api, **settings)
        answer = page.evaluate("r => Rebound.send('api', r)", request)
        assert answer["ok"] is False, (request, answer)
        assert answer["error"]["kind"] == kind, (request, answer)
        assert words in answer["error"]["message"], (request, answer)

    browser.configure(api)
    invalid = page.evaluate(
        "() => Rebound.send('api', {method: 'POST', path: '/interviews', body: {}})"
    )
    assert "company" in invalid["error"]["fields"]["json"]


def test_requests_from_web_pages_cannot_reach_the_privileged_handlers(browser, api):
    browser.configure(api)
    worker = next(w for w in browser.context.service_workers if w.url.startswith(browser.base))
    answers = worker.evaluate(
        """async () => {
            const id = chrome.runtime.id;
            const web = { id, url: 'https://mail.google.com/mail/u/0/', tab: {} };
            const own = { id, url: chrome.runtime.getURL('dashboard/dashboard.html') };
            return {
                api: await Rebound.dispatch({ type: 'api', payload: { path: '/me' } }, web),
                test: await Rebound.dispatch({ type: 'testConnection', payload: {} }, web),
                unknown: await Rebound.dispatch({ type: 'deleteEverything', payload: {} }, own),
                status: await Rebound.dispatch({ type: 'getStatus', payload: {} }, web),
                ownApi: await Rebound.dispatch({ type: 'api', payload: { path: '/me' } }, own),
            };
        }"""
    )
    assert answers["api"]["error"]["kind"] == "forbidden"
    assert answers["test"]["error"]["kind"] == "forbidden"
    assert answers["unknown"]["error"]["kind"] == "invalid"
    # What a page may learn: the mode, never the token or the address.
    assert answers["status"]["data"] == {"mode": "auto", "configured": True}
    assert answers["ownApi"]["data"]["email"] == "jordan@ellis-mail.example"
