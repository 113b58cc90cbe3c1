"""Hidden elements (``hidden``): the panels a click opens (tabs, accordions, answers named by
their toggle), the page behind an open modal and a page its scripts reveal are read; hidden
menus, modals and copies are not."""

from __future__ import annotations

from newswire.pipeline.html import hidden
from newswire.pipeline.html.hidden import _HIDDEN_STYLE, _PANEL_PARTS, _PANEL_STEMS, _hiding_style
from tests.pipeline.html.pages import page, prose, text_of


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


def test_a_hidden_panel_named_by_its_toggles_aria_controls_is_kept() -> None:
    """An FAQ's answer hidden with aria-hidden under a class that says nothing, but named by
    its question's aria-controls, is the page's content; a hidden element no toggle names is
    not, nor is a hidden <nav> that the menu button names."""
    html = page(
        "<main>"
        + prose("guide", 3)
        + '<a href="#" aria-controls="answer-1 other" aria-expanded="false">How early?</a>'
        '<div class="acd-a-content" id="answer-1" aria-hidden="true"><p>Start saving early, '
        "even if small: time, with compound growth, does most of the work.</p></div>"
        '<div class="acd-a-content" id="answer-2" aria-hidden="true"><p>A stray panel, '
        "hidden, with nothing that opens it, and words of its own.</p></div>"
        '<button aria-controls="site-menu">Menu</button>'
        '<nav id="site-menu" hidden><p>Home, Products, Pricing, About us, Contact.</p></nav>'
        "</main>"
    )
    text = text_of(html)
    assert "Start saving early" in text
    assert "A stray panel" not in text
    assert "Pricing" not in text


def test_a_hidden_wrapper_of_a_panel_its_toggle_names_is_kept() -> None:
    """An accordion's collapse hidden by its style under a class that says nothing, around
    the panel that its header button names in aria-controls (with the style element a CSS-in-JS
    library puts first), is the page's content; a hidden wrapper of an element no toggle
    names is not."""
    html = page(
        "<main>" + prose("guide", 3) + '<button aria-expanded="false" '
        'aria-controls="accordion-panel-1" class="q81">Description</button>'
        '<div class="q02" style="overflow:hidden;display:none;opacity:0;height:0px">'
        '<style>.q03{padding:0}</style><div id="accordion-panel-1" role="region" class="q03">'
        "<p>A low fire pit of stainless steel that lights in seconds and burns with little "
        "smoke.</p></div></div>"
        '<div class="q02" style="display:none"><div id="cart-drawer" class="q04"><p>Your cart '
        "is empty, keep shopping for more.</p></div></div>"
        "</main>"
    )
    text = text_of(html)
    assert "A low fire pit" in text
    assert "Your cart" not in text


def test_a_hidden_panel_named_a_panel_by_its_data_attributes_is_kept() -> None:
    """A collapsible section's text, hidden under a class that says nothing but named a panel
    by its data attributes (a design system's "collapsible-section-text"), is the page's
    content; a hidden element whose data attributes name no panel is not."""
    html = page(
        "<main>" + prose("guide", 3) + "<h3>Weight</h3>"
        '<div class="css-1k075w5" hidden data-theme-key="collapsible-section-text"><p>The '
        "lightest pairs weigh under eight ounces, and the cushioned ones about ten.</p></div>"
        '<div class="css-9x2b1" hidden data-theme-key="site-drawer"><p>Home, Running, '
        "Shoes, Gear, Training, Nutrition and more.</p></div>"
        "</main>"
    )
    text = text_of(html)
    assert "lightest pairs" in text
    assert "Nutrition" not in text


def test_a_panel_named_in_camel_case_among_many_tokens_is_kept() -> None:
    """A hidden panel whose name is one camel-case part among a long data attribute's tokens
    ("productTab" after a blob of settings) is kept as a panel; a hidden element whose long
    data attribute holds a panel word only inside other words ("stable", "tablespoon") is
    not."""
    blob = " ".join(f"setting{index}=value{index}" for index in range(200))
    html = page(
        "<main>" + prose("guide", 3) + "<h3>Care</h3>"
        f'<div class="c-1" hidden data-config="{blob} productTab"><p>Wash the jacket cold, '
        "inside out, and hang it to dry away from the sun.</p></div>"
        f'<div class="c-2" hidden data-config="{blob} stable tablespoon"><p>Subscribe today, '
        "with a discount, for our members and their friends.</p></div>"
        "</main>"
    )
    text = text_of(html)
    assert "Wash the jacket cold" in text
    assert "Subscribe today" not in text


def test_every_panel_word_holds_one_of_the_stems_asked_first() -> None:
    """The stems that spare the split of a panel's names into parts are each held by some
    panel word, and every panel word holds one: a name with none of them names no panel."""
    assert all(any(stem in word for stem in _PANEL_STEMS) for word in _PANEL_PARTS)


