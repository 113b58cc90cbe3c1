"""Body extraction: a sectioned page widened to its region, and what a widened region drops
(menus, teaser grids, link lines)."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def test_a_page_in_many_small_sections_keeps_every_section() -> None:
    """A service page whose text is spread over sections, each deep in layout wrappers and
    none holding a third of it, gives the whole main region (every section), without the
    navigation or the footer."""
    sections = "".join(
        f'<section class="block"><div class="container"><div class="row"><div class="inner">'
        f"<h2>Feature {i}</h2>{prose(f'feat{i}', 2 if i == 0 else 1)}</div></div></div></section>"
        for i in range(8)
    )
    html = page(
        '<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>'
        f"<main>{sections}</main><footer>© 2026 Example Ltd</footer>"
    )
    text = text_of(html)
    assert all(f"feat{i} 0" in text for i in range(8))
    assert "Feature 7" in text
    assert "Pricing" not in text
    assert "Example Ltd" not in text


def test_a_page_without_main_whose_best_block_is_a_short_intro_keeps_every_section() -> None:
    """On a page without <main> (a service's homepage), a best block of two paragraphs that
    holds less than half the page's text is one section of it, not a story: every card
    section joins it; a block of many paragraphs would stay alone (the article rule)."""
    cards = "".join(
        f'<div class="card"><h3>Service number {i}</h3><p>We plan, build and run your '
        f"project number {i}, on time and on budget.</p></div>"
        for i in range(5)
    )
    html = page(f'<div class="intro">{prose("intro", 2)}</div><div class="cards">{cards}</div>')
    text = text_of(html)
    assert "intro 1" in text
    assert all(f"project number {i}" in text for i in range(5))


def test_a_widened_page_without_main_drops_the_menu_of_links_above_it() -> None:
    """On a page without <main> widened to its body, the site's menu as short link lines in
    plain <div>s above the page's first heading is dropped; linked card titles below stay."""
    menu = "".join(
        f'<div class="item"><a href="/{word.lower()}">{word}</a></div>'
        for word in ("Home", "Portfolio", "Our Services", "Get in touch")
    )
    cards = "".join(
        f'<div class="card"><h3><a href="/s{i}">Service {i}</a></h3><p>We plan, build and run '
        f"your project number {i}, on time and on budget.</p></div>"
        for i in range(5)
    )
    html = page(
        f'<div class="top">{menu}</div><h1>Our services</h1>'
        f'<div class="intro">{prose("intro", 2)}</div><div class="cards">{cards}</div>'
    )
    text = text_of(html)
    assert "intro 1" in text
    assert all(f"project number {i}" in text for i in range(5))
    assert "Service 4" in text
    assert "Portfolio" not in text
    assert "Get in touch" not in text


def test_a_page_of_a_bare_heading_and_stray_text_gives_its_text() -> None:
    """A page whose body is a heading with an empty box and a stray word in it (nothing to
    choose as a story: the widened region has no first block) still gives its text, without
    the menu rule failing on the missing choice (a shape property testing found)."""
    result = extract_html("<html><body><div><h1>0<div></div>0</body></html>")
    assert "0" in " ".join(result.paragraphs)


def test_an_article_beside_a_small_sidebar_stays_the_story() -> None:
    """A story that holds most of its page's text stays the body alone: a short promo block
    elsewhere in <main> does not join it."""
    html = page(
        f"<main><article>{prose('story', 6)}</article>"
        '<div class="box"><p>Visit our shop today, open daily, with free parking, for all.</p></div>'
        "</main>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "Visit our shop" not in text


def test_every_section_of_a_sectioned_main_region_is_kept() -> None:
    """A service page in <main> whose sections sit in separate containers (each scoring alone)
    gives every section when the best one holds less than 0.7 of the region's text."""
    sections = "".join(
        f'<section class="band"><h2>Part {name}</h2><div>{prose(name, count)}</div></section>'
        for name, count in (("alpha", 4), ("beta", 1), ("gamma", 1))
    )
    html = page(f"<header><p>Logo and menu line, short.</p></header><main>{sections}</main>")
    text = text_of(html)
    assert all(f"{name} 0" in text for name in ("alpha", "beta", "gamma"))


def test_a_listing_in_main_keeps_its_linked_items() -> None:
    """A listing's items are links through and through (a job board's cards): inside <main>,
    beside a one-line intro, they are the page's content and are kept; the site's menu in
    <nav> is not."""
    items = "".join(
        f'<li><a href="/job/{i}">Senior engineer number {i} at a small remote company</a></li>'
        for i in range(12)
    )
    html = page(
        '<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>'
        f"<main><p>Latest jobs.</p><ul>{items}</ul></main>"
    )
    text = text_of(html)
    assert "Senior engineer number 11" in text
    assert "Home" not in text


def _guide_with_sections(item: str) -> str:
    """A page without <main>: a long intro that wins the scoring, then three sections of
    short list items (each ``item`` with its number) in containers of their own."""
    sections = "".join(
        f'<div class="s{n}"><h2>Part {n}</h2><ul>'
        + "".join(f"<li>{item.format(f'{n}.{i}')}</li>" for i in range(6))
        + "</ul></div>"
        for n in range(3)
    )
    return page(f'<div class="intro"><div>{prose("intro", 5)}</div></div>{sections}')


def test_a_page_without_main_keeps_sections_that_are_not_links() -> None:
    """On a page without <main>, sections beside the winning block with next to no link text
    (a service page's lists of what it offers) are more of the page: kept with it; the same
    sections made of links (menus, lists of other pages) are not."""
    text = text_of(_guide_with_sections("Weekly support call number {} included"))
    assert "intro 4" in text
    assert "Weekly support call number 2.5 included" in text
    linked = text_of(_guide_with_sections('<a href="/p">Another page of the site number {}</a>'))
    assert "intro 4" in linked
    assert "Another page of the site" not in linked


def test_a_grid_of_teasers_after_a_widened_story_is_dropped() -> None:
    """A guide in <main> split into sections that score apart is widened to the region; the
    site's grid of teaser cards after it (each a linked title and a short blurb, smaller than
    the story) is not part of it, while the guide's sections with unlinked headings stay."""
    sections = "".join(
        f'<section class="part"><h2>Step {name}</h2><div>{prose(name, count)}</div></section>'
        for name, count in (("alpha", 4), ("beta", 2), ("gamma", 2))
    )
    cards = "".join(
        f'<div class="card"><h3 class="card-title"><a href="/s/{i}">Another story number {i} '
        f'to read</a></h3><p class="blurb">A short teaser of story {i}.</p></div>'
        for i in range(4)
    )
    html = page(
        f'<main>{sections}<h2>More from the blog</h2><div class="grid">{cards}</div></main>'
    )
    text = text_of(html)
    assert all(f"{name} 1" in text for name in ("alpha", "beta", "gamma"))
    assert "Another story number" not in text
    assert "teaser of story" not in text


def test_a_river_of_teasers_longer_than_the_story_but_not_twice_is_dropped() -> None:
    """A news site's river of teaser cards after a widened story, longer than the story but
    less than twice as long (a linked title and a one-line teaser each), is not part of it."""
    sections = "".join(
        f'<section class="x1"><h2>Step {name}</h2><div>{prose(name, count)}</div></section>'
        for name, count in (("alpha", 2), ("beta", 1), ("gamma", 1))
    )
    cards = "".join(
        f'<div class="x2"><h3 class="x3"><a href="/s/{i}">Another story number {i} to read '
        f'today</a></h3><p class="x4">A short teaser of story {i}, in a line.</p></div>'
        for i in range(12)
    )
    html = page(f'<main>{sections}<div class="x5">{cards}</div></main>')
    text = text_of(html)
    assert all(f"{name} 0" in text for name in ("alpha", "beta", "gamma"))
    assert "Another story number" not in text
    assert "teaser of story" not in text


def test_a_listing_of_cards_longer_than_its_intro_keeps_its_cards() -> None:
    """Cards that outweigh the text before them are the page's content (a blog's index after
    an introduction), not a teaser grid after a story: they stay."""
    intro = prose("intro", 3)
    cards = "".join(
        f'<div class="card"><h3 class="card-title"><a href="/s/{i}">Another story number {i} '
        f"to read</a></h3><p>{SENTENCE}</p></div>"
        for i in range(10)
    )
    html = page(f'<main><div class="intro">{intro}</div><div class="grid">{cards}</div></main>')
    text = text_of(html)
    assert "Another story number 9" in text


def test_a_main_that_holds_next_to_nothing_is_not_the_region() -> None:
    """A site builder that marks a title bar as the page's main region (role="main") and lays
    the service page's sections out beside it: the region is the body, so every section is
    given, not only the intro that scored best."""
    tiles = "".join(
        f'<div class="tile"><div class="tile-inner"><h3>Product {n}</h3><div>Product {n} helps '
        "a business grow, with tools to answer every customer on time, in every channel, every "
        "day of the week.</div></div></div>"
        for n in range(6)
    )
    html = page(
        '<div role="main"><span>Our services</span></div><div class="intro"><div class="text">'
        + prose("intro", 2)
        + f'</div></div><div class="tiles">{tiles}</div>'
    )
    text = text_of(html)
    assert "intro 1" in text
    assert "Product 5 helps a business grow" in text


def test_a_run_of_link_lines_after_a_widened_story_is_dropped() -> None:
    """A guide in <main> widened to its region keeps the region's link lines, but a run of
    them after the story (the site's list of recent articles, a pair of links to the previous
    and the next post, topic links under short labels) is no part of it and goes;
    a listing's linked items before the story's text stay (more than a quarter of its text:
    a few such lines are a ribbon of other stories, see test_teasers)."""
    sections = "".join(
        f'<section class="part"><h2>Step {name}</h2><div>{prose(name, count)}</div></section>'
        for name, count in (("alpha", 4), ("beta", 2), ("gamma", 2))
    )
    index = "".join(f'<p><a href="/i/{i}">Index entry number {i}</a></p>' for i in range(30))
    pair = '<p><a href="/p">Previous post in the series</a></p><p><a href="/n">Next post</a></p>'
    recent = "".join(f'<li><a href="/r/{i}">Recent story number {i}</a></li>' for i in range(5))
    thanks = "<p>Thank you for reading.</p>"
    topics = "".join(
        f'<div>{label}</div><p><a href="/t/{label}">Topic of {label}</a></p>'
        for label in ("Theme", "Genre", "Epoch")
    )
    html = page(f"<main>{index}{sections}{pair}{thanks}{topics}{thanks}<ul>{recent}</ul></main>")
    text = text_of(html)
    assert all(f"{name} 1" in text for name in ("alpha", "beta", "gamma"))
    assert "Index entry number 29" in text
    assert "Recent story number" not in text
    assert "Previous post" not in text
    assert "Topic of" not in text
    assert "Genre" not in text


def test_a_story_whose_region_adds_only_link_lists_stands_alone() -> None:
    """A story in <main> outweighed by its region only through the site's list of links after
    it (dropped with the region's link runs) is given as a story standing alone: the "read
    also" links inside its own container go too, as in any story, while its text stays."""
    story = (
        f'<div class="story">{prose("story", 3)}'
        '<ul><li><a href="/a">Read also: the bridge</a></li>'
        '<li><a href="/b">Read also: the buses</a></li></ul>'
        f"{prose('more', 2)}</div>"
    )
    index = "".join(f'<p><a href="/i/{i}">Index entry number {i}</a></p>' for i in range(24))
    text = text_of(page(f"<main>{story}{index}</main>"))
    assert all(f"{label} 1" in text for label in ("story", "more"))
    assert "Index entry" not in text
    assert "Read also" not in text


def _mega_menu(columns: int) -> str:
    """A site's mega-menu in plain <div>s: columns of links, each under a short heading."""
    return "".join(
        f'<div class="col"><h3>Column {c}</h3>'
        + "".join(f'<div><a href="/c{c}/{i}">Product line {c}-{i}</a></div>' for i in range(12))
        + "</div>"
        for c in range(columns)
    )


def test_a_widened_page_without_main_drops_a_mega_menu_with_headings_above_it() -> None:
    """On a page without <main> widened to its body, a menu in plain <div>s of link columns
    under short headings above the choice is dropped, headings and all; the page's own
    sections below stay."""
    cards = "".join(
        f'<div class="card"><h3><a href="/s{i}">Service {i}</a></h3><p>We plan, build and run '
        f"your project number {i}, on time and on budget.</p></div>"
        for i in range(5)
    )
    html = page(
        f'<div class="top">{_mega_menu(3)}</div><h1>Our services</h1>'
        f'<div class="intro">{prose("intro", 2)}</div><div class="cards">{cards}</div>'
    )
    text = text_of(html)
    assert "intro 1" in text
    assert all(f"project number {i}" in text for i in range(5))
    assert "Column 1" not in text
    assert "Product line 2-3" not in text


def test_a_story_outweighed_only_by_a_menu_of_links_stands_alone() -> None:
    """On a page without <main>, a story of several paragraphs beside a site menu of links
    far longer than itself is the body alone: the menu is links, not another section."""
    html = page(
        f'<div class="story"><h1>The budget</h1>{prose("story", 4)}</div>'
        f'<div class="band">{_mega_menu(12)}</div>'
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Product line" not in text
    assert "Column" not in text


def test_a_story_beside_sections_of_text_is_still_widened() -> None:
    """A story of several paragraphs on a page without <main>, beside more sections of text
    of its own that outweigh it, is one section of a sectioned page: the sections join it."""
    sections = "".join(
        f'<div class="part"><h2>Part {name}</h2>{prose(name, 4)}</div>'
        for name in ("beta", "gamma", "delta", "epsilon")
    )
    html = page(f'<div class="story">{prose("alpha", 4)}</div>{sections}')
    text = text_of(html)
    assert all(f"{name} 3" in text for name in ("alpha", "beta", "gamma", "delta", "epsilon"))


def test_a_story_set_in_divs_ends_before_the_teaser_grid_after_it() -> None:
    """A story whose paragraphs are <div>s (no <p> of prose), widened to its <main>, ends
    before the grid of teasers after it (a topic label and a linked title each); an intro of
    one <div> of prose over the same cards is a listing's, and keeps them."""
    cards = "".join(
        f'<div class="teaser"><div class="topic">Topic {i}</div><h2 class="teaser-title">'
        f'<a href="/news/{i}">Another story about the research team number {i}</a></h2></div>'
        for i in range(10)
    )
    for count, kept in ((4, False), (1, True)):
        story = "".join(f'<div class="text">Part {i}: {SENTENCE}</div>' for i in range(count))
        html = page(
            f'<main><h1>Internet of things</h1><div class="wrap"><div class="body">{story}</div>'
            f'</div><div class="grid">{cards}</div></main>'
        )
        text = text_of(html)
        assert f"Part {count - 1}:" in text
        assert ("Another story about the research team number 9" in text) is kept
