"""Schema evolution gate: compare the published JSON Schemas with the released ones.

The rules are a schema registry's BACKWARD_TRANSITIVE mode for JSON Schema, as Confluent's
Schema Registry implements it (``io.confluent.kafka.schemaregistry.json.diff``): the new schema
must read every record written with ANY released schema of the same contract, so a consumer on
the latest schema can replay a topic from the beginning. A change is classified with Confluent's
difference names, and the incompatible ones (e.g. ``PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL``,
``TYPE_NARROWED``, ``ENUM_ARRAY_NARROWED``, ``REQUIRED_ATTRIBUTE_ADDED``) fail unless the schema
version is bumped (``article.v2.json``) and the README's changelog has an entry for it.

Widening (``string`` -> ``string|null``, an enum value added, a bound loosened, a field no longer
required) is compatible for the registry: the new schema reads all old records. But a consumer's
CODE written against the old schema meets values it never saw (a null title), and BACKWARD's
deployment order is "consumers first". So on the events newswire PUBLISHES, a widening passes only
when the changelog names the field for that version: consumers learn of it before it ships. On the
input envelope newswire is the reader, and widening is simply compatible. Adding an optional field
passes without a note: code that does not know a field cannot break on it.

Handles the JSON Schema that pydantic generates: $ref into $defs, anyOf/oneOf/allOf, type (one or
several), const, enum, object (properties, required, additionalProperties), array (items,
prefixItems, min/maxItems), string and number bounds. Annotations (title, description, default,
format) never make a change incompatible, as in the registry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from newswire.contracts.differences import Difference

_BOUNDS = (
    ("maxLength", "MAX_LENGTH"),
    ("minLength", "MIN_LENGTH"),
    ("maximum", "MAXIMUM"),
    ("minimum", "MINIMUM"),
    ("exclusiveMaximum", "EXCLUSIVE_MAXIMUM"),
    ("exclusiveMinimum", "EXCLUSIVE_MINIMUM"),
    ("maxItems", "MAX_ITEMS"),
    ("minItems", "MIN_ITEMS"),
)


@dataclass
class _Context:
    old_root: dict[str, Any]
    new_root: dict[str, Any]
    path: list[str] = field(default_factory=list)
    found: list[Difference] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)

    def add(self, kind: str) -> None:
        self.found.append(Difference(_field_name(self.path), kind))

    def sub(self) -> _Context:
        return _Context(self.old_root, self.new_root, list(self.path), [], set(self.seen))

    @property
    def compatible(self) -> bool:
        return all(d.compatible for d in self.found)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Difference]:
    """Every difference between a released schema (writer) and the current one (reader)."""
    ctx = _Context(old, new)
    _compare(ctx, old, new)
    return ctx.found


def _field_name(path: list[str]) -> str:
    name = ""
    for part in path:
        name += part if part.startswith("[") else (f".{part}" if name else part)
    return name


def _resolve(root: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref}")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        schema = target
    return schema


def _kind(schema: Any) -> str:  # noqa: PLR0911 - a decision list: one schema shape, one kind
    """The everit schema class a schema would load as (what the registry compares)."""
    if schema is True or schema == {}:
        return "empty"
    if schema is False:
        return "false"
    if any(key in schema for key in ("anyOf", "oneOf", "allOf")):
        return "combined"
    if "const" in schema:
        return "const"
    if "enum" in schema:
        return "enum"
    kind = schema.get("type")
    if isinstance(kind, list):
        return "combined" if len(kind) > 1 else _kind({**schema, "type": kind[0]})
    if kind in ("integer", "number"):
        return "number"
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        return "empty"
    return str(kind)


def _subschemas(schema: dict[str, Any]) -> tuple[str, list[Any]]:
    for criterion in ("anyOf", "oneOf", "allOf"):
        if criterion in schema:
            return criterion, list(schema[criterion])
    # {"type": [a, b]} is a sum of single-type schemas sharing the other keywords
    rest = {k: v for k, v in schema.items() if k != "type"}
    return "anyOf", [{**rest, "type": t} for t in schema["type"]]


def _compare(ctx: _Context, old: Any, new: Any) -> None:
    old, new = _resolve(ctx.old_root, old), _resolve(ctx.new_root, new)
    old_kind, new_kind = _kind(old), _kind(new)
    if old_kind != "combined" and new_kind == "combined":
        criterion, options = _subschemas(new)
        if len(options) == 1 or criterion in ("anyOf", "oneOf"):
            for option in options:
                sub = ctx.sub()
                _compare(sub, old, option)
                if sub.compatible:
                    ctx.found.extend(sub.found)
                    if len(options) > 1:
                        ctx.add("SUM_TYPE_EXTENDED")
                    return
    elif old_kind == "combined" and new_kind != "combined":
        _, options = _subschemas(old)
        if len(options) == 1:
            sub = ctx.sub()
            _compare(sub, options[0], new)
            if sub.compatible:
                ctx.found.extend(sub.found)
                return
    if old_kind != new_kind:
        if old_kind == "false" or new_kind == "empty":
            return
        ctx.add("TYPE_CHANGED")
        return
    key = (id(old), id(new))
    if key in ctx.seen:  # a recursive $ref already being compared further up
        return
    ctx.seen.add(key)
    try:
        _compare_same_kind(ctx, old_kind, old, new)
    finally:
        ctx.seen.discard(key)


def _compare_same_kind(ctx: _Context, old_kind: str, old: Any, new: Any) -> None:
    if old_kind == "number":
        _compare_number(ctx, old, new)
    elif old_kind == "string":
        _compare_bounds(ctx, old, new, ("maxLength", "minLength"))
        if old.get("pattern") != new.get("pattern"):
            ctx.add(
                "PATTERN_ADDED"
                if "pattern" not in old
                else "PATTERN_REMOVED"
                if "pattern" not in new
                else "PATTERN_CHANGED"
            )
    elif old_kind == "const":
        if old["const"] != new["const"]:
            ctx.add("ENUM_ARRAY_CHANGED")
    elif old_kind == "enum":
        _compare_enum(ctx, old["enum"], new["enum"])
    elif old_kind == "combined":
        _compare_combined(ctx, old, new)
    elif old_kind == "object":
        _compare_object(ctx, old, new)
    elif old_kind == "array":
        _compare_array(ctx, old, new)


def _compare_number(ctx: _Context, old: dict[str, Any], new: dict[str, Any]) -> None:
    if old.get("type") != new.get("type"):
        ctx.add("TYPE_EXTENDED" if new.get("type") == "number" else "TYPE_NARROWED")
    _compare_bounds(ctx, old, new, ("maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"))


def _compare_bounds(
    ctx: _Context, old: dict[str, Any], new: dict[str, Any], keywords: tuple[str, ...]
) -> None:
    for keyword, name in _BOUNDS:
        if keyword not in keywords or old.get(keyword) == new.get(keyword):
            continue
        if keyword not in old:
            ctx.add(f"{name}_ADDED")
        elif keyword not in new:
            ctx.add(f"{name}_REMOVED")
        else:
            ctx.add(f"{name}_{'INCREASED' if new[keyword] > old[keyword] else 'DECREASED'}")


def _compare_enum(ctx: _Context, old: list[Any], new: list[Any]) -> None:
    old_values, new_values = {json.dumps(v) for v in old}, {json.dumps(v) for v in new}
    if old_values == new_values:
        return
    if new_values >= old_values:
        ctx.add("ENUM_ARRAY_EXTENDED")
    elif old_values >= new_values:
        ctx.add("ENUM_ARRAY_NARROWED")
    else:
        ctx.add("ENUM_ARRAY_CHANGED")


def _compare_combined(ctx: _Context, old: dict[str, Any], new: dict[str, Any]) -> None:  # noqa: PLR0912 - a decision list: Confluent's combined-schema cases in its order
    old_criterion, old_options = _subschemas(old)
    new_criterion, new_options = _subschemas(new)
    if old_criterion != new_criterion:
        if new_criterion == "anyOf" or (
            len(old_options) == 1 and (new_criterion == "oneOf" or len(new_options) == 1)
        ):
            ctx.add("COMBINED_TYPE_EXTENDED")
        else:
            ctx.add("COMBINED_TYPE_CHANGED")
            return
    old_unique = list({json.dumps(o, sort_keys=True): o for o in old_options}.values())
    new_unique = list({json.dumps(o, sort_keys=True): o for o in new_options}.values())
    product = new_criterion == "allOf"
    if len(old_unique) < len(new_unique):
        ctx.add("PRODUCT_TYPE_EXTENDED" if product else "SUM_TYPE_EXTENDED")
    elif len(old_unique) > len(new_unique):
        ctx.add("PRODUCT_TYPE_NARROWED" if product else "SUM_TYPE_NARROWED")
    # Pair each old option with a new one that reads it (a maximum bipartite matching).
    edges: dict[int, dict[int, list[Difference]]] = {}
    # Why an old option found no reader, when exactly one new option has its kind (the
    # registry reports only COMBINED_TYPE_SUBSCHEMAS_CHANGED; this names the actual change).
    reasons: dict[int, list[Difference]] = {}
    for i, old_option in enumerate(old_unique):
        same_kind = []
        for j, new_option in enumerate(new_unique):
            sub = ctx.sub()
            _compare(sub, old_option, new_option)
            if sub.compatible:
                edges.setdefault(i, {})[j] = sub.found
            elif _kind(_resolve(ctx.old_root, old_option)) == _kind(
                _resolve(ctx.new_root, new_option)
            ):
                same_kind.append(sub.found)
        if len(same_kind) == 1:
            reasons[i] = [d for d in same_kind[0] if not d.compatible]
    matched = _match(edges, len(old_unique))
    for i, j in matched.items():
        ctx.found.extend(edges[i][j])
    if len(matched) < min(len(old_unique), len(new_unique)):
        for i in range(len(old_unique)):
            if i not in matched:
                ctx.found.extend(reasons.get(i, []))
        ctx.add("COMBINED_TYPE_SUBSCHEMAS_CHANGED")


def _match(edges: dict[int, dict[int, list[Difference]]], left: int) -> dict[int, int]:
    owner: dict[int, int] = {}  # right -> left

    def augment(i: int, visited: set[int]) -> bool:
        for j in edges.get(i, {}):
            if j not in visited:
                visited.add(j)
                if j not in owner or augment(owner[j], visited):
                    owner[j] = i
                    return True
        return False

    for i in range(left):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _is_open(schema: dict[str, Any]) -> bool:
    extra = schema.get("additionalProperties", True)
    return extra is True and not schema.get("patternProperties")


def _compare_object(ctx: _Context, old: dict[str, Any], new: dict[str, Any]) -> None:  # noqa: PLR0912 - a decision list: Confluent's object-property cases in its order
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for name in old_props:
        if name in new_props and (name in old_required) != (name in new_required):
            ctx.path.append(name)
            if name in old_required:
                ctx.add("REQUIRED_ATTRIBUTE_REMOVED")
            elif "default" in _resolve(ctx.new_root, new_props[name]):
                ctx.add("REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED")
            else:
                ctx.add("REQUIRED_ATTRIBUTE_ADDED")
            ctx.path.pop()
    for name in [*old_props, *(n for n in new_props if n not in old_props)]:
        ctx.path.append(name)
        if name not in new_props:
            if _is_open(new):
                ctx.add("PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL")
            elif old_props[name] is False:
                ctx.add("PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL")
            else:
                ctx.add("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL")
        elif name not in old_props:
            if _is_open(old):
                empty = new_props[name] in (True, {})
                ctx.add(
                    "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL"
                    if empty
                    else "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"
                )
            elif name in new_required:
                has_default = "default" in _resolve(ctx.new_root, new_props[name])
                ctx.add(
                    "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL"
                    if has_default
                    else "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL"
                )
            else:
                ctx.add("OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL")
        else:
            _compare(ctx, old_props[name], new_props[name])
        ctx.path.pop()
    old_extra, new_extra = old.get("additionalProperties", True), new.get("additionalProperties")
    new_extra = True if new_extra is None else new_extra
    if (old_extra is not False) != (new_extra is not False):
        ctx.add(
            "ADDITIONAL_PROPERTIES_ADDED"
            if new_extra is not False
            else "ADDITIONAL_PROPERTIES_REMOVED"
        )
    elif old_extra is True and isinstance(new_extra, dict):
        ctx.add("ADDITIONAL_PROPERTIES_NARROWED")
    elif isinstance(old_extra, dict) and new_extra is True:
        ctx.add("ADDITIONAL_PROPERTIES_EXTENDED")
    elif isinstance(old_extra, dict) and isinstance(new_extra, dict):
        _compare(ctx, old_extra, new_extra)


def _compare_array(ctx: _Context, old: dict[str, Any], new: dict[str, Any]) -> None:
    ctx.path.append("[]")
    if "items" in old or "items" in new:
        if "items" not in new:
            ctx.add("SCHEMA_REMOVED")
        elif "items" not in old:
            ctx.add("SCHEMA_ADDED")
        else:
            _compare(ctx, old["items"], new["items"])
    ctx.path.pop()
    old_tuple, new_tuple = old.get("prefixItems", []), new.get("prefixItems", [])
    for index in range(min(len(old_tuple), len(new_tuple))):
        ctx.path.append(f"[{index}]")
        _compare(ctx, old_tuple[index], new_tuple[index])
        ctx.path.pop()
    if len(old_tuple) != len(new_tuple):
        # Items past the shorter tuple: the registry's closed/open content model rules; our
        # tuples are closed by maxItems, so treat them as closed.
        ctx.add(
            "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL"
            if len(old_tuple) > len(new_tuple)
            else "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL"
        )
    _compare_bounds(ctx, old, new, ("maxItems", "minItems"))
    if old.get("uniqueItems") != new.get("uniqueItems"):
        ctx.add("UNIQUE_ITEMS_REMOVED" if old.get("uniqueItems") else "UNIQUE_ITEMS_ADDED")
