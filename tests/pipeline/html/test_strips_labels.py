"""``strips.without_strips`` on strips titled by a label in no heading element, and on a
heading that closes a section of the page."""

from __future__ import annotations

from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.strips import without_strips
from newswire.pipeline.html.walk import walk
from tests.pipeline.html.pages import SENTENCE, page, prose


def _strip_texts(body: str) -> list[str]:
    """The texts of ``body``'s blocks that ``without_strips`` keeps."""
    root = Page(page(body)).body
    assert root is not None
    blocks, _ = walk(root, by_name=True)
    return [block.text for block in without_strips(blocks)]


def test_a_ribbon_of_other_stories_under_a_plain_label_is_dropped() -> None:
    """A ribbon of the site's other stories under "Recent Articles" in a plain <div> (no
    heading element), each a linked title, goes with its label; the story stays."""
    titles = "".join(f'<a href="/s{i}"><div>Another story number {i}</div></a>' for i in range(6))
    kept = _strip_texts(f"<div><div>Recent Articles</div><div>{titles}</div></div>" + prose("s", 8))
    assert any(text.startswith("s 7") for text in kept)
    assert not any("Another story number" in text or "Recent Articles" in text for text in kept)


def test_a_plain_label_over_text_of_its_own_is_no_strip() -> None:
    """A plain <div> "More stories" over paragraphs that are not links (a box of the page's
    own text) is kept."""
    own = "".join(f"<p>Our own note number {i}: {SENTENCE}</p>" for i in range(2))
    kept = _strip_texts(f"<div><div>More stories</div>{own}</div>" + prose("s", 8))
    assert any(text.startswith("Our own note number 1") for text in kept)


def test_a_heading_closing_a_section_of_the_page_takes_no_section_with_it() -> None:
    """A strip's heading alone in a wrapper of its own at the end of a page's section (a
    product's overview tab ending in "Related stories" over a few links) does not make that
    section the strip: the overview stays. The same heading opening its container (a
    carousel's title, then its cards) still takes the container."""
    overview = "".join(f"<p>Overview point {i}: {SENTENCE}</p>" for i in range(4))
    links = '<a href="/a">Explore</a><a href="/b">Explore more</a>'
    tabs = (
        f'<div class="tab">{overview}<div class="col"><div><h4>Related stories</h4></div></div>'
        f'<div class="col">{links}</div></div>'
        f'<div class="tab">{prose("spec", 12)}</div>'
    )
    kept = _strip_texts(tabs)
    assert any(text.startswith("Overview point 3") for text in kept)
    opening = f'<div class="tab"><h4>Related stories</h4>{overview}</div>' + prose("spec", 12)
    assert not any(text.startswith("Overview point") for text in _strip_texts(opening))


def test_a_companys_blog_teasers_under_from_the_blog_are_dropped() -> None:
    """A company page's teasers of its blog posts under "From the blog" (a heading) or "From
    our blog" (a plain overline label over linked titles) go with their title; the page's
    own sections stay."""
    teasers = "".join(
        f'<div><a href="/blog/{i}">Blog post number {i} of the company</a></div>' for i in range(4)
    )
    for title in ("<h2>From the blog</h2>", "<p>From our blog</p>"):
        kept = _strip_texts(f"<section>{title}{teasers}</section>" + prose("offer", 8))
        assert any(text.startswith("offer 7") for text in kept)
        assert not any("Blog post number" in text or "blog" in text.lower() for text in kept)
