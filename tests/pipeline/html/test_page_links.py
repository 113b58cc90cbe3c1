"""The page's links that the last author sources read: one query, each source's links kept by
their address as lexbor's case-blind tests compare it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.page_links import by_links, linkedin_links, member_links


def _ids(nodes: list[LexborNode]) -> list[str | None]:
    return [node.id for node in nodes]


def test_linkedin_links_are_the_links_to_a_profile_path_in_any_ascii_case() -> None:
    """A link whose address holds "linkedin.com/in/" in any ASCII case is found, in page
    order; a company's page, a link without an address and a non-link element are not."""
    tree = LexborHTMLParser(
        "<a id=a href='https://www.LinkedIn.com/IN/ann/'>Ann</a>"
        "<a id=b href='https://linkedin.com/company/x/'>X</a><a id=c>linkedin.com/in/</a>"
        "<div id=d href='https://linkedin.com/in/bo/'>Bo</div>"
        "<a id=e href='https://linkedin.com/in/cy/'>Cy</a>"
    )
    assert _ids(linkedin_links(tree)) == ["a", "e"]


def test_a_letter_beyond_ascii_is_not_folded_to_an_ascii_one() -> None:
    """An address spelt with a letter whose lowercase is ASCII only beyond ASCII's own rules
    (the Kelvin sign "K", lowered "k") is no match, as lexbor compares only ASCII letters
    case-blind (the link is found by its "by"); an ASCII capital beside other non-ASCII letters still folds."""
    tree = LexborHTMLParser(
        "<a id=a href='https://lin\u212aedin.com/in/ann/'>by Ann</a>"
        "<a id=b href='https://LINKEDIN.com/in/zoë/'>Zoë</a>"
    )
    assert _ids(linkedin_links(tree)) == ["b"]
    assert _ids(tree.css('a[href*="linkedin.com/in/" i]')) == ["b"]


def test_member_links_are_the_links_whose_address_holds_a_member_word() -> None:
    """A link whose address holds "member", "user" or "profile" in any case is found once, in
    page order; a link holding none is not."""
    tree = LexborHTMLParser(
        "<a id=a href='member.php?u=1'>A</a><a id=b href='/About'>B</a>"
        "<a id=c href='/index.php?action=PROFILE;u=2'>C</a><a id=d href='/user-3.html'>by D</a>"
    )
    assert _ids(member_links(tree)) == ["a", "c", "d"]


def test_by_links_hold_every_link_or_button_with_by_in_its_texts() -> None:
    """Every link or button with "by" in its own or an inner text is among the links found,
    once each and in page order, beside the links found by their address."""
    tree = LexborHTMLParser(
        "<a id=a>By A</a><a id=b><i>by B</i></a><a id=c href='/user/1'>Cy</a><p id=d>by</p>"
        "<button id=e>BY E</button><a id=f>none</a>"
    )
    assert _ids(by_links(tree)) == ["a", "b", "c", "e"]


def test_the_page_queries_its_links_once_for_every_source() -> None:
    """On a parsed page the three sources read one query's links."""
    tree = Page(
        "<a id=a href='https://linkedin.com/in/ann/'>by Ann</a><a id=b href='/user/2'>B</a>"
    )
    assert _ids(linkedin_links(tree)) == ["a"]
    assert _ids(member_links(tree)) == ["b"]
    assert _ids(by_links(tree)) == ["a", "b"]
    assert len(tree._queries) == 1
