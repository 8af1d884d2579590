"""LinkedIn: the person on a profile, in both layouts, by full load and by in-app navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

SITE = "https://www.linkedin.com"
PANEL = "#rebound-panel-host"
MATCH = "POST /api/v1/profiles/match"


def _click_in_app(page, name: str) -> None:
    """Follow a link inside the page, as a user does; the app changes the URL with pushState."""
    page.get_by_role("link", name=name).first.click()


@pytest.mark.parametrize(
    ("slug", "layout", "shown"),
    [
        ("priya-raman-fa", "classic", "Priya Raman, Talent Partner, Fernhill Analytics"),
        ("tomas-ferreira-data", "sdui", "Tom, Staff Data Engineer, Fernhill Analytics"),
    ],
)
def test_full_load_shows_the_stored_interviewer(
    browser, api, fernhill, artifacts, slug, layout, shown
):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(f"{SITE}/in/{slug}/")
    panel = page.locator(PANEL)
    expect(panel.locator(".rb-title")).to_have_text("Rebound: someone you met")
    expect(panel.locator('[data-rb="person"]')).to_have_text(shown)
    expect(panel.get_by_text("Fernhill Analytics — Senior Data Engineer")).to_be_visible()
    notes = panel.locator('[data-rb="drafts"] .rb-card')
    expect(notes.first).to_contain_text("/ 200 characters")
    panel.screenshot(path=str(artifacts / f"linkedin-{layout}-panel.png"))


def test_in_app_navigation_follows_each_profile_and_fills_only_an_open_note(
    browser, api, fernhill, settle
):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(f"{SITE}/feed/")
    panel = page.locator(PANEL)
    matched = api.count(MATCH)

    _click_in_app(page, "Priya Raman")
    expect(page).to_have_url(f"{SITE}/in/priya-raman-fa/")
    expect(panel.locator('[data-rb="person"]')).to_contain_text("Priya Raman")

    # From one profile to the next: the panel changes person (never shows the previous one).
    _click_in_app(page, "People also viewed: Tomás Ferreira")
    expect(panel.locator('[data-rb="person"]')).to_contain_text("Tom, Staff Data Engineer")
    assert api.count(MATCH) == matched + 2

    # Someone not in the record: nothing on the page.
    _click_in_app(page, "Home")
    expect(panel).to_have_count(0)
    _click_in_app(page, "Alex Morgan")
    settle(page, api, MATCH, matched + 3)
    expect(panel).to_have_count(0)

    page.go_back()
    page.go_back()
    expect(page).to_have_url(f"{SITE}/in/tomas-ferreira-data/")
    expect(panel.locator('[data-rb="person"]')).to_contain_text("Tom, Staff Data Engineer")

    # The note box is closed: the note is only copied. Once the user opens it, it is filled.
    note = panel.locator('[data-rb="drafts"] .rb-card').first
    expect(note).to_be_visible()
    note_text = note.locator(".rb-draft").text_content()
    note.get_by_role("button", name="Fill the note").click()
    expect(note.get_by_role("status")).to_contain_text('Press Connect, then "Add a note"')
    page.get_by_role("button", name="Invite Tomás Ferreira to connect").click()
    page.get_by_role("button", name="Add a note").click()
    note.get_by_role("button", name="Fill the note").click()
    expect(page.locator('textarea[name="message"]')).to_have_value(note_text)
    assert page.evaluate("window.__rebound_e2e.invitations") == 0


def test_job_posting_at_a_company_with_history(browser, api, fernhill, artifacts):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(f"{SITE}/jobs/view/4012345678/")
    panel = page.locator(PANEL)
    expect(panel.locator('[data-rb="opening"]')).to_have_text(
        "Analytics Engineer at Fernhill Analytics"
    )
    panel.screenshot(path=str(artifacts / "linkedin-opening-panel.png"))
    openings = api.ok("GET", "/openings")
    assert [(o["company"], o["title"]) for o in openings] == [
        ("Fernhill Analytics", "Analytics Engineer")
    ]


def test_someone_unknown_at_a_company_with_history_can_be_added(browser, api, fernhill, artifacts):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(f"{SITE}/in/dana-whitfield-fa/")
    panel = page.locator(PANEL)
    expect(panel.locator(".rb-title")).to_have_text("Rebound: have you met?")
    expect(panel.locator('[data-rb="stranger"]')).to_have_text(
        "Dana Whitfield works at Fernhill Analytics, where you have history. Did you meet?"
    )
    panel.screenshot(path=str(artifacts / "linkedin-stranger-panel.png"))
    panel.get_by_role("button", name="Add Dana Whitfield as a contact").click()
    expect(panel.locator(".rb-title")).to_have_text("Rebound: someone you met")
    expect(panel.locator('[data-rb="person"]')).to_contain_text("Dana Whitfield")
    added = [c for c in api.ok("GET", "/contacts") if c["name"] == "Dana Whitfield"]
    assert [c["profile_key"] for c in added] == ["linkedin.com/in/dana-whitfield-fa"]
