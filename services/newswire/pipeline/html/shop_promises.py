"""A shop's promises beside one product: the short lines about shipping, returns, warranty
and stock that a shop's template prints around every product's description ("Free 30-day
Returns", "Ships from: Israel", "Low in stock, only 6 left", "3-Year Warranty"), its reviews
widget's badges ("Rated 4.4 out of 5 stars.") and its buy box's sale prices."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.walk import Block, Tree

# A price as a shop prints it: "$98.00", "149,00 €", "EUR 9.95", "£2.98".
_CURRENCY: Final = r"(?:[$€£]|usd|eur|gbp)"
_AMOUNT: Final = r"\d[\d,.]*(?: \.\d\d)?"
_PRICE: Final = rf"(?:{_CURRENCY} ?{_AMOUNT}|{_AMOUNT} ?{_CURRENCY})"

# Each alternative is a whole line, a label or a badge of the shop's template: the same on all
# its products, never the product's own description (a sentence about a product's delivery of
# power or its return to form is longer, or does not start so). A shop's policy sentence under
# one of these ("We ship nationwide ...") is no badge and stays for the other rules.
_PROMISE: Final = re.compile(
    # Shipping and delivery offers: "Free Shipping on Domestic Orders $75+", "+ FREE
    # SHIPPING", "Standard Delivery (4-7 Working Days)", "FREE shipping to".
    r"(?:(?:\+ )?free (?:standard |express |fast |\d+-day )?(?:shipping|delivery|returns)\b.{0,60}"
    r"|(?:standard|express|fast) (?:shipping|delivery)\b.{0,40}"
    r"|shipping (?:&|and) returns|in stock\. ready to ship"
    r"|ships from:? .{1,30}|ships in \d.{0,30}|order (?:today|within|soon)\b.{0,40}"
    r"|there was a problem calculating your shipping.{0,40}"
    # Returns: "Easy Returns", "30-day returns", "Returns & exchanges accepted within 30 days",
    # "Return for refund within: 30 days", "Return Policies".
    r"|(?:easy|free|\d+[- ]day) returns?|\d+-day (?:free )?returns?"
    r"|returns? (?:&|and) exchanges accepted within \d+ days"
    r"|return for (?:refund|replacement) within:? \d+ days|return polic(?:y|ies)"
    # Warranty and guarantee badges: "3-Year Thomann Warranty", "30-Day Money-Back
    # Guarantee", a tab's "Warranty Info", "Warranty & Returns".
    r"|\d+-(?:year|yr)\b.{0,40}warranty|\d+-day money-back guarantee"
    r"|warranty(?: info(?:rmation)?| & returns)?|shop with confidence|secure checkout"
    # Stock notices and a shop's own controls: "Just a few left. Order soon!", "Price alert",
    # "Add to Watchlist", "Add to wish list (Found on 1 wish list)".
    r"|(?:low in stock|only \d+ left|(?:just|only) a few left).{0,40}"
    r"|price alert|add to (?:watchlist|wish ?list).{0,40}"
    # The reviews widget's badges and counters: "Rated 4.4 out of 5 stars.", "369 Reviews",
    # "No Reviews Yet", "Be the first to review this item", "Read all reviews", a histogram's
    # "5 Stars", "Customers say it fits true to size" (the reviews themselves are other rules').
    # With the price pairs below: half A product 0.71155 -> 0.71195 (all types 0.88554 ->
    # 0.88558), half B product 0.75004 -> 0.75078 (all types 0.89196 -> 0.89201); 9 pages
    # better, none worse; articles, the other types and ScrapingHub unchanged.
    r"|(?:rated )?\d(?:[.,]\d)? out of 5(?: stars)?\.?(?: ?\d[\d,]* (?:total )?(?:votes|reviews|ratings))?"
    r"|[\d,.]+k? (?:customer )?(?:reviews?|ratings?)|no reviews(?: yet)?"
    r"|be the first to (?:write a )?review.{0,30}|(?:read|see|show) all(?: \d+)? reviews"
    r"|customers say (?:it|this product) fits? true to size|\d(?:\.\d)? ?stars?"
    r"|reviews? \(\d+\)"
    # A marketplace's seller lines and the buy box's offers: "Sold and shipped by Walmart.com",
    # "Sold By: Poetry in Stitches", "Arrives by Today", "Members Get Free Shipping on orders
    # over $49", "€9 Flat Rate | Free Shipping €150+", "No Longer Available", "4 interest-free
    # installments with", "More ways to pay", "Low Price Guarantee". (Not "Condition: New",
    # "Same day shipping ...", a bare "Delivery" tab, "Money Back Guarantee" or "Lifetime
    # Warranty": the annotators keep those on as many pages as they drop them.) Half A product
    # 0.71290 -> 0.71339 (all types 0.88567 -> 0.88571), half B product 0.75078 -> 0.75180
    # (all types 0.89201 -> 0.89208); 12 pages better, one -0.001 (a bookshop's offers list);
    # articles, the other types and ScrapingHub unchanged.
    r"|(?:sold (?:and shipped )?by|shipped by|ships from and sold by):? .{1,40}"
    r"|sold by .{1,30} and ships from .{1,40}|arrives (?:by|on) .{1,30}"
    r"|(?:.{1,20} )?free shipping(?: on orders)?(?: over| \W)? ?.{0,20}"
    r"|fast (?:&|and) free shipping|spend .{1,10} to get free shipping"
    r"|(?:discontinued )?(?:this product is )?no longer available"
    r"|\d+ interest-free (?:installments|payments).{0,30}|more ways to pay"
    r"|(?:.{0,30} )?payments with \d+-month financing|financing"
    r"|low price guarantee"
    # A marketplace's seller panel and its reviews widget's counters: "Meet Your Seller", "See
    # Seller Store", "Visit the Ninja Store", "Message seller", "More seller options (2)",
    # "Seller Feedback", "Report this item to Etsy", "Based on 407 reviews", "1-2 of 407
    # reviews". (Not "First Listed on ...": kept by the annotators of one shop's pages.) Half
    # A product 0.71337 -> 0.71395 (all types 0.88580 -> 0.88586), half B product 0.75211 ->
    # 0.75275 (all types 0.89213 -> 0.89217); 10 pages better, 2 worse by <= 0.004 (an
    # auction's truth keeps its seller panel); the other types and ScrapingHub unchanged.
    r"|visit (?:the )?.{1,30} store|visit store|see seller store|meet your seller"
    r"|message (?:the )?seller|more seller options.{0,10}|seller feedback.{0,15}"
    r"|report (?:this item|an issue).{0,50}|based on [\d,]+ reviews|\d+-\d+ of [\d,]+ reviews"
    # The buy box's and the reviews widget's controls and placeholders, and the shop's trust
    # badges: "or 4 payments of", "Current price is $179.00", "Price when purchased online",
    # "Loading Questions...", "Sign in to add this item to your wishlist", "No feedback yet" (a
    # new seller's), a reviews list's sort menu ("Most recent", "Highest rated"), its summary's
    # "Customers say" and "AI-generated from customer reviews", "Ask an Expert", "Authorized
    # Dealer", "100% authentic", "Your Recently Viewed Items". Each is the same line on every
    # product of its shop. (A spec's "Loading capacity 20 kg" is no placeholder: those end in
    # an ellipsis.) Half A product 0.74290 -> 0.74566 (all types 0.896008 -> 0.896260; 18
    # pages better, none worse), half B product 0.79724 -> 0.79810 (all types 0.904111 ->
    # 0.904168; 6 better, none worse); articles, the other types, metadata and ScrapingHub
    # unchanged; hashed names A all types 0.8782 -> 0.8784. (Also "Checking payment
    # options...": a furniture shop's page -0.037, its body's boundary moved.)
    r"|or \d+ (?:interest-free )?payments of.{0,20}|current price is .{1,20}"
    r"|price when purchased online"
    r"|loading(?: .{1,30})?(?:\.\.\.|…)|loading recommendations|sign in to .{1,80}"
    r"|no feedback yet|most recent|oldest first|highest rated|lowest rated|customers say"
    r"|(?:ai-)?generated (?:by ai|from customer reviews)|ask an expert|authorized dealer"
    r"|100% (?:authentic|secure checkout)|(?:your )?recently viewed(?: items)?"
    r"|browsing history"
    # The size picker's and the buy box's notices, each the same on every product of its
    # shop: "Select a size", "Size Guide", "Size chart", "Find your size", the fit summary "On
    # average 279 reviewers say this product is true to size.", "Final Sale items cannot be
    # returned, canceled, or exchanged", "Also available in: Women's Sizes", and a sale's
    # countdown ("Your offer is reserved for the next:", "Offer reserved:", "00 Minutes": a
    # clock's two digits, never a spec's "30 hours"). Half A all types 0.899903 -> 0.899918
    # (3 pages better, none worse), half B 0.907508 -> 0.907625 (product 0.816 -> 0.817; 3
    # better, none worse), articles and ScrapingHub unchanged. (Any "5 minutes", "30 hours":
    # a spec's value on a line of its own, and 4 truths of other types keep such lines.)
    r"|select (?:a |your )?size|size (?:guide|chart)|find your (?:size|fit)"
    r"|(?:on average )?[\d,]+ reviewers say (?:this product|it) (?:is|fits|runs) .{1,20}"
    r"|final sale items? (?:cannot|can't|can not) be .{1,60}|also available in:? .{1,40}"
    r"|(?:your )?offer (?:is )?reserved(?: for the next)?:?|0\d (?:hours|minutes|seconds)"
    # A marketplace's seller panel beside a maker's item, its lines the same for every item
    # of the seller: "Owned by Jane Doe |", "1.1k sales", "10 years on <marketplace>", "This
    # seller usually responds within a few hours.", its badges ("Smooth shipping Has a
    # history of shipping on time with tracking.", "Rave reviews Average review rating is 4.8
    # or higher.") and the buy box's "Cost to ship: USD 14.40". Half B all types 0.907625 ->
    # 0.907933 (a potter's mug 0.70 -> 0.92, none worse), half A, articles and ScrapingHub
    # unchanged; no truth of dev keeps such a line.
    r"|owned by .{1,40}|[\d.,]+k? sales|\d+ years? on .{1,20}"
    r"|this seller usually responds within .{1,30}|(?:smooth shipping|speedy replies)"
    r" has a history of .{1,60}|rave reviews average review rating .{1,30}"
    r"|cost to ship:? .{1,20}"
    # A shop's offers of help and a marketplace's prompts, each the same line on every product
    # of its shop: its sales line ("Our expertly trained Sales Engineers are ready to help!",
    # "Video Chat with a Photography Expert - Live", "Questions? Get in touch:
    # 1-800-637-3181", a phone number alone on its line with its hours), "Import fees may
    # apply on delivery", "This item is gift eligible", "Where did you see a lower price?",
    # "Please sign in to provide feedback.", "Log in to set a price alert", and a counter of
    # other shoppers ("16 people are viewing this right now"). None is the product's
    # description; no product truth of dev keeps one. (Not "Currently unavailable.", "Prop 65
    # WARNING": a shop's truths keep those on some of its pages and drop them on others; nor
    # "Our Specialists are here to help.", which heads a computer maker's buying guide that
    # its truth keeps.) With the price notes below: half B product 0.833571 -> 0.835693
    # (pages of 8 shops better, +0.003 to +0.027), half A product 0.766978 -> 0.767968 (3
    # shops' pages better), none worse; articles, the other types and ScrapingHub unchanged.
    r"|import (?:fees|charges|duties).{0,40}|(?:this item is )?gift eligible"
    r"|where did you see a lower price\??|please sign in to .{1,80}|log ?in to .{1,80}"
    r"|\d+ (?:people|others|shoppers) (?:are )?(?:viewing|looking at|watching) this.{0,30}"
    r"|(?:need help|questions\?|have a question\?).{0,80}(?:\d{3}[-. ]\d{4}|chat|call|expert)"
    r".{0,40}|.{0,40}(?:experts?|engineers?|specialists?) (?:are|is) (?:ready|standing by)"
    r" to help.{0,20}|video chat with .{1,40}"
    r"|(?:call (?:us )?(?:at |now |today )?:? ?)?\(?\+?1?[-. ]?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}"
    r"(?: .{0,40})?"
    r"|you can only make an offer when buying a single item"
    # The shop's loyalty scheme beside the price, the same line on every product with its
    # own count: "Earn up to 4500 Huel+ points per item", "Become a member to earn 239 points
    # today.", "Members get an est. $9.99 in rewards", "Unlock Access to Exclusive Rewards &
    # Benefits", "Purchasing this product earns 176XP". A reward in points or money for
    # buying, never the product's own words; no truth of dev keeps one (a spec's "attachment
    # points", a game store's "Points Shop Items Available" carry no earning). With the
    # quantity label and the protection plans below: half A product 0.769140 -> 0.770109 (all
    # types 0.902209 -> 0.902297; a meal brand's and a headphone maker's +0.004, +0.007), half
    # B product 0.845387 -> 0.846828 (all types 0.913483 -> 0.913579; a gym wear shop's
    # +0.046, an outdoor co-op's +0.009); none worse; articles, the other types, metadata and
    # ScrapingHub unchanged.
    r"|(?:(?:become a member|join(?: now)?|sign up) to )?earns?"
    r"(?: up to| an est\.?| an estimated)? [$€£]?\d[\d,.]*\S*(?: \S+){0,2}? (?:in )?"
    r"(?:reward|point|xp)s?\b.{0,80}"
    r"|members? (?:get|earn)s?(?: up to| an est\.?| an estimated)? [$€£]?\d[\d,.]*\S*"
    r" (?:in )?(?:rewards|points).{0,60}"
    r"|unlock (?:access to )?exclusive (?:rewards|perks|benefits).{0,80}"
    r"|.{0,40}\bearns? \d[\d,]* ?(?:xp|points|reward points)\b.{0,40}"
    # The buy box's quantity picker's label ("Quantity:", "Qty") and its offer of an extended
    # warranty ("Add a protection plan from $79.99", "<shop> Protection Plan by <insurer>"):
    # the form around the buy button, the same on every product. (A label with its value,
    # "Quantity : 400ml", is the product's and stays.) A camera shop's page +0.054, a keyboard
    # shop's +0.004 (half A), a big-box shop's +0.012 (half B); none worse.
    r"|quantity|qty|(?:.{0,30} )?protection plans?(?: (?:by|from) .{1,30})?)\W*",
    re.IGNORECASE,
)
# A sale's two prices on a line of their own ("$98.00 $130.00", "149,00 € 199,00 €", "$659.99
# was $761.98") and its discount ("Save 40%", "20% off") are the product's buy box, which the
# ground truth of a product page leaves out. A page of many such pairs shows a grid of items
# with their prices (a listing marked as one product), and keeps them.
_PRICE_PAIR: Final = re.compile(
    rf"{_PRICE}(?: (?:was|now|–|-))? {_PRICE}|save \d+%|\d+% off|-\d+%", re.IGNORECASE
)
# So are the buy box's notes on its price: the sale read out for screen readers ("Original
# price was: 249€. Current price is: 149€.", "The price was $1,199.99"), the tax ("(£2.98
# inc. VAT)"), a discount in money ("$40.00 off"), the basket's "Total amount:", and a
# marketplace's delivery estimate ("EUR 9.95 delivery Tue, Mar 24"), which its cards of other
# items repeat under the product. Many of one kind are a grid's cards, and stay as the pairs
# do. (Not a variant picker's "From: £2.98": that is also each card's price in a grid marked
# as one product, whose names go with their prices: a garden shop's pots -0.126.)
_PRICE_NOTES: Final = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"original price was:? {_PRICE}\.? current price is:? {_PRICE}\.?(?: [–-]\d+%)?",
        rf"the (?:price|comparable value) (?:was|is) {_PRICE}",
        rf"\(?{_PRICE} (?:inc|incl|including|ex|excl)\.? vat\)?",
        rf"{_PRICE} off|total (?:amount|price):?(?: {_PRICE})?",
    )
)
# The delivery estimates go however many there are (a product's cards of other items repeat
# one each): no listing's card of dev shows one.
_DELIVERY: Final = re.compile(rf"{_PRICE} delivery .{{1,30}}", re.IGNORECASE)
_PAIR_CHARS: Final = 60
_MOST_PRICE_PAIRS: Final = 2
# A badge is short; longer lines are sentences and are not matched at all.
_MAX_CHARS: Final = 100


def is_shop_promise(text: str) -> bool:
    """Whether a line is a shop's shipping, returns, warranty or stock badge."""
    return len(text) < _MAX_CHARS and _PROMISE.fullmatch(text.strip()) is not None


