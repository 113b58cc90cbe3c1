"""The date in a permalink and the local day it settles; whether a URL is a site's front page."""

from __future__ import annotations

from datetime import date

from newswire.pipeline.html.permalink import front_page, local_day, url_day


def test_a_permalinks_date_is_read_only_when_it_is_a_real_day() -> None:
    """/2025/12/18/ and /2025-12-15+Title give their day; /2025/02/30/ is no day."""
    assert url_day("https://example.com/2025/12/18/story/") == date(2025, 12, 18)
    assert url_day("https://example.com/2025-12-15+Rust+GCC") == date(2025, 12, 15)
    assert url_day("https://example.com/2025/02/30/story/") is None
    assert url_day("https://example.com/story-2025") is None


def test_a_calendar_version_in_a_slug_is_no_permalink_date() -> None:
    """A slug's "2024-4-4-2024-5-0" (a title's version numbers) names no day: joined by hyphens
    a CMS pads the month and day; by slashes it may not (Squarespace's "/2025/6/9/")."""
    assert url_day("https://forum.example.com/t/2024-4-4-2024-5-0-issue/724779") is None
    assert url_day("https://example.com/blog/2025/6/9/story") == date(2025, 6, 9)
    assert url_day("https://example.com/blog/2025-12-17-story") == date(2025, 12, 17)


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


def test_a_url_at_its_sites_root_is_the_front_page() -> None:
    """A host with no path, or the path "/" (a tracking query too), is a front page; any path
    below the root, or a URL without a host, is not."""
    assert front_page("https://techcrunch.com/")
    assert front_page("https://blog.golang.org")
    assert front_page("https://shop.example.com/?srsltid=AfmBOo")
    assert not front_page("https://techcrunch.com/2025/12/19/a-story/")
    assert not front_page("https://example.com/index.html")
    assert not front_page("/")
