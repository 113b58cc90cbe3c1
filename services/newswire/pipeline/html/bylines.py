"""Authors: from JSON-LD and <meta>, else from author links, else from the visible byline.

This module asks the sources in order and keeps the site's own name out; the sources live in
``author_markup`` (JSON-LD, ``<meta>``, unfurl labels), ``author_elements`` (author links,
byline elements, author boxes) and ``byline_lines`` ("By …" and "Written by …" lines)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.account_bylines import signed_over_account
from newswire.pipeline.html.author_elements import (
    author_box_heads,
    author_link_nodes,
    author_links,
    author_photo_names,
    visible_bylines,
)
from newswire.pipeline.html.author_markup import markup_names, unfurl_labels
from newswire.pipeline.html.byline_lines import (
    by_lines,
    posts_by_links,
    shown_by_line,
    signature_lines,
    signed_lines,
)
from newswire.pipeline.html.credit_lines import (
    bio_named_lines,
    dated_credit_lines,
    dated_name_lines,
    dated_texts,
    disclosed_in_author_boxes,
    site_by_line,
    titled_name_lines,
)
from newswire.pipeline.html.handles import handles
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.initials_cards import initials_cards
from newswire.pipeline.html.labelled_names import labelled_names
from newswire.pipeline.html.listed_writers import listed_writers
from newswire.pipeline.html.markup_accounts import declared_account
from newswire.pipeline.html.microdata_authors import microdata_names
from newswire.pipeline.html.microdata_items import microdata_types
from newswire.pipeline.html.people import (
    COLLECTIVE_SIGNATURES,
    first_names_only,
    job_titles_only,
    names_of_site,
    people,
)
from newswire.pipeline.html.permalink import front_page
from newswire.pipeline.html.portrait_names import portrait_names
from newswire.pipeline.html.poster_lines import poster_line, question_asker
from newswire.pipeline.html.profile_links import profile_link_names
from newswire.pipeline.html.site_owner import owner_by_header_and_notice, owner_by_home_link
from newswire.pipeline.html.slug_links import slug_link_names
from newswire.pipeline.html.story_pages import declares_discussion, head_declares_story
from newswire.pipeline.html.text import fold
from newswire.pipeline.html.thread_opener import microdata_opener, thread_opener, thread_starter
from newswire.pipeline.html.thread_posts import first_poster, repeated_poster
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import PERSON_NAME

# Where names come from: the page, its head, and its texts around the headline.
_Source = Callable[[LexborHTMLParser, HeadMetadata, HeadlineTexts], list[str]]
_Page = tuple[LexborHTMLParser, HeadMetadata, HeadlineTexts]


def _names_by(asked: dict[_Source, list[str]], page: _Page, source: _Source) -> list[str]:
    """``source``'s names, asked once a page (``asked``: the rules come back to some); bound by
    ``partial``: compiled, a closure and its function's variables held each other (a cycle)."""
    return asked[source] if source in asked else asked.setdefault(source, source(*page))


