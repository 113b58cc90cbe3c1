"""``Holds``: the walk's shared queries, each the answer of ``node.css_first``."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.holds import Holds, _landmarks_query, may_be_story
from newswire.pipeline.html.names import ARTICLE_BODY, MAIN
from newswire.pipeline.html.page_elements import Page

_PAGE = (
    "<body><header id=h><nav><a>Home</a></nav></header>"
    "<div id=wrap><aside id=side><p>Related</p></aside>"
    "<section id=s><div class='entry-content' id=e><p>Story</p><table id=t></table></div></section>"
    "<div role=main id=m><p>Main</p></div></div>"
    "<footer id=f><main id=inner></main></footer></body>"
)


def test_holding_any_of_several_selectors_is_holding_a_match_of_their_list() -> None:
    """``holds(node, a, b)`` answers as ``node.css_first("a, b")`` does, for every element, in
    any order of asking, with each selector queried once however it is combined."""
    tree = LexborHTMLParser(_PAGE)
    assert tree.body is not None
    holds = Holds(tree.body)
    elements = tree.body.css("*")
    for selectors in ((MAIN, ARTICLE_BODY), (ARTICLE_BODY,), ("table", MAIN), (MAIN,)):
        for node in elements:
            expected = node.css_first(", ".join(selectors)) is not None
            assert holds(node, *selectors) is expected, (selectors, node.id)
    assert sorted(holds._holders) == sorted({MAIN, ARTICLE_BODY, "table"})


def test_holding_within_an_element_is_holding_as_the_whole_trees_query_tells() -> None:
    """``holds.within(node, selector)`` answers as ``holds(node, selector)`` and
    ``node.css_first(selector)`` do, for every element (a figure of a table, of a quote, of an
    image, nested figures), asked twice, without a query of the whole tree."""
    page = (
        "<body><figure id=a><table></table></figure><figure id=b><img src=x.png></figure>"
        "<figure id=c><figure id=d><blockquote>Q</blockquote></figure></figure>"
        "<pre id=e>code</pre><p id=f>Text</p></body>"
    )
    tree = LexborHTMLParser(page)
    assert tree.body is not None
    holds = Holds(tree.body)
    within = Holds(tree.body)
    selector = "table, blockquote, pre"
    for _ in range(2):
        for node in tree.body.css("*"):
            expected = node.css_first(selector) is not None
            assert within.within(node, selector) is expected, node.id
            assert holds(node, selector) is expected, node.id
    assert within._holders == {}
    figures = tree.body.css("figure")
    assert [node.id for node in figures if within.within(node, selector)] == ["a", "c", "d"]


# The shapes where the main landmark's and the article body's shared query must be told apart:
# an element that is both (a <main> named "entry-content"), a <main> with role="main" too (two
# of MAIN's selectors), a role whose value differs in case or spaces (no MAIN), a <main> in
# SVG, a class and an id of another case (matched in quirks mode only), an itemprop of several
# words (no match).
_SHAPES = (
    '<div role="Main" id=a>a</div><div role=" main" id=b>b</div><div ROLE=main id=c>c</div>'
    '<MAIN id=d>d</MAIN><div class="Entry-Content" id=e>e</div><div id="ArticleBody">f</div>'
    '<div itemprop="ArticleBody" id=g>g</div><div itemprop="articleBody extra" id=h>h</div>'
    "<svg><main id=i>i</main></svg><main role=main class=entry-content id=j>"
    "<div class='post-body article-body' id=k><div role=main itemprop=articleBody id=l>l</div>"
    "</div></main><main role=main id=m>m</main>"
)


@pytest.mark.parametrize("parser", [LexborHTMLParser, Page])
@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
@pytest.mark.parametrize("first", [MAIN, ARTICLE_BODY])
def test_the_main_landmark_and_the_article_body_are_each_their_own_query(
    doctype: str, first: str, parser: type[LexborHTMLParser]
) -> None:
    """MAIN and ARTICLE_BODY, found in one query, hold the elements that each one's own
    query holds, whichever is asked first, in quirks mode and in standards mode, on a plain
    parser's tree and on a ``Page``'s (whose query leaves out the classes it holds none of)."""
    tree = parser(f"{doctype}<html><body>{_SHAPES}</body></html>")
    assert tree.body is not None
    holds = Holds(tree.body)
    elements = tree.body.css("*")
    for selector in (first, ARTICLE_BODY if first == MAIN else MAIN):
        for node in elements:
            expected = node.css_first(selector) is not None
            assert holds(node, selector) is expected, (selector, node.id, node.tag)


def test_the_prose_paragraphs_are_counted_once_by_the_test_given() -> None:
    """The walked tree's <p> elements that the given test calls prose are counted, once: a
    second ask gives the first count."""
    root = LexborHTMLParser("<div><p>a long one</p><p>short</p><p>another long</p></div>").body
    assert root is not None
    holds = Holds(root)
    asked: list[str] = []

    def long(paragraph: LexborNode) -> bool:
        text = paragraph.text()
        asked.append(text)
        return "long" in text

    assert holds.prose_paragraphs(long) == 2
    assert holds.prose_paragraphs(long) == 2
    assert len(asked) == 3


# The in-page links and the toggles share the landmarks' query: elements that match several of
# its selectors at once (an in-page link named "entry-content", a <main> toggle, a role="main"
# link with aria-controls), a bare "#" (no target), a link to another page's anchor (none).
_LINKS = (
    "<a href='#one' class=entry-content id=a>a</a><a href='#' id=b>b</a><a href='/x#y' id=c>c</a>"
    "<main aria-controls='p q' id=d><a HREF='#two' role=main aria-controls=r id=e>e</a></main>"
    "<div itemprop=articleBody aria-controls='' id=f><button aria-controls=s id=g>g</button>"
    "<p id=one>1</p><p id=two>2</p></div>"
)


@pytest.mark.parametrize("parser", [LexborHTMLParser, Page])
@pytest.mark.parametrize("first", ["anchors", "controlled", MAIN, ARTICLE_BODY])
def test_the_in_page_links_and_the_toggles_are_read_with_the_landmarks(
    first: str, parser: type[LexborHTMLParser]
) -> None:
    """The in-page links' targets and the ``aria-controls`` ids, read in the main landmark's and
    the article body's query, are those of their own queries, and MAIN and ARTICLE_BODY still
    hold what theirs hold, whichever is asked first, on a plain parser's tree and a ``Page``'s."""
    tree = parser(f"<html><body>{_LINKS}</body></html>")
    assert tree.body is not None
    holds = Holds(tree.body)
    elements = tree.body.css("*")
    for asked in (first, "anchors", "controlled", MAIN, ARTICLE_BODY):
        if asked == "anchors":
            assert holds.anchors() == {"one", "two"}
        elif asked == "controlled":
            assert holds.controlled() == {"p", "q", "r", "s"}
        else:
            for node in elements:
                expected = node.css_first(asked) is not None
                assert holds(node, asked) is expected, (asked, node.id)


def test_a_pages_landmarks_query_asks_only_the_body_classes_its_classes_may_hold() -> None:
    """On a ``Page``, the landmarks' query keeps ARTICLE_BODY's class selectors whose class
    some element may hold in any case ("Post-Body"), and its other selectors; on a plain
    parser's tree, every one of them."""
    html = "<body><div class='Post-Body' id=entry-content>a</div><p class=article>b</p></body>"
    page = Page(html)
    assert page.body is not None
    query = _landmarks_query(page.body)
    assert ".post-body" in query
    for absent in (".entry-content", ".article-body", ".articleBody"):
        assert absent not in query
    for kept in ("#articleBody", '[itemprop="articleBody"]', MAIN):
        assert kept in query
    plain = LexborHTMLParser(html).body
    assert plain is not None
    assert _landmarks_query(plain) == f'{MAIN}, {ARTICLE_BODY}, a[href^="#"], [aria-controls]'


