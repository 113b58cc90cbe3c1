"""The page's links that the last author sources read, found by one query of the whole page.

Three sources asked when nothing before them named anyone each read some of the page's links:
links to a LinkedIn profile (``profile_links``), links and buttons with "by" in their text
("All articles by …", ``byline_lines.posts_by_links``) and links to a forum member's profile
(``thread_posts.repeated_poster``). A query of the whole page costs its walk over every
element more than its tests, and the three are asked of the same pages (every dev page asking
the last asked the other two), so one query finds them all (``Page.css`` keeps it for the
page): the three queries were ~77 µs a page that asks, the one ~45% of that (wcxb-dev). Each
source then keeps its own links by their address, as lexbor tested it: a value's ASCII
letters compared in either case, no other letter folded.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

# What the address of a link to one person's LinkedIn profile holds (its ``/in/`` path).
LINKEDIN_PROFILE: Final = "linkedin.com/in/"
# What the address of a link to a forum member's numbered profile holds, one of these words
# beside its number ("member.php?u=805995", "action=profile;u=261870", "user-126792.html").
MEMBER_WORDS: Final = ("member", "user", "profile")
# A link's or a button's own text or a descendant's holding "by", in any case: lexbor tests that
# in C (``:lexbor-contains`` reads an element's own texts, ``:has`` its descendants').
_BY_TEXT: Final = ':lexbor-contains("by" i), :has(:lexbor-contains("by" i))'
_HREF_WORDS: Final = ", ".join(f'[href*="{word}" i]' for word in (LINKEDIN_PROFILE, *MEMBER_WORDS))
#: The one query: each test behind its tag in one ``:is()`` (an element of neither tag, most,
#: fails one test a tag); an element passing several tests comes once, in page order.
PAGE_LINKS: Final = f"a:is({_HREF_WORDS}, {_BY_TEXT}), button:is({_BY_TEXT})"
# ASCII's capitals to lowercase and no other letter: lexbor's case-blind attribute tests.
_ASCII_LOWER: Final = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def linkedin_links(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's links whose address holds a LinkedIn profile's path, in page order."""
    return [node for node, href in _addressed(tree) if LINKEDIN_PROFILE in href]


def member_links(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's links whose address holds one of ``MEMBER_WORDS``, in page order."""
    return [node for node, href in _addressed(tree) if any(word in href for word in MEMBER_WORDS)]


def by_links(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's links and buttons with "by" in one of their texts, in page order, among
    other links of the query (see ``PAGE_LINKS``): a caller reading a text holding "by" whole
    finds that in no other."""
    return tree.css(PAGE_LINKS)


def _addressed(tree: LexborHTMLParser) -> list[tuple[LexborNode, str]]:
    """The query's links with their address lowered as lexbor's tests compare it."""
    found: list[tuple[LexborNode, str]] = []
    for node in tree.css(PAGE_LINKS):
        href = node.attrs.get("href") if node.tag == "a" else None
        if href:
            found.append((node, href.lower() if href.isascii() else href.translate(_ASCII_LOWER)))
    return found
