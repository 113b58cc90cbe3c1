"""Where the date a page shows its reader outranks its markup's publication: a republished
story, a rewritten one dated anew, an update shown alone, a publication labelled in words, a
markup disagreeing with itself."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import page, prose


def _first_published(shown: str, markup: str) -> str:
    """The first publication date found on a story with ``shown`` (a date line's element) under
    its headline and ``markup`` as its article:published_time."""
    html = page(
        f"<h1>Story</h1>{shown}" + prose("story", 4),
        f'<meta property="article:published_time" content="{markup}">',
    )
    return extract_html(html).published_raw[0]


def test_a_shown_date_well_before_the_markups_is_the_publication() -> None:
    """A republished page: its markup says 2025-06-24, the line under its headline says
    August 25, 2024; the shown date is the publication. A shown date one day before the
    markup's UTC time, or a later shown date, leaves the markup first."""

    def first(shown: str, markup: str) -> str:
        return _first_published(f'<p class="post-date">{shown}</p>', markup)

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


def test_a_date_line_between_publication_and_modification_on_a_page_without_elements_wins() -> None:
    """A page with no date element whose line just after the headline names a day two days or
    more after the markup's publication and before its last save ("By Ann Lee Nov 25, 2025",
    created in 2024, saved in December) dates the story by that line; a line a day after the
    publication, a line above the headline, or a line below it beside another above it (the
    dateline over the headline, a sidebar card's date below), keeps the publication first."""
    head = (
        '<meta property="article:published_time" content="2024-08-29T10:00:00Z">'
        '<meta property="article:modified_time" content="2025-12-15T12:15:15Z">'
    )

    def first(before: str, after: str) -> str:
        html = page(f"{before}<h1>Story</h1>{after}" + prose("story", 4), head)
        return extract_html(html).published_raw[0][:10]

    assert first("", "<p>By Ann Lee Nov 25, 2025</p>") == "2025-11-25"
    assert first("", "<p>By Ann Lee Aug 30, 2024</p>") == "2024-08-29"
    assert first("<p>Nov 25, 2025</p>", "<p>By Ann Lee</p>") == "2024-08-29"
    assert first("<p>Aug 29, 2024</p>", "<p>By Ann Lee Nov 25, 2025</p>") == "2024-08-29"


def test_other_storys_date_elements_leave_the_modification_line_under_the_headline() -> None:
    """Date elements further down that are none of them the update nor its day (a related-posts
    grid's "By Ann Lee | Jan 2, 2025" cards, their <aside> a <div>) leave the line under the
    headline naming the modification's day to date the story, as on a page without them; a
    date element on that day keeps the publication first."""
    head = (
        '<meta property="article:published_time" content="2025-01-01T03:00:00Z">'
        '<meta property="article:modified_time" content="2025-03-05T13:25:58Z">'
    )

    def first(card: str) -> str:
        cards = f'<div><div class="post-meta">{card}</div></div>'
        html = page("<h1>Story</h1><p>By Ann Lee Mar 5, 2025</p>" + prose("story", 4) + cards, head)
        return extract_html(html).published_raw[0]

    assert first("By Ann Lee | Jan 2, 2025") == "2025-03-05T13:25:58Z"


def test_a_line_on_the_publications_local_day_is_no_revision() -> None:
    """A page without date elements whose line under the headline names the modification's day
    keeps the markup's publication first where that day is also the publication's in some time
    zone ("Published: 03 Dec 2025" beside 2025-12-02T23:00:55Z, revised the same evening)."""
    head = (
        '<meta property="article:published_time" content="2025-12-02T23:00:55Z">'
        '<meta property="article:modified_time" content="2025-12-03T21:31:05Z">'
    )
    html = page("<h1>Story</h1><p>Published: 03 Dec 2025</p>" + prose("story", 4), head)
    assert extract_html(html).published_raw[0] == "2025-12-02T23:00:55Z"
    later = head.replace("2025-12-03T21:31:05Z", "2025-12-05T21:31:05Z")
    html = page("<h1>Story</h1><p>Published: 05 Dec 2025</p>" + prose("story", 4), later)
    assert extract_html(html).published_raw[0] == "2025-12-05T21:31:05Z"


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


def test_an_update_shown_before_the_markups_publication_is_the_publication() -> None:
    """A page whose first date line is its update ("Page updated: 12 November 2025"), earlier
    than the day its markup gives as the publication, is dated by the shown day: no story is
    updated before it is published. An update shown after the markup's publication leaves
    the markup first."""

    def first(shown: str, markup: str) -> str:
        return _first_published(f'<p class="updated-date">Page updated: {shown}</p>', markup)

    assert first("12 November 2025", "2025-11-13T09:21:40+00:00").startswith("2025-11-12")
    assert first("14 November 2025", "2025-11-13T09:21:40+00:00").startswith("2025-11-13")


def test_a_date_element_labelled_published_well_before_the_markup_is_the_publication() -> None:
    """A date element the page labels "Published" two days or more before the markup's
    publication is the story's date even far below the headline, where no date line under the
    <h1> agrees with it; the same element without the label leaves the markup first."""

    def first(label: str) -> str:
        html = page(
            "<h1>Story</h1>"
            + prose("story", 32)
            + f'<div class="article-body__published">{label} <time datetime="2025-08-13">'
            "August 13, 2025</time></div>",
            '<meta property="article:published_time" content="2025-11-29T12:28:31-05:00">',
        )
        return extract_html(html).published_raw[0]

    assert first("Published").startswith("2025-08-13")
    assert first("Reviewed") == "2025-11-29T12:28:31-05:00"


def test_a_shown_date_on_the_heads_publication_settles_a_markup_disagreeing_with_itself() -> None:
    """A page whose JSON-LD ``datePublished`` and ``<meta>`` ``article:published_time`` name
    days far apart is dated by the one it shows its reader first (an update line included);
    a shown date on neither, or on the JSON-LD's day, leaves the JSON-LD first."""
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2018-04-03T16:50:31Z", "dateModified": "2025-12-19T18:06:00Z"}</script>'
    )
    meta = '<meta property="article:published_time" content="2025-12-19T18:06:00Z">'

    def first(line: str) -> str:
        html = page(f"<h1>Story</h1><p>By Ann Lee</p>{line}" + prose("story", 4), ld + meta)
        return extract_html(html).published_raw[0]

    assert first("<p class='date'>Updated: Dec 19, 2025 1:06 PM EST</p>") == (
        "2025-12-19T18:06:00Z"
    )
    assert first("<span class='date'>December 19, 2025</span>") == "2025-12-19T18:06:00Z"
    assert first("<span class='date'>December 30, 2025</span>").startswith("2018-04-03")
    assert first("<span class='date'>April 3, 2018</span>").startswith("2018-04-03")


