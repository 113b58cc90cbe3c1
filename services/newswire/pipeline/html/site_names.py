"""The site's name and labels in a page's titles: "Headline | Site", "Site - Headline", an <h1>
printed from the SEO title with its section labels after pipes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.text import fold

TITLE_SEPARATORS: Final = re.compile(r"\s+[|–—·•:-]\s+")
# The same, kept in ``re.split``'s result between the parts.
_SPLIT_KEEPING: Final = re.compile(r"(\s+[|–—·•:-]\s+)")
_DOMAIN: Final = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


# A separator opening a <title>, before the site's name: "| Nuts & Volts Magazine".
_OPENING_SEPARATOR: Final = re.compile(r"^[|–—·•:-]\s")


def page_named(title: str) -> str:
    """The <title> as the page's name for itself: none ("") where a separator opens it before
    the site's name ("| Nuts & Volts Magazine" above "<h1>Electronic Gadgets</h1>"). A CMS
    writes "{page's name} | {site}" and left the page's name empty: the title names the site
    alone, and the page's headings are not checked against it (sharing no word with the
    site's name, the <h1> was taken for a logo, and the title given was the bare "| Site").
    On wcxb-dev: title exact +1 on half B (a magazine's category page), no such page on A."""
    return "" if _OPENING_SEPARATOR.match(title) else title


def named_page(named: str | None, page_title: str, site: str | None) -> str | None:
    """og:title (or the page's other declared headline) as a name of the page: none where it is
    the site's name alone (og:site_name) while the <title> names the page in words of its own,
    none of the site's ("Bombas" above the <title> "All Men's Socks"). A shop's theme sets the
    brand as every page's og:title; its <title> is the page's. Where the <title> has the site's
    words ("Steam Deck" above "Introducing Steam Deck OLED", "Plausible Analytics | Simple,
    privacy-friendly …"), the page is the site's own and its name stands. On wcxb-dev: title
    exact +1 on half A (a collection), none changed on half B."""
    if not named or not site or not page_title or fold(named) != fold(site):
        return named
    return None if not set(fold(page_title).split()) & set(fold(site).split()) else named


def brand_parts(*titles: str | None) -> set[str]:
    """The brand end of "Headline - Brand" or "Brand | Headline": an end part of the page's
    titles, never a title's one longest part (that is its headline). Where two titles
    (og:title, <title>) both have such ends, the ends they share ("Leadfeeder | State of SEO
    in 2026" and "State of SEO in 2026: Trends + How to Prepare | Leadfeeder" share only the
    brand), else every one."""
    found: list[set[str]] = []
    for text in titles:
        parts = TITLE_SEPARATORS.split(text or "")
        if len(parts) < 2:
            continue
        sizes = sorted((len(part.split()) for part in parts), reverse=True)
        headline = sizes[0] if sizes[0] > sizes[1] else None
        ends = {fold(end) for end in (parts[0], parts[-1]) if len(end.split()) != headline}
        if ends:
            found.append(ends)
    if not found:
        return set()
    return set.intersection(*found) or set.union(*found)


def page_before_site(folded: str, page_title: str, site: str | None) -> bool:
    """Whether a folded heading is the first part of a <title> whose last part is the site's
    name (og:site_name): the page's own name, however short beside the site's ("Introduction -
    From Zero to QED", a book's chapter under the book's name), not the title's brand end. On
    wcxb-dev: title exact +1 on half A (documentation), none changed on half B."""
    parts = TITLE_SEPARATORS.split(page_title)
    return (
        bool(site)
        and len(parts) >= 2
        and fold(parts[0]) == folded
        and fold(parts[-1]) == fold(site or "")
    )


def without_site_name(text: str, site: str | None) -> str:
    """ "Critics' Choice: Best UK Art Exhibitions 2025 - Artlyst": an <h1> printed from the SEO
    title ends with the site's own name (og:site_name) after a separator; the headline is the
    rest. Only the exact name at the end is cut, and only from a headline of 3 words or more."""
    if not site:
        return text
    parts = TITLE_SEPARATORS.split(text)
    if len(parts) > 1 and fold(parts[-1]) == fold(site):
        rest = text[: text.rfind(parts[-1])].rstrip(" |–—·•:-")
        if len(rest.split()) >= 3:
            return rest
    return text


def without_pipe_labels(text: str, separator: str = " | ") -> str:
    """ "How meditation rewires brains | Opinion", "How to help babies sleep | Patient Education
    | UC Davis Children's Hospital": an <h1> printed from the SEO title keeps its section and
    site labels after pipes. A pipe is no punctuation of prose, so short parts after the
    headline's words (5 words at most each) are labels. ``separator``: the mark between the
    parts (a forum's " / ", see ``labels_cut``)."""
    parts = text.split(separator)
    if (
        len(parts) > 1
        and len(parts[0].split()) >= 4
        and all(len(part.split()) <= 5 for part in parts[1:])
    ):
        return parts[0]
    return text


def labels_cut(text: str) -> str | None:
    """A head title of pipes, "Build your first app | Get started | Android Developers": the
    headline and the labels of its section and site after it (see ``without_pipe_labels``),
    where no heading shows the headline; None when the title has no such labels. Three parts
    or more: "Headline | Site" is ``strip_site_suffix``'s. On wcxb-dev: title exact +2 on half
    B (a documentation page, a service's), none changed on half A.

    A forum's thread names itself so with slashes: "What happened with Arch Linux ISO in 2024
    / Arch Discussion / Arch Linux Forums" (the thread, its board, the forum; FluxBB's and
    phpBB's default), the same shape with another mark. Spaced on both sides, a slash between
    three parts or more is no prose ("AC/DC", "1/2" have none). On wcxb-dev, with the logo
    <h1> linked home set aside (``links_home``): title exact +2 on half B, none changed on A."""
    for separator in (" | ", " / "):
        cut = without_pipe_labels(text, separator)
        if cut != text and len(text.split(separator)) > 2:
            return cut
    return None


def title_part_shown(
    page_title: str, headings: Iterable[tuple[str, LexborNode]]
) -> tuple[str, LexborNode] | None:
    """The part of the <title> that one of ``headings`` (the page's first <h2>s, as text and
    node) shows word for word, on a page that names itself in its <title> alone (no og:title,
    no JSON-LD headline), whose other name cannot tell the headline's part from the site's:
    "HR Consulting Services | Warren Averett CPAs & Advisors" under a section's "<h2>HR
    Consulting Services</h2>" (after its menus' <h2>s). The page shows its reader its own name,
    whatever its length; not a heading that is a link home (the site's logo, ``links_home``).
    With meta tags and JSON-LD removed (``perturb --variants "bare meta"``): title exact +1 on
    half A, +1 on half B (service pages of two sites); as the pages are, no title right or
    wrong changed."""
    parts = TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2:
        return None
    wanted = {fold(part) for part in parts}
    for text, node in headings:
        if text and fold(text) in wanted and not links_home(node):
            return text, node
    return None


def without_tab_suffix(text: str, page_title: str, site: str | None) -> str:
    """ "15 Language Learning Apps Compared - Personally Tested" as both <title> and <h1>: a
    template that prints the document's title as its heading prints the tab's suffix with it,
    and the headline is the title without it, as ``strip_site_suffix`` reads the <title>. Only
    an <h1> that is the whole <title> letter for letter (an <h1> worded apart from the <title>
    is the editor's own), and only a cut part without digits: "The Best Cheap Wireless Earbuds
    under $50 - March 2026" names the list's edition, not the site. On wcxb-dev: title exact
    +1 on half B's articles (and a listing's), none lost on either half."""
    if not page_title or " ".join(text.split()) != " ".join(page_title.split()):
        return text
    cut = strip_site_suffix(text, site)
    if any(char.isdigit() for word in set(text.split()) - set(cut.split()) for char in word):
        return text
    return cut


# What a site calls its home page: a navigation label, not a name of the page's own.
_HOME: Final = re.compile(r"(?:^|\s)home\s?page$|^home$", re.IGNORECASE)


def home_label(text: str) -> bool:
    """Whether a heading or a title is the home page's label ("Home", "Artist & Craftsman
    Homepage"): the screen-reader <h1> or the "Home - Site" <title> a theme gives its front
    page, which a reader names by the site's name or the page's <title> instead. On wcxb-dev:
    title exact +2 on half B (a collection's front page, a blog's), none changed on half A."""
    return _HOME.search(text.strip()) is not None


def home_named(title: str, site: str | None) -> str:
    """A head title that is the home page's label ("Home") gives way to the site's name
    (og:site_name); else the title ``without_home_label``."""
    return site if site and home_label(title) else without_home_label(title)


def without_home_label(title: str) -> str:
    """ "Home - The GitHub Blog": a front page's title, the home page's label beside the site's
    name, names the site; the reader names the page by the name alone (as ``home_label``'s
    title gives way to og:site_name, on a page that names no site otherwise). Only a title of
    two parts, one of them the label. With meta tags and JSON-LD removed: title exact +1 on
    half B (a blog's front page), none changed on half A; as the pages are, none."""
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) != 2:
        return title
    if home_label(parts[0]) and not home_label(parts[1]):
        return parts[1].strip()
    if home_label(parts[1]) and not home_label(parts[0]):
        return parts[0].strip()
    return title