def test_a_main_hidden_from_screen_readers_behind_a_modal_is_read() -> None:
    """A <main> (or a wrapper around it) that a script marks aria-hidden while a dialog is
    open is still what the reader sees; a closed modal with a <main> of its own inside, and
    aria-hidden copies outside the landmark (a carousel's cloned slide), stay out."""
    landmark = page(
        '<main aria-hidden="true"><h1>Clutch kit</h1>' + prose("item", 4) + "</main>"
        '<div role="dialog" aria-modal="true"><p>We use cookies to improve the site.</p></div>'
        '<div class="promo">' + prose("promo", 2) + "</div>"
    )
    assert "item 3" in text_of(landmark)
    wrapper = page(
        '<div id="page" aria-hidden="true"><main>' + prose("wrapped", 3) + "</main></div>"
    )
    assert "wrapped 2" in text_of(wrapper)
    modal = page(
        "<main>" + prose("story", 3) + "</main>"
        '<div class="modal" aria-hidden="true"><div role="dialog" aria-modal="true">'
        "<main><p>Advertisement: subscribe today and save on every issue of the year.</p>"
        "</main></div></div>"
        '<div aria-hidden="true"><p>Cloned slide: the same teaser again, for the carousel.</p>'
        "</div>"
    )
    text = text_of(modal)
    assert "story 2" in text
    assert "Advertisement" not in text
    assert "Cloned slide" not in text


def test_a_hidden_answer_just_after_its_question_is_kept() -> None:
    """An FAQ's answer hidden by a script that leaves no ARIA and no telling class, right after
    its question (a heading, a <summary>), is the page's content; a hidden element after a
    label that asks nothing (a menu's) is not."""
    html = page(
        "<main>" + prose("guide", 3) + "<h3>Can it be used outdoors as well?</h3>"
        '<div class="content" style="display: none;"><p>Yes: it is rated IP44, so rain and '
        "splashes on a terrace or a balcony do it no harm.</p></div>"
        '<details><summary>What does the plan cover?</summary><div class="c1" '
        'aria-hidden="true"><p>Accidents and illnesses, with wellness visits as an add-on '
        "for a few dollars a month.</p></div></details>"
        "<h3>Shop by room</h3>"
        '<div class="c2" style="display: none;"><p>Living room, Bedroom, Kitchen, Bathroom, '
        "Garden and Office.</p></div>"
        "</main>"
    )
    text = text_of(html)
    assert "rated IP44" in text
    assert "Accidents and illnesses" in text
    assert "Garden and Office" not in text


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


def test_a_main_landmarks_content_hidden_by_a_lock_app_is_read() -> None:
    """A shop's lock app hides the whole of <main>'s content in one wrapper (a product grid, no
    headline, no paragraphs) until its script lets the reader in: the grid is the page's text;
    its hidden notice and a hidden drawer of a few words beside shown content are not."""
    cards = "".join(
        f'<li class="card"><h3><a href="/p{i}">Dark roast coffee number {i}, whole bean, one '
        f'pound bag, fair trade and organic</a></h3><span class="price">${i}.99</span></li>'
        for i in range(20)
    )
    html = page(
        '<main><div class="lock-notice" style="display:none"><p>This page is locked, enter '
        'the password.</p></div><div class="lock-content" style="display:none"><ul>'
        + cards
        + "</ul></div></main>"
    )
    text = text_of(html)
    assert "coffee number 19" in text
    assert "$19.99" in text
    assert "password" not in text
    shown = page(
        "<main>"
        + prose("story", 6)
        + '<div style="display:none"><p>Your cart is empty, keep shopping for more.</p></div>'
        "</main>"
    )
    assert "cart is empty" not in text_of(shown)


def test_a_style_is_judged_as_the_pattern_judges_it_on_every_ask() -> None:
    """The cached judgement of a style string is the pattern's, the first time and after:
    any case and spacing, a style beyond ASCII, a style that names display without hiding."""
    styles = [
        "display:none",
        "DISPLAY : NONE",
        "color: red; visibility:hidden",
        "display: block",
        "width: 10px",
        "font-family: 'Ünïcode'; display:none",
        "content: '\u212a'; visibility: hidden",
        "",
    ]
    for _ in range(2):
        for style in styles:
            assert _hiding_style(style) is (_HIDDEN_STYLE.search(style) is not None)


def test_a_cards_teaser_hidden_from_screen_readers_as_its_second_link_is_read() -> None:
    """A listing card's teaser wrapped in a second link to the card's story, taken out of the
    screen reader's way and the tab order (aria-hidden with tabindex="-1"), is text a reader
    sees; a footnote's number hidden so, an overlay link spelling out the heading beside it,
    and a link hidden on its wrapper (a cloned slide) stay out."""
    cards = "".join(
        f'<article class="river"><h2><a href="/s{i}">Headline number {i} of the river</a></h2>'
        f'<p class="desc"><a href="/s{i}" aria-hidden="true" tabindex="-1">Teaser {i}: what '
        f"the story says, in a sentence, with its news.</a></p></article>"
        for i in range(4)
    )
    html = page(
        "<main><h1>Headphones</h1>" + cards + "<p>Battery life, noted on the box, "
        '<a href="#n1" aria-hidden="true" tabindex="-1">8</a> and tested.</p>'
        '<h3><a class="cover" href="/x" aria-hidden="true" tabindex="-1">Fresh ways to fry'
        "</a>Fresh ways to fry</h3>"
        '<div aria-hidden="true"><a href="/s0" tabindex="-1">Cloned slide: the teaser '
        "again, for the carousel.</a></div></main>"
    )
    text = text_of(html)
    assert "Teaser 3: what the story says" in text
    assert "box, 8" not in text
    assert "box, and tested" in text
    assert "Fresh ways to fryFresh" not in text
    assert "Cloned slide" not in text


