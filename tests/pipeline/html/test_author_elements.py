"""Authors named by a page's elements: author links read as a reader sees them, found as the
nine selectors of ``AUTHOR_LINKS`` find them."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.author_elements import (
    AUTHOR_LINKS,
    author_link_nodes,
    author_link_texts,
    author_named,
    visible_bylines,
)
from newswire.pipeline.html.byline_elements import BYLINE_ELEMENTS
from newswire.pipeline.html.head import head_metadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from tests.pipeline.html.class_strategies import named_divs
from tests.pipeline.html.pages import SENTENCE, page, prose


def test_an_author_links_name_and_role_in_sibling_elements_give_the_name() -> None:
    """An author link holding the name and the role in elements of their own, with no space
    between them, gives the name alone (not "Harry RabinowitzTech Reporter"); a "Written By"
    label in its own element is skipped; a link whose pieces are spaced reads whole."""
    glued = page(
        "<h1>Story</h1><a href='/author/harry-rabinowitz'><p>Harry Rabinowitz</p>"
        "<p>Tech Reporter</p></a>" + prose("s", 4)
    )
    assert extract_html(glued).authors == ("Harry Rabinowitz",)
    labelled = page(
        "<h1>Story</h1><a href='/author/reyan'><span>Written By</span><span>Reyan Perumal"
        "</span></a>" + prose("s", 4)
    )
    assert extract_html(labelled).authors == ("Reyan Perumal",)
    spaced = page(
        "<h1>Story</h1><a href='/author/ann-lee'><span>Ann</span> <span>Lee</span></a>"
        + prose("s", 4)
    )
    assert extract_html(spaced).authors == ("Ann Lee",)


def test_an_author_link_inside_the_storys_prose_signs_nothing() -> None:
    """Colleagues linked to their author pages inside a paragraph of the story are mentions:
    the byline's author link names the writer alone; a short byline paragraph still counts."""
    html = page(
        "<h1>Story</h1><div class='meta'><a href='/author/harry-rabinowitz'>Harry Rabinowitz"
        "</a></div><p>As my colleagues <a href='/author/rebecca-rodriguez'>Rebecca Rodriguez"
        f"</a> and <a href='/author/zoe-malin'>Zoe Malin</a> found, {SENTENCE} {SENTENCE}</p>"
        + prose("s", 4)
    )
    assert extract_html(html).authors == ("Harry Rabinowitz",)
    short = page("<h1>Story</h1><p>By <a href='/author/ann-lee'>Ann Lee</a></p>" + prose("s", 4))
    assert extract_html(short).authors == ("Ann Lee",)


def test_author_links_in_related_stories_name_those_stories_writers() -> None:
    """An author link or a byline element in a list of related or recommended stories (a
    teaser's "post-meta" under the story) names that story's writer: the story's own author
    link signs alone, and a page with no byline of its own has no author."""
    related = (
        "<div id='related_posts'><div class='related-item'><h3>Another story</h3>"
        "<div class='post-meta'><a href='/author/greg'>Greg Knighton</a></div></div></div>"
    )
    html = page(
        "<h1>Story</h1><p class='post-meta'><a href='/author/ryan'>Ryan Bald</a></p>"
        + prose("s", 4)
        + related
    )
    assert extract_html(html).authors == ("Ryan Bald",)
    teaser = (
        "<div class='recommended-posts'><h3>Another story</h3>"
        "<span class='byline'>Greg Knighton</span></div>"
    )
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + teaser)).authors == ()
    # A page whose <html> itself carries a byline-like class is walked up to the document.
    named_root = "<html class='author-page'><body><h1>Story</h1>" + prose("s", 4) + "</body></html>"
    assert extract_html(named_root).authors == ()


def test_commenters_and_an_initials_avatar_are_no_bylines() -> None:
    """Author-named elements and author links in a comment thread name commenters, not the
    writer; an avatar showing the writer's initials ("CM") beside the name is no second
    author."""
    html = page(
        "<h1>Story</h1><div class='author_cont'><div class='news-author'>CM</div>"
        "<div class='author_cont'>Craig McCarthy</div></div>"
        + prose("s", 4)
        + "<ul class='jcomments-latest'><li><span class='author'>George Oates</span></li>"
        "<li><span class='author'>Nelly</span></li></ul>"
    )
    assert extract_html(html).authors == ("Craig McCarthy",)
    linked = page(
        "<h1>Story</h1><a href='/author/ann-lee'>Ann Lee</a>"
        + prose("s", 4)
        + "<ol id='comments'><li><a href='/author/bob-stone'>Bob Stone</a> said: nice</li></ol>"
    )
    assert extract_html(linked).authors == ("Ann Lee",)


