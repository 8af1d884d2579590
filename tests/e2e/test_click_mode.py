""" "Only when I click": no script in mail or LinkedIn pages, and the popup reading on demand.

The toolbar button cannot be clicked in headless Chromium, so the popup page is opened the way
the browser would show it for the mail tab: in the same window as that tab, with the mail tab
staying the active one (the popup reads the active tab of its own window). Its access to the
tab then comes from the extension's host permissions, not from the click's activeTab grant.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

GMAIL = "https://mail.google.com/mail/u/0/#inbox/"
LINKEDIN = "https://www.linkedin.com/in/"
PANEL = "#rebound-panel-host"
CLASSIFY = "POST /api/v1/emails/classify"
PANEL_SCRIPTS = ["rebound-gmail", "rebound-linkedin", "rebound-outlook"]


def _extension_worlds(browser, page) -> list[str]:
    """Names of the script worlds the extension has in `page`: one per injected script run."""
    session = browser.context.new_cdp_session(page)
    origin = browser.base.rstrip("/")
    worlds: list[str] = []

    def record(event):
        context = event["context"]
        if context.get("origin") == origin:
            worlds.append(context.get("name", ""))

    try:
        session.on("Runtime.executionContextCreated", record)
        # Enabling the domain reports every context that already exists.
        session.send("Runtime.enable")
        page.wait_for_timeout(100)
        return worlds
    finally:
        session.detach()


def _choose_mode(browser, label: str, screenshot=None) -> None:
    """Pick a mode on the options page and save, as the user does."""
    page = browser.context.new_page()
    try:
        page.goto(browser.base + "options/options.html")
        page.get_by_role("radio", name=re.compile(label)).check()
        page.get_by_role("button", name="Save").click()
        expect(page.locator("#result")).to_have_text("Saved.")
        if screenshot:
            page.screenshot(path=str(screenshot), full_page=True)
    finally:
        page.close()


def _wait_for_registrations(browser, page, wanted: list[str]) -> None:
    for _ in range(100):
        if browser.registered_scripts() == wanted:
            return
        page.wait_for_timeout(100)
    assert browser.registered_scripts() == wanted


def test_click_mode_injects_nothing_and_automatic_registers_again(
    browser, api, fernhill, artifacts
):
    browser.configure(api)
    assert browser.registered_scripts() == PANEL_SCRIPTS
    open_tab = browser.context.new_page()
    open_tab.goto(GMAIL + "FMfcgzRejectFernhill")
    expect(open_tab.locator(PANEL).locator('[data-rb="interview-title"]')).to_be_visible()
    assert _extension_worlds(browser, open_tab), "the automatic panel runs in an isolated world"

    _choose_mode(browser, "Only when I click", artifacts / "options-click-mode.png")
    _wait_for_registrations(browser, open_tab, [])
    # The tab that was already open stops at once: its panel closes and a new message is not read.
    expect(open_tab.locator(PANEL)).to_have_count(0)
    classified = api.count(CLASSIFY)
    open_tab.evaluate("f => { location.hash = f; }", "inbox/FMfcgzRejectLumen")
    expect(open_tab.locator(".a3s")).to_contain_text("Lumen Robotics")

    fresh = browser.context.new_page()
    fresh.goto(GMAIL + "FMfcgzRejectFernhill")
    expect(fresh.locator(".a3s")).to_contain_text("Fernhill Analytics")
    # Long enough for a document_idle script to have run and asked the API, were there one.
    fresh.wait_for_timeout(400)
    expect(fresh.locator(PANEL)).to_have_count(0)
    assert _extension_worlds(browser, fresh) == []
    assert api.count(CLASSIFY) == classified

    _choose_mode(browser, "Automatically")
    _wait_for_registrations(browser, fresh, PANEL_SCRIPTS)
    fresh.reload()
    expect(fresh.locator(PANEL).locator('[data-rb="interview-title"]')).to_have_text(
        "Fernhill Analytics — Senior Data Engineer"
    )
    assert api.count(CLASSIFY) == classified + 1


# Runs in an extension page: a background tab in the same window, so `currentWindow` is the
# mail tab's window and the mail tab stays its active tab.
OPEN_BESIDE = """async ([tabUrl, popupUrl]) => {
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    await chrome.tabs.update(tab.id, { active: true });
    await chrome.tabs.create({ windowId: tab.windowId, url: popupUrl, active: false });
}"""


def _popup_for(browser, tab):
    """Open the popup page beside `tab` in its window, leaving `tab` the active one."""
    tab.bring_to_front()
    helper = browser.storage_page()
    try:
        with browser.context.expect_page() as opened:
            helper.evaluate(OPEN_BESIDE, [tab.url.split("#")[0], browser.base + "popup/popup.html"])
    finally:
        helper.close()
    popup = opened.value
    popup.set_viewport_size({"width": 380, "height": 640})
    return popup


def test_popup_reads_the_open_rejection_on_demand(browser, api, fernhill, artifacts):
    browser.configure(api, mode="click")
    mail = browser.context.new_page()
    mail.goto(GMAIL + "FMfcgzRejectFernhill")
    expect(mail.locator(".a3s")).to_contain_text("Fernhill Analytics")
    assert browser.registered_scripts() == []
    classified = api.count(CLASSIFY)

    popup = _popup_for(browser, mail)
    reading = popup.locator("#reading")
    expect(reading.locator(".rb-title")).to_have_text("Rebound: a rejection")
    expect(reading.locator('[data-rb="interview-title"]')).to_have_text(
        "Fernhill Analytics — Senior Data Engineer"
    )
    drafts = reading.locator('[data-rb="drafts"] .rb-draft')
    expect(drafts.first).to_be_visible()
    assert drafts.first.text_content().startswith("Hi Priya")
    assert api.count(CLASSIFY) == classified + 1
    popup.screenshot(path=str(artifacts / "popup-gmail-rejection.png"), full_page=True)
    # Reading on demand leaves nothing behind on the page itself.
    expect(mail.locator(PANEL)).to_have_count(0)


@pytest.mark.parametrize(
    ("slug", "layout", "shown"),
    [
        ("priya-raman-fa", "classic", "Priya Raman, Talent Partner, Fernhill Analytics"),
        ("tomas-ferreira-data", "sdui", "Tom, Staff Data Engineer, Fernhill Analytics"),
    ],
)
def test_popup_reads_the_open_profile_on_demand(
    browser, api, fernhill, artifacts, slug, layout, shown
):
    browser.configure(api, mode="click")
    profile = browser.context.new_page()
    profile.goto(f"{LINKEDIN}{slug}/")
    expect(profile.locator("main h1, main h2").first).to_be_visible()

    popup = _popup_for(browser, profile)
    reading = popup.locator("#reading")
    expect(reading.locator(".rb-title")).to_have_text("Rebound: someone you met")
    expect(reading.locator('[data-rb="person"]')).to_have_text(shown)
    expect(reading.get_by_text("Fernhill Analytics — Senior Data Engineer")).to_be_visible()
    popup.screenshot(path=str(artifacts / f"popup-linkedin-{layout}.png"), full_page=True)
    expect(profile.locator(PANEL)).to_have_count(0)