def links_home(node: LexborNode) -> bool:
    """Whether a heading is one link to the site's front page and nothing else: "<h1><a
    href="http://archlinux.org/">Arch Linux</a></h1>" above a forum's thread, a blog's name
    above its post. A theme sets its logo in the page's first heading and links it home; the
    page's own headline never links to the site's root (it links to itself, or not at all).
    The heading's words then say which site, not which page, also where they share a word
    with the page's <title> ("SMF vs MyBB? What are the differences?" under "<h1><a
    href="https://mybb.com/">MyBB</a></h1>"), which the word checks of ``title`` let pass.
    A link with no address, or one to a fragment ("#") or a query, is none: a script's
    button. On wcxb-dev: title exact +4 on half B (three forum threads of two sites, with
    ``labels_cut``'s slashes; a newsletter's "About" page), +1 on half A (a listing whose
    category heading links home, its <title> the page's name); none lost."""
    links = node.css("a")
    if len(links) != 1:
        return False
    href = (links[0].attributes.get("href") or "").strip()
    if not href.startswith(("/", "http://", "https://")):
        return False
    address = urlsplit(href)
    if address.path.strip("/") or address.query or address.fragment or href.startswith("//"):
        return False
    return " ".join(node.text(deep=True).split()) == " ".join(links[0].text(deep=True).split())


