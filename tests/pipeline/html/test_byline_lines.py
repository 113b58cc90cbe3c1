"""Byline lines: "By …" under the headline, "Written by …" after the story, a credit line with
a date, a name beside a date or over a job title at the headline, the "All articles by …"
links (and their quick test of the raw text), and bylines in other languages than English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.byline_lines import _POSTS_BY, _POSTS_BY_START
from newswire.pipeline.html.text import SPACE
from tests.pipeline.html.pages import page, prose

_PIECES = st.sampled_from(
    [
        *("view", "VIEW", "See", "read", "browse", "all", "ALL", "more", "latest", "ſee"),
        *("blog", "articles", "posts", "stories", "written", "by", "By:", ":", "Ann", "Lee"),
        *("(see all)", " ", "  ", "\n", "\t", "\xa0", "\u2003", "x", "é", "İ"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10))
def test_a_link_text_the_pattern_matches_once_cleaned_passes_the_quick_test(
    pieces: list[str],
) -> None:
    """Every raw link text whose cleaned line ("All posts by …") the pattern matches passes
    the quick test on the raw text, so skipping the texts that fail it drops no author."""
    raw = "".join(pieces)
    if _POSTS_BY.match(SPACE.sub(" ", raw).strip()) is not None:
        assert _POSTS_BY_START.match(raw) is not None


def test_a_posts_by_link_with_spaces_and_lines_around_its_words_names_the_author() -> None:
    """A link whose text starts with spaces and a line break and spaces its words widely
    ("\\n  View   all posts by Ann Lee") names the author as its clean line does."""
    linked = "<p><a href='/a/ann-lee'>\n  View \n all   posts by Ann Lee</a></p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + linked)).authors == ("Ann Lee",)


def _under_headline(line: str, head: str = "") -> tuple[str, ...]:
    return extract_html(page(f"<h1>Story</h1><p>{line}</p>" + prose("s", 4), head)).authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Von Anna Schmidt", ("Anna Schmidt",)),
        ("Par Jean Dupont", ("Jean Dupont",)),
        ("Por María López", ("María López",)),
        ("Oleh: Budi Santoso", ("Budi Santoso",)),
        ("Geschrieben von Anna Schmidt", ("Anna Schmidt",)),
        ("Escrito por María López", ("María López",)),
        ("Autor: Anna Schmidt", ("Anna Schmidt",)),
        ("Penulis: Budi Santoso", ("Budi Santoso",)),
        ("Text: Anna Schmidt", ("Anna Schmidt",)),
        ("Von Anna Schmidt und Max Müller", ("Anna Schmidt", "Max Müller")),
    ],
)
def test_a_byline_in_another_language_under_the_headline_names_the_authors(
    line: str, names: tuple[str, ...]
) -> None:
    """A byline line under the headline signed with another language's "by", "written by"
    or author label ("Von …", "Escrito por …", "Penulis: …") names its authors as "By …"
    does."""
    assert _under_headline(line) == names


def test_a_contributors_label_under_the_headline_names_its_people() -> None:
    """A "Contributors:" label and the names, on one line or with the names in the next
    element, under the headline sign the story as "By …" does; without its colon the word
    labels nothing."""
    assert _under_headline("Contributors: Janet Loughrey") == ("Janet Loughrey",)
    assert _under_headline("<strong>Contributor:</strong> Janet Loughrey") == ("Janet Loughrey",)
    assert _under_headline("Contributors Janet Loughrey") == ()


@pytest.mark.parametrize(
    "line",
    [
        "Paris Hilton",
        "PARIS",
        "Portland Oregon",
        "Autor Anna Schmidt",
        "Text Ann Lee",
        "Di Mario Rossi",
    ],
)
def test_a_word_that_only_starts_like_a_signature_names_nobody(line: str) -> None:
    """A line whose first word merely begins with a signature word ("Paris", "Portland"), an
    author label without its colon, or a "by" that is also an everyday word ("di", Indonesian
    "in") names nobody."""
    assert _under_headline(line) == ()


@pytest.mark.parametrize(
    "line",
    [
        "Par Jean Dupont le 12 mars 2025",
        "Von Jean Dupont am 12.03.2025",
        "Oleh Jean Dupont pada 3 Maret 2025",
    ],
)
def test_another_languages_on_before_the_date_ends_the_names(line: str) -> None:
    """The date after a byline's names, introduced by another language's "on" ("le 12 mars",
    "am 12.03.2025", "pada 3 Maret"), is not part of the names."""
    assert _under_headline(line) == ("Jean Dupont",)


def test_a_localised_written_by_label_in_the_unfurl_tags_names_the_author() -> None:
    """Yoast's unfurl label in the site's language ("Verfasst von" in twitter:label1) gives
    the names of twitter:data1, as "Written by" does."""
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Anna Schmidt">'
    assert extract_html(page(prose("s", 4), head)).authors == ("Anna Schmidt",)


def test_a_localised_written_by_line_after_the_story_names_the_author() -> None:
    """A "Geschrieben von …" line after the story's text signs it, as "Written by …" does."""
    body = "<h1>Story</h1>" + prose("s", 4) + "<p>Geschrieben von Anna Schmidt</p>"
    assert extract_html(page(body)).authors == ("Anna Schmidt",)


