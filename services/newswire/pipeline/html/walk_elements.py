"""The walk's judgement of one element, before it walks into it: a <header> that is the content's
(walked as a <div>), a control or another edition's link (passed over), an element dropped as
furniture (its tag's, its names' and its place's shortcuts, else ``junk.is_junk``)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newswire.pipeline.html.controls import control_element
from newswire.pipeline.html.embed_codes import embed_code
from newswire.pipeline.html.hiding_classes import phone_copy
from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.hover_cards import hover_card
from newswire.pipeline.html.item_ratings import item_rating
from newswire.pipeline.html.junk import DROP_TAGS, NAMES_ONLY, TAG_ONLY_DROPS, is_junk
from newswire.pipeline.html.language_links import other_edition
from newswire.pipeline.html.mastheads import card_header, site_masthead
from newswire.pipeline.html.plain_names import kept_by_names


def _names_only(attrs: dict[str, str | None]) -> bool:
    """``attrs.keys().isdisjoint(NAMES_ONLY)`` compiled, without a view and two method calls."""
    return all(key not in NAMES_ONLY for key in attrs)


def content_header(
    child: LexborNode,
    attrs: dict[str, str | None],
    holds: Holds,
    *,
    mains: list[int],
    block_tags: list[str],
    path: list[int],
    by_name: bool,
    noscript: bool,
    hidden: bool,
    discussion: bool,
    story_page: bool,
) -> bool:
    """Whether a <header> is walked into as content: one inside the page's <main> (``mains``,
    ``path``: the walk's open block elements) heads a part of the content (a service page's
    hero, a section's intro); the site's masthead is outside it, and a story's header inside
    its <article> holds the headline, byline and share tools, as before. An app shell's <main>
    around the whole page holds the masthead too (``mastheads``). A card's header is its own."""
    return (
        (
            bool(mains)
            and "article" not in block_tags
            and not set(mains).isdisjoint(path)
            and not site_masthead(child)
        )
        or card_header(child)
    ) and not is_junk(
        child,
        "div",
        attrs,
        holds,
        by_name=by_name,
        noscript=noscript,
        hidden=hidden,
        discussion=discussion,
        story_page=story_page,
    )


def passed_over(
    child: LexborNode,
    tag: str,
    attrs: dict[str, str | None],
    *,
    product: bool,
    in_pre: int,
    page_language: str | None,
) -> bool:
    """Whether the walk passes over an element without a trace: a form's or a player's
    control (``controls``), a link to the page in another language (``language_links``), a
    share box's embed code (``embed_codes``). Not in ``Tree.dropped``: the page-type model
    learned that count without these forms and links."""
    return (
        control_element(child, tag, product=product)
        or (tag == "a" and "hreflang" in attrs and other_edition(attrs, page_language))
        or (tag == "code" and not in_pre and embed_code(child))
    )


def dropped(
    child: LexborNode,
    tag: str,
    attrs: dict[str, str | None],
    holds: Holds,
    *,
    parent_tag: str,
    link_depth: int,
    in_pre: int,
    by_name: bool,
    noscript: bool,
    hidden: bool,
    discussion: bool,
    story_page: bool,
) -> bool:
    """Whether the walk drops an element with attributes, or one of ``DROP_TAGS``, with all
    inside it: ``is_junk``'s answer, but where the walk knows it without the call.
    ``parent_tag``: the tag of the block the element is in; ``link_depth``: how many links
    it is in; ``in_pre``: how many <pre>s it is in."""
    # An image, a script, an icon: dropped by its tag as ``is_junk`` would (a <noscript>
    # walked into on the walk that asks for it), without the call.
    if tag in TAG_ONLY_DROPS:
        return not (noscript and tag == "noscript")
    # A paragraph's inline box with a picture: maybe a hover card (``hover_card``, which
    # reads the box up to its first word or picture, no further on most: a query of the
    # whole tree for its images cost more, ~5x over wcxb-dev).
    if tag == "span" and parent_tag == "p" and hover_card(child):
        return True
    if discussion and by_name and not in_pre and phone_copy(attrs.get("class") or ""):
        return True  # a thread's copy for phones (see ``hiding_classes``)
    if (
        # An element judged by its class and id alone, whose names are known to keep it
        # (see ``kept_by_names``): kept without the call.
        by_name
        and not in_pre
        and tag not in DROP_TAGS
        and _names_only(attrs)
        and kept_by_names(attrs.get("class") or "", attrs.get("id") or "", tag)
    ) or (
        # A rating inside a link: a listed item's figure (see ``item_ratings``).
        link_depth
        and by_name
        and not in_pre
        and tag not in DROP_TAGS
        and _names_only(attrs)
        and "id" not in attrs
        and item_rating(attrs.get("class") or "", child)
    ):
        return False
    return is_junk(
        child,
        tag,
        attrs,
        holds,
        by_name=by_name and not in_pre,
        noscript=noscript,
        hidden=hidden,
        discussion=discussion,
        story_page=story_page,
    )