# Only on a page that says it is one product's (``walked.product``): there these badges sit
# beside the description, and the ground truth of a product page leaves them out. A shop's
# policy page (a service page) or an article about shipping is about them, and keeps them.
# Half A product 0.69719 -> 0.69750 (all types 0.88423 -> 0.88426), half B product 0.74323 ->
# 0.74945 (all types 0.89152 -> 0.89193); 27 pages better, 9 worse by <= 0.03 (the annotators
# keep a shop's badge on some pages); articles, the other types and ScrapingHub unchanged.
def without_shop_promises(blocks: list[Block], walked: Tree) -> list[Block]:
    """``blocks`` without a shop's promise badges, on one product's page."""
    if not walked.product:
        return blocks
    # The short lines once, each kind of price line then counted among them.
    short = [(id(block), block.text.strip()) for block in blocks if len(block.text) < _MAX_CHARS]
    dropped: set[int] = set()
    for kind, most_chars in (
        (_PRICE_PAIR, _PAIR_CHARS),
        *((note, _MAX_CHARS) for note in _PRICE_NOTES),
    ):
        found = [key for key, text in short if len(text) < most_chars and kind.fullmatch(text)]
        if len(found) <= _MOST_PRICE_PAIRS:
            dropped.update(found)
    dropped.update(
        key for key, text in short if _PROMISE.fullmatch(text) or _DELIVERY.fullmatch(text)
    )
    return [block for block in blocks if id(block) not in dropped]
