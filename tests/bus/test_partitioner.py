"""The output partitioner: Kafka's default placement of keyed records, as aiokafka computes it."""

from __future__ import annotations

import hashlib
import random

from aiokafka.partitioner import DefaultPartitioner
from aiokafka.partitioner import murmur2 as aiokafka_murmur2

from newswire.bus.partitioner import default_partition, murmur2


def _keys() -> list[bytes]:
    rng = random.Random(29)
    article_ids = [hashlib.sha256(str(i).encode()).hexdigest()[:32].encode() for i in range(500)]
    # Every tail length (0-3 bytes past the last word), bytes >= 0x80 included (DLQ records keep
    # their input's key, any bytes).
    any_bytes = [bytes(rng.randrange(256) for _ in range(n)) for n in range(70) for _ in range(20)]
    return [b"", *article_ids, *any_bytes]


def test_murmur2_is_aiokafkas() -> None:
    """The hash of every key, whatever its length and bytes, is aiokafka's (the Java client's)."""
    for key in _keys():
        assert murmur2(key) == aiokafka_murmur2(key), key


def test_keyed_records_land_where_aiokafka_puts_them() -> None:
    """A keyed record goes to the partition aiokafka's default partitioner picks, for any
    partition count, so a key's partition does not move when newswire's producer changed."""
    theirs = DefaultPartitioner()
    for count in (1, 2, 3, 6, 12, 50):
        partitions = list(range(count))
        for key in _keys():
            assert default_partition(key, partitions, partitions) == theirs(
                key, partitions, partitions
            )


def test_unkeyed_records_go_to_an_available_partition() -> None:
    """A record without a key goes to one of the available partitions, or to any partition
    when none is available."""
    random.seed(7)
    assert {default_partition(None, [0, 1, 2, 3], [2, 3]) for _ in range(200)} == {2, 3}
    assert {default_partition(None, [0, 1, 2], []) for _ in range(200)} == {0, 1, 2}
