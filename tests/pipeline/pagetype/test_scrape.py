"""What a text scrape's lines say about its page's kind (``pagetype.scrape``)."""

from __future__ import annotations

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.features import PAGE_NAMES, html_features, text_features
from newswire.pipeline.pagetype.scrape import NO_SCRAPE, SCRAPE_NAMES, scrape_values

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
