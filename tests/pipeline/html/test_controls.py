"""Controls among the page's text: links styled as buttons, accordions' header buttons."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.controls import button_label, without_buttons
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import page, prose, text_of


def _label(link: str) -> str | None:
    node = LexborHTMLParser(f"<html><body>{link}</body></html>").css_first("a")
    assert node is not None
    return button_label(node, node.attributes)


def test_a_short_link_styled_as_a_button_gives_its_label() -> None:
    """A link whose class names a button ("btn", "booking-button", "btn-primary") with a
    label of a few words is a control; its label is read as the walk's line reads it."""
    assert _label('<a class="btn btn-primary" href="/go">Visit  website</a>') == "Visit website"
    assert _label('<a class="booking-button button1" href="/b"><span>Book Now</span></a>') == (
        "Book Now"
    )


def test_a_class_holding_the_letters_only_in_a_word_is_no_button() -> None:
    """Names that only contain the letters ("buttoned", "subtle") say nothing of a button."""
    assert _label('<a class="buttoned subtle" href="/go">Visit website</a>') is None
    assert _label('<a href="/go">Visit website</a>') is None


def test_a_link_to_nowhere_with_a_scripts_hook_is_a_button_whatever_its_names() -> None:
    """A link with no href and a script's hook (a data-* attribute, an onclick) is a control
    when its class names say nothing (hashed); an anchor with only a name or an id (an
    in-page target) is not, nor is a link with an href and a data attribute."""
    assert _label('<a class="q1" data-href="/pop" id="r1">Get Reward Points</a>') == (
        "Get Reward Points"
    )
    assert _label('<a onclick="wish(3)">+ wishlist</a>') == "+ wishlist"
    assert _label('<a name="part-2" id="part-2">Part two</a>') is None
    assert _label('<a href="/item/3" data-id="3">Blue mug</a>') is None


def test_a_long_label_a_question_or_a_linked_heading_is_no_button() -> None:
    """A long link text (over eight words), an FAQ's toggle and a card's linked heading are
    the page's text, whatever the link's class (a promo tile's shorter title: see below)."""
    long_title = "Explore the full range of Winsor &amp; Newton Cotman Watercolours"
    assert _label(f'<a class="shg-btn" href="/w">{long_title}</a>') is None
    assert _label('<a class="btn" href="#q">How do I order one?</a>') is None
    assert _label('<a class="card-button" href="/s"><h3>Story</h3></a>') is None


def test_only_labels_no_unlinked_line_says_are_left_out() -> None:
    """The text loses the buttons' lines, but not a line an unlinked block says too (a
    heading "Get a quote" above the button of the same label)."""
    lines = ["Intro", "Book Now", "Get a quote", "Outro"]
    blocks = [
        Block("Intro", "p", 0, (0, 1)),
        Block("Book Now", "p", 8, (0, 2)),
        Block("Get a quote", "h2", 0, (0, 3)),
        Block("Get a quote", "p", 11, (0, 4)),
    ]
    labels = {"Book Now", "Get a quote"}
    assert without_buttons(lines, blocks, labels, set()) == ["Intro", "Get a quote", "Outro"]
    assert without_buttons(lines, blocks, set(), set()) is lines


def test_a_line_of_two_or_three_labels_side_by_side_is_left_out() -> None:
    """A row of buttons given as one line ("Apply Now View Rates") goes as each label would;
    a line with a word besides the labels, or of one label said by an unlinked block, or of
    more than three labels, stays."""
    lines = [
        "Apply Now View Rates",
        "Apply Now Watch demo View Rates",
        "Apply Now or View Rates",
        "Apply Now Get a quote",
        "Apply Now View Rates Watch demo Book Now",
    ]
    blocks = [Block("Get a quote", "h2", 0, (0, 1))]
    labels = {"Apply Now", "View Rates", "Get a quote", "Book Now"}
    assert without_buttons(lines, blocks, labels, {"Watch demo"}) == [
        "Apply Now or View Rates",
        "Apply Now Get a quote",
        "Apply Now View Rates Watch demo Book Now",
    ]


def test_an_accordions_header_button_is_kept_as_its_heading() -> None:
    """An accordion's header, a heading whose only element is the button that opens its panel
    (aria-expanded), keeps the button's label as the section's heading; a button in a heading
    that says nothing of a panel, or beside other text in its heading, gives no text."""
    html = page(
        "<main>"
        + prose("guide", 3)
        + '<h3><button type="button" aria-expanded="false">Specifications</button></h3>'
        "<div><p>Steel shaft, a magnetic tip, and a handle of recycled aluminium.</p></div>"
        '<h3>Kit <button type="button" aria-expanded="false">Contents list</button></h3>'
        '<h3><button type="button">Copy item path</button></h3>'
        "</main>"
    )
    text = text_of(html)
    assert "Specifications" in text
    assert "Steel shaft" in text
    assert "Contents list" not in text
    assert "Copy item path" not in text


