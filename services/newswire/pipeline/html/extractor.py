"""``extract_html``: one page in, the story's paragraphs and the raw metadata out."""

from __future__ import annotations

from collections import Counter
from typing import Final

from selectolax.lexbor import LexborNode

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.html.age_stamps import without_age_stamps
from newswire.pipeline.html.author_bios import (
    declared_bios,
    without_author_bio,
    without_declared_bio,
)
from newswire.pipeline.html.buy_buttons import buy_box_under_headline, one_products_buttons
from newswire.pipeline.html.bylines import authors
from newswire.pipeline.html.dates import page_dates
from newswire.pipeline.html.figures import images
from newswire.pipeline.html.footnote_marks import without_marked_notes
from newswire.pipeline.html.head import (
    HeadMetadata,
    canonical_url,
    excerpt_body,
    head_metadata,
    is_stub,
    language,
    locale,
    tags,
)
from newswire.pipeline.html.headline_case import typed_apostrophes
from newswire.pipeline.html.headline_texts import HeadlineTexts
from newswire.pipeline.html.microdata_items import microdata_types
from newswire.pipeline.html.newsletter_pitches import without_newsletter_pitches
from newswire.pipeline.html.noscript_frames import closed_frames, may_be_swallowed
from newswire.pipeline.html.noscript_pages import page_text
from newswire.pipeline.html.offer_names import offer_name
from newswire.pipeline.html.page_elements import Page, h1_elements, may_hold_segments
from newswire.pipeline.html.quantity_fields import one_products_quantity
from newswire.pipeline.html.signature_lines import without_signature_lines
from newswire.pipeline.html.site_names import without_domain_name
from newswire.pipeline.html.social_pitches import without_social_pitches
from newswire.pipeline.html.stated_body import within_stated_story
from newswire.pipeline.html.stated_faq import with_stated_faq
from newswire.pipeline.html.stated_product import with_stated_description
from newswire.pipeline.html.story_pages import (
    declares_answers,
    declares_discussion,
    declares_no_type,
    head_declares_story,
    headline_path,
)
from newswire.pipeline.html.streamed_segments import may_stream, place_segments
from newswire.pipeline.html.thread_posts import shows_thread
from newswire.pipeline.html.title import headline
from newswire.pipeline.html.walk import Block, Tree
from newswire.pipeline.pagetype.structure import Layout, Marked, summarize

# og:type says "product" (or "product.item") on one product's page, "product.group" on a
# collection's; in JSON-LD a collection lists many Products where a product's page has one.
_PRODUCT_OG_TYPES: Final = frozenset({"product", "product.item"})


def _one_product(
    meta: HeadMetadata, tree: Page, h1s: list[LexborNode], microdata: Counter[str]
) -> bool:
    """The page's own markup says it is one product's page, or its buy box does; ``h1s``:
    the document's <h1> elements; ``microdata``: its microdata item types."""
    og_type = (meta.first("og:type") or "").lower()
    if meta.ld.products == 1 or og_type in _PRODUCT_OG_TYPES:
        return True
    # A shop may declare its one product in microdata rather than in JSON-LD or og:type (a
    # game store's page: one itemtype="http://schema.org/Product" around the buy box, with
    # og:type "website"). One such item is one product's page, as one JSON-LD Product is; a
    # category's cards each carry one (dev's collection pages hold 2 to 32). Of wcxb-dev's
    # pages with exactly one, all 14 are products'. Half A product 0.73921 -> 0.73990 (a
    # game store's items +0.01 to +0.03, one -0.007), half B and the other types unchanged.
    if not meta.ld.products and "group" not in og_type and microdata["product"] == 1:
        return True
    # A shop's page that declares nothing (no Product in JSON-LD, og:type "website": a game
    # store's, a console maker's, a marketplace's) is one product's when it shows one
    # product's buy button (``buy_buttons``); not where its markup says it is a collection's.
    # Half A product 0.69679 -> 0.69719 (a game store's items +0.01 to +0.03, one -0.013; a
    # phone maker's +0.006), half B product 0.74205 -> 0.74323 (a rental shop's backpack
    # +0.053), collection +0.0001 (a shop's page +0.007); articles, the other types and
    # ScrapingHub unchanged (no article and no ScrapingHub page shows one or two).
    # A shop's page whose other products' cards carry buy buttons too (a game's DLC, a
    # service's add-ons, 3 or more on the page) or whose buy control is a link (a console
    # maker's "Buy now") is one product's by its buy box: one or two buy controls right under
    # its headline, before the next heading (``buy_box_under_headline``). No page of the other
    # types, of dev or ScrapingHub, shows that (a category's cards each carry a heading).
    # It flags 3 of dev's 28 undeclared product pages (a fitness shop's and a resume writer's,
    # 3 buttons each, unchanged; a console maker's +0.084): half A all types 0.88589 and
    # product 0.71395 unchanged, half B all types 0.89241 -> 0.89253 (product 0.75275 ->
    # 0.75454); the other types and ScrapingHub unchanged (no other page changed).
    if meta.ld.products or "group" in og_type:
        return False
    if one_products_buttons(tree) or buy_box_under_headline(h1s):
        return True
    # A shop's page that declares nothing and whose buy control no label tells (an icon, a
    # "Log in to buy", an item out of stock) still shows one product's quantity field (see
    # ``quantity_fields``): a parts catalogue's item, a sports shop's jacket, a wine shop's
    # bottle. Not on a page whose head declares a story: a blog's shop widget or wishlist
    # form carries one too. Of wcxb-dev's and ScrapingHub's pages that declare nothing else,
    # only these 3 product pages show one or two (a story's 1 to 3, a collection's 16; a grid
    # of 13 hidden). Half A all types 0.902133 -> 0.902340 (product 0.768 -> 0.771: a parts
    # catalogue's item +0.149, a sports shop's jacket +0.014), half B 0.913261 -> 0.913295 (a
    # wine shop's bottle +0.024); articles, the other types and ScrapingHub unchanged; hashed
    # A 0.883349 -> 0.883561, B 0.893675 -> 0.893708. Read from the shared query, no walk.
    return not head_declares_story(meta) and one_products_quantity(tree)


