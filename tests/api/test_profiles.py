"""Recognising a LinkedIn profile through the API, the way the extension asks."""

from datetime import UTC, datetime, timedelta

import pytest

from server.extensions import db
from server.models import Rejection, Touchpoint

MATCH = "/api/v1/profiles/match"
FROM_PROFILE = "/api/v1/contacts/from-profile"
MIRA_URL = "https://www.linkedin.com/in/mira-okafor-4b2/"
# Longer than any custom address LinkedIn allows, and than the stored key may be.
LONG_SLUG_URL = "https://www.linkedin.com/in/" + "m" * 400


def post(client, user, path, body):
    return client.post(path, json=body, headers=user.headers)


def contact(client, user, **body):
    created = post(client, user, "/api/v1/contacts", body)
    assert created.status_code == 201, created.json
    return created.json


def interview_with(client, user, company, people, **fields):
    """An interview at `company` with one round in which `people` (contact ids) took part."""
    created = post(
        client, user, "/api/v1/interviews", {"company": company, "role": "SRE", **fields}
    )
    assert created.status_code == 201, created.json
    round_ = post(
        client,
        user,
        f"/api/v1/interviews/{created.json['id']}/rounds",
        {"kind": "onsite", "held_on": "2026-10-01T15:00:00Z", "contact_ids": people},
    )
    assert round_.status_code == 201, round_.json
    return created.json


@pytest.mark.parametrize(
    "url",
    [
        MIRA_URL,
        "https://de.linkedin.com/in/Mira-Okafor-4B2?locale=de_DE",
        "linkedin.com/in/mira-okafor-4b2/details/experience/",
        "https://m.linkedin.com/in/mira-okafor-4b2#about",
    ],
)
def test_exact_profile_url_finds_the_contact_in_any_form(client, user, url):
    mira = contact(client, user, name="Mira Okafor", company="Acme", linkedin_url=MIRA_URL)
    answer = post(client, user, MATCH, {"profile_url": url, "name": "Totally Different"})
    assert answer.status_code == 200, answer.json
    assert answer.json["contact"]["id"] == mira["id"]
    assert answer.json["candidates"][0]["score"] == 1.0
    assert answer.json["candidates"][0]["why"] == "same LinkedIn profile URL"
    assert answer.json["connection"] == {"state": "unknown"}


