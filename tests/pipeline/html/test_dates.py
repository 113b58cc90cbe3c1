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


def test_the_storys_own_footer_and_aside_show_its_date() -> None:
    """A date in the story's own footer ("article-template-footer-main", <footer
    class="entry-footer">) or in an unnamed <aside> set directly in its <article> is the
    story's date; the page's <footer> still is not."""
    for story in (
        '<h1>Story</h1>{prose}<div class="article-template-footer-main">'
        '<span class="article-date">August 12, 2025</span></div>',
        '<h1>Story</h1>{prose}<footer class="entry-footer">'
        '<span class="posted-on">August 12, 2025</span></footer>',
        "<article><aside><time>August 12, 2025</time></aside><h2>Story</h2>{prose}</article>",
    ):
        html = page(story.format(prose=prose("story", 4)))
        assert extract_html(html).published_raw[0].startswith("2025-08-12"), story
    footer = page(
        "<h1>Story</h1>" + prose("story", 4) + '<footer><span class="date">August 12, 2025</span>'
        "</footer>"
    )
    assert not extract_html(footer).published_raw


def test_a_date_in_a_cms_widget_column_is_shown() -> None:
    """HubSpot's and Blogger's main column is a "widget" ("widget-span widget-type-blog_content",
    "widget Blog"): a date in it is the story's; a "recent posts" widget's is not."""
    html = page(
        '<div class="widget-span widget-type-blog_content"><h1>Story</h1>'
        '<div class="post-meta"><span class="meta-date"><a>May 18, 2023</a></span></div>'
        + prose("story", 4)
        + '</div><div class="widget widget_recent_entries"><span class="post-date">'
        "June 1, 2024</span></div>"
    )
    assert extract_html(html).published_raw == ("2023-05-18T00:00:00+00:00",)


def test_a_time_attribute_settles_a_numeric_date_and_a_far_off_text() -> None:
    """ "03/01/2017" in a <time datetime="2017-03-01…"> on a page not declared en-US is March
    1st, also when the element holding it is a date line with more words; a <time> whose
    text is months away from its attribute gives the attribute; one day apart (a zone) gives
    the text."""
    line = page(
        '<html lang="en"><h1>Story</h1><div class="node__meta"><time class="datetime" '
        'datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Agatha Caleo</div>'
        + prose("story", 4)
    )
    assert extract_html(line).published_raw[0].startswith("2017-03-01")
    far = page(
        '<h1>Story</h1><time datetime="2024-12-20">August 28, 2024</time>' + prose("story", 4)
    )
    assert extract_html(far).published_raw[0].startswith("2024-12-20")
    zone = page(
        '<h1>Story</h1><time datetime="2025-12-19T03:05:00Z">December 18, 2025</time>'
        + prose("story", 4)
    )
    assert extract_html(zone).published_raw[0].startswith("2025-12-18")


def test_a_shown_date_well_before_the_markups_is_the_publication() -> None:
    """A republished page: its markup says 2025-06-24, the line under its headline says
    August 25, 2024; the shown date is the publication. A shown date one day before the
    markup's UTC time, or a later shown date, leaves the markup first."""

    def first(shown: str, markup: str) -> str:
        html = page(
            f'<h1>Story</h1><p class="post-date">{shown}</p>' + prose("story", 4),
            f'<meta property="article:published_time" content="{markup}">',
        )
        return extract_html(html).published_raw[0]

    assert first("August 25, 2024", "2025-06-24T00:00:00Z").startswith("2024-08-25")
    assert first("December 18, 2025", "2025-12-19T03:05:00Z") == "2025-12-19T03:05:00Z"
    assert first("December 18, 2025", "2025-06-19T03:05:00Z") == "2025-06-19T03:05:00Z"


def test_a_shown_date_before_every_local_day_of_the_markups_moment_is_the_publication() -> None:
    """Markup at 22:02 UTC on December 19 is December 19 or 20 in every time zone: a shown
    December 18 is the story's own date. At 03:05 UTC (December 18 in the Americas), or at a
    bare midnight, one day before stays a time zone's doing and the markup stands."""

    def first(markup: str) -> str:
        html = page(
            '<h1>Story</h1><p class="post-date">Dec 18, 2025</p>' + prose("story", 4),
            f'<meta property="article:published_time" content="{markup}">',
        )
        return extract_html(html).published_raw[0]

    assert first("2025-12-19T22:02:58.705Z").startswith("2025-12-18")
    assert first("2025-12-19T03:05:00Z") == "2025-12-19T03:05:00Z"
    assert first("2025-12-19T00:00:00+0000") == "2025-12-19T00:00:00+0000"
    assert first("2025-12-19") == "2025-12-19"