def test_an_article_by_heading_after_the_story_names_the_author() -> None:
    """An "Article by" heading after the story's text, the name in the next element, signs it
    as "Written by" does; "article by" inside a sentence names nobody."""
    body = "<h1>Story</h1>" + prose("s", 4) + "<h2>Article by</h2><div>Matias Heikkilä</div>"
    assert extract_html(page(body)).authors == ("Matias Heikkilä",)
    sentence = "<p>a recent article by Matias Heikkilä argues otherwise</p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + sentence)).authors == ()


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.",
            ("Vanessa Mendez, MD",),
        ),
        (
            "This post was written by Danielle Padula, Head of Marketing and Community.",
            ("Danielle Padula",),
        ),
        ("This article was written by a human, with a light edit by a machine.", ()),
    ],
)
def test_a_sentence_saying_who_wrote_the_post_names_the_writer(
    note: str, expected: tuple[str, ...]
) -> None:
    """A company blog's note "This post was written by …" names its writer with the degrees
    after the name, not the job or the employer after them; words that are no name sign
    nothing."""
    body = "<h1>Story</h1>" + prose("s", 4) + f"<p>{note}</p>"
    assert extract_html(page(body)).authors == expected


def test_a_by_line_in_a_listings_teaser_card_signs_no_page() -> None:
    """A "By …" line just under the headline that sits in one of three or more sibling cards,
    each headed by a link to another page, is a listed story's byline: the listing has no
    author; the same line outside the cards signs the story."""
    cards = "".join(
        f"<div><h3><a href='/story/{i}'>Story {i}</a></h3><p>By Ann Lee</p></div>" for i in range(3)
    )
    assert (
        extract_html(page("<h1>Latest</h1><div>" + cards + "</div>" + prose("s", 3))).authors == ()
    )
    story = page("<h1>Latest</h1><p>By Ann Lee</p>" + prose("s", 3))
    assert extract_html(story).authors == ("Ann Lee",)


def test_a_search_forms_choices_name_no_author() -> None:
    """A search form's ``<select>`` whose choices read "Author" then "Abstract" is a menu: the
    choice after "Author" is no writer's name."""
    form = (
        "<form><select><option value='author'>Author</option>"
        "<option value='abstract'>Abstract</option></select></form>"
    )
    listing = page(form + "<h1>Recent papers</h1>" + prose("s", 3))
    assert extract_html(listing).authors == ()


def test_a_by_line_below_the_headline_names_the_author() -> None:
    """ "By Amy Wilhelm •" under the <h1>, in an element with no telling class, gives the name;
    "<span>By</span> <a>Name</a>" too."""
    inline = page(
        "<h1>Story</h1><p class='text-sm'>By Amy Wilhelm • 5 min read</p>" + prose("s", 4)
    )
    assert extract_html(inline).authors == ("Amy Wilhelm",)
    split = page("<h1>Story</h1><p><span>By</span> <a href='/x'>Jerry Chu</a></p>" + prose("s", 4))
    assert extract_html(split).authors == ("Jerry Chu",)


