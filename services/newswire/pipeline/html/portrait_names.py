"""The name under a person's portrait: an ``<img alt="Lauren Vetter">`` whose small box repeats
the same name as its text ("<div>Lauren Vetter</div>" beside it, a bio or a date after). The
photo filed as a person's (its alt's "Picture of …", its address's "/authors/", "/team/") and
its alt text agreeing with the visible name make the box a person's card, whatever its class
names say: on a site whose classes are hashed (CSS modules, Webflow's and utility builds) or say
nothing, the writer's card is still a portrait above a name. ``bylines`` asks it last among the
author boxes, when no source before it named anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.page_elements import h1_elements
from newswire.pipeline.html.people import job_titles_only
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.html.text import fold
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# The boxes read around a portrait: its parent and up to three more levels, while their text
# stays a card's (a name, a role, a date, a bio of a few lines: ``author_photo_names``'s
# bound), not a story.
_CARD_LEVELS: Final = 4
_MAX_CARD_CHARS: Final = 800
# The images read after the headline, in page order: a story page's writer card is among its
# first portraits.
_IMAGES_READ: Final = 40
# The longest alt text read as a name.
_MAX_NAME_CHARS: Final = 50
# The words a CMS or an accessibility checker puts before the name in a portrait's alt text
# ("Picture of Andrew King", "Headshot of Rebecca Norris", "Photo of John Goreham"), and the
# role it may put after a comma ("Headshot of Lisa Pham, Associate Content Marketing Writer").
_PORTRAIT_WORDS: Final = re.compile(
    r"^(?:an?\s+)?(?:picture|photo|photograph|headshot|avatar|image|portrait)\s+of\s+",
    re.IGNORECASE,
)


def portrait_names(tree: LexborHTMLParser, near: HeadlineTexts | None = None) -> list[str]:
    """The one name the page's portraits after its headline repeat as text beside them (see
    the module), as shown; none where portraits name two people or more (a team grid,
    customers' testimonials, other stories' writers: no one of them signs the story) unless the
    first is the byline right under the headline (see ``_under_headline``, given ``near``). Above
    the headline a portrait and its name are the header's (a language picker's flag "British
    English" over the same words, an account menu), unless the card says it is a writer's
    (see ``_card_above_headline``)."""
    found: dict[str, str] = {}
    # Cards that repeat their alt as a name but say nothing of a person (see ``_byline_card``).
    unfiled: dict[str, str] = {}
    before, after = _images_by_headline(tree)
    for img in after:
        given = clean_line(img.attrs.get("alt") or "")
        if _AUTHOR_ALT.fullmatch(given) and not elsewhere(img):
            if (named := _name_in_card(img)) is not None:
                found.setdefault(fold(named), named)
            continue
        alt = _alt_name(given)
        if not alt or len(alt) > _MAX_NAME_CHARS or len(alt.split()) < 2:
            continue
        beside = _name_beside(img, fold(alt))
        if beside is None or elsewhere(img):
            continue
        shown, card = beside
        # The alt or the name shown, as written ("alban Brooke" over "Alban Brooke").
        if person_names(alt) != [alt] and person_names(shown) != [shown]:
            continue
        if _portrait(img, given) or _writers_card(card, fold(shown)):
            found.setdefault(fold(shown), shown)
        elif _plain_card(card):
            unfiled.setdefault(fold(shown), shown)
    if not found and near is not None:
        found = _byline_card(list(unfiled.values()), near)
    if not found:
        found = _card_above_headline(before)
    if len(found) > 1 and near is not None:
        return _under_headline(list(found.values()), near)
    return list(found.values()) if len(found) == 1 else []


# The texts right under the headline where a byline's name sits (a deck may come first).
_TEXTS_UNDER_HEADLINE: Final = 3


def _under_headline(names: list[str], near: HeadlineTexts) -> list[str]:
    """The first portrait's name where it is one of the first texts under the headline: the
    writer's card as the byline ("<h1>…</h1><img alt="Headshot of Lisa Pham"><span>Lisa
    Pham</span>"); the later portraits are the people the story quotes or other stories'."""
    first = fold(names[0])
    for item in near.after_headline(_TEXTS_UNDER_HEADLINE):
        if fold(item.text) == first:
            return names[:1]
    return []


def _byline_card(names: list[str], near: HeadlineTexts) -> dict[str, str]:
    """The first portrait's name, where its photo is filed nowhere and its card says no role,
    when that name is the text right after the headline, where the byline sits ("<h1>…</h1>
    <img alt="Podium staff"><p>Podium Staff</p>"): a photo whose card repeats its alt as the
    byline is the writer's, whatever the class names say (the class names "authorName" as
    they are). Further down, such a card is as often a product's or a feature's. On
    wcxb-dev's articles with names hashed: author right A +2 (one site's two stories); as
    they are unchanged."""
    if not names:
        return {}
    first = fold(names[0])
    texts = [fold(item.text) for item in near.after_headline(2)]
    return {first: names[0]} if len(texts) == 2 and texts[1] == first != texts[0] else {}


