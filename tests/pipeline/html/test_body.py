"""Body extraction: the story's own container, its link lists and furniture lines dropped and
its parts kept."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def test_digest_items_with_a_sentence_of_their_own_are_kept() -> None:
    """A linked headline followed by its own sentence (a news digest item) stays in the body;
    a bare list of links inside the article does not."""
    item = (
        '<li><a href="/a">Ousted CEO can still name directors to the board</a>. He keeps '
        "influence through the board, according to a new report.</li>"
    )
    html = page(
        "<article>"
        + prose("intro", 3)
        + f"<ul>{item}</ul>"
        + '<ul><li><a href="/b">Another story entirely, with a long headline</a></li></ul>'
        + "</article>"
    )
    text = text_of(html)
    assert "Ousted CEO" in text
    assert "Another story" not in text


def test_headings_and_lines_in_wrappers_of_their_own_stay_with_the_story() -> None:
    """A story whose sections' headings, and a pull quote, sit in wrappers of their own
    between the paragraphs' wrappers keeps them (they lie between the chosen paragraphs); a
    link list there is still dropped, and a heading after the story's last paragraph (a strip
    of other stories) does not join it."""
    sections = "".join(
        f'<div class="heading-box"><h2>Section heading {n}</h2></div>'
        f'<div class="panel"><div class="copy">{prose(f"part{n}", 2)}</div></div>'
        for n in range(1, 4)
    )
    between = (
        '<div class="pull"><blockquote>"We will build it by spring," the mayor said.</blockquote>'
        '</div><div class="more"><p><a href="/x">Another story of the site, linked</a></p></div>'
    )
    intro = f'<div class="intro"><div class="copy">{prose("part0", 6)}</div></div>'
    tail = (
        '<div class="heading-box"><h2>Community favourites</h2></div>'
        '<div class="cards"><p><a href="/a">A story elsewhere on the site</a></p></div>'
    )
    text = text_of(page(f"<article>{intro}{between}{sections}{tail}</article>"))
    assert all(f"Section heading {n}" in text for n in range(1, 4))
    assert "the mayor said" in text
    assert "part3 1" in text
    assert "Another story of the site" not in text
    assert "Community favourites" not in text


def test_a_listings_items_titled_each_with_an_h1_keep_their_titles() -> None:
    """A listing whose items each carry their title as a linked <h1> (a blog theme's index)
    keeps the titles between its items' teasers; a story's one <h1> headline before a heading
    inside its body is not repeated in it."""
    # The first item shows its whole text, the others two paragraphs of teaser each.
    items = "".join(
        f'<div class="item-{n}"><h1 class="entry-title"><a href="/p{n}">Item title {n} of'
        f' the index</a></h1><div class="entry-content">{prose(f"teaser{n}", 2 + 6 * (n == 0))}'
        "</div></div>"
        for n in range(4)
    )
    text = text_of(page(f'<div class="river">{items}</div>'))
    assert all(f"Item title {n} of the index" in text for n in range(1, 4))
    assert "teaser3 0" in text
    story = (
        f"<article><h1>The headline of the story</h1>{prose('a', 3)}<h2>A part</h2>"
        f"{prose('b', 3)}</article>"
    )
    assert "The headline of the story" not in text_of(page(story))


def test_short_unlinked_lines_between_the_storys_parts_stay_with_it() -> None:
    """A checklist of short items and a short label line in boxes of their own between two
    parts of the story are kept; a short linked item there (a menu's) is still dropped."""
    checklist = (
        '<div class="label"><p>Buying options:</p></div>'
        '<div class="columns"><ul><li>Belts</li><li>Hoses</li><li>Wiper blades</li>'
        '<li><a href="/shop">Shop</a></li></ul></div>'
    )
    first = f'<div class="copy"><div class="text">{prose("part0", 5)}</div></div>'
    second = f'<div class="copy"><div class="text">{prose("part1", 5)}</div></div>'
    text = text_of(page(f"<article>{first}{checklist}{second}</article>"))
    assert "Buying options:" in text
    assert "Belts" in text
    assert "Wiper blades" in text
    assert "part1 4" in text
    assert "Shop" not in text


def test_a_code_block_keeps_its_lines() -> None:
    """Text in <pre> keeps its line breaks (a code sample read on one line is unreadable);
    spaces inside a line still collapse and blank lines go; prose around it stays one line."""
    code = "<pre><code>def add(a, b):\n\n    return a  +  b\nprint(add(1, 2))\n</code></pre>"
    html = page(f"<article><h1>Headline</h1>{prose('story', 4)}{code}</article>")
    paragraphs = extract_html(html).paragraphs
    assert "def add(a, b):\nreturn a + b\nprint(add(1, 2))" in paragraphs
    assert all("\n" not in line for line in paragraphs if "story" in line)


def test_a_forum_replys_quote_of_an_earlier_post_is_given_once() -> None:
    """A reply that quotes the post it answers repeats that post's lines inside a
    <blockquote>: the thread gives each post once, so the quoted lines said before are
    dropped and the reply's own text is kept; a quote of something not said before stays.
    (The quote is a small part of a long thread, no copy of a tenth of the text.)"""
    first = "I have tried every setting, and the printer still jams after ten pages or so."
    posts = "".join(
        f'<div class="post"><p>Reply {i}, with details, more details, and a question.</p></div>'
        for i in range(12)
    )
    html = page(
        '<div class="thread">'
        f'<div class="post"><p>{first}</p></div>'
        + posts
        + f'<div class="post"><blockquote><p>{first}</p></blockquote>'
        "<p>Mine too, after the last update, until I reset it, twice.</p></div>"
        '<div class="post"><blockquote><p>The manual says to reset it, twice, then wait.</p>'
        "</blockquote><p>That worked for me, thanks, finally.</p></div>"
        "</div>"
    )
    text = text_of(html)
    assert text.count("still jams") == 1
    assert "Mine too" in text
    assert "The manual says" in text


def test_a_shops_card_buttons_are_dropped_and_its_products_kept() -> None:
    """A collection's product cards each carry the same buttons and badges ("Add to cart",
    "Quick view", "In stock"): furniture lines, dropped; the products' names and prices
    are the page's items and stay."""
    cards = "".join(
        f'<li><div><a href="/p/{i}">Merino wool sweater, model {i}</a></div><div>$80</div>'
        "<div>In stock</div><button>Quick view</button><div><a href='/cart'>Add to cart</a>"
        "</div></li>"
        for i in range(8)
    )
    html = page(f"<main><h1>Sweaters</h1><p>Warm sweaters for winter.</p><ul>{cards}</ul></main>")
    text = text_of(html)
    assert "Merino wool sweater, model 7" in text
    assert "Add to cart" not in text
    assert "In stock" not in text


def test_a_listings_controls_and_counters_are_dropped() -> None:
    """A listing's controls and counters ("Sort by", "1-24 of 310 products", "View all") and
    a thread's ("Click to expand...", "12 likes") are furniture lines; the items stay."""
    items = "".join(
        f'<li><div><a href="/item/{i}">Walnut side table, model {i}</a></div><div>$120</div>'
        "<div>12 likes</div></li>"
        for i in range(8)
    )
    html = page(
        "<main><h1>Tables</h1><p>Side tables in solid wood.</p><div>Sort by</div>"
        f"<div>1-24 of 310 products</div><ul>{items}</ul><div><a href='/all'>View all</a></div>"
        "</main>"
    )
    text = text_of(html)
    assert "Walnut side table, model 7" in text
    for line in ("Sort by", "310 products", "12 likes", "View all"):
        assert line not in text


def test_a_threads_and_a_shops_control_lines_are_dropped() -> None:
    """A thread's and a Q&A page's controls ("You must log in or register to reply here.",
    "Reset to default", "Ask question") and a shop's or a page's teaser links ("Related
    searches", "View full details", "Find out more", "5 min read") are furniture lines; the
    posts stay."""
    posts = "".join(
        f'<div class="post"><p>Reply {i}: the pump still jams after the update, and the manual '
        "says nothing about it; I have tried the reset twice.</p></div>"
        for i in range(4)
    )
    controls = (
        "<div>You must log in or register to reply here.</div><div>Reset to default</div>"
        "<div><a href='/ask'>Ask question</a></div><div>Related searches</div>"
        "<div>View full details</div><div><a href='/more'>Find out more</a></div>"
        "<div>5 min read</div>"
    )
    text = text_of(page(f"<main><h1>Pump jams</h1>{posts}{controls}</main>"))
    assert "Reply 3" in text
    for line in (
        "log in or register",
        "Reset to default",
        "Ask question",
        "Related searches",
        "View full details",
        "Find out more",
        "5 min read",
    ):
        assert line not in text, line


def test_a_grid_of_teasers_inside_the_storys_own_container_ends_the_story() -> None:
    """A story whose own container ends with the site's grid of teasers (a heading, then
    linked titles of other stories, then a fundraising line) ends before the grid: the
    grid's heading and what follows it go, the story's paragraphs stay."""
    cards = "".join(
        f'<div class="card"><h3 class="card-title"><a href="/s/{i}">Another story number {i} '
        f"to read</a></h3></div>"
        for i in range(3)
    )
    html = page(
        f'<article class="post">{prose("story", 5)}<h2>Keep exploring</h2>{cards}'
        "<p>Please consider pitching in what you can to keep this newsroom going.</p></article>"
    )
    text = text_of(html)
    assert "story 4" in text
    assert "Keep exploring" not in text
    assert "pitching in" not in text


def test_an_articles_own_furniture_lines_are_dropped() -> None:
    """The heading of a story's table of contents, the reading time, WordPress's "Like this:"
    and "Like Loading..." and a "Show caption" toggle are furniture, not the story's text."""
    html = page(
        "<article><p>5 min read</p><h2>Table of Contents</h2>"
        f"{prose('story', 4)}<p>Show caption</p><h3>Like this:</h3><div>Like Loading...</div>"
        "</article>"
    )
    paragraphs = extract_html(html).paragraphs
    assert "story 3" in "\n".join(paragraphs)
    assert not {"5 min read", "Table of Contents", "Show caption", "Like this:"} & set(paragraphs)
    assert "Like Loading..." not in paragraphs


def test_linked_headings_in_the_story_stay_and_link_lists_go() -> None:
    """A listing's items in the story's own container, each a linked heading over its teaser
    (a ranked list of books, a topic page's entries), keep their titles: a heading that is a
    link is the page's text. A paragraph of links in the same container still goes."""
    items = "".join(
        f'<div class="item"><h3><a href="/book/{i}">The title of book number {i}</a></h3>'
        f"<p>{SENTENCE} It is the teaser of entry number {i}.</p></div>"
        for i in range(6)
    )
    links = '<p><a href="/list/2">Another list of the site, linked from here</a></p>'
    text = text_of(page(f'<div class="list">{items}{links}</div>'))
    assert all(f"The title of book number {i}" in text for i in range(6))
    assert "teaser of entry number 5" in text
    assert "Another list of the site" not in text


def test_a_threads_date_lines_and_a_players_counters_are_no_text() -> None:
    """A forum post's date on a line of its own ("Oct 12, 2023", "Last edited: Jul 3, 2024")
    and a video's or a carousel's counter ("0:01/0:56", "1 of 23") are the frame of the
    content, not its text; a sentence starting with a date stays."""
    posts = "".join(
        f'<div class="post"><div class="when">Oct {n}, 2023</div>{prose(f"post{n}", 2)}</div>'
        for n in range(1, 4)
    )
    html = page(
        f"<main>{posts}<p>Last edited: Jul 3, 2024</p><p>0:01/0:56</p><p>1 of 23</p>"
        "<p>Oct 12, 2023 was the day the council met again, after the summer break.</p></main>"
    )
    text = text_of(html)
    assert "post3 1" in text
    assert "Oct 1, 2023" not in text
    assert "Last edited" not in text
    assert "0:56" not in text
    assert "1 of 23" not in text
    assert "the council met again" in text


def test_a_posters_rank_and_counters_are_no_text() -> None:
    """The poster's card beside each post, when it has no class of its own to drop it by
    (a rank, "Messages: 1,204", "Reaction score 310"), and a Q&A page's "3 Answers" are the
    thread's frame: each post's text stays without them."""
    posts = "".join(
        f'<div class="post"><div class="card"><p>Well-known member</p><p>Messages: 1,204</p>'
        f"<p>Reaction score 310</p></div>{prose(f'post{n}', 2)}</div>"
        for n in range(3)
    )
    text = text_of(page(f"<main><p>3 Answers</p>{posts}</main>"))
    assert "post2 1" in text
    assert "member" not in text
    assert "1,204" not in text
    assert "Reaction score" not in text
    assert "Answers" not in text


def test_a_posters_counters_as_label_and_number_lines_are_no_text() -> None:
    """A poster's card giving each counter as a <dl> ("Reaction score" then "8,583", each a
    line of its own) is the thread's frame: the label and its number go; a label line not
    followed by a number ("Points" above a sentence) and a number after text stay."""
    posts = "".join(
        f'<div class="post"><dl class="pairs"><dt>Reaction score</dt><dd>8,58{n}</dd>'
        f"<dt>Points</dt><dd>59{n}</dd></dl>{prose(f'post{n}', 2)}</div>"
        for n in range(3)
    )
    html = page(f"<main>{posts}<h2>Points</h2><p>Step</p><p>42</p></main>")
    text = text_of(html)
    assert "post2 1" in text
    assert "Reaction score" not in text
    assert "8,582" not in text
    assert "592" not in text
    assert "Points\nStep\n42" in text


def test_a_threads_bare_numbers_are_no_text() -> None:
    """On a page whose JSON-LD says it is a forum thread, a line that is a number alone (a
    post's likes, its number in the thread) is the frame of the posts; on another page such
    a line (a figure in a list of facts) stays."""
    posts = "".join(
        f'<div class="post"><p>#{n}</p>{prose(f"post{n}", 2)}<p>1{n}</p></div>' for n in range(3)
    )
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    text = text_of(page(f"<main>{posts}</main>", head=thread))
    assert "post2 1" in text
    assert "#2" not in text
    assert "12" not in text.split("\n")
    plain = text_of(page(f"<main>{posts}</main>"))
    assert "11" in plain.split("\n")
