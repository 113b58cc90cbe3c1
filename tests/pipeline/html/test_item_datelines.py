"""A listing's item cards keep their date lines, which the name rules drop elsewhere."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html import item_datelines
from newswire.pipeline.html.holds import Holds
from tests.pipeline.html.pages import page, text_of


def _index(date_class: str = "date", date: str = "27 February 2026", count: int = 6) -> str:
    # A blog's index: each item a paragraph with its linked title and its date.
    items = "".join(
        f'<p class="blogtitle"><a href="/blog/post-{i}">Notes on the garbage collector, part {i}'
        f'</a>, <span class="{date_class}">{date}</span></p>'
        f'<p class="summary">What changed in the collector this release, part {i}, and why.</p>'
        for i in range(count)
    )
    return f'<div id="blogindex"><h1>The Blog</h1>{items}</div>'


def test_a_date_named_element_in_a_run_of_item_cards_is_kept() -> None:
    """On a listing, each item's date (named "date") is the item's text and stays."""
    assert "27 February 2026" in text_of(page(_index()))


def test_a_lone_or_undated_date_named_element_stays_out() -> None:
    """A date-named element outside a run of cards, or one without a date in words (a bare
    number, a date in figures), is still dropped."""
    assert "27 February 2026" not in text_of(page(_index(count=1) + "<p>" + "word " * 80 + "</p>"))
    assert "08/12/2021" not in text_of(page(_index(date="08/12/2021")))


def test_on_a_story_page_the_items_dates_stay_out() -> None:
    """A page whose head says it is one story keeps its byline furniture rules."""
    article = '<meta property="og:type" content="article">'
    assert "27 February 2026" not in text_of(page(_index(), article))


def _cards(price: str = "") -> str:
    # A design system's news cards: the linked title, then a footer whose details hold the
    # author and the date in elements of their own, indented as templates indent them.
    pad = "\n" + "\t" * 14
    cards = "".join(
        f'<li><div class="card__content"><div class="card__data">'
        f'<h4 class="card__title"><a href="/news/item-{i}">Cloud vendor ships release {i} of its'
        f" query engine</a></h4>"
        f'<p class="card__summary">What release {i} changes for teams that run the engine.</p>'
        f'<div class="card__footer"><div class="card__details">'
        f'<div class="card__authors authors">{pad}<a href="/profile/{i}">Renato Losio</a>{pad}'
        f'</div><span class="card__date date">{pad}on{pad}<span>{pad}Mar 0{i + 1}{pad}</span>'
        f"{pad}</span>{price}</div></div></div></div></li>"
        for i in range(6)
    )
    return f'<h1>Homepage</h1><ul class="cards">{cards}</ul>'


def test_a_cards_footer_keeps_its_author_and_date_line() -> None:
    """A card's footer line, its author and its date in elements of their own and indented
    past the line's length in the markup, is the item's text: measured as shown, it stays."""
    text = text_of(page(_cards()))
    assert "Renato Losio" in text
    assert "on Mar 01" in text


def test_an_undated_element_beside_a_price_stays_out() -> None:
    """Only a name beside a date is the item's author: an element with a digit of its own (a
    price, a date in figures) is not kept by the dated line around it."""
    price = '<span class="card__byline">$92.25</span>'
    assert "$92.25" not in text_of(page(_cards(price)))


def _feed(coauthors: bool = True) -> str:
    # A blog front's feed: each item an <article> deep in layout columns, closed by a <footer>
    # tag whose line groups the writers' links in one element beside the date.
    writers = (
        '<a class="author url fn" href="/author/ria">Ria Gopu</a> &amp; '
        '<a class="author url fn" href="/author/david">David Apirian</a>'
        if coauthors
        else '<a class="author url fn" href="/author/ria">Ria Gopu</a>'
    )
    items = "".join(
        f'<li class="wp-block-post"><div class="feed-item"><article class="post-card">'
        f'<div class="row"><div class="col-8"><h3><a href="/post-{i}">Scaling code review, '
        f"part {i}</a></h3><p>How teams keep up with changes, part {i} of the series.</p>"
        f'<footer><div class="d-flex"><span><span class="text-bold">{writers}</span>'
        f"<span> · </span><time>March {i + 1}, 2026</time></span></div></footer>"
        f"</div></div></article></div></li>"
        for i in range(6)
    )
    return f'<h1>The Blog</h1><ul class="feed">{items}</ul>'


def test_a_cards_footer_tag_keeps_its_byline_and_date() -> None:
    """A card that closes on a <footer> tag (not a class) of its writers and date keeps that
    line on a listing, however deep the card's columns nest it."""
    text = text_of(page(_feed(coauthors=False)))
    assert "March 2, 2026" in text
    assert "Ria Gopu" in text


def test_co_writers_grouped_beside_the_date_are_kept() -> None:
    """Writers' links grouped in one element beside the date are the item's authors."""
    text = text_of(page(_feed()))
    assert "Ria Gopu" in text
    assert "David Apirian" in text


