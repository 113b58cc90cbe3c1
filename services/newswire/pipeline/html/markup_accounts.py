"""The CMS account that the page's markup names in two places: the JSON-LD ``author``, the
``<meta name="author">`` and the "Written by" unfurl label agreeing on one name (Yoast writes
all three on every post); else the post's author in the dataLayer of Google Tag Manager for
WordPress (``"pagePostAuthor": "Krystyna"``) when the page shows that name.

Asked last, when no source named a person: the account is the site's own name ("Budlong",
"JWU") or a username ("sara.r.peter"), which the name checks set aside because a site's name
in the markup is often the CMS's default for pages no one signs. Named alike in two places, it
is the account that posted the story, as its CMS declares it; a name in one place only
("Accruent" as a JSON-LD Person, "Trezy" as a meta author) stays unsigned.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.author_markup import ld_author_names, unfurl_values
from newswire.pipeline.html.handles import STAFF_ACCOUNT
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.page_elements import body_text
from newswire.pipeline.html.people import people
from newswire.pipeline.html.text import fold

# A username of lower-case words joined by ".", "-" or "_" ("sara.r.peter"), which the name
# checks drop as a possible template slot ("page.head.extra.author"); named in two places, it
# is the account's name.
_USERNAME: Final = re.compile(r"[a-z]+(?:[._-][a-z]+)+")


def declared_account(
    tree: LexborHTMLParser, meta: HeadMetadata, site_names: set[str]
) -> tuple[str, ...]:
    """The account the CMS declares as the post's author (see the module), asked last."""
    return agreed_account(meta) or shown_post_author(tree, site_names)


def agreed_account(meta: HeadMetadata) -> tuple[str, ...]:
    """The one name that two of the markup's places give whole (see the module), unless it is
    no signature: a placeholder or a staff login ("admin", "q_admin", "Webmaster"), a
    company's legal name ("Kneib Dentistry PC"), a generated id (any digit:
    "mdelatorreq6vkpg2ma0ci"), or the site's name of two words or more run together
    ("levinemusic" on "Levine Music": the brand's account, as in ``bylines._owner``). On
    wcxb-dev (all page types, pages no source signs): author right +5 articles on half B,
    none on A, none invented on either half."""
    places = (
        set(ld_author_names(meta)),
        set(meta.all("author")),
        set(unfurl_values(meta)),
    )
    counts = Counter(name.strip() for place in places for name in place if name.strip())
    agreed = [name for name, count in counts.items() if count >= 2]
    if len(agreed) != 1:
        return ()
    name = agreed[0]
    if any(char.isdigit() for char in name) or STAFF_ACCOUNT.search(name.lower()):
        return ()
    site = fold(meta.first("og:site_name") or "")
    if len(site.split()) >= 2 and site.replace(" ", "") == name.lower():
        return ()
    if _USERNAME.fullmatch(name):
        return (name,)
    return people([name], set())


# GTM4WP's dataLayer: ``var dataLayer_content = {"pagePostType":"page", …,
# "pagePostAuthor":"Krystyna"}`` in an inline script.
_POST_AUTHOR: Final = re.compile(r'"pagePostAuthor"\s*:\s*"(?P<name>[^"\\]{2,100})"')
_POST_AUTHOR_KEY: Final = b"pagePostAuthor"


def shown_post_author(tree: LexborHTMLParser, site_names: set[str]) -> tuple[str, ...]:
    """The WordPress post author that GTM4WP's dataLayer names, when the page's text shows the
    name too and it is a person's (not the site's, a placeholder or a username): the plugin
    names the account behind every page, a shown name is the one the site presents ("Meet
    Krystyna" on her language blog); an account the page never shows ("Megan Young" on an
    association's guide) signs nothing. On wcxb-dev (all page types, pages no source signs):
    author right +1 article on half B, none on A, none invented."""
    # The dataLayer is in the markup as written (a script's text is the markup's characters,
    # no reference decoded): a page whose markup lacks the key, most of them, has no script to
    # query for and read (a query of the whole tree, then a search of every inline script).
    if _POST_AUTHOR_KEY not in tree.raw_html:
        return ()
    for node in tree.css("script:not([src])"):
        found = _POST_AUTHOR.search(node.text() or "")
        if found is None:
            continue
        name = found["name"].strip()
        shown = tree.body is not None and name in body_text(tree)
        return people([name], site_names) if shown else ()
    return ()