def test_a_written_by_line_after_the_story_signs_it() -> None:
    """A story whose only byline is its author box at the end ("Written by" and the name in
    the next element, or on one line), after more text than the headline's byline rules read,
    is signed by that name; a "written by" inside a sentence of the text names someone
    else's work and signs nothing."""
    quoted = "<p>The regex module, a library written by Matthew Barnett in C, is fast.</p>"
    after = '<div class="outro"><p>Written by <span>John Crenshaw</span></p></div>'
    story = prose("story", 50)
    extracted = extract_html(page("<h1>Story</h1>" + quoted + story + after))
    assert extracted.authors == ("John Crenshaw",)
    one_line = '<h3 class="wp-block-heading">Written by Cassidy Horton</h3>'
    assert extract_html(page("<h1>Story</h1>" + story + one_line)).authors == ("Cassidy Horton",)
    assert extract_html(page("<h1>Story</h1>" + quoted + story)).authors == ()


def test_a_credit_line_with_a_date_below_the_headline_names_the_author() -> None:
    """ "Aaron Ricadela | Senior Writer | July 2, 2025" just below the <h1> names its first
    field's person; a line of fields without a date ("Health | Science") or whose first field
    is no name names no one."""

    def authors_of(line: str) -> tuple[str, ...]:
        return extract_html(
            page(f"<header><h1>Story</h1><p>{line}</p></header>" + prose("s", 4))
        ).authors

    assert authors_of("Aaron Ricadela | Senior Writer | July 2, 2025") == ("Aaron Ricadela",)
    assert authors_of("Aaron Ricadela | Senior Writer") == ()
    assert authors_of("the health desk | July 2, 2025") == ()


def test_an_all_articles_by_link_names_the_author_when_nothing_else_does() -> None:
    """An author box whose name line has no telling class still links to the writer's other
    stories ("All articles by Elliot Raba", a button too): that link names the author. "More
    from …" (a section or a site) and a link inside a sentence name no one."""
    box = "<div class='box'><p>Elliot Raba</p><button>All articles by Elliot Raba</button></div>"
    assert extract_html(page("<h1>Shared services</h1>" + prose("s", 4) + box)).authors == (
        "Elliot Raba",
    )
    linked = "<p><a href='/a/ann-lee'>View all posts by Ann Lee (see all)</a></p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + linked)).authors == ("Ann Lee",)
    section = "<a href='/home'>More from Home Garden</a>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + section)).authors == ()
    sentence = "<a href='/x'>Read all the articles we liked by the lake this summer, Ann</a>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + sentence)).authors == ()


def test_a_name_in_its_own_element_beside_a_date_at_the_headline_names_the_author() -> None:
    """ "Dec 17, 2025" then "Julian K. Arni" in spans of their own just above the headline (or
    just below it, a "·" between) name the author; a linked label beside the date (a
    category), the page's section, a heading shaped like a name and the headline's words
    repeated above it (a breadcrumb's last item) do not."""

    def names(credit: str, *, head: str = "", below: str = "") -> tuple[str, ...]:
        body = f"{credit}<h1>Attested builds</h1>{below}" + prose("s", 4)
        return extract_html(page(body, head)).authors

    assert names("<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>") == (
        "Julian K. Arni",
    )
    below = "<div><span>2025-12-17</span><span>·</span><a title='T'>Trond Teigen</a></div>"
    assert names("", below=below) == ("Trond Teigen",)
    tag = "<div><span>December 18, 2025</span><a href='/category/nt/'>Nonessential Thoughts</a>"
    assert names("", below=tag + "</div>") == ()
    section = '<meta property="article:section" content="Press Release">'
    assert (
        names("<div><span>Press Release</span><span>May 2, 2025</span></div>", head=section) == ()
    )
    assert names("", below="<p>May 2, 2025</p><h2>Spring Cleaning</h2>") == ()
    crumb = "<div><span>Attested Builds</span></div><p>July 29, 2025</p>"
    assert names(crumb) == ()


