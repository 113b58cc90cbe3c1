"""In-flight markers and the poison list: the files a worker and its supervisor share."""

from __future__ import annotations

import time
from pathlib import Path

from newswire.inflight import InFlightMarker, PoisonList, read_marker, write_poison


def test_marker_tells_the_supervisor_which_record_was_in_flight(tmp_path: Path) -> None:
    """A marked record is read back with its coordinates and start time; after clear() nothing
    is in flight; a missing or garbled file reads as nothing in flight."""
    marker = InFlightMarker(tmp_path / "inflight-0")
    try:
        assert read_marker(marker.path) is None
        before = time.time()
        marker.mark("news.raw", 3, 12345)
        in_flight = read_marker(marker.path)
        assert in_flight is not None
        assert in_flight.key == ("news.raw", 3, 12345)
        assert before <= in_flight.started_at <= time.time()
        marker.mark("news.raw", 1, 7)  # overwritten in place, not appended
        assert read_marker(marker.path) is not None
        assert read_marker(marker.path).key == ("news.raw", 1, 7)  # type: ignore[union-attr]
        marker.clear()
        assert read_marker(marker.path) is None
    finally:
        marker.close()
    assert read_marker(tmp_path / "missing") is None
    (tmp_path / "garbled").write_text("{not json")
    assert read_marker(tmp_path / "garbled") is None


def test_poison_list_follows_the_file_the_supervisor_rewrites(tmp_path: Path) -> None:
    """Workers see an empty list until the supervisor writes one, and see each later version."""
    path = tmp_path / "poison.json"
    poison = PoisonList(path)
    assert poison.current() == frozenset()
    write_poison(path, {("news.raw", 0, 5)})
    assert poison.current() == {("news.raw", 0, 5)}
    write_poison(path, {("news.raw", 0, 5), ("news.raw", 2, 9)})
    assert poison.current() == {("news.raw", 0, 5), ("news.raw", 2, 9)}
    assert PoisonList(None).current() == frozenset()
