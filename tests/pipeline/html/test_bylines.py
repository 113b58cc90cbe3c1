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
    assert extracted.published_raw == ("2019-11-19T10:02:00-05:00",)
    assert extracted.modified_raw == ("2019-11-19T11:30:00-05:00",)
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


def test_a_by_line_below_the_headline_names_the_author() -> None:
    """ "By Amy Wilhelm •" under the <h1>, in an element with no telling class, gives the name;
    "<span>By</span> <a>Name</a>" too."""
    inline = page(
        "<h1>Story</h1><p class='text-sm'>By Amy Wilhelm • 5 min read</p>" + prose("s", 4)
    )
    assert extract_html(inline).authors == ("Amy Wilhelm",)
    split = page("<h1>Story</h1><p><span>By</span> <a href='/x'>Jerry Chu</a></p>" + prose("s", 4))
    assert extract_html(split).authors == ("Jerry Chu",)


def test_no_author_is_invented_from_a_site_name_a_handle_or_admin() -> None:
    """The site's own name (og:site_name, the domain), a username and "admin" are no authors."""
    for name in ("Homeyou", "homeyou", "mdelatorreq6vkpg2ma0ci", "brandon-peaktwo", "admin"):
        head = (
            f'<meta name="author" content="{name}"><meta property="og:site_name" content="Homeyou">'
        )
        html = page(prose("story", 4), head)
        assert extract_html(html, url="https://www.homeyou.com/a").authors == (), name
