"""The headline: the page's <h1> when it is the headline, else a <h2> the page's title names,
else OpenGraph/Twitter title, JSON-LD headline or <title>, with the site's name taken off."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.head import HeadMetadata, title_element
from newswire.pipeline.html.headline_case import cased, halfwidth, straight_quotes, unmarked
from newswire.pipeline.html.headline_headings import (
    headline_h1,
    headline_h2,
    low_heading,
    shown_headline,
)
from newswire.pipeline.html.headline_kicker import (
    without_kicker,
    without_label_words,
    without_prefix_tag,
)
from newswire.pipeline.html.headline_texts import paragraph_headline
from newswire.pipeline.html.lost_characters import restored
from newswire.pipeline.html.result_counts import without_result_count
from newswire.pipeline.html.site_names import (
    home_named,
    labels_cut,
    named_page,
    page_named,
    strip_site_suffix,
    without_tab_suffix,
)
from newswire.pipeline.html.text import squeeze
from newswire.pipeline.html.title_headings import (
    above,
    chapter_title,
    heading_naming_title,
    numbered,
    post_title,
)
from newswire.pipeline.textnorm import clean_line, repair_mojibake


def title_of(tree: LexborHTMLParser, meta: HeadMetadata) -> str | None:
    """The headline as the reader sees it (see ``headline``)."""
    return headline(tree, meta)[0]


def headline(
    tree: LexborHTMLParser, meta: HeadMetadata
) -> tuple[str | None, LexborNode | None, str | None]:
    """The headline as the reader sees it: the page's <h1>, unless that is a logo or a
    section name; else a <h2> that is one part of the page's <title> or og:title; else
    OpenGraph/Twitter's title, JSON-LD's headline, or <title>, each without the site's name.
    And the heading that shows it on the page, when one does (see
    ``headline_headings.shown_headline``), and that heading's text as the body knows it: the
    <h1> the body leaves out as the headline, also where the title is taken from elsewhere (a
    <h2> repeating the page's title, the title with the count the <h1> lacks), so that those
    rules change the title only.

    wcxb-dev's truth is the visible headline: the first <h1> equals it on 74% of its articles
    (half A), og:title on 43%, <title> on 22% (SEO titles are reworded: "Best Apps to Learn a
    Language in 2025 - Top 10 Picks" above "<h1>Top 10: Best Language Learning App</h1>").

    A page stored double-encoded shows its headline so in every place it has one ("A DIY
    Investor\u00e2\u0080\u0099s Guide" in <h1>, og:title and <title> alike): the headline is
    repaired as the body's paragraphs are (see ``repair_mojibake``), the reader's text being
    the intended one. On wcxb-dev's articles: title exact +1 on half B, none on A. A Latin
    headline's fullwidth marks are written as ASCII's (see ``headline_case.halfwidth``).
    """
    title, node, shown = _headline(tree, meta)
    # A line break inside <title> or a meta's content is the source's wrapping ("<title>\n
    # Deploy app servers close to your users\n · Fly</title>"), no part of the headline:
    # a title is one line, whichever place gave it.
    return (halfwidth(repair_mojibake(squeeze(title))) if title else title), node, shown


def _headline(
    tree: LexborHTMLParser, meta: HeadMetadata
) -> tuple[str | None, LexborNode | None, str | None]:
    """``headline`` before its repair of double-encoded text."""
    site = meta.first("og:site_name")
    title_node = title_element(tree)
    page_title = (
        page_named(clean_line(title_node.text(deep=True))) if title_node is not None else ""
    )
    named = named_page(
        meta.first("og:title", "twitter:title")
        or meta.ld.text("headline")
        or meta.declared_headline(),
        page_title,
        site,
    )
    stripped = [strip_site_suffix(text, site) for text in (named, page_title) if text]
    h1, node = headline_h1(tree, named, page_title, site)
    if h1:
        post = post_title(tree, h1, page_title)
        if post:
            # The texts after the blog's <h1> stay the ones read for the byline and date
            # line (as before this rule): a blog's header may carry its author's name.
            return post, node, post
        chapter = chapter_title(tree, h1, page_title)
        if chapter:
            # The body still knows the <h1> by its own text (the book's name it leaves out).
            return chapter, node, h1
        lettered = straight_quotes(cased(restored(h1, stripped), stripped), named, page_title)
        naming = heading_naming_title(tree, h1, stripped)
        shown = naming[0] if naming else numbered(h1, stripped)
        if shown:
            # The texts after the <h1> stay the ones read for the byline and date line, but
            # after a heading naming the title above it (see ``title_headings.above``).
            start = (
                naming[1] if naming and node is not None and above(tree, naming[1], node) else node
            )
            return shown, start, lettered
        whole = without_kicker(node, lettered, [named, page_title])
        whole = without_label_words(whole, [named, page_title], site)
        # The body still knows the <h1> by its own text, the tab's suffix included.
        shown_whole = without_tab_suffix(without_prefix_tag(node, whole), page_title, site)
        return unmarked(shown_whole, named, page_title), node, lettered
    h2, node = headline_h2(tree, named, page_title)
    if h2:
        return h2, node, h2
    title = labels_cut(named or page_title) or (stripped[0] if stripped else None)
    title = without_result_count(title) if title else title
    title = home_named(title, site) if title else title
    heading = (
        paragraph_headline(tree, title)
        or shown_headline(tree, named, page_title)
        or low_heading(tree, title)
    )
    return title, heading, title