def test_the_labels_of_elements_made_buttons_are_left_out_whatever_says_them() -> None:
    """The labels of elements made buttons (role="button") go even though their own blocks
    are unlinked; the styled links' labels are judged as before."""
    lines = ["Intro", "Price", "Book Now", "Outro"]
    blocks = [
        Block("Intro", "p", 0, (0, 1)),
        Block("Price", "div", 0, (0, 2)),
        Block("Book Now", "p", 8, (0, 3)),
    ]
    assert without_buttons(lines, blocks, {"Book Now"}, {"Price"}) == ["Intro", "Outro"]


def test_labels_of_links_with_no_space_between_them_are_left_out_too() -> None:
    """Links side by side with no white space between them give one glued line ("Start
    DeployingGet a Demo"); it goes as the two labels would, but a word glued to a label
    ("Get a Demotoday") is the page's text."""
    lines = ["Start DeployingGet a Demo", "Get a Demotoday", "Start Deploying Get a Demo"]
    labels = {"Start Deploying", "Get a Demo"}
    assert without_buttons(lines, [], labels, set()) == ["Get a Demotoday"]


def test_a_longer_label_goes_only_where_the_text_repeats_it() -> None:
    """A call to action of four to eight words under every card ("Read the case study") goes;
    said once (a promo tile's title on its button), it stays."""
    long_cta = "Click here for dates, pricing, & availability!"
    assert _label(f'<a class="btn" href="/c">{long_cta}</a>') == long_cta
    lines = ["Read the case study", "Card", "Read the case study", "Shop Van Gogh Watercolors"]
    labels = {"Read the case study", "Shop Van Gogh Watercolors"}
    assert without_buttons(lines, [], labels, set()) == ["Card", "Shop Van Gogh Watercolors"]


def test_a_disclosure_over_checkboxes_is_a_facet_and_goes_whole() -> None:
    """A <details> whose options are checkboxes or radio buttons is a collection's facet: its
    name in the <summary> ("Product Type") goes with its options; a disclosure holding no
    input (an FAQ's question over its answer) stays."""
    html = page(
        "<main>"
        + prose("grid", 3)
        + "<details open><summary><span>Product Type</span></summary><ul>"
        '<li><label><input type="checkbox" name="t" value="s">Sneakers (12)</label></li>'
        '<li><label><input type="radio" name="u" value="b">Boots (4)</label></li></ul></details>'
        "<details><summary>How long does delivery take?</summary>"
        "<p>Orders leave the warehouse within two working days of payment.</p></details>"
        "</main>"
    )
    text = text_of(html)
    assert "Product Type" not in text
    assert "Sneakers" not in text
    assert "How long does delivery take?" in text
    assert "within two working days" in text


def test_an_element_named_for_a_menu_is_dropped_whole() -> None:
    """A site's own element whose tag names a menu (a card's "popmenu", a "dropdown-menu"
    component) is a menu, as <menu> is: its author blurb and topic links are left out of the
    items, while the items' titles and teasers stay."""
    card = (
        '<div class="item"><h2><a href="/a{n}">Item title {n} of the index</a></h2>{teaser}'
        '<popmenu class="float-right"><div>Vice President of Sales, The Group</div>'
        '<a href="/topic">More in this category</a><div>Lodging Industry</div></popmenu>'
        '<dropdown-menu><a href="/save">Save this item for later</a></dropdown-menu></div>'
    )
    items = "".join(card.format(n=n, teaser=prose(f"teaser{n}", 1)) for n in range(4))
    text = text_of(page(f"<main>{items}</main>"))
    assert "teaser3 0" in text
    assert "Item title 2 of the index" in text
    assert "Vice President" not in text
    assert "Lodging Industry" not in text
    assert "Save this item" not in text


def test_a_control_groups_caption_goes_with_its_controls() -> None:
    """A <fieldset>'s <legend> over a <select> or a set of radio buttons ("Sort Options",
    "Size") is the controls' caption: it goes, outside a form too, while the fieldset's other
    text stays."""
    html = page(
        "<main>"
        + prose("grid", 3)
        + "<div><fieldset><legend>Sort Options</legend><select aria-label='Sort Options'>"
        "<option>Featured</option><option>Price</option></select></fieldset></div>"
        "<fieldset><legend>Size</legend><p>Every size ships folded in a recycled box.</p>"
        '<label><input type="radio" name="s" value="m">Medium</label></fieldset>'
        "</main>"
    )
    text = text_of(html)
    assert "Sort Options" not in text
    assert "Size" not in text.splitlines()
    assert "recycled box" in text