# What a picture's card holds when it is an item's, a category's or a figure's, not a writer's
# byline: a link around the whole card (a teaser, a category tile), a heading for its name, a
# figure and its caption.
_ITEM_CARD_TAGS: Final = frozenset({"a", "figure"})
_ITEM_CARD_PARTS: Final = "a, figure, figcaption, h2, h3, h4, h5, h6"


def _plain_card(card: LexborNode) -> bool:
    """Whether a picture's card is a plain box of a photo and a name (see ``_byline_card``),
    not a linked tile, a titled card or a figure ("Home Appliance (1)" in a category tile's
    <h2>, a story's first photo captioned with its alt, right under the headline)."""
    return card.tag not in _ITEM_CARD_TAGS and card.css_first(_ITEM_CARD_PARTS) is None


def _alt_name(alt: str) -> str:
    """The name an alt text gives, without a portrait's words before it or a role after it."""
    words = _PORTRAIT_WORDS.match(alt)
    return alt[words.end() :].split(",", maxsplit=1)[0].strip() if words else alt


# Words of an image's address that file it as a writer's or staff member's photo
# ("/authors/sarahknowles2.jpg", "/img/team/winter.jpg", Drupal's "styles/author_image/…"). A
# product's or a feature's picture whose alt repeats its card's heading ("Cloud SQL", "M10
# Single Monitor Arm", "Digital Photo Frame": names as a name check reads them) is filed so
# nowhere. Not "user", "profile", "avatar" nor Gravatar's: members' and commenters' pictures
# are filed so (a software directory's first review, "/users/40/…" above "Cioccolata Russo").
_PORTRAIT_PATH_WORDS: Final = frozenset(
    {
        "author",
        "authors",
        "headshot",
        "headshots",
        "team",
        "staff",
        "people",
        "contributor",
        "contributors",
        "bio",
    }
)
_PATH_WORD: Final = re.compile(r"[a-z]+")


def _portrait(img: LexborNode, alt: str) -> bool:
    """Whether an image is a person's photo by its own word: its alt says so ("Picture of …")
    or its address files it among people (see ``_PORTRAIT_PATH_WORDS``)."""
    if _PORTRAIT_WORDS.match(alt):
        return True
    source = f"{img.attrs.get('src') or ''} {img.attrs.get('data-src') or ''}".lower()
    return not _PORTRAIT_PATH_WORDS.isdisjoint(_PATH_WORD.findall(source))


def _images_by_headline(tree: LexborHTMLParser) -> tuple[list[LexborNode], list[LexborNode]]:
    """The last ``_IMAGES_BEFORE`` images with an alt text before the page's first <h1>, and the
    first ``_IMAGES_READ`` after it; none on a page without one (no story headline to sign)."""
    body = tree.body
    if body is None or not h1_elements(tree):
        return [], []
    before: list[LexborNode] = []
    out: list[LexborNode] = []
    seen_headline = False
    # The two kinds in page order by one query (lexbor's walk tests each element against the
    # list's selectors in turn, and an element is of one tag): a walk of the body in Python
    # made a node object of each of its elements and read its tag (~0.6% of the time of
    # wcxb-dev's pages, where bylines ask it).
    for node in body.css(_HEADLINE_AND_IMAGES):
        if node.tag == "h1":
            seen_headline = True
        elif not seen_headline:
            before = [*before[1 - _IMAGES_BEFORE :], node]
        else:
            out.append(node)
            if len(out) == _IMAGES_READ:
                break
    return (before, out) if seen_headline else ([], [])


_HEADLINE_AND_IMAGES: Final = "h1, img[alt]"
# The images read just before the headline for a writer's card placed above it: the last ones,
# as the card sits in the headline's own banner, after the site's header and its pictures.
_IMAGES_BEFORE: Final = 2


def _card_above_headline(images: list[LexborNode]) -> dict[str, str]:
    """The name of a writer's card right above the headline (a story's banner that shows the
    writer's portrait, name and role, "Writer", before the <h1>), where no portrait after the
    headline names anyone. Above the headline a portrait and its name are as often the
    header's (a language picker's flag "British English", an account menu), so only a card
    that says in words that it is a writer's (see ``_writers_card``: a role line under the
    name, or a bio opening with it) counts there, and only among the last images before the
    <h1>. On wcxb-dev's articles with names hashed: author right A +1 (a hub's banner
    whose card the class names "author" gave away as they are), as they are unchanged."""
    found: dict[str, str] = {}
    for img in images:
        alt = _alt_name(clean_line(img.attrs.get("alt") or ""))
        if not alt or len(alt) > _MAX_NAME_CHARS or len(alt.split()) < 2 or elsewhere(img):
            continue
        beside = _name_beside(img, fold(alt))
        if beside is None or person_names(beside[0]) != [beside[0]]:
            continue
        if _writers_card(beside[1], fold(beside[0])):
            found.setdefault(fold(beside[0]), beside[0])
    return found