def test_a_date_line_alone_under_the_headline_well_before_the_markup_is_the_publication() -> None:
    """With no date element, a bare date line just after the <h1> two days or more before the
    markup's date is the publication; a date in a table cell after the <h1> is the table's
    data and leaves the markup first."""

    def first(after_headline: str) -> str:
        html = page(
            f"<h1>Story</h1>{after_headline}" + prose("story", 4),
            '<meta property="article:published_time" content="2025-11-05T00:00:00Z">',
        )
        return extract_html(html).published_raw[0]

    assert first("<p>January 31, 2024</p>").startswith("2024-01-31")
    table = "<table><tr><td>1/1/2013</td><td>$200,000</td></tr></table>"
    assert first(table) == "2025-11-05T00:00:00Z"


def test_a_shown_date_between_the_markups_publication_and_update_is_the_publication() -> None:
    """A story rewritten and dated anew: markup created 2024-08-29 and last saved 2025-12-15,
    the date under the headline November 25, 2025; the shown date is the publication. A shown
    date after the last save, or the markup's date with day and month swapped, leaves the
    markup first."""

    def first(shown: str, published: str = "2024-08-29T10:00:00Z") -> str:
        html = page(
            f'<h1>Story</h1><p class="post-date">{shown}</p>' + prose("story", 4),
            f'<meta property="article:published_time" content="{published}">'
            '<meta property="article:modified_time" content="2025-12-15T12:00:00Z">',
        )
        return extract_html(html).published_raw[0]

    assert first("November 25, 2025").startswith("2025-11-25")
    assert first("December 19, 2025") == "2024-08-29T10:00:00Z"
    assert first("09.10.2024", "2024-09-10T10:00:00Z") == "2024-09-10T10:00:00Z"
    assert first("12.10.2024", "2024-09-10T10:00:00Z").startswith("2024-10-12")


def test_a_date_line_naming_the_modification_on_a_page_without_date_elements_wins() -> None:
    """A page with no date element whose one date line under the headline is the markup's
    modification day ("By Ann Lee Mar 5, 2025", created January 1st) dates the story by that
    revision, as the markup writes it; a line naming another day, or a page that shows a
    date element elsewhere (an update labelled so), keeps the publication first."""
    head = (
        '<meta property="article:published_time" content="2025-01-01T03:00:00Z">'
        '<meta property="article:modified_time" content="2025-03-05T13:25:58Z">'
    )

    def first(line: str, extra: str = "") -> str:
        html = page(f"<h1>Story</h1><p>{line}</p>{extra}" + prose("story", 4), head)
        return extract_html(html).published_raw[0]

    assert first("By Ann Lee Mar 5, 2025") == "2025-03-05T13:25:58Z"
    assert first("By Ann Lee Mar 9, 2025") == "2025-01-01T03:00:00Z"
    labelled = '<p class="updated-date">Updated March 5, 2025</p>'
    assert first("By Ann Lee Mar 5, 2025", labelled) == "2025-01-01T03:00:00Z"


def test_a_date_element_printed_from_the_modification_stamp_is_the_date() -> None:
    """A <time> whose datetime is the markup's dateModified to the second, shown as a date
    ("December 17, 2025"), is the story's date as the page gives it; the same element
    holding the machine string as its text (a microformat's hidden stamp), or a moment
    other than the modification's, leaves the markup's publication first."""
    head = (
        '<meta property="article:published_time" content="2024-04-05T00:00:00-04:00">'
        '<meta property="article:modified_time" content="2025-12-17T09:00:08-05:00">'
    )

    def first(stamp: str, text: str) -> str:
        shown = f'<h1>Story</h1><p>By Ann Lee</p><time datetime="{stamp}">{text}</time>'
        return extract_html(page(shown + prose("story", 4), head)).published_raw[0]

    assert first("2025-12-17T09:00:08-05:00", "December 17, 2025").startswith("2025-12-17")
    machine = "2025-12-17T09:00:08-05:00"
    assert first(machine, machine) == "2024-04-05T00:00:00-04:00"
    assert first("2025-12-17T11:00:00-05:00", "December 17, 2025") == "2024-04-05T00:00:00-04:00"


