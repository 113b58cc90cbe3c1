"""The texts around the headline, walked once per page for the byline and date rules."""

from __future__ import annotations

import sys

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.headline_texts import (
    TEXTS_AFTER_HEADLINE,
    HeadlineText,
    HeadlineTexts,
    page_blocks,
)
from newswire.pipeline.html.page_elements import Page


def _texts(html: str) -> HeadlineTexts:
    return HeadlineTexts(LexborHTMLParser(html))


def test_texts_are_marked_before_and_after_the_headline() -> None:
    """Texts before the first <h1> are not after it; the <h1>'s own words and what follows are;
    blank texts are skipped and the rest cleaned."""
    near = _texts("<body><p>Menu</p> <h1>Head\u00a0line</h1><p>By Ann Lee</p></body>")
    assert near.has_headline
    assert [(item.text, item.after_headline) for item in near] == [
        ("Menu", False),
        ("Head line", True),
        ("By Ann Lee", True),
    ]


def test_the_walk_stops_after_its_bound_and_replays_the_same_texts() -> None:
    """At most ``TEXTS_AFTER_HEADLINE`` texts after the <h1> are read; a second reader gets the
    same texts (the same nodes), also after the first one stopped early."""
    paragraphs = "".join(f"<p>line {number}</p>" for number in range(100))
    near = _texts(f"<body><h1>Title</h1>{paragraphs}</body>")
    first = next(iter(near))
    assert first.text == "Title"
    walked = list(near)
    assert len(walked) == TEXTS_AFTER_HEADLINE
    assert walked[0] is first
    assert [item.text for item in near] == [item.text for item in walked]


def test_without_a_headline_every_text_counts_as_after_it() -> None:
    """A page without <h1>: texts are read from the top, all counting against the bound."""
    near = _texts("<body>" + "<p>x</p>" * 60 + "</body>")
    assert not near.has_headline
    walked = list(near)
    assert len(walked) == TEXTS_AFTER_HEADLINE
    assert all(item.after_headline for item in walked)


def test_the_headline_given_is_the_anchor_not_the_first_h1() -> None:
    """Given the story's own heading, the texts before it (a search box's <h1>, the menu) are
    before the headline, though the page's first <h1> comes earlier."""
    tree = LexborHTMLParser(
        "<html><body><h1>Search</h1><p>Menu</p><article><h1>Story</h1><p>By Ann Lee</p>"
        "</article></body></html>"
    )
    story = tree.css("h1")[1]
    after = [(item.text, item.after_headline) for item in HeadlineTexts(tree, story)]
    assert after == [("Search", False), ("Menu", False), ("Story", True), ("By Ann Lee", True)]


def test_after_headline_gives_the_first_texts_from_the_headline_on() -> None:
    """``after_headline(n)`` skips the texts before the headline and gives the next ``n`` from
    the headline's own words on, however often it is asked."""
    near = _texts("<body><p>Menu</p><h1>Title</h1><p>Deck</p><p>By Ann</p><p>Story</p></body>")
    assert [item.text for item in near.after_headline(3)] == ["Title", "Deck", "By Ann"]
    assert [item.text for item in near.after_headline(1)] == ["Title"]
    assert list(near.after_headline(0)) == []


def test_after_headline_reads_on_where_another_reader_walked() -> None:
    """Texts another reader walked while ``after_headline`` was paused come next in order, and
    a page whose headline no text follows gives none."""
    near = _texts("<body><p>Menu</p><h1>Title</h1><p>Deck</p><p>By Ann</p><p>Story</p></body>")
    reading = near.after_headline(4)
    assert next(reading).text == "Title"
    assert [item.text for item in near] == ["Menu", "Title", "Deck", "By Ann", "Story"]
    assert [item.text for item in reading] == ["Deck", "By Ann", "Story"]
    empty = HeadlineTexts(
        LexborHTMLParser("<body><p>Menu</p><h1></h1></body>"),
    )
    assert list(empty.after_headline(3)) == []


def test_before_headline_gives_the_texts_before_it_that_pass_the_test() -> None:
    """``before_headline(test)`` keeps the texts before the headline for which ``test`` holds,
    in page order, the same list each time it is asked with that test."""
    near = _texts("<body><p>Menu</p><p>May 2</p><p>Jun 3</p><h1>Title</h1><p>Jul 4</p></body>")
    found = near.before_headline(lambda text: text[-1].isdigit())
    assert [item.text for item in found] == ["May 2", "Jun 3"]
    assert near.before_headline(str.isalpha) == [next(iter(near))]
    assert near.before_headline(str.isalpha) is near.before_headline(str.isalpha)
    assert [item.text for item in near.after_headline(5)] == ["Title", "Jul 4"]


def test_after_headline_tested_tests_each_text_once_however_often_asked() -> None:
    """``after_headline_tested(n, test)`` gives ``after_headline(n)``'s texts with ``test``'s
    answer for each, calling ``test`` once a text whether asked for fewer texts or more."""
    near = _texts("<body><p>Menu</p><h1>Title</h1><p>May 2</p><p>By Ann</p></body>")
    asked: list[str] = []

    def dated(text: str) -> bool:
        asked.append(text)
        return text[-1].isdigit()

    first = [(item.text, passed) for item, passed in near.after_headline_tested(2, dated)]
    assert first == [("Title", False), ("May 2", True)]
    again = [(item.text, passed) for item, passed in near.after_headline_tested(5, dated)]
    assert again == [("Title", False), ("May 2", True), ("By Ann", False)]
    assert asked == ["Title", "May 2", "By Ann"]


