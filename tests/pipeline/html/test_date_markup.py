"""Dates in the page's markup: JSON-LD, <meta> tags, microdata, the URL's path, and a date
element its parent labels as the update."""

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


def test_a_vocabularys_bare_date_under_its_prefix_names_the_publication() -> None:
    """<meta name="ms.date"> (a prefix and the word "date" alone) names the publication of a
    page with no other date markup; an expiry or an online-first date under a longer name
    does not."""
    html = page(prose("story", 4), '<meta name="ms.date" content="2025-03-06T00:00:00Z">')
    assert extract_html(html).published_raw == ("2025-03-06T00:00:00Z",)
    for name in ("og:expiration_date", "citation_online_date", "ms.lastdate"):
        html = page(prose("story", 4), f'<meta name="{name}" content="2025-03-06T00:00:00Z">')
        assert extract_html(html).published_raw == (), name


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


def test_a_questions_date_created_dates_a_qa_page_not_its_comments() -> None:
    """A Q&A page whose Question item has a ``dateCreated`` and whose comments carry their own
    ``datePublished`` is dated by the question; a forum whose every post is a Comment item
    keeps its first post's date."""
    comment = (
        '<div itemscope itemtype="https://schema.org/Comment"><div itemprop="datePublished">'
        "2011-02-12 01:30:35 +00:00</div></div>"
    )
    question = (
        '<div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Catering?</h1>'
        '<time itemprop="dateCreated" datetime="2011-02-11T23:49:17Z"></time>'
        + prose("question", 4)
        + comment
        + "</div>"
    )
    assert extract_html(page(question)).published_raw[0] == "2011-02-11T23:49:17Z"
    forum = page("<h1>Catering?</h1>" + comment + prose("post", 4))
    assert extract_html(forum).published_raw[0] == "2011-02-12 01:30:35 +00:00"


def test_the_publication_named_in_other_words_is_read() -> None:
    """A <meta> naming the publication in a framework's or vocabulary's own words
    ("published_at", "og:publication_time", "prism.publicationDate", "first_published",
    "datePosted", "displaydate") dates a page with no other date markup; a name of a later
    re-publication, an update or a withdrawal ("last_published", "published_updated_at",
    "unpublish_date") does not."""
    names = (
        "published_at",
        "og:publication_time",
        "prism.publicationDate",
        "first_published",
        "datePosted",
        "displaydate",
    )
    for name in names:
        html = page(prose("story", 4), f'<meta name="{name}" content="2025-03-06T00:00:00Z">')
        assert extract_html(html).published_raw == ("2025-03-06T00:00:00Z",), name
    for name in ("cdc:last_published", "published_updated_at", "unpublish_date"):
        html = page(prose("story", 4), f'<meta name="{name}" content="2025-03-06T00:00:00Z">')
        assert extract_html(html).published_raw == (), name
