"""Confluent's difference types for JSON Schema, as the schema evolution gate
(:mod:`newswire.contracts.schemadiff`) names the changes it finds, and which of them a
BACKWARD_TRANSITIVE registry accepts (:data:`COMPATIBLE`) or accepts only with a changelog line
on a published event (:data:`WIDENING`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Compatible for the registry, but a field of a published event may now hold a value (or an
#: absence) its consumers' code never met: needs a changelog line naming the field.
WIDENING = frozenset(
    {
        "TYPE_EXTENDED",
        "SUM_TYPE_EXTENDED",
        "COMBINED_TYPE_EXTENDED",
        "ENUM_ARRAY_EXTENDED",
        "REQUIRED_ATTRIBUTE_REMOVED",
        "MAX_LENGTH_INCREASED",
        "MAX_LENGTH_REMOVED",
        "MIN_LENGTH_DECREASED",
        "MIN_LENGTH_REMOVED",
        "PATTERN_REMOVED",
        "MAXIMUM_INCREASED",
        "MAXIMUM_REMOVED",
        "MINIMUM_DECREASED",
        "MINIMUM_REMOVED",
        "EXCLUSIVE_MAXIMUM_INCREASED",
        "EXCLUSIVE_MAXIMUM_REMOVED",
        "EXCLUSIVE_MINIMUM_DECREASED",
        "EXCLUSIVE_MINIMUM_REMOVED",
        "MAX_ITEMS_INCREASED",
        "MAX_ITEMS_REMOVED",
        "MIN_ITEMS_DECREASED",
        "MIN_ITEMS_REMOVED",
        "ADDITIONAL_PROPERTIES_ADDED",
        "ADDITIONAL_PROPERTIES_EXTENDED",
    }
)

#: Confluent's compatible difference types (SchemaDiff.COMPATIBLE_CHANGES) that we can emit, less
#: one: the registry lets a field become required when it has a ``default``
#: (``REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED``, ``REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_...``), an
#: Avro habit; a JSON Schema validator never fills defaults in, so an old record lacking the field
#: fails ``required``. Those two are breaking here.
COMPATIBLE = WIDENING | frozenset(
    {
        "SCHEMA_REMOVED",
        "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL",
        "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
        "PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL",
        "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL",
        "ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL",
        "PRODUCT_TYPE_NARROWED",
    }
)


@dataclass(frozen=True, slots=True)
class Difference:
    field: str  # dotted field path, "[]" for array items; "" for the document
    kind: str  # Confluent's difference type

    @property
    def compatible(self) -> bool:
        return self.kind in COMPATIBLE
