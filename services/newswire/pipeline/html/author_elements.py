"""Authors named by a page's elements: links to author pages, elements named like a byline
("byline__author", "author-name"), and the name heading an author box after the story."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.dates import is_date_like
from newswire.pipeline.html.byline_elements import byline_elements, byline_elements_once
from newswire.pipeline.html.byline_lines import (
    BY_LINE,
    BY_PREFIX,
    BYLINE_LABEL,
    MAX_BYLINE_CHARS,
)
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.page_elements import AUTHOR_MARKUP, AUTHOR_PATHS, page_elements
from newswire.pipeline.html.placement import (
    elsewhere,
    in_comments,
    in_other_stories,
    in_reviews,
    in_rows,
    up_to,
)
from newswire.pipeline.html.teaser_cards import in_teaser_card
from newswire.pipeline.html.text import SPACE
from newswire.pipeline.textnorm import clean_line, clean_line_within
from newswire.pipeline.vocabulary import (
    AUTHOR_WORDS,
    WRITTEN_BY_PHRASES,
    alternation,
    person_names,
)

# Every selector of the nine, for the tests: the page's shared query finds these links in
# fewer (see page_elements), and ``author_link_nodes`` counts each as these would.
AUTHOR_LINKS: Final = ", ".join([AUTHOR_MARKUP, *(f'a[href*="{path}"]' for path in AUTHOR_PATHS)])
_AUTHOR_LINKS_READ: Final = 5
_AUTHOR_PHOTOS_READ: Final = 5


def author_link_nodes(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css(AUTHOR_LINKS)[:5]``: the first 5 matches, an element once per selector of
    ``AUTHOR_LINKS`` it matches, in page order. They are read from the page's shared query,
    which holds them among other kinds: an element's count is made from its attributes as
    the nine selectors match (``rel`` in any case, the paths in the link's case)."""
    out: list[LexborNode] = []
    for node, tag, attrs in page_elements(tree):
        count = sum(path in (attrs.get("href") or "") for path in AUTHOR_PATHS) if tag == "a" else 0
        if (rel := attrs.get("rel")) and rel.lower() == "author":
            count += 1
        if attrs.get("itemprop") == "name" and _in_author(node):
            count += 1
        if count:
            out.extend([node] * min(count, _AUTHOR_LINKS_READ - len(out)))
            if len(out) == _AUTHOR_LINKS_READ:
                break
    return out


def _in_author(node: LexborNode) -> bool:
    """Whether an element is inside an ``[itemprop="author"]`` (``[itemprop="author"]
    [itemprop="name"]`` is a name property there)."""
    parent = node.parent
    while parent is not None and parent.is_element_node:
        if parent.attrs.get("itemprop") == "author":
            return True
        parent = parent.parent
    return False


def author_links(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Names in links to author pages. A one-word link beside a full name ("Oleg Parashchak",
    "Experts"; "Zackery Cuevas", "Hardware") is a team's or a section's page in the author
    box, where the full name signs the story; initials and degrees ("RD") stay."""
    names = []
    for text in author_link_texts(tree):
        # One link to a shared author page may name two ("Moses Kim and Kate Shokurova").
        names.extend(person_names(text))
    if any(len(name.split()) >= 2 for name in names):
        return [name for name in names if len(name.split()) >= 2 or name.isupper()]
    return names


def author_link_texts(tree: LexborHTMLParser) -> list[str]:
    """The words of the page's author links that may sign its story (not a colleague named in
    the prose, nor a commenter), without their "By" or label."""
    texts = []
    # A link two selectors match comes twice in a row: its repeat takes its first answer.
    last: int | None = None
    said: str | None = None
    for node in author_link_nodes(tree):
        if node.mem_id != last:
            last, said = node.mem_id, _link_text(node)
        if said is not None:
            texts.append(said)
    return texts


def _link_text(node: LexborNode) -> str | None:
    if _in_prose(node) or in_comments(node) or in_other_stories(node) or in_reviews(node):
        return None
    if in_teaser_card(node) or _in_menu(node):
        return None
    piece = _first_piece(node)
    return piece or BYLINE_LABEL.sub("", BY_PREFIX.sub("", clean_line(node.text(deep=True))))


# A paragraph this long is the story's prose, not a byline line ("By Ann Lee | Updated …").
_PROSE_CHARS: Final = 200


def _in_prose(node: LexborNode) -> bool:
    """Whether the author link is a mention inside the story's running text ("…as my
    colleague <a href="/author/…">Rebecca Rodriguez</a> found…"): its paragraph is prose, a
    byline's line is short. The writer is named elsewhere, the colleague signs nothing."""
    parent = node.parent
    for _ in range(3):
        if parent is None:
            return False
        if parent.tag == "p":
            return len(parent.text(deep=True)) > _PROSE_CHARS
        parent = parent.parent
    return False