def _asks_question(meta: HeadMetadata, microdata: Counter[str]) -> bool:
    """The page says it is a question with its answers (a QAPage, in JSON-LD or microdata),
    whose posts are no thread's (see ``story_pages.declares_discussion``)."""
    return "qapage" in meta.ld.types or "qapage" in microdata or "answer" in microdata


def _marked(
    meta: HeadMetadata, tree: Page, h1s: list[LexborNode], microdata: Counter[str]
) -> Marked:
    """What the page's markup says it is, for the walk and the page classifier alike: a
    thread, one product's page, a question with its answers."""
    return (
        declares_discussion(meta.ld.types, microdata)
        or (not _asks_question(meta, microdata) and shows_thread(tree)),
        _one_product(meta, tree, h1s, microdata),
        declares_answers(meta.ld.types, microdata),
    )


def _parsed(html: str, utf8: bytes | None) -> Page:
    """The page parsed from ``utf8`` when given, else ``html``, repaired as a browser reads it."""
    markup = utf8 if utf8 is not None else html
    tree = Page(markup)
    # A tag manager's <iframe> written self-closed in <noscript> (see ``noscript_frames``),
    # closed and the page parsed again, on the few pages whose parse shows it may be there.
    if may_be_swallowed(tree):
        repaired = closed_frames(utf8) if utf8 is not None else closed_frames(html)
        if repaired is not markup:
            tree.forget()  # its nodes hold it (see ``Page.forget``)
            tree = Page(repaired)
    # React's streamed segments, moved into place as its scripts do (see ``streamed_segments``).
    # The page's text is searched for a segment's id (a scan of all of it, ~95 µs a page on
    # wcxb-dev) only when the parsed page holds an element that the segments' selector may
    # match, which the page's shared query (made on every page) finds for ~15 µs more: about
    # 1 page in 40 of wcxb-dev. The same pages are moved: ``place_segments`` moves nothing on
    # a page without such an element.
    if (
        may_hold_segments(tree)
        and may_stream(utf8 if utf8 is not None else html)
        and place_segments(tree)
    ):
        tree.forget()  # the shared query found the nodes before they moved
    return tree


def _layout(blocks: list[Block], walked: Tree, meta: HeadMetadata, marked: Marked) -> Layout:
    """The page classifier's view of the layout, from the body's walk (no second pass);
    ``marked``: what the page's markup told the walk (a thread, one product, a Q&A)."""
    return summarize(
        blocks,
        walked.classes.values(),
        walked.dropped,
        og_type=meta.first("og:type"),
        ld_types=meta.ld.types,
        marked=marked,
    )


