"""Date lines as shown: the date elements are found as the ten selectors would find them, and
the date a reader sees (under the headline, in the story's own columns, footer and cards) is read."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.shown_dates import _date_elements, story_update_line
from tests.pipeline.html.pages import page, prose

_TEN_SELECTORS = (
    'time, [class*="date"], [class*="Date"], [class*="time"], [class*="publish"], '
    '[class*="posted"], [class*="updated"], [class*="modified"], [class*="byline"], '
    '[class*="meta"]'
)


def test_date_elements_are_those_of_the_ten_selectors_within_their_cap() -> None:
    """Each element comes once, in page order, if it is among the first ``cap`` matches of
    the ten selectors, where an element comes once per selector it matches (a <time> named
    "date updated" three times, "Date meta" twice); an element whose class holds "date" in
    another case only ("dAte") does not come, though the shorter query finds it."""
    tree = LexborHTMLParser(
        page(
            '<div class="post-meta"><time class="date updated">May 1, 2024</time>'
            '<span class="dAte">May 2, 2024</span></div>'
            '<p class="Date meta">May 3, 2024</p><span class="timestamp">1h</span>'
            '<div class="byline-publish-posted-modified">x</div><p>Nothing</p>'
        )
    )
    ten = [node.mem_id for node in tree.css(_TEN_SELECTORS)]
    for cap in range(len(ten) + 2):
        expected = list(dict.fromkeys(ten[:cap]))
        assert [node.mem_id for node in _date_elements(tree, cap)] == expected
    found = _date_elements(tree, 150)
    assert [node.tag for node in found] == ["div", "time", "p", "span", "div"]
    assert "dAte" not in [node.attributes.get("class") for node in found]


def test_date_elements_of_a_page_are_those_of_the_ten_selectors() -> None:
    """On a ``Page`` (the shared query's elements) the date elements are as many as the ten
    selectors find, within every cap, a camelCase "Date" counted as the selectors count it."""
    html = page(
        '<div class="post-meta"><time class="date updated">May 1, 2024</time></div>'
        '<p class="postDate">May 3, 2024</p><span class="timestamp">1h</span><p>Nothing</p>'
    )
    tree = Page(html)
    ten = [node.mem_id for node in LexborHTMLParser(html).css(_TEN_SELECTORS)]
    for cap in range(len(ten) + 2):
        expected = len(dict.fromkeys(ten[:cap]))
        assert len(_date_elements(tree, cap)) == expected
    assert [node.tag for node in _date_elements(tree, 150)] == ["div", "time", "p", "span"]


def test_a_class_holding_the_words_in_another_case_is_no_date_element() -> None:
    """The shared query matches the words in any case (cheaper in lexbor), but an element whose
    class holds them only in another case ("Timeline", "PUBLISHED", "Meta-box") is none of the
    ten selectors' matches and does not come."""
    tree = LexborHTMLParser(
        page(
            '<div class="Timeline">May 1, 2024</div><p class="PUBLISHED Meta-box">May 2, 2024</p>'
            '<span class="POSTED-on MODIFIED BYLINE">May 3, 2024</span>'
            '<span class="posted-on">May 4, 2024</span>'
        )
    )
    assert [node.tag for node in _date_elements(tree, 150)] == ["span"]
    assert [node.mem_id for node in _date_elements(tree, 150)] == [
        node.mem_id for node in tree.css(_TEN_SELECTORS)
    ]


def test_a_page_without_date_elements_gives_none() -> None:
    """A page with no <time> and no date-named element gives an empty list."""
    assert _date_elements(LexborHTMLParser(page("<p>No date here.</p>")), 150) == []


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


def test_a_short_aside_under_the_title_is_the_storys_meta_box_whatever_its_names() -> None:
    """An <aside> holding only the story's date (its class a hashed name) under the title is
    the story's meta box, so its <time> dates the story; an <aside> with a heading (another
    story's card: its title and date) is still elsewhere."""
    meta = page(
        '<div class="k3x"><h1>Story</h1><aside class="q7f"><time datetime="2023-09-01">'
        "Sep 01, 2023</time></aside></div>" + prose("story", 4)
    )
    assert extract_html(meta).published_raw[0].startswith("2023-09-01")
    card = page(
        "<h1>Story</h1>"
        + prose("story", 4)
        + '<aside class="q7f"><h3>Another story</h3><time datetime="2023-09-01">Sep 01, 2023'
        "</time></aside>"
    )
    assert not extract_html(card).published_raw


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


def test_the_date_beside_the_authors_plain_name_in_a_card_dates_a_page_without_other() -> None:
    """A page whose author (from its markup) appears after the story as a plain name with the
    date beside it, in a card with no author link, has that date; a card naming someone
    else gives none."""

    def dates(name: str) -> tuple[str, ...]:
        card = (
            f"<div class='resource-author'><div><p>{name}</p>"
            "<small>December 17, 2025</small></div></div>"
        )
        html = page(
            "<h1>Introducing Cayenne</h1>" + prose("story", 40) + card,
            '<meta name="author" content="Luke Kim">',
        )
        return extract_html(html).published_raw

    assert dates("Luke Kim")[:1] == ("2025-12-17T00:00:00+00:00",)
    assert dates("Ada Quill") == ()


def test_a_date_in_an_element_named_for_today_is_the_pages_clock() -> None:
    """A header widget showing the day the page was served ("<p id="todays-date">Friday,
    December 19, 2025</p>" inside a date block) is no date of the story: the story's own date
    line comes first and the widget's day is no candidate; the same widget without the "today"
    name is a candidate (after the story's earlier line under the headline)."""

    def dates(widget_id: str) -> tuple[str, ...]:
        html = page(
            f'<div class="block-date"><p id="{widget_id}"><strong>Friday</strong>, '
            "December 19, 2025</p></div><h1>Story</h1>"
            '<p class="post-date">December 12, 2025</p>' + prose("story", 4)
        )
        return extract_html(html).published_raw

    named = dates("todays-date-custom")
    assert named[0].startswith("2025-12-12")
    assert not any(value.startswith("2025-12-19") for value in named)
    assert any(value.startswith("2025-12-19") for value in dates("header-date-custom"))


def test_a_relative_time_element_gives_its_datetime_attribute() -> None:
    """A ``<time datetime="2024-08-12 10:00:23">1 year ago</time>`` under the headline dates the
    page by its attribute; the same text without the attribute stays relative."""
    stamped = page(
        '<h1>Story</h1><p>by <a href="/~ann">ann</a> <time datetime="2024-08-12 10:00:23">'
        "1 year ago</time></p>" + prose("story", 4)
    )
    assert extract_html(stamped).published_raw[0].startswith("2024-08-12")
    bare = page("<h1>Story</h1><p>by ann <time>1 year ago</time></p>" + prose("story", 4))
    assert extract_html(bare).published_raw[0] == "1 year ago"


def test_a_story_update_line_with_a_month_alone_gives_its_first_day() -> None:
    """A story whose only date is a "Last Updated: June 2022" line (a fact sheet's foot) is
    dated by that month's first day; a full date in another update line comes first, and a
    month in a line that is no update ("Published in June 2022") dates nothing."""
    assert story_update_line(["Intro.", "Last Updated: June 2022"], "en") == [
        "2022-06-01T00:00:00+00:00"
    ]
    both = ["Last updated: June 2022", "Page updated: 3 July 2022"]
    assert story_update_line(both, "en") == ["2022-07-03T00:00:00+00:00"]
    assert story_update_line(["Published in June 2022"], "en") == []
    assert story_update_line(["Last updated: in June 2022 and after"], "en") == []


def test_a_sites_update_line_is_no_update_of_the_story() -> None:
    """ "Site Last Updated: December 20, 2025" (a site's footer stamp, in the story's lines
    where the page has no footer tag) dates nothing; the story's own "Last Updated: June 2022"
    above it dates the page."""
    footer = ["Last Updated: June 2022", "Site Last Updated: December 20, 2025"]
    assert story_update_line(footer, "en") == ["2022-06-01T00:00:00+00:00"]
    assert story_update_line(["Website last updated: 3 July 2022"], "en") == []
    assert story_update_line(["Page updated: 3 July 2022"], "en") == ["2022-07-03T00:00:00+00:00"]


def test_a_thread_summarys_last_post_line_is_no_date_of_the_page() -> None:
    """A forum's "Last post: 01/12/2025" line under the thread's title, or a "last post by
    <name> <time>" element, dates the thread's latest reply: neither is read as the page's
    date, while the same lines without the label are."""

    def dates(label: str) -> tuple[str, ...]:
        plain = page(f"<h1>Thread</h1><p>{label}01/12/2025</p>" + prose("post", 4))
        element = page(
            f'<h1>Thread</h1><span class="meta">{label}<a href="/u/1">ggery</a> '
            "<time>Sep 26, 2024</time></span>" + prose("post", 4)
        )
        return extract_html(plain).published_raw + extract_html(element).published_raw

    found = dates("")
    assert any(value.startswith("2025-12-01") for value in found)
    assert any(value.startswith("2024-09-26") for value in found)
    assert dates("Last post: ") == ()
    assert dates("Last post by ") == ()


def test_a_hidden_or_update_copy_in_a_long_date_wrapper_is_not_its_date() -> None:
    """A post wrapper whose class reads as a date ("post status-publish") and holds more than a
    date line gives the first date its reader sees: not a hidden machine copy of the last save
    ("<span class="updated rich-snippet-hidden">"), nor a text named the update; a date in a
    clipping "overflow-hidden" box is shown, so it stays the date."""

    def story(span_class: str) -> str:
        return page(
            '<article class="post status-publish"><h1>Story</h1><div class="fusion-meta-info">'
            f'<span class="{span_class}">2024-04-18T13:00:39+00:00</span>'
            "<span>March 22nd, 2024</span></div>" + prose("story", 4) + "</article>"
        )

    for hiding in ("updated rich-snippet-hidden", "visually-hidden", "updated"):
        assert extract_html(story(hiding)).published_raw[0].startswith("2024-03-22")
    assert extract_html(story("overflow-hidden")).published_raw[0].startswith("2024-04-18")


def test_a_time_whose_microdata_names_it_the_modification_is_the_update() -> None:
    """A meta row of two bare <time>s (class names hashed), the first with ``itemprop=
    "dateModified"`` printed from the markup's modification stamp, the second the
    publication's: the first is the last update, and the story is dated by its publication."""
    head = (
        '<meta property="article:published_time" content="2025-04-24T16:12:49+00:00">'
        '<meta property="article:modified_time" content="2025-05-21T14:06:47+00:00">'
    )
    row = (
        '<div class="x1f"><time class="q9a" datetime="2025-05-21T14:06:47+00:00"'
        ' itemprop="dateModified">May 21, 2025</time> <time class="z3k"'
        ' datetime="2025-04-24T16:12:49+00:00" itemprop="datePublished">April 24, 2025</time>'
        "</div>"
    )
    result = extract_html(
        page("<article><h1>Story</h1>" + row + prose("s", 4) + "</article>", head)
    )
    assert result.published_raw[:1] == ("2025-04-24T16:12:49+00:00",)
