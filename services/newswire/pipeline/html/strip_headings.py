"""The words that head a strip of other products, stories or pages: the headings and labels
``strips`` reads to find a strip's container (the vocabulary, with the figures each part earned)."""

from __future__ import annotations

import re
from typing import Final

# A strip of other products or stories under a heading that says so ("Customers also bought",
# "People who viewed this item also viewed", "You may also like", "Related products"): shops
# name the strip's container anything, but its heading is plain. Its container goes, when
# it is a small part of the page (a heading right inside the whole content is not a strip).
# A bookshop joins two verbs ("Customers also bought or read"): half B product 0.839777 ->
# 0.841981 (a book's page 0.84 -> 0.95, its cards of other books gone), half A, articles,
# the other types and ScrapingHub unchanged.
RECOMMENDATION_BODY: Final = (
    r"(?:customers|people|shoppers) (?:who \w+ this(?: item)? )?also \w+(?: or \w+)?"
    r"|you (?:may|might) also (?:like|enjoy)|related (?:products|items)|similar (?:products|items)"
    r"|recently viewed(?: items| products)?|more from this (?:seller|shop|store)"
    # The same strip of other stories under an article or a thread ("Related articles",
    # "Recent posts", "Recommended for you", "See also"): half A all types 0.8546 -> 0.8547,
    # half B 0.8606 -> 0.8609, ScrapingHub unchanged (0.980).
    r"|(?:related|recent|latest|popular|more|trending|recommended)"
    r" (?:articles|posts|stories|news|reads|reading|content|topics)"
    # ... with the invitation after it ("More articles you might enjoy", "Latest stories for
    # you"): half A articles +0.00005 (1 page better, none worse), half B, other types and
    # ScrapingHub unchanged.
    r"(?: (?:you (?:may|might) (?:also )?(?:like|enjoy)|for you))?"
    r"|related|recommended(?: for you)?|you (?:may|might) also be interested in|see also"
    r"|more like this|read next"
    # An article's tail of furniture under its own heading: the author's and the medical
    # reviewer's bio boxes, a newsletter box, a "Popular" or "Trending" list. Half A articles
    # 0.9526 -> 0.9528, half B articles 0.9453 -> 0.9460 (all types +0.0001, +0.0002);
    # ScrapingHub unchanged. (A book's product page loses its "About the author": 1 page.)
    r"|about the (?:author|reviewer)|(?:subscribe to|sign up for|join) our newsletter|newsletter"
    r"|recent comments|most popular|popular|trending|latest"
    # A company's rail of its other content under a heading that says so ("Featured
    # insights", "Related Insights", "Our latest insights", "More resources", "Featured client
    # stories"): cards of a type label, a title and a blurb, none of them the page's own text.
    # Half A service 0.8289 -> 0.8319 (all types 0.88004 -> 0.88040; 5 pages better, a
    # service page whose truth keeps its "Featured Resources" -0.022), half B service 0.85046
    # -> 0.85055 (1 better, none worse), articles +0.00003 / unchanged, ScrapingHub unchanged.
    r"|(?:our )?(?:featured|related|latest|recent|more)"
    r" (?:insights|resources|case studies|(?:client |customer |success )?stories|blogs?"
    r"|perspectives|thought leadership|research)"
    # A service page's grid of the firm's other services under a heading that says so
    # ("Related services", "Other solutions", "Explore our other services"): half A service
    # 0.83190 -> 0.83202, half B 0.85055 -> 0.85094 (one page better on each, none worse);
    # articles, other types and ScrapingHub unchanged. (Testimonials and case studies under
    # their headings are the truths' own: service A -0.0017, B -0.0030; so are "Insights"
    # and "Resources" alone: 3 pages worse on each half.)
    r"|(?:related|other|more|similar) (?:services|solutions|capabilities|offerings)"
    r"|explore (?:our )?(?:other|related|more) (?:services|solutions)"
    # A company's teasers of its blog posts under a heading that says so ("From the blog",
    # "From our blog", also as a plain label): the blog's cards, not the page's text. Half A
    # service 0.845840 -> 0.847171 (2 pages better, none worse), half B, articles and
    # ScrapingHub unchanged.
    r"|from (?:the|our) blog"
    # A forum's strip of its other threads under the thread ("Similar threads", "Related
    # discussions", "Suggested Topics", "More Topics from this Board"): links to other
    # threads, none of them a post of this one. ("Related topics" is not one: a course
    # listing's section of its own text; "Related questions" neither: a Q&A site's answers
    # follow it.)
    r"|(?:related|similar|suggested|other) (?:discussions|threads)|(?:similar|suggested) topics"
    r"|more (?:discussions|threads|topics) (?:from|in) this (?:board|forum|category|section)"
    # A listing's or an article's strip of the site's other pages under "Related pages" or
    # "Related categories" (a shop's category page ending in links to its sibling categories,
    # a school directory's links to its other guides): none of them the page's items. Half A
    # listing 0.796069 -> 0.796963 (a warehouse club's category page +0.041), all types
    # 0.888903 -> 0.888955; half B articles 0.961381 -> 0.961392 (a guide +0.004), all types
    # 0.900160 -> 0.900166; no page worse; ScrapingHub unchanged.
    r"|related (?:pages|categories)"
    # A marketplace's strip of other makers' items under "Similar brands" ("Similar brands on
    # <marketplace>"), and the maker's showcase of its story and its other models under
    # "From the brand": neither is the item's description, on an item's page whether or not
    # its markup says it is one product's (an unavailable item shows no buy box). Half B all
    # types 0.907285 -> 0.907508 (an earbud's page 0.586 -> 0.712, none worse), half A,
    # articles and ScrapingHub unchanged.
    r"|similar brands(?: on .{1,30})?|from the brand"
)
RECOMMENDATION_HEADING: Final = re.compile(rf"^(?:{RECOMMENDATION_BODY})\W*$", re.IGNORECASE)
# On one product's page, the other strips a shop puts around the product under headings of
# their own: the add-ons to buy with it ("Complete your order", "Pairs well with", "Add the
# essentials", "Frequently purchased with", "Bundles & offers"), the other buyers' picks
# ("Others like you also bought", "This is what customers who viewed this product bought",
# "Get everything you need") and the seller's other items ("Seller's other items", "Explore
# related items"). On an article, a guide or a collection such a heading may head the page's
# own list (a kit's parts, a collection's bundles), so only where the page says it is one
# product's (``product``). Half A product 0.71017 -> 0.71155 (all types 0.88542 -> 0.88554),
# half B product 0.74945 -> 0.75004 (all types 0.89193 -> 0.89196); 12 pages better, none
# worse; articles, the other types and ScrapingHub unchanged.
# (The reviews' titles, the last of its parts below, are also read alone: ``REVIEWS_HEADING``,
# whose strip ``review_strips`` lets hold more of the page.)
_REVIEWS_BODY: Final = (
    r"(?:average |overall )?(?:customer |product )?(?:reviews|ratings)"
    r"(?: (?:&|and) (?:reviews|ratings))?|rating snapshot|reviews summary|[\d,.]+ reviews"
)
#: The other strips' headings without the reviews' (``shop_tail`` reads them alone).
OTHER_PRODUCTS_BODY: Final = (
    r"complete (?:the|your) (?:look|order|set|kit)|pairs? (?:well|perfectly) with"
    r"|goes well with|add the essentials|frequently (?:purchased|bought) with"
    # The add-ons offered with the product ("Choose your add-ons", "Select your
    # accessories"): each another item with its blurb, to buy with this one. Half B all
    # types 0.907349 -> 0.907398 (a bird feeder's add-ons +0.035), half A, articles and
    # ScrapingHub unchanged.
    r"|(?:choose|select|pick) your (?:add-?ons|accessories)"
    r"|bundles? (?:&|and) offers|(?:others|customers|people) like you also (?:bought|viewed)"
    r"|this is what customers who viewed this product bought|get everything you need"
    r"|seller's other items|explore related items|(?:most popular )?accessories"
    r" (?:&|and) related items|you (?:may|might) also need|more to consider"
    r"|ils vont bien ensemble|pour compléter votre achat"
    # The shop's strips that RECOMMENDATION_HEADING names too, here in any element.
    r"|(?:customers|people|shoppers) (?:who \w+ this(?: item)? )?also \w+"
    r"|you (?:may|might) also like|(?:related|similar) (?:products|items)|recently viewed"
)
OTHER_PRODUCTS_HEADING: Final = re.compile(
    rf"(?:{OTHER_PRODUCTS_BODY}"
    # The shop's customer reviews under a title of their own ("Reviews", "Customer ratings",
    # "Ratings & reviews", "Rating snapshot", "Reviews summary", "369 Reviews"): the score,
    # its histogram, the filters and each buyer's card, other people's words about the
    # product that the truths leave out (the review apps' own class names are dropped by
    # ``names``; these sit in a theme's plain elements). On a story or a service page such a
    # title may head the page's own text (a critic's review, a firm's testimonials), so only
    # here. Half A product 0.71552 -> 0.71569 (2 pages better), half B product 0.76337 ->
    # 0.76530 (3 better: a big-box shop's reviews summary 0.68 -> 0.77); no page worse.
    rf"|{_REVIEWS_BODY})\W*",
    re.IGNORECASE,
)
REVIEWS_HEADING: Final = re.compile(rf"(?:{_REVIEWS_BODY})\W*", re.IGNORECASE)