def test_on_a_story_page_a_teaser_cards_month_dated_line_is_kept() -> None:
    """A page whose head says it is a story (a blog front declaring a post) keeps the line of
    a card headed by a link when a month's name dates it; not a date in figures."""
    article = '<meta property="og:type" content="article">'
    text = text_of(page(_feed(), article))
    assert "March 2, 2026" in text
    assert "Ria Gopu" in text
    assert "2026-03-02" not in text_of(
        page(_feed().replace("March 2, 2026", "2026-03-02"), article)
    )


def test_on_a_story_page_its_own_header_groups_stay_out() -> None:
    """On a story page, a run of sections whose one holds the <h1> (the headline's, then the
    byline's) is the story's header: its dated byline stays out."""
    article = '<meta property="og:type" content="article">'
    sections = (
        '<div class="news-article"><h1>Best headphones, tested</h1></div>'
        '<div class="news-article"><div class="byline"><span class="byline-by">By</span> '
        '<a class="byline-author" href="/author/j">Jon Sayers</a> <span class="byline-time">'
        "Jan. 31, 2026 7:47 am</span></div></div>"
        '<div class="news-article">' + "<p>" + "Noise cancelling works well here. " * 30 + "</p>"
        "</div>"
    )
    assert "Jan. 31, 2026" not in text_of(page(f"<article>{sections}</article>", article))


def test_a_digit_is_what_isdigit_says_for_every_character() -> None:
    """The fast digit test (a regex for decimal digits, isdigit beyond ASCII) answers as
    ``str.isdigit`` does for every code point: superscripts and circled figures included."""
    assert [
        c for c in map(chr, range(0x110000)) if item_datelines._has_digit(c) != c.isdigit()
    ] == []
    assert item_datelines._has_digit("Ria Gopu²")
    assert not item_datelines._has_digit("Ria Gopu")


def test_a_short_dated_line_is_told_from_its_prefix_when_long() -> None:
    """A text whose collapsed form is a short dated line is one however many spaces pad it; a
    long text is none, whether its prefix tells it or the whole does."""
    padded = "Ria Gopu" + " " * 1000 + "\n\t 27 February 2026  "
    assert item_datelines._short_dated(padded)
    assert not item_datelines._short_dated("27 February 2026 " + "word " * 200)
    assert not item_datelines._short_dated(" " * 400 + "27 February 2026 " + "word " * 20)
    assert not item_datelines._short_dated("x" * 81 + " 27 Feb")
    assert item_datelines._short_dated("x" * 50 + " 27 Feb")


def test_an_element_longer_than_a_line_is_no_item_line() -> None:
    """An element whose text, as shown, is longer than a line is neither an item's date line
    nor an author beside one, whatever the elements around it show (they show more)."""
    item = (
        '<div class="card"><h3><a href="/a">A story</a></h3>'
        '<div class="meta"><span class="author">{}</span> Mar 08</div></div>'
    )
    short = LexborHTMLParser(f"<body><div>{item.format('Renato Losio') * 3}</div></body>")
    long = LexborHTMLParser(
        f"<body><div>{item.format('Renato Losio ' + 'x' * 80) * 3}</div></body>"
    )
    short_name, long_name = short.css_first(".author"), long.css_first(".author")
    assert short_name is not None
    assert long_name is not None
    assert short.body is not None
    assert long.body is not None
    assert item_datelines.item_dateline(short_name, "author", Holds(short.body))
    assert not item_datelines.item_dateline(long_name, "author", Holds(long.body))


def test_an_element_named_without_an_item_word_is_no_item_line() -> None:
    """Names holding none of the item words in any part ("sidebar share-tools", "updateBox")
    make no item line, however short and dated its text; an item word as a camelCase part
    ("cardDate") or a whole token ("byline") does."""
    item = (
        '<div class="card"><h3><a href="/a">A story</a></h3>'
        '<div class="meta"><span class="x">Mar 08, 2026</span></div></div>'
    )
    tree = LexborHTMLParser(f"<body><div>{item * 3}</div></body>")
    node = tree.css_first(".x")
    assert node is not None
    assert tree.body is not None
    holds = Holds(tree.body)
    assert not item_datelines.item_dateline(node, "sidebar share-tools", holds)
    assert item_datelines.item_dateline(node, "cardDate", holds)
    assert item_datelines.item_dateline(node, "post BYLINE", holds)


def test_an_author_beside_a_long_text_is_no_item_author() -> None:
    """An undated name whose parent shows more than a line (a listing's whole item) is no
    author beside a date line, whatever the elements further up show."""
    item = (
        '<div class="card"><h3><a href="/a">A story</a></h3><div class="meta">'
        '<span class="author">Renato Losio</span> {} Mar 08</div></div>'
    )
    long = LexborHTMLParser(f"<body><div>{item.format('word ' * 30) * 3}</div></body>")
    name = long.css_first(".author")
    assert name is not None
    assert long.body is not None
    assert not item_datelines.item_dateline(name, "author", Holds(long.body))