def _finished(
    paragraphs: list[str], meta: HeadMetadata, markup: str | bytes, *, product: bool, story: bool
) -> list[str]:
    """The walk's paragraphs as the story: within the story the page states in its JSON-LD (see
    ``stated_body``), without a feed's age stamps (see ``age_stamps``), the site's newsletter
    pitches (see ``newsletter_pitches``), its invitations to follow it on a social network
    (see ``social_pitches``) and its fine print led by footnote marks (see ``footnote_marks``); on a ``story`` page (its head says so) the stated FAQ
    the page's ``markup`` shows added (see ``stated_faq``); a product's stated description
    added (see ``stated_product``); the head's excerpt when nothing is left."""
    paragraphs = without_marked_notes(
        without_social_pitches(
            without_newsletter_pitches(
                without_age_stamps(within_stated_story(paragraphs, meta.ld_roots))
            )
        )
    )
    if story and "faqpage" in meta.ld.types:
        paragraphs = with_stated_faq(paragraphs, meta.ld_roots, markup)
    if product:
        # The description a script renders from the page's JSON-LD.
        paragraphs = with_stated_description(paragraphs, meta.ld_roots)
    if is_stub(paragraphs):
        # A body without any text of its own (built by scripts) rather than a DeadLetter: the
        # excerpt of its text that the page's head carries for link previews, if it has one;
        # a stub's one short line, a bar of links outside the scripts' part, when it has.
        excerpt = excerpt_body(
            meta.first(key) for key in ("og:description", "description", "twitter:description")
        )
        paragraphs = excerpt or paragraphs
    return paragraphs


def _unsigned(paragraphs: list[str], names: tuple[str, ...], meta: HeadMetadata) -> tuple[str, ...]:
    """The story's ``paragraphs`` without the closing bio of one of its authors (``names``), by
    the byline's name or as the page's JSON-LD declares it (see ``author_bios``), then without
    the byline printed as a line of the story, over it or closing it once the bio is gone (see
    ``signature_lines``)."""
    return tuple(
        without_signature_lines(
            without_declared_bio(
                without_author_bio(paragraphs, names), declared_bios(meta.ld_roots)
            ),
            names,
        )
    )


def _story_page(meta: HeadMetadata, microdata: Counter[str], where: str | None) -> bool:
    """The page is one story: its head says so, or it declares no type at all (no
    ``microdata`` item either) and its address ``where`` is a headline's words (see
    ``story_pages.headline_path``)."""
    if head_declares_story(meta):
        return True
    return declares_no_type(meta, microdata) and headline_path(where)


def extract_html(html: str, *, url: str | None = None, utf8: bytes | None = None) -> Extracted:
    """``url``: where the page was fetched (its path may carry the date), when known; ``utf8``:
    ``html`` encoded as UTF-8 when the caller has those bytes (the input's own), which the
    parser reads as they are instead of encoding ``html`` again."""
    tree = _parsed(html, utf8)
    try:
        return _extracted(tree, html, url, utf8)
    finally:
        # The page's cached nodes each hold the page (see ``Page.forget``): dropped, the page
        # and its tree are freed with the last reference to them, not by a later pass of the
        # garbage collector, which walked them (most outlived a young pass first) and kept
        # each page's tree till then.
        tree.forget()


def _extracted(tree: Page, html: str, url: str | None, utf8: bytes | None) -> Extracted:
    """``extract_html`` of the parsed page ``tree``."""
    meta = head_metadata(tree)
    body = tree.body
    title, shown_headline, shown_title = headline(tree, meta)
    h1s = h1_elements(tree)
    microdata = microdata_types(tree)
    marked = _marked(meta, tree, h1s, microdata)
    canonical = canonical_url(tree, meta)  # a query of the whole tree when the head has none
    where = url or canonical
    story = _story_page(meta, microdata, where)
    paragraphs, blocks, walked = (
        page_text(
            body,
            shown_title,
            discussion=marked[0],
            product=marked[1],
            answers=marked[2],
            story_page=story,
            h1s=h1s,
        )
        if body is not None
        else ([], [], Tree({}, {}, [], []))
    )
    markup = utf8 if utf8 is not None else html
    paragraphs = _finished(paragraphs, meta, markup, product=marked[1], story=story)
    # The texts around the headline, walked once for the date and the byline rules.
    near = HeadlineTexts(tree, shown_headline)
    lines = [block.text for block in blocks]
    names = authors(tree, meta, url=where, near=near, lines=lines)
    found = page_dates(
        tree, meta, url=where, locale=locale(tree, meta), near=near, authors=names, story=lines
    )
    story_paragraphs = _unsigned(paragraphs, names, meta)
    return Extracted(
        # The body and dates read the whole title; its quotes as the story types them.
        title=typed_apostrophes(without_domain_name(title, where), story_paragraphs),
        paragraphs=story_paragraphs,
        description=meta.first("og:description", "description", "twitter:description"),
        site_name=meta.first("og:site_name", "application-name") or meta.ld.publisher(),
        canonical_url=canonical,
        authors=names,
        section=meta.first("article:section") or meta.ld.text("articleSection"),
        tags=tags(meta),
        images=images(tree, meta),
        published_raw=found.published,
        modified_raw=found.modified,
        language_hint=language(tree, meta),
        structure=_layout(blocks, walked, meta, marked),
        offer_name=offer_name(
            tree,
            title,
            shown_headline,
            og_title=meta.first("og:title"),
            site=meta.first("og:site_name"),
        ),
    )
