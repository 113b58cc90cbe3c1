"""The page's date from bylines built as news sites in other languages build them: the date
element's text read in the page's declared language, a relative one left for the fetch time."""

from __future__ import annotations

import pytest

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _story(language: str | None, line: str, after: str = "") -> str:
    """A story page declaring ``language`` with ``line`` under its headline."""
    html = page("<h1>The story of the day</h1>" + line + prose("story", 4) + after)
    return html.replace("<html>", f'<html lang="{language}">') if language else html


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        (
            "de",
            '<div class="byline">Von Anna Schmidt</div><time>7. Dezember 2026, 14:05 Uhr</time>',
            "2026-12-07T14:05:00+00:00",
        ),
        ("de", '<p class="meta">07.12.2026, 14:05 Uhr</p>', "2026-12-07T14:05:00+00:00"),
        ("fr", '<p class="meta">Publié le 7 déc. 2026 à 14h05</p>', "2026-12-07T14:05:00+00:00"),
        (
            "fr",
            '<span class="date">le 7 décembre 2026 à 14 h 05</span>',
            "2026-12-07T14:05:00+00:00",
        ),
        (
            "es",
            '<span class="date">7 de diciembre de 2026 - 14:05 CET</span>',
            "2026-12-07T14:05:00+01:00",
        ),
        (
            "pt",
            '<span class="date">7 de dezembro de 2026, 14h05</span>',
            "2026-12-07T14:05:00+00:00",
        ),
        ("it", '<span class="date">7 dicembre 2026 ore 14:05</span>', "2026-12-07T14:05:00+00:00"),
        ("nl", '<span class="date">7 december 2026 om 14:05</span>', "2026-12-07T14:05:00+00:00"),
        (
            "id",
            '<div class="date">Senin, 07 Des 2026 14:05 WIB</div>',
            "2026-12-07T14:05:00+07:00",
        ),
        ("ms", '<div class="date">Isnin, 7 Dis 2026 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("tr", '<div class="date">7 Aralık 2026 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("pl", '<div class="date">7 grudnia 2026, 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("ru", '<div class="date">7 декабря 2026, 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("sk", '<div class="date">7. decembra 2026 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("el", '<div class="date">7 Δεκ 2026 14:05</div>', "2026-12-07T14:05:00+00:00"),
        ("ja", '<div class="date">2026年12月7日 14時05分</div>', "2026-12-07T14:05:00+00:00"),
        ("zh", '<div class="date">2026年12月7日 14:05</div>', "2026-12-07T14:05:00+00:00"),
        (
            "ko",
            '<div class="date">입력 2026. 12. 7. 오후 2:05</div>',
            "2026-12-07T14:05:00+00:00",
        ),
        ("ar", '<div class="date">٧ ديسمبر ٢٠٢٦</div>', "2026-12-07T00:00:00+00:00"),
        (
            "vi",
            '<div class="date">Thứ Hai, ngày 7 tháng 12 năm 2026 14:05</div>',
            "2026-12-07T14:05:00+00:00",
        ),
        ("th", '<span class="date">7 ธ.ค. 2569 14:05 น.</span>', "2026-12-07T14:05:00+00:00"),
        ("th", "<time>7 ธันวาคม 2569</time>", "2026-12-07T00:00:00+00:00"),
        ("hi", '<span class="date">7 मई 2026</span>', "2026-05-07T00:00:00+00:00"),
        ("en-us", '<div class="date">12/07/2026</div>', "2026-12-07T00:00:00+00:00"),
        ("en-gb", '<div class="date">07/12/2026</div>', "2026-12-07T00:00:00+00:00"),
        (None, "<p>Monday 7 December 2026 14:05 IST</p>", "2026-12-07T14:05:00+05:30"),
    ],
)
def test_a_byline_date_in_the_pages_language_is_the_publication(
    language: str | None, line: str, expected: str
) -> None:
    """A date element or date line under the headline, in the page's language and its numeric
    order (Vietnamese's numbered month, Thai's Buddhist year, Hindi's two-letter May among
    them), gives the publication with its clock and written zone."""
    assert extract_html(_story(language, line)).published_raw[:1] == (expected,)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "vor 3 Std."),
        ("fr", "il y a 3 h"),
        ("id", "2 hari yang lalu"),
        ("ar", "منذ 3 ساعات"),
        ("vi", "3 giờ trước"),
    ],
)
def test_a_relative_byline_date_is_kept_for_the_fetch_time(language: str, line: str) -> None:
    """A relative date element ("vor 3 Std.", "il y a 3 h") is the publication as written, for
    enrichment to count back from the fetch time."""
    html = _story(language, f'<div class="date">{line}</div>')
    assert extract_html(html).published_raw[:1] == (line,)


def test_a_comments_or_related_storys_relative_date_is_not_the_publication() -> None:
    """A relative date in a comment or in a related stories' list ("vor 3 Std.", "il y a 3 h")
    dates neither a page with its own byline date nor one without."""
    comment = (
        '<section class="comments"><div class="comment"><span class="date">{}</span>'
        "<p>A comment.</p></div></section>"
    )
    byline = '<div class="byline">Von Anna Schmidt, <time>7. Dezember 2026</time></div>'
    html = _story("de", byline, comment.format("vor 3 Std."))
    assert extract_html(html).published_raw[:1] == ("2026-12-07T00:00:00+00:00",)
    assert extract_html(_story("fr", "", comment.format("il y a 3 h"))).published_raw == ()
    related = (
        '<aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Other story</a> '
        '<span class="date">vor 3 Std.</span></li></ul></aside>'
    )
    assert extract_html(_story("de", "", related)).published_raw == ()
