"""The schema evolution gate: current ``schemas/*.vN.json`` against every released version.

Rules (README, "For consumers"): each current contract is compared with every released file of
the same contract (BACKWARD_TRANSITIVE) by :func:`newswire.contracts.schemadiff.diff`.

* same version, incompatible difference -> fails: bump the version and say why in the changelog;
* same version, a widening of a published event -> fails unless a changelog line names the
  contract version and the field (consumers' code meets values it never saw);
* new version -> any difference passes if the changelog has an entry for the new version;
* a contract removed, a version going down, or ``schema_version`` disagreeing with the file's
  ``vN`` -> fails.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newswire.contracts.differences import WIDENING, Difference
from newswire.contracts.schemadiff import diff

_FILE = re.compile(r"^(?P<contract>[a-z_]+)\.v(?P<version>\d+)\.json$")
#: The contracts newswire publishes (widening needs a changelog line); others are its inputs.
PUBLISHED = frozenset({"article", "dead_letter"})


@dataclass(frozen=True, slots=True)
class Violation:
    file: str
    released: str
    difference: Difference

    def __str__(self) -> str:
        where = f"`{self.difference.field}`" if self.difference.field else "the document"
        return f"{self.file}: {where}: {self.difference.kind} (against {self.released})"


def check(schemas: Path, released: Path, changelog: str) -> list[str]:
    """Problems that should fail the build: one line each, naming the file, field and rule.

    ``released`` holds one folder per release (``released/<newswire version>/*.vN.json``);
    every current ``<contract>.vN.json`` is compared with every released file of its contract.
    """
    problems: list[str] = []
    current = {_parse(path): path for path in sorted(schemas.glob("*.v*.json"))}
    by_contract = {contract: (version, path) for (contract, version), path in current.items()}
    for old_path in sorted(released.glob("*/*.v*.json")):
        contract, old_version = _parse(old_path)
        label = f"{old_path.parent.name}/{old_path.name}"
        if contract not in by_contract:
            problems.append(f"{old_path.name}: contract `{contract}` removed (released in {label})")
            continue
        version, path = by_contract[contract]
        if version < old_version:
            problems.append(f"{path.name}: version went down from v{old_version} ({label})")
            continue
        differences = diff(json.loads(old_path.read_text()), json.loads(path.read_text()))
        tag = f"{contract}.v{version}"
        if version > old_version:
            # A new version may change anything, if the changelog says why.
            if differences and not _mentions(changelog, tag):
                kinds = ", ".join(
                    sorted({str(Violation(path.name, label, d)) for d in differences})
                )
                problems.append(
                    f"{path.name}: a new version, but the README changelog has no entry for "
                    f"{tag} saying why ({kinds})"
                )
            continue
        for difference in differences:
            violation = Violation(path.name, label, difference)
            if not difference.compatible:
                problems.append(
                    f"{violation}: breaks BACKWARD_TRANSITIVE compatibility (the new schema "
                    f"cannot read records written with the released one); bump the version to "
                    f"{contract}.v{version + 1} and say why in the README changelog"
                )
            elif (
                difference.kind in WIDENING
                and contract in PUBLISHED
                and not _mentions(changelog, tag, difference.field)
            ):
                problems.append(
                    f"{violation}: a widening (compatible under BACKWARD_TRANSITIVE, but "
                    f"consumers' code meets values it never saw); add a README changelog line "
                    f"for {tag} naming `{difference.field}`"
                )
    for (_contract, version), path in current.items():
        declared = _declared_version(json.loads(path.read_text()))
        if declared is not None and declared != version:
            problems.append(f"{path.name}: schema_version is {declared}, the file says v{version}")
    return problems


def changelog_of(readme: str) -> str:
    """The README's "Changelog" section (up to the next heading of the same or a higher level):
    only its lines count as announcing a change."""
    lines = readme.splitlines()
    for start, line in enumerate(lines):
        if line.lstrip("#").strip().lower() == "changelog" and line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            end = next(
                (
                    i
                    for i in range(start + 1, len(lines))
                    if lines[i].startswith("#")
                    and len(lines[i]) - len(lines[i].lstrip("#")) <= level
                ),
                len(lines),
            )
            return "\n".join(lines[start + 1 : end])
    return ""


def _parse(path: Path) -> tuple[str, int]:
    match = _FILE.match(path.name)
    if not match:
        raise ValueError(f"schema file not named <contract>.v<N>.json: {path}")
    return match["contract"], int(match["version"])


def _declared_version(schema: dict[str, Any]) -> int | None:
    prop = schema.get("properties", {}).get("schema_version", {})
    value = prop.get("const")
    return value if isinstance(value, int) else None


def _mentions(changelog: str, tag: str, field: str | None = None) -> bool:
    """A changelog line names the contract version (and the field, when given, in backticks)."""
    for line in changelog.splitlines():
        if tag in line and (field is None or f"`{field}`" in line):
            return True
    return False
