"""The schema evolution gate: released schemas against the current ones, BACKWARD_TRANSITIVE."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newswire.contracts.compat import changelog_of, check
from newswire.contracts.schemadiff import diff
from tests.support import REPO

SCHEMAS = REPO / "schemas"
FIRST_RELEASE = "* **article.v1, dead_letter.v1, raw_article.v1** (newswire 0.1.0): first release."

Edit = Callable[[dict[str, Any]], None]


def test_current_schemas_pass_the_gate() -> None:
    """The schemas in schemas/ are compatible with every release in schemas/released/, given
    the README's changelog: this is the gate `make test` enforces."""
    changelog = changelog_of((REPO / "README.md").read_text())
    assert check(SCHEMAS, SCHEMAS / "released", changelog) == []


def _gate(tmp_path: Path, file: str, edit: Edit, changelog: str = FIRST_RELEASE) -> list[str]:
    """The gate's verdict on the released schemas with one file edited."""
    current = tmp_path / "schemas"
    released = tmp_path / "released" / "0.1.0"
    current.mkdir(parents=True)
    released.mkdir(parents=True)
    for path in (SCHEMAS / "released" / "0.1.0").glob("*.json"):
        (released / path.name).write_text(path.read_text())
        (current / path.name).write_text(path.read_text())
    schema = json.loads((current / file).read_text())
    edit(schema)
    (current / file).unlink()
    version = schema.get("properties", {}).get("schema_version", {}).get("const", 1)
    (current / file.replace(".v1.", f".v{version}.")).write_text(json.dumps(schema))
    return check(current, tmp_path / "released", changelog)


def _remove(name: str) -> Edit:
    def edit(schema: dict[str, Any]) -> None:
        del schema["properties"][name]
        schema["required"] = [f for f in schema.get("required", []) if f != name]

    return edit


def _rename(old: str, new: str) -> Edit:
    def edit(schema: dict[str, Any]) -> None:
        schema["properties"][new] = schema["properties"].pop(old)
        schema["required"] = [new if f == old else f for f in schema.get("required", [])]

    return edit


