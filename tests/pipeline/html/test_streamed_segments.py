"""React's streamed segments: moved into place where they fill a region sent in pieces."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.streamed_segments import may_stream, place_segments
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def _boundary(number: int, fallback: str = "<div>Loading paragraph...</div>") -> str:
    return f'<!--$?--><template id="B:{number}"></template>{fallback}<!--/$-->'


def _segment(number: int, body: str) -> str:
    return (
        f'<div hidden id="S:{number}">{body}</div><script>$RC("B:{number}","S:{number}")</script>'
    )


def _story_in_pieces() -> str:
    """A story whose paragraphs 1 and 3 are streamed, between paragraphs sent in place."""
    main = (
        "<main><h1>Budget</h1>"
        + prose("lead", 1)
        + _boundary(0)
        + prose("middle", 1)
        + _boundary(1)
        + prose("end", 1)
        + "</main>"
    )
    segments = _segment(0, f"<p>first piece: {SENTENCE}</p>") + _segment(
        1, f"<p>second piece: {SENTENCE}</p>"
    )
    return page(main + "<footer><p>Contact us</p></footer>" + segments)


def test_a_story_sent_in_pieces_reads_in_order() -> None:
    """Each streamed paragraph of a story sent in pieces is read in its placeholder's place,
    and its fallback ("Loading paragraph...") is gone."""
    text = text_of(_story_in_pieces())
    order = [text.index(f"{label}") for label in ("lead 0", "first piece", "middle 0")]
    assert order == sorted(order)
    assert text.index("second piece") < text.index("end 0")
    assert "Loading paragraph" not in text


def test_the_tree_holds_no_segment_or_placeholder_once_placed() -> None:
    """Placing both segments leaves neither the hidden segments nor the placeholders."""
    tree = LexborHTMLParser(_story_in_pieces())
    assert place_segments(tree) == 2
    assert tree.css_first('div[id^="S:"]') is None
    assert tree.css_first("template") is None
    assert "Loading paragraph" not in (tree.html or "")


def test_a_single_boundary_after_the_region_stays_where_sent() -> None:
    """One boundary after all of <main>'s text (a feed, recommendations) is not moved."""
    html = page(
        "<main>"
        + prose("story", 3)
        + _boundary(0, "<div></div>")
        + "</main>"
        + _segment(0, "<h2>You may also like</h2><p>Other product</p>")
    )
    tree = LexborHTMLParser(html)
    assert place_segments(tree) == 0
    assert tree.css_first('div[id="S:0"]') is not None


def test_boundaries_after_all_of_the_regions_text_stay_where_sent() -> None:
    """Two boundaries at the end of <main> (a shop's carousels) are not moved."""
    html = page(
        "<main>"
        + prose("story", 3)
        + _boundary(0, "")
        + _boundary(1, "")
        + "</main>"
        + _segment(0, "<h2>How about these?</h2>")
        + _segment(1, "<h2>More from the brand</h2>")
    )
    assert place_segments(LexborHTMLParser(html)) == 0


def test_boundaries_outside_a_content_region_stay_where_sent() -> None:
    """Placeholders outside <main> and <article> (a page's whole shell streamed) are left."""
    html = page(_boundary(0) + _boundary(1) + _segment(0, "<p>a</p>") + _segment(1, "<p>b</p>"))
    assert place_segments(LexborHTMLParser(html)) == 0


def test_a_segment_sent_inside_a_placed_segment_is_placed_too() -> None:
    """A plain segment's placeholder (P:) inside a placed segment is filled in turn."""
    main = "<main>" + _boundary(0) + _boundary(1) + prose("end", 1) + "</main>"
    html = page(
        main
        + _segment(0, '<section><template id="P:2"></template></section>')
        + _segment(1, "<p>one</p>")
        + '<div hidden id="S:2"><p>nested text</p></div><script>$RS("S:2","P:2")</script>'
    )
    tree = LexborHTMLParser(html)
    assert place_segments(tree) == 3
    section = tree.css_first("main section")
    assert section is not None
    assert section.text() == "nested text"


def test_a_loading_notice_is_dropped_where_comments_were_stripped() -> None:
    """A page saved without comments: the "Loading ..." element after a placeholder goes,
    another element there stays."""
    main = (
        '<main><template id="B:0"></template><div>Loading paragraph...</div>'
        '<template id="B:1"></template><div>Kept line</div>' + prose("end", 1) + "</main>"
    )
    html = page(main + _segment(0, "<p>zero</p>") + _segment(1, "<p>one</p>"))
    tree = LexborHTMLParser(html)
    assert place_segments(tree) == 2
    texts = [node.text() for node in tree.css("main > *")]
    assert texts[:3] == ["zero", "one", "Kept line"]


def test_may_stream_looks_for_a_segment_id() -> None:
    """Only a page with a segment's id is parsed for segments, as text or bytes."""
    assert may_stream('<div hidden id="S:0"></div>')
    assert may_stream(b'<div hidden id="S:0"></div>')
    assert not may_stream("<div hidden></div>")


def test_may_stream_finds_the_id_anywhere_in_the_page() -> None:
    """The id is found at the page's start, in its middle and at its end, as text or bytes;
    a near miss ("id='S:", "id=\"s:") is not it."""
    filler = "<p>" + "x" * 5000 + "</p>"
    for html in ('id="S:0"' + filler, filler + 'id="S:1"' + filler, filler + 'id="S:'):
        assert may_stream(html)
        assert may_stream(html.encode())
    for html in (filler + "id='S:0'" + filler, filler + 'id="s:0"', ""):
        assert not may_stream(html)
        assert not may_stream(html.encode())
