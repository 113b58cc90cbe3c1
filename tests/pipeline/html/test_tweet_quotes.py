"""A story's line printed again as a link that tweets it is read as the story's text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.tweet_quotes import tweet_quote

_QUOTE = "Every online business exists in the space-time continuum."
_TWEET = "https://twitter.com/share?text=Every+online+business+exists+in+the+space-time+continuum."
_PROSE = "<p>" + "A line of the story that reads as prose and says a few things more. " * 3


def _link(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    link = tree.css_first("a")
    assert link is not None
    return tweet_quote(link, link.attributes)


def test_a_tweet_links_quote_is_its_text_without_the_button_label() -> None:
    """A link to the tweet composer that shows the tweet's words gives them, without the
    button label the tweet does not say ("Click To Tweet"); a reworded tweet that says most
    of the shown words still makes it a quote."""
    shown = f'<a href="{_TWEET}"><span>{_QUOTE}</span><span>Click To Tweet</span></a>'
    assert _link(shown) == _QUOTE
    reworded = (
        '<a href="https://twitter.com/intent/tweet?text=The+%231+enemy+of+progress%3F+It%27s'
        '+the+flood+of+information."><span>I believe the #1 enemy of progress is the flood'
        " of information.</span><span>Click To Tweet</span></a>"
    )
    assert _link(reworded) == "I believe the #1 enemy of progress is the flood of information."


def test_share_buttons_and_other_links_are_no_quotes() -> None:
    """A share button composing a tweet of the title under its own label, a link elsewhere
    showing the same words, and a composer link without a text are no quotes."""
    title = "https://twitter.com/intent/tweet?text=How+to+pick+a+bike+for+a+city"
    assert _link(f'<a href="{title}">Share on Twitter</a>') is None
    assert _link(f'<a href="{title}">Tweet</a>') is None
    assert _link(f'<a href="https://example.com/post">{_QUOTE}</a>') is None
    assert _link(f'<a href="https://twitter.com/share?via=someone">{_QUOTE}</a>') is None
    assert _link(f"<a>{_QUOTE}</a>") is None


def test_a_tweet_quote_between_paragraphs_stays_in_the_story() -> None:
    """A "Click To Tweet" box between a story's paragraphs stays as the story's line,
    where a line of links there goes."""
    box = f'<a class="ctt" href="{_TWEET}"><span>{_QUOTE}</span><span>Click To Tweet</span></a>'
    for middle, kept in ((box, True), (f'<a href="/other">{_QUOTE}</a>', False)):
        html = f"<html><body><article><h1>A title</h1>{_PROSE}</p>{middle}{_PROSE}x</p></article></body></html>"
        paragraphs = extract_html(html).paragraphs
        assert (_QUOTE in paragraphs) is kept, paragraphs
        assert not any("Click To Tweet" in line for line in paragraphs)
