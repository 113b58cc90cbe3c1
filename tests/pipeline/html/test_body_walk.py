"""Body extraction: what the walk reads and skips (figures, headers, wrappers named like
furniture that hold the story; hidden elements: test_hidden.py)."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def test_a_section_named_for_the_table_of_contents_that_links_to_it_is_kept() -> None:
    """A table of contents' generator names the sections it links to ("toc_" anchors, a
    "toc-heading" class): a section an in-page link points at, or a heading, is the story's,
    while the table itself (a "toc" box no link points at) stays out."""
    html = page(
        "<main><article>"
        '<div id="toc-container"><a href="#toc_getting-started">Getting started</a> '
        '<a href="#toc_costs">Costs</a></div>'
        + prose("intro", 3)
        + '<div id="toc_section-one"><h2 id="toc_getting-started">Getting started</h2>'
        "<p>To get started, open an account with a broker, then fund it, and buy a fund "
        "that follows the whole market.</p></div>"
        '<h2 class="toc-heading-2">Costs</h2>' + prose("costs", 2) + "</article></main>"
    )
    text = text_of(html)
    assert "To get started" in text
    assert "Getting started" in text
    assert "Costs" in text.splitlines()


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


def test_a_quote_in_a_figure_is_kept_without_its_caption() -> None:
    """A quote wrapped in a <figure> (an expert's words in a roundup) is part of the story,
    its <figcaption> is not; a photo's figure beside it is dropped."""
    html = page(
        "<article>"
        + prose("story", 4)
        + "<figure><blockquote><p>Automation is not the enemy; the people who embrace it "
        "will do well.</p></blockquote><figcaption>An expert, at a firm.</figcaption></figure>"
        '<figure><img src="a.jpg"><figcaption>The expert, photographed in May.</figcaption>'
        "</figure></article>"
    )
    text = text_of(html)
    assert "Automation is not the enemy" in text
    assert "An expert, at a firm" not in text
    assert "photographed" not in text


def test_a_code_listing_in_a_figure_is_kept_and_a_diagram_is_not() -> None:
    """A code listing wrapped in a <figure> (a tutorial's numbered listing, a documentation
    generator's code frame) is part of the text; a diagram's figure beside it is dropped."""
    html = page(
        "<main><article>"
        + prose("guide", 4)
        + '<figure class="listing"><pre><code>fn main() {\n    let greeting = "hello";\n'
        "}</code></pre></figure>"
        '<figure><img src="a.png"><figcaption>The stack and the heap, drawn.</figcaption>'
        "</figure></article></main>"
    )
    text = text_of(html)
    assert 'let greeting = "hello";' in text
    assert "drawn" not in text


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


def test_a_cards_caption_inside_its_link_is_kept_and_a_photos_caption_is_not() -> None:
    """A grid of cards, each one link around an image and a text box named "caption" (a
    shop's category page), gives each card's name and price; a box named "caption" outside
    any link (a photo's caption beside the grid) is still dropped."""
    cards = "".join(
        f'<div class="item"><a href="/p{i}"><img src="p{i}.jpg"><div class="caption center">'
        f"<div>Laser projector model {i}</div><div>Price: ${i}99.00</div></div></a></div>"
        for i in range(5)
    )
    html = page(
        "<main><h1>Projectors</h1>"
        + prose("intro", 1)
        + cards
        + '<div class="caption">The showroom, photographed in May.</div></main>'
    )
    text = text_of(html)
    assert all(f"Laser projector model {i}" in text for i in range(5))
    assert "Price: $399.00" in text
    assert "photographed" not in text


def test_a_product_grid_named_after_its_pager_is_kept_and_a_pager_is_not() -> None:
    """A category's product grid inside a component named after its pager (a CSS module's
    "pagination_pagination__rI_ag") gives each card's name and price; a pager bar of page
    numbers, and one that also holds a jump menu of many links, are still dropped."""
    cards = "".join(
        f'<article class="card"><h3><a href="/p{i}">Seamless training shirt {i}</a></h3>'
        f"<p>slim fit, storm blue and stealth grey</p><p>Price: ${i}9.00</p></article>"
        for i in range(10)
    )
    jump_menu = "".join(f'<li><a href="/f{i}">Forum section number {i}</a></li>' for i in range(40))
    html = page(
        "<main><h1>T-shirts and tops</h1>"
        + prose("intro", 1)
        + f'<div class="pagination_pagination__rI_ag"><div class="grid">{cards}</div>'
        + '<a href="?page=2">2</a><a href="?page=3">3</a></div>'
        + '<div class="pagination">Page <a href="?page=2">2</a> <a href="?page=3">3</a></div>'
        + f'<div class="pagination_bottom"><ul>{jump_menu}</ul></div></main>'
    )
    text = text_of(html)
    assert all(f"Seamless training shirt {i}" in text for i in range(10))
    assert "Price: $39.00" in text
    assert "Forum section number" not in text
    assert "Page 2" not in text


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


def test_a_furniture_named_wrapper_of_all_the_pages_prose_is_walked_without_the_headline() -> None:
    """A wrapper named like furniture ("page-footer") below the headline's band that holds
    the page's prose paragraphs (a guide's cards, a paragraph under each name) is the story;
    one that holds ten paragraphs of prose but not most of the page's (a box beside a story)
    is still dropped."""
    cards = "".join(
        f"<article><h3>Place {i}</h3>{prose(f'card{i}', 1)}</article>" for i in range(12)
    )
    intro = "".join(f"<p>Short line {i} of the guide's introduction.</p>" for i in range(8))
    guide = page(
        f"<div class='band'><h1>The guide</h1><div>{intro}</div></div>"
        f'<div class="page-footer">{cards}</div>'
    )
    text = text_of(guide)
    assert "card0 0" in text
    assert "card11 0" in text
    boxed = page(
        f"<div><h1>The headline</h1></div><article>{prose('story', 8)}</article>"
        f'<div class="page-footer">{prose("box", 10)}</div>'
    )
    text = text_of(boxed)
    assert "story 7" in text
    assert "box 0" not in text


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


def test_an_accordions_question_button_is_kept_and_other_buttons_are_not() -> None:
    """An FAQ whose questions are the buttons that open their answers keeps each question
    with its answer; a control's button ("Add to cart", a short "Why?") gives no text."""
    html = page(
        "<main>"
        + prose("guide", 3)
        + '<div class="accordion-item"><h3><button class="accordion-button" type="button">'
        "How long does delivery take to reach me?</button></h3>"
        '<div class="accordion-body"><p>Orders leave the warehouse within two days and '
        "arrive within a week, anywhere in the country.</p></div></div>"
        '<button type="button">Add to cart and check out now</button>'
        '<button type="button">Why?</button>'
        "</main>"
    )
    text = text_of(html)
    assert "How long does delivery take to reach me?" in text
    assert "Orders leave the warehouse" in text
    assert "Add to cart" not in text
    assert "Why?" not in text


def test_component_names_stand_in_for_class_names_that_say_nothing() -> None:
    """Where class and id are build hashes, a box named by its component name (data-testid,
    data-component) or its label (aria-label) as related links, a share bar or an advertisement is
    skipped; where the class names the
    element, its class has the last word."""
    html = page(
        '<main><div class="css-1k075w5">'
        + prose("story", 3)
        + '<div class="css-9x2ab7q" data-testid="related-links"><p>Read this other story, '
        "about the weather, and the roads, and the trains.</p></div>"
        '<div class="sc-bdfBwQ" data-component="share-bar"><p>Share this story with your '
        "friends, your family, and your colleagues.</p></div>"
        '<div class="css-77qq1" aria-label="Advertisement"><p>Buy the new phone today, '
        "with free delivery, and pay for it later.</p></div>"
        '<div class="story-text" data-testid="related-links"><p>The mayor, asked about it, '
        "said the council would decide by the spring.</p></div>"
        "</div></main>"
    )
    text = text_of(html)
    assert "other story" not in text
    assert "Share this story" not in text
    assert "Buy the new phone" not in text
    assert "The mayor" in text


def test_each_judged_attribute_drops_an_element_that_has_no_other() -> None:
    """An element judged by one attribute alone, without a class or an id beside it (a
    component name, a label, a role, a hiding style, a counter's itemprop), is skipped as it
    is with other attributes; one whose attributes judge nothing (a link's href, a cell's
    span) is read."""
    html = page(
        "<main><div>"
        + prose("story", 3)
        + '<div data-testid="related-links"><p>Read this other story, about the weather, '
        "and the roads, and the trains.</p></div>"
        '<div aria-label="Advertisement"><p>Buy the new phone today, with free delivery, '
        "and pay for it later.</p></div>"
        '<div role="navigation"><p>Home, News, Sport, Weather, Culture.</p></div>'
        '<div style="display:none"><p>Sign in to keep reading, it is free.</p></div>'
        '<p data-x="1">The mayor, asked about it, said the <a href="/council">council</a> '
        "would decide by the spring, after the vote.</p>"
        "</div></main>"
    )
    text = text_of(html)
    assert "other story" not in text
    assert "Buy the new phone" not in text
    assert "Home, News" not in text
    assert "Sign in" not in text
    assert "The mayor" in text


def test_a_module_named_section_of_a_pages_main_is_kept() -> None:
    """A landing page whose <main> is built of sections its CMS names by the slot's kind
    ("hero module", "dnd-module") keeps each short section; a module of links in that <main>
    (quick links) and a widget outside it (a sidebar's) are still dropped."""
    html = page(
        "<main>"
        f'<section class="p23hero module"><h1>Email marketing</h1>{prose("hero", 2)}</section>'
        f'<section class="grid module"><h2>Templates</h2>{prose("grid", 2)}</section>'
        f'<div class="widget-span dnd-module"><h2>Why us</h2>{prose("why", 2)}</div>'
        '<div class="widget quick-links"><h2>Quick links</h2><ul>'
        + "".join(f'<li><a href="/f{i}">Permit application form {i}</a></li>' for i in range(6))
        + "</ul></div></main>"
        f'<div class="widget"><h2>Archives</h2>{prose("sidebar", 2)}</div>'
    )
    text = text_of(html)
    assert all(f"{label} 1" in text for label in ("hero", "grid", "why"))
    assert "Permit application form" not in text
    assert "sidebar 0" not in text


def test_a_module_beside_a_declared_story_is_dropped() -> None:
    """On a page whose head declares one story, a short module in its <main> beside the
    story is a widget (an offer box), not a section of a landing page."""
    body = (
        f"<main><article><h1>The headline</h1>{prose('story', 6)}</article>"
        f'<div class="module"><h2>Our offer</h2>{prose("box", 2)}</div></main>'
    )
    text = text_of(page(body, '<meta property="og:type" content="article">'))
    assert "story 5" in text
    assert "box 1" not in text


def test_a_banner_with_a_heading_and_its_own_text_is_kept() -> None:
    """A landing page's hero named "banner" (a heading over a few sentences) is kept; a banner
    with no heading (a promotion line) or one mostly of links (a "shop now" strip) is
    dropped."""
    shop = "".join(f'<a href="/s{i}">Shop the new spring collection {i} now</a>' for i in range(4))
    html = page(
        f'<section class="hero-banner"><h1>Pest control</h1>{prose("hero", 2)}</section>'
        f"<div><h2>Our services</h2>{prose('body', 4)}</div>"
        f'<div class="promo-banner">{prose("promo", 2)}</div>'
        f'<div class="banner-strip"><h2>Sale</h2>{shop}</div>'
    )
    text = text_of(html)
    assert "hero 1" in text
    assert "body 3" in text
    assert "promo 0" not in text
    assert "spring collection" not in text


def test_a_module_section_of_a_page_without_main_is_kept() -> None:
    """On a page with no <main> landmark, a widget-named section of prose (a HubSpot page's
    "hs_cos_wrapper_widget" blocks) is one of the page's sections and is kept; beside a <main>
    the same widget outside it is still a sidebar's."""
    widget = f'<div class="hs_cos_wrapper_widget"><h2>Why us</h2>{prose("why", 2)}</div>'
    assert "why 1" in text_of(page(f"<div>{prose('intro', 2)}</div>{widget}"))
    assert "why 1" not in text_of(page(f"<main>{prose('story', 2)}</main>{widget}"))
