"""Elements made buttons (role="button"): their labels are controls, not the page's text."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.role_buttons import role_button_label
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
