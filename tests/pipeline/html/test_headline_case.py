"""A shown headline's lettering as a reader writes it (``html.headline_case``): trademark signs
the page's titles leave out, curled apostrophes where the story types them straight."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.headline_case import (
    halfwidth,
    straight_quotes,
    typed_apostrophes,
    unmarked,
)
from tests.pipeline.html.pages import page, prose


def test_a_trademark_sign_the_titles_leave_out_is_dropped() -> None:
    """A shop's <h1> "Crusher® ANC 2" under the <title> "Crusher ANC 2 - Bass Headphones" is
    given without the sign, its space closed up ("Switch™ - OLED" gives "Switch - OLED")."""
    title = "Crusher ANC 2 - Bass Headphones with Noise Canceling | True Wireless"
    assert unmarked("Crusher\u00ae ANC 2", None, title) == "Crusher ANC 2"
    assert (
        unmarked("Nintendo Switch\u2122 - OLED Model", "Nintendo Switch - OLED Model - Shop", "")
        == "Nintendo Switch - OLED Model"
    )


def test_a_trademark_sign_stays_where_a_title_keeps_it_or_names_other_words() -> None:
    """The sign stays where one of the titles writes it too ("Roomba® j7+ … | iRobot®"), where
    the titles name the product otherwise, and where there is no title to read."""
    kept = "Roomba\u00ae j7+ Self-Emptying Robot Vacuum"
    assert unmarked(kept, "Roomba j7+ Self-Emptying Robot Vacuum", f"{kept} | iRobot\u00ae") == kept
    assert (
        unmarked("Rambler\u00ae Tumbler", None, "YETI Tumbler with Lid") == "Rambler\u00ae Tumbler"
    )
    assert unmarked("Rambler\u00ae Tumbler", None, "") == "Rambler\u00ae Tumbler"


def test_the_h1_loses_its_sign_through_the_extractor() -> None:
    """The extracted title of a shop's page is its <h1> without the sign its <title> omits."""
    html = page(
        "<h1>Crusher\u00ae ANC 2</h1>" + prose("item", 4),
        "<title>Crusher ANC 2 - Bass Headphones | Skullcandy</title>",
    )
    assert extract_html(html).title == "Crusher ANC 2"


def test_curled_apostrophes_go_straight_where_the_story_types_one_straight() -> None:
    """A story that types "don't" straight among curled apostrophes had its headline's curled
    by the theme: "Here\u2019s how" and "\u2018Godfather\u2019" are given straight."""
    story = ["It\u2019s late.", "We don't know yet."]
    assert typed_apostrophes("Here\u2019s how", story) == "Here's how"
    assert (
        typed_apostrophes("LeCun \u2018Godfather of AI\u2019", story) == "LeCun 'Godfather of AI'"
    )


def test_curled_quotes_stay_where_the_story_curls_every_apostrophe() -> None:
    """A story curled throughout keeps its title's quotes; double quotes always stay, and a
    quote mark between words ("rock 'n' roll" is no letter-apostrophe-letter) tells nothing."""
    assert typed_apostrophes("Here\u2019s how", ["It\u2019s late."]) == "Here\u2019s how"
    assert typed_apostrophes("Here\u2019s how", ["rock 'n' roll"]) == "Here\u2019s how"
    curled = "The App \u201cCalm\u201d"
    assert typed_apostrophes(curled, ["We don't know."]) == curled
    assert typed_apostrophes(None, ["We don't know."]) is None


def test_the_title_takes_the_story_typing_through_the_extractor() -> None:
    """The extracted title straightens its apostrophe where the story's paragraphs type one."""
    story = "".join(
        f"<p>Paragraph {i}: we don't know why the budget slipped again.</p>" for i in range(4)
    )
    html = page("<h1>Here\u2019s why the budget slipped</h1>" + story)
    assert extract_html(html).title == "Here's why the budget slipped"


def test_a_page_named_in_its_title_alone_takes_the_titles_straight_quotes() -> None:
    """With no og:title nor JSON-LD headline, the <title> alone tells how the editors typed the
    headline: its straight apostrophe wins over the <h1>'s curled one; a <title> that curls it
    too, or names the story otherwise, leaves the <h1> as shown."""
    assert straight_quotes("Why Hasn\u2019t It Worked?", None, "Why Hasn't It Worked? | Site") == (
        "Why Hasn't It Worked?"
    )
    curled = "Why Hasn\u2019t It Worked?"
    assert straight_quotes(curled, None, "Why Hasn\u2019t It Worked? | Site") == curled
    assert straight_quotes(curled, None, "Tutoring results | Site") == curled
    assert straight_quotes(curled, None, "") == curled


def test_the_titles_straight_quotes_reach_the_extracted_title() -> None:
    """The extracted title of a page with a <title> and no meta tags has the <title>'s quotes
    (a story curled throughout, so that only the <title> tells)."""
    html = page(
        "<h1>Why Hasn\u2019t Tutoring Worked?</h1>"
        + "".join(f"<p>Part {i}: it\u2019s a story told with curled quotes.</p>" for i in range(4)),
        "<title>Why Hasn't Tutoring Worked? - Ed Weekly</title>",
    )
    assert extract_html(html).title == "Why Hasn't Tutoring Worked?"


def test_fullwidth_marks_in_a_latin_headline_are_written_as_ascii() -> None:
    """ "How Does Robot Vacuum Mapping Work\uff1f": a fullwidth question mark typed with a CJK input
    method in an English headline is the ASCII one; a Japanese headline keeps its marks."""
    assert halfwidth("How Does Robot Vacuum Mapping Work\uff1f") == (
        "How Does Robot Vacuum Mapping Work?"
    )
    assert halfwidth("\u30ed\u30dc\u30c3\u30c8\u3068\u306f\uff1f") == (
        "\u30ed\u30dc\u30c3\u30c8\u3068\u306f\uff1f"
    )
    html = page(
        "<h1>How Does Mapping Work\uff08Lidar\uff09</h1>" + prose("story", 4),
        "<title>How Does Mapping Work\uff08Lidar\uff09</title>",
    )
    assert extract_html(html).title == "How Does Mapping Work(Lidar)"