def test_answer_has_interviews_met_and_at_the_company(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme")
    met = interview_with(client, user, "Acme", [mira["id"]])
    other = post(client, user, "/api/v1/interviews", {"company": "Acme", "role": "Analyst"}).json
    elsewhere = post(client, user, "/api/v1/interviews", {"company": "Globex", "role": "SRE"}).json
    answer = post(
        client, user, MATCH, {"name": "Mira Okafor", "headline": "Engineering Manager at Acme"}
    )
    assert answer.json["contact"]["id"] == mira["id"]
    interviews = answer.json["interviews"]
    assert [i["id"] for i in interviews] == [met["id"], other["id"]]
    assert interviews[0]["met"] is True and interviews[0]["rounds_met"][0]["kind"] == "onsite"
    assert interviews[1]["met"] is False and interviews[1]["rounds_met"] == []
    assert elsewhere["id"] not in [i["id"] for i in interviews]
    assert interviews[0]["company"] == "Acme"


@pytest.mark.parametrize(
    ("stored", "preferred", "seen", "headline", "company"),
    [
        ("José García", None, "Jose Garcia", "PM at Acme", ""),
        ("Jose Garcia", None, "José García, PhD 🌱", "PM @ Acme", ""),
        ("Robert Lindqvist", None, "Bob Lindqvist", "Acme | Platform", ""),
        ("Katherine Mills", None, "Kate Mills (she/her)", "", "Acme"),
        ("Min-jun Park", "Sunny", "Sunny Park", "Data at Acme", ""),
        ("Mira Adaeze Okafor", None, "Mira Okafor", "Staff Engineer at ACME Inc.", ""),
        ("Jane Smith (née Doe)", None, "Jane Doe", "Recruiter at Acme", ""),
        ("王 小明", None, "王 小明", "Engineer at Acme", ""),
    ],
)
def test_name_forms_with_the_company_match(
    client, user, stored, preferred, seen, headline, company
):
    body = {"name": stored, "company": "Acme"}
    if preferred:
        body["preferred_name"] = preferred
    stored_contact = contact(client, user, **body)
    contact(client, user, name="Someone Unrelated", company="Acme")
    answer = post(client, user, MATCH, {"name": seen, "headline": headline, "company": company})
    assert answer.status_code == 200, answer.json
    assert answer.json["contact"] is not None, answer.json["candidates"]
    assert answer.json["contact"]["id"] == stored_contact["id"]


def test_name_without_company_gives_candidates_only(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme")
    answer = post(client, user, MATCH, {"name": "Mira Okafor"})
    assert answer.json["contact"] is None
    assert answer.json["interviews"] == []
    [candidate] = answer.json["candidates"]
    assert candidate["contact"]["id"] == mira["id"]
    assert 0 < candidate["score"] < 0.85
    assert candidate["why"]
    assert answer.json["suggestions"][0]["kind"] == "confirm_candidate"


def test_similar_names_at_different_companies_are_not_confused(client, user):
    at_acme = contact(client, user, name="Jon Smith", company="Acme")
    at_initech = contact(client, user, name="John Smith", company="Initech")
    answer = post(client, user, MATCH, {"name": "John Smith", "headline": "SRE at Initech"})
    assert answer.json["contact"]["id"] == at_initech["id"]
    answer = post(client, user, MATCH, {"name": "Jon Smith", "headline": "SRE at Acme"})
    assert answer.json["contact"]["id"] == at_acme["id"]
    answer = post(client, user, MATCH, {"name": "John Smith", "headline": "SRE at Globex"})
    assert answer.json["contact"] is None
    assert {c["contact"]["id"] for c in answer.json["candidates"]} == {
        at_acme["id"],
        at_initech["id"],
    }


def test_married_name_found_through_the_company(client, user):
    stored = contact(client, user, name="Mira Okonkwo", company="Acme", title="Engineering Manager")
    answer = post(
        client, user, MATCH, {"name": "Mira Bell", "headline": "Engineering Manager at Acme"}
    )
    assert [c["contact"]["id"] for c in answer.json["candidates"]] == [stored["id"]]
    assert "married or maiden" in answer.json["candidates"][0]["why"]


def test_initial_only_and_one_word_names(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme")
    answer = post(client, user, MATCH, {"name": "M. Okafor", "headline": "PM at Acme"})
    assert answer.json["contact"] is None
    assert answer.json["candidates"][0]["contact"]["id"] == mira["id"]
    mononym = contact(client, user, name="Teodora", company="Acme")
    answer = post(client, user, MATCH, {"name": "Teodora", "headline": "PM at Acme"})
    assert answer.json["contact"]["id"] == mononym["id"]


def test_a_stranger_is_offered_as_a_new_contact(client, user):
    contact(client, user, name="Mira Okafor", company="Acme")
    answer = post(client, user, MATCH, {"name": "Priya Raman", "headline": "PM at Acme"})
    assert answer.json["contact"] is None
    assert answer.json["candidates"] == []
    assert answer.json["suggestions"][0]["kind"] == "add_contact"


def test_another_users_contacts_are_never_matched(client, user, other_user):
    contact(client, other_user, name="Mira Okafor", company="Acme", linkedin_url=MIRA_URL)
    answer = post(
        client, user, MATCH, {"profile_url": MIRA_URL, "name": "Mira Okafor", "company": "Acme"}
    )
    assert answer.status_code == 200
    assert answer.json["contact"] is None
    assert answer.json["candidates"] == []


def test_another_users_namesakes_at_a_same_named_company_are_never_candidates(
    client, user, other_user
):
    for name in ("Mira Okafor", "Mira Okonkwo", "Bob Lindqvist", "M. Okafor"):
        contact(client, other_user, name=name, company="Acme", title="Engineering Manager")
    for seen in ("Mira Okafor", "Mira Bell", "Robert Lindqvist", "M. Okafor", "Mira"):
        answer = post(
            client, user, MATCH, {"name": seen, "headline": "Engineering Manager at Acme"}
        )
        assert answer.json["contact"] is None, seen
        assert answer.json["candidates"] == [], seen


def test_confirming_stores_the_profile_and_later_matches_by_url(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme")
    shown = {
        "profile_url": "https://de.linkedin.com/in/Mira-Okafor-4b2/?locale=de_DE",
        "name": "Mira Okafor 🌱",
        "headline": "Engineering Manager at Acme",
        "location": "Berlin",
        "photo_url": "https://media.licdn.com/dms/image/abc/profile.jpg",
        "connection_state": "pending",
    }
    confirmed = post(client, user, f"/api/v1/contacts/{mira['id']}/profile", shown)
    assert confirmed.status_code == 200, confirmed.json
    assert confirmed.json["linkedin_url"] == MIRA_URL
    assert confirmed.json["profile_key"] == "linkedin.com/in/mira-okafor-4b2"
    assert confirmed.json["connection_state"] == "pending"
    with client.application.app_context():
        from server.models import Contact

        stored = db.session.get(Contact, mira["id"])
        assert stored.profile_data["headline"] == "Engineering Manager at Acme"
        assert stored.profile_data["location"] == "Berlin"
        assert stored.profile_data["name"] == "Mira Okafor 🌱"
        assert "seen_at" in stored.profile_data
    answer = post(client, user, MATCH, {"profile_url": MIRA_URL, "name": "M. O."})
    assert answer.json["contact"]["id"] == mira["id"]
    assert answer.json["connection"] == {"state": "pending"}


def test_confirming_a_profile_already_linked_elsewhere_is_a_conflict(client, user):
    contact(client, user, name="Mira Okafor", linkedin_url=MIRA_URL)
    twin = contact(client, user, name="Mira O.")
    answer = post(client, user, f"/api/v1/contacts/{twin['id']}/profile", {"profile_url": MIRA_URL})
    assert answer.status_code == 409
    assert "profile_url" in answer.json["errors"]["json"]


def test_confirming_another_users_contact_is_not_found(client, user, other_user):
    theirs = contact(client, other_user, name="Mira Okafor")
    answer = post(
        client, user, f"/api/v1/contacts/{theirs['id']}/profile", {"profile_url": MIRA_URL}
    )
    assert answer.status_code == 404
    missing = post(client, user, "/api/v1/contacts/999999/profile", {"profile_url": MIRA_URL})
    assert missing.status_code == 404
    assert answer.json["detail"] == missing.json["detail"].replace("999999", str(theirs["id"]))


def test_contact_from_profile(client, user):
    existing = post(client, user, "/api/v1/companies", {"name": "Acme"}).json
    created = post(
        client,
        user,
        FROM_PROFILE,
        {
            "profile_url": "https://uk.linkedin.com/in/Priya-Raman?trk=x",
            "name": "Dr. Priya Raman, PhD 🚀 (she/her)",
            "headline": "Head of Data at Acme Inc. | Speaker",
            "connection_state": "connected",
        },
    )
    assert created.status_code == 201, created.json
    body = created.json
    assert body["name"] == "Priya Raman"
    assert body["title"] == "Head of Data"
    assert body["company_id"] == existing["id"]
    assert body["linkedin_url"] == "https://www.linkedin.com/in/priya-raman/"
    assert body["connection_state"] == "connected"
    again = post(client, user, FROM_PROFILE, {"profile_url": body["linkedin_url"], "name": "P R"})
    assert again.status_code == 409
    answer = post(client, user, MATCH, {"profile_url": "linkedin.com/in/priya-raman", "name": "x"})
    assert answer.json["contact"]["id"] == body["id"]


def test_contact_from_profile_creates_the_company_when_new(client, user):
    created = post(
        client,
        user,
        FROM_PROFILE,
        {"profile_url": MIRA_URL, "name": "Mira Okafor", "company": "Globex · Full-time"},
    )
    assert created.status_code == 201, created.json
    assert created.json["company"] == "Globex"
    assert created.json["title"] is None


def test_contact_from_profile_ignores_other_users_rows(client, user, other_user):
    contact(client, other_user, name="Mira Okafor", linkedin_url=MIRA_URL)
    created = post(client, user, FROM_PROFILE, {"profile_url": MIRA_URL, "name": "Mira Okafor"})
    assert created.status_code == 201


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (MATCH, {}, "name"),
        (MATCH, {"name": "   "}, "name"),
        (MATCH, {"name": "Mira", "profile_url": "https://example.com/in/mira"}, "profile_url"),
        (
            MATCH,
            {"name": "Mira", "profile_url": "https://www.linkedin.com/company/acme"},
            "profile_url",
        ),
        (MATCH, {"name": "Mira", "photo_url": "javascript:alert(1)"}, "photo_url"),
        (FROM_PROFILE, {"name": "Mira", "profile_url": LONG_SLUG_URL}, "profile_url"),
        (MATCH, {"name": "Mira", "headline": "x" * 501}, "headline"),
        (MATCH, {"name": "Mira", "password": "x"}, "password"),
        (FROM_PROFILE, {"name": "Mira"}, "profile_url"),
        (FROM_PROFILE, {"profile_url": MIRA_URL}, "name"),
        (
            FROM_PROFILE,
            {"profile_url": MIRA_URL, "name": "Mira", "connection_state": "x"},
            "connection_state",
        ),
    ],
)
def test_bad_input_is_422_naming_the_field(client, user, path, body, field):
    answer = post(client, user, path, body)
    assert answer.status_code == 422
    assert answer.mimetype == "application/problem+json"
    assert field in answer.json["errors"]["json"]


def test_confirm_needs_a_profile_url(client, user):
    mira = contact(client, user, name="Mira Okafor")
    answer = post(client, user, f"/api/v1/contacts/{mira['id']}/profile", {"name": "Mira"})
    assert answer.status_code == 422
    assert "profile_url" in answer.json["errors"]["json"]


def test_a_name_made_only_of_emoji_cannot_become_a_contact(client, user):
    answer = post(client, user, FROM_PROFILE, {"profile_url": MIRA_URL, "name": "🌱 ✨"})
    assert answer.status_code == 422
    assert "name" in answer.json["errors"]["json"]


@pytest.mark.parametrize("path", [MATCH, FROM_PROFILE, "/api/v1/contacts/1/profile"])
def test_a_token_is_required(client, path):
    answer = client.post(path, json={"name": "Mira", "profile_url": MIRA_URL})
    assert answer.status_code == 401


# --------------------------------------------------------------------------- suggestions


def _rejected_and_replied(app, user_id, interview_id, days_ago):
    """Record a rejection and a sent reply to it, `days_ago` days back."""
    when = datetime.now(UTC) - timedelta(days=days_ago)
    with app.app_context():
        db.session.add(
            Rejection(
                user_id=user_id,
                interview_id=interview_id,
                message_id=f"<r{interview_id}@mail.example>",
                received_at=when,
                subject="Your application",
            )
        )
        db.session.add(
            Touchpoint(
                user_id=user_id,
                interview_id=interview_id,
                channel="email",
                kind="rejection_reply",
                status="sent",
                text="Thank you for letting me know.",
                occurred_at=when + timedelta(hours=3),
            )
        )
        db.session.commit()


def test_after_the_reply_the_suggestion_is_to_connect_with_a_note(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme", title="Engineering Manager")
    interview = interview_with(client, user, "Acme", [mira["id"]], status="rejected")
    _rejected_and_replied(client.application, user.id, interview["id"], days_ago=1)
    answer = post(client, user, MATCH, {"name": "Mira Okafor", "headline": "EM at Acme"})
    connect = [s for s in answer.json["suggestions"] if s["kind"] == "connect"]
    assert connect, answer.json["suggestions"]
    draft = connect[0]["draft"]
    assert draft is not None
    assert "Mira" in draft["text"]
    assert draft["limit"] == 200 and draft["length"] <= 200
    assert connect[0]["status"] in ("due", "overdue")


def test_connected_people_get_no_invitation(client, user):
    mira = contact(client, user, name="Mira Okafor", company="Acme", connection_state="connected")
    interview = interview_with(client, user, "Acme", [mira["id"]], status="rejected")
    _rejected_and_replied(client.application, user.id, interview["id"], days_ago=1)
    answer = post(client, user, MATCH, {"name": "Mira Okafor", "headline": "EM at Acme"})
    assert answer.json["connection"] == {"state": "connected"}
    assert "connect" not in [s["kind"] for s in answer.json["suggestions"]]


def test_do_not_contact_says_nothing_yet_and_why(client, user):
    contact(client, user, name="Mira Okafor", company="Acme", do_not_contact=True)
    answer = post(client, user, MATCH, {"name": "Mira Okafor", "headline": "EM at Acme"})
    [suggestion] = answer.json["suggestions"]
    assert suggestion["kind"] == "nothing_yet"
    assert "not to contact" in suggestion["why"]


def test_no_interview_yet_says_nothing_yet(client, user):
    contact(client, user, name="Mira Okafor", company="Acme")
    answer = post(client, user, MATCH, {"name": "Mira Okafor", "headline": "EM at Acme"})
    kinds = [s["kind"] for s in answer.json["suggestions"]]
    assert kinds[-1] == "nothing_yet"
    assert answer.json["suggestions"][-1]["why"]