def test_a_utc_markup_a_day_off_the_permalink_gives_the_pages_local_day() -> None:
    """Markup in UTC the day after the permalink's date (a WordPress post of an evening in
    California) gives way to the date shown with the permalink's day, with its <time>'s local
    offset; without such a line, to the permalink's date. A UTC markup on the URL's day, or a
    local offset, stands."""
    head = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">'
    url = "https://blog.example.com/2025/12/18/a-story/"
    shown = '<h1>Story</h1><time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>'
    extracted = extract_html(page(shown + prose("story", 4), head), url=url)
    assert extracted.published_raw[0] == "2025-12-18T19:05:00-08:00"
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head), url=url)
    assert extracted.published_raw[0] == "2025-12-18"
    same_day = url.replace("/18/", "/19/")
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head), url=same_day)
    assert extracted.published_raw[0] == "2025-12-19T03:05:00+00:00"
    local = head.replace("2025-12-19T03:05:00+00:00", "2025-12-19T09:04:00+13:00")
    extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), local), url=url)
    assert extracted.published_raw[0] == "2025-12-19T09:04:00+13:00"


def test_a_page_without_a_headline_h1_reads_its_date_line_by_its_h2_headline() -> None:
    """A page whose headline is a <h2> wording its title differently (no <h1>: a shop's
    blog) has its date line read around that <h2>, as around an <h1>; the cart's <h2>s
    before it are not the headline."""
    head = "<title>Seven Ways to Eat More Plants | Shop</title>"
    body = (
        "<h2>Your cart is empty</h2><h2>Estimated total</h2>"
        "<h3>blog | February 01, 2022</h3><h2>Seven Easy Ways to Eat More Plants</h2>"
        + prose("story", 4)
    )
    extracted = extract_html(page(body, head))
    assert extracted.published_raw[0].startswith("2022-02-01")


def test_the_date_line_just_under_the_headline_is_the_storys_in_any_wrapper() -> None:
    """A design system's meta row right under the <h1> may be called a list or a card
    ("c-list"): its date is the story's; the same wrapper further down is another story's."""
    under = page(
        "<h1>Trends in psychiatry</h1><ul class='c-list'><li class='c-meta__date'>"
        "December 24, 2024</li><li>Patients and Families</li></ul>" + prose("story", 4)
    )
    assert extract_html(under).published_raw[:1] == ("2024-12-24T00:00:00+00:00",)
    below = page(
        "<h1>Trends in psychiatry</h1>" + prose("story", 4) + "<ul class='c-list'><li>"
        "<a href='/other'>Another story</a></li><li class='c-meta__date'>December 24, 2024"
        "</li></ul>"
    )
    assert extract_html(below).published_raw == ()


def test_a_date_inside_the_storys_page_template_is_the_storys_under_any_layout() -> None:
    """A Shopify theme sets the whole article template in a section named "under-menu": the
    date element inside the story's page ("article-page__date") is the story's, not a menu's,
    and wins over the related posts' dates below it."""
    html = page(
        '<div class="shopify-section shopify-section--article-template under-menu">'
        '<div class="article-page"><h1>Story</h1>'
        '<div class="article-page__date"><span>June 10, 2025</span></div>'
        + prose("story", 4)
        + '<div class="article-page__related"><div class="post-date">July 12, 2025</div>'
        "</div></div></div>"
    )
    assert extract_html(html).published_raw[0].startswith("2025-06-10")


