"""Call overhead: one generated call through the overlays (OAuth token auth, retry policy, typed errors,
model parsing) vs the same GET with a bare ``httpx.Client`` and ``response.json()``, on one loopback server.

The client is the OptiFlow Planning package's ``connect()``: client-credentials auth against a token
endpoint on the same server (fetched once, then cached as in real use) and the default retry policy.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.bench.server import serve
from tests.bench.timing import Row, side_by_side

TARGET = 1.10
NAMESPACE_TARGET = 1.05
PROFILE = {
    "business_id": "default-profile",
    "name": "Default Profile",
    "depot_set_business_id": "belgian-depots",
    "charging_location_set_business_id": "flanders-charging-locations",
    "break_rule_set_business_id": "eu-break-rules",
}


def run(repeat: int = 15, calls: int = 200) -> list[Row]:
    from optiflow_planning_client import connect
    from optiflow_planning_client.api.plan_profiles import get_plan_profile

    routes: dict[str, Any] = {
        "/token": lambda query: {"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600},
        "/plan-profiles/default-profile": lambda query: PROFILE,
    }
    with serve(routes) as url:
        client = connect(client_id="bench", client_secret="bench-secret", base_url=url, token_url=f"{url}/token")
        raw = httpx.Client(base_url=url, headers={"Authorization": "Bearer bench-token"})
        with client, raw:

            def ours() -> None:
                for _ in range(calls):
                    profile = get_plan_profile.sync("default-profile", client=client)
                    assert profile is not None

            def namespace() -> None:
                for _ in range(calls):
                    profile = client.plan_profiles.get("default-profile")
                    assert profile.name

            def baseline() -> None:
                for _ in range(calls):
                    response = raw.get("/plan-profiles/default-profile")
                    response.raise_for_status()
                    assert response.json()["business_id"]

            ours()  # token fetched, connections open, code warm on both sides before timing
            namespace()
            baseline()
            mine, theirs = side_by_side(ours, baseline, repeat)
            through, theirs_again = side_by_side(namespace, baseline, repeat)
    return [
        Row("one call (auth + retry + errors + model)", mine / calls, theirs / calls, TARGET, "ratio"),
        Row("one call via client.plan_profiles.get", through / calls, theirs_again / calls, NAMESPACE_TARGET, "ratio"),
    ]
