"""Property-based fuzz of the whole OpenAPI document: no 5xx, no answer that contradicts it.

schemathesis reads the app's own /api/v1/openapi.json and calls every operation in process
(WSGI) with a valid token, from valid and deliberately invalid inputs. The number of
examples is bounded and the generation derandomized, so a run is repeatable and short.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from server import create_app

EXAMPLES_PER_OPERATION = 15
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


# The document is read from an app without a database (building it needs none); the calls
# go to the suite's app, on the suite's database (SQLite, or PostgreSQL in scripts/test).
schema = schemathesis.openapi.from_wsgi(
    "/api/v1/openapi.json", create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
)


@pytest.fixture
def fuzz_user(make_user):
    return make_user(name="Fuzz Tester", signature="Fuzz")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_operation_fails_or_contradicts_its_schema(app, case, fuzz_user):
    response = case.call(app=app, headers=fuzz_user.headers)
    case.validate_response(response, checks=CHECKS)