def test_json_ld_serialized_into_an_attribute_is_read() -> None:
    """JSON-LD that a front-end framework wrote into an attribute (React's ``children`` on a
    pre-rendered script, a ``<meta name="script:ld+json">``) gives the publication date and the
    author, as a script's text would."""
    ld = (
        "{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:"
        "&quot;2025-11-17T09:00:00-05:00&quot;,&quot;author&quot;:"
        "{&quot;@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Jane Roe CPP, PSP&quot;}}"
    )
    heads = (
        f'<script type="application/ld+json" children="{ld}"></script>',
        f'<meta name="script:ld+json" content="{ld}">',
    )
    for head in heads:
        extracted = extract_html(page("<h1>Story</h1>" + prose("story", 4), head))
        assert extracted.published_raw[0] == "2025-11-17T09:00:00-05:00", head
        assert extracted.authors == ("Jane Roe CPP, PSP",), head


def test_a_date_labelled_published_in_an_aside_is_the_pages_own() -> None:
    """A facts column (an <aside>) whose "Published" heading stands just before a date gives
    the publication; an aside's unlabelled date is another story's and is not read."""

    def dates_of(aside: str) -> tuple[str, ...]:
        html = page("<h1>Story</h1>" + prose("story", 4) + f"<aside>{aside}</aside>")
        return extract_html(html).published_raw

    labelled = (
        '<h3>Published</h3><p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p>'
    )
    assert dates_of(labelled)[0] == "2024-08-30T12:00:00Z"
    assert dates_of('<p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p>') == ()


def test_the_date_in_the_writers_card_is_the_date_where_none_other_is_shown() -> None:
    """A page showing its date only beside the author link, in a card after the story, has
    that date; an author link in a list of other stories gives none."""
    card = (
        "<div class='card'><div><a href='/blog/author/moses-kim'>Moses Kim</a></div>"
        "<p class='text-sm'>April 8, 2024</p></div>"
    )
    html = page("<h1>How apps are made</h1>" + prose("story", 6) + card)
    assert extract_html(html).published_raw[:1] == ("2024-04-08T00:00:00+00:00",)
    related = page(
        "<h1>How apps are made</h1>" + prose("story", 6) + f"<div class='related'>{card}</div>"
    )
    assert extract_html(related).published_raw == ()


def test_a_shown_update_is_the_modification_where_the_markup_names_none() -> None:
    """A page whose markup names only the publication shows its update in a date element:
    that update is the modification; where the markup names one too, the markup's comes
    first. The publication stays the markup's."""
    ld = (
        '<meta property="article:published_time" content="2025-12-19T16:47:40-05:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2025-12-19T16:47:40-05:00"%s}</script>'
    )
    shown = "<h1>Story</h1><span class='updated'>Updated December 20, 2025</span>"
    plain = extract_html(page(shown + prose("story", 4), ld % ""))
    assert plain.published_raw[0] == "2025-12-19T16:47:40-05:00"
    assert plain.modified_raw[:1] == ("2025-12-20T00:00:00+00:00",)
    both = extract_html(page(shown + prose("story", 4), ld % ', "dateModified": "2025-12-21"'))
    assert both.modified_raw[0] == "2025-12-21"


def test_an_update_element_showing_both_dates_gives_each_its_own() -> None:
    """An element named for the update that shows the publication and then the update
    ("Published March 1, 2024 · Updated March 5, 2024") gives the update as the modification,
    not the line's first date, and its publication as a publication; so does a
    ``dateModified`` microdata element showing both."""
    line = "Published March 1, 2024 · Updated March 5, 2024"
    shown = extract_html(page(f"<h1>Story</h1><span class='updated'>{line}</span>" + prose("s", 4)))
    assert shown.modified_raw[:1] == ("2024-03-05T00:00:00+00:00",)
    assert shown.published_raw[:1] == ("2024-03-01T00:00:00+00:00",)
    microdata = extract_html(
        page(f"<h1>Story</h1><p itemprop='dateModified'>{line}</p>" + prose("s", 4))
    )
    assert microdata.modified_raw[:1] == ("Updated March 5, 2024",)


def test_a_date_element_labelled_updated_by_its_parent_is_the_modification() -> None:
    """A <time> whose parent says "Updated" before it is the last update, not a publication;
    a parent saying "Published" before it, or an update label after it, leaves it the
    publication."""
    updated = extract_html(
        page("<h1>Story</h1><p>Updated <time>October 8, 2025</time></p>" + prose("s", 4))
    )
    assert updated.modified_raw[:1] == ("2025-10-08T00:00:00+00:00",)
    published = extract_html(
        page(
            "<h1>Story</h1><p>Published <time>October 1, 2025</time> (updated)</p>" + prose("s", 4)
        )
    )
    assert published.published_raw[:1] == ("2025-10-01T00:00:00+00:00",)
    assert published.modified_raw == ()


