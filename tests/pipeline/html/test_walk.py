"""The walk: what it keeps and skips."""

from __future__ import annotations

import sys

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.walk import Block, walk


def _texts(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=True)[0]]


def test_fields_of_a_row_of_elements_are_words_apart() -> None:
    """Inline elements side by side without a space (a styled row of fields: a year and a
    length, a price and its list price, filter names with counts) give their words apart."""
    assert _texts("<div><span>2026</span><span>1h 54m</span></div>") == ["2026 1h 54m"]
    assert _texts("<div><span>$139.95</span><s>$170</s></div>") == ["$139.95 $170"]
    assert _texts("<div><a>Aries (38)</a><a>Cambo (38)</a></div>") == ["Aries (38) Cambo (38)"]


def test_a_spec_rows_value_element_after_its_label_is_a_word_apart() -> None:
    """A spec row's value in an element named for it ("details_value") right after its
    label of several words ("Number of Pages") gives the two apart; the same element without
    that name, after text of several words ending in a letter, stays glued (a run split
    mid-word)."""
    row = '<div><span class="spec_name">Number of Pages</span><span class="spec_value">240</span></div>'
    assert _texts(row) == ["Number of Pages 240"]
    assert _texts('<div><span>Number of Pa</span><span class="run">ges</span></div>') == [
        "Number of Pages"
    ]
    # A comment after the label is no element, and no value.
    assert _texts("<div><span>Number of Pages</span><!-- a comment --></div>") == [
        "Number of Pages"
    ]


def test_a_sentence_split_into_runs_keeps_its_words_whole() -> None:
    """A sentence cut into <span> runs mid-word (a word processor's markup), a first letter
    styled alone and inline markup after text stay glued where the page glues them."""
    assert _texts("<p><span>a suite of digital tools includin</span><span>g CRM</span></p>") == [
        "a suite of digital tools including CRM"
    ]
    assert _texts("<p><span>C</span><span>orn Pops</span></p>") == ["Corn Pops"]
    assert _texts("<p>Wo<b>rd</b> and x<sup>2</sup></p>") == ["Word and x2"]


def test_an_element_first_in_its_block_starts_no_word() -> None:
    """An inline element first in its block (nothing before it) or after a text node adds no
    space: the walk never starts a block with one."""
    assert _texts("<div><span>One</span></div><div>two<span>three</span></div>") == [
        "One",
        "twothree",
    ]


def test_the_markups_white_space_before_a_blocks_text_gives_nothing() -> None:
    """Line breaks and indents between elements, cells before any text and code's leading
    blank lines give no block and no leading space; white space after text still parts words."""
    assert _texts("<div>\n  <div>\n\t<span>One</span>\n  <b>two</b>\n</div>\n \n</div>") == [
        "One two"
    ]
    assert _texts(
        "<table>\n<tr>\n <td> </td><td>\n</td><td>Cell</td><td>next</td></tr></table>"
    ) == ["Cell next"]
    assert _texts("<pre>\n   <span>\n  x = 1\n    y</span>\n</pre>") == ["x = 1\ny"]
    assert _texts("<p>\u2028 <a>\n</a>\xa0</p><p> </p>") == []


def _texts_of_any_name(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=False)[0]]


def test_a_cookie_consent_banner_is_dropped_even_when_names_are_not_read() -> None:
    """A modal consent dialog, a box pinned over the page and an element named for consent,
    each about cookies, are never the page's text, even on the walk that ignores names; a
    pinned box or a dialog that is not about cookies, or that holds the headline, stays."""
    page = (
        "<body><p>Item one, in stock.</p>"
        "<div role=alertdialog aria-modal=true><p>We use cookies. Accept all?</p></div>"
        "<div class='pointer-events-auto fixed bottom-6'><p>This site uses cookies.</p></div>"
        "<div style='position: fixed; top: 0'><p>Our cookie policy applies.</p></div>"
        "<div id=gdpr-banner><p>Cookies help us. OK?</p></div>"
        "<div class=fixed><p>Free shipping over $50.</p></div>"
        "<div aria-modal=true><h1>The page</h1><p>A cookie recipe.</p></div>"
        "</body>"
    )
    assert _texts_of_any_name(page) == [
        "Item one, in stock.",
        "Free shipping over $50.",
        "The page",
        "A cookie recipe.",
    ]


def test_a_long_pinned_frame_about_cookies_is_a_page_not_a_banner() -> None:
    """A page laid out in a fixed frame mentions cookies in its footer: the frame is walked."""
    story = "<p>" + "A long paragraph of the story. " * 60 + "</p>"
    page = f"<body><div class=fixed>{story}<p>Cookie settings</p></div></body>"
    assert _texts_of_any_name(page)[-1] == "Cookie settings"


def test_a_short_bar_pinned_over_the_page_is_dropped_where_names_are_read() -> None:
    """A short box pinned over the page (Tailwind's "fixed", position: fixed) is the site's
    app bar or sign-in strip, not its text, on the walk that reads names; one that holds the
    headline stays."""
    page = (
        "<body><div class='top-0 left-0 fixed z-10'><a href=/app>Get the app</a> Log In</div>"
        "<div style='position: fixed; bottom: 0'><p>Chat with us now</p></div>"
        "<div class='fixed inset-0'><h1>The page</h1></div><p>Item one, in stock.</p></body>"
    )
    assert _texts(page) == ["The page", "Item one, in stock."]


def test_a_count_marked_up_as_microdata_is_dropped() -> None:
    """An element whose schema.org property is a count (a Q&A site's vote count, a thread's
    answer count) is skipped; the post beside it and other properties are walked."""
    html = (
        "<body><div itemprop='upvoteCount' class='js-vote-count'>67</div>"
        "<div itemprop='text'><p>Press Alt+D, then Tab twice.</p></div>"
        "<span itemprop='answerCount'>3</span><span itemprop='name'>Pup</span></body>"
    )
    assert _texts(html) == ["Press Alt+D, then Tab twice.", "Pup"]