def test_a_hidden_panel_keyed_like_its_shown_sibling_is_kept() -> None:
    """Sibling panels that tabs switch by a data attribute (data-catid 0 shown, 1 hidden)
    are each the page's content; a hidden box with no shown sibling keyed the same way (only
    hidden ones, or a shown one keyed by another attribute) is still dropped."""

    def panel(key: str, value: int, label: str, *, shown: bool) -> str:
        style = "display: block" if shown else "display: none"
        return f'<div {key}="{value}" style="{style}">{prose(label, 2)}</div>'

    tabs = panel("data-catid", 0, "feeders", shown=True) + panel(
        "data-catid", 1, "add-ons", shown=False
    )
    assert "add-ons 1" in text_of(page(f"<main><h1>Shop</h1>{tabs}</main>"))
    lone = panel("data-catid", 0, "shown", shown=True) + panel(
        "data-popup", 1, "popup", shown=False
    )
    both_hidden = panel("data-step", 0, "step a", shown=False) + panel(
        "data-step", 1, "step b", shown=False
    )
    text = text_of(page(f"<main><h1>Shop</h1>{lone}{both_hidden}</main>"))
    assert "popup 1" not in text
    assert "step b 1" not in text


def test_a_hidden_panel_beside_its_collapsed_toggle_is_kept() -> None:
    """Text hidden beside a button that says it is collapsed (aria-expanded="false", no
    aria-controls), itself or alone in a wrapper (a description's "Read more"), is the page's
    content; a hidden list of links beside its menu button, a hidden element beside a button
    that says nothing or names another panel, and one beside a wrapper holding more than the
    button are not."""
    more = '<a role="button" aria-expanded="false" href="#">Read more</a>'
    html = page(
        "<main>"
        + prose("guide", 3)
        + '<div class="x1" style="display:none"><p>The author writes on habits and on '
        "decisions, and has taught thousands of readers.</p></div>"
        f'<div class="row">{more}</div>'
        '<button aria-expanded="false">Menu</button>'
        '<div class="x2" style="display:none"><a href="/a">Home and garden</a> '
        '<a href="/b">Kitchen and dining</a></div>'
        '<button>Open</button><div class="x3" style="display:none"><p>Words beside a '
        "button that says nothing of a panel.</p></div>"
        '<button aria-expanded="false" aria-controls="p9">More</button>'
        '<div class="x4" style="display:none"><p>Words beside a button that names another '
        "panel of the page.</p></div>"
        '<div class="x5" style="display:none"><p>Words beside a wrapper that says more than '
        f"its button does.</p></div><div>Also see {more}</div>"
        "</main>"
    )
    text = text_of(html)
    assert "habits and on decisions" in text
    assert "Kitchen and dining" not in text
    assert "says nothing of a panel" not in text
    assert "names another panel" not in text
    assert "says more than its button" not in text


def test_a_hidden_panel_beside_its_collapsed_toggle_link_is_kept() -> None:
    """A link that says it is collapsed (aria-expanded="false" on an <a>, a script's
    disclosure: "Methodology: How the Calculator Works") toggles the hidden section beside it
    as a button would: the section is the page's content; a hidden list of links beside such a
    link (a menu's submenu) and text beside a plain link stay out."""
    toggle = '<a href="javascript:void(0);" aria-expanded="false">Methodology</a>'
    html = page(
        "<main>" + prose("guide", 3) + f"<div>{toggle}</div>"
        '<div aria-hidden="true"><p>The calculator assumes two stages of wealth '
        "management: accumulation and distribution.</p></div>"
        '<a href="/shop" aria-expanded="false">Shop</a>'
        '<div style="display:none"><a href="/a">Home and garden</a> '
        '<a href="/b">Kitchen and dining</a></div>'
        '<a href="/more">More</a><div style="display:none"><p>Words beside a link that says '
        "nothing of a panel.</p></div>"
        "</main>"
    )
    text = text_of(html)
    assert "two stages of wealth" in text
    assert "Kitchen and dining" not in text
    assert "says nothing of a panel" not in text


def test_the_hiding_style_cache_stays_bounded_and_answers_the_same_once_emptied() -> None:
    """Each new inline style is judged once and kept; the kept answers are emptied when they
    reach the cache's size, and a style judged again gets the answer it got before."""
    styles = ("display:none", "width: 50%", "visibility : hidden", "color:red")
    before = [_hiding_style(style) for style in styles]
    for number in range(hidden._HIDING_STYLES_MAX + 10):
        _hiding_style(f"margin-top: {number}px")
    assert len(hidden._hiding_styles) <= hidden._HIDING_STYLES_MAX
    assert [_hiding_style(style) for style in styles] == before == [True, False, True, False]
