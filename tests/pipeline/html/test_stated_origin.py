"""The story's own note of its first publication, and where it dates the page."""

from __future__ import annotations

from datetime import date

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.stated_origin import labelled_publication, stated_origin
from tests.pipeline.html.pages import page, prose

_NOTE = (
    "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly "
    "updated to keep the information current."
)


def test_a_note_of_the_first_publication_gives_its_day() -> None:
    """A story line "originally published on <day>" gives that day; a month alone, or a date
    far after the label (a journal's name and address between), gives none."""
    assert stated_origin([_NOTE], "en") == ("2019-09-26T16:12:00+00:00", date(2019, 9, 26))
    month = "The article was originally published in April 2020 and was updated in April 2024."
    assert stated_origin([month], "en") is None
    journal = (
        "Originally published in JMIR mHealth and uHealth (http://mhealth.jmir.org), 25.06.2019"
    )
    assert stated_origin([journal], "en") is None


def test_a_shown_line_opening_with_posted_is_labelled_the_publication() -> None:
    """ "Posted on April 13, 2023" is the publication's line, and so is its label in other
    languages ("Publié le", "Veröffentlicht am"); "30 Sep 2022, 11:07am" is not."""
    assert labelled_publication("Posted on April 13, 2023")
    assert labelled_publication("Publié le 16 janvier 2026")
    assert labelled_publication("Veröffentlicht am 16.01.2026")
    assert not labelled_publication("Publicados 16 artículos")
    assert not labelled_publication("30 Sep 2022, 11:07am")


def test_a_stated_first_publication_before_the_shown_date_dates_a_page_without_markup() -> None:
    """A page without a markup publication, showing "30 Sep 2022" at the top and saying in its
    story it was originally published on 26 Sep 2019, is dated 2019-09-26; a shown "Posted on"
    line, or a stated date after the shown one, leaves the shown date first."""

    def first(shown: str, note: str = _NOTE) -> str:
        html = page(
            f'<h1>Tiny homes</h1><p class="date">{shown}</p>' + prose("story", 4) + f"<p>{note}</p>"
        )
        return extract_html(html).published_raw[0]

    assert first("30 Sep 2022, 11:07am").startswith("2019-09-26")
    assert first("Posted on 30 Sep 2022").startswith("2022-09-30")
    later = "This article was originally published on 1 Oct 2022."
    assert first("30 Sep 2022, 11:07am", later).startswith("2022-09-30")


def test_a_first_publication_stated_in_fine_print_still_dates_the_page() -> None:
    """The note of the first publication in a box named as a disclaimer
    ("PublishDateDisclaimer__Disclaimer-sc-13l541y-0"), which the body drops as fine print,
    still dates the page: the dates read the fine print before it goes. The note itself is
    not in the body."""
    html = page(
        '<h1>Tiny homes</h1><p class="date">30 Sep 2022, 11:07am</p>'
        + prose("story", 4)
        + f'<p class="PublishDateDisclaimer__Disclaimer-sc-13l541y-0 bmFbhQ">{_NOTE}</p>'
    )
    extracted = extract_html(html)
    assert extracted.published_raw[0].startswith("2019-09-26")
    assert not any("originally published" in line for line in extracted.paragraphs)
