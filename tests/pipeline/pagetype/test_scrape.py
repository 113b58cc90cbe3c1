"""What a text scrape's lines say about its page's kind (``pagetype.scrape``)."""

from __future__ import annotations

import math
import os
import statistics
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype import scrape
from newswire.pipeline.pagetype.features import PAGE_NAMES, html_features, text_features
from newswire.pipeline.pagetype.scrape import NO_SCRAPE, SCRAPE_NAMES, scrape_values

EXAMPLES = int(os.environ.get("NEWSWIRE_HYPOTHESIS_EXAMPLES", "2500")) // 5

_PROSE = (
    "The council approved the budget after a long night of debate, and the mayor said the "
    "vote would let the city repair its roads before the winter."
)


def _named(lines: list[str]) -> dict[str, float]:
    return dict(zip(SCRAPE_NAMES, scrape_values(lines), strict=True))


def test_a_section_front_reads_as_teasers_title_case_and_repeated_buttons() -> None:
    """A section front's lines (title-case headlines, each over its excerpt, a "Read More"
    under each, dated) weigh as teasers, title case, repeats and dates; a story's prose lines
    weigh none of them and are longer."""
    front: list[str] = []
    for n in range(6):
        front += [
            f"Council Approves Budget Number {n}",
            "The council approved the budget after a long night of debate on roads.",
            "Read More",
            f"March {n + 1}, 2024",
        ]
    story = [f"{_PROSE} ({n})" for n in range(4)]
    listing, article = _named(front), _named(story)
    for name in (
        "scrape_titlecase_share",
        "scrape_teaser_share",
        "scrape_teasers",
        "scrape_repeated_lines",
        "scrape_date_share",
    ):
        assert listing[name] > article[name] == 0.0, name
    assert listing["scrape_line_median"] < article["scrape_line_median"]


def test_no_line_gives_zeros_and_an_html_page_has_none_of_these() -> None:
    """A scrape without a line gives zeros (no division by zero, no index error); an HTML
    page's vector holds zeros in these places, and both vectors follow PAGE_NAMES."""
    assert scrape_values([]) == list(NO_SCRAPE)
    assert scrape_values(["x"])[0] > 0
    extracted = Extracted(title="A title", paragraphs=(_PROSE,))
    html = html_features(None, extracted)
    text = text_features(None, "A title\n" + _PROSE, extracted)
    assert list(html) == list(text) == list(PAGE_NAMES)
    assert all(html[name] == 0.0 for name in SCRAPE_NAMES)
    assert text["scrape_line_median"] > 0


def _line_by_line(lines: list[str]) -> list[float]:
    """The numbers as session 14 computed them, each line tested where it stands."""
    count = len(lines)
    lengths = sorted(map(len, lines))
    short = [line for line in lines if len(line) < scrape._SHORT_LINE]
    teasers = sum(map(scrape._teaser, lines, lines[1:]))
    printed = Counter(lines).values()
    dated = sum(1 for line in short if scrape._FIGURE.search(line) and scrape._DATE.search(line))
    return [
        math.log1p(statistics.median(lengths)),
        math.log1p(lengths[int(0.9 * (count - 1))]),
        sum(map(scrape._titlecase, short)) / count,
        teasers / count,
        math.log1p(teasers),
        sum(times for times in printed if times > 1) / count,
        math.log1p(sum(1 for times in printed if times >= 3)),
        dated / count,
    ]


def test_repeated_lines_count_as_often_as_printed_as_a_line_by_line_reading_does() -> None:
    """Lines printed again (title-case menu entries, dated teaser lines, buttons) are tested
    once and counted every time they are printed, and teasers only where an excerpt-long line
    follows: every number equals a line-by-line reading, for odd and even line counts."""
    teaser = ["Council Approves The Budget For Next Year", _PROSE]
    page = [
        *("Home", "World News", "Read More", "March 3, 2024", "Read More", "world news"),
        *teaser,
        *("Read More", "March 3, 2024", "Sports And Culture", "Ⅻ Ⓐ Roman Numerals", "ok."),
        *teaser,
        "a" * 90,
    ]
    for lines in (page, page[:-1], page[::-1], page[:1]):
        assert scrape_values(lines) == _line_by_line(lines)
    assert scrape_values(page)[SCRAPE_NAMES.index("scrape_teasers")] > 0
    assert scrape_values(page)[SCRAPE_NAMES.index("scrape_date_share")] == 2 / len(page)


def _titlecase_by_words(line: str) -> bool:
    """Session 14's reading: no sentence end, then the words' first letters one by one."""
    if line.endswith(scrape._ENDS):
        return False
    letters = [word[0] for word in line.split() if word[0].isalpha()]
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.75 * len(letters)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(["Best", "laptops", "for", "Ünï", "ÉTÉ", "4K", "—", "!", ".", " "]),
            max_size=12,
        ).map(" ".join),
    )
)
def test_title_case_as_read_word_by_word(line: str) -> None:
    """Any line (empty, ending a sentence or not, words opening on digits, marks, capitals of
    any script) is title case exactly when the word-by-word reading says so."""
    assert scrape._titlecase(line) == _titlecase_by_words(line)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(
        st.text(max_size=80),
        st.lists(
            st.sampled_from(
                ["Nov", "nOV.", "SEPT", "ſep", "1", "19", "2019", "20x", "3", "May", ",", " ", "é"]
            ),
            max_size=8,
        ).map("".join),
    )
)
def test_dated_as_the_regex_alone_reads(line: str) -> None:
    """Any line (years, months in any case and with the long s IGNORECASE matches, figures with
    no date, non-ASCII text) is dated exactly when the date regex finds a date in it."""
    assert scrape._dated(line) == bool(scrape._DATE.search(line))


def test_dated_lines() -> None:
    """A month before a day and a year are dates; a phone number and a price are not."""
    assert scrape._dated("Nov. 19, 2019 8:03 am ET")
    assert scrape._dated("Posted on SEPT 3")
    assert scrape._dated("© 2005 SlashGear")
    assert not scrape._dated("Tel.: +49 (0)69 380 795 200")
    assert not scrape._dated("$ 129.99")
