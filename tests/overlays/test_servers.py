"""``server_url`` (overlays/common/_servers.py): base URLs from the spec's ``servers``, variables filled."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.overlay_package import overlay_package

SERVERS = [
    {
        "url": "https://{host}/{brand}/",
        "variables": {"host": {"default": "api.planningpme.com"}, "brand": {"default": ""}},
    },
    {"url": "https://mock.example.test/api"},
]


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with overlay_package(tmp_path_factory.mktemp("overlay"), "servers_under_test", ["common"]) as load:
        yield load("_servers")


def test_variables_are_filled_from_values_then_defaults(servers: ModuleType) -> None:
    assert servers.server_url(SERVERS, brand="acme") == "https://api.planningpme.com/acme"
    assert servers.server_url(SERVERS, brand="acme", host="try.planningpme.com") == "https://try.planningpme.com/acme"
    assert servers.server_url(SERVERS, brand="acme", host="") == "https://api.planningpme.com/acme"
    assert servers.server_url(SERVERS, 1, brand="ignored") == "https://mock.example.test/api"


def test_a_variable_without_value_or_default_is_named(servers: ModuleType) -> None:
    with pytest.raises(ValueError, match="'brand'"):
        servers.server_url(SERVERS)
    with pytest.raises(ValueError, match="base_url"):
        servers.server_url([])


TENANT_SERVERS = [
    {
        "url": "https://{tenant}.example.test:8443/{area}/v1",
        "variables": {"tenant": {"default": "demo"}, "area": {"default": "eu", "enum": ["eu", "us"]}},
    },
    {"url": "https://{host}/api", "variables": {"host": {"default": "api.example.test"}}},
]


@pytest.mark.parametrize(
    "tenant", ["evil.invalid/", "evil.invalid#", "evil.invalid?", "x:443/y", "x@evil.invalid", "a.b", "-a", "a" * 64]
)
def test_a_variable_in_a_host_must_be_one_dns_label(servers: ModuleType, tenant: str) -> None:
    """Before: the value went into the URL as it was, and ``evil.invalid/`` became the host."""
    with pytest.raises(ValueError, match=r"^tenant must be one DNS label"):
        servers.server_url(TENANT_SERVERS, tenant=tenant)


@pytest.mark.parametrize("value", ["a/b", "..", ".", "x?y", "x#y", "%2e", "é"])
def test_a_variable_in_the_path_must_be_one_segment_and_the_whole_host_a_host_name(
    servers: ModuleType, value: str
) -> None:
    with pytest.raises(ValueError, match=r"^brand must be one path segment"):
        servers.server_url(SERVERS, brand=value)
    with pytest.raises(ValueError, match=r"^host must be a host name"):
        servers.server_url(TENANT_SERVERS, 1, host=value + "/x")


def test_an_enum_is_obeyed_and_good_values_give_the_origin_expected(servers: ModuleType) -> None:
    with pytest.raises(ValueError, match=r"^area must be one of 'eu', 'us'$"):
        servers.server_url(TENANT_SERVERS, area="asia")
    assert servers.server_url(TENANT_SERVERS, tenant="acme-2", area="us") == "https://acme-2.example.test:8443/us/v1"
    assert servers.server_url(TENANT_SERVERS, 1, host="eu.api.example.test") == "https://eu.api.example.test/api"
