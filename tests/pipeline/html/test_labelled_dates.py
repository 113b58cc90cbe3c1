"""A date the page labels as its publication in words, wherever it sits and whatever its names."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.date_words import PUBLISHED_WORDS, UPDATE_WORDS
from newswire.pipeline.html.labelled_dates import (
    _ANY_INITIALS,
    _ANY_OPENINGS,
    _INITIALS,
    _OPENINGS,
    labelled_dates,
)


def _dates(body: str, locale: str | None = "en") -> list[str]:
    return labelled_dates(LexborHTMLParser(f"<html><body>{body}</body></html>"), locale)


def test_a_label_element_dates_the_element_after_it() -> None:
    """A heading or paragraph "Published" names the date alone in the next element."""
    assert _dates('<div class="q1"><h4>Published</h4><div class="q2">July 8, 2025</div></div>') == [
        "2025-07-08T00:00:00+00:00"
    ]
    assert _dates("<p>Published</p>\n<p>Feb 2, 2023</p>") == ["2023-02-02T00:00:00+00:00"]
    assert _dates("<dl><dt>Posted on</dt><dd>3 March 2021</dd></dl>") == [
        "2021-03-03T00:00:00+00:00"
    ]


def test_a_label_text_dates_the_element_after_it_in_its_parent() -> None:
    """ "Published:" as text followed by an element holding the date labels that date."""
    assert _dates("<div>Published: <span>March 4, 2022</span></div>") == [
        "2022-03-04T00:00:00+00:00"
    ]


def test_a_short_line_with_label_and_date_is_read() -> None:
    """ "Published on 8 July 2025" on one line gives its date."""
    assert _dates("<p>Some story.</p><p>Published on 8 July 2025</p>") == [
        "2025-07-08T00:00:00+00:00"
    ]


def test_a_post_time_label_on_one_line_is_read() -> None:
    """ "Post time: 01-04-2024", a shop blog's line after the story, is labelled as the
    publication; read in the page's locale (month first in US English)."""
    assert _dates("<p>Some story.</p><div>Post time: 01-04-2024</div>", "en-US") == [
        "2024-01-04T00:00:00+00:00"
    ]


def test_a_korean_japanese_or_chinese_labelled_line_is_read() -> None:
    """A CJK news page's date line under its publication label gives its date: Korean
    "기사입력 :[ 2018-09-28 17:32 ]" between the headline and the story, Japanese "公開日" (and
    its full-width colon) as its own element before the date's, Chinese "发布时间" and the date
    on one line. A
    form's hint that opens with the Korean word ("입력하세요") labels nothing."""
    assert _dates(
        "<dl><dt>제목</dt></dl> 기사입력 :[ 2018-09-28 17:32 ] <div>본문</div>", "ko"
    ) == ["2018-09-28T17:32:00+00:00"]
    assert _dates("<dl><dt>公開日\uff1a</dt><dd>2018年9月28日</dd></dl>", "ja") == [
        "2018-09-28T00:00:00+00:00"
    ]
    assert _dates("<p>来源\uff1a新华网</p><p>发布时间\uff1a2018-09-28</p>", "zh") == [
        "2018-09-28T00:00:00+00:00"
    ]
    assert _dates("<label>입력하세요</label><span>2018.09.28</span>", "ko") == []


def test_other_labels_and_furniture_give_nothing() -> None:
    """An update's or another word's label, a label followed by the story's sentence, and a label in the
    page's footer or menu date nothing."""
    assert _dates("<h4>Updated</h4><div>July 8, 2025</div>") == []
    assert _dates("<h4>Category</h4><div>July 8, 2025</div>") == []
    story = "<div>The press first printed it on July 8, 2025, and again in a second edition.</div>"
    assert _dates(f"<h4>Published</h4>{story}") == []
    assert _dates("<footer><p>Published</p><p>Feb 2, 2023</p></footer>") == []
    assert _dates("<nav><span>Published on 8 July 2025</span></nav>") == []


def test_the_first_labelled_date_wins() -> None:
    """Where two dates are labelled, the first in page order is the story's."""
    assert _dates(
        "<p>Published</p><p>Feb 2, 2023</p><div><p>Published</p><p>Mar 9, 2024</p></div>"
    ) == ["2023-02-02T00:00:00+00:00"]


