"""Limits on what a request may carry: size, string and list lengths, page and batch sizes."""

import io

import pytest

from server import create_app
from server.limits import json_depth_exceeds

_CONTENT_TYPES = ("application/json",)


def _assert_problem(response, status, field=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert response.json["detail"]
    if field is not None:
        assert field in response.json["errors"]["json"], response.json


def _request_body_schemas(spec: dict):
    """(operation, schema) for each JSON request body in the OpenAPI document."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in {"post", "put", "patch"}:
                continue
            content = operation.get("requestBody", {}).get("content", {})
            for content_type in _CONTENT_TYPES:
                if content_type in content:
                    yield f"{method.upper()} {path}", content[content_type]["schema"]


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = spec["components"]["schemas"][name]
    return schema


def _unbounded(spec: dict, schema: dict, where: str, seen: set) -> list[str]:
    """Names of string fields without maxLength and lists without maxItems, recursively."""
    if "$ref" in schema:
        name = schema["$ref"]
        if name in seen:
            return []
        seen = seen | {name}
    schema = _resolve(spec, schema)
    found = []
    kind = schema.get("type")
    if kind == "string" and not ({"maxLength", "enum"} & schema.keys() or "format" in schema):
        found.append(where)
    if kind == "array":
        if "maxItems" not in schema:
            found.append(where + "[]")
        found += _unbounded(spec, schema.get("items", {}), where + "[]", seen)
    for name, child in schema.get("properties", {}).items():
        if child.get("readOnly"):
            continue
        found += _unbounded(spec, child, f"{where}.{name}", seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for child in schema.get(key, []):
            found += _unbounded(spec, child, where, seen)
    return found


def test_every_request_string_and_list_has_an_upper_bound(client):
    spec = client.get("/api/v1/openapi.json").json
    unbounded = []
    for operation, schema in _request_body_schemas(spec):
        unbounded += [f"{operation}: {name}" for name in _unbounded(spec, schema, "body", set())]
    assert unbounded == []


def test_the_document_has_request_bodies_to_check(client):
    spec = client.get("/api/v1/openapi.json").json
    operations = [operation for operation, _ in _request_body_schemas(spec)]
    assert "POST /api/v1/interviews" in operations
    assert "POST /api/v1/contacts" in operations


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/companies", {"name": "c" * 201}, "name"),
        ("/api/v1/companies", {"name": "Acme", "notes": "n" * 10_001}, "notes"),
        ("/api/v1/companies", {"name": "Acme", "aliases": ["a"] * 21}, "aliases"),
        ("/api/v1/companies", {"name": "Acme", "domains": ["acme.com"] * 21}, "domains"),
        ("/api/v1/interviews", {"company": "Acme", "role": "r" * 201}, "role"),
        ("/api/v1/interviews", {"company": "Acme", "role": "x", "notes": "n" * 20_001}, "notes"),
        (
            "/api/v1/interviews",
            {"company": "Acme", "role": "x", "posting_url": "https://a.example/" + "p" * 2000},
            "posting_url",
        ),
        ("/api/v1/contacts", {"name": "n" * 201}, "name"),
        ("/api/v1/contacts", {"name": "Ana", "title": "t" * 201}, "title"),
        ("/api/v1/contacts", {"name": "Ana", "email": "a" * 250 + "@x.io"}, "email"),
    ],
)
def test_overlong_fields_are_refused_by_name(client, user, path, body, field):
    response = client.post(path, json=body, headers=user.headers)
    _assert_problem(response, 422, field)
    listed = client.get(path, headers=user.headers)
    assert listed.json == []


def test_too_many_people_in_one_round(client, user):
    interview = client.post(
        "/api/v1/interviews", json={"company": "Acme", "role": "SRE"}, headers=user.headers
    ).json
    response = client.post(
        f"/api/v1/interviews/{interview['id']}/rounds",
        json={"kind": "panel", "contact_ids": list(range(1, 52))},
        headers=user.headers,
    )
    _assert_problem(response, 422, "contact_ids")


@pytest.mark.parametrize(
    "path", ["/api/v1/companies", "/api/v1/interviews", "/api/v1/contacts", "/api/v1/touchpoints"]
)
@pytest.mark.parametrize("page_size", ["101", "0", "-1", "many"])
def test_page_size_is_bounded(client, user, path, page_size):
    response = client.get(f"{path}?page_size={page_size}", headers=user.headers)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert "page_size" in response.json["errors"]["query"]


def test_largest_page_size_is_accepted(client, user):
    response = client.get("/api/v1/contacts?page_size=100", headers=user.headers)
    assert response.status_code == 200


@pytest.fixture
def small_app(app, database_url):
    return create_app({"SQLALCHEMY_DATABASE_URI": database_url, "MAX_CONTENT_LENGTH": 4096})


def test_body_over_the_limit_is_413_and_saves_nothing(small_app, user):
    client = small_app.test_client()
    response = client.post(
        "/api/v1/contacts", json={"name": "Ana", "notes": "n" * 5000}, headers=user.headers
    )
    _assert_problem(response, 413)
    assert client.get("/api/v1/contacts", headers=user.headers).json == []


def test_chunked_body_over_the_limit_is_413(small_app, user):
    client = small_app.test_client()
    body = b'{"name": "Ana", "notes": "' + b"n" * 10_000 + b'"}'
    response = client.post(
        "/api/v1/contacts",
        input_stream=io.BytesIO(body),
        # What gunicorn says of a chunked body: the stream ends where the body does.
        environ_base={"wsgi.input_terminated": True},
        headers={
            **user.headers,
            "Content-Type": "application/json",
            "Transfer-Encoding": "chunked",
        },
    )
    _assert_problem(response, 413)
    assert client.get("/api/v1/contacts", headers=user.headers).json == []


def test_import_batch_over_the_size_limit_is_refused(small_app, user):
    client = small_app.test_client()
    contacts = [{"id": n, "name": f"Person {n}"} for n in range(1, 400)]
    response = client.post(
        "/api/v1/import", json={"version": 1, "contacts": contacts}, headers=user.headers
    )
    _assert_problem(response, 413)


@pytest.mark.parametrize(
    "body",
    [
        "[" * 5000 + "]" * 5000,
        '{"company": "Acme", "role": "x", "notes": ' + '{"a":' * 3000 + "1" + "}" * 3001,
    ],
)
def test_deeply_nested_json_is_a_clean_400(client, user, body):
    response = client.post(
        "/api/v1/interviews",
        data=body,
        headers={**user.headers, "Content-Type": "application/json"},
    )
    _assert_problem(response, 400)
    assert "levels deep" in response.json["detail"]


def test_brackets_inside_strings_are_not_nesting(client, user):
    notes = "[[[[{{{{" * 20 + '\\"[[[' * 10
    response = client.post(
        "/api/v1/interviews",
        json={"company": "Acme", "role": "x", "notes": notes},
        headers=user.headers,
    )
    assert response.status_code == 201
    assert response.json["notes"] == notes


@pytest.mark.parametrize(
    ("body", "deep"),
    [
        (b"[" * 32 + b"]" * 32, False),
        (b"[" * 33 + b"]" * 33, True),
        (b'{"a": "' + b"[" * 100 + b'"}', False),
        (b'["\\", ' + b"[" * 40 + b"]" * 40 + b"]", True),
        (b"[]" * 1000, False),
    ],
)
def test_json_depth_scan(body, deep):
    assert json_depth_exceeds(body) is deep


def test_query_string_search_is_bounded(client, user):
    response = client.get("/api/v1/contacts?q=" + "x" * 201, headers=user.headers)
    assert response.status_code == 422
    assert "q" in response.json["errors"]["query"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/interviews/2147483648",
        "/api/v1/contacts/500333366577102988509184",
        "/api/v1/interviews/1/rounds/99999999999999999999",
    ],
)
def test_ids_beyond_the_database_range_are_not_found(client, user, path):
    _assert_problem(client.get(path, headers=user.headers), 404)
    _assert_problem(client.delete(path, headers=user.headers), 404)


def test_numbers_beyond_the_database_range_in_filters_are_422(client, user):
    response = client.get(
        "/api/v1/contacts?company_id=-1616270628565648408576000", headers=user.headers
    )
    _assert_problem(response, 422)
    assert "too large" in response.json["detail"]