def test_a_threads_utc_moment_shown_on_the_forums_clock_gives_the_local_day() -> None:
    """A thread whose JSON-LD alone gives its publication in UTC (23:25 on December 18) and
    whose first post's ``<time>`` shows that moment at +05:00 (December 19) is dated by the
    local day; a ``<meta>`` publication beside it, or a ``<time>`` of another moment, keeps
    the markup's UTC moment first."""
    ld = (
        '<script type="application/ld+json">{"@type": "WebPage", "datePublished": '
        '"2025-12-18T23:25:38+00:00"}</script>'
    )
    meta = '<meta property="article:published_time" content="2025-12-18T23:25:38+00:00">'

    def first(stamp: str, head: str = ld) -> str:
        body = f'<h1>Thread</h1><p>Ann</p><time datetime="{stamp}">Yesterday at 4:25 AM</time>'
        return extract_html(page(body + prose("post", 4), head)).published_raw[0]

    assert first("2025-12-19T04:25:38+0500") == "2025-12-19T04:25:38+0500"
    assert first("2025-12-19T04:25:38+0500", ld + meta) == "2025-12-18T23:25:38+00:00"
    assert first("2025-12-19T09:25:38+0500") == "2025-12-18T23:25:38+00:00"


def test_a_threads_zoneless_moment_a_zone_off_its_first_posts_clock_gives_the_local_day() -> None:
    """A thread's JSON-LD says "2026-02-15 03:05:48" (no zone) and its first post's header
    shows "Feb 14, 2026 | 9:05 pm": the same minute six hours back, the forum's zone. The
    publication is that moment at -06:00; a clock not a whole zone away (9:17 pm) is another
    moment and leaves the markup first."""
    ld = (
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting", '
        '"datePublished": "2026-02-15 03:05:48"}</script>'
    )

    def first(clock: str) -> str:
        posts = "".join(
            f'<div id="post{n}"><div class="head">Feb 14, 2026 | {clock}</div>'
            f"<div>Ann</div>{prose('post', 2)}</div>"
            for n in (101, 102)
        )
        return extract_html(page("<h1>Thread</h1>" + posts, ld)).published_raw[0]

    assert first("9:05 pm") == "2026-02-14T21:05:48-06:00"
    assert first("9:17 pm") == "2026-02-15 03:05:48"
