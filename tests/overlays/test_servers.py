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
