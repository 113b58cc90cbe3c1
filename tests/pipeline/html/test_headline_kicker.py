"""A kicker set inside the headline's <h1> is left out of the title."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.headline_kicker import without_label_words
from tests.pipeline.html.pages import page, prose

_TITLE = "<title>Klatch Coffee | Shopify App Store</title>"


def test_a_kicker_above_the_headline_in_the_same_h1_is_left_out() -> None:
    """ "<h1><div>Get that tech stack</div><span>Klatch Coffee</span></h1>" under the title
    "Klatch Coffee | Shopify App Store": the headline is the part the title names, not the
    eyebrow line above it."""
    html = page(
        "<h1><div>Get that tech stack</div> <span>Klatch Coffee</span></h1>" + prose("story", 4),
        _TITLE,
    )
    assert extract_html(html).title == "Klatch Coffee"


def test_a_heading_whose_parts_the_title_shares_stays_whole() -> None:
    """A headline set in two spans, the first sharing the title's words, or an <h1> with text
    of its own beside an element, is the headline whole: no part of it is a kicker."""
    shared = page(
        "<h1><span>Klatch Coffee roasts</span> <span>Klatch Coffee</span></h1>" + prose("story", 4),
        _TITLE,
    )
    assert extract_html(shared).title == "Klatch Coffee roasts Klatch Coffee"
    texted = page(
        "<h1>Get that tech stack <span>Klatch Coffee</span></h1>" + prose("story", 4), _TITLE
    )
    assert extract_html(texted).title == "Get that tech stack Klatch Coffee"


def test_a_heading_that_is_the_title_whole_is_kept() -> None:
    """An <h1> whose whole text is the title's part stays as it is, its elements read as one."""
    html = page("<h1><span>Klatch</span> <span>Coffee</span></h1>" + prose("story", 4), _TITLE)
    assert extract_html(html).title == "Klatch Coffee"


_THREAD = "<title>Question - Want to know the comparison between these GPU | Forum</title>"


def test_a_forum_threads_prefix_tag_before_its_subject_is_left_out() -> None:
    """A thread's prefix tag set as a chip before the subject in the <h1> ("<span
    class="label label--red">Question</span>Want to know …") is a category the poster picked,
    not the thread's subject: the title is the subject alone."""
    html = page(
        '<h1><span class="label label--red">Question</span><span class="label-append">&nbsp;'
        "</span>Want to know the comparison between these GPU</h1>" + prose("post", 4),
        _THREAD,
    )
    assert extract_html(html).title == "Want to know the comparison between these GPU"


def test_a_label_that_is_the_whole_heading_or_not_its_first_element_stays() -> None:
    """A heading that is its label alone, a label after the heading's own words, or a long
    text classed as a label keeps its words: only a short chip before the subject is a tag."""
    alone = page('<h1><span class="label">Question time</span></h1>' + prose("post", 4))
    assert extract_html(alone).title == "Question time"
    after = page(
        '<h1>Want to know the comparison <span class="badge">GPU</span></h1>' + prose("post", 4),
        _THREAD,
    )
    assert extract_html(after).title == "Want to know the comparison GPU"
    long = page(
        '<h1><span class="label">Want to know the</span> comparison between these GPU</h1>'
        + prose("post", 4),
        _THREAD,
    )
    assert extract_html(long).title == "Want to know the comparison between these GPU"


def test_a_label_hidden_from_the_eye_before_the_name_is_left_out() -> None:
    """A shop theme's visually hidden "Collection:" before the collection's name is no part of
    the title a reader sees."""
    html = page(
        '<h1>\n <span class="visually-hidden">Collection: </span>Sennheiser</h1>'
        + prose("item", 4),
        "<title>Sennheiser | Headphones shop</title>",
    )
    assert extract_html(html).title == "Sennheiser"


_SANDALS = "<title>Nörd Zero | Nord Republic minimalist sandals design</title>"


def test_a_label_before_the_pages_name_in_the_heading_is_left_out() -> None:
    """ "<h1>Minimalist Sandals Nörd Zero</h1>" under the title "Nörd Zero | …": the words before
    the name the page's title gives are the shop's label (a line, a category, a "New" badge),
    and the title is the name alone, as the title writes it."""
    html = page("<h1>Minimalist Sandals Nörd Zero</h1>" + prose("item", 4), _SANDALS)
    assert extract_html(html).title == "Nörd Zero"
    badge = without_label_words("New Video Doorbells", ["Video Doorbells | Ring", None], "Ring")
    assert badge == "Video Doorbells"


def test_a_heading_reading_on_into_the_name_or_held_whole_by_a_title_stays() -> None:
    """The heading stays where its words before the name lead into it ("Welcome to …", "The
    Best …"), end in a separator's mark ("Review: …"), are more than three, where the name is
    one word or the site's, where they repeat a word of the name, or where a title holds the
    whole heading."""
    titles: list[str | None] = ["Best Home Security Cameras of 2026 | Security.org", None]
    kept: list[tuple[str, list[str | None], str | None]] = [
        ("The Best Home Security Cameras of 2026", titles, None),
        ("Welcome to Best Sharpening Stones", ["Best Sharpening Stones | Home Page"], None),
        ("Review: Nörd Zero", ["Nörd Zero | Nord Republic"], None),
        ("Our Very Own Summer Sandals Nörd Zero", ["Nörd Zero | Nord Republic"], None),
        ("Shop at Nörd", ["Nörd | Sandals"], None),
        ("Nörd Zero sandals Nörd Zero", ["Nörd Zero | Nord Republic"], None),
        ("Shop at Nord Republic", ["Nord Republic | Sandals"], "Nord Republic"),
        ("Minimalist Sandals Nörd Zero", ["Nörd Zero | Minimalist Sandals Nörd Zero"], None),
    ]
    for heading, named, site in kept:
        assert without_label_words(heading, named, site) == heading
