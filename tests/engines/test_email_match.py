"""Tying a classified email to one of the user's stored interviews."""

from __future__ import annotations

import pytest

from server.engines.email_match import StoredInterview, company_key, match_interview

ACME = StoredInterview(
    interview_id=1,
    company_name="Acme Robotics Inc.",
    company_aliases=("Acme",),
    company_domains=("acme-robotics.com",),
    role="Senior Backend Engineer",
    status="interviewing",
    contact_emails=("jo.reyes@acme-robotics.com",),
)
ACME_OLD = StoredInterview(
    interview_id=2,
    company_name="Acme Robotics",
    company_domains=("acme-robotics.com",),
    role="Data Analyst",
    status="rejected",
)
MULLER = StoredInterview(
    interview_id=3,
    company_name="Müller GmbH",
    company_domains=("mueller.de",),
    role="Projektleiter",
    status="applied",
)
GLOBEX = StoredInterview(
    interview_id=4,
    company_name="Globex Ltd",
    role="Designer",
    status="applied",
    contact_emails=("pat@gmail.com",),
)
ALL = [ACME, ACME_OLD, MULLER, GLOBEX]


@pytest.mark.parametrize(
    ("sender", "company", "role", "expected_id", "reason_part"),
    [
        ("jo.reyes@acme-robotics.com", None, None, 1, "contact"),
        ("JO.REYES@Acme-Robotics.com", None, None, 1, "contact"),
        ("careers@acme-robotics.com", None, None, 1, "domain"),
        ("no-reply@mail.acme-robotics.com", None, None, 1, "domain"),
        ("careers@acme-robotics.com", None, "Data Analyst", 2, "role"),
        ("careers@acme-robotics.com", None, "Senior Backend Engineer", 1, "role"),
        ("no-reply@greenhouse.io", "Acme Robotics", None, 1, "company name"),
        ("no-reply@greenhouse.io", "ACME", None, 1, "company name"),
        ("jobs@linkedin.com", "Acme Robotics, Inc.", "Data Analyst", 2, "role"),
        ("bewerbung@mueller.de", None, None, 3, "domain"),
        ("no-reply@personio.de", "Muller", None, 3, "company name"),
        ("no-reply@personio.de", "Müller GmbH", "Projektleiter", 3, "company name"),
        ("pat@gmail.com", None, None, 4, "contact"),
        ("someone@gmail.com", "Globex", None, 4, "company name"),
    ],
)
def test_best_interview_and_reason(sender, company, role, expected_id, reason_part):
    match = match_interview(ALL, sender, company, role)
    assert match is not None
    assert match.interview_id == expected_id
    assert reason_part in match.reason


@pytest.mark.parametrize(
    ("sender", "company", "role"),
    [
        ("no-reply@greenhouse.io", None, "Senior Backend Engineer"),
        ("friend@gmail.com", None, None),
        ("careers@initech.com", "Initech", "Designer"),
        ("no-reply@hire.lever.co", "Acme Foods", None),
        ("", None, None),
        ("not an address", "", ""),
    ],
)
def test_no_match_without_company_evidence(sender, company, role):
    assert match_interview(ALL, sender, company, role) is None


def test_platform_and_free_mail_domains_never_match_a_company_domain():
    stored = StoredInterview(5, "Odd Co", company_domains=("greenhouse.io", "gmail.com"))
    assert match_interview([stored], "no-reply@greenhouse.io", None, None) is None
    assert match_interview([stored], "someone@gmail.com", None, None) is None


def test_open_interview_preferred_when_evidence_ties():
    older = StoredInterview(10, "Acme", status="rejected")
    current = StoredInterview(11, "Acme", status="applied")
    assert match_interview([current, older], None, "Acme", None).interview_id == 11
    assert match_interview([older, current], None, "Acme", None).interview_id == 11


def test_empty_interview_list():
    assert match_interview([], "careers@acme-robotics.com", "Acme", "Engineer") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Acme Robotics Inc.", "acme robotics"),
        ("The Acme Company", "acme"),
        ("Müller GmbH", "muller"),
        ("Johnson & Johnson", "johnson and johnson"),
        ("Acme, Ltd", "acme"),
        ("", ""),
        (None, ""),
    ],
)
def test_company_key(name, key):
    assert company_key(name) == key
