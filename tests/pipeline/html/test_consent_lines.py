"""A site's cookie notice read as the last line of a page's text."""

from __future__ import annotations

from newswire.pipeline.html.consent_lines import without_consent_notice
from tests.pipeline.html.pages import page, prose, text_of

_NOTICE = (
    "This site uses cookies from Example to deliver its services and to analyze traffic. "
    'By clicking "accept", you agree to its use of cookies. Cookie Policy'
)


def test_a_cookie_notice_closing_the_text_is_dropped() -> None:
    """A cookie banner whose box says nothing by its names (hashed classes, not pinned) and
    whose text ends the page's text goes: its sentence says the site uses cookies and how
    the reader agrees to them."""
    banner = f'<div class="lhbLEe"><div class="QjDm3">{_NOTICE}</div></div>'
    text = text_of(page(f'<div class="post">{prose("service", 6)}{banner}</div>'))
    assert "service 5" in text
    assert "uses cookies" not in text
    notices = ["We use cookies to improve your visit. By continuing, you accept them."]
    assert without_consent_notice(["a", "b", "c", *notices]) == ["a", "b", "c"]


def test_a_sentence_about_cookies_stays() -> None:
    """A line that explains cookies without asking for the reader's consent stays, as does a
    notice before the text's last line, and a short text keeps its last lines."""
    explained = ["a", "b", "c", "Our site uses cookies to remember the items in your cart."]
    assert without_consent_notice(explained) == explained
    early = ["a", "b", _NOTICE, "c"]
    assert without_consent_notice(early) == early
    short = ["a", "b", _NOTICE]
    assert without_consent_notice(short) == short
