"""Plain record types shared by the bus adapters and the pipeline (neither imports the other)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

Headers = tuple[tuple[str, bytes], ...]


@dataclass(frozen=True, slots=True)
class InRecord:
    """One message as consumed from the raw topic."""

    topic: str
    partition: int
    offset: int
    #: Kafka record timestamp, milliseconds since the epoch (-1 when the broker gave none).
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: Headers = ()

    def header(self, name: str) -> bytes | None:
        """The last header of that name, compared case-insensitively (HTTP habits leak in)."""
        wanted = name.lower()
        found = None
        for key, value in self.headers:
            if key.lower() == wanted:
                found = value
        return found


@dataclass(frozen=True, slots=True)
class OutRecord:
    """One message to publish."""

    topic: str
    key: bytes | None
    value: bytes
    headers: Headers = field(default_factory=tuple)


@dataclass(frozen=True, slots=True, order=True)
class TopicPartition:
    topic: str
    partition: int


def partition_names(partitions: Iterable[TopicPartition]) -> list[str]:
    """``topic-partition`` of each, sorted: how logs name partitions."""
    return sorted(f"{tp.topic}-{tp.partition}" for tp in partitions)
