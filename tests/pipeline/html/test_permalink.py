"""The date in a permalink and the local day it settles."""

from __future__ import annotations

from datetime import date

from newswire.pipeline.html.permalink import local_day, url_day


def test_a_permalinks_date_is_read_only_when_it_is_a_real_day() -> None:
    """/2025/12/18/ and /2025-12-15+Title give their day; /2025/02/30/ is no day."""
    assert url_day("https://example.com/2025/12/18/story/") == date(2025, 12, 18)
    assert url_day("https://example.com/2025-12-15+Rust+GCC") == date(2025, 12, 15)
    assert url_day("https://example.com/2025/02/30/story/") is None
    assert url_day("https://example.com/story-2025") is None


def test_only_a_utc_moment_one_day_off_the_permalink_changes_the_day() -> None:
    """A UTC moment the day after the permalink's gives the permalink's day; a bare date, a
    local offset or a day further off leave the markup alone."""
    day = date(2025, 12, 18)
    assert local_day("2025-12-19T03:05:00Z", day, []) == "2025-12-18"
    assert local_day("2025-12-19T03:05:00Z", day, [(day, "December 18, 2025")]) == (
        "December 18, 2025"
    )
    assert local_day("2025-12-19", day, []) is None
    assert local_day("2025-12-19T03:05:00-08:00", day, []) is None
    assert local_day("2025-12-21T03:05:00Z", day, []) is None
