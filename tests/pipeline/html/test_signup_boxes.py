"""A page's e-mail sign-up box: the form with an e-mail field and its pitch around it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.signup_boxes import signup_boxes
from newswire.pipeline.html.walk import walk
from tests.pipeline.html.pages import page, prose, text_of

_BOX = (
    "<div class=wrap><div class=text><p>Enter your email for 15% off your first order,</p>"
    "<p>plus the latest news.</p></div><div class=field><form action='#'>"
    "<label for=e>Email</label><input id=e type=email name=email><button>Sign Up</button>"
    "</form></div><p>By providing my email, I consent to receive the shop's emails.</p></div>"
)


def _texts(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return [block.text for block in walk(tree.body, by_name=True)[0]]


def _box_texts(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    ids = signup_boxes(tree.body)
    return [" ".join(node.text().split()) for node in tree.body.css("*") if node.mem_id in ids]


def test_the_wrappers_around_an_email_form_are_the_box() -> None:
    """The outermost small wrapper of a form with an e-mail field is the box: its pitch, its
    field and its consent line go together; the story beside it stays."""
    html = page(f"<article>{prose('Story')}{_BOX}</article>")
    assert _box_texts(html) == [
        "Enter your email for 15% off your first order,plus the latest news.EmailSign UpBy "
        "providing my email, I consent to receive the shop's emails."
    ]
    text = text_of(html)
    assert "Story 2:" in text
    assert "first order" not in text
    assert "consent" not in text


def test_a_wrapper_with_many_words_or_a_heading_is_no_box() -> None:
    """The climb stops below a wrapper of many words (the story around the form) or one that
    holds a heading (a section of the page, whose heading stays); a form without an e-mail
    field (a search box) makes no box."""
    in_story = f"<article>{prose('Story')}<form><input type=email></form></article>"
    assert _box_texts(page(in_story)) == [""]
    headed = (
        "<div><h2>Would you like a shorter work week?</h2><p>Get weekly alerts.</p>"
        "<form><input type=email><button>Join</button></form></div>"
    )
    assert "Would you like a shorter work week?" in _texts(page(headed))
    assert _box_texts(page(headed)) == ["Join"]
    search = "<div><p>Find a store near you</p><form><input type=text name=q></form></div>"
    assert _box_texts(page(search)) == []
    assert "Find a store near you" in _texts(page(search))


def test_the_parsed_pages_fields_come_from_its_shared_query() -> None:
    """On a parsed ``Page`` the fields are its shared query's, a ``type`` in any case: the
    same boxes as a query of the tree's own finds."""
    html = page(f"<main>{prose('Story')}</main>{_BOX.replace('type=email', 'type=EMAIL')}")
    tree = Page(html)
    assert tree.body is not None
    boxes = signup_boxes(tree.body)
    assert len(boxes) == 1
    plain = LexborHTMLParser(html)
    assert plain.body is not None
    assert len(signup_boxes(plain.body)) == 1
    assert "first order" not in text_of(html)