def test_a_quotes_or_testimonials_attribution_is_no_byline() -> None:
    """A pull quote's or a customer testimonial's attribution in an author-named element
    ("pullquote-testimonial__author") names the speaker, not the story's writer."""
    html = page(
        "<h1>Story</h1><span class='post-hero__author'>Lisa Pham</span>"
        + prose("s", 2)
        + "<figure><blockquote>It works.</blockquote><figcaption"
        " class='pullquote-testimonial__author'>Christine Hodge</figcaption></figure>"
        + prose("t", 2)
    )
    assert extract_html(html).authors == ("Lisa Pham",)


def test_a_customer_reviews_or_testimonials_byline_is_no_author() -> None:
    """A byline element or an author link inside a customer review or a testimonial (an
    element named for one, or a <blockquote>) names the reviewer or the customer: the story's
    own byline is kept, and a page signed only by its reviews has no author."""
    reviewed = page(
        "<h1>Story</h1><span class='post-hero__author'>Lisa Pham</span>"
        + prose("s", 3)
        + "<div class='reviews'><article class='review-card'><p class='review-card__author'>"
        "Tom Kerr</p><p>Great oil.</p></article><div class='stamped-review'><a"
        " href='/author/amy-sloan'>Amy Sloan</a></div></div>"
    )
    assert extract_html(reviewed).authors == ("Lisa Pham",)
    product = page(
        "<h1>Relax Berries</h1>"
        + prose("p", 3)
        + "<blockquote><p>So calm.</p><cite class='featured-rating-author'>Ash Carter</cite>"
        "</blockquote><div class='testimonial__content'><div class='author-details'>"
        "Carlos Escobar</div></div>"
    )
    assert extract_html(product).authors == ()


def test_an_author_link_in_the_sites_menu_is_no_byline() -> None:
    """An author link that is an item of the site's navigation (in a <nav> or a menu) links to
    a contributor's page on every page of the site: it names no author of the story; the
    story's own author link is still read."""
    menu = (
        "<nav><ul class='sub-menu'><li><a href='/authors/hong-kong-actuary'>Hong Kong Actuary"
        "</a></li></ul></nav><div class='menu-secondary'><a href='/author/design-tv'>Dana Vale"
        "</a></div>"
    )
    assert extract_html(page(menu + "<h1>Story</h1>" + prose("s", 4))).authors == ()
    signed = page(menu + "<h1>Story</h1><a href='/author/ann-lee'>Ann Lee</a>" + prose("s", 4))
    assert extract_html(signed).authors == ("Ann Lee",)


_HREFS = (
    "/author/ann",
    "/authors/ann-lee",
    "/author/a/authors/b",
    "/authorize",
    "/Author/ann",
    "/contributor/bo",
    "/contributors/bo/writer/x",
    "/contributor-program",
    "/writers/cy",
    "/writer",
    "/byline/dee",
    "/byline",
    "/news/story",
)


def _ids(nodes: Sequence[LexborNode]) -> list[str | None]:
    return [node.attrs.get("id") for node in nodes]


def _nine(html: str) -> list[str | None]:
    return _ids(LexborHTMLParser(html).css(AUTHOR_LINKS)[:5])


def test_plural_paths_and_other_stems_count_as_the_nine_selectors() -> None:
    """An element matched by several selectors counts once per selector within the first five
    ("/author/a/authors/b" twice, rel=author with a path three times), and a path that only
    shares a stem ("/authorize", "/contributor-program") or differs in case is no match."""
    html = (
        '<a id="1" href="/authorize">x</a><a id="2" href="/author/a/authors/b">Ann</a>'
        '<a id="3" rel="author" href="/Author/x/contributors/">Bo</a>'
        '<a id="4" href="/contributor-program">y</a><a id="5" href="/writers/cy">Cy</a>'
    )
    tree = LexborHTMLParser(html)
    assert _ids(author_link_nodes(tree)) == ["2", "2", "3", "3", "5"] == _nine(html)


def test_no_author_link_gives_no_element() -> None:
    """A page without a link to an author page, rel=author or microdata author gives none."""
    assert author_link_nodes(LexborHTMLParser("<p><a href='/news/story'>x</a></p>")) == []


