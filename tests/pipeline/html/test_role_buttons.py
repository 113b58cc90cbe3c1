"""Elements made buttons (role="button") or styled as buttons by their class: their labels are
controls, not the page's text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.role_buttons import named_button_label, role_button_label
from tests.pipeline.html.pages import page, prose, text_of


def _label(html: str) -> str | None:
    node = LexborHTMLParser(html).css_first("body > *")
    assert node is not None
    return role_button_label(node, node.tag or "", node.attrs.get("role"))


def test_a_div_made_a_button_gives_its_label() -> None:
    """A <div>, <span> or <li> with role="button" is a control: its label, spaces joined."""
    assert _label('<div role="button" tabindex="0"><span>Neighborhood</span> <i></i></div>') == (
        "Neighborhood"
    )
    assert _label('<span role="button">Top  Sellers</span>') == "Top Sellers"
    assert _label('<li role="button">Price</li>') == "Price"


def test_questions_toggles_links_and_other_roles_are_no_controls() -> None:
    """An accordion's question, a toggle that opens a panel, a link with the role, an element
    of another role or without text give no label."""
    assert _label('<div role="button">How long does delivery take to Canada?</div>') is None
    assert _label('<div role="button" aria-expanded="false">Details</div>') is None
    assert _label('<div role="button" aria-controls="panel-2">Features</div>') is None
    assert _label('<a role="button" href="/next">Next Page</a>') is None
    assert _label('<div role="tab">Reviews</div>') is None
    assert _label('<div role="button"><svg></svg></div>') is None


def test_a_listings_filter_pills_are_left_out_and_its_items_kept() -> None:
    """A listing's row of filter pills (role="button") is left out of the text; its items,
    and a heading that says the same as no pill, stay."""
    pills = "".join(
        f'<div role="button" tabindex="0">{name}</div>' for name in ("Date", "Category", "Price")
    )
    html = page(
        "<main><h2>Online conferences</h2>" + f"<div>{pills}</div>" + prose("event", 6) + "</main>"
    )
    lines = text_of(html).splitlines()
    assert "event 5" in "\n".join(lines)
    assert "Online conferences" in lines
    assert not {"Date", "Category", "Price"} & set(lines)


def _named_label(html: str) -> str | None:
    node = LexborHTMLParser(html).css_first("body > *")
    assert node is not None
    return named_button_label(node, node.tag or "", node.attrs.get("class"))


def test_a_span_or_div_styled_as_a_button_gives_its_label() -> None:
    """A <span> or <div> whose class names a button ("btn", "x-button", a CSS module's
    "shipMessageBtn_Go0m") is a control: its label; a longer text, one with a link or a
    heading inside, a class merely holding the letters, or another tag gives none."""
    assert _named_label('<span class="shipMessageBtn_GoA0mg">Calculate  Shipping</span>') == (
        "Calculate Shipping"
    )
    assert _named_label('<div class="card btn-compare">Compare</div>') == "Compare"
    assert _named_label('<div class="quickview-button">Quick View</div>') == "Quick View"
    assert _named_label('<div class="btn">Read the whole story about it</div>') is None
    assert _named_label('<div class="btn"><a href="/p/1">Red Mug</a></div>') is None
    assert _named_label('<div class="button-card"><h3>Red Mug</h3></div>') is None
    assert _named_label('<div class="submitbutton ButtonGroup">Send</div>') is None
    assert _named_label('<p class="btn">Send</p>') is None


def test_a_cards_styled_button_is_left_out_and_the_card_kept() -> None:
    """Each card's <span> styled as a button is left out of the text; the cards' names stay."""
    cards = "".join(
        f"<div><h3>Camera {n}</h3><p>A mirrorless camera, model {n}, with a 24MP sensor.</p>"
        '<span class="shipMessageBtn_GoA0mg">Calculate Shipping</span></div>'
        for n in range(6)
    )
    lines = text_of(page(f"<main><h1>Mirrorless cameras</h1>{cards}</main>")).splitlines()
    assert "Camera 5" in lines
    assert "Calculate Shipping" not in lines
