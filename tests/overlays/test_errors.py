"""Typed errors (overlays/common/_errors.py, raised by ApiClient.send and the generated parsers): one class
per status family, the vendor body parsed into the spec's model, the raw response kept, no silent ``None``
and no credentials in messages. Unit tests: httpx.MockTransport, sync and async."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.overlays.paged_package import lib, op

PROBLEM = {
    "type": "https://example.test/problem/constraint-violation",
    "title": "Bad Request",
    "status": 400,
    "detail": "See violations.",
    "violations": [{"field": "limit", "message": "must be at most 1000"}],
}


def client_for(paged: ModuleType, handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    api = lib(paged, "_client").ApiClient
    return api.build(base_url="http://api.test/api", transport=httpx.MockTransport(handler), retry=False, **options)


def answer(status: int, body: Any = None, **kwargs: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, **kwargs) if body is not None else httpx.Response(status, **kwargs)

    return handler


STATUS_CLASSES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    409: "ConflictError",
    410: "NotFoundError",
    412: "PreconditionFailedError",
    422: "UnprocessableEntityError",
    428: "PreconditionFailedError",
    429: "RateLimitedError",
    500: "ServerError",
    503: "ServerError",
    405: "UnexpectedStatus",
}


@pytest.mark.parametrize("status", STATUS_CLASSES)
def test_each_status_raises_its_class_with_status_headers_body_and_response(paged: ModuleType, status: int) -> None:
    errors = lib(paged, "_errors")
    with (
        client_for(paged, answer(status, {"message": "nope"}, headers={"X-Trace": "t-1"})) as client,
        pytest.raises(errors.ApiError) as caught,
    ):
        op(paged, "deleteItem").sync_detailed(client=client, id="7")
    error = caught.value
    assert type(error).__name__ == STATUS_CLASSES[status]
    assert error.status == status
    assert error.headers["x-trace"] == "t-1"
    assert error.body == {"message": "nope"}
    assert error.response.status_code == status
    assert error.request.method == "DELETE"
    assert f"HTTP {status}" in str(error)
    assert "DELETE /api/items/7" in str(error)
    assert "nope" in str(error)


def test_documented_error_body_is_parsed_into_the_spec_model(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    handler = answer(404, {"title": "Not Found", "status": 404, "detail": "no item 7"})
    with client_for(paged, handler) as client, pytest.raises(errors.NotFoundError) as caught:
        op(paged, "getItem").sync(client=client, id="7")
    from paged_client.models.problem import Problem

    assert isinstance(caught.value.body, Problem)
    assert caught.value.body.detail == "no item 7"
    assert "Not Found - no item 7" in str(caught.value)


def test_problem_violations_appear_in_the_message(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    with client_for(paged, answer(400, PROBLEM)) as client, pytest.raises(errors.BadRequestError) as caught:
        op(paged, "getItem").sync(client=client, id="7")
    assert "limit: must be at most 1000" in str(caught.value)


def test_json_api_errors_are_summarised(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    body = {"errors": [{"code": "not_found", "status": "404", "title": "Resource(s) not found"}, {"title": "x"}]}
    with client_for(paged, answer(404, body)) as client, pytest.raises(errors.NotFoundError) as caught:
        op(paged, "deleteItem").sync_detailed(client=client, id="7")
    assert str(caught.value).endswith(": Resource(s) not found - not_found; x")
    assert caught.value.body == body


def test_a_422_message_names_the_pointer_and_detail_of_each_error(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    invalid = [
        {"title": "is invalid", "detail": "Email is invalid", "source": {"pointer": "/data/attributes/email"}},
        {"detail": "Name can't be blank", "code": "blank", "source": {"pointer": "/data/attributes/name"}},
        {"detail": "Unknown filter", "source": {"parameter": "filter[colour]"}},
    ]
    with client_for(paged, answer(422, {"errors": invalid})) as client, pytest.raises(errors.ApiError) as caught:
        op(paged, "deleteItem").sync_detailed(client=client, id="7")
    assert str(caught.value) == (
        "HTTP 422 Unprocessable Entity for DELETE /api/items/7: /data/attributes/email: is invalid - Email is invalid; "
        "/data/attributes/name: Name can't be blank - blank; filter[colour]: Unknown filter"
    )


def test_a_custom_error_parser_gives_the_body(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    parser = lambda response: ("parsed", response.status_code)  # noqa: E731
    with (
        client_for(paged, answer(409, {"x": 1}), error_parser=parser) as client,
        pytest.raises(errors.ConflictError) as caught,
    ):
        op(paged, "deleteItem").sync_detailed(client=client, id="7")
    assert caught.value.body == ("parsed", 409)


def test_a_failing_error_parser_does_not_hide_the_status(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")

    def broken(response: httpx.Response) -> Any:
        raise RuntimeError("parser bug")

    with (
        client_for(paged, answer(403, {"message": "no"}), error_parser=broken) as client,
        pytest.raises(errors.ForbiddenError) as caught,
    ):
        op(paged, "deleteItem").sync_detailed(client=client, id="7")
    assert caught.value.body == {"message": "no"}


def test_rate_limited_error_tells_how_long_to_wait(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    with (
        client_for(paged, answer(429, {"message": "slow down"}, headers={"Retry-After": "17"})) as client,
        pytest.raises(errors.RateLimitedError) as caught,
    ):
        op(paged, "getItem").sync(client=client, id="7")
    assert caught.value.retry_after == 17


def test_truncated_json_raises_malformed_with_the_raw_bytes(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    raw = b'{"id": "7", "name": "trunc'
    handler = answer(200, content=raw, headers={"Content-Type": "application/json"})
    with client_for(paged, handler) as client, pytest.raises(errors.MalformedResponseError) as caught:
        op(paged, "getItem").sync(client=client, id="7")
    assert caught.value.content == raw
    assert caught.value.status == 200
    assert isinstance(caught.value, errors.ApiError)


def test_a_body_missing_required_fields_raises_malformed(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    with (
        client_for(paged, answer(200, {"name": "no id"})) as client,
        pytest.raises(errors.MalformedResponseError) as caught,
    ):
        op(paged, "getItem").sync(client=client, id="7")
    error = caught.value
    assert (error.operation, error.json_path, error.expected) == ("GET /items/{id}", "$.id", "string")
    assert "$.id: expected string, got nothing (the property is missing)" in str(caught.value)
    assert caught.value.content == b'{"name":"no id"}'


def test_an_undocumented_success_status_is_parsed_with_the_documented_success_schema(paged: ModuleType) -> None:
    with client_for(paged, answer(202, {"id": "7", "name": "x"})) as client:
        item = op(paged, "getItem").sync(client=client, id="7")
    assert (type(item).__name__, item.id, item.name) == ("Item", "7", "x")


def test_a_write_answered_with_an_undocumented_2xx_returns_the_model(paged: ModuleType) -> None:
    """``createItem`` documents 201; a server that says 200 made the item all the same (issue 23, item 6)."""
    with client_for(paged, answer(200, {"id": "8", "name": "new"})) as client:
        item = op(paged, "createItem").sync(client=client, body=paged.models.Item(id="8", name="new"))
    assert (item.id, item.name) == ("8", "new")


@pytest.mark.parametrize("body", [b"<html>created</html>", b'{"id": 8}'])
async def test_an_accepted_write_whose_answer_cannot_be_parsed_says_so_and_is_not_retried(
    paged: ModuleType, body: bytes
) -> None:
    errors = lib(paged, "_errors")
    retry = lib(paged, "_retry").RetryPolicy(max_retries=3, methods=frozenset({"POST"}), sleep=lambda _: None)
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(201, content=body)

    api = lib(paged, "_client").ApiClient
    client = api.build(base_url="http://api.test/api", transport=httpx.MockTransport(handler), retry=retry)
    with client, pytest.raises(errors.WriteAcceptedError) as caught:
        op(paged, "createItem").sync(client=client, body=paged.models.Item(id="8", name="new"))
    error = caught.value
    assert sent == ["POST"]
    assert isinstance(error, errors.MalformedResponseError)
    assert not isinstance(error, errors.TransportError | errors.ServerError)
    assert (error.status, error.content) == (201, body)
    assert str(error).startswith("HTTP 201 from POST /items: the write was accepted (do not repeat it), but the body")
    async_client = api.build(base_url="http://api.test/api", transport=httpx.MockTransport(handler), retry=retry)
    async with async_client:
        with pytest.raises(errors.WriteAcceptedError):
            await op(paged, "createItem").asyncio(client=async_client, body=paged.models.Item(id="8", name="new"))
    assert sent == ["POST", "POST"]


def test_a_read_whose_answer_cannot_be_parsed_is_no_accepted_write(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    with client_for(paged, answer(200, {"name": "no id"})) as client, pytest.raises(errors.ApiError) as caught:
        op(paged, "getItem").sync(client=client, id="7")
    assert type(caught.value) is errors.MalformedResponseError


def test_plain_generated_client_also_raises_on_malformed_and_undocumented(paged: ModuleType) -> None:
    """The template change holds without ApiClient: the generated modules never return a silent ``None``."""
    errors = lib(paged, "_errors")
    for status in (202, 304):  # an empty 2xx does not match the schema; a 304 is no documented status
        plain = paged.Client(
            base_url="http://api.test/api", httpx_args={"transport": httpx.MockTransport(answer(status))}
        )
        with pytest.raises(errors.MalformedResponseError if status == 202 else errors.UnexpectedStatus):
            op(paged, "getItem").sync(client=plain, id="7")
    assert paged.errors.ApiError is errors.ApiError


def test_messages_carry_no_credentials_or_query_strings(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    with (
        client_for(paged, answer(500, headers={"Set-Cookie": "session=abc"})) as client,
        pytest.raises(errors.ServerError) as caught,
    ):
        client.get_httpx_client().get("/items/7", params={"api_key": "k3y"}, headers={"Authorization": "Bearer t0k"})
    text = f"{caught.value} {caught.value!r}"
    assert "k3y" not in text
    assert "t0k" not in text
    assert "session=abc" not in text


def test_connection_and_timeout_errors_are_typed(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def stall(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    with client_for(paged, refuse) as client, pytest.raises(errors.ConnectionError) as caught:
        op(paged, "getItem").sync(client=client, id="7")
    assert isinstance(caught.value, errors.TransportError | builtins.ConnectionError)
    assert caught.value.status is None
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    with client_for(paged, stall) as client, pytest.raises(builtins.TimeoutError) as timed_out:
        op(paged, "getItem").sync(client=client, id="7")
    assert isinstance(timed_out.value, errors.TimeoutError)


async def test_async_raises_the_same_errors(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    async with client_for(paged, answer(412, PROBLEM)) as client:
        with pytest.raises(errors.PreconditionFailedError):
            await op(paged, "upsertItem").asyncio(client=client, id="7", body=paged.models.Item(id="7", name="x"))
    async with client_for(paged, answer(200, content=b"{", headers={"Content-Type": "application/json"})) as client:
        with pytest.raises(errors.MalformedResponseError) as caught:
            await op(paged, "getItem").asyncio(client=client, id="7")
    assert caught.value.content == b"{"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async with client_for(paged, refuse) as client:
        with pytest.raises(errors.ConnectionError):
            await op(paged, "getItem").asyncio(client=client, id="7")


def test_every_client_has_a_default_timeout(paged: ModuleType) -> None:
    client_module = lib(paged, "_client")
    client = client_module.ApiClient.build(base_url="http://api.test")
    assert client.get_httpx_client().timeout == client_module.DEFAULT_TIMEOUT
    assert client.with_options(timeout=5).get_httpx_client().timeout == httpx.Timeout(5)
    assert client.get_httpx_client().timeout == client_module.DEFAULT_TIMEOUT
    client.close()
