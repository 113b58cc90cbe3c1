"""Authors from the visible byline when no markup names them."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_visible_byline_date_and_figure_fill_missing_markup() -> None:
    """Without author/date markup, the innermost byline element gives the names ("By" and
    "and" removed), a date element gives published and updated dates, and the figure showing
    the og:image gives the lead image's caption and credit."""
    body = (
        '<div class="byline"><em class="byline__by">By</em> '
        '<span class="byline__author">Lisa Kaczke and Trevor J. Mitchell</span></div>'
        '<div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div>'
        '<div class="updated-date">Updated 11:30 AM EST Nov 19, 2019</div>'
        '<figure><img src="/promo/cover.jpg"><figcaption>Subscribe to our magazine!'
        "</figcaption></figure>"
        '<figure><img src="https://cdn.example.com/img/meth-campaign-1234.jpg?w=800">'
        '<figcaption>Materials from the campaign. <span class="credit">Photo: Jane Roe/AP'
        "</span></figcaption></figure>"
        "<article>" + prose("story", 4) + "</article>"
    )
    head = '<meta property="og:image" content="https://cdn.example.com/meth-campaign-1234.jpg">'
    extracted = extract_html(page(body, head))
    assert extracted.authors == ("Lisa Kaczke", "Trevor J. Mitchell")
    assert extracted.published_raw == ("Published 10:02 AM EST Nov 19, 2019",)
    assert extracted.modified_raw == ("Updated 11:30 AM EST Nov 19, 2019",)
    (image,) = extracted.images
    assert image.caption == "Materials from the campaign."
    assert image.credit == "Jane Roe/AP"


def test_sentences_and_form_labels_in_author_elements_are_no_bylines() -> None:
    """An author-named element holding a sentence or a form label gives no authors."""
    body = (
        '<p class="author-note">The Russian and Syrian defense ministries accused them</p>'
        '<label class="comment-author">Nama (wajib)</label>' + prose("story", 4)
    )
    assert extract_html(page(body)).authors == ()