_LINK = st.builds(
    lambda index, tag, href, rel: (
        f'<{tag} id="{index}" href="{href}"{" rel=author" if rel else ""}>n{index}</{tag}>'
    ),
    st.integers(0, 99),
    st.sampled_from(["a", "span", "link"]),
    st.sampled_from(_HREFS),
    st.booleans(),
)
_MICRODATA = st.builds(
    lambda index, inner: (
        f'<div itemprop="author"><span id="m{index}" itemprop="name">{inner}</span></div>'
    ),
    st.integers(0, 99),
    _LINK,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_LINK, _MICRODATA), max_size=12))
def test_any_mix_of_links_gives_what_the_nine_selectors_give(parts: list[str]) -> None:
    """Whatever the mix of author paths, stems, rel=author and microdata names, the elements
    are those of the nine selectors' first five matches, repeats included, in page order."""
    html = "<div>" + "".join(parts) + "</div>"
    assert _ids(author_link_nodes(LexborHTMLParser(html))) == _nine(html)


def test_the_name_beside_an_author_photo_signs_the_story() -> None:
    """An author box whose only author-named element is the photo gives the name set next to
    it (in the photo's box, or the next column of its grid); a commenter's avatar does not."""
    bio = "Alban Brooke is the Head of Marketing and has recorded five hundred episodes."
    boxed = page(
        "<h1>Story</h1>" + prose("s", 4) + "<div class='callout'><div class='left'>"
        "<img class='author__photo' src='/a.jpg' alt=''></div><div class='content'>"
        f"<h3>Alban Brooke</h3><p>{bio}</p></div></div>"
    )
    assert extract_html(boxed).authors == ("Alban Brooke",)
    columns = page(
        "<h1>Story</h1>" + prose("s", 4) + "<div class='grid'><div class='col'><div><div>"
        "<img class='avatar dynamic-author-image' src='/a.jpg' alt='Photo of author'>"
        "</div></div></div><div class='col'><p>Asser Christensen</p>"
        "<div class='bio'>Licensed grader, M.A. Journalism</div></div></div>"
    )
    assert extract_html(columns).authors == ("Asser Christensen",)
    comment = page(
        "<h1>Story</h1>" + prose("s", 4) + "<div class='comments'><div class='comment'>"
        "<img class='comment-author-photo' src='/a.jpg' alt=''><p>Dana Miles</p>"
        "<p>Great post, thanks for writing it up.</p></div></div>"
    )
    assert extract_html(comment).authors == ()


