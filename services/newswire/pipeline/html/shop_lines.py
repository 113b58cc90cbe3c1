"""What a shop says around one product, line by line: its terms and offers of help beside the
product ("Standard shipping is free on orders over $65 ...", "Need it fast? Try express
shipping. We offer a 30-day return policy.", "All orders dispatched within 24 hours.", "Any
questions about this product?", "Feel free to get in touch with our support department ..."),
and all the rules on a product's lines, in their order (``without_shop_lines``)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.field_keys import without_field_keys
from newswire.pipeline.html.price_lines import without_other_prices
from newswire.pipeline.html.repeats import without_said_again
from newswire.pipeline.html.shop_tail import without_shop_tail

# A shop's template prints its delivery and returns terms on every product's page, in a panel
# beside the description ("Delivery & Returns", a drawer under the buy box): sentences, so
# longer than the badges ``shop_promises`` drops ("Free Shipping on Orders $75+", "Easy
# Returns"), which leave them to the other rules. Each says it in the shop's own voice, as a
# term of sale: "we offer" free shipping, returns or a return policy; shipping "is free on
# orders" over an amount; "choose" or "try" a faster shipping; "visit our shipping page", "see
# our returns policy"; orders "dispatched within" hours; a "Return Policy:" label opening its
# text; its delivery estimate ("Delivery in approx. 3-6 business days", "Choose two-hour
# delivery ..."), its free-shipping threshold ("Order for another $100.00 and receive free
# shipping"), its price guarantee ("Price drops? Get the difference back within 90 days") and
# its loyalty scheme's fine print ("points are subject to change"). The product's own words
# never do: a description says what the product is and does, and its delivery of power or
# return to form says none of these. Kept as truths keep them: a bare "Free shipping over $75
# & easy returns." (a badge a shop's truth keeps), an auction's "30 days returns. Buyer pays
# for return shipping." and "International shipment of items may be subject to customs
# processing" (an auction site's truths keep it: 3 of its pages -0.12 to -0.18), a shop's "You
# may return unused items within 14 days ..." and "Most orders ship within 24-48 hours" (its
# truth keeps it: -0.049), a headphone shop's "Don't love it? Don't worry, you have 365-days
# to return with no fees." and a FAQ's answer "Yes, we ship worldwide." (each kept by its
# truth).
# So does the shop's offer of help, the same on every product: "Any questions about this
# product?", "get in touch with our support department", "contact our support team", "visit
# our Help Centre", "take a look at our support center", "The <shop> Customer Happiness Team is
# your go-to ...": the shop's service, not the product's. Only on a page that says it is one
# product's: a shop's policy or help page (a service page) or an article about shipping is
# about them. A paragraph of terms runs to a few sentences; at most _POLICY_CHARS. Half A
# product 0.7724 -> 0.7752 (all types 0.902984 -> 0.903241; pages of 6 shops better, +0.006 to
# +0.072: a meal brand's delivery panel, an outdoor shop's help box, a fire pit's terms), half
# B product 0.8473 -> 0.8482 (a bird feeder's terms and help, +0.041); none worse; articles,
# the other types and ScrapingHub unchanged. (With "you have N days to return": a headphone
# shop's page -0.023, its truth keeps it.) With the delivery estimate, free-shipping
# threshold, price guarantee and loyalty fine print: half A product 0.77520 -> 0.77586 (all
# types 0.903241 -> 0.903301; 5 shops' pages +0.001 to +0.021), half B, articles and
# ScrapingHub unchanged. One pattern per line of a product's page (after a cheap substring
# test); no walk.
_POLICY: Final = re.compile(
    r"\bwe offer (?:an? |free )?(?:\d+[- ]days? )?(?:free )?(?:standard )?"
    r"(?:shipping|returns?|return policy|refunds?)\b"
    r"|\bshipping is free on (?:all )?orders\b"
    r"|\b(?:choose|try|select) (?:our )?(?:priority|express|expedited|next[- ]day)"
    r" (?:shipping|delivery)\b"
    r"|\bvisit our (?:shipping|returns?|delivery)(?: info(?:rmation)?| polic(?:y|ies))? page\b"
    r"|\bsee our (?:returns?|shipping|refund) polic(?:y|ies)\b"
    r"|\b(?:orders|items) (?:will be |are )?dispatched (?:from .{1,30} )?within \d"
    r"|^.{0,30}\breturn policy: ?\S"
    # The delivery estimate, the free-shipping threshold, the price guarantee and the loyalty
    # scheme's fine print.
    r"|\bdelivery in (?:approx\.?|about|around) \d|\bchoose (?:\w+[- ])?(?:hour|day) delivery\b"
    r"|\b(?:order|spend|add) (?:for )?another [$€£]?\d[\d,.]* (?:and|to) (?:receive|get"
    r"|qualify for) free (?:shipping|delivery)|\bget the difference back\b"
    r"|\bpoints are subject to change\b"
    # The offers of help.
    r"|\b(?:get in touch|contact) (?:with )?our (?:support|customer (?:service|care|support"
    r"|happiness)|service)\b|\bvisit our help cent(?:re|er)\b"
    r"|\bour (?:extensive )?support cent(?:er|re)\b"
    r"|\bcustomer (?:happiness|care|service|support) team is\b"
    r"|^any questions about this product\?",
    re.IGNORECASE,
)
# Every branch holds one of these words: the pattern runs only on a line holding one.
_PREFILTER: Final = (
    "hipping",
    "eturn",
    "ispatch",
    "upport",
    "elp",
    "ustomer",
    "uestions",
    "elivery",
    "ifference",
    "oints",
    "HIPPING",
    "ETURN",
    "ISPATCH",
    "UPPORT",
    "ELP",
    "USTOMER",
    "UESTIONS",
    "ELIVERY",
    "IFFERENCE",
    "OINTS",
)
_POLICY_CHARS: Final = 500


def is_shop_policy(line: str) -> bool:
    """Whether a line states the shop's shipping or returns terms or offers its help."""
    return (
        len(line) <= _POLICY_CHARS
        and any(word in line for word in _PREFILTER)
        and _POLICY.search(line.strip()) is not None
    )


