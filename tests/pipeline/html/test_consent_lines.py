"""A site's cookie notice read as the last line of a page's text."""

from __future__ import annotations

from newswire.pipeline.html.consent_lines import (
    without_consent_banners,
    without_consent_notice,
    without_embed_placeholders,
)
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
    """A line that explains cookies without asking for the reader's consent stays, and a
    short text keeps its lines; a notice before the text's last line is a banner's and goes."""
    explained = ["a", "b", "c", "Our site uses cookies to remember the items in your cart."]
    assert without_consent_notice(explained) == explained
    early = ["a", "b", _NOTICE, "c"]
    assert without_consent_notice(early) == ["a", "b", "c"]
    short = ["a", "b", _NOTICE]
    assert without_consent_notice(short) == short


def test_an_embeds_consent_placeholder_is_dropped_wherever_it_stands() -> None:
    """The sentence left in an embed's place until the reader allows its cookies ("This
    content isn't visible due to your cookie preferences") goes, each time it stands between
    the page's lines; a sentence explaining cookies stays."""
    placeholder = (
        "This content isn't visible due to your cookie preferences. To load this content, "
        "click the Allow button below to opt in to embedded content cookies."
    )
    explained = "Cookies are small files; the content you read is not shown to third parties."
    lines = ["First post", placeholder, "Second post", placeholder, explained, "Third post"]
    assert without_embed_placeholders(lines) == [
        "First post",
        "Second post",
        explained,
        "Third post",
    ]
    assert without_consent_notice(lines) == without_embed_placeholders(lines)


def test_a_consent_banner_and_its_dialog_are_dropped_wherever_they_stand() -> None:
    """A banner's notice (the site uses cookies and asks for the reader's say) goes with the
    lines after it that speak of cookies or consent or are a button's label, at the top or
    amid the text; the page's own lines after the dialog stay."""
    lines = [
        "With our cookies we would like to offer you the best shopping experience. Simply"
        ' agree to the use of cookies by clicking on "Alright!".',
        "You can withdraw your consent at anytime via the cookie settings (here)",
        "Cookie SettingsAccept",
        "ST Style Guitars",
        "An alder body and a maple neck.",
        "Thomas uses cookies to ensure that we give you the best experience on our website."
        " By using this site, you agree to our Privacy Statement.",
        "Accept",
        "Three pickups.",
    ]
    assert without_consent_banners(lines) == [
        "ST Style Guitars",
        "An alder body and a maple neck.",
        "Three pickups.",
    ]


def test_a_page_explaining_cookies_keeps_its_lines() -> None:
    """Sentences that explain cookies without asking for the reader's say, and a line asking
    for consent without saying the site uses cookies, stay."""
    lines = [
        "Cookies are small text files a browser keeps for a site.",
        "A site may store cookies to remember a reader's language.",
        "You can accept or decline a site's request in your browser's settings.",
        "Accept",
    ]
    assert without_consent_banners(lines) is lines
