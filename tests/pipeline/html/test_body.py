"""The story's paragraphs: link lists and furniture lines dropped, the retry without name rules."""

from __future__ import annotations

from newswire.pipeline.html import extract_html
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def test_a_short_result_is_retried_without_class_name_rules() -> None:
    """When the class-name rules leave almost nothing (a paywalled teaser inside a "module"),
    the extraction is retried without them and the longer result wins."""
    html = page(
        '<div class="module"><div class="snippet">' + prose("teaser", 3) + "</div></div>"
        "<p>Short footer line.</p>"
    )
    assert "teaser 2" in text_of(html)


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


def test_a_short_brief_is_not_swapped_for_its_comment_section() -> None:
    """A news brief of a few hundred characters stays the body: the retry without class-name
    rules (which would let a longer comment section win) is only for near-empty results."""
    brief = (
        "<article><p>The council approved the budget on Tuesday, after a debate of six hours, "
        "with seven votes to five. The new bus lines start in May, the bridge repairs in June, "
        "and the mayor said the city would publish the full plan online next week, with a "
        "summary in every library.</p></article>"
    )
    comments = '<div class="comments">' + prose("comment", 6) + "</div>"
    text = text_of(page(brief + comments))
    assert text.startswith("The council approved the budget")
    assert "comment 0" not in text


def test_a_script_built_page_gives_its_noscript_text() -> None:
    """A page that shows its text only without JavaScript (a forum thread inside <noscript>)
    gives that text; a bare "enable JavaScript" notice in <noscript> gives nothing."""
    thread = page(
        '<div id="app"></div><noscript><div role="main">' + prose("post", 3) + "</div></noscript>"
    )
    assert "post 2" in text_of(thread)
    notice = page(
        '<div id="app"></div><noscript>You need to enable JavaScript to run this app.</noscript>'
    )
    assert text_of(notice) == ""


def test_a_page_that_sends_its_content_hidden_gives_that_content() -> None:
    """A page whose visible frame is empty and whose content waits hidden for a script to move
    it into place (a shop's listing streamed as display:none segments) gives the hidden
    content; a page with a visible story still leaves its hidden menus out."""
    streamed = page(
        '<div class="main-content"><script>move()</script></div>'
        '<div id="seg1" style="display:none"><ul>'
        + "".join(
            f"<li>Item {i}: a vintage art print, brand new, free shipping</li>" for i in range(8)
        )
        + "</ul></div>"
    )
    assert "Item 7" in text_of(streamed)
    story = page(
        "<article>" + prose("story", 4) + "</article>"
        '<div style="display:none">' + prose("menu", 2) + "</div>"
    )
    text = text_of(story)
    assert "story 3" in text
    assert "menu 0" not in text


def test_a_body_without_text_gives_the_excerpt_in_its_description() -> None:
    """A page built by scripts, whose body has no text, gives the excerpt of its text that its
    head carries (a long og:description); a site's short tagline is not taken for one."""
    post = "I am new to astronomy and would like advice on my first telescope, please. " * 6
    thread = page(
        '<div id="app"></div>',
        head=f'<meta name="description" content="Short."><meta property="og:description" '
        f'content="{post}">',
    )
    assert text_of(thread).startswith("I am new to astronomy")
    tagline = page('<div id="app"></div>', head='<meta name="description" content="Shop now.">')
    assert text_of(tagline) == ""


def test_panels_opened_by_a_click_are_kept_and_hidden_menus_are_not() -> None:
    """The hidden tabs of a tabbed box and an FAQ's accordion answers (hidden until the
    reader clicks) are the page's content; a hidden menu or modal is not."""
    html = page(
        "<main>"
        + prose("guide", 3)
        + '<div role="tablist"><button id="t1">Python</button><button id="t2">Go</button></div>'
        '<div role="tabpanel" aria-labelledby="t1"><p>Install the client with pip, then call '
        "connect, with the host, the port and a timeout.</p></div>"
        '<div role="tabpanel" aria-labelledby="t2" hidden><p>Install the client with go get, '
        "then call Dial, with the host, the port and a timeout.</p></div>"
        "<h3>Is it free?</h3>"
        '<div class="accordion-body" style="display: none"><p>Yes, for personal use, with '
        "no limit, and for companies, up to ten seats.</p></div>"
        "</main>"
        '<div class="modal" hidden><p>Sign up to our newsletter, today, for offers.</p></div>'
        '<div style="display:none"><p>Menu of the site, with links, and more links.</p></div>'
    )
    text = text_of(html)
    assert "go get" in text
    assert "Yes, for personal use" in text
    assert "newsletter" not in text
    assert "Menu of the site" not in text


