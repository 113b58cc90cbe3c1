"""The chaos benchmarks' output reader: what it counts as an output, a duplicate and a re-read."""

from __future__ import annotations

import json

from newswire.bench.chaos_probes import Outputs


def _output(partition: int, offset: int) -> bytes:
    return json.dumps({"provenance": {"partition": partition, "offset": offset}}).encode()


def _reader() -> Outputs:
    return Outputs("127.0.0.1:1", ["t.articles", "t.dlq"])


def test_the_same_output_record_read_twice_is_a_reread_not_a_duplicate() -> None:
    """The reader meeting one output record (same topic, partition, offset) again counts a
    re-read; the input still has one output and nothing is duplicated."""
    outputs = _reader()
    outputs.count(("t.articles", 0, 7), _output(1, 3))
    outputs.count(("t.articles", 0, 7), _output(1, 3))
    assert outputs.seen[(1, 3)] == 1
    assert outputs.rereads == 1
    assert outputs.duplicates() == ""


def test_two_output_records_of_one_input_are_a_duplicate_with_where_they_are() -> None:
    """Two different records made from one input are a duplicate; ``duplicates`` names the input
    partition, the duplicated offsets' span and the output records' spans per topic-partition."""
    outputs = _reader()
    for offset in range(3):
        outputs.count(("t.articles", 2, offset), _output(1, offset))
    for offset in range(1, 3):  # a stretch re-done and published again
        outputs.count(("t.articles", 2, 10 + offset), _output(1, offset))
    outputs.count(("t.dlq", 0, 5), _output(0, 0))
    assert outputs.seen[(1, 1)] == 2
    assert outputs.seen[(1, 0)] == outputs.seen[(0, 0)] == 1
    assert outputs.rereads == 0
    assert outputs.duplicates() == "input 1: 2 at 1-2 (t.articles-2: 1-12)"


def test_covers_only_counts_an_input_partition_without_gaps() -> None:
    """``covers`` holds once every input offset below the end has an output, not before."""
    outputs = _reader()
    outputs.count(("t.articles", 0, 0), _output(0, 0))
    outputs.count(("t.articles", 0, 1), _output(0, 2))
    assert not outputs.covers({0: 3})
    outputs.count(("t.dlq", 0, 0), _output(0, 1))
    assert outputs.covers({0: 3})