def _set(path: str, value: Any) -> Edit:
    def edit(schema: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        target = schema
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[int(last) if isinstance(target, list) else last] = copy.deepcopy(value)

    return edit


def _require(name: str) -> Edit:
    def edit(schema: dict[str, Any]) -> None:
        schema["required"] = [*schema.get("required", []), name]

    return edit


def _add_optional(name: str) -> Edit:
    def edit(schema: dict[str, Any]) -> None:
        schema["properties"][name] = {"anyOf": [{"type": "string"}, {"type": "null"}]}

    return edit


NULLABLE_STRING = {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Title"}


@pytest.mark.parametrize(
    ("file", "edit", "field", "rule"),
    [
        (
            "article.v1.json",
            _remove("section"),
            "section",
            "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        ),
        (
            "article.v1.json",
            _rename("dateline", "place"),
            "dateline",
            "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        ),
        (
            "article.v1.json",
            _rename("dateline", "place"),
            "place",
            "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
        ),
        (
            "article.v1.json",
            _set("properties/word_count/type", "string"),
            "word_count",
            "TYPE_CHANGED",
        ),
        (
            "article.v1.json",
            _set("properties/language_confidence/anyOf/0/type", "integer"),
            "language_confidence",
            "TYPE_NARROWED",
        ),
        ("article.v1.json", _set("properties/url", {"type": "string"}), "url", "TYPE_CHANGED"),
        (
            "article.v1.json",
            _set("$defs/Provenance/properties/content_type/enum", ["text/html"]),
            "provenance.content_type",
            "ENUM_ARRAY_NARROWED",
        ),
        (
            # The envelope is open (unknown fields ignored): an older producer may have sent a
            # field of that name with any value, which the new schema would now constrain.
            "raw_article.v1.json",
            _add_optional("referrer"),
            "referrer",
            "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
        ),
        (
            "raw_article.v1.json",
            _require("source"),
            "source",
            "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED",
        ),
        (
            "raw_article.v1.json",
            _set("properties/url/anyOf/0/maxLength", 100),
            "url",
            "MAX_LENGTH_DECREASED",
        ),
        (
            "dead_letter.v1.json",
            _set(
                "$defs/OriginalRecord/properties/headers/items/prefixItems/1", {"type": "integer"}
            ),
            "original.headers[][1]",
            "TYPE_CHANGED",
        ),
    ],
)
def test_breaking_edit_fails_naming_the_field_and_the_rule(
    tmp_path: Path, file: str, edit: Edit, field: str, rule: str
) -> None:
    """A change a consumer on the new schema could not read old records with fails the gate,
    and the message names the file, the field (dotted path) and the registry rule."""
    problems = _gate(tmp_path, file, edit)
    assert any(f"{file}: `{field}`: {rule} " in p for p in problems), problems
    assert all("BACKWARD_TRANSITIVE" in p for p in problems)


@pytest.mark.parametrize(
    ("file", "edit"),
    [
        ("article.v1.json", _add_optional("subtitle")),
        ("article.v1.json", _set("properties/body/description", "Reworded.")),
        ("article.v1.json", _set("$defs/Image/properties/url/default", "")),
        (
            "raw_article.v1.json",
            _set(
                "properties/content_type/anyOf/0/enum", ["text/html", "text/plain", "text/markdown"]
            ),
        ),
        ("raw_article.v1.json", _set("properties/body", NULLABLE_STRING)),
    ],
)
def test_compatible_edit_passes(tmp_path: Path, file: str, edit: Edit) -> None:
    """Adding an optional field to an event (closed content model), rewording, a new default,
    and widening the input envelope (newswire is its reader) pass without any changelog line."""
    assert _gate(tmp_path, file, edit) == []


def test_widening_a_published_field_needs_a_changelog_line_naming_it(tmp_path: Path) -> None:
    """`title: string -> string|null` is compatible for the registry (SUM_TYPE_EXTENDED) but
    consumers' code meets a null: it fails until a changelog line names article.v1 and `title`."""
    widen = _set("properties/title", NULLABLE_STRING)
    problems = _gate(tmp_path, "article.v1.json", widen)
    assert len(problems) == 1
    assert "article.v1.json: `title`: SUM_TYPE_EXTENDED " in problems[0]
    assert "naming `title`" in problems[0]
    unrelated = f"{FIRST_RELEASE}\n* **article.v1**: `section` may be longer."
    assert _gate(tmp_path / "b", "article.v1.json", widen, unrelated) != []
    announced = f"{FIRST_RELEASE}\n* **article.v1**: `title` may be null (issue 14)."
    assert _gate(tmp_path / "c", "article.v1.json", widen, announced) == []


def test_enum_value_added_to_a_published_event_is_a_widening(tmp_path: Path) -> None:
    """A new provenance content type is a value consumers never saw: announced, not free."""
    edit = _set("$defs/Provenance/properties/content_type/enum", ["text/html", "text/plain", "x"])
    problems = _gate(tmp_path, "article.v1.json", edit)
    assert len(problems) == 1
    assert "`provenance.content_type`: ENUM_ARRAY_EXTENDED" in problems[0]


def _bump(schema: dict[str, Any]) -> None:
    _remove("section")(schema)
    schema["properties"]["schema_version"]["const"] = 2
    schema["properties"]["schema_version"]["default"] = 2


def test_breaking_change_passes_with_a_version_bump_and_a_changelog_entry(tmp_path: Path) -> None:
    """Removing a field is allowed in article.v2 once the changelog says why; without the entry
    the bump alone fails."""
    problems = _gate(tmp_path, "article.v1.json", _bump)
    assert len(problems) == 1
    assert "no entry for article.v2" in problems[0]
    assert "`section`: PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL" in problems[0]
    changelog = f"{FIRST_RELEASE}\n* **article.v2**: `section` removed: it was never filled."
    assert _gate(tmp_path / "b", "article.v1.json", _bump, changelog) == []


def test_schema_version_must_match_the_file_name(tmp_path: Path) -> None:
    """A payload declaring schema_version 2 in article.v1.json is caught."""
    current = tmp_path / "schemas"
    current.mkdir()
    for path in (SCHEMAS / "released" / "0.1.0").glob("*.json"):
        (current / path.name).write_text(path.read_text())
    schema = json.loads((current / "article.v1.json").read_text())
    schema["properties"]["schema_version"]["const"] = 2
    (current / "article.v1.json").write_text(json.dumps(schema))
    problems = check(current, SCHEMAS / "released", FIRST_RELEASE)
    assert any("schema_version is 2, the file says v1" in p for p in problems)


def test_removed_contract_fails(tmp_path: Path) -> None:
    """Dropping a published contract altogether is reported."""
    current = tmp_path / "schemas"
    current.mkdir()
    for name in ("article.v1.json", "raw_article.v1.json"):
        (current / name).write_text((SCHEMAS / name).read_text())
    problems = check(current, SCHEMAS / "released", FIRST_RELEASE)
    assert any("contract `dead_letter` removed" in p for p in problems)


def test_changelog_is_only_the_changelog_section() -> None:
    """Lines elsewhere in the README (e.g. the contracts section naming article.v1.json) do not
    announce anything; the section ends at the next heading of its level."""
    readme = "## Contracts\narticle.v1 `title`\n### Changelog\n* article.v1 `body`\n## Next\nx"
    assert changelog_of(readme) == "* article.v1 `body`"


def test_transitive_against_every_release(tmp_path: Path) -> None:
    """A schema compatible with the latest release but not with an earlier one fails: the
    comparison runs against every folder in released/ (BACKWARD_TRANSITIVE, not BACKWARD)."""
    schema = json.loads((SCHEMAS / "raw_article.v1.json").read_text())
    older = copy.deepcopy(schema)
    older["properties"]["url"]["anyOf"][0]["maxLength"] = 10_000
    for release, content in (("0.0.9", older), ("0.1.0", schema)):
        (tmp_path / "released" / release).mkdir(parents=True)
        (tmp_path / "released" / release / "raw_article.v1.json").write_text(json.dumps(content))
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "raw_article.v1.json").write_text(json.dumps(schema))
    problems = check(tmp_path / "schemas", tmp_path / "released", "")
    assert problems, "a narrowing against the older release must fail"
    assert all("against 0.0.9/raw_article.v1.json" in p for p in problems)
    assert "`url`: MAX_LENGTH_DECREASED (against 0.0.9/raw_article.v1.json)" in problems[0]


@pytest.mark.parametrize(
    ("old", "new", "kinds"),
    [
        ({"type": "integer"}, {"type": "number"}, ["TYPE_EXTENDED"]),
        ({"type": "string"}, {"type": ["string", "null"]}, ["SUM_TYPE_EXTENDED"]),
        ({"type": ["string", "null"]}, {"type": "string"}, ["TYPE_CHANGED"]),
        ({"enum": ["a", "b"]}, {"enum": ["b", "c"]}, ["ENUM_ARRAY_CHANGED"]),
        ({"const": 1}, {"const": 2}, ["ENUM_ARRAY_CHANGED"]),
        ({"type": "string", "minLength": 1}, {"type": "string"}, ["MIN_LENGTH_REMOVED"]),
        ({"type": "string"}, {}, []),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            {"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 3}]},
            ["MAX_LENGTH_ADDED", "COMBINED_TYPE_SUBSCHEMAS_CHANGED"],
        ),
    ],
)
def test_diff_rules(old: dict[str, Any], new: dict[str, Any], kinds: list[str]) -> None:
    """The differences follow the registry's names and directions (old = writer, new = reader)."""
    assert [d.kind for d in diff(old, new)] == kinds
