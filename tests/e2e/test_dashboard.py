"""The dashboard: the record editable, the plan, export, and the chart of the search."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_dashboard_edits_the_record_and_draws_the_search(browser, api, fernhill, artifacts):
    browser.configure(api)
    page = browser.context.new_page()
    page.goto(browser.base + "dashboard/dashboard.html")
    expect(page.locator("#connection")).to_have_text("Signed in as jordan@ellis-mail.example.")

    chart = page.locator("#search-chart svg")
    expect(chart).to_be_visible()
    expect(chart.locator("title").first).to_have_text("The search over time, by month")
    assert chart.locator("rect").count() >= 5
    page.screenshot(path=str(artifacts / "dashboard-overview.png"), full_page=True)

    page.get_by_role("tab", name="Interviews").click()
    row = page.locator(f'#interviews tr[data-id="{fernhill.interview_id}"]')
    expect(row.get_by_label("Role of Fernhill Analytics Senior Data Engineer")).to_have_value(
        "Senior Data Engineer"
    )
    row.get_by_label("Status of Fernhill Analytics Senior Data Engineer").select_option("rejected")
    row.get_by_label("Rejected on of Fernhill Analytics Senior Data Engineer").fill("2026-11-16")
    row.get_by_role("button", name="Save Fernhill Analytics Senior Data Engineer").click()
    expect(row.get_by_role("status")).to_have_text("Saved.")
    stored = api.ok("GET", f"/interviews/{fernhill.interview_id}")
    assert (stored["status"], stored["rejected_on"]) == ("rejected", "2026-11-16")

    form = page.get_by_role("form", name="Add an interview")
    form.get_by_label("New: Company").fill("Orchard Systems")
    form.get_by_label("New: Role").fill("Platform Engineer")
    form.get_by_role("button", name="Add").click()
    new_row = page.locator("#interviews").get_by_label("Role of Orchard Systems Platform Engineer")
    expect(new_row).to_have_value("Platform Engineer")
    companies = sorted(i["company"] for i in api.ok("GET", "/interviews"))
    assert companies == ["Fernhill Analytics", "Orchard Systems"]

    page.get_by_role("tab", name="People").click()
    tom = page.locator(f'#people tr[data-id="{fernhill.contact_ids["tomas"]}"]')
    tom.get_by_label("Do not contact of Tomás Ferreira").check()
    tom.get_by_role("button", name="Save Tomás Ferreira").click()
    expect(tom.get_by_role("status")).to_have_text("Saved.")
    assert api.ok("GET", f"/contacts/{fernhill.contact_ids['tomas']}")["do_not_contact"] is True

    touch = api.ok(
        "POST",
        "/touchpoints",
        {
            "contact_id": fernhill.contact_ids["priya"],
            "interview_id": fernhill.interview_id,
            "channel": "email",
            "kind": "thank_you",
            "status": "drafted",
            "text": "Thank you for walking me through the data team.",
        },
    )
    page.get_by_role("tab", name="Timeline").click()
    entry = page.locator(f'#timeline tr[data-id="{touch["id"]}"]')
    expect(entry.get_by_label("Person of Thank-you note Priya Raman")).to_have_value(
        str(fernhill.contact_ids["priya"])
    )
    entry.get_by_label("Status of Thank-you note Priya Raman").select_option("sent")
    entry.get_by_role("button", name="Save Thank-you note Priya Raman").click()
    expect(entry.get_by_role("status")).to_have_text("Saved.")
    assert api.ok("GET", f"/touchpoints/{touch['id']}")["status"] == "sent"

    page.get_by_role("tab", name="Plan").click()
    expect(page.locator("#plan .rb-title")).to_have_text("The plan")
    expect(page.locator("#plan [data-rb='due-item']").first).to_be_visible()

    page.get_by_role("tab", name="Export and import").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the export").click()
    exported = download.value.path()
    doc = json.loads(exported.read_text())
    assert doc["format"] == "rebound-export"
    assert len(doc["interviews"]) == 2

    # Importing the same file over everything gives back the same record.
    page.get_by_label("Export file").set_input_files(str(exported))
    page.get_by_label("Replace everything on the server with this file").check()
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#data-result")).to_contain_text("Imported")
    assert api.ok("GET", "/export") == doc
