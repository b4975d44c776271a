"""The OpenAPI document is complete and true: schemathesis against the real hub finds nothing."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support.hubserver import RunningHub, change

# Enough for each operation to meet its edge cases, few enough for CI (about 20 s a database).
EXAMPLES_PER_OPERATION = 25
# The schema's own checks: no 5xx, and every answer's status, content type, headers and body
# as the document says.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def _document(running: RunningHub) -> dict[str, Any]:
    r = running.session().get(running.url("/openapi.json"), timeout=10)
    assert r.status_code == 200
    document: dict[str, Any] = r.json()
    return document


def test_document_names_bodies_security_client_header_and_the_real_errors(
    running: RunningHub,
) -> None:
    paths = _document(running)["paths"]
    schemes = _document(running)["components"]["securitySchemes"]
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    login, push = paths["/api/v1/auth/login"]["post"], paths["/api/v1/sync/push"]["post"]
    pull = paths["/api/v1/sync/pull"]["get"]
    assert "LoginRequest" in str(login["requestBody"])
    assert "PushRequest" in str(push["requestBody"])
    assert push["security"] == pull["security"] == [{"bearer": []}]
    assert "security" not in login
    for operation in (login, push, pull):
        header = next(p for p in operation["parameters"] if p["name"] == "X-BluePacific-Client")
        assert header["in"] == "header" and header["required"] is True
        assert "422" not in operation["responses"]
        assert {"400", "426", "500", "503"} <= set(operation["responses"])
    assert {"401", "409", "413"} <= set(push["responses"])
    assert {"401", "413", "429"} <= set(login["responses"])
    assert "401" in pull["responses"]
    compact = paths["/api/v2/sync/push"]["post"]
    assert "PushRequest" in str(compact["requestBody"]) and compact["security"] == push["security"]
    assert "CompactPushResponse" in str(compact["responses"]["200"])
    assert set(compact["responses"]) == set(push["responses"])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_schemathesis_finds_no_server_error_and_no_schema_violation(
    running: RunningHub, mode: GenerationMode
) -> None:
    client = running.device("ana", "FJ")
    client.push(change("FJ", {"full_name": "Mere"}))  # something to pull
    schema = schemathesis.openapi.from_dict(_document(running))
    session = running.session()
    session.headers["Authorization"] = f"Bearer {client.token}"
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 6  # health, login, and push and pull of API v1 and v2
    seen: dict[str, set[int]] = {}
    try:
        for operation in operations:
            seen[operation.path] = _run(operation, mode, running, session)
    finally:
        session.close()  # or the hub waits for the kept-alive connection when it stops
    if mode == GenerationMode.POSITIVE:
        # Valid requests got through to the work itself (sign-in meets no known user).
        for path in (
            "/api/v1/health",
            "/api/v1/sync/push",
            "/api/v1/sync/pull",
            "/api/v2/sync/push",
            "/api/v2/sync/pull",
        ):
            assert 200 in seen[path], (path, seen[path])


def _run(operation: Any, mode: GenerationMode, running: RunningHub, session: Any) -> set[int]:
    """Send `operation` EXAMPLES_PER_OPERATION generated requests, check every answer, and
    return the statuses seen."""
    statuses: set[int] = set()

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,  # the same requests on every run: a failure is reproducible
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        response = case.call_and_validate(
            base_url=running.base_url,
            session=session,
            checks=CHECKS,
            timeout=30,
            verify=running.tls.ca_file,
        )
        statuses.add(response.status_code)

    check()
    return statuses
