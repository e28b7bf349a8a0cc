"""The retry policy and transports (overlays/common/_retry.py) through ApiClient, against httpx.MockTransport.

Waiting goes through an injected sleep and clock (``Sleeps``), so these tests assert how many attempts were
made and how long the client *asked* to wait, never how long anything took.
"""

from __future__ import annotations

from email.utils import formatdate
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.overlays.paged_package import Sleeps, lib, op

ITEM = {"id": "7", "name": "seven"}


class Script:
    """Answers in order (the last one repeats) and counts the attempts."""

    def __init__(self, *answers: httpx.Response | type[Exception]) -> None:
        self.answers = list(answers)
        self.calls: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        answer = self.answers[min(len(self.calls), len(self.answers)) - 1]
        if isinstance(answer, type):
            raise answer("scripted failure", request=request)  # type: ignore[call-arg]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def build(paged: ModuleType, script: Script, sleeps: Sleeps, **policy: Any) -> Any:
    api = lib(paged, "_client").ApiClient
    return api.build(
        base_url="http://api.test/api", transport=httpx.MockTransport(script), retry=sleeps.policy(paged, **policy)
    )


def ok(body: Any = ITEM, **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, json=body, **kwargs)


def get_item(paged: ModuleType, client: Any) -> Any:
    return op(paged, "getItem").sync(client=client, id="7")


def test_503_with_retry_after_seconds_then_200(paged: ModuleType) -> None:
    sleeps, script = Sleeps(), Script(httpx.Response(503, headers={"Retry-After": "2"}), ok())
    with build(paged, script, sleeps) as client:
        assert get_item(paged, client).name == "seven"
    assert len(script.calls) == 2
    assert sleeps.waits == [2.0]


def test_retry_after_as_an_http_date(paged: ModuleType) -> None:
    sleeps = Sleeps()
    wall = 1_700_000_000.0 + sleeps.now
    script = Script(httpx.Response(429, headers={"Retry-After": formatdate(wall + 5, usegmt=True)}), ok())
    with build(paged, script, sleeps) as client:
        get_item(paged, client)
    assert sleeps.waits == [5.0]


