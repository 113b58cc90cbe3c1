"""A tag manager's <iframe> written self-closed inside <noscript>: the page after it is read."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.noscript_frames import closed_frames, may_be_swallowed
from newswire.pipeline.html.page_elements import Page
from tests.pipeline.html.pages import page, prose, text_of

_SNIPPET = (
    '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0"'
    ' width="0" style="display: none; visibility: hidden;" /></noscript>'
)


def test_the_page_after_a_self_closed_frame_in_noscript_is_read() -> None:
    """The story after a tag manager's self-closed <iframe> in <noscript> is the page's text,
    as a browser shows it, not the raw text of a dropped frame."""
    html = page(_SNIPPET + "<main><h1>Budget</h1>" + prose("story", 3) + "</main>")
    assert "story 2" in text_of(html)


def test_the_page_given_as_bytes_is_repaired_the_same() -> None:
    """The pipeline's own bytes (UTF-8) are repaired as the decoded text is."""
    html = page(_SNIPPET + "<main>" + prose("story", 3) + "</main>")
    extracted = extract_html(html, utf8=html.encode())
    assert "story 2" in "\n".join(extracted.paragraphs)


def test_only_a_frame_right_before_the_noscript_end_is_closed() -> None:
    """A self-closed <img> before "</noscript>" (a tracking pixel) and a closed <iframe> stay
    as written; a self-closed <iframe> there, in any case, is closed."""
    pixel = '<noscript><img src="/p.gif" /></noscript>'
    closed = '<noscript><iframe src="/f"></iframe></noscript>'
    assert closed_frames(pixel + closed) == pixel + closed
    assert closed_frames('<noscript><IFRAME src="/f" /></noscript>') == (
        '<noscript><IFRAME src="/f" ></iframe></noscript>'
    )
    assert closed_frames(b'<noscript><iframe src="/f"/></noscript>') == (
        b'<noscript><iframe src="/f"></iframe></noscript>'
    )


def test_a_parse_whose_frame_read_the_page_after_it_may_need_the_repair() -> None:
    """The page parsed as it came needs the repair when a frame read the page after it as its
    text (or when a <template> holds content the tree does not show); a closed frame and the
    snippet's spelling inside a script's string swallow nothing."""
    story = "<main><p>story</p></main>"
    assert may_be_swallowed(Page(page(_SNIPPET + story)))
    assert may_be_swallowed(Page(page("<template><p>x</p></template>" + story)))
    closed = '<noscript><iframe src="/f"></iframe></noscript>'
    assert not may_be_swallowed(Page(page(closed + story)))
    written = "<script>var s = '" + _SNIPPET + "';</script>"
    assert not may_be_swallowed(Page(page(written + story)))


def test_the_snippet_in_capitals_or_with_a_line_break_before_its_end_is_repaired() -> None:
    """The self-closed frame is closed whatever the case of its tags and the whitespace before
    "</noscript>" (a template in capitals, a pretty-printer's line breaks), and the story after
    it is read."""
    upper = '<NOSCRIPT><IFRAME src="/ns.html" /></NOSCRIPT>'
    broken = '<noscript>\n<iframe src="/ns.html" />\n\n</noscript >'
    assert closed_frames(upper) == '<NOSCRIPT><IFRAME src="/ns.html" ></iframe></NOSCRIPT>'
    assert closed_frames(broken.encode()) == (
        b'<noscript>\n<iframe src="/ns.html" ></iframe>\n\n</noscript >'
    )
    story = "<main><h1>Budget</h1>" + prose("story", 3) + "</main>"
    for snippet in (upper, broken):
        assert may_be_swallowed(Page(page(snippet + story)))
        assert "story 2" in text_of(page(snippet + story))
