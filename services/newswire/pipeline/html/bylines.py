"""Authors: from JSON-LD and <meta>, else from author links, else from the visible byline."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.people import first_names_only, names_of_site, people
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.text import SPACE, fold
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import (
    BY_WORDS_IN_BYLINES,
    PERSON_NAME,
    alternation,
    person_names,
    split_names,
)

# Where names come from: the page, its head, and its texts around the headline.
_Source = Callable[[LexborHTMLParser, HeadMetadata, HeadlineTexts], list[str]]


def authors(
    tree: LexborHTMLParser,
    meta: HeadMetadata,
    *,
    url: str | None = None,
    near: HeadlineTexts | None = None,
    lines: Iterable[str] | None = None,
) -> tuple[str, ...]:
    """The story's authors: JSON-LD and <meta> first, then links to author pages, then the
    visible byline element, then a "By …" line near the headline. What is not a person is
    dropped at every step (the site's or publisher's name, a username, "admin", "undefined"),
    and the next source is asked. ``near``: the page's texts around its headline, when the
    caller walked them already (the date rules read them too). ``lines``: the page's text
    lines in page order, when the caller walked them (see ``_signed_lines``)."""
    near = HeadlineTexts(tree) if near is None else near
    # Each source is asked once a page: the rules below come back to some of them.
    asked: dict[_Source, list[str]] = {}

    def names_by(source: _Source) -> list[str]:
        if source not in asked:
            asked[source] = source(tree, meta, near)
        return asked[source]

    site_names = names_of_site(meta, url)
    sources = [_markup_names, _unfurl_labels, _author_links, _visible_bylines, _by_lines]
    if lines is not None:
        sources.append(lambda tree, meta, near: _signed_lines(lines))
    sources.append(_author_box_heads)
    for source in sources:
        # The site's own name in the markup is often the CMS's default for every page ("CDC",
        # "GitHub" as meta author on pages whose truth has no author); shown to the reader as
        # the byline ("By WSET Global", a company blog's author box naming the company, a
        # personal site's author link naming its owner), it signs the story. On wcxb-dev's
        # articles where a visible source names only the site: the truth is that name on all
        # 8 (halves A and B), none without an author. Beside a person's name it is the
        # company's credit, not a signature ("Corti", "Joakim Edin"): the person signs.
        unsigned = site_names if source in (_markup_names, _unfurl_labels) else set()
        found = people(names_by(source), unsigned)
        if not unsigned and len(found) > 1:
            found = people(list(found), site_names) or found
        if found and source in (_markup_names, _unfurl_labels) and first_names_only(found):
            # "KatieS": a markup author of one word is the CMS account's display name; the
            # "By …" line the reader sees under the headline gives the full name. (Author links
            # and byline boxes are not asked: beside a one-word markup name they list other
            # stories' or commenters' names, A -4 and B -1 on wcxb-dev's articles; a one-word
            # markup name is the truth as often as not, "srauturier" included.)
            by_line = people(names_by(_by_lines), site_names)
            if by_line and not first_names_only(by_line):
                return by_line
        if len(found) > 1 and source in (_author_links, _visible_bylines):
            # Links to author pages and byline boxes also name the reviewer, the editor, the
            # authors of related stories; the "By …" line under the headline names the writers.
            named = people(names_by(_by_lines), unsigned)
            if named and set(named) < set(found):
                return named
        if found:
            return found
    return _site_as_author(names_by, url, tree)


def _site_as_author(
    names_by: Callable[[_Source], list[str]], url: str | None, tree: LexborHTMLParser
) -> tuple[str, ...]:
    """The site's own name as the markup's author, when no source named a person: kept where
    the page also shows it as the byline (a company blog signed by the company), where it is
    a name of two words or more that the domain spells (a personal site: "Elizabeth McCravy"
    on elizabethmccravy.com), or where it is shaped like a signature (see _signature); a
    one-word brand is the CMS's default for every page."""
    marked = [name for source in (_markup_names, _unfurl_labels) for name in names_by(source)]
    if not marked:
        return ()
    shown = {
        fold(name).replace(" ", "")
        for source in (_author_links, _visible_bylines, _by_lines)
        for name in names_by(source)
    }
    # The author link's own words, whatever their case: a company blog's CMS account named
    # for the company signs its posts so ("<a rel="author" href="/author/whova">whova</a>"),
    # which no name check lets through as a person. On wcxb-dev's articles: author right +2
    # on half B, none on A, none invented.
    links = [clean_line(node.text(deep=True)) for node in tree.css(_AUTHOR_LINKS)[:5]]
    shown.update(fold(text).replace(" ", "") for text in links if text)
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
        ],
        set(),
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