def strip_site_suffix(title: str, site: str | None) -> str:
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    folded_site = fold(site) if site else None
    # "Headline | Site" and "Site - Headline": drop the part that is the site's name, or a short
    # last part when it looks like a brand (few words, while the rest is a headline).
    # A part written as a domain ("GAME CHANGER | Newegg.com") is the site's name too.
    # A part that begins the site's name ("Thrive Internet Marketing" of "Thrive Internet
    # Marketing Agency") is its short form, when it has two words or more.
    kept = [
        not (folded_site and _names_site(fold(part), folded_site))
        and not _DOMAIN.fullmatch(part.strip())
        for part in parts
    ]
    if any(kept) and not all(kept):
        return _kept_parts(title, kept)
    last = parts[-1]
    rest = title[: title.rfind(last)]
    words = len(" ".join(parts[:-1]).split())
    if len(last.split()) <= 4 and words >= 4:
        return rest.rstrip(" |–—·•:-")
    # A pipe is the separator sites put before their own name ("Cloudflare CDN | Cloudflare",
    # "New Links | Hacker News"), so behind one a short last part is the brand even when the
    # headline has only two words; dashes and colons also join a headline's own clauses, so
    # they keep the four-word bar. On wcxb-dev: titles A +2, B 0, ScrapingHub and body unchanged.
    if rest.rstrip().endswith("|") and len(last.split()) <= 3 and words >= 2:
        return rest.rstrip(" |–—·•:-")
    return title