def test_a_dated_credit_filed_in_a_section_or_over_a_date_label_names_the_author() -> None:
    """A name beside a date at the headline names the author also when the credit files the
    story in a section ("Mahua Das in" then the section's link) and when a date's label in
    its own text stands for the date ("Matteo Laratta" then "Last Updated:"); a name beside a
    label that is no date's ("Share:") names nobody."""

    def names(below: str) -> tuple[str, ...]:
        return extract_html(page(f"<h1>Pricing guide</h1>{below}" + prose("s", 4))).authors

    filed = "<div><span>Dec 26, 2025</span><span>Mahua Das in</span><a href='/pm'>PM</a></div>"
    assert names(filed) == ("Mahua Das",)
    labelled = "<div><p>Matteo Laratta</p><div>Last Updated:</div></div>"
    assert names(labelled) == ("Matteo Laratta",)
    assert names("<div><p>Matteo Laratta</p><div>Share:</div></div>") == ()


def test_a_name_over_a_job_title_under_the_headline_names_the_author() -> None:
    """ "Juliette Carreiro" then "Tech Writer" in texts of their own just below the headline
    name the author; a name over a line that is no job title, a linked name and a name far
    below the headline do not."""

    def names(below: str) -> tuple[str, ...]:
        return extract_html(page(f"<h1>Cloud trends</h1>{below}" + prose("s", 4))).authors

    assert names("<div><p>Juliette Carreiro</p><p>Tech Writer</p></div>") == ("Juliette Carreiro",)
    assert names("<div><p>Juliette Carreiro</p><p>Share this story</p></div>") == ()
    assert names("<div><a href='/p/jc'>Juliette Carreiro</a><p>Tech Writer</p></div>") == ()
    far = "".join(f"<p>Line {i}</p>" for i in range(8))
    assert names(far + "<div><p>Juliette Carreiro</p><p>Tech Writer</p></div>") == ()


def test_a_written_by_line_naming_the_site_outranks_the_markups_account() -> None:
    """ "Written by Model Remodel" under the headline, the site's own name, signs the story
    over the CMS account the markup names; a lower-case account named for the site ("by"
    then "modelremodel") does not, and the markup's person stays."""
    head = (
        '<meta property="og:site_name" content="Model Remodel">'
        '<meta name="author" content="Max Mittler">'
    )
    url = "https://modelremodel.com/blog/renovate/"

    def authors_of(credit: str) -> tuple[str, ...]:
        body = f"<h1>Renovate</h1><p>Jan 30, 2025</p><p>{credit}</p>" + prose("s", 4)
        return extract_html(page(body, head), url=url).authors

    assert authors_of("Written by Model Remodel") == ("Model Remodel",)
    assert authors_of("By <span>modelremodel</span>") == ("Max Mittler",)
    assert authors_of("Written by Ann Lee") != ("Model Remodel",)


def test_the_markups_site_name_beside_the_date_under_the_headline_signs_the_story() -> None:
    """The site's name as the markup's author is kept when the page shows it in a text of its
    own beside the date under the headline ("Supermove" then "February 8, 2022"); without
    the date beside it the text is a tagline or a menu's, and the name stays out."""
    head = (
        '<meta name="author" content="Supermove"><meta property="og:site_name" content="Supermove">'
    )
    url = "https://www.supermove.com/blog/movers"
    dated = page("<h1>Movers</h1><p>Supermove</p><p>February 8, 2022</p>" + prose("s", 4), head)
    assert extract_html(dated, url=url).authors == ("Supermove",)
    undated = page("<h1>Movers</h1><p>Supermove</p><p>Moving made easy</p>" + prose("s", 4), head)
    assert extract_html(undated, url=url).authors == ()