def _first_piece(node: LexborNode) -> str:
    """The name of an author link whose texts sit in sibling elements with no space between
    them ("<p>Harry Rabinowitz</p><p>Tech Reporter</p>", "<span>Written By</span><span>Reyan
    Perumal</span><span>Reyan Perumal is a…</span>"): the link's text read whole glues the name
    to the role, label or bio beside it ("Harry RabinowitzTech Reporter"), which a reader sees
    on lines of their own. The first text that is not a "By" label is the name; "" where the
    link's texts are spaced (then the link reads whole, as before)."""
    pieces = [
        piece
        for child in node.traverse(include_text=True)
        if child.tag == "-text"
        for piece in [clean_line(child.text_content or "")]
        if piece
    ]
    if len(pieces) < 2 or " ".join(pieces) == clean_line(node.text(deep=True)):
        return ""
    for piece in pieces:
        label = BY_LINE.fullmatch(piece)
        if label and not label["names"]:
            continue  # "Written By" in an element of its own
        return BYLINE_LABEL.sub("", BY_PREFIX.sub("", piece)).strip()
    return ""


# Class/id parts that name a byline, and parts that name something beside it (a portrait, a
# bio box, the date that shares the line, the story's section or tags: "byline__category"
# holding "<a>Wellness &amp; Prevention</a>" beside the date, which would read as two names).
_BYLINE_PARTS: Final = frozenset(
    {"byline", "author", "authors", "writer", "reporter", "contributor"}
)
_NOT_BYLINE_PARTS: Final = frozenset(
    {"image", "img", "photo", "avatar", "bio", "box", "description", "title"}
    | {"category", "categories", "tag", "tags", "topic", "topics", "section"}
    # A quotation's or a testimonial's attribution ("pullquote-testimonial__author"): the
    # speaker of a quote set in the story, not its writer. On wcxb-dev: author right +1 article
    # on half B, two service pages no longer given their customers as authors; none on A.
    | {"quote", "quotes", "pullquote", "blockquote", "testimonial", "testimonials"}
)