def test_a_data_table_in_a_figure_is_kept_and_a_photo_is_not() -> None:
    """A story's table wrapped in a <figure> by a block editor (a ranking) is part of the
    story; a photo's figure and its caption are not."""
    rows = "".join(
        f"<tr><td>{rank}</td><td>Insurer {rank} Group</td><td>{rank * 7},000</td></tr>"
        for rank in range(1, 9)
    )
    html = page(
        "<article>"
        + prose("story", 4)
        + f'<figure class="wp-block-table"><table><tbody>{rows}</tbody></table>'
        "<figcaption>Source: the regulator.</figcaption></figure>"
        '<figure><img src="a.jpg"><figcaption>The insurer, photographed in May.</figcaption>'
        "</figure></article>"
    )
    text = text_of(html)
    assert "Insurer 8 Group" in text
    assert "photographed" not in text
    assert "Source: the regulator" not in text


def test_a_hero_header_inside_main_is_kept_but_not_an_articles_header() -> None:
    """A <header> inside <main> that heads a section of a service page (its hero) is content;
    the site's masthead outside <main> and a story's own header in its <article> (share
    tools, alerts) are not."""
    hero = (
        "<header><h2>Data to insights</h2><p>We turn your company's data, however scattered, "
        "into decisions, with analytics, engineering and training for your teams.</p></header>"
    )
    html = page(
        "<header><p>Acme Corp, the site masthead, with menus, and more menus, and links.</p>"
        "</header><main>" + f"<section>{hero}{prose('service', 2)}</section>"
        "<article><header><p>Email this article, print it, or share it, with your friends, "
        "and colleagues.</p></header>" + prose("story", 3) + "</article></main>"
    )
    text = text_of(html)
    assert "We turn your company" in text
    assert "masthead" not in text
    assert "Email this article" not in text


def _with_strip(content: str, strip: str) -> str:
    """A page whose main region holds ``content`` and, inside the same anonymous container
    after it, another anonymous container holding ``strip`` (a heading and what it heads)."""
    return page(f'<main><div class="x1">{content}<div class="x2">{strip}</div></div></main>')


def test_a_strip_of_recommended_products_is_dropped() -> None:
    """A product page's strip under "People who viewed this item also viewed" (in a container
    with an anonymous name, inside the description's) goes; the product's description stays."""
    cards = "".join(
        f"<div><p>Floral tie neck blouse, size {size}, very good condition, green and white</p>"
        f"<p>$8.0{size} + $23.51 delivery</p></div>"
        for size in range(4)
    )
    html = _with_strip(
        prose("description", 8), f"<h2>People who viewed this item also viewed</h2>{cards}"
    )
    text = text_of(html)
    assert "description 7" in text
    assert "Floral tie neck" not in text


def test_a_strip_of_other_stories_under_a_plain_heading_is_dropped() -> None:
    """An article's strip of other stories under "Recent articles" (in an anonymous container
    inside the story's main region, each teaser with a sentence of its own) goes; the story
    stays."""
    teasers = "".join(
        f'<div><a href="/s{i}">Another story number {i}</a><p>A teaser sentence of that other '
        f"story, long enough to stand as a sentence, number {i}.</p></div>"
        for i in range(4)
    )
    html = _with_strip(prose("story", 8), f"<h3>Recent articles</h3>{teasers}")
    text = text_of(html)
    assert "story 7" in text
    assert "Another story number" not in text
    assert "teaser sentence" not in text


