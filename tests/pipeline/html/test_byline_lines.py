"""Byline lines: "By …" under the headline, "Written by …" after the story, a credit line with
a date, a name beside a date or over a job title at the headline, the "All articles by …"
links (and their quick test of the raw text), and bylines in other languages than English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.byline_lines import (
    _POSTS_BY,
    _POSTS_BY_START,
    _posts_by_start,
    authors_line,
    shown_by_line,
)
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_links import by_links
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


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=6))
def test_the_quick_start_test_answers_as_the_start_pattern(pieces: list[str]) -> None:
    """The prefix test on a link's raw text (spaces, case, a long s or a dotted capital I
    beyond ASCII) says what ``_POSTS_BY_START`` says of it."""
    raw = "".join(pieces)
    assert _posts_by_start(raw) == (_POSTS_BY_START.match(raw) is not None)


_MARKUP = st.sampled_from(["", "", "<span>", "</span>", "<b>", "</b>", "<i></i>", "<!-- -->"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_PIECES, _MARKUP), max_size=10), st.sampled_from(["a", "button"]))
def test_a_link_the_pattern_matches_is_among_the_links_holding_by(
    pieces: list[tuple[str, str]], tag: str
) -> None:
    """Every link or button whose text (its texts joined by a space, across any inner tags,
    comments or empty elements) the pattern matches once cleaned is one that the query of
    links holding "by" finds, so reading only those drops no author."""
    inner = "".join(piece + markup for piece, markup in pieces)
    tree = LexborHTMLParser(f"<html><body><p>x</p><{tag}>{inner}</{tag}></body></html>")
    link = tree.css(tag)[0]
    if _POSTS_BY.match(SPACE.sub(" ", link.text(deep=True, separator=" ")).strip()) is not None:
        assert link.mem_id in {node.mem_id for node in by_links(tree)}


def test_the_links_holding_by_are_found_once_each_in_page_order() -> None:
    """A "by" in any case in a link's own text, an inner element's or both, or a button's: each
    such link found once, in page order; not a link without it nor another element."""
    tree = LexborHTMLParser(
        "<a id=a>By A</a><a id=b><i>by B</i></a><a id=c>BY <b>by</b></a><a id=d>no</a>"
        "<button id=e><i>By</i></button><p id=f>by</p><a id=g>baby</a>"
    )
    assert [node.id for node in by_links(tree)] == ["a", "b", "c", "e", "g"]


def test_a_posts_by_link_whose_name_sits_in_an_inner_element_names_the_author() -> None:
    """A link whose "by" and name sit in an inner element ("Read all articles<span> by Ann
    Lee</span>", the name for screen readers) names the author."""
    linked = "<p><a href='/a/ann-lee'>Read all articles<span> by Ann Lee</span></a></p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + linked)).authors == ("Ann Lee",)


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


def test_a_by_line_inside_a_link_after_a_title_credits_that_work_not_the_page() -> None:
    """ "by Alexander Boldizar" under a book's title inside the link to that book (a list's
    card, one of one) credits the book's writer: the page has no author; a byline that is a
    link of its own ("<a>By Ann Lee</a>", "<a><span>By</span> <span>Ann Lee</span></a>")
    still signs the story."""
    card = (
        "<a href='/books/1'><p>1</p><h2><span>The Man Who Saw Seconds</span><br>"
        "by Alexander Boldizar</h2></a>"
    )
    assert extract_html(page("<h1>Novels of 2025</h1>" + card + prose("s", 3))).authors == ()
    for byline in (
        "<a href='/author/ann'>By Ann Lee</a>",
        "<a href='/author/ann'><span>By</span> <span>Ann Lee</span></a>",
    ):
        story = page("<h1>Novels of 2025</h1><p>" + byline + "</p>" + prose("s", 3))
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


def test_an_article_written_by_heading_over_the_writers_card_signs_it() -> None:
    """ "Article written by:" as a heading of its own after the story, then the writer's card
    (a portrait, the name with its degrees and boards in a heading), signs the story with the
    name as printed; the "Article reviewed by:" card after it signs nothing."""
    card = (
        "<section><h2>Article written by:</h2><img src='a.webp' alt=''>"
        "<h3>Doris Munoz-Mantilla, MD, FOMA, DABOM</h3></section>"
        "<section><h2>Article reviewed by:</h2><img src='b.webp' alt=''>"
        "<h3>Anila Chadha MD, DABOM</h3></section>"
    )
    html = page("<h1>Weight loss medications</h1>" + prose("story", 50) + card)
    assert extract_html(html).authors == ("Doris Munoz-Mantilla, MD, FOMA, DABOM",)


def test_a_blogs_posted_by_footer_after_the_story_signs_it() -> None:
    """A classic blog's footer after the post ("Posted by David at December 16, 2025 11:15
    AM"), further down than the headline's byline rules read, signs the story with its name;
    a page whose text holds several "Posted by" lines (a thread of posts) is signed by none
    of them, and a "Posted by" without a time or date after the name is no footer."""
    story = prose("story", 50)
    footer = '<span class="posted">Posted by David at December 16, 2025 11:15 AM</span>'
    assert extract_html(page("<h1>Vibe coding</h1>" + story + footer)).authors == ("David",)
    second = "<p>Posted by Karl Young on December 19, 2025</p>"
    assert extract_html(page("<h1>Vibe coding</h1>" + story + footer + second)).authors == ()
    undated = "<p>Posted by David in Essays</p>"
    assert extract_html(page("<h1>Vibe coding</h1>" + story + undated)).authors == ()


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


def test_a_footnote_mark_after_the_bylines_name_is_no_part_of_it() -> None:
    """ "Written By" then "Angela Holliday-Bell, MD*" (the star pointing at a disclosure under
    the story) names the writer with the degree and without the star."""
    credit = "<p>Written By</p><p>Angela Holliday-Bell, MD*</p>"
    extracted = extract_html(page("<h1>Sleep training</h1>" + credit + prose("s", 4)))
    assert extracted.authors == ("Angela Holliday-Bell, MD",)


def test_an_authors_label_over_one_name_a_line_names_every_author() -> None:
    """An "Author(s)" label in its own element over a list of names, one an item, names every
    one; the list ends at the first item that is no name."""
    listed = (
        "<div><h6>Author(s)</h6><ul><li><a href='/l?a=1'>John A. Alic</a></li>"
        "<li><a href='/l?a=2'>David C. Mowery</a></li><li>Download the report</li></ul></div>"
    )
    extracted = extract_html(page("<h1>Innovation policies</h1>" + listed + prose("s", 4)))
    assert extracted.authors == ("John A. Alic", "David C. Mowery")


def test_a_brand_starting_with_a_digit_after_by_signs_the_story() -> None:
    """ "By 3i Global" under the headline names the company; "By 2nd Lt Smith" and a time
    after "By" ("By 10am Friday") are no brand."""

    def authors_of(line: str) -> tuple[str, ...]:
        body = f"<h1>Robot vacuums</h1><p><time>Feb 6, 2025</time></p><p>{line}</p>"
        return extract_html(page(body + prose("s", 4))).authors

    assert authors_of("By 3i Global") == ("3i Global",)
    assert authors_of("By 10am Friday") == ()
    assert authors_of("By 2nd Lt Smith") == ()


def test_the_storys_one_authors_line_names_its_writers() -> None:
    """An "Authors: …" line closing the story names its writers, a role after them left out;
    two such lines (a listing's cards, each with its own) name no one, nor does a lowercase
    "authors:" inside a sentence."""
    closing = "Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators"
    assert authors_line(["Some text.", closing, "Reviewed in 2024"]) == [
        "Julie Weisenhorn",
        "Natalie Hoidal",
    ]
    assert authors_line(["Authors: Jane Doe", "Authors: John Roe"]) == []
    assert authors_line(["the authors: Jane Doe and John Roe"]) == []


def test_an_authors_line_signs_a_page_no_other_source_signs() -> None:
    """Where no byline, author link or markup names anyone, the story's "Authors: …" line
    after its text, beyond the lines read near the headline (its element named by nothing
    telling), gives the authors."""
    html = page(
        "<article><h1>Growing lettuce indoors</h1>"
        + prose("s", 45)
        + '<div class="a8f"><p>Authors: Julie Weisenhorn and Natalie Hoidal, horticulture'
        " educators</p></div></article>"
    )
    assert extract_html(html).authors == ("Julie Weisenhorn", "Natalie Hoidal")


def test_the_shown_by_line_reads_the_label_just_before_the_headline() -> None:
    """The "By …" line the reader sees is read under the headline past a page's menus; a
    reviewer's label right before it (a search form's choices passed over) makes a "by" that
    opens the headline's own text sign nothing."""
    menus = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(50))
    near = HeadlineTexts(
        LexborHTMLParser(f"<body><ul>{menus}</ul><h1>Title</h1><p>By Ann Lee</p></body>")
    )
    assert shown_by_line(near) == ["Ann Lee"]
    reviewed = HeadlineTexts(
        LexborHTMLParser(
            "<body><p>Medically reviewed</p><select><option>Title</option></select>"
            "<h1>by Ann Lee</h1></body>"
        )
    )
    assert shown_by_line(reviewed) == []
    signed = HeadlineTexts(LexborHTMLParser("<body><p>Menu</p><h1>by Ann Lee</h1></body>"))
    assert shown_by_line(signed) == ["Ann Lee"]
