"""Publication dates from every place a page puts them, in the order of trust."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def test_json_ld_at_any_depth_comes_first() -> None:
    """A datePublished nested in a @graph's mainEntity is found, before <meta> and visible
    dates; the modification date goes to modified."""
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Site"}, {"@type": "WebPage", "mainEntity": '
        '{"@type": "Thing", "datePublished": "2025-09-04T10:00:00+02:00", '
        '"dateModified": "2025-11-20T08:00:00Z"}}]}</script>'
    )
    html = page(
        '<h1>Story</h1><p class="text-xs">January 16, 2026</p>' + prose("story", 4),
        ld + '<meta name="date" content="2024-01-01">',
    )
    extracted = extract_html(html)
    assert extracted.published_raw[0] == "2025-09-04T10:00:00+02:00"
    assert extracted.modified_raw[0] == "2025-11-20T08:00:00Z"


def test_meta_variants_are_read() -> None:
    """parsely-pub-date, sailthru.date, DC.date.issued and friends name the publication."""
    for name in ("parsely-pub-date", "sailthru.date", "DC.date.issued", "publish-date"):
        html = page(prose("story", 4), f'<meta name="{name}" content="2025-03-02T09:00:00Z">')
        assert extract_html(html).published_raw[0] == "2025-03-02T09:00:00Z", name


def test_a_bare_date_line_below_the_headline_is_the_date() -> None:
    """Without markup, a short line holding only a date just below the <h1> is the date (as
    ISO text), not a date in a related-stories list above or below."""
    html = page(
        '<div class="related"><time>March 3, 2020</time></div>'
        "<h1>Story</h1><p class='text-xs'>August 16, 2019</p>" + prose("story", 4)
    )
    assert extract_html(html).published_raw[0] == "2019-08-16T00:00:00+00:00"


def test_a_us_page_reads_numeric_dates_month_first() -> None:
    """On an en-US page "03/01/2017" shown in a date element is March 1st."""
    html = (
        '<html lang="en-US"><body><h1>Story</h1><span class="post-date">03/01/2017</span>'
        + prose("story", 4)
        + "</body></html>"
    )
    assert extract_html(html).published_raw[0].startswith("2017-03-01")


def test_the_url_path_dates_a_page_without_markup() -> None:
    """/2025/12/18/ in the page's URL is its date when the markup has none."""
    extracted = extract_html(page(prose("story", 4)), url="https://example.com/2025/12/18/story")
    assert extracted.published_raw == ("2025-12-18",)


def test_a_sites_own_meta_name_and_a_url_date_before_a_slug_are_read() -> None:
    """<meta name="w-published-date"> names the publication; so does /2025-12-15+Title in
    the URL when nothing else does."""
    html = page(prose("story", 4), '<meta name="w-published-date" content="2025-05-27T06:03Z">')
    assert extract_html(html).published_raw[0] == "2025-05-27T06:03Z"
    url = "https://blog.example.fr/articles/2025-12-15+Rust+GCC+backend"
    assert extract_html(page(prose("story", 4)), url=url).published_raw == ("2025-12-15",)


def test_a_date_in_the_storys_own_side_column_is_shown() -> None:
    """Layout classes that mention a sidebar on the story's own container, an <aside> named
    for the article, and Tailwind's arbitrary values do not hide the story's date; a related
    list does."""
    for wrapper in (
        '<div class="story-page template-sidebar">{}</div>',
        '<aside class="ForefrontArticle_aside">{}</aside>',
        '<div class="w-full lg:pr-[--sidebar-width]">{}</div>',
    ):
        html = page(
            "<h1>Story</h1>"
            + wrapper.format('<p class="story-date">May 31, 2024</p>')
            + prose("story", 4)
        )
        assert extract_html(html).published_raw[0].startswith("2024-05-31"), wrapper
    related = page(
        '<h1>Story</h1><div class="related-list"><p class="story-date">May 31, 2024</p></div>'
        + prose("story", 4)
    )
    assert not extract_html(related).published_raw


def test_a_date_line_with_tags_and_an_update_line_alone_are_read() -> None:
    """A meta element holding "Posted on April 13, 2023" and the post's tags gives the date; a
    page whose only date is "Updated: 10/31/2024" below the headline gives that one."""
    tagged = page(
        '<h1>Story</h1><div class="meta"><span>Posted on April 13, 2023</span>'
        '<div class="tags"><a>indexing</a> <a>journals</a> <a>metadata</a> <a>open access</a>'
        " <a>publishing</a> <a>scholarly communication</a></div></div>" + prose("story", 4)
    )
    assert extract_html(tagged).published_raw[0].startswith("2023-04-13")
    updated = page("<h1>Story</h1><div><i>Updated: 10/31/2024</i></div>" + prose("story", 4))
    assert extract_html(updated).published_raw[0].startswith("2024-10-31")