def _markup_names(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    names: list[str] = []
    author = meta.ld.get("author")
    for given in author if isinstance(author, list) else [author]:
        item = given
        if isinstance(item, dict) and not isinstance(item.get("name"), str):
            item = _ld_node(meta, item.get("@id"))  # {"@id": "…#person"}: named in the @graph
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            names.append(str(item["name"]))
        elif isinstance(item, str):
            names.append(item)
    for key in (
        "author",
        "article:author",
        "byl",
        "dc.creator",
        "sailthru.author",
        "parsely-author",
    ):
        for value in meta.all(key):
            if not value.startswith(("http://", "https://")):
                names.extend(_split_markup(value))
    # Highwire Press tags of scholarly pages (PubMed Central, JMIR, repositories): one author
    # per tag, in the paper's order, each kept whole ("Smith, Jane" is one person).
    for key in ("citation_author", "citation_authors"):
        names.extend(meta.all(key))
    return names


def _unfurl_labels(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Slack's unfurl labels: <meta name="twitter:label1" content="Written by"> and the names
    in twitter:data1 (Yoast writes them on every post): asked after the markup's author."""
    names: list[str] = []
    for index in range(1, 5):
        label = meta.first(f"twitter:label{index}") or ""
        found = _BY_LINE.fullmatch(label.strip())
        if found and not found["names"]:
            for value in meta.all(f"twitter:data{index}"):
                names.extend(_split_markup(value))
    return names


def _ld_node(meta: HeadMetadata, node_id: object) -> Mapping[str, object] | None:
    """The JSON-LD object of the page whose ``@id`` is ``node_id`` (top level or in a @graph)."""
    if not isinstance(node_id, str) or not node_id:
        return None
    for root in meta.ld_roots:
        for item in root if isinstance(root, list) else [root]:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            for node in [item, *(graph if isinstance(graph, list) else [])]:
                if isinstance(node, dict) and node.get("@id") == node_id and "name" in node:
                    return node
    return None


def _split_markup(value: str) -> list[str]:
    return split_names(re.sub(r"^by\s+", "", value, flags=re.I))


# Links to an author's page: rel=author, microdata, and the paths CMSs give author pages.
_AUTHOR_LINKS = (
    '[rel="author"], [itemprop="author"] [itemprop="name"], a[href*="/author/"], '
    'a[href*="/authors/"], a[href*="/contributor/"], a[href*="/contributors/"], '
    'a[href*="/writer/"], a[href*="/writers/"], a[href*="/byline/"]'
)


def _author_links(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Names in links to author pages. A one-word link beside a full name ("Oleg Parashchak",
    "Experts"; "Zackery Cuevas", "Hardware") is a team's or a section's page in the author
    box, where the full name signs the story; initials and degrees ("RD") stay."""
    names = []
    for node in tree.css(_AUTHOR_LINKS)[:5]:
        text = _BYLINE_LABEL.sub("", _BY_PREFIX.sub("", clean_line(node.text(deep=True))))
        # One link to a shared author page may name two ("Moses Kim and Kate Shokurova").
        names.extend(person_names(text))
    if any(len(name.split()) >= 2 for name in names):
        return [name for name in names if len(name.split()) >= 2 or name.isupper()]
    return names


# Class/id parts that name a byline, and parts that name something beside it (a portrait, a
# bio box, the date that shares the line, the story's section or tags: "byline__category"
# holding "<a>Wellness &amp; Prevention</a>" beside the date, which would read as two names).
_BYLINE_PARTS = frozenset({"byline", "author", "authors", "writer", "reporter", "contributor"})
_NOT_BYLINE_PARTS = frozenset(
    {"image", "img", "photo", "avatar", "bio", "box", "description", "title"}
    | {"category", "categories", "tag", "tags", "topic", "topics", "section"}
)
_BY_PREFIX = re.compile(rf"^(?:{alternation(BY_WORDS_IN_BYLINES)})(?:\s+|$)", re.IGNORECASE)
_MAX_BYLINE_CHARS = 80
# "Text: …", "Written by: …", "Penulis: …": a label of one or two words before the names.
_BYLINE_LABEL = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*")


def _visible_bylines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Names from the page's byline elements, when no markup names the author.

    The innermost element named like a byline ("byline__author", "author-name") holds just the
    names; its text loses a leading "By" (in several languages) and is split at "and"/commas.
    A line that reads like a sentence, a date or a bio is not a byline.
    """
    candidates = []
    for node in tree.css(
        '[class*="author"], [class*="byline"], [class*="writer"], '
        '[class*="reporter"], [class*="contributor"]'
    )[:40]:
        parts = class_parts(node)
        if parts & _BYLINE_PARTS and (
            not parts & _NOT_BYLINE_PARTS or _author_box_name(node, parts)
        ):
            candidates.append(node)
    # Every element that has a byline element inside it: an outer wrapper, whose innermost byline
    # element speaks for it. (One walk up from each candidate, not a pairwise check.)
    wrappers: set[int] = set()
    for node in candidates:
        parent = node.parent
        while parent is not None:
            wrappers.add(parent.mem_id)
            parent = parent.parent
    names: list[str] = []
    for node in candidates:
        if node.mem_id in wrappers:
            continue
        text = _without_dates(node)
        text = _BYLINE_LABEL.sub("", _BY_PREFIX.sub("", clean_line(text))).strip()
        if not text or len(text) > _MAX_BYLINE_CHARS or any(ch.isdigit() for ch in text):
            continue
        # All or nothing: one part that is not a name means the element held a sentence
        # ("The Russian and Syrian defense ministries …") or a form label ("Nama (wajib)").
        names.extend(name for name in person_names(text) if name not in names)
        if len(names) >= 5:
            break
    # "Carrie Arnold" and "Carrie Arnold Contributing Writer" from two elements: keep the name.
    return [name for name in names if not any(o != name and o in name for o in names)]


def _author_box_name(node: LexborNode, parts: set[str]) -> bool:
    """Whether the element is the name line of an author box ("elementor-author-box__name",
    WordPress's Elementor author box at the end of a post): the box's bio is left out of
    bylines, its element named "name" holds just the author's name. On wcxb-dev's articles
    with such an element, the truth is its name wherever one was given (+1 on each half)."""
    if parts & _NOT_BYLINE_PARTS != {"box"}:
        return False
    return any(
        token.lower().endswith("name") and "box" in token.lower()
        for token in (node.attributes.get("class") or "").split()
    )


def _without_dates(node: LexborNode) -> str:
    """The byline element's text without the date it shares the line with ("Andrew
    Gerrand<br>4 August 2010", "<span>Dec 17, 2025</span><span>Julian K. Arni</span>"): its
    texts that hold a date are left out, and the words that tied the date on ("on", "|")."""
    pieces = [
        piece
        for child in node.traverse(include_text=True)
        if child.tag == "-text"
        for piece in [clean_line(child.text_content or "")]
        if piece and not (any(ch.isdigit() for ch in piece) and is_date_like(piece))
    ]
    return _DANGLING.sub("", SPACE.sub(" ", " ".join(pieces)).strip())


# What is left of "By Ann Lee on <time>…</time>" or "Ann Lee | <time>…</time>" without the date.
_DANGLING = re.compile(r"(?:\s+(?:on|at|am|le|el|em|il|op|den)|\s*[|•·—–,])+\s*$")


# "By Amy Wilhelm", "Written by Cassidy Horton", "Posted by David at December 16, 2025": the
# names end at a separator, "at"/"on" or a date.
_BY_LINE = re.compile(
    r"^(?:(?:(?:written|posted|words|text|reviewed)\s+)?by|authors?|written)\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)
_BY_LINE_END = re.compile(r"\s*(?:[|•·—–]|\s-\s|\bat\b|\bon\b|\bin\b|\d).*$")


def _by_lines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """A "By …" line just below the headline (or above it), in pages whose byline element has
    no telling name: the names after "By", up to a separator or a date."""
    pending_by = False
    for item in near:
        text = item.text
        if pending_by:
            names = _names_of(text)
            if names:
                return names
            pending_by = False
        match = _BY_LINE.match(text)
        if match is None or len(text) > _MAX_BYLINE_CHARS:
            continue
        if not match["names"]:
            pending_by = True  # "<span>By</span> <a>Name</a>"
            continue
        names = _names_of(match["names"])
        if names and item.after_headline:
            return names
    return []


def _names_of(text: str) -> list[str]:
    return person_names(_BY_LINE_END.sub("", text).strip(" ,"))


# "Written by Cassidy Horton" as a line of its own, or "Written by" and the name on the next
# line: the signature of a story whose byline sits at its end (an author box after the text, a
# page builder's heading), far from the headline. Only words that say who wrote the story: a
# bare "By" anywhere on the page is as often a photo's or a quote's credit, "Posted by" a
# comment's. Capitalised and opening a line: "a library written by Matthew Barnett" in a
# sentence names someone else's work.
_SIGNED = re.compile(r"^(?:Written|WRITTEN|Authored|AUTHORED)\s+(?:by|BY)\b\s*:?\s*(?P<names>.*)$")
_SIGNED_MAX_CHARS = 60


def _signed_lines(lines: Iterable[str]) -> list[str]:
    """The names of the first "Written by …" line of the page's text lines (the body walk's
    blocks, in page order), asked when no source before it named anyone. On wcxb-dev's
    articles: author right +1 on half A, +2 on half B, none invented."""
    pending = False
    for line in lines:
        if pending:
            return _names_of(line) if len(line) <= _SIGNED_MAX_CHARS else []
        match = _SIGNED.match(line)
        if match is None or len(line) > _SIGNED_MAX_CHARS:
            continue
        if not match["names"]:
            pending = True  # "<p>Written by</p><p><a>John Crenshaw</a></p>"
            continue
        return _names_of(match["names"])
    return []


_MAX_BOX_NAME_CHARS = 40


def _author_box_heads(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name heading an author box, asked when no source before it named anyone: a box
    after the story (its class names the author: "blog_author-box", "blog-author") whose
    first text is the writer's name and the rest a bio ("Lauren Vetter" / "Lauren Vetter is a
    growth-focused marketer…"), too long to read as a byline whole. Only a name of two words
    or more, outside comments, related stories and sidebars (a commenter's box is shaped
    alike). On wcxb-dev's articles: author right +2 on half A, none lost on either half, none
    invented (all page types)."""
    for node in tree.css('[class*="author"]')[:40]:
        parts = class_parts(node)
        if "author" not in parts or parts & {"comment", "comments"}:
            continue
        if len(clean_line(node.text(deep=True))) <= _MAX_BYLINE_CHARS or elsewhere(node):
            continue
        names = _first_line_name(node)
        if names:
            return names
    return []


def _first_line_name(node: LexborNode) -> list[str]:
    for child in node.traverse(include_text=True):
        if child.tag != "-text":
            continue
        text = clean_line(child.text_content or "")
        if not text:
            continue
        text = _BYLINE_LABEL.sub("", _BY_PREFIX.sub("", text)).strip()
        names = person_names(text)
        if len(text) <= _MAX_BOX_NAME_CHARS and len(names) == 1 and len(names[0].split()) >= 2:
            return names
        return []
    return []
