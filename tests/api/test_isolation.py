"""No request sees or changes another user's rows: every resource and verb answers 404."""

import pytest


def _seed(client, owner):
    """Give `owner` one row of every resource; return the paths that address them."""
    h = owner.headers
    interview = client.post(
        "/api/v1/interviews", json={"company": "Acme", "role": "SRE"}, headers=h
    ).json
    contact = client.post(
        "/api/v1/contacts", json={"name": "Ana", "company": "Acme"}, headers=h
    ).json
    round_ = client.post(
        f"/api/v1/interviews/{interview['id']}/rounds",
        json={"kind": "onsite", "contact_ids": [contact["id"]]},
        headers=h,
    ).json
    touchpoint = client.post(
        "/api/v1/touchpoints",
        json={"contact_id": contact["id"], "channel": "email", "kind": "thank_you"},
        headers=h,
    ).json
    opening = client.post(
        "/api/v1/openings", json={"company": "Acme", "title": "SRE"}, headers=h
    ).json
    template = client.post(
        "/api/v1/templates",
        json={"kind": "card", "body": "Dear {first_name}, thank you."},
        headers=h,
    ).json
    return {
        "template": f"/api/v1/templates/{template['id']}",
        "touchpoint": f"/api/v1/touchpoints/{touchpoint['id']}",
        "touchpoint_sent": f"/api/v1/touchpoints/{touchpoint['id']}/sent",
        "opening": f"/api/v1/openings/{opening['id']}",
        "company": f"/api/v1/companies/{interview['company_id']}",
        "interview": f"/api/v1/interviews/{interview['id']}",
        "rounds": f"/api/v1/interviews/{interview['id']}/rounds",
        "round": f"/api/v1/interviews/{interview['id']}/rounds/{round_['id']}",
        "contact": f"/api/v1/contacts/{contact['id']}",
        "contact_id": contact["id"],
        "rejection": f"/api/v1/interviews/{interview['id']}/rejection",
        "contact_profile": f"/api/v1/contacts/{contact['id']}/profile",
    }


CASES = [
    ("get", "company", None),
    ("patch", "company", {"notes": "mine now"}),
    ("delete", "company", None),
    ("get", "interview", None),
    ("patch", "interview", {"status": "hired"}),
    ("delete", "interview", None),
    ("post", "rejection", {"message_id": "<isolation@example.test>"}),
    ("get", "rounds", None),
    ("post", "rounds", {"kind": "final"}),
    ("get", "round", None),
    ("patch", "round", {"notes": "x"}),
    ("delete", "round", None),
    ("get", "contact", None),
    ("patch", "contact", {"name": "Mallory"}),
    ("delete", "contact", None),
    ("post", "contact_profile", {"profile_url": "https://www.linkedin.com/in/x"}),
    ("get", "touchpoint", None),
    ("patch", "touchpoint", {"text": "mine now"}),
    ("delete", "touchpoint", None),
    ("post", "touchpoint_sent", None),
    ("get", "opening", None),
    ("delete", "opening", None),
    ("get", "template", None),
    ("patch", "template", {"name": "mine now"}),
    ("delete", "template", None),
]


@pytest.mark.parametrize(("method", "target", "body"), CASES)
def test_other_users_rows_are_not_found(client, user, other_user, method, target, body):
    paths = _seed(client, user)
    before = client.get("/api/v1/export", headers=user.headers).json
    kwargs = {"headers": other_user.headers}
    if body is not None:
        kwargs["json"] = body
    response = getattr(client, method)(paths[target], **kwargs)
    assert response.status_code == 404
    assert response.json["title"] == "Not Found"
    assert client.get("/api/v1/export", headers=user.headers).json == before


def test_lists_show_only_my_rows(client, user, other_user):
    _seed(client, user)
    for path in (
        "/api/v1/companies",
        "/api/v1/interviews",
        "/api/v1/contacts",
        "/api/v1/touchpoints",
        "/api/v1/openings",
        "/api/v1/templates",
    ):
        assert client.get(path, headers=other_user.headers).json == []
    assert client.get("/api/v1/export", headers=other_user.headers).json["interviews"] == []


def test_cannot_link_another_users_contact_into_my_round(client, user, other_user):
    theirs = _seed(client, user)
    mine = client.post(
        "/api/v1/interviews", json={"company": "Mine", "role": "Dev"}, headers=other_user.headers
    ).json
    response = client.post(
        f"/api/v1/interviews/{mine['id']}/rounds",
        json={"contact_ids": [theirs["contact_id"]]},
        headers=other_user.headers,
    )
    assert response.status_code == 422
    assert "contact_ids" in response.json["errors"]["json"]


def test_a_missing_row_and_another_users_row_answer_alike(client, user, other_user):
    paths = _seed(client, user)
    theirs = client.get(paths["interview"], headers=other_user.headers)
    missing = client.get("/api/v1/interviews/987654", headers=other_user.headers)
    assert theirs.status_code == missing.status_code == 404
    assert set(theirs.json) == set(missing.json)
