"""The options page stores its settings and says exactly what is wrong with a connection."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def _open_options(browser):
    page = browser.context.new_page()
    page.goto(browser.base + "options/options.html")
    return page


def test_saves_settings_and_account_and_tests_the_connection(browser, api, artifacts):
    page = _open_options(browser)
    page.get_by_label("API address").fill(api.url + "/")
    page.get_by_label("API token").fill(api.token)
    page.get_by_role("radio", name=re.compile("Only when I click")).check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#result")).to_have_text("Saved.")

    stored = browser.stored("settings")
    assert stored["apiUrl"] == api.url
    assert stored["token"] == api.token
    assert stored["mode"] == "click"

    # With the server reachable, the account settings load and save through PATCH /me.
    expect(page.locator("#account-state")).to_contain_text("jordan@ellis-mail.example")
    page.get_by_label("LinkedIn account").select_option("premium")
    page.get_by_label("Signature").fill("Jordan Ellis\nData engineer")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#result")).to_have_text("Saved.")
    me = api.ok("GET", "/me")
    assert me["linkedin_account"] == "premium"
    assert me["signature"] == "Jordan Ellis\nData engineer"

    page.get_by_role("button", name="Test connection").click()
    expect(page.locator("#result")).to_have_text(
        "Connected to Rebound v1 as jordan@ellis-mail.example."
    )
    page.screenshot(path=str(artifacts / "options-connected.png"))

    # A reload shows what was stored.
    page.reload()
    expect(page.get_by_label("API address")).to_have_value(api.url)
    expect(page.get_by_role("radio", name=re.compile("Only when I click"))).to_be_checked()
    expect(page.get_by_label("LinkedIn account")).to_have_value("premium")


@pytest.mark.parametrize(
    ("address", "token", "message"),
    [
        ("{api}", "rb_not-a-real-token", "The server refused the token (401)"),
        ("http://127.0.0.1:{dead}", "{token}", "did not answer"),
        ("{api}/elsewhere", "{token}", "wrong version, or not a Rebound server"),
        ("{api}", "", "Enter the API token."),
        ("ftp://127.0.0.1", "{token}", "must start with http:// or https://"),
    ],
    ids=["bad-token", "unreachable", "wrong-version", "no-token", "bad-address"],
)
def test_test_connection_names_the_problem(browser, api, unused_port, address, token, message):
    page = _open_options(browser)
    page.get_by_label("API address").fill(address.format(api=api.url, dead=unused_port))
    page.get_by_label("API token").fill(token.format(token=api.token))
    page.get_by_role("button", name="Test connection").click()
    result = page.locator("#result")
    expect(result).to_contain_text(message)
    expect(result).to_have_attribute("data-kind", "error")