def _name_beside(img: LexborNode, folded: str) -> tuple[str, LexborNode] | None:
    """The text in the portrait's smallest card that is the alt's name, in any case, and that
    card."""
    return next(
        ((text, box) for text, box in _card_lines(img, folded) if fold(text) == folded), None
    )


# The Greek small sigmas: ``lower`` makes a capital sigma one or the other by the letters
# around it, which a card's whole text and one of its texts may not share.
_SIGMAS: Final = ("\u03c3", "\u03c2")


def _card_lines(img: LexborNode, wanted: str | None = None) -> Iterator[tuple[str, LexborNode]]:
    """The texts of the cards around a photo, the smallest card first, each with its card: up
    to ``_CARD_LEVELS`` parents, none past the story's own box or a card too long to be one.
    With ``wanted`` (a folded name), a card whose whole text cannot hold a text that folds to
    it gives none of its texts."""
    # A text of the card whose clean-up folds to ``wanted`` folds to it within the card's whole
    # text cleaned too (the clean-up keeps, spaces or removes each character by itself and
    # changes runs of spaces; ``fold`` spaces each run of non-word characters, and a text's
    # inner runs are runs of the whole; ``lower`` maps each character alike but a capital
    # sigma, which no such ``wanted`` holds): most cards (a product's, a figure's) are passed
    # over so, without a node object and a clean-up for each of their texts, level after
    # level.
    screen = wanted is not None and not any(sigma in wanted for sigma in _SIGMAS)
    box = img.parent
    for _ in range(_CARD_LEVELS):
        if box is None or box.tag in {"body", "article", "main"}:
            return
        whole = box.text(deep=True)
        if len(whole) > _MAX_CARD_CHARS:
            return
        if screen and wanted is not None and wanted not in fold(clean_line(whole)):
            box = box.parent
            continue
        for node in box.traverse(include_text=True, skip_empty=True):
            if node.is_text_node:
                text = clean_line(node.text_content or "")
                if text:
                    yield text, box
        box = box.parent


# A writer's role as a card gives it under the name ("Writer", "Staff Writer", "Contributing
# Editor"): a line of at most three words ending in one of these.
_WRITER_ROLE: Final = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:writer|author|editor|contributor|journalist|reporter|columnist)$",
    re.IGNORECASE,
)
# A bio's opening after the name ("Alban Brooke is the Head of Marketing at …").
_BIO_VERBS: Final = (" is ", " has ")


def _writers_card(card: LexborNode, folded: str) -> bool:
    """Whether the portrait's card says in words that it is a writer's, where neither the alt
    nor the image's address files the photo as a person's (an address of digests on a CDN,
    an ``<img>`` whose source is a placeholder until scripts run, class names hashed): a line
    that is a writer's role under the name ("Rachel MacDonald" / "Writer"), or a bio opening
    with the name ("Alban Brooke is the Head of Marketing at Buzzsprout"). A product's or a
    feature's card whose heading repeats its picture's alt has neither. On wcxb-dev's
    articles with names hashed: author right A +3 (sites whose writer card is only known by
    its class names as they are), invented unchanged."""
    for node in card.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node:
            continue
        text = clean_line(node.text_content or "")
        if _WRITER_ROLE.match(text):
            return True
        head = fold(text)
        if head.startswith(folded) and head[len(folded) : len(folded) + 4] in _BIO_VERBS:
            return True
    return False


# An alt text that says the photo is the writer's without naming them ("Photo of author",
# "Author avatar").
_AUTHOR_ALT: Final = re.compile(
    r"(?:(?:an?\s+)?(?:picture|photo|photograph|headshot|avatar|image|portrait)\s+of\s+)?"
    r"(?:the\s+)?author(?:\s+(?:photo|image|avatar|picture|headshot|portrait))?",
    re.IGNORECASE,
)


def _name_in_card(img: LexborNode) -> str | None:
    """The first text of the smallest card around a photo its alt files as the writer's
    ("<img alt="Photo of author">" beside "<p>Asser Christensen</p>") that is one person's
    name of two words or more. The alt says whose photo it is, so no name need repeat it. On
    wcxb-dev's articles with names hashed: author right A +1."""
    return next((text for text, _ in _card_lines(img) if _one_name(text)), None)


def _one_name(text: str) -> bool:
    """Whether a card's text is one person's name of two words or more, not a role ("Senior
    Analyst") nor the card's heading ("About the Author")."""
    if len(text.split()) < 2 or "author" in text.lower() or job_titles_only((text,)):
        return False
    return person_names(text) == [text]