def test_an_author_bio_under_its_own_heading_is_dropped() -> None:
    """An article's "About the author" box (a heading and a bio of full sentences, in an
    anonymous container after the story) is not the story: it goes, the story stays."""
    bio = (
        "<p>Jane Doe is the executive editor of the health letter, and she also writes for "
        "the heart letter, the women's letter and the men's letter, from Boston.</p>"
    )
    html = _with_strip(prose("story", 8), f"<h2>About the Author</h2>{bio}")
    text = text_of(html)
    assert "story 7" in text
    assert "executive editor" not in text


def test_a_page_wrapped_in_an_aside_keeps_its_main_content() -> None:
    """An <aside> (or header, footer, nav) that wraps the page's <main> is a layout wrapper,
    not chrome: the story inside is kept; an ordinary aside is still dropped."""
    html = page(
        '<aside class="banner"><main>' + prose("story", 4) + "</main></aside>"
        "<aside><p>Related: another story, with commas, and more commas, and words.</p></aside>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Related" not in text


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


def test_a_streamed_react_segment_is_read() -> None:
    """React's streamed rendering sends the story in <div hidden id="S:0"> for a script to move
    into place: it is the page's text; a hidden menu beside it stays out."""
    html = page(
        '<div hidden class="menu"><p>Menu entry one, two and three, and more.</p></div>'
        '<div hidden id="S:0"><article><h1>Title</h1>' + prose("story", 4) + "</article></div>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Menu entry" not in text


def test_a_page_hidden_until_its_scripts_load_is_read() -> None:
    """A whole page hidden by style until its scripts run (headline and story inside) is read;
    a hidden modal of a paragraph or two is not."""
    html = page(
        '<div style="visibility:hidden"><h1>Headline</h1><div>' + prose("story", 6) + "</div></div>"
        '<div style="display:none"><h2>Sign up</h2>' + prose("modal", 2) + "</div>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "modal 1" not in text


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


def test_a_header_holding_the_story_is_not_the_masthead() -> None:
    """Site builders use <header> for any section: one holding the story's paragraphs is read;
    a masthead with a line or two is not."""
    html = page(
        "<header><p>Site name and a slogan, for all.</p></header>"
        '<main><header class="section_content">' + prose("story", 6) + "</header></main>"
    )
    text = text_of(html)
    assert "story 5" in text
    assert "slogan" not in text


def test_a_listing_of_article_cards_keeps_each_cards_header() -> None:
    """A topic page's river of <article> cards, each with its headline and teaser inside a
    <header>, gives the teasers: a card's header is the item, not a story's byline box."""
    cards = "".join(
        f'<article class="river"><header><h2><a href="/s{i}">Headline number {i}</a></h2>'
        f"<p>The teaser of story number {i} says what happened, to whom, and where it went "
        f"on from there, in one long sentence.</p></header></article>"
        for i in range(5)
    )
    text = text_of(page(f"<main><section><h1>Headphones</h1>{cards}</section></main>"))
    assert all(f"teaser of story number {i}" in text for i in range(5))


def test_a_second_copy_of_the_content_is_dropped_and_short_repeats_stay() -> None:
    """A page that carries its story twice (a desktop layout and a mobile one hidden by a
    stylesheet class) gives the story once; a short line said again (a spec line under each
    model, a tenth of the text or less) stays where the page repeats it."""
    copy = prose("story", 4)
    doubled = page(f'<main><div class="desktop">{copy}</div><div class="hide">{copy}</div></main>')
    paragraphs = extract_html(doubled).paragraphs
    assert paragraphs.count(paragraphs[0]) == 1
    assert "story 3" in paragraphs[-1]
    spec = "<p>Battery: 4,000 mAh, charges in an hour.</p>"
    models = page(
        "<main>"
        + "".join(f"<h2>Model {n}</h2>{prose(f'model{n}', 2)}{spec}" for n in range(3))
        + "</main>"
    )
    assert extract_html(models).paragraphs.count("Battery: 4,000 mAh, charges in an hour.") == 3


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


def test_a_strip_whose_heading_sits_in_its_own_wrapper_is_dropped() -> None:
    """A shop's carousel heading ("People who viewed this item also viewed") often sits in a
    title wrapper of its own beside the cards: the strip dropped is the heading's nearest
    container holding more than the heading, so its cards go too; the product stays."""
    cards = "".join(
        f'<div class="card"><h3>Other seller item {i}, size 10</h3><div>$8.03</div></div>'
        for i in range(5)
    )
    html = page(
        '<main><div class="description">'
        + prose("product", 6)
        + '<section class="carousel"><div class="title"><h2>People who viewed this item '
        f'also viewed</h2></div><div class="cards">{cards}</div></section></div></main>'
    )
    text = text_of(html)
    assert "product 5" in text
    assert "Other seller item" not in text


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


def test_a_section_in_a_numbered_layout_slot_is_kept() -> None:
    """A guide whose sections each sit in a numbered layout slot (``id="module-6"``, nothing
    else naming it) keeps its short sections of two paragraphs: the slot is one of a series,
    not a widget; a module that says what it holds ("promo-module") is still dropped."""
    html = page(
        "<main>"
        f'<div id="module-1"><section><h2>What it is</h2>{prose("first", 5)}</section></div>'
        f'<div id="module-2"><section><h2>How it works</h2>{prose("second", 2)}</section></div>'
        f'<div id="module-3"><section><h2>Its uses</h2>{prose("third", 2)}</section></div>'
        f'<div class="promo-module">{prose("promo", 2)}</div>'
        "</main>"
    )
    text = text_of(html)
    assert "first 4" in text
    assert "second 1" in text
    assert "third 1" in text
    assert "promo 0" not in text


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


def test_a_layout_wrapper_named_like_furniture_that_holds_the_story_is_walked() -> None:
    """A theme's wrapper named like furniture ("sticky-footer", "newsletter-post") around the
    page's headline and most of its paragraphs is the page's layout, not furniture: the story
    inside is given. A newsletter box beside a story is still dropped."""
    wrapped = page(
        '<div class="sticky-footer"><h1>The headline</h1>'
        f"<div>{prose('story', 10)}</div></div><div class='about'>{prose('about', 2)}</div>"
    )
    assert "story 9" in text_of(wrapped)
    boxed = page(
        f"<article><h1>The headline</h1>{prose('story', 6)}</article>"
        f'<div class="newsletter-signup">{prose("signup", 10)}</div>'
    )
    text = text_of(boxed)
    assert "story 5" in text
    assert "signup 0" not in text


def test_a_newsletter_issue_marked_up_as_an_article_is_walked() -> None:
    """A newsletter's issue published as a page (an <article> of ten paragraphs named
    "newsletter-content", its headline above it, a carousel of testimonials beside it with
    more paragraphs) is the page's story, not a newsletter box."""
    testimonials = "".join(f"<p>Reader {i} loves it.</p><p>Name {i}</p>" for i in range(20))
    issue = page(
        "<main><section><h1>The issue's headline</h1>"
        f'<div class="newsletter-wrapper"><article class="newsletter-content">'
        f"{prose('issue', 10)}</article></div></section>"
        f'<div class="testimonials">{testimonials}</div></main>'
    )
    assert "issue 9" in text_of(issue)


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


def test_a_run_of_link_lines_after_a_widened_story_is_dropped() -> None:
    """A guide in <main> widened to its region keeps the region's link lines, but a run of
    them after the story (the site's list of recent articles, a pair of links to the previous
    and the next post, topic links under short labels) is no part of it and goes;
    a listing's linked items before the story's text stay."""
    sections = "".join(
        f'<section class="part"><h2>Step {name}</h2><div>{prose(name, count)}</div></section>'
        for name, count in (("alpha", 4), ("beta", 2), ("gamma", 2))
    )
    index = "".join(f'<p><a href="/i/{i}">Index entry number {i}</a></p>' for i in range(3))
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
    assert "Index entry number 2" in text
    assert "Recent story number" not in text
    assert "Previous post" not in text
    assert "Topic of" not in text
    assert "Genre" not in text
