"""The spec-change report: what changed for callers, whether it breaks them, and the version it calls for."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from specs._pipeline.changes import apply, compare_with_committed
from specs._pipeline.generate import generate
from specs._pipeline.registry import load_registry
from specs._pipeline.specdiff import Change, diff_documents, propose, schema_usage, update_changelog, version_level
from specs._pipeline.specdoc import load_document
from tests.pipeline.scratch import FIXTURES, commit_all, make_repo

MINI = load_document(FIXTURES / "mini" / "openapi.yaml")


def changed(edit: Callable[[dict[str, Any]], None]) -> list[Change]:
    new = copy.deepcopy(MINI)
    edit(new)
    return list(diff_documents(MINI, new).changes)


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def test_identical_documents_have_no_changes() -> None:
    diff = diff_documents(MINI, copy.deepcopy(MINI))
    assert diff.identical
    assert diff.changes == ()
    assert diff.level == "none"


def test_schema_usage_follows_refs_to_each_side() -> None:
    usage = schema_usage(MINI)
    assert usage["PlanProfile"] == {"request", "response"}  # upserted and listed
    assert usage["PlanProfilePage"] == {"response"}
    assert usage["Problem"] == {"response"}


def test_a_removed_field_is_breaking() -> None:
    change = only(changed(lambda d: schema(d, "PlanProfile")["properties"].pop("maxDrivingTime")))
    assert (change.kind, change.what, change.where, change.breaking) == (
        "removed",
        "field",
        "PlanProfile.maxDrivingTime",
        True,
    )


def test_an_added_optional_field_is_not_breaking() -> None:
    change = only(changed(lambda d: schema(d, "PlanProfile")["properties"].update(colour={"type": "string"})))
    assert (change.kind, change.what, change.where, change.breaking) == ("added", "field", "PlanProfile.colour", False)
    assert change.detail == "optional"


def test_a_new_required_request_field_is_breaking_but_not_in_a_response_only_schema() -> None:
    def required_in(name: str) -> Callable[[dict[str, Any]], None]:
        def edit(doc: dict[str, Any]) -> None:
            schema(doc, name)["properties"]["code"] = {"type": "string"}
            schema(doc, name).setdefault("required", []).append("code")

        return edit

    assert only(changed(required_in("PlanProfile"))).breaking  # sent by upsertPlanProfile
    assert not only(changed(required_in("Problem"))).breaking  # only ever received


def test_requiredness_changes_depend_on_the_side() -> None:
    now_required = only(changed(lambda d: schema(d, "PlanProfile")["required"].append("maxDrivingTime")))
    assert (now_required.detail, now_required.breaking) == ("now required", True)

    def optional_cursor(doc: dict[str, Any]) -> None:
        schema(doc, "PlanProfilePage")["required"] = ["data"]

    now_optional = only(changed(optional_cursor))  # callers reading page.cursor may now get nothing
    assert (now_optional.where, now_optional.detail, now_optional.breaking) == (
        "PlanProfilePage.cursor",
        "now optional",
        True,
    )


def test_a_changed_type_is_breaking() -> None:
    change = only(changed(lambda d: schema(d, "PlanProfile")["properties"].update(maxDrivingTime={"type": "string"})))
    assert (change.what, change.detail, change.breaking) == ("type", "integer -> string", True)


def test_nested_inline_fields_are_compared() -> None:
    def nullable_next(doc: dict[str, Any]) -> None:
        schema(doc, "PlanProfilePage")["properties"]["cursor"]["properties"]["next"]["nullable"] = False

    change = only(changed(nullable_next))
    assert change.where == "PlanProfilePage.cursor.next"
    assert not change.breaking  # a response value that can no longer be null breaks no reader


def test_respelling_a_reference_reports_nothing() -> None:
    """``allOf`` around a ``$ref`` (to put ``readOnly`` or a marker beside it) and a null-only ``anyOf`` member (to
    make it nullable) are spellings of the same reference, as the generated client sees it."""
    items = {"$ref": "#/components/schemas/PlanProfile"}

    def wrapped(doc: dict[str, Any]) -> None:
        schema(doc, "PlanProfilePage")["properties"]["data"]["items"] = {"readOnly": True, "allOf": [items]}

    assert changed(wrapped) == []
    before, after = copy.deepcopy(MINI), copy.deepcopy(MINI)
    schema(before, "PlanProfilePage")["properties"]["data"]["items"] = {"nullable": True, "allOf": [items]}
    null = {"type": "object", "nullable": True, "enum": [None]}
    schema(after, "PlanProfilePage")["properties"]["data"]["items"] = {"anyOf": [items, null]}
    assert diff_documents(before, after).changes == ()


def test_a_reference_made_nullable_is_seen() -> None:
    null = {"type": "object", "nullable": True, "enum": [None]}

    def nullable(doc: dict[str, Any]) -> None:
        items = schema(doc, "PlanProfilePage")["properties"]["data"]["items"]
        schema(doc, "PlanProfilePage")["properties"]["data"]["items"] = {"anyOf": [items, null]}

    change = only(changed(nullable))
    assert (change.where, change.detail, change.breaking) == ("PlanProfilePage.data[]", "now nullable", True)


def test_enum_values_widening_breaks_nothing_narrowing_a_request_breaks() -> None:
    def with_enum(values: list[str]) -> Callable[[dict[str, Any]], None]:
        def edit(doc: dict[str, Any]) -> None:
            schema(doc, "Problem")["properties"]["type"]["enum"] = values
            schema(doc, "PlanProfile")["properties"]["name"]["enum"] = values

        return edit

    base = copy.deepcopy(MINI)
    with_enum(["a", "b"])(base)
    wider = copy.deepcopy(base)
    with_enum(["a", "b", "c"])(wider)
    changes = {c.where: c for c in diff_documents(base, wider).changes}
    assert not changes["Problem.type = 'c'"].breaking  # the generated enums are open: older clients read it
    assert not changes["PlanProfile.name = 'c'"].breaking  # and senders only gain a choice
    assert changes["Problem.type = 'c'"].kind == "added"
    narrower = copy.deepcopy(base)
    with_enum(["a"])(narrower)
    changes = {c.where: c for c in diff_documents(base, narrower).changes}
    assert not changes["Problem.type = 'b'"].breaking
    assert changes["PlanProfile.name = 'b'"].breaking


def test_operations_and_parameters() -> None:
    removed = only(changed(lambda d: d["paths"].pop("/ping")))
    assert (removed.kind, removed.what, removed.where, removed.breaking) == ("removed", "operation", "ping", True)

    def add_operation(doc: dict[str, Any]) -> None:
        doc["paths"]["/version"] = {"get": {"operationId": "getVersion", "responses": {"204": {"description": "ok"}}}}

    added = only(changed(add_operation))
    assert (added.kind, added.what, added.breaking) == ("added", "operation", False)

    def parameter(required: bool) -> Callable[[dict[str, Any]], None]:
        def edit(doc: dict[str, Any]) -> None:
            doc["paths"]["/plan-profiles"]["get"]["parameters"].append(
                {"name": "depot", "in": "query", "required": required, "schema": {"type": "string"}}
            )

        return edit

    assert not only(changed(parameter(False))).breaking
    new_required = only(changed(parameter(True)))
    assert (new_required.where, new_required.breaking) == ("listPlanProfiles: query depot", True)
    gone = only(changed(lambda d: d["paths"]["/plan-profiles"]["get"]["parameters"].pop(0)))
    assert (gone.kind, gone.where, gone.breaking) == ("removed", "listPlanProfiles: query limit", True)


def test_removed_success_response_and_schema_are_breaking() -> None:
    def drop_problem(doc: dict[str, Any]) -> None:
        del doc["paths"]["/plan-profiles/{business_id}"]["get"]["responses"]["404"]
        del doc["components"]["schemas"]["Problem"]

    changes = {(c.what, c.where): c.breaking for c in changed(drop_problem)}
    assert changes == {("response", "getPlanProfile: 404"): False, ("schema", "Problem"): True}
    success = only(changed(lambda d: d["paths"]["/ping"]["get"]["responses"].pop("200")))
    assert success.breaking


def test_proposals_follow_the_version_scheme() -> None:
    new = copy.deepcopy(MINI)
    schema(new, "PlanProfile")["properties"].pop("maxDrivingTime")
    same_api = diff_documents(MINI, new)
    proposal = propose(same_api, old_revision=1, current_revision=1)
    assert proposal.version == "1.13.0.2"  # the API version did not move: the revision does
    assert propose(same_api, old_revision=1, current_revision=2).version == "1.13.0.2"  # already raised

    new["info"]["version"] = "1.14.0"
    moved = diff_documents(MINI, new)
    proposal = propose(moved, old_revision=1, current_revision=1)
    assert proposal.version == "1.14.0.1"
    assert moved.level == "major"
    assert any("minor-level but the changes are major-level" in r for r in proposal.reasons)

    docs_only = copy.deepcopy(MINI)
    docs_only["info"]["description"] = "Now documented."
    diff = diff_documents(MINI, docs_only)
    assert (diff.changes, diff.level) == ((), "patch")
    assert propose(diff, 1, 1).version == "1.13.0.2"


@pytest.mark.parametrize(
    ("old", "new", "level"),
    [
        ("1.13.0", "2.0.0", "major"),
        ("1.13.0", "1.14.0", "minor"),
        ("1.13", "1.13.1", "patch"),
        ("1.13", "1.13.0", "none"),
    ],
)
def test_version_level(old: str, new: str, level: str) -> None:
    assert version_level(old, new) == level


def test_changelog_sections_are_newest_first_and_replaced_in_place() -> None:
    text = "# Changelog\n\nIntro.\n\n## 1.13.0.1\n\n- First release.\n"
    once = update_changelog(text, "1.13.0.2", "## 1.13.0.2\n\n- Second.\n")
    assert once == "# Changelog\n\nIntro.\n\n## 1.13.0.2\n\n- Second.\n\n## 1.13.0.1\n\n- First release.\n"
    assert update_changelog(once, "1.13.0.2", "## 1.13.0.2\n\n- Second, amended.\n").count("## 1.13.0.2") == 1


def test_diff_against_git_head_then_apply_records_changelog_and_revision(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, with_git=True)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    text = spec.read_text()
    text = text.replace("        maxDrivingTime: {type: integer, minimum: 0}\n", "        colour: {type: string}\n")
    spec.write_text(text)
    (entry,) = load_registry(repo)

    comparison = compare_with_committed(entry, repo)
    report = comparison.report()
    assert "BREAKING    removed field `PlanProfile.maxDrivingTime`" in report
    assert "compatible  added field `PlanProfile.colour` (optional)" in report
    assert "proposed package version: 1.13.0.2" in report

    apply(comparison, repo)
    assert "revision = 2" in (repo / "specs" / "mini" / "api.toml").read_text()
    changelog = (repo / "specs" / "mini" / "CHANGELOG.md").read_text()
    assert changelog.index("## 1.13.0.2") < changelog.index("## 1.13.0.1")  # the shipped history is kept
    assert "- **Breaking**: removed field `PlanProfile.maxDrivingTime`" in changelog

    (entry,) = load_registry(repo)  # applying twice changes nothing more
    again = compare_with_committed(entry, repo)
    apply(again, repo)
    assert (repo / "specs" / "mini" / "CHANGELOG.md").read_text() == changelog
    assert "revision = 2" in (repo / "specs" / "mini" / "api.toml").read_text()

    generate(load_registry(repo), repo)  # the package carries the CHANGELOG
    assert (repo / "generated" / "mini-client" / "CHANGELOG.md").read_text() == changelog
    commit_all(repo, "record")
    (entry,) = load_registry(repo)
    assert compare_with_committed(entry, repo).diff.identical


def test_a_new_api_is_all_additions() -> None:
    diff = diff_documents(None, MINI)
    assert diff.old_version is None
    assert not diff.breaking
    assert {c.what for c in diff.changes} == {"operation", "schema"}
    assert propose(diff, 0, 1).version == "1.13.0.1"