def test_script_and_style_texts_are_not_walked() -> None:
    """The code of a <script>, a <style> sheet, a <noscript>'s own text are no reader's texts:
    they are skipped and take no place after the headline; an empty <script> skips
    nothing after it."""
    near = _texts(
        "<body><h1>Head</h1><style>.a{color:red}</style><script>var x = 1;</script>"
        "<script></script><noscript>Turn on JavaScript</noscript><p>By Ann Lee</p></body>"
    )
    assert [item.text for item in near] == ["Head", "By Ann Lee"]


def test_a_page_finds_its_first_headline_in_its_shared_query() -> None:
    """On a parsed ``Page`` the first <h1> comes from the page's shared query: the texts are
    those a plain parser's own ``h1`` query gives (an <h1> inside a figure, one in capitals)."""
    html = "<body><p>Menu</p><figure><H1>Logo</H1></figure><h1>Story</h1><p>By Ann Lee</p></body>"
    on_page = [(item.text, item.after_headline) for item in HeadlineTexts(Page(html))]
    assert on_page == [(item.text, item.after_headline) for item in _texts(html)]
    assert on_page[:2] == [("Menu", False), ("Logo", True)]


def test_a_text_is_made_by_its_own_init() -> None:
    """A ``HeadlineText``'s ``__init__`` is written in the class, not generated by
    ``dataclass`` (interpreted code in the compiled build too); it keeps its fields."""
    code = getattr(HeadlineText.__init__, "__code__", None)
    assert code is None or code.co_filename != "<string>"
    tree = LexborHTMLParser("<p>One</p>")
    node = tree.css_first("p")
    assert node is not None
    item = HeadlineText("One", node, after_headline=True)
    assert (item.text, item.node, item.after_headline) == ("One", node, True)
    assert item == HeadlineText("One", node, True)


def test_all_before_headline_gives_every_text_before_it() -> None:
    """Every text before the headline, in page order; none on a page without a <h1>."""
    near = _texts("<body><p>Menu</p><p>May 2</p><h1>Title</h1><p>Jul 4</p></body>")
    assert [item.text for item in near.all_before_headline()] == ["Menu", "May 2"]
    assert _texts("<body><p>Menu</p></body>").all_before_headline() == []


def test_a_text_says_whether_it_is_an_options() -> None:
    """A text whose element is an ``<option>`` (a search form's choice) is marked so by the
    walk, which reads its parent anyway; other texts are not, a ``HeadlineText`` made by hand
    neither unless told."""
    near = _texts(
        "<body><select><option>Author</option></select><h1>Head</h1><p>By Ann Lee</p></body>"
    )
    assert [(item.text, item.in_option) for item in near] == [
        ("Author", True),
        ("Head", False),
        ("By Ann Lee", False),
    ]
    node = LexborHTMLParser("<p>One</p>").css_first("p")
    assert node is not None
    assert not HeadlineText("One", node, True).in_option
    assert HeadlineText("One", node, True, in_option=True).in_option


def test_a_headline_is_met_at_its_first_text_or_at_itself_without_one() -> None:
    """A headline's words below an element of its own are after it; a headline with no text
    (a logo's image) still marks the texts that follow it as after it, not those before."""
    nested = _texts("<body><p>Menu</p><h1><span><b>Head</b></span> line</h1><p>By</p></body>")
    assert [(item.text, item.after_headline) for item in nested] == [
        ("Menu", False),
        ("Head", True),
        ("line", True),
        ("By", True),
    ]
    image = _texts('<body><p>Menu</p><h1><img src="x.png"></h1><p>By Ann Lee</p></body>')
    assert [(item.text, item.after_headline) for item in image] == [
        ("Menu", False),
        ("By Ann Lee", True),
    ]


def test_nothing_of_a_walkers_own_holds_it_once_walked() -> None:
    """A walker, walked partway, is held by its caller alone (its walk holds the tree and the
    headline, not the walker): dropped, it is freed at once with its texts, without waiting
    for the garbage collector."""
    near = _texts("<body><p>Menu</p><h1>Title</h1><p>By Ann Lee</p><p>x</p></body>")
    assert [item.text for item in near.after_headline(2)] == ["Title", "By Ann Lee"]
    # getrefcount's own argument is the one reference more.
    assert sys.getrefcount(near) == 2


_BLOCKS_PAGE = (
    "<body><h3>Menu</h3><p>One</p><div><h5>Deep <p>Two</p></h5></div><h2>Not read</h2>"
    "<p>Three</p><H4>Four</H4><h6>Six</h6></body>"
)


def test_page_blocks_are_the_paragraphs_or_the_low_headings_in_page_order() -> None:
    """``page_blocks`` gives the <p>s, or the <h3>-<h6>s, each kind in page order as its own
    query would (a paragraph inside a heading, a heading in capitals), never an <h2>."""
    tree = LexborHTMLParser(_BLOCKS_PAGE)
    paragraphs = [node.text() for node in page_blocks(tree, True, 60)]
    headings = [node.text(deep=False) for node in page_blocks(tree, False, 10)]
    assert paragraphs == [node.text() for node in tree.css("p")] == ["One", "Two", "Three"]
    assert headings == [node.text(deep=False) for node in tree.css("h3, h4, h5, h6")]
    assert headings == ["Menu", "Deep ", "Four", "Six"]


def test_page_blocks_stop_at_their_limit_and_a_page_asks_once() -> None:
    """Each kind stops at ``limit`` of its own; on a ``Page`` both kinds come from one query
    (kept by the page), not one each."""
    page = Page(_BLOCKS_PAGE)
    assert [node.text() for node in page_blocks(page, True, 2)] == ["One", "Two"]
    assert [node.text(deep=False) for node in page_blocks(page, False, 1)] == ["Menu"]
    assert list(page._queries) == ["p, h3, h4, h5, h6"]