# A page whose head and <html> carry the landmarks' attributes (outside the body, which the
# walk's query leaves out), whose <body> is the story's body itself, and whose wrapper's class
# holds a story class's name only as part of a longer one ("entry-content-wrap").
_OUTSIDE = (
    "<html role=main class=entry-content><head><meta itemprop=articleBody content=x>"
    "<link aria-controls=h rel=x href='#h'></head><body class='entry-content' aria-controls=b>"
    "<div class='entry content entry-content-wrap' id=w><div class=Post-Body id=p>p</div></div>"
    "<a href='#p' id=a>a</a></body></html>"
)


@pytest.mark.parametrize("doctype", ["", "<!DOCTYPE html>"])
def test_a_pages_landmarks_are_the_bodys_own(doctype: str) -> None:
    """On a ``Page``, whose landmarks come from the whole document's shared query, the body's
    landmarks are those of a query of the body: the <body> itself, not the <html> or the
    head's elements; an element around a story body is none itself."""
    page = Page(doctype + _OUTSIDE)
    plain = LexborHTMLParser(doctype + _OUTSIDE)
    assert page.body is not None
    assert plain.body is not None
    shared, own = Holds(page.body), Holds(plain.body)
    assert shared.anchors() == own.anchors() == {"p"}
    assert shared.controlled() == own.controlled() == {"b"}
    for selector in (MAIN, ARTICLE_BODY):
        found = [node.attributes.get("id") for node in shared._found[selector]]
        assert found == [node.attributes.get("id") for node in own._found[selector]]
    assert not shared.any_of(MAIN)
    assert shared(page.body, ARTICLE_BODY)


