"""Outlook on the web: the panel on its old and new hosts, following pushState navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

PANEL = "#rebound-panel-host"
CLASSIFY = "POST /api/v1/emails/classify"


@pytest.mark.parametrize("host", ["outlook.office.com", "outlook.cloud.microsoft"])
def test_rejection_panel_follows_the_selected_message(
    browser, api, fernhill, settle, artifacts, host
):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(f"https://{host}/mail/inbox/id/AAMkRejectFernhill")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="interview-title"]')).to_have_text(
        "Fernhill Analytics — Senior Data Engineer"
    )
    expect(panel.locator('[data-rb="drafts"] .rb-draft').first).to_be_visible()
    panel.screenshot(path=str(artifacts / f"outlook-{host.split('.')[1]}-panel.png"))

    # Outlook's own Reply opens the box; "Insert into reply" only fills it.
    page.get_by_role("button", name="Reply", exact=True).click()
    first_line = panel.locator('[data-rb="drafts"] .rb-draft').first.text_content().splitlines()[0]
    panel.get_by_role("button", name="Insert into reply").first.click()
    expect(page.get_by_role("textbox", name="Message body, press Alt+F10 to exit")).to_contain_text(
        first_line
    )
    assert page.evaluate("window.__rebound_e2e.sent") == 0

    classified = api.count(CLASSIFY)
    page.get_by_role("option", name="Scheduling your onsite interview at Orchard Systems").click()
    expect(page).to_have_url(f"https://{host}/mail/inbox/id/AAMkInviteOrchard")
    settle(page, api, CLASSIFY, classified + 1)
    expect(panel).to_have_count(0)

    page.go_back()
    expect(panel.locator('[data-rb="interview-title"]')).to_contain_text("Fernhill Analytics")