def _kept_parts(title: str, kept: list[bool]) -> str:
    """The title's parts marked kept, each with the separator the title sets before it: "Creative
    Agency Portfolio | Denver Web Design | Blennd" without the site's name is "Creative Agency
    Portfolio | Denver Web Design", the page's two parts as its title joins them (a reader
    copies the title so; until session 74 the parts were joined by " - "). On wcxb-dev: title
    exact +1 on half A (a service's page), none lost on A or B."""
    pieces = _SPLIT_KEEPING.split(title)
    parts, separators = pieces[::2], ["", *pieces[1::2]]
    found = [(separators[index], part) for index, part in enumerate(parts) if kept[index]]
    return found[0][1] + "".join(separator + part for separator, part in found[1:])


def _names_site(part: str, site: str) -> bool:
    return part == site or (len(part.split()) >= 2 and site.startswith(f"{part} "))


def without_domain_name(title: str | None, url: str | None) -> str | None:
    """ "Catering Tips | Cookshack" on forum.cookshack.com, "Outdoor Gear - The Bush Company
    USA" on thebushcompanyusa.com: a title whose last part after a separator is the name the
    site's own address spells (one label of its host, or its labels run together: "Club
    Target" on club.target.com; the top-level domain aside), letter for letter once spaces and
    case are set aside, ends with the site's name, also where the page names no site
    (og:site_name) and the headline before it is too short for the brand rule of
    ``strip_site_suffix``. On wcxb-dev: title exact +2 (a service's, a collection's) on half A,
    +1 (a forum thread's) on half B, none lost; no article's title changes.

    A last part that begins with that name and adds a few words is the site's name with its
    trade or its town ("Local Trails - Blue Line Bike Lab Houston Texas" on bluelinebikelab.com,
    "Pest Control Coupons | Pest-R-Us Pest Services" on pestrus.com), where the first part does
    not name the site itself (a site-first title's last part is its headline). And a first part
    that is the name, on a page below the front page, is the site's name before the headline
    ("The Objective Dad - How I Built Robust Local DNS …" on theobjectivedad.com); a front
    page's first part naming the site ("Talkspace - #1 Rated Online Therapy") is its own name,
    which the reader keeps. With meta tags and JSON-LD removed (``perturb --variants "bare
    meta"``, where the <title> names most pages): title exact +2 on half A (two articles), +2
    on half B (a service's, a collection's), none lost; as the pages are, no title changes."""
    if not title or not url:
        return title
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    address = urlsplit(url)
    labels = [label for label in (address.hostname or "").lower().split(".")[:-1] if label != "www"]
    names = ({label for label in labels if len(label) >= 3} | {"".join(labels)}) - {""}
    first_names = _squashed(parts[0]) in names
    if not first_names and _begins_with_name(parts[-1], names):
        rest = title[: title.rfind(parts[-1])].rstrip(" |–—·•:-")
        if rest:
            return rest
    if first_names and address.path.strip("/"):
        rest = title[title.find(parts[0]) + len(parts[0]) :].lstrip(" |–—·•:-")
        if len(rest.split()) >= _HEADLINE_AFTER_NAME_WORDS:
            return rest
    return title


# A name's letters and digits only: "The Bush Company USA" and "thebushcompanyusa" alike.
_NOT_NAME: Final = re.compile(r"[\W_]+")
# The most words a last part may add after the site's name: its trade, its town ("Pest
# Services", "Houston Texas"); more is a headline that begins with the brand.
_WORDS_AFTER_NAME: Final = 3
# The fewest words of a headline after the site's name set first.
_HEADLINE_AFTER_NAME_WORDS: Final = 3


def _squashed(text: str) -> str:
    return _NOT_NAME.sub("", text.casefold())


def _begins_with_name(part: str, names: set[str]) -> bool:
    """Whether ``part``'s first words, squashed, are one of ``names`` and at most
    ``_WORDS_AFTER_NAME`` words follow them."""
    words = part.split()
    return any(
        len(words) - count <= _WORDS_AFTER_NAME and _squashed("".join(words[:count])) in names
        for count in range(1, len(words) + 1)
    )