def test_every_element_of_the_article_body_may_be_one() -> None:
    """``may_be_story`` says yes of every element ARTICLE_BODY matches (in either mode, given
    the class names), and no of values that hold its names only within longer ones, or of a
    class where the page's classes hold none of the names."""
    classes = ("entry-content", "post-body", "article-body", "articlebody")
    for doctype in ("", "<!DOCTYPE html>"):
        tree = LexborHTMLParser(f"{doctype}<body>{_SHAPES}{_LINKS}{_OUTSIDE}</body>")
        for node in tree.css(ARTICLE_BODY):
            assert may_be_story(node.attributes, classes), node.attributes
    for attrs in (
        {"class": "entry-content-wrap", "id": "articlebody-2", "itemprop": "articleBody x"},
        {"class": "entry-content"},
    ):
        assert not may_be_story(attrs, ())


def test_an_elements_paragraphs_are_its_own_query_made_once() -> None:
    """``paragraphs_in(node)`` is ``node.css("p")`` (the node's own <p>s, in page order), the
    same list when asked of the same element again, another element's its own."""
    tree = LexborHTMLParser(_PAGE)
    assert tree.body is not None
    holds = Holds(tree.body)
    wrap, again, side = (tree.css_first(f"#{name}") for name in ("wrap", "wrap", "side"))
    assert wrap is not None
    assert again is not None  # another node object of the same element
    assert side is not None
    inside = holds.paragraphs_in(wrap)
    assert [node.text() for node in inside] == ["Related", "Story", "Main"]
    assert holds.paragraphs_in(again) is inside
    assert [node.text() for node in holds.paragraphs_in(side)] == ["Related"]


def test_holding_paragraphs_is_a_count_of_the_elements_own_query() -> None:
    """``holds_paragraphs(node, n)`` is ``len(node.css("p")) >= n`` for every element and every
    ``n`` it counts to (a <p> counts itself; an element holding a dozen holds ten, one holding
    none none), and a count beyond those it tells apart is refused."""
    many = "".join(f"<p>Line {index}</p>" for index in range(12))
    tree = LexborHTMLParser(_PAGE.replace("<p>Story</p>", f"<div id=d><p>Story</p>{many}</div>"))
    assert tree.body is not None
    holds = Holds(tree.body)
    elements = tree.body.css("*")
    for count in range(11):
        answers = [holds.holds_paragraphs(node, count) for node in elements]
        assert answers == [len(node.css("p")) >= count for node in elements]
    counts = {len(node.css("p")) for node in elements}
    assert {0, 1, 13, 15} <= counts
    with pytest.raises(ValueError, match="11"):
        holds.holds_paragraphs(tree.body, 11)


def test_an_elements_lines_are_its_paragraphs_and_breaks_counted_once() -> None:
    """``lines_in(node)`` is ``len(node.css("p, br"))`` for every element (a <p> or a <br>
    counts itself, an element holding none is 0), asked again of the same element the same."""
    tree = LexborHTMLParser(_PAGE.replace("<p>Story</p>", "<p>Sto<br>ry</p>Tail<br><br>"))
    assert tree.body is not None
    holds = Holds(tree.body)
    counts = [len(node.css("p, br")) for node in tree.body.css("*")]
    assert [holds.lines_in(node) for node in tree.body.css("*")] == counts
    assert [holds.lines_in(node) for node in tree.body.css("*")] == counts
    assert {0, 1, 2, 4} <= set(counts)