def test_a_date_line_below_the_headlines_update_line_is_no_republication() -> None:
    """Under the headline the byline shows only the update ("Updated <time>…"): a short date
    further down (a photo's caption) is the story's text, not a date the markup's publication
    gave way to."""
    ld = (
        '<meta property="article:published_time" content="%s">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "%s"}'
    )
    html = page(
        "<h1>Story</h1><p>By Ann Lee</p><span>Updated <time>Nov 13, 2019, 10:28am EST</time>"
        "</span><figure><img src='a.jpg'><figcaption>Nov 1, 2019</figcaption></figure>"
        + prose("s", 4),
        ld % ("2019-11-08T15:30:00-05:00", "2019-11-08T15:30:00-05:00") + "</script>",
    )
    extracted = extract_html(html)
    assert extracted.published_raw[0] == "2019-11-08T15:30:00-05:00"
    assert extracted.modified_raw[:1] == ("2019-11-13T10:28:00-05:00",)


def test_an_update_shown_alone_dates_a_story_published_in_structured_data_only() -> None:
    """A page showing only its last update under the headline ("Updated August 14, 2025"),
    whose publication is in its JSON-LD alone, dates the story by that update; the same page
    naming the publication in a ``<meta>`` tag too, or showing a publication line, or an
    update no later than the publication, keeps the markup's publication first."""
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "datePublished": '
        '"2025-05-19T22:12:02+00:00", "dateModified": "2025-11-20T10:00:00+00:00"}</script>'
    )
    meta = '<meta property="article:published_time" content="2025-05-19T22:12:02+00:00">'

    def first(lines: str, head: str = ld) -> str:
        html = page(f"<h1>Story</h1><p>By Ann Lee</p>{lines}" + prose("story", 4), head)
        return extract_html(html).published_raw[0]

    updated = "<p>Updated August 14, 2025</p>"
    assert first(updated).startswith("2025-08-14")
    related = "<ul><li><span class='date'>Aug 01, 2024</span> Another story</li></ul>"
    assert first("<span class='updated'>Updated August 14, 2025</span>" + related).startswith(
        "2025-08-14"
    )
    assert first(updated, ld + meta) == "2025-05-19T22:12:02+00:00"
    assert first("<p>May 20, 2025</p>" + updated) == "2025-05-19T22:12:02+00:00"
    assert first("<p>Updated May 1, 2025</p>") == "2025-05-19T22:12:02+00:00"


def test_a_microdata_publication_and_a_shown_modification_day_date_the_story_by_what_shows() -> (
    None
):
    """A publication given by the story's microdata alone (``<meta itemprop="datePublished">``)
    is structured data: the update shown alone dates the story. A date element and the line
    under the headline showing the markup's modification day date it on a page whose
    publication is in its JSON-LD alone, not on one naming it in a ``<meta>`` tag too."""
    microdata = (
        '<div itemscope itemtype="https://schema.org/BlogPosting">'
        '<meta itemprop="datePublished" content="2024-11-22T22:28:12Z"></div>'
    )
    html = page(
        microdata + "<h1>Story</h1><p>By Ann Lee</p><p>Updated October 8, 2025</p>" + prose("s", 4)
    )
    assert extract_html(html).published_raw[0].startswith("2025-10-08")
    ld = (
        '<script type="application/ld+json">{"@type": "Article", "datePublished": '
        '"2019-08-11T00:00:00Z", "dateModified": "2025-11-21T08:00:00Z"}</script>'
    )
    meta = '<meta property="article:published_time" content="2019-08-11T00:00:00Z">'
    shown = "<h1>Story</h1><p>By Ann Lee</p><span class='date'>November 21, 2025</span>"
    assert extract_html(page(shown + prose("s", 4), ld)).published_raw[0].startswith("2025-11-21")
    assert extract_html(page(shown + prose("s", 4), ld + meta)).published_raw[0] == (
        "2019-08-11T00:00:00Z"
    )
