"""Furniture lines: the short lines that are a page's controls, labels and counters in any
language, even inside the story's container ("Share", "Add to cart", "12 likes")."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.fine_print import fine_print_line
from newswire.pipeline.html.lead_dispatch import LeadDispatch
from newswire.pipeline.html.reaction_lines import is_reaction_line
from newswire.pipeline.vocabulary import AD_LABELS, alternation

_MONTH: Final = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Short lines that are page furniture in any language even inside the article container. A
# line is tried only in the branches its first character can begin (see lead_dispatch): the
# whole alternation, tried branch by branch, cost ~4.7 µs a line, ~97 lines a page.
_FURNITURE_LINE: Final = LeadDispatch(
    rf"{alternation(AD_LABELS)}"
    r"|share(?: this)?(?: article| story)?|share on \w+|tweet|email|print|copy link"
    r"|sign up|subscribe|subscribe now|log in|sign in|read more|continue reading|show more"
    r"|click here|load more|comments?|\d+ comments?|related|related articles|more stories"
    r"|follow us|follow|listen|listen to this article|scroll to continue with content"
    r"|(?:©|\(c\)|copyright).{0,120}|all rights reserved.{0,60}|image|photo|video|watch"
    # A photo gallery's toggle that shows or hides the picture's caption ("Caption", as
    # "Close" closes it), a button's label on a line of its own between the story's lines.
    # ScrapingHub 0.990711 -> 0.990756 (1 page better, none worse); wcxb-dev unchanged.
    r"|caption"
    # A shop's buttons and badges, repeated on every product card of a collection or a
    # listing and beside a product's description: "Add to cart", "Quick view", "Choose
    # options", "Learn more", "In stock". Half A all types 0.8621 -> 0.8626 (collection
    # 0.721 -> 0.728; 23 pages better, 6 worse by 0.01), half B 0.8721 -> 0.8725 (listing
    # 0.733 -> 0.734, service 0.824 -> 0.825); articles and ScrapingHub (0.9845) unchanged.
    # The same card's button that opens the product in a window over the grid, in its other
    # spellings ("Quick shop", "Quick add", "Quick buy"): no dev truth keeps one. Half B
    # collection 0.785156 -> 0.787133 (a coffee shop's grid +0.115), all types 0.907682 ->
    # 0.907844; half A, articles and ScrapingHub unchanged.
    r"|add to (?:cart|bag|basket|wishlist|compare)|quick ?(?:view|shop|add|buy)|view details"
    r"|(?:choose|select|more) options|shop now|buy now|learn more|(?:in|out of) stock|sold out"
    # The card's stock badge in its other spellings ("Low stock", "Back-order", "Pre-order",
    # French "En stock"): no dev truth keeps one. Half A collection 0.7754 -> 0.7774 (5 pages
    # of 4 shops better, none worse), half B, articles and ScrapingHub unchanged. (Not "Only 2
    # left" nor "In stock (165 units)": truths keep them, B -0.016 on a shop with the count.)
    r"|(?:low|en) stock|back-?order(?:ed)?|pre-?order(?: now)?"
    r"|free (?:shipping|returns)|pick up in store|compare|write a review|notify me"
    # A service page's sign-up buttons, repeated under its hero and under each feature band
    # ("Get started", "Start free trial", "Try it for free", "Book a demo", "Get a quote"): a
    # button's label on a line of its own, never the offer's text (which says what one gets).
    # Not "Contact sales" or "Talk to sales": the truths keep them beside a plan's price.
    # Half A service 0.844835 -> 0.845038 (13 pages better, 5 worse by <= 0.003: truths that
    # keep the button), all types 0.887303 -> 0.887327; half B service 0.856085 -> 0.857232
    # (12 better, 1 worse by 0.0008), all types 0.895467 -> 0.895604, articles 0.958750 ->
    # 0.958778; no such line in an article's truth; ScrapingHub unchanged.
    r"|start (?:a |your )?(?:free trial|for free)|get started(?: for free| free| now| today)?"
    r"|try (?:it )?(?:for )?free|get a (?:free )?quote|(?:request|book|schedule|get) a (?:free )?demo"
    r"|sign up (?:for )?free"
    # The same pages' contact buttons ("Get in touch", "Book a call", "Request a consultation",
    # "Download now", "Register now") and a band's "See all", "View more", "Explore" (beside
    # the "See more" and "View all" above). Half A service 0.845038 -> 0.845143 (7 pages
    # better, 1 worse by 0.0009), collection +0.00003, product -0.00001 (1 worse by 0.0007),
    # all types 0.887329 -> 0.887343; half B product 0.765291 -> 0.765482, listing +0.00002,
    # service +0.00003 (7 better, none worse), articles +0.000001; ScrapingHub unchanged.
    r"|get in touch|download now|register now|request (?:a )?(?:free )?(?:consultation|call ?back)"
    r"|(?:book|schedule) (?:a |your )?(?:free )?(?:call|consultation)|see all|view more|explore"
    # A listing's or a thread's controls and counters: "Sort by", "Filters", "1-24 of 310
    # products", "View all", "See more", "Loading...", a forum's "Click to expand...",
    # "12 likes", "Joined", "Similar threads". Half A all types 0.8626 -> 0.8628, half B
    # 0.8725 -> 0.8729 (collection, forum, listing better), articles and ScrapingHub unchanged.
    # (Its "Click to shrink...", the same quote's toggle once opened: half B forum 0.893508 ->
    # 0.893554, 2 pages better; no truth of dev keeps it.)
    r"|click to (?:expand|shrink)\.*|\d+ likes?|loading\.*|sort(?: by)? ?: .{0,25}|sort by"
    r"|loaded \d+ results"
    # A collection's result counter above its grid in its other spellings ("Showing 24 of 514
    # results", "Showing all 39 results", "Showing 36 of 84", "1-24 items of 33"), and a sort
    # control whose label has a space before its colon ("Sort : Best Match", as French
    # typography writes it): the grid's toolbar, never a product's text. Simulated on the
    # per-page outputs: half A collection +0.00024 (7 pages better, 4 sites), half B collection
    # +0.00021 (11 better, 3 worse by <= 0.0006: truths that keep the counter).
    r"|showing (?:all )?[\d,]+(?: ?[–-] ?[\d,]+)?(?: of [\d,]+)?(?: products| results| items)?"
    r"|\d+ ?[–-] ?\d+ (?:products|results|items) of [\d,]+"
    r"|similar threads|new posts|skip to (?:main )?content|view all|see more|read full article"
    # The page's other skip links for keyboard and screen-reader users ("Skip navigation
    # links", "Skip to footer", "Skip to search"), which their class usually hides until
    # focused: where the class is a build hash nothing hides them, and on a page whose text a
    # script draws the link may be its only line (a DeadLetter without it). Hashed: half A
    # all types 0.88020 -> 0.88148 (such a listing page 0.00 -> 1.00), half B unchanged. As
    # is: half A 0.898376 -> 0.898372 (a service page -0.0045: the line's "to the" counted in
    # its truth's words), half B and ScrapingHub unchanged. A shop's too ("Skip to product
    # information", "Skip to search results"): hashed A +0.000009, B +0.000011; as is same.
    r"|skip (?:to (?:the )?(?:main |footer )?(?:content|navigation|search|footer|main"
    r"|product (?:information|results)|search results|filters|sort)"
    r"|navigation(?: links)?|this section|advertisement)"
    # A menu's toggle whose button the walk kept ("Menu"): no truth of dev holds the line.
    r"|search forums|top rated|best ?sellers?|new arrivals?|joined|tags|filters?|menu"
    r"|\d+\s*[–-]\s*\d+ of \d+(?: products| results| items)?|\(?\d+ (?:products|results|items)\)?"
    r"|(?:products|results|items) \(\d+\)"
    # A thread's and a Q&A page's controls ("You must log in or register to reply here.",
    # "Not open for further replies.", "Ask question", "Reset to default", "Explore related
    # questions"), a shop's ("Related searches", "Skip listing", "View full details",
    # "Frequently bought together", "Featured products") and a page's teaser links ("Find out
    # more", "Discover more", "5 min read"), left behind as lines of their own. Simulated on
    # the per-page outputs: half A all types +0.0003 (forum, listing, collection), half B
    # +0.0002, ScrapingHub +0.0001; 22 pages better, 1 worse by 0.005.
    r"|you must (?:log in|sign in|be logged in)(?: or register)? to (?:reply|post|answer|comment)"
    r"(?: here| to this topic| this question)?|not open for further replies|reset to default"
    r"|related searches|skip (?:listing|to product list|images|carousel)|start asking to get answers"
    r"|find the answer to your question by asking|see similar questions with these tags"
    r"|ask question|post reply|forum jump|view full details|see details"
    r"|find out more|discover more|explore more|explore related questions"
    r"|frequently bought together|recently viewed|you may also like|recommended for you"
    r"|featured products"
    # A landing page's teaser buttons under each card of its feature and resource bands
    # ("Read blog", "Read case study", "Watch demo", "Watch video", "Take a self-guided
    # tour"): the link to the story, never the card's text (the card's own line says what it
    # is). Not "Read customer story" or "Read the report": truths keep those as the title of
    # the resource. Simulated on the per-page outputs: half A service 0.86821 -> 0.86852, half
    # B service 0.87118 -> 0.87144 (8 pages better, none worse); articles and SH unchanged.
    r"|read (?:the |our )?blog(?: post)?|read (?:the |full )?(?:story|case study|review)"
    r"|watch (?:the |a )?(?:demo|video)|take a (?:self-guided |product )?tour"
    # The same pages' other buttons, alone on a line under a card or a band: "Know more" and
    # "More info" (a card's link to its own page), "Compare plans" and "Show all features" (a
    # pricing band's link to the full table), an FAQ's or a quiz's "Reveal answer" and an
    # accordion's "Expand all" / "Collapse all" toggles: what the button does, never what the
    # page offers. No dev truth keeps one of them as a line of its own. Half A service 0.876958
    # -> 0.877169 (8 pages better, 2 products too), half B service 0.881587 -> 0.881645; none
    # worse, articles and ScrapingHub unchanged.
    r"|know more|more info|compare plans|(?:see|show) all features|reveal answer"
    r"|expand all(?: ?collapse all)?|collapse all"
    # A news river's or a shop grid's link under each card to the card's section ("More in
    # this category", "More in this region", "+ More"): the same label on every card, never
    # the item's text. (Not "More like this" nor "More from this ...": headings of the strips
    # of other products and stories, which ``strip_headings`` cuts at: half B product -0.003.)
    r"|\+ ?more|more in this \w+"
    # An article's own furniture lines: the heading of its table of contents (whose links go
    # as a link list), WordPress's "Like this: / Like Loading..." under the post, a photo's
    # "Show caption" toggle, the reading time, a "Read next" label. On wcxb-dev's articles
    # such a line is in the truth on 3 pages of 48 (half A and B), never on ScrapingHub's.
    # The reading time abbreviated ("3 MIN. READ") and the share counter ("221 Shares",
    # "3.0K Shares") too: half A articles +0.000002, half B +0.000006 (3 pages better by
    # <= 0.002), ScrapingHub 0.990773 unchanged (1 page -0.000005: a signature then last).
    r"|table of contents|contents(?: hide)?|in this article|on this page|jump to\W*"
    r"|like this|like loading\W*|(?:show|hide) caption|share this (?:post|page)|read next"
    r"|\d+ min(?:ute)?s?\.? read|reading time:? \d+ min(?:ute)?s?|\d[\d.,]*k? shares"
    # A thread's post frames: each post's date on a line of its own ("Oct 12, 2023", "Last
    # edited: Jul 3, 2024"), never a post's text; and a media player's or a carousel's
    # counters ("0:01/0:56", "1 of 23"). Half A all types 0.8680 -> 0.8681 (forum 0.7113 ->
    # 0.7118), half B 0.8745 -> 0.8747 (forum 0.8215 -> 0.8234, listing 0.7413 -> 0.7408),
    # articles and ScrapingHub unchanged; 39 pages better, 12 worse (by <= 0.02).
    # Not "Posted <date>" without "on" or a colon: Invision Community heads each post with it
    # as the post's own line, which the truths of its threads keep (as they keep XenForo's
    # post dates, see post_headers); a byline's "Posted on <date>" or "Posted: <date>" stays
    # furniture. Half A forum 0.748789 -> 0.749637 (2 Invision threads +0.035 and +0.010, none
    # worse), all types 0.888955 -> 0.889012; half B, articles and ScrapingHub unchanged.
    rf"|(?:(?:last edited|edited)(?: on)?:? |posted(?: on:?|:) )?(?:{_MONTH} \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} {_MONTH},? \d{{4}})(?:,? (?:at )?\d{{1,2}}:\d\d(?: ?[ap]m)?)?"
    r"|\d+ of \d+|\d{1,2}:\d\d ?/ ?\d{1,2}:\d\d"
    # A post's header whose date a script fills in (NodeBB's "<name> wrote on <span
    # class="timeago">"): the page as served leaves the verb and its preposition alone on a
    # line, which says nothing without its date. Half A forum 0.76595 -> 0.76609 (a NodeBB
    # thread +0.007), half B forum 0.90426 -> 0.90447 (one +0.012); none worse, articles and ScrapingHub unchanged.
    r"|(?:wrote|posted|replied|commented) on"
    # A story's publication or update date on a line of its own under its headline or above
    # its text ("Published: Nov. 19, 2025", "Last updated: April 21, 2025", "Updated on
    # 09/10/2025"): the byline's date, never the story's text (the date itself is read from
    # the markup and the shown dates, not from here). A bare "Updated <date>" stays: a
    # listing's items say it of each item (a code host's repositories), and their truths keep
    # it. Simulated on the per-page outputs, then measured: half A articles 0.969162 ->
    # 0.969187, all types 0.887236 -> 0.887258; half B articles 0.958740 -> 0.958750, all
    # types 0.894221 -> 0.894245 (listing +0.0003); 13 pages better, 2 worse by <= 0.0004
    # (truths that glue the line to the text); metadata and ScrapingHub unchanged.
    rf"|(?:published|last (?:updated|modified)|updated(?: on|:))(?: on)?:? (?:{_MONTH} "
    rf"\d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,? (?:at )?\d{1,2}:\d\d(?: ?[ap]m)?)?"
    # The poster's card beside each post where it has no class of its own: a rank ("Well-known
    # member") and counters ("Messages: 1,204", "Reaction score 310"), a Q&A page's "3 Answers".
    # Half A all types 0.8686 -> 0.8686 (forum 0.7118 -> 0.7122), half B 0.8747 -> 0.8748
    # (forum 0.8234 -> 0.8254); articles and ScrapingHub unchanged; 26 pages better, 1 worse
    # (by 0.001).
    r"|(?:posts|messages|reaction score|points|likes received|threads|replies|views)\W*\s*[\d,.]+k?"
    # MyBB's and its kin's card count the poster's reputation the same way ("Reputation: 7",
    # its number a link), which stood among the posts where class names are hashed; not a
    # share ("Reputation: 5%": a review's weight of a criterion, its truth's). Hashed: half B
    # forum +0.0002 (a MyBB thread 0.890 -> 0.900); as is, half A and ScrapingHub unchanged.
    r"|reputation:?\s*[\d,.]+k?(?!\s*%)"
    r"|\d+ answers?|member|messages|top bottom|registered|register"
    r"|(?:new|well-known|senior|active|junior) member"
    # XenForo's thread header above the first post: "Thread starter <name>", "Start date
    # <date>" (the starter's name and the date head the first post again).
    r"|thread starter .{1,40}|start date .{1,40}"
    # A thread's controls under each post and the menu on each poster's card, each a line of
    # its own: a comment tree's "permalink", "embed", "reply" (old Reddit's), a bulletin
    # board's "View Profile", "View Forum Posts", "Private Message", "Visit Homepage" and
    # "Reply With Quote" (with its count of likes). (Not "Save", "Report", "Parent": a
    # listing's, a service page's and a guide's own lines in the truths.)
    r"|permalink|embed|reply|quote|reply with quote(?: \d+)?"
    # The same controls as a forum engine or a Q&A site prints them under each post, which
    # their class names drop as is and which stood among the posts where those are hashed:
    # "Share on other sites", "Link to comment", "Link to post" (Invision Community's),
    # "Improve this answer" and "Add a comment |" (Stack Exchange's, with the bar that joins it
    # to the comment count: a truth keeps "Add a comment" alone as a heading), a comment's
    # "reply | flag", a board's "Go to topic listing". No truth of dev (either half) nor of
    # ScrapingHub has one. Hashed: half A all types +0.0002 (6 pages of 6 sites better), half
    # B +0.00005 (3 pages), none worse; as is unchanged.
    r"|share on other sites|link to (?:comment|post)|improve this (?:answer|question)"
    r"|add a comment \||reply \| flag|go to topic listing"
    r"|view profile|view forum (?:posts|threads)|private message|visit homepage"
    # A bulletin board's defaults around a thread's posts, each a line of its own: phpBB's
    # "Print view", its "Return to “Board”" link under the thread and an attachment's "(95.79
    # KiB) Downloaded 478 times"; a vote widget's "Upvote 0 Downvote" under each post (two
    # buttons and the count between). No truth of wcxb-dev keeps such a line (12 lines of the
    # outputs on halves A and B, all of threads). Half A forum 0.753474 -> 0.754126 (2 pages
    # better, none worse), half B forum +0.00001 (1 better); articles, ScrapingHub unchanged.
    r"|print view|return to [“\"].{1,60}[”\"]|\(\d+(?:\.\d+)? [kmg]i?b\) downloaded \d+ times?"
    r"|upvote \d+ downvote"
    # vBulletin's defaults: the poster card's "Registered User" and "Join Date: Mar 2016", the
    # "« Previous Thread | Next Thread »" links and the posting rules box under the thread
    # ("You may not post replies", "BB code is On", "[IMG] code is Off", "Forum Rules"), the
    # footer's "All times are GMT +1. The time now is 14:01.". No truth of wcxb-dev keeps
    # such a line (39 lines of the outputs on halves A and B, all on vBulletin threads). Half
    # A forum 0.754126 -> 0.758248 (1 page +0.218: without the box's lines its first post
    # stands alone instead of the whole page widening, but its one short reply goes with the
    # page: recall 0.994 -> 0.864), half B forum 0.899379 -> 0.899856 (2 pages better), none
    # worse; articles and ScrapingHub unchanged.
    r"|you may (?:not )?(?:post new threads|post replies|post attachments|edit your posts)"
    r"|(?:bb code|smilies|\[img\] code|\[video\] code|html code|trackbacks|pingbacks|refbacks)"
    r" (?:is|are) (?:on|off)|posting rules|forum rules|« previous thread \| next thread »"
    rf"|all times are gmt.{{0,60}}|join date:? (?:{_MONTH} )?\d{{4}}|registered user"
    # A form's own status notices, hidden by the site builder's style sheet until the form is
    # sent (Webflow's defaults under every newsletter or contact form): half A all types
    # 0.87144 -> 0.87145 (1 page better, none worse), half B 0.87853 (1 better, none worse),
    # articles and ScrapingHub unchanged.
    r"|(?:thank you! )?your submission has been received"
    r"|(?:oops! )?something went wrong while submitting the form"
    # A forum platform's wall under a thread for a reader not signed in (Invision Community's
    # defaults: "Create an account or sign in to comment", "You need to be a member in order
    # to leave a comment", "Register a new account", "Already have an account? Sign in
    # here.", "Sign In Now"), and a shop's listing toolbar (Magento's defaults: "View as Grid
    # List", "Set Descending Direction", "Show 24 per page"): the same lines on every site of
    # the platform, never the page's text. (Not "Create an account" alone: a service page's
    # step.) Simulated on the per-page outputs: half A all types 0.87504 -> 0.87511 (forum
    # +0.0006, collection +0.0003; 4 pages better), half B 0.88288 -> 0.88297 (forum +0.001,
    # listing +0.0001; 2 better), none worse; articles and ScrapingHub unchanged.
    r"|create an account or sign in to (?:comment|reply|post)"
    r"|you need to be a member in order to leave a (?:comment|reply|post)"
    r"|sign up for a new account in our community\. it's easy!|register a new account"
    r"|already have an account\? sign in here\.|have an account\? sign in|sign in now"
    r"|view as:? (?:grid list|list grid)|set (?:ascending|descending) direction"
    r"|(?:show )?\d* ?per page"
    # A byline's label left on a line of its own once its name went (the name is a link to
    # the author's page, or an element of its own the byline rules take): "By", "Edited by",
    # "Reviewed by,", "by |". A label with a colon ("By:") is a field whose value follows on
    # the next line (a directory's "By: <authors>"), and stays; a lower-case bare "by" is a
    # word of a code listing (Lean's tactic "by"). Half A articles 0.969220 -> 0.969226 (4
    # pages better), half B 0.958936 -> 0.958944 (5 better), none worse; ScrapingHub unchanged.
    r"|(?:written|edited|reviewed|medically reviewed|fact[- ]checked) by(?!\s*:)"
    r"|(?-i:B)y(?!\s*:)|by\s*[|•·]"
    # A subscription wall's and a sign-up form's own notices left in the story's container, a
    # line of their own: the paywall's "Subscribe to get access", "Read more of this content
    # when you subscribe today.", "This article is exclusive to STAT+ subscribers", and the
    # confirmation a newsletter form keeps hidden until it is sent ("Thanks for signing up!",
    # "Thank you for subscribing to our daily newsletter."). They tell the reader what the
    # site wants, never what the story says; a story's sentence that asks to subscribe says
    # more around it ("Subscribe today for more information like this, ...": a dev truth's)
    # and is longer than the whole line matched here.
    r"|subscribe (?:now )?to (?:get access|continue reading|read (?:more|the full (?:story|article)))"
    r"|read more of this (?:content|article|story) when you subscribe(?: today)?"
    r"|this (?:article|story|content) is (?:exclusive|only available) (?:to|for) .{1,30} subscribers"
    r"|thanks?(?: you)? for (?:signing up|subscribing)(?: to (?:our|the) .{0,40}newsletter)?"
    # WordPress's comment form under a post, its defaults on every site of the platform: the
    # form's title ("Leave a Reply", a theme's "Leave a Comment") and its notes ("Your email
    # address will not be published. Required fields are marked *"), and Genesis's hidden
    # heading over the comments ("Reader Interactions"). Their class names usually drop the
    # form; where the names are a build's hashes the title and notes stay, the last lines of
    # the story. No truth of dev or ScrapingHub keeps such a line. Hashed: half A articles
    # 0.965066 -> 0.965332 (3 blogs better, by up to 0.08), half B 0.961653 -> 0.961669 (1).
    r"|leave a (?:reply|comment)(?: cancel reply)?|cancel reply|reader interactions"
    r"|your email address will not be published\.?(?: required fields are marked \*)?"
    r"|required fields are marked \*"
    # A collection's toolbar over its grid, each label a line of its own once the controls
    # went with the form's tags (a <select> and its options, the <legend> over it): "Sort",
    # "Filter by", "Filter & Sort", "Sort Options", "View Options". (Not "Sort and filter": a
    # shop's truth keeps it; "Filters" and "Sort by" are above.) With the form's lines: hashed
    # half A all types 0.886988 -> 0.887167, half B 0.895676 -> 0.895766 (12 pages of 11 sites
    # better, none worse); as is half A 0.903480 -> 0.903482 (3 shops' grids better), half B
    # +0.0000001, articles, metadata and ScrapingHub unchanged.
    r"|sort|filter by|filter (?:&|and) sort|(?:sort|view|filter) options"
    # A pager's page number left on a line of its own ("Page 2", "Page 1 of 8", "Viewing page
    # 1 of 9"): a listing's or a long story's pager, never the page's text.
    r"|(?:viewing )?page \d+(?: of \d+)?",
    r"\W*$",
    re.IGNORECASE,
)

# A furniture line is short: the length is checked before the pattern, which then runs only on
# lines that could be one.
_MAX_CHARS: Final = 160


# A template's placeholder text left in the page by its theme (a product page's unused feature
# band, a landing page's empty slot, often hidden by a style sheet the walk does not read) is
# never the page's text, however long. Simulated on the per-page outputs: half A product
# 0.6621 -> 0.6632 (1 page better), half B articles 0.9551 -> 0.9559 (1 better), none worse.
_PLACEHOLDER: Final = re.compile(r"\blorem ipsum dolor\b", re.IGNORECASE)
# So is a template's numbered slot left unfilled, a short line of its own: a card grid's
# "Head Line 1" over its "Lorem ipsum 1", "Lorem ipsum 2" items, a band's "Heading Line".
# Only the whole line: a story that names the filler in a sentence says more. Half B
# articles 0.962910 -> 0.963230 (a publisher's landing page whose card grid of placeholders
# outweighed its two paragraphs, 0.75 -> 0.87); no other page of dev or ScrapingHub changed.
_SLOT: Final = re.compile(r"(?:lorem ipsum|head line|heading line)(?: \d{1,2})?", re.IGNORECASE)
_SLOT_CHARS: Final = 20


# An image's address printed as a line of its own (a shop theme's custom fields listing each
# colour's thumbnail, a template's unfilled image slot) is never text a reader reads: only the
# address of an image file, nothing beside it (an article's "Example: http://…/a.jpg" stays).
# Simulated on the per-page outputs: half A all types 0.87544 -> 0.87559 (product 0.6686 ->
# 0.6703; 1 page better), half B 0.88341 -> 0.88343 (1 forum better), none worse; articles
# and ScrapingHub unchanged.
_IMAGE_ADDRESS: Final = re.compile(
    r"https?://\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?", re.IGNORECASE
)


# A line of nothing but generated identifiers (UUIDs, each maybe glued to one letter: a
# marketplace spells "Sponsored" one letter an element, each element's id printed beside it
# to defeat ad blockers; a script's list of ids left as text) is never text a reader reads.
# An id inside a command or a sentence stays: the whole line must be ids, at least
# _MIN_IDS of them. Half A product 0.69750 -> 0.71017 (all types 0.88426 -> 0.88542: three
# marketplace items +0.26 to +0.38), half B, every other type and ScrapingHub unchanged (no
# line of ids there).
_ID: Final = r"[0-9a-z]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_ID_LINE: Final = re.compile(rf"{_ID}(?:\s+{_ID})+", re.IGNORECASE)
_MIN_IDS: Final = 3
_ID_CHARS: Final = 36


# A thread's or a topic list's counters on one line ("12 Posts 5 Posters 3.2k Views 2
# Watching", NodeBB's bar over a topic; "3 replies · 120 views"): two counts or more, each a
# number and the thing it counts, nothing else. A reader's sentence has words between its
# numbers. No truth of wcxb-dev keeps such a line (2 lines of the outputs, 2 sites). Half A
# all types 0.901826 -> 0.901833, half B 0.912410 -> 0.912417 (a thread better on each, none
# worse); articles and ScrapingHub unchanged.
_COUNTERS_LINE: Final = re.compile(
    r"(?:[\d.,]+[km]? (?:posts?|posters?|views?|watching|repl(?:y|ies)|likes?|votes?"
    r"|followers?|participants?|voices?|comments?|answers?)\s*[·•|,]?\s*){2,}",
    re.IGNORECASE,
)


# A share menu printed as one line: the names of two sharing services or more and nothing
# else ("Facebook X Bluesky LinkedIn Reddit Tumblr WhatsApp Email Share Link", a forum
# engine's menu under each post; "twitter facebook"). As is its class names drop it; where
# they are hashed the menu stood among the posts. A sentence naming the services has words
# between them. No truth of dev (either half) nor of ScrapingHub has such a line. Simulated
# on the per-page outputs, hashed: half A all types +0.00004 (4 threads of 3 sites), half B
# +0.00003 (6 threads of 6 sites); as is unchanged.
_SHARE_LINE: Final = re.compile(
    r"(?:(?:share (?:on|to|via) )?(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit"
    r"|pinterest|email|bluesky|tumblr|threads|copy link|share link)\s*){2,}",
    re.IGNORECASE,
)
# Every share menu names one of these (its substring test comes before the pattern).
_SHARE_SERVICES: Final = ("facebook", "twitter", "linkedin", "whatsapp", "reddit", "bluesky")


def _share_line(text: str) -> bool:
    folded = text.lower()
    return any(name in folded for name in _SHARE_SERVICES) and (
        _SHARE_LINE.fullmatch(text) is not None
    )


def is_furniture_line(text: str) -> bool:
    """Whether a clean line is page furniture, not the page's text."""
    if len(text) < _MAX_CHARS and (
        _FURNITURE_LINE.match(text)
        or (text[:1].isdigit() and _COUNTERS_LINE.fullmatch(text) is not None)
    ):
        return True
    if (
        is_reaction_line(text)
        or (len(text) < _MAX_CHARS and _share_line(text))
        or fine_print_line(text)
    ):
        return True
    # Counting hyphens first: the pattern runs only on a line that could be ids.
    if (
        len(text) >= _MIN_IDS * _ID_CHARS
        and text.count("-") >= 4 * _MIN_IDS
        and _ID_LINE.fullmatch(text) is not None
    ):
        return True
    if text.startswith(("http://", "https://")) and _IMAGE_ADDRESS.fullmatch(text) is not None:
        return True
    if len(text) <= _SLOT_CHARS and _SLOT.fullmatch(text) is not None:
        return True
    # The substring test first: a regular expression over every line would cost each page.
    ipsum = "ipsum" in text or "Ipsum" in text or "IPSUM" in text
    return ipsum and _PLACEHOLDER.search(text) is not None
