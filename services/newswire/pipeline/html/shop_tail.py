"""The end of one product's page after its own text: from the shop's cross-sell strip or its
seller's box or its mission's pitch on: what the shop puts under every product."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.strip_headings import OTHER_PRODUCTS_BODY

# A shop lays one product's page out in the same order on every product: the buy box, the
# description, the specs; then its own parts: the add-ons and the other buyers' picks
# ("Frequently Purchased With", "Bundles & offers", "Accessories for <range>"), the
# marketplace's seller box ("About this seller": the seller's name, feedback score and other
# listings), the shop's FAQ and its ratings. ``strips`` drops such a strip when its heading
# and its cards share a container; where they do not (the heading a line of its own, the
# cards in sibling elements or drawn by a script) the heading is left, with what follows it.
# In the page's second half, such a heading line marks where the product's own text has
# ended, and a tail from it on of at most _TAIL_SHARE of the text (``strips.without_tail``'s
# old limit) is the shop's: the truths end before it. Only on a page that says it is one
# product's (on an article or a collection the same words may head the page's own list). Not
# the reviews' titles: a bare "Reviews" also heads a comparison table's row of counts or a
# maker's quoted testimonials, which truths keep as often as not. Half A product 0.754765 ->
# 0.758524 (all types 0.900441 -> 0.900783; 7 pages of 4 shops better: a fire pit's strip
# and FAQ 0.73 -> 0.86, a furniture shop's accessories 0.84 -> 0.89, four auctions' seller
# boxes +0.02, a music shop's bundles +0.014; none worse), half B, articles, metadata and
# ScrapingHub unchanged (no page moved); hashed names A 0.882112 -> 0.882187, B unchanged.
# So does the brand's pitch of its mission that closes every product's page under a heading
# of its own: its sustainability ("Sustainability", "Design for sustainability",
# "Sustainability in every step"), its environmental report ("<product> and the
# environment"), its social purpose ("Purchase with purpose", "B Corporation"). Each is the
# brand's, printed under all its products, and the truths end before it. Only these headings,
# not any line with such a word: an article's or a service's section on sustainability, a
# product's "Carbon Fiber" or "Your Impact" stay (with any short line holding "impact",
# "responsibility" or "carbon": half A product -0.03 on three pages, simulated). Half A
# product 0.758524 -> 0.765219 (all types 0.900783 -> 0.901394; a tool shop's "Purchase with
# purpose" on 3 pages +0.05 to +0.19, a computer maker's environment report on 2 pages +0.016,
# +0.042, its third -0.001), half B product 0.822180 -> 0.827742 (all types 0.910896 ->
# 0.911266; a shoe maker's, an outdoor co-op's and a mouse maker's pitch +0.12, +0.08,
# +0.06); articles, the other types, metadata and ScrapingHub unchanged; hashed names A
# 0.882187 -> 0.882813, B 0.891410 -> 0.891650.
# And so does the shop's pitch of its own service under a heading that names the shop, not
# the product: "Why <shop> is the best place to buy <product>", "What makes our sales
# engineers great?", and the page's own feedback prompt ("See any errors on this page?"):
# the same on every product of the shop, after the product's text. (Not "Why choose <x>?": a
# service's own pitch, and a FAQ's question; "Need help choosing gear?" fired on no page past
# the other headings.) Half A product 0.765219 -> 0.766978 (all types 0.901394 -> 0.901554;
# a computer maker's "best place to buy" +0.092, a camera shop's feedback prompt +0.033),
# half B product 0.827742 -> 0.833571 (all types 0.911266 -> 0.911654; a music shop's two
# pages +0.13, +0.14); articles, the other types, metadata and ScrapingHub unchanged; hashed
# names A 0.882813 -> 0.883043, B 0.891650 -> 0.892041.
# The lines are read after a paragraph said again has gone (``repeats.without_said_again``):
# a template prints its badges twice (desktop, phone), which doubled the tail's share. No
# limit on the tail's lines, only on its share: a comparison table after the heading is many
# short cells (with without_tail's 30 lines: half A product 0.7600 against 0.7652).
# One pass over the lines, a pattern asked only of short lines in the second half; no walk.
_SHOP_TAIL_HEADING: Final = re.compile(
    rf"(?:{OTHER_PRODUCTS_BODY}|accessories for .{{1,40}}|about this seller"
    r"|(?:our )?sustainability|design(?:ed)? for sustainability|sustainability in every step"
    r"|.{1,40} and the environment|purchase with purpose|(?:a )?(?:certified )?b corp(?:oration)?"
    r"|why .{1,30} is the best place to buy .{1,30}"
    r"|what makes our .{1,40} great|(?:see|found) (?:any|an) errors? on this page)"
    r"\W*",
    re.IGNORECASE,
)
# And so do the shop's reviews under a title naming what they review ("Reviews for Men's Wool
# Runner", "Customer reviews for <game>", the title's own links after it on its line: "See
# language breakdown"): the buyers' scores and cards that close the page, which the truths
# leave out. The title names the product, so it is the reviews' own and not a bare "Reviews"
# (kept as often as not, see above) nor a sentence ("We get rave reviews about the taste!").
# Being so sure a cue (no spec's row label, unlike "Sustainability" in a comparison table),
# its tail may hold up to _REVIEWS_SHARE of the text: the reviews and the brand's pitch after
# them (a shoe maker's at 0.46); one further on does not stop the search for another heading.
# Half A product 0.768311 -> 0.769140 (a game store's 5 pages +0.001 to +0.040), half B
# product 0.842040 -> 0.845387 (a shoe maker's page 0.81 -> 0.97); no page worse. ("Customer
# Reviews of the <product>" too: a computer shop's two pages +0.037 and -0.083, its truths
# keep the warranty box that follows an empty reviews list on one of them. Every heading
# with too long a tail passing on to the next: a bedding shop's comparison table cut at its
# third "Sustainability" row, -0.116.)
_REVIEWS_FOR: Final = re.compile(r"(?:customer |user )?reviews for \S", re.IGNORECASE)
_REVIEWS_LINE_CHARS: Final = 100
_TAIL_SHARE: Final = 0.4
_REVIEWS_SHARE: Final = 0.5
_HEADING_CHARS: Final = 80


def without_shop_tail(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` of one product's page without the shop's tail after its second half's
    first cross-sell, seller or mission heading (see above)."""
    total = sum(map(len, paragraphs))
    said = 0
    for index, line in enumerate(paragraphs):
        before = said
        said += len(line)
        if before < total / 2:
            continue
        if len(line) < _HEADING_CHARS and _SHOP_TAIL_HEADING.fullmatch(line):
            return paragraphs[:index] if total - before <= _TAIL_SHARE * total else paragraphs
        if (
            len(line) < _REVIEWS_LINE_CHARS
            and _REVIEWS_FOR.match(line)
            and total - before <= _REVIEWS_SHARE * total
        ):
            return paragraphs[:index]
    return paragraphs