def test_retry_after_beyond_the_cap_is_not_waited_for(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    sleeps, script = Sleeps(), Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    with build(paged, script, sleeps, max_wait=60) as client, pytest.raises(errors.RateLimitedError) as caught:
        get_item(paged, client)
    assert len(script.calls) == 1
    assert sleeps.waits == []
    assert caught.value.retry_after == 3600


def test_backoff_is_exponential_with_full_jitter_and_capped(paged: ModuleType) -> None:
    policy = Sleeps().policy(paged, backoff=0.5, max_backoff=3.0)
    assert [policy.backoff_delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    half = policy.replace(jitter=lambda: 0.5)
    assert [half.backoff_delay(n) for n in range(3)] == [0.25, 0.5, 1.0]
    zero = policy.replace(jitter=lambda: 0.0)
    assert zero.backoff_delay(4) == 0.0


def test_5xx_storm_is_bounded_by_max_retries(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    sleeps, script = Sleeps(), Script(httpx.Response(502))
    with build(paged, script, sleeps, max_retries=4) as client, pytest.raises(errors.ServerError):
        get_item(paged, client)
    assert len(script.calls) == 5
    assert sleeps.waits == [0.5, 1.0, 2.0, 4.0]


def test_429_storm_is_bounded_by_the_wait_budget(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    sleeps, script = Sleeps(), Script(httpx.Response(429, headers={"Retry-After": "10"}))
    with build(paged, script, sleeps, max_retries=100, budget=35) as client, pytest.raises(errors.RateLimitedError):
        get_item(paged, client)
    assert sleeps.waits == [10.0, 10.0, 10.0]
    assert len(script.calls) == 4


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried(paged: ModuleType, status: int) -> None:
    sleeps, script = Sleeps(), Script(httpx.Response(status), ok())
    with build(paged, script, sleeps) as client:
        get_item(paged, client)
    assert len(script.calls) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 412, 501])
def test_permanent_statuses_are_not_retried(paged: ModuleType, status: int) -> None:
    errors = lib(paged, "_errors")
    sleeps, script = Sleeps(), Script(httpx.Response(status))
    with build(paged, script, sleeps) as client, pytest.raises(errors.ApiError):
        get_item(paged, client)
    assert len(script.calls) == 1


def test_network_errors_on_a_safe_request_are_retried(paged: ModuleType) -> None:
    sleeps = Sleeps()
    script = Script(httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout, ok())
    with build(paged, script, sleeps) as client:
        get_item(paged, client)
    assert len(script.calls) == 4


def test_a_post_is_not_repeated_after_it_may_have_reached_the_server(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    create = op(paged, "createItem")
    body = paged.models.Item(id="7", name="seven")
    for failure, expected in [(httpx.Response(503), errors.ServerError), (httpx.ReadError, errors.ConnectionError)]:
        sleeps, script = Sleeps(), Script(failure, httpx.Response(201, json=ITEM))
        with build(paged, script, sleeps) as client, pytest.raises(expected):
            create.sync(client=client, body=body)
        assert len(script.calls) == 1


def test_a_post_whose_connection_never_opened_is_retried(paged: ModuleType) -> None:
    sleeps, script = Sleeps(), Script(httpx.ConnectError, httpx.Response(201, json=ITEM))
    with build(paged, script, sleeps) as client:
        op(paged, "createItem").sync(client=client, body=paged.models.Item(id="7", name="seven"))
    assert len(script.calls) == 2


def test_an_operation_marked_retry_safe_in_the_registry_is_retried(paged: ModuleType) -> None:
    spec = paged._spec.OPERATIONS
    assert spec["searchItems"]["method"] == "POST"
    assert spec["searchItems"]["repeatable"] is True
    assert spec["createItem"]["repeatable"] is False
    sleeps, script = Sleeps(), Script(httpx.Response(503), ok([ITEM]))
    search = op(paged, "searchItems")
    with build(paged, script, sleeps) as client:
        found = search.sync(client=client, body=search.SearchItemsBody(name="seven"))
    assert [item.id for item in found] == ["7"]
    assert len(script.calls) == 2
    assert script.calls[0].content == script.calls[1].content


def test_retries_can_be_switched_off_per_client_and_per_call(paged: ModuleType) -> None:
    errors = lib(paged, "_errors")
    api = lib(paged, "_client").ApiClient
    script = Script(httpx.Response(503))
    with (
        api.build(base_url="http://api.test/api", transport=httpx.MockTransport(script), retry=False) as client,
        pytest.raises(errors.ServerError),
    ):
        get_item(paged, client)
    assert len(script.calls) == 1

    sleeps, script = Sleeps(), Script(httpx.Response(503))
    with build(paged, script, sleeps) as client:
        with pytest.raises(errors.ServerError):
            get_item(paged, client.with_options(retry=False))
        assert len(script.calls) == 1
        with pytest.raises(errors.ServerError):
            get_item(paged, client.with_options(max_retries=1))
        assert len(script.calls) == 3
        with pytest.raises(errors.ServerError):
            get_item(paged, client)  # the original keeps its own policy
        assert len(script.calls) == 7


def test_each_client_keeps_judging_requests_by_its_own_policy(paged: ModuleType) -> None:
    """A client works out a request's retry context once per kind of request and reuses it: a client derived
    with another policy must neither see the original's nor hand it its own."""
    errors = lib(paged, "_errors")
    sleeps, script = Sleeps(), Script(httpx.Response(503))
    with build(paged, script, sleeps, max_retries=2) as client:
        quiet = client.with_options(retry=False)
        for _ in range(2):
            with pytest.raises(errors.ServerError):
                get_item(paged, client)
            with pytest.raises(errors.ServerError):
                get_item(paged, quiet)
    assert len(script.calls) == 2 * (3 + 1)


def test_with_options_shares_the_connection_pool_and_leaves_the_original_open(paged: ModuleType) -> None:
    sleeps, script = Sleeps(), Script(ok())
    with build(paged, script, sleeps) as client:
        quick = client.with_options(timeout=1.5, max_retries=0)
        with quick:
            get_item(paged, quick)
        assert quick.get_httpx_client()._transport is client.get_httpx_client()._transport
        assert quick.get_httpx_client().timeout == httpx.Timeout(1.5)
        assert quick.get_httpx_client().call_limit == 1.5
        get_item(paged, client)  # still open after the derived client's block
    assert len(script.calls) == 2


def test_rate_limit_headers_make_the_next_request_wait_for_the_window(paged: ModuleType) -> None:
    """Booqable sends X-RateLimit-Limit/Remaining/Period: at Remaining 0, wait a period instead of earning a 429
    (which matters for a POST that may not be retried)."""
    spent = {"X-RateLimit-Limit": "50", "X-RateLimit-Remaining": "0", "X-RateLimit-Period": "60"}
    sleeps, script = Sleeps(), Script(ok(headers=spent), httpx.Response(201, json=ITEM))
    with build(paged, script, sleeps).with_options(timeout=120) as client:
        get_item(paged, client)
        assert sleeps.waits == []
        op(paged, "createItem").sync(client=client, body=paged.models.Item(id="7", name="seven"))
    assert sleeps.waits == [60.0]


def test_a_rate_limit_window_longer_than_the_call_timeout_fails_at_once(paged: ModuleType) -> None:
    """The default 30 s bound the whole call: waiting 60 s for the quota would break it, so the call says so."""
    spent = {"X-RateLimit-Limit": "50", "X-RateLimit-Remaining": "0", "X-RateLimit-Period": "60"}
    sleeps, script = Sleeps(), Script(ok(headers=spent), httpx.Response(201, json=ITEM))
    errors = lib(paged, "_errors")
    with build(paged, script, sleeps) as client:
        get_item(paged, client)
        with pytest.raises(errors.TimeoutError, match=r"rate limit resets in 60\.0 s") as caught:
            op(paged, "createItem").sync(client=client, body=paged.models.Item(id="7", name="seven"))
    assert caught.value.limit == "call"
    assert sleeps.waits == []
    assert len(script.calls) == 1  # the POST was never sent


def test_429_without_retry_after_waits_for_the_rate_limit_window(paged: ModuleType) -> None:
    headers = {"X-RateLimit-Limit": "50", "X-RateLimit-Remaining": "0", "X-RateLimit-Period": "30"}
    sleeps, script = Sleeps(), Script(httpx.Response(429, headers=headers), ok())
    with build(paged, script, sleeps, respect_rate_limit=True).with_options(timeout=120) as client:
        get_item(paged, client)
    assert sleeps.waits[-1] == 30.0
    assert len(script.calls) == 2


def test_x_ratelimit_reset_as_unix_time(paged: ModuleType) -> None:
    sleeps = Sleeps()
    reset = 1_700_000_000.0 + sleeps.now + 12
    script = Script(httpx.Response(429, headers={"X-RateLimit-Reset": str(int(reset))}), ok())
    with build(paged, script, sleeps) as client:
        get_item(paged, client)
    assert sleeps.waits == [12.0]


async def test_async_retries_use_the_async_sleep(paged: ModuleType) -> None:
    sleeps, script = Sleeps(), Script(httpx.Response(503, headers={"Retry-After": "1"}), httpx.ConnectError, ok())
    async with build(paged, script, sleeps) as client:
        item = await op(paged, "getItem").asyncio(client=client, id="7")
    assert item.id == "7"
    assert len(script.calls) == 3
    assert sleeps.waits == [1.0, 1.0]


def test_requests_made_by_hand_are_retried_by_method(paged: ModuleType) -> None:
    sleeps, script = Sleeps(), Script(httpx.Response(503), ok())
    with build(paged, script, sleeps) as client:
        assert client.get_httpx_client().get("/anything").status_code == 200
    assert len(script.calls) == 2
    sleeps, script = Sleeps(), Script(httpx.Response(503), ok())
    errors = lib(paged, "_errors")
    with build(paged, script, sleeps) as client, pytest.raises(errors.ServerError):
        client.get_httpx_client().post("/anything")
    assert len(script.calls) == 1