def authors(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    *,
    url: str | None = None,
    near: HeadlineTexts | None = None,
    lines: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """The story's authors: JSON-LD and <meta> first, then links to author pages, then the
    visible byline element, then a "By …" line near the headline. What is not a person is
    dropped at every step (the site's or publisher's name, a username, "admin", "undefined"),
    and the next source is asked. ``near``: the page's texts around its headline, when the
    caller walked them already (the date rules read them too). ``lines``: the page's text
    lines in page order, when the caller walked them (see ``signed_lines``)."""
    if url and front_page(url):
        # A site's front page is no one's story: its bylines are its latest posts' (a tech
        # blog's home, "Keith Randall" over one teaser of many), a testimonial's or the
        # company's own. On wcxb-dev (all types) the pages at a site's root: authors invented
        # A 5 and B 4 (listings, services, a shop's home), one right (a service page whose
        # truth is the company, B), no article's author among them.
        return ()
    if _declares_product(meta):
        return ()
    near = HeadlineTexts(tree) if near is None else near
    opener = thread_opener(meta) or microdata_opener(tree) or thread_starter(near)
    if opener := opener or first_poster(tree):
        # A forum thread signed by its opener, as the page's markup, its header or its first
        # post's card declares it.
        return tuple(opener)
    site_names = names_of_site(meta, url)
    if (signed := site_by_line(near, site_names)) is not None:
        # "Written by Model Remodel" under the headline: the company signs its blog's post as
        # its reader sees, over the CMS account the markup names ("Max Mittler"). On
        # wcxb-dev's articles: author right +1 on half B, none on A, none invented (all
        # types); a lower-case account ("by" then "uclahealth") is left to ``handles``.
        return (signed,)
    found = _signed_by(tree, meta, site_names, url=url, near=near, lines=lines) or tuple(
        poster_line(near) or repeated_poster(tree) or question_asker(tree)  # last: no ids, Q&A
    )
    if len(found) > 1 and declares_discussion(meta.ld.types, microdata_types(tree)):
        # A thread (a forum's page declaring its posts, see ``declares_discussion``) is signed
        # by whoever opened it: the first post's poster, whom the author links name first;
        # the later names are the replies' posters. On wcxb-dev (forum pages): author right
        # +4 on half A.
        return found[:1]
    return found


def _declares_product(meta: HeadMetadata) -> bool:
    """Whether the page's head declares a product (a JSON-LD Product, og:type "product") and
    no story (an article's og:type or JSON-LD item): a shop's item page, whose "By …" line is
    the brand's ("by Boss Office Products", "By Almondina"), whose names are its reviewers'
    or the staff's account in the markup; no one signs it. A review article declaring the
    products it rates declares itself an article too. On wcxb-dev (all page types): authors
    invented A 19 -> 17 and B 15 -> 13 of pages without one, no right author lost (no page
    declared so has an author in the truth)."""
    og_type = meta.first("og:type")
    product = bool(meta.ld.products) or "product" in (og_type or "").lower()
    return product and not head_declares_story(meta)


def _signed_by(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    site_names: set[str],
    *,
    url: str | None,
    near: HeadlineTexts | None,
    lines: Sequence[str] | None,
) -> tuple[str, ...]:
    """The names the page signs its story with, source after source (see ``authors``)."""
    near = HeadlineTexts(tree) if near is None else near
    names_by = partial(_names_by, {}, (tree, meta, near))
    for source in _sources(lines):
        # The site's own name in the markup is often the CMS's default for every page ("CDC",
        # "GitHub" as meta author on pages whose truth has no author); shown to the reader as
        # the byline ("By WSET Global", a company blog's author box naming the company, a
        # personal site's author link naming its owner), it signs the story. On wcxb-dev's
        # articles where a visible source names only the site: the truth is that name on all
        # 8 (halves A and B), none without an author. Beside a person's name it is the
        # company's credit, not a signature ("Corti", "Joakim Edin"): the person signs.
        markup = source in (markup_names, unfurl_labels)
        unsigned = site_names if markup or source is handles else set()  # see handles()
        found = people(names_by(source), unsigned)
        if len(found) > 1 and source in (author_links, visible_bylines):
            # Author links and byline boxes also name reviewers, editors, related stories'
            # authors; the "By …" line under the headline names the writers, the site's name
            # too ("By Heather Handmade" on her blog): asked before that name is set aside.
            # Else the name beside the date under the headline: a forum thread's opener, whose
            # post header is the page's credit, where the byline boxes are every post's (a
            # WordPress forum declaring no discussion). On wcxb-dev: author right +1 forum
            # page on half B, none on A, no article's changed (all types).
            for credit in (by_lines, dated_name_lines):
                if (named := people(names_by(credit), unsigned)) and set(named) < set(found):
                    return named
        if not unsigned and len(found) > 1:
            found = people(list(found), site_names) or found
        if job_titles_only(found):
            continue  # the next source may name who holds the roles (see job_titles_only)
        dated = partial(names_by, dated_name_lines)
        if lines is not None and (signed := signed_over_account(found, lines, site_names, dated)):
            return signed
        if shown := _shown_over_markup(found, near, site_names) if markup else ():
            return shown
        if found and markup and first_names_only(found):
            # "KatieS": a markup author of one word is the CMS account's display name; the
            # "By …" line the reader sees under the headline gives the full name. (Author links
            # and byline boxes are not asked: beside a one-word markup name they list other
            # stories' or commenters' names, A -4 and B -1 on wcxb-dev's articles; a one-word
            # markup name is the truth as often as not, "srauturier" included.)
            by_line = people(names_by(by_lines), site_names)
            if by_line and not first_names_only(by_line):
                return by_line
        if found:
            return (_line_of_writers(tree, found, site_names) if markup else ()) or found
    owner = owner_by_home_link(tree, url) or owner_by_header_and_notice(tree)
    last_asked = _collective(names_by) or people(owner, set())
    site_as_author = _site_as_author(names_by, url, tree, meta.first("og:site_name"), near)
    return site_as_author or last_asked or declared_account(tree, meta, site_names)


# What may stand between the author links of one byline line: "By", commas, "and", "&"; at
# least one of the joining words or marks (a name and a "Profile" link side by side in an
# author box are no line of names).
_BETWEEN_AUTHORS = re.compile(r"(?:\bby\b|\band\b|[,&\s])*", re.IGNORECASE)
_JOINS = re.compile(r"\band\b|[,&]", re.IGNORECASE)


def _line_of_writers(
    tree: LexborHTMLParser, found: tuple[str, ...], site_names: set[str]
) -> tuple[str, ...]:
    """Every writer of the line of author links that the markup's one name opens (see
    _co_authors), or of the byline element's line that lists it first (see
    ``listed_writers``), when it names more than that one: the markup named the first alone."""
    if len(found) != 1:
        return ()
    line = people(_co_authors(tree, found[0]), site_names)
    if len(line) < 2:
        line = people(listed_writers(tree, found[0]), site_names)
    return line if len(line) > 1 else ()


def _co_authors(tree: LexborHTMLParser, name: str) -> list[str]:
    """The names of the byline line whose links begin with the author link ``name`` and hold
    nothing else but separators ("<div><a>Rui Ma</a>, <a>Heba Ledwon</a> & <a>Suparn
    Patra</a></div>"): the story's writers, of whom a CMS's markup often names only the first,
    the account that posted it. A line with any other word (a date, "Fact-checked by", a
    role) is not read. On wcxb-dev's articles: author right +1 on half B, none on A, none lost
    or invented (all page types)."""
    for node in author_link_nodes(tree):
        parent = node.parent
        if clean_line(node.text(deep=True)) != name or parent is None:
            continue
        texts = [clean_line(link.text(deep=True)) for link in parent.iter() if link.tag == "a"]
        if len(texts) < 2 or texts[0] != name:
            return []
        rest = clean_line(parent.text(deep=True))
        for text in texts:
            rest = rest.replace(text, " ", 1)
        joined = _BETWEEN_AUTHORS.fullmatch(rest) and _JOINS.search(rest)
        return texts if joined else []
    return []


def _collective(names_by: Callable[[_Source], list[str]]) -> tuple[str, ...]:
    """A collective signature ("Staff", "team", "Anonymous") as the markup, an author link or
    the byline gives it, when no source names a person: the newsroom or company signs the
    story, as its readers see (a CMS placeholder, "admin" or "Webmaster", signs nothing). On
    wcxb-dev's half A: the truth is that word on all 3 articles so signed, and no page of any
    type without an author has one."""
    for source in (markup_names, unfurl_labels, author_links, visible_bylines, by_lines):
        for name in names_by(source):
            cleaned = clean_line(name).strip(' ,"“”')
            if fold(cleaned).replace(" ", "") in COLLECTIVE_SIGNATURES:
                return (cleaned,)
    return ()


def _shown_over_markup(
    found: tuple[str, ...], near: HeadlineTexts, site_names: set[str]
) -> tuple[str, ...]:
    """The names of the "By …" line under the headline where the markup's full names are none
    of them: a guest's story or an editor's upload, whose CMS account in the markup ("Jawad
    Khan") is not the writer the reader sees ("By Jeff Cobb"). On wcxb-dev's articles: author
    right +2 on half A, +3 on half B, none lost ("Reviewed by" lines and lines above the
    headline are not read: they lost 5)."""
    if not found or first_names_only(found):
        return ()
    shown = people(shown_by_line(near), site_names)
    return shown if shown and not set(shown) & set(found) else ()


def _sources(lines: Sequence[str] | None) -> list[_Source]:
    """The sources in the order they are asked; those reading the page's text lines only when
    the caller gave them."""
    sources: list[_Source] = [markup_names, unfurl_labels, author_links, visible_bylines, by_lines]
    # A plain itemprop="author" element: the byline where no class names it (see the module).
    # On wcxb-dev: none changed as is (A, B); hashed class names, author right A +1 article.
    sources.append(microdata_names)
    if lines is not None:
        sources.append(lambda tree, meta, near: signed_lines(lines))
        sources.append(lambda tree, meta, near: signature_lines(lines))
    sources.append(disclosed_in_author_boxes)
    sources.extend(
        (
            author_box_heads,
            author_photo_names,
            lambda tree, meta, near: portrait_names(tree, near),
            initials_cards,
            lambda tree, meta, near: profile_link_names(tree),
            lambda tree, meta, near: slug_link_names(near),
            dated_credit_lines,
            dated_name_lines,
            titled_name_lines,
            posts_by_links,
            lambda tree, meta, near: labelled_names(tree),
        )
    )
    if lines is not None:
        sources.append(lambda tree, meta, near: bio_named_lines(near, lines))
    sources.append(handles)
    return sources


def _site_as_author(
    names_by: Callable[[_Source], list[str]],
    url: str | None,
    tree: LexborHTMLParser,
    site_name: str | None,
    near: HeadlineTexts,
) -> tuple[str, ...]:
    """The site's own name as the markup's author, when no source named a person: kept where
    the page also shows it as the byline (a company blog signed by the company), where it is
    a name of two words or more that the domain spells (a personal site: "Elizabeth McCravy"
    on elizabethmccravy.com), or where it is shaped like a signature (see _signature); a
    one-word brand is the CMS's default for every page."""
    marked = [name for source in (markup_names, unfurl_labels) for name in names_by(source)]
    if not marked:
        return ()
    shown = {
        fold(name).replace(" ", "")
        for source in (author_links, visible_bylines, by_lines)
        for name in names_by(source)
    }
    # The author link's own words, whatever their case: a company blog's CMS account named
    # for the company signs its posts so ("<a rel="author" href="/author/whova">whova</a>"),
    # which no name check lets through as a person. On wcxb-dev's articles: author right +2
    # on half B, none on A, none invented.
    links = [clean_line(node.text(deep=True)) for node in author_link_nodes(tree)]
    shown.update(fold(text).replace(" ", "") for text in links if text)
    # The site's name in a text of its own beside the date under the headline ("Supermove"
    # then "February 8, 2022"): the byline as the company blog shows it. On wcxb-dev's
    # articles: author right +1 on half A, +1 on B, none invented (all types).
    shown.update(fold(text).replace(" ", "") for text in dated_texts(near))
    host = urlsplit(url).hostname if url else None
    domain = (
        host.removeprefix("www.").split(".")[-2].replace("-", "") if host and "." in host else ""
    )
    return people(
        [
            name
            for name in marked
            if (squeezed := fold(name).replace(" ", "")) in shown
            or (squeezed == domain and len(name.split()) >= 2)
            or _signature(name)
            or _owner(name, site_name)
        ],
        set(),
    )


def _owner(name: str, site_name: str | None) -> bool:
    """Whether a markup author of two words written in lower case ("annette thurmon", the CMS
    account's spelling) is the site's name spelt as a person's (og:site_name "Annette
    Thurmon"): a personal site named after its owner, who signs its posts. The markup's
    spelling is kept (it is the byline the CMS gives); an account run together ("levinemusic"
    on "Levine Music") is a brand's. On wcxb-dev's articles: author right +1 on half B, none
    invented on either half (all page types)."""
    return (
        site_name is not None
        and len(name.split()) >= 2
        and fold(site_name).replace(" ", "") == fold(name).replace(" ", "")
        and _signature(site_name)
    )


# The end of a company's or an institution's formal name ("Kneib Dentistry PC", "QCY
# Official", "Michigan Technological University"): the owner of every page of the site, not
# the signature of one.
_INSTITUTION = re.compile(
    r"\b(?:inc|llc|ltd|pc|corp|gmbh|plc|official|university|college|institute|school"
    r"|hospital)\.?$",
    re.IGNORECASE,
)


def _signature(name: str) -> bool:
    """Whether a markup author that is also the site's name signs the story: two words or more
    shaped like a name ("Cory Dransfeldt" on coryd.dev, "Eric Ries", a small company's blog
    signed "West Bell Dental Care"), not a company's or institution's formal name. On
    wcxb-dev's articles: author right +4 on half A and +6 on half B, none invented on B."""
    return (
        len(name.split()) >= 2 and bool(PERSON_NAME.match(name)) and not _INSTITUTION.search(name)
    )
