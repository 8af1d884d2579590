"""The toolbar popup away from mail and LinkedIn: what is due, with one click to the draft."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_popup_lists_what_is_due_with_a_draft_a_click_away(browser, api, fernhill, artifacts):
    # A recorded rejection makes a reply due within two days.
    today = datetime.now(UTC).date().isoformat()
    api.ok(
        "PATCH",
        f"/interviews/{fernhill.interview_id}",
        {"status": "rejected", "rejected_on": today},
    )
    browser.configure(api)
    page = browser.context.new_page()
    page.set_viewport_size({"width": 380, "height": 600})
    page.goto(browser.base + "popup/popup.html")
    popup = page.locator("#reading")
    expect(popup.locator(".rb-title")).to_have_text("Rebound: what is due")
    expect(popup.get_by_role("heading", name="Due today")).to_be_visible()
    item = popup.locator('[data-rb="due-item"]').first
    expect(item).to_be_visible()
    item.get_by_role("button", name="Draft").click()
    expect(item.locator(".rb-draft").first).to_be_visible()
    page.screenshot(path=str(artifacts / "popup-due.png"), full_page=True)