def test_a_walk_knows_whether_any_element_may_be_judged_hidden() -> None:
    """``Tree.hides`` says whether the walk judged an element that is marked hidden (the
    ``hidden`` attribute, aria-hidden, a hiding style), inside a header too; a page without one
    is walked into hidden elements as it is walked without (the retry is spared)."""
    plain = "<body><div class=a><p style='color:red'>Text</p><span aria-hidden=false>x</span></div>"
    for marked in (
        "<div hidden>x</div>",
        "<span aria-hidden=true class=icon>x</span>",
        "<div style='display: none'>x</div>",
        "<main><header style='visibility:hidden'>x</header></main>",
    ):
        for html in (plain, plain + marked):
            tree = LexborHTMLParser(html)
            assert tree.body is not None
            walked = walk(tree.body, by_name=True)[1]
            assert walked.hides is (html != plain), html
            assert walk(tree.body, by_name=False)[1].hides is (html != plain)


def test_a_short_form_of_controls_is_skipped_and_a_form_of_text_is_walked() -> None:
    """A short form holding a control a reader sees (a newsletter box) gives no text; a form
    whose only inputs are hidden (a post sent back with its id) and a long form (a thread's
    posts inside its moderation form) are walked."""
    newsletter = "<form><p>Get our weekly alerts.</p><input type=email></form><p>Story</p>"
    assert _texts(newsletter) == ["Story"]
    post = "<form><input type=hidden name=id><p>A reply to the post.</p></form>"
    assert _texts(post) == ["A reply to the post."]
    thread = f"<form><div>{'A long post. ' * 60}</div><select></select></form>"
    assert _texts(thread) == [("A long post. " * 60).strip()]


def test_a_product_pages_buy_form_is_skipped_whatever_its_length() -> None:
    """On a page that says it is one product's, the buy box's form (options, an add-on's long
    description) gives no text, unless it holds five paragraphs or more (a form wrapping the
    page)."""
    addon = "A safety kit with paracord, a compass and duct tape for your trip. " * 6
    page = f"<form><h2>Add Safety Kit</h2><div><p>{addon}</p></div></form><p>Description</p>"
    tree = LexborHTMLParser(page)
    assert tree.body is not None
    blocks = walk(tree.body, by_name=True, product=True)[0]
    assert [block.text for block in blocks] == ["Description"]
    assert _texts(page) == ["Add Safety Kit", addon.strip(), "Description"]
    wrapper = "<form>" + "<p>Paragraph.</p>" * 5 + "</form>"
    tree = LexborHTMLParser(wrapper)
    assert tree.body is not None
    assert len(walk(tree.body, by_name=True, product=True)[0]) == 5


def test_links_to_the_page_in_other_languages_give_no_text() -> None:
    """A language switcher's links (``hreflang`` naming another language than the page's
    ``<html lang>``) give no text, wherever they sit; a link to the page's own language (in
    any region) and every link of a page that declares no language are walked."""
    switcher = (
        "<ul><li><a hreflang=de href=/de>Deutsch</a></li><li><a hreflang=fr-CA>Français</a>"
        "</li><li><a hreflang=en-GB>English (UK)</a></li><li><a hreflang=x-default>All</a>"
        "</li></ul><p>Story <a hreflang=en href=/a>told</a> here.</p>"
    )
    assert _texts(f"<html lang=en-US><body>{switcher}</body></html>") == [
        "English (UK)",
        "All",
        "Story told here.",
    ]
    assert _texts(f"<html><body>{switcher}</body></html>") == [
        "Deutsch",
        "Français",
        "English (UK)",
        "All",
        "Story told here.",
    ]


def test_a_block_is_made_by_its_own_init() -> None:
    """A block's ``__init__`` is written in the class, not generated by ``dataclass`` (the
    generated one is interpreted code in the compiled build too); a block still compares and
    prints by its fields, by position or by name."""
    code = getattr(Block.__init__, "__code__", None)
    assert code is None or code.co_filename != "<string>"
    assert Block("a", "p", 1, (2,)) == Block(text="a", tag="p", link_chars=1, path=(2,))
    assert Block("a", "p", 1, (2,)) != Block("a", "p", 1, (3,))
    assert repr(Block("a", "p", 0, ())) == "Block(text='a', tag='p', link_chars=0, path=())"


def test_a_block_elements_class_is_kept_single_spaced() -> None:
    """The tree keeps a block element's class attribute with its spaces squeezed (one space
    between names, none at either end), the same whether the markup spaced it so or not; an
    element without class names has none kept."""
    html = (
        '<body><div class="story  body\n lead "><p class="text">One.</p>'
        '<p class="  ">Two.</p></div></body>'
    )
    root = LexborHTMLParser(html).body
    assert root is not None
    _, tree = walk(root, by_name=False)
    assert sorted(tree.classes.values()) == ["story body lead", "text"]


def test_a_walks_blocks_are_held_by_its_caller_alone() -> None:
    """The walk's blocks and tree are held by its caller alone once it returns (nothing of the
    walk's own keeps them): dropped, they are freed at once, without waiting for the garbage
    collector."""
    tree = LexborHTMLParser("<body><div><p>One <a href='/a'>two</a></p><pre>x</pre></div></body>")
    assert tree.body is not None
    blocks, walked = walk(tree.body, by_name=True)
    assert [block.text for block in blocks] == ["One two", "x"]
    # getrefcount's own argument is the one reference more.
    assert [sys.getrefcount(blocks), sys.getrefcount(walked)] == [2, 2]
