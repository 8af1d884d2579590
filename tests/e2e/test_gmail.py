"""Gmail: the panel for a rejection, nothing for other mail, and following the single-page app."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

INBOX = "https://mail.google.com/mail/u/0/"
PANEL = "#rebound-panel-host"
CLASSIFY = "POST /api/v1/emails/classify"


def _open(browser, fragment: str, query: str = ""):
    page = browser.context.new_page()
    page.goto(INBOX + query + "#" + fragment)
    return page


def _go(page, fragment: str) -> None:
    """In-app navigation, as clicking a conversation in Gmail does."""
    page.evaluate("f => { location.hash = f; }", fragment)


def test_rejection_shows_interview_drafts_and_fills_the_reply(browser, api, fernhill, artifacts):
    browser.configure(api)
    page = _open(browser, "inbox/FMfcgzRejectFernhill")
    panel = page.locator(PANEL)

    expect(panel.locator(".rb-title")).to_have_text("Rebound: a rejection")
    expect(panel.locator('[data-rb="interview-title"]')).to_have_text(
        "Fernhill Analytics — Senior Data Engineer"
    )
    drafts = panel.locator('[data-rb="drafts"] .rb-draft')
    expect(drafts.first).to_be_visible()
    assert drafts.count() >= 2
    first_draft = drafts.first.text_content()
    # Priya sent it and is in the record, so the reply greets her by name.
    assert first_draft.startswith("Hi Priya"), first_draft
    expect(panel.locator('[data-rb="next"] h3')).to_have_text("What comes next")
    panel.screenshot(path=str(artifacts / "gmail-rejection-panel.png"))

    # The reply box is not open: "Insert into reply" opens it (the one click allowed) and fills
    # it; sending stays with the user.
    panel.get_by_role("button", name="Insert into reply").first.click()
    editor = page.locator('[g_editable="true"]')
    expect(editor).to_contain_text(first_draft.splitlines()[0])
    expect(panel.get_by_text("Read it over, then send it yourself.")).to_be_visible()
    assert page.evaluate("window.__rebound_e2e.sent") == 0

    # The user sent it (themselves) and says so: the touchpoint restarts the plan's clock.
    first_card = panel.locator('[data-rb="drafts"] .rb-card').first
    first_card.get_by_role("button", name="I sent this").click()
    expect(first_card.get_by_text("Logged as sent.")).to_be_visible()
    logged = api.ok("GET", "/touchpoints")
    assert [(t["kind"], t["channel"], t["status"]) for t in logged] == [
        ("rejection_reply", "email", "sent")
    ]
    assert logged[0]["text"] == first_draft

    panel.get_by_role("button", name="Mark the interview as rejected").click()
    expect(panel.get_by_text("Recorded on the interview.")).to_be_visible()
    assert api.ok("GET", f"/interviews/{fernhill.interview_id}")["status"] == "rejected"
    # With the rejection on record, the plan names what comes next for this interview.
    expect(panel.locator('[data-rb="next"] li').first).to_be_visible()
    panel.screenshot(path=str(artifacts / "gmail-rejection-recorded.png"))


def test_other_mail_shows_nothing_and_the_panel_follows_navigation(
    browser, api, fernhill, settle, artifacts
):
    browser.configure(api)
    page = _open(browser, "inbox/FMfcgzRejectFernhill")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="interview-title"]')).to_contain_text("Fernhill Analytics")

    classified = api.count(CLASSIFY)
    _go(page, "inbox/FMfcgzInviteOrchard")
    settle(page, api, CLASSIFY, classified + 1)
    expect(panel).to_have_count(0)

    # A rejection from a company with no stored interview offers to save one.
    _go(page, "inbox/FMfcgzRejectLumen")
    expect(panel.get_by_text("No saved interview matches this email.")).to_be_visible()
    panel.screenshot(path=str(artifacts / "gmail-rejection-no-interview.png"))
    expect(panel.get_by_label("Company")).to_have_value("Lumen Robotics")
    panel.get_by_label("Role").fill("Controls Engineer")
    panel.get_by_role("button", name="Save as a new interview").click()
    expect(panel.get_by_text("Saved and marked as rejected.")).to_be_visible()
    expect(panel.locator('[data-rb="drafts"] .rb-draft').first).to_be_visible()
    saved = [i for i in api.ok("GET", "/interviews") if i["company"] == "Lumen Robotics"]
    assert [(i["role"], i["status"]) for i in saved] == [("Controls Engineer", "rejected")]

    _go(page, "inbox")
    expect(panel).to_have_count(0)
    _go(page, "inbox/FMfcgzRejectFernhill")
    expect(panel.locator('[data-rb="interview-title"]')).to_contain_text("Fernhill Analytics")


def test_reading_pane_layout_updates_without_a_hash_change(
    browser, api, fernhill, settle, artifacts
):
    browser.configure(api)
    page = _open(browser, "inbox", query="?pane=1&theme=dark")
    panel = page.locator(PANEL)
    page.locator('tr.zA[data-key="FMfcgzRejectFernhill"]').click()
    expect(panel.locator('[data-rb="interview-title"]')).to_contain_text("Fernhill Analytics")
    assert page.evaluate("location.hash") == "#inbox"
    # The page is dark, so the panel is too.
    expect(panel).to_have_attribute("data-theme", "dark")
    page.screenshot(path=str(artifacts / "gmail-reading-pane-dark.png"))

    classified = api.count(CLASSIFY)
    page.locator('tr.zA[data-key="FMfcgzInviteOrchard"]').click()
    settle(page, api, CLASSIFY, classified + 1)
    expect(panel).to_have_count(0)


def test_dismissed_message_stays_quiet_and_snooze_is_stored(browser, api, fernhill, settle):
    browser.configure(api)
    page = _open(browser, "inbox/FMfcgzRejectFernhill")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="interview-title"]')).to_be_visible()
    panel.get_by_role("button", name="Dismiss the panel for this message").click()
    expect(panel).to_have_count(0)

    _go(page, "inbox/FMfcgzRejectLumen")
    expect(panel.get_by_text("No saved interview matches this email.")).to_be_visible()
    panel.get_by_role("button", name="Snooze this panel for one day").click()
    expect(panel).to_have_count(0)

    hidden = browser.stored("hiddenViews")
    assert hidden["gmail:msg-f:1849203384756120001"] == "forever"
    assert isinstance(hidden["gmail:msg-f:1849203384756120003"], int)

    # Coming back to a dismissed message reads nothing and shows nothing.
    classified = api.count(CLASSIFY)
    _go(page, "inbox/FMfcgzInviteOrchard")
    settle(page, api, CLASSIFY, classified + 1)
    _go(page, "inbox/FMfcgzRejectFernhill")
    page.wait_for_timeout(400)
    expect(panel).to_have_count(0)
    assert api.count(CLASSIFY) == classified + 1


def test_panel_keeps_working_after_the_worker_is_stopped(browser, api, fernhill):
    browser.configure(api)
    page = _open(browser, "inbox/FMfcgzRejectFernhill")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="drafts"] .rb-draft').first).to_be_visible()

    states = browser.stop_worker()
    assert states[-1] == "stopped"
    # Mid-flow: the panel on screen asks the (stopped) worker for new drafts and to record.
    panel.get_by_label("Tone of the drafts").select_option("brief")
    expect(panel.locator('[data-rb="drafts"] .rb-draft').first).to_be_visible()
    panel.get_by_role("button", name="Mark the interview as rejected").click()
    expect(panel.get_by_text("Recorded on the interview.")).to_be_visible()

    browser.stop_worker()
    _go(page, "inbox/FMfcgzRejectLumen")
    expect(panel.get_by_text("No saved interview matches this email.")).to_be_visible()


def test_only_when_i_click_reads_nothing(browser, api, fernhill, settle):
    browser.configure(api, mode="click")
    page = _open(browser, "inbox/FMfcgzRejectFernhill")
    expect(page.locator(".a3s")).to_be_visible()
    classified = api.count(CLASSIFY)
    # A second, automatic-mode tab proves the extension is up and answering.
    browser.configure(api, mode="auto")
    other = _open(browser, "inbox/FMfcgzInviteOrchard")
    settle(other, api, CLASSIFY, classified + 1)
    assert api.count(CLASSIFY) == classified + 1
    expect(page.locator(PANEL)).to_have_count(0)


def test_a_message_it_cannot_read_says_so(browser, api, artifacts):
    browser.configure(api)
    classified = api.count(CLASSIFY)
    page = _open(browser, "inbox/FMfcgzNoSender")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="unreadable"]')).to_have_text(
        "Rebound could not read this page."
    )
    expect(panel).to_contain_text("Not found: sender.")
    # A half-read message is never sent for classification.
    assert api.count(CLASSIFY) == classified
    panel.screenshot(path=str(artifacts / "gmail-unreadable.png"))
