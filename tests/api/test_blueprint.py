"""The shared argument parser: one schema instance per class, and no state between requests."""

from __future__ import annotations

from marshmallow import Schema, fields

from server.api.blueprint import SchemaReusingParser


class _Pair(Schema):
    name = fields.String(required=True)


def test_each_schema_class_is_built_once():
    parser = SchemaReusingParser()
    first = parser._get_schema(_Pair, None)
    assert isinstance(first, _Pair)
    assert parser._get_schema(_Pair, None) is first
    given = _Pair(partial=True)
    assert parser._get_schema(given, None) is given


def test_a_failed_load_leaves_nothing_for_the_next_request(client, user):
    headers = user.headers
    bad = client.post("/api/v1/companies", json={"name": ""}, headers=headers)
    assert bad.status_code == 422
    assert "name" in bad.get_json()["errors"]["json"]
    good = client.post("/api/v1/companies", json={"name": "Northwind"}, headers=headers)
    assert good.status_code == 201, good.get_json()
    again = client.post("/api/v1/companies", json={"domains": ["x.example"]}, headers=headers)
    assert again.status_code == 422
    assert set(again.get_json()["errors"]["json"]) == {"name"}


def test_page_parameters_are_checked_on_every_request(client, user):
    headers = user.headers
    assert client.get("/api/v1/interviews?page_size=0", headers=headers).status_code == 422
    assert client.get("/api/v1/interviews?page_size=5", headers=headers).status_code == 200
    assert client.get("/api/v1/interviews?page=0", headers=headers).status_code == 422