def without_shop_policies(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` of one product's page without the shop's terms and offers of help."""
    kept = [line for line in paragraphs if not is_shop_policy(line)]
    return kept if len(kept) < len(paragraphs) else paragraphs


# The summary of the buyers' ratings that a review app prints in the buy box, on a line of its
# own: "4.7 out of 5 stars from 98 customer ratings", "Rated 4.80 out of 5 based on 5
# customer ratings", "(5 customer reviews)". The app's class names ("rating", "reviews") drop
# it in ``names``; hashed by a build, the line's words still say what it is. Only when it says
# it sums up the count: a bare "4.6 out of 5 stars (44,754)" beside a product's name is what a
# marketplace's truths keep, "4.9 1,113 reviews" a tool shop's (with it: half A as is, 2 of
# its pages -0.004). As is, half A (0.904752), half B (0.915453) and ScrapingHub unchanged, no
# page moved; class and id hashed, half A product 0.72823 -> 0.72840 (a music shop's two
# pages +0.006), half B product 0.78085 -> 0.78097 (a rental shop's page +0.006).
_RATING_SUMMARY: Final = re.compile(
    r"(?:rated )?\d(?:[.,]\d{1,2})?(?: out of 5(?: stars?)?| ?/ ?5)"
    r" (?:from|based on) [\d,.]+ (?:customer |user )?(?:ratings|reviews)\.?"
    r"|\([\d,.]+ customer (?:ratings|reviews)\)",
    re.IGNORECASE,
)


def without_rating_summaries(story: list[str]) -> list[str]:
    """``story`` without the lines that sum up a product's buyers' ratings (see above)."""
    return [line for line in story if not _RATING_SUMMARY.fullmatch(line.strip())]


def without_shop_lines(story: list[str]) -> list[str]:
    """One product's page without what its shop says around the product: a paragraph said
    again, its tail (strips, seller, mission), its terms and offers of help, other products'
    prices, raw custom fields."""
    story = without_shop_tail(without_said_again(story))
    story = without_rating_summaries(without_shop_policies(story))
    return without_field_keys(without_other_prices(story))