def test_a_line_read_by_its_cleaned_length() -> None:
    """A line is judged by its length once cleaned: runs of spaces and line breaks around a
    label or a date do not hide it, and a long text (a script's, a paragraph's) is no label."""
    padded = " " * 300 + "Published" + " \n" * 200
    assert _dates(f"<h4>{padded}</h4><div>{' ' * 300}July 8, 2025{' ' * 300}</div>") == [
        "2025-07-08T00:00:00+00:00"
    ]
    script = "<script>var published = 1;" + " " * 100 + "x = 2;" * 100 + "</script>"
    assert _dates(f"{script}<h4>Published</h4><div>July 8, 2025</div>") == [
        "2025-07-08T00:00:00+00:00"
    ]
    long_date = "July 8, 2025 " + "and the story of the day goes on " * 10
    assert _dates(f"<h4>Published</h4><div>{long_date}</div>") == []


def test_a_text_opening_with_a_letter_no_label_opens_with_is_passed_over() -> None:
    """A text whose first letter opens no label ("Updated", "Lorem") is not read as one, and
    labels opening with each letter that does, in any case, after white space or a
    zero-width character, are read as before."""
    assert _dates("<p>Reviewed</p><p>July 8, 2025</p>") == []
    assert _dates("<p>  \n PUBLISHED</p><p>July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>\u200bPublished</p><p>July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>date published:</p><p>July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>Опубликовано</p><p>8 July 2025</p>") == ["2025-07-08T00:00:00+00:00"]


def test_every_label_word_opens_with_a_letter_the_filter_lets_through() -> None:
    """The first letters kept are those of every label and labelled line's words, lowered."""
    for word in ("posted", "post date", "publish date", "fecha de publicación", *PUBLISHED_WORDS):
        assert word[0].lower() in _INITIALS
    assert "r" not in _INITIALS
    assert "l" not in _INITIALS


def test_a_text_opening_with_two_letters_or_a_mark_no_label_opens_with_is_passed_over() -> None:
    """A text whose first two letters open no label ("Pr", "Ma") or whose first character is
    ASCII punctuation or a digit ("{", "2") is not read as one; labels whose first two
    letters are followed by a zero-width character, or whose first letter stands alone before
    a mark, are read as before."""
    assert _dates("<p>Press date</p><p>July 8, 2025</p>") == []
    assert _dates("<p>Posted: July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>PUblished</p><p>July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>Pu\u200bblished</p><p>July 8, 2025</p>") == ["2025-07-08T00:00:00+00:00"]
    assert _dates("<p>(Published)</p><p>July 8, 2025</p>") == []
    assert _dates("<p> 1 Published</p><p>July 8, 2025</p>") == []


def test_every_label_word_opens_with_two_letters_the_filter_lets_through() -> None:
    """The first two letters kept are those of every label and labelled line's words,
    lowered."""
    for word in ("posted", "post time", "date published", "yayın tarihi", *PUBLISHED_WORDS):
        assert word[:2].lower() in _OPENINGS
        assert word[:2].isalpha()
    assert "pr" not in _OPENINGS


def test_the_date_before_a_labelled_update_in_its_line_is_the_publication() -> None:
    """A line printing the publication and then its labelled update, in one element or side by
    side ("December 3, 2025. <i>Updated: December 7, 2025</i>", "<span>Oct 10, 2023</span> -
    <span>Updated Dec 3, 2025</span>"), gives the date before the update."""
    assert _dates("<p>Story.</p><p>December 3, 2025. <i>Updated: December 7, 2025</i></p>") == [
        "2025-12-03T00:00:00+00:00"
    ]
    assert _dates("<div><span>Oct 10, 2023</span> - <span>Updated Dec 3, 2025</span></div>") == [
        "2023-10-10T00:00:00+00:00"
    ]


def test_an_update_alone_or_after_a_later_date_or_words_gives_nothing() -> None:
    """An update line with no date before it, or after a later date (no story is updated before
    it is published) or after the story's words, names no publication."""
    assert _dates("<p>Updated: December 7, 2025</p>") == []
    assert _dates("<p>December 9, 2025. <i>Updated: December 7, 2025</i></p>") == []
    assert _dates("<p>Some words here. <i>Updated: December 7, 2025</i></p>") == []
    assert _dates("<footer><p>May 1, 2024 <i>Updated May 3, 2024</i></p></footer>") == []


def test_every_update_label_word_opens_with_two_letters_the_filter_lets_through() -> None:
    """The update labels' first letters and first two letters are let through the walk's
    filter, apart from the publication's own (which stay without "l")."""
    for word in ("last updated", "update", *UPDATE_WORDS):
        assert word[0].lower() in _ANY_INITIALS
        assert word[:2].lower() in _ANY_OPENINGS
    assert "l" not in _INITIALS
