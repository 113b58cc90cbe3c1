"""The site's furniture under a line of its own inside a story's region."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.closing_labels import without_closing_label
from tests.pipeline.html.pages import page, prose, text_of


def test_a_short_tail_of_furniture_under_its_own_line_ends_the_story() -> None:
    """A story whose own container ends with "Disclaimer:" and its fine print (no container
    of its own to drop) ends before that line; a long part under such a line (a guide's
    "Related resources" section, as long as the story) stays."""
    html = page(
        f'<article class="post">{prose("story", 6)}<p>Disclaimer:</p>'
        "<p>No content on this site should be used as a substitute for advice.</p></article>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "Disclaimer" not in text
    assert "substitute for advice" not in text
    long_tail = page(
        f'<article class="post">{prose("story", 6)}<p>Related resources</p>'
        f"{prose('resource', 6)}</article>"
    )
    assert "resource 5" in text_of(long_tail)


def test_a_companys_contact_box_after_its_article_ends_the_story() -> None:
    """A company's article whose container ends with its contact box ("Get in touch with one
    of our experts", a name, a line of fine print) and its hub's "Related topics & resources"
    ends before that line: up to 30 lines and 0.4 of the text make such a tail."""
    contact = "".join(f"<p>Line {i} of the contact box.</p>" for i in range(14))
    html = page(
        f'<article class="post">{prose("story", 10)}<h3>Get in touch with one of our experts</h3>'
        f"<p>Charlotte Example, Senior Project Manager</p>{contact}"
        "<h3>Related topics &amp; resources</h3></article>"
    )
    text = text_of(html)
    assert "story 9" in text
    assert "Get in touch" not in text
    assert "Line 13 of the contact box" not in text
    # A third of the text, over 0.3 of it: still the tail.
    boxed = page(
        f'<article class="post">{prose("story", 6)}<h3>Get in touch with one of our experts</h3>'
        f"{prose('contact', 3)}</article>"
    )
    assert "contact 2" not in text_of(boxed)


def test_an_authors_box_and_a_readers_survey_after_the_story_end_it() -> None:
    """A story whose container ends with the author's box under a label line ("Written by
    Jane Doe", "Contributing Writer") or with "Did you find this content helpful?" ends before
    that line; a story that only mentions a writer in a sentence keeps its ending."""
    for label in ("Written by: Jane Doe, Senior Analyst", "Contributing Writer"):
        html = page(
            f'<article class="post">{prose("story", 6)}<p>{label}</p>'
            "<p>Jane Doe is a freelance writer who covers small business and finance.</p>"
            "<p>Did you find this content helpful?</p></article>"
        )
        text = text_of(html)
        assert "story 5" in text
        assert label not in text
        assert "freelance writer" not in text
        assert "helpful" not in text
    mention = page(
        f'<article class="post">{prose("story", 6)}'
        "<p>The report was written by the council's own staff writer over the summer.</p>"
        "</article>"
    )
    assert "written by the council" in text_of(mention)


def test_a_blog_plugins_box_after_the_story_ends_it() -> None:
    """A story whose container ends with a blog plugin's box under its opening line (the
    author box's "Latest posts by Jane Doe (see all)", a rating widget's "How useful was this
    post?", a push prompt, a donation appeal) ends before that line; a sentence of the story
    that says "this story is funded by" among its own words keeps its place."""
    for label in (
        "Latest posts by Jane Doe (see all)",
        "How useful was this post?",
        "Would you like to receive notifications about new posts?",
        "This story is funded by readers like you",
        "Print This Page",
    ):
        html = page(
            f'<article class="post">{prose("story", 6)}<p>{label}</p>'
            "<p>Click on a star to rate it, or read the other posts of the week.</p></article>"
        )
        text = text_of(html)
        assert "story 5" in text
        assert label not in text
        assert "Click on a star" not in text
    mention = page(
        f'<article class="post">{prose("story", 6)}'
        "<p>This story is funded by readers like you, and by a grant from the city council.</p>"
        "</article>"
    )
    assert "grant from the city council" in text_of(mention)


def test_a_longer_invitation_or_the_sites_pitch_after_the_story_ends_it() -> None:
    """A story whose container ends with a longer invitation to other stories ("You may also
    be interested in the following articles:"), the site's pitch ("Collaborate with us", "A
    message from the founder:") or a newsletter's rating prompt ends before that line; a
    sentence of the story that says "work with us" among its own words keeps its place."""
    for label in (
        "You may also be interested in the following articles:",
        "Related articles that may interest you",
        "Collaborate with us",
        "A message from John Example, co-founder:",
        "How was this issue?",
    ):
        html = page(
            f'<article class="post">{prose("story", 6)}<p>{label}</p>'
            "<p>Get your brand in front of our readers, or read the other posts.</p></article>"
        )
        text = text_of(html)
        assert "story 5" in text
        assert label not in text
        assert "Get your brand" not in text
    mention = page(
        f'<article class="post">{prose("story", 6)}'
        "<p>Suppliers who want to work with us can write to the council's purchasing office.</p>"
        "</article>"
    )
    assert "purchasing office" in text_of(mention)


def test_a_publishers_box_of_the_articles_sources_after_the_story_ends_it() -> None:
    """A story whose container ends with the publisher's box of the links its writer consulted
    ("Article Sources", "Citations", "Works Cited" and a list of URLs) ends before that label;
    an author's own "References" section after the story stays, the text's own."""
    sources = "".join(f"<li>Report {i}. https://example.org/report-{i}</li>" for i in range(5))
    for label in ("Article Sources", "Citations", "Works Cited:"):
        html = page(
            f'<article class="post">{prose("story", 6)}<h3>{label}</h3><ul>{sources}</ul></article>'
        )
        text = text_of(html)
        assert "story 5" in text
        assert label.rstrip(":") not in text
        assert "example.org/report-4" not in text
    references = page(
        f'<article class="post">{prose("story", 6)}<h3>References</h3><ul>{sources}</ul></article>'
    )
    assert "example.org/report-4" in text_of(references)


def test_a_strip_of_stories_under_an_invitation_after_the_story_is_dropped() -> None:
    """A story's container that ends with "More articles you might enjoy" and teasers ends
    before that line, as it does under "More articles"."""
    teasers = "".join(f"<p>Teaser number {i} of another story on the site.</p>" for i in range(3))
    html = page(
        f'<article class="post">{prose("story", 6)}<h3>More Articles You Might Enjoy</h3>'
        f"{teasers}</article>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "You Might Enjoy" not in text
    assert "Teaser number 2" not in text


def test_a_short_line_that_closes_no_sentence_after_a_story_is_dropped() -> None:
    """A story of prose whose container closes with a line of a few words that ends no
    sentence (a teaser strip's heading, a counter, a call to action) ends before that line;
    such a line ending like a sentence, the same line after a brief of less than three lines
    of prose, and a list's last short item after another, stay."""
    for label in ("What others are reading", "139 shares", "Book your first lesson"):
        text = text_of(page(f'<article class="post">{prose("story", 4)}<p>{label}</p></article>'))
        assert "story 3" in text
        assert label not in text
    signed = page(f'<article class="post">{prose("story", 4)}<p>See you next week!</p></article>')
    assert "See you next week!" in text_of(signed)
    brief = page(f'<article class="post">{prose("story", 2)}<p>Book now</p></article>')
    assert "Book now" in text_of(brief)
    listed = page(
        f'<article class="post">{prose("story", 4)}<ul><li>Saturated fat</li><li>Sodium</li></ul>'
        "</article>"
    )
    assert "Saturated fat\nSodium" in text_of(listed)


def test_a_spec_lists_last_value_after_its_label_line_stays() -> None:
    """A story of prose whose container ends with a spec list laid out as label and value
    lines ("Weight:" then "46 lb 8 oz") keeps the last value: it is the label's, not the
    container's closing furniture; a longer line ending in a colon is no field's label."""
    specs = "<p>Width:</p><p>30 in</p><p>Weight:</p><p>46 lb 8 oz</p>"
    text = text_of(page(f'<article class="post">{prose("story", 4)}{specs}</article>'))
    assert "46 lb 8 oz" in text
    story = [f"Line {i} of a story that reads as prose. " * 4 for i in range(3)]
    sentence = "Here is what the readers of this story said about it:"
    assert without_closing_label([*story, sentence, "Share"]) == [*story, sentence]


def _firm_page(title: str, part: str, rail: str) -> str:
    """A firm's page: ``title`` as its <h1>, four sections headed ``part`` 0 to 3 (two
    paragraphs each), then ``rail``."""
    sections = "".join(
        f'<section class="offer"><h2>{part} {i}</h2>{prose(f"offer {i}", 2)}</section>'
        for i in range(4)
    )
    return page(f"<main><h1>{title}</h1>{sections}{rail}</main>")


_INSIGHT_CARDS = "".join(
    f'<div class="card"><p>BLOG</p><h3><a href="/insights/{i}">Insight {i} of the firm'
    f"</a></h3><p>What insight {i} tells a reader about the market.</p></div>"
    for i in range(3)
)
_SERVICE_TILES = "".join(
    f'<div class="tile"><h3>Other service {i}</h3><p>What other service {i} does.</p>'
    f'<a href="/services/{i}">Learn more</a></div>'
    for i in range(3)
)


@pytest.mark.parametrize(
    ("title", "part", "rail", "gone"),
    [
        pytest.param(
            "Our consulting services",
            "Service",
            f'<section class="rail"><h2>Featured insights</h2>{_INSIGHT_CARDS}</section>',
            ("Featured insights", "BLOG"),
            id="featured-insights",
        ),
        pytest.param(
            "Data analytics",
            "Step",
            f'<section class="grid"><h2>Related services</h2>{_SERVICE_TILES}</section>',
            ("Related services", "Other service 2"),
            id="related-services",
        ),
    ],
)
def test_a_rail_of_the_firms_other_content_under_its_heading_is_dropped(
    title: str, part: str, rail: str, gone: tuple[str, ...]
) -> None:
    """A company's page of sections ending with a rail of its other content under a heading
    that says so ("Featured insights": cards of a type label, a title and a blurb; "Related
    services": tiles of a title, a line and a "Learn more" link) loses the rail, its heading
    and labels included, and keeps its own sections."""
    text = text_of(_firm_page(title, part, rail))
    assert "offer 3 1" in text
    for line in gone:
        assert line not in text


def _with_strip(content: str, strip: str) -> str:
    """A page whose main region holds ``content`` and, inside the same anonymous container
    after it, another anonymous container holding ``strip`` (a heading and what it heads)."""
    return page(f'<main><div class="x1">{content}<div class="x2">{strip}</div></div></main>')


def test_a_strip_of_recommended_products_is_dropped() -> None:
    """A product page's strip under "People who viewed this item also viewed" (in a container
    with an anonymous name, inside the description's) goes; the product's description stays."""
    cards = "".join(
        f"<div><p>Floral tie neck blouse, size {size}, very good condition, green and white</p>"
        f"<p>$8.0{size} + $23.51 delivery</p></div>"
        for size in range(4)
    )
    html = _with_strip(
        prose("description", 8), f"<h2>People who viewed this item also viewed</h2>{cards}"
    )
    text = text_of(html)
    assert "description 7" in text
    assert "Floral tie neck" not in text


def test_a_strip_of_other_stories_under_a_plain_heading_is_dropped() -> None:
    """An article's strip of other stories under "Recent articles" (in an anonymous container
    inside the story's main region, each teaser with a sentence of its own) goes; the story
    stays."""
    teasers = "".join(
        f'<div><a href="/s{i}">Another story number {i}</a><p>A teaser sentence of that other '
        f"story, long enough to stand as a sentence, number {i}.</p></div>"
        for i in range(4)
    )
    html = _with_strip(prose("story", 8), f"<h3>Recent articles</h3>{teasers}")
    text = text_of(html)
    assert "story 7" in text
    assert "Another story number" not in text
    assert "teaser sentence" not in text


def test_a_strip_whose_heading_sits_in_its_own_wrapper_is_dropped() -> None:
    """A shop's carousel heading ("People who viewed this item also viewed") often sits in a
    title wrapper of its own beside the cards: the strip dropped is the heading's nearest
    container holding more than the heading, so its cards go too; the product stays."""
    cards = "".join(
        f'<div class="card"><h3>Other seller item {i}, size 10</h3><div>$8.03</div></div>'
        for i in range(5)
    )
    html = page(
        '<main><div class="description">'
        + prose("product", 6)
        + '<section class="carousel"><div class="title"><h2>People who viewed this item '
        f'also viewed</h2></div><div class="cards">{cards}</div></section></div></main>'
    )
    text = text_of(html)
    assert "product 5" in text
    assert "Other seller item" not in text


def test_an_author_bio_under_its_own_heading_is_dropped() -> None:
    """An article's "About the author" box (a heading and a bio of full sentences, in an
    anonymous container after the story) is not the story: it goes, the story stays."""
    bio = (
        "<p>Jane Doe is the executive editor of the health letter, and she also writes for "
        "the heart letter, the women's letter and the men's letter, from Boston.</p>"
    )
    html = _with_strip(prose("story", 8), f"<h2>About the Author</h2>{bio}")
    text = text_of(html)
    assert "story 7" in text
    assert "executive editor" not in text


_PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>'


def _with_titled_strip(title: str, cards: str, head: str) -> str:
    return page(
        '<main><div class="description">'
        + prose("kettle", 6)
        + f'<section class="suggest"><p class="suggest-title">{title}</p>{cards}</section>'
        + "</div></main>",
        head,
    )


def test_a_shops_strip_under_a_title_in_no_heading_goes_on_a_product_page() -> None:
    """On one product's page a strip titled "Complete your order" in a <p> (a shop theme's
    title) goes with its cards; on a page that does not say it is one product's it stays, and
    a title with the product's own text before it in its element takes nothing away."""
    cards = "".join(
        f'<div class="card"><p>Other kettle filter {i} for pour-over brewing</p>'
        f"<p>$1{i}.99</p></div>"
        for i in range(4)
    )
    text = text_of(_with_titled_strip("Complete your order", cards, _PRODUCT_LD))
    assert "kettle 5" in text
    assert "Other kettle filter" not in text
    assert "Other kettle filter 3" in text_of(_with_titled_strip("Complete your order", cards, ""))
    empty = page(
        '<main><div class="description">'
        + prose("kettle", 6)
        + '<div class="picks"><p>Pairs well with</p><div class="cards"></div></div></div></main>',
        _PRODUCT_LD,
    )
    assert "kettle 5" in text_of(empty)


def test_a_shops_customer_reviews_under_their_title_go_on_a_product_page() -> None:
    """On one product's page the buyers' reviews under a title of their own ("Reviews
    summary", in a theme's plain <p>) go with their cards; on a page that does not say it is
    one product's (a service's testimonials, a critic's review) they stay."""
    cards = "".join(
        f'<div class="card"><p>Buyer {i} says the kettle boils fast and pours well</p>'
        f"<p>Verified purchase</p></div>"
        for i in range(4)
    )
    text = text_of(_with_titled_strip("Reviews summary", cards, _PRODUCT_LD))
    assert "kettle 5" in text
    assert "boils fast" not in text
    assert "Buyer 3 says" in text_of(_with_titled_strip("Reviews summary", cards, ""))
    assert "boils fast" not in text_of(_with_titled_strip("1,024 Reviews", cards, _PRODUCT_LD))