def visible_bylines(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """Names from the page's byline elements, when no markup names the author.

    The innermost element named like a byline ("byline__author", "author-name") holds just the
    names; its text loses a leading "By" (in several languages) and is split at "and"/commas.
    A line that reads like a sentence, a date or a bio is not a byline.
    """
    candidates = []
    last: int | None = None
    for node in byline_elements(tree)[:40]:
        if node.mem_id == last:
            continue  # its element again, for a second byline word of its class: no one new
        last = node.mem_id
        parts = class_parts(node)
        if (
            parts & _BYLINE_PARTS
            and (not parts & _NOT_BYLINE_PARTS or _author_box_name(node, parts))
            and not in_comments(node)
            and not in_other_stories(node)
            and not in_reviews(node)
            and not in_teaser_card(node)
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
    leaves = [node for node in candidates if node.mem_id not in wrappers]
    listed = in_rows(leaves)
    names: list[str] = []
    for node in leaves:
        if node.mem_id in listed:
            continue
        text = _without_dates(node)
        text = BYLINE_LABEL.sub("", BY_PREFIX.sub("", clean_line(text))).strip()
        text = _AUTHOR_LABEL.sub("", text)
        if not text or len(text) > MAX_BYLINE_CHARS or any(ch.isdigit() for ch in text):
            continue
        # All or nothing: one part that is not a name means the element held a sentence
        # ("The Russian and Syrian defense ministries …") or a form label ("Nama (wajib)").
        found = person_names(text)
        if not found and _LOWER_CASE_NAME.fullmatch(text):
            found = [text] if _author_box_name(node, class_parts(node)) else []
        names.extend(name for name in found if name not in names)
        if len(names) >= 5:
            break
    # "Carrie Arnold" and "Carrie Arnold Contributing Writer" from two elements: keep the name.
    names = [name for name in names if not any(o != name and o in name for o in names)]
    # "CM" beside "Craig McCarthy": the avatar placeholder showing the writer's initials.
    initials = {"".join(word[0] for word in name.split()) for name in names if " " in name}
    return [name for name in names if name not in initials]


# An author box's name line in lower case ("crazy lennys", an account's display name): the
# box's name element holds the name alone, so its words sign whatever their case. On
# wcxb-dev's articles: author right +1 on half B, none on A, none invented (all types).
_LOWER_CASE_NAME: Final = re.compile(r"[a-z]+(?: [a-z]+){1,2}")

# "Author" or "Written by" set apart from the name without a colon, in its own element
# ("<span>Author</span> <span>Venteur</span>" reads "Author Venteur"), in the held-out pages'
# other languages too: "Geschrieben von Anna Schmidt", shaped like a name with its particle
# "von", was taken whole.
_AUTHOR_LABEL: Final = re.compile(
    rf"^(?:authors?|written\s+by|{alternation(WRITTEN_BY_PHRASES)}"
    rf"|{alternation(AUTHOR_WORDS)})\s+(?=\S)",
    re.IGNORECASE,
)


# Class parts naming the site's navigation (its footer is not one: a story's own footer holds
# its author link, A -2 and B -2 right on wcxb-dev's articles when counted).
_MENU_PARTS: Final = frozenset({"nav", "navbar", "navigation", "menu", "submenu"})
_ANCESTORS_FOR_MENUS: Final = 12


def _in_menu(node: LexborNode) -> bool:
    """Whether an author link is an item of the site's navigation (a ``<nav>`` or an element
    named for a menu): a menu links to a contributor's or a section's page on every page of the
    site ("Hong Kong Actuary" under a "Career tips" menu, "DesignTV"), which signs no story. On
    wcxb-dev: authors invented on half A 36 -> 35 (an article), half B 25 -> 24 (a listing);
    none right lost on either half (all page types)."""
    return up_to(
        node,
        _ANCESTORS_FOR_MENUS,
        lambda up: up.tag == "nav" or bool(class_parts(up) & _MENU_PARTS),
    )


def _author_box_name(node: LexborNode, parts: set[str]) -> bool:
    """Whether the element is the name line of an author box ("elementor-author-box__name",
    WordPress's Elementor author box at the end of a post): the box's bio is left out of
    bylines, its element named "name" holds just the author's name. On wcxb-dev's articles
    with such an element, the truth is its name wherever one was given (+1 on each half)."""
    if parts & _NOT_BYLINE_PARTS != {"box"}:
        return False
    return any(
        token.lower().endswith("name") and "box" in token.lower()
        for token in (node.attrs.get("class") or "").split()
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
_DANGLING: Final = re.compile(r"(?:\s+(?:on|at|am|le|el|em|il|op|den)|\s*[|•·—–,])+\s*$")


_MAX_BOX_NAME_CHARS: Final = 40
_AUTHOR_BOX_CANDIDATES: Final = 40


def author_box_heads(tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts) -> list[str]:
    """The name heading an author box, asked when no source before it named anyone: a box
    after the story (its class names the author: "blog_author-box", "blog-author") whose
    first text is the writer's name and the rest a bio ("Lauren Vetter" / "Lauren Vetter is a
    growth-focused marketer…"), too long to read as a byline whole. Only a name of two words
    or more, outside comments, related stories and sidebars (a commenter's box is shaped
    alike). On wcxb-dev's articles: author right +2 on half A, none lost on either half, none
    invented (all page types)."""
    for node in author_named(tree):
        parts = class_parts(node)
        if "author" not in parts or parts & {"comment", "comments"}:
            continue
        # (A box's text is cleaned only as far as telling it longer than a byline.)
        if clean_line_within(node.text(deep=True), MAX_BYLINE_CHARS) is not None or elsewhere(node):
            continue
        names = _first_line_name(node)
        if names:
            return names
    return []


# How far up from an author's photo its box may reach (the photo in a column of its own, the
# name in the next: "grid > column > container > inner > img"), and the most text that box
# may hold (a box, not the story around it).
_PHOTO_BOX_LEVELS: Final = 4
_MAX_PHOTO_BOX_CHARS: Final = 800


def author_photo_names(
    tree: LexborHTMLParser, meta: HeadMetadata, near: HeadlineTexts
) -> list[str]:
    """The name beside the author's photo, asked when no source before it named anyone: an
    author box whose only author-named element is the photo (``<img class="author__photo">``,
    "dynamic-author-image"), the name in a plain heading or paragraph next to it and a bio
    after ("Alban Brooke" / "Alban Brooke is the Head of Marketing at …"). The first text of
    the smallest box around the photo that has text, when that text is a name of two words
    or more; not in comments, related stories or sidebars (a commenter's avatar is shaped
    alike)."""
    for img in _author_images(tree):
        if "author" not in class_parts(img) or elsewhere(img):
            continue
        box = img.parent
        for _ in range(_PHOTO_BOX_LEVELS):
            if box is None or box.tag in {"body", "article", "main"}:
                break
            text = box.text(deep=True).strip()
            if len(text) > _MAX_PHOTO_BOX_CHARS:
                break
            if text:
                names = _first_line_name(box)
                if names:
                    return names
                break
            box = box.parent
    return []


def _author_images(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css('img[class*="author"]')[:5]``, read from the byline elements' query as
    ``author_named`` reads it: the sources before the photo's (``visible_bylines``, the author
    box heads) have made that query on every page that asks this one, and a query of its own
    walked the whole tree again (~50 µs a page)."""
    out: list[LexborNode] = []
    for node in byline_elements_once(tree):
        if node.tag == "img" and "author" in (node.attrs.get("class") or ""):
            out.append(node)
            if len(out) == _AUTHOR_PHOTOS_READ:
                break
    return out


def author_named(tree: LexborHTMLParser) -> list[LexborNode]:
    """``tree.css('[class*="author"]')[:40]``, read from the byline elements' query, which the
    page has made already (``visible_bylines`` is asked before, and the page's queries are
    made once): its first selector is that one, and lexbor gives a list's matches in page
    order, an element once per selector it matches, one after the other. The query of the
    whole tree for that selector again cost ~80 µs a page."""
    out: list[LexborNode] = []
    for node in byline_elements_once(tree):
        if "author" in (node.attrs.get("class") or ""):
            out.append(node)
            if len(out) == _AUTHOR_BOX_CANDIDATES:
                break
    return out


def _first_line_name(node: LexborNode) -> list[str]:
    for child in node.traverse(include_text=True):
        if child.tag != "-text":
            continue
        text = clean_line(child.text_content or "")
        if not text:
            continue
        text = BYLINE_LABEL.sub("", BY_PREFIX.sub("", text)).strip()
        names = person_names(text)
        if len(text) <= _MAX_BOX_NAME_CHARS and len(names) == 1 and len(names[0].split()) >= 2:
            return names
        return []
    return []