_NAMED = named_divs(
    [
        *("author", "post-author", "Author", "byline", "writer", "reporter"),
        *("contributor", "authors-box", "by-author-line", "x"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMED, max_size=50))
def test_author_named_elements_are_those_of_their_own_query(parts: list[str]) -> None:
    """The elements whose class holds "author", read from the byline elements' query, are
    those of ``[class*="author"]`` (case and all), in page order, each once, the first 40."""
    tree = LexborHTMLParser("<body>" + "".join(parts) + "</body>")
    tree.css(BYLINE_ELEMENTS)
    expected = [node.mem_id for node in tree.css('[class*="author"]')][:40]
    assert [node.mem_id for node in author_named(tree)] == expected


@pytest.mark.parametrize(
    "label", ["Geschrieben von", "Verfasst von", "Autor", "Auteur", "Penulis", "Escrito por"]
)
def test_another_languages_author_label_in_a_byline_element_is_not_part_of_the_name(
    label: str,
) -> None:
    """A byline element whose text starts with another language's "written by" or "author"
    without a colon ("Geschrieben von Anna Schmidt", "Autor Anna Schmidt") names the person,
    not the label with the name (taken whole before: "von" is also a name's particle)."""
    html = page(f"<h1>Story</h1><div class='author'>{label} Anna Schmidt</div>" + prose("s", 4))
    assert extract_html(html).authors == ("Anna Schmidt",)


def _cards(tag: str, heading: str, bylines: Sequence[str]) -> str:
    return "".join(
        f"<{tag}><h3><a href='{heading}{index}'>Story {index}</a></h3>{byline}</{tag}>"
        for index, byline in enumerate(bylines)
    )


def test_bylines_in_a_listings_teaser_cards_sign_no_page() -> None:
    """Author links and byline elements inside three or more sibling cards, each with its own
    heading linking to another page, name the writers of the stories listed: a listing whose
    headline is in no card has no author."""
    links = [f"<a href='/author/p{i}'>{name}</a>" for i, name in enumerate(("Ann Lee", "Bo Sun"))]
    listing = page(
        "<h1>Latest news</h1>"
        + prose("s", 2)
        + "<ul>"
        + _cards("li", "/story/", [*links, "<a href='/author/p3'>Cy Hart</a>"])
        + "</ul>"
    )
    assert extract_html(listing).authors == ()
    boxes = [f"<span class='byline'>{name}</span>" for name in ("Ann Lee", "Bo Sun", "Cy Hart")]
    front = page(
        "<h1>Section</h1>" + prose("s", 2) + "<div>" + _cards("div", "/s/", boxes) + "</div>"
    )
    assert extract_html(front).authors == ()
    # A listing that gives each card an <h1> linking to its story: still other stories' cards.
    headed = "".join(
        f"<article><h1><a href='/s/{i}'>Story {i}</a></h1><a href='/author/{i}'>{name}</a></article>"
        for i, name in enumerate(("Ann Lee", "Bo Sun", "Cy Hart"))
    )
    assert extract_html(page(prose("s", 2) + "<div>" + headed + "</div>")).authors == ()


def test_a_story_among_cards_and_a_forums_posts_keep_their_bylines() -> None:
    """A card holding the page's <h1> is the story itself (the first of an endless scroll), and
    posts whose headings link to a place on the same page ("#p1", phpBB's permalinks) are a
    thread's own posts: their bylines still sign the page."""
    story = (
        "<article><h1>Story</h1><a href='/author/ann'>Ann Lee</a>"
        + prose("s", 4)
        + "</article>"
        + "".join(f"<article><h2><a href='/n{i}'>Next {i}</a></h2></article>" for i in range(3))
    )
    assert extract_html(page("<div>" + story + "</div>")).authors == ("Ann Lee",)
    posts = _cards(
        "div",
        "#p",
        [
            f"<p class='author'>by <a href='/member/{name}'>{name}</a></p>"
            for name in ("Klaus", "Mo", "Al")
        ],
    )
    thread = page("<h2>Topic</h2>" + posts.replace("</h3>", "</h3>" + prose("s", 2)))
    assert extract_html(thread).authors[:1] == ("Klaus",)


def test_bylines_in_the_rows_of_a_list_without_headings_sign_no_page() -> None:
    """Byline elements in three or more rows of one list, each row with its own short text
    (an item's title, its subject line) and no heading, name the writers of the items listed:
    a paper index's ``<dl>`` of entries or a blog index's paragraphs has no author."""
    entries = "".join(
        f"<dd><div class='list-title'>Title: A study of subject number {i}</div>"
        f"<div class='list-authors'>{name}</div><div>Subjects: Machine learning</div></dd>"
        for i, name in enumerate(("Ann Lee", "Bo Sun", "Cy Hart"))
    )
    index = page("<h1>Recent papers</h1>" + prose("s", 2) + "<dl>" + entries + "</dl>")
    assert extract_html(index).authors == ()


def test_co_authors_side_by_side_in_one_byline_still_sign_the_story() -> None:
    """Three byline elements side by side in one byline, each name alone or with a short role,
    are the story's co-authors, not a list's rows: every one signs the story."""
    bare = "".join(
        f"<span class='author'>{name}</span>, " for name in ("Ann Lee", "Bo Sun", "Cy Hart")
    )
    story = page("<h1>Story</h1><div class='byline'>" + bare + "</div>" + prose("s", 4))
    assert extract_html(story).authors == ("Ann Lee", "Bo Sun", "Cy Hart")
    roles = "".join(
        f"<div><span class='author-name'>{name}</span><span>Staff Writer</span></div>"
        for name in ("Ann Lee", "Bo Sun", "Cy Hart")
    )
    with_roles = page("<h1>Story</h1><div class='bylines'>" + roles + "</div>" + prose("s", 4))
    assert extract_html(with_roles).authors == ("Ann Lee", "Bo Sun", "Cy Hart")


def test_a_link_or_element_matched_twice_gives_its_words_as_before() -> None:
    """A link matching two of the author selectors (``rel="author"`` on an "/author/" path)
    comes twice and gives its words twice, read once; an element whose class holds two byline
    words ("author-byline") names its writer once, beside the next element's."""
    tree = LexborHTMLParser(
        page(
            '<h1>T</h1><p>By <a rel="author" href="/author/jane">Jane Doe</a> and '
            '<a href="/author/bob">Bob Ray</a></p>' + prose("s")
        )
    )
    assert author_link_texts(tree) == ["Jane Doe", "Jane Doe", "Bob Ray"]
    tree = LexborHTMLParser(
        page(
            '<h1>T</h1><div class="author-byline">Jane Doe</div><div class="writer">Bob Ray</div>'
            + prose("s")
        )
    )
    assert visible_bylines(tree, head_metadata(tree), HeadlineTexts(tree)) == [
        "Jane Doe",
        "Bob Ray",
    ]
