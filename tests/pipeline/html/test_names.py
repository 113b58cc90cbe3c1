"""Class and id names: furniture-named elements are dropped, story-named ones kept."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.names import Verdict, class_parts
from newswire.pipeline.html.plain_names import name_verdict
from tests.pipeline.html.pages import page, prose, text_of


def test_bem_names_are_read_by_their_element_part() -> None:
    """A token's first or last part decides: "ap-story-byline" is a byline and
    "comment-content" a comment (dropped), camelCase "PromoSmall" a promo, while
    "article__content" names the story."""
    html = page(
        '<div class="article__content">'
        + prose("story", 4)
        + '<div class="ap-story-byline">By JANE DOE and JOHN ROE, Associated Press, in '
        "London, England, on Tuesday.</div>"
        '<div class="PromoSmall"><p>Freelancers fear the new law, they say, will end their '
        "work, their income, and their future.</p></div>"
        '<div class="comment-content"><p>Great article, thanks, I agree, totally, with all of '
        "this, well said.</p></div>"
        "</div>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "JANE DOE" not in text
    assert "Freelancers" not in text
    assert "Great article" not in text


def test_utility_css_classes_are_not_furniture_names() -> None:
    """Utility-CSS classes name layout: "overflow-hidden" clips a box and "hidden md:block"
    shows it from a breakpoint up, so the story inside them is kept; a bare "hidden" is not."""
    html = page(
        '<div class="flex overflow-hidden">' + prose("clipped", 3) + "</div>"
        '<div class="hidden md:block">' + prose("desktop", 3) + "</div>"
        '<div class="hidden"><p>Mobile menu, with entries, more entries, and even more.</p></div>'
    )
    text = text_of(html)
    assert "clipped 2" in text
    assert "desktop 2" in text
    assert "Mobile menu" not in text


def test_a_skip_link_target_is_the_content() -> None:
    """The element a "skip to content" link points at ("skip-link-target") is the page's
    content, not furniture."""
    html = page('<div id="skip-link-target"><div>' + prose("story", 3) + "</div></div>")
    assert "story 2" in text_of(html)


def test_customer_reviews_are_dropped_but_a_critics_review_is_kept() -> None:
    """A shop's customer reviews ("product-reviews", "js-reviews") are not the product's text;
    a critic's review named in the singular ("review-body") is the story."""
    shop = page(
        '<main><div class="description">' + prose("product", 3) + "</div>"
        '<div class="js-reviews">'
        + "".join(
            f"<div><p>Great mic {i}, works well, I use it daily, five stars, recommend it to "
            "everyone, really, and my band likes it too.</p></div>"
            for i in range(6)
        )
        + "</div></main>"
    )
    text = text_of(shop)
    assert "product 2" in text
    assert "Great mic" not in text
    assert "critic 2" in text_of(page('<div class="review-body">' + prose("critic", 3) + "</div>"))


def test_page_builder_blocks_are_judged_by_what_follows_the_builder_words() -> None:
    """Page builders name every block a widget ("elementor-widget elementor-widget-text-editor"):
    such a block of the story is kept, while "elementor-widget-share-buttons" is still furniture."""
    html = page(
        "<main><div>" + prose("intro", 2) + "</div>"
        '<div class="elementor-widget elementor-widget-text-editor">'
        + prose("story", 3)
        + '</div><div class="elementor-widget elementor-widget-share-buttons"><p>Share this '
        "page on every network, with friends, family, and colleagues, please.</p></div></main>"
    )
    text = text_of(html)
    assert "story 2" in text
    assert "Share this page" not in text


def test_a_forum_thread_named_comments_is_kept() -> None:
    """Forum software may call a thread's posts comments: a container named for the topic
    ("cTopic" beside id "comments") is the thread and is kept."""
    posts = "".join(f'<article class="post">{prose(f"post{i}", 1)}</article>' for i in range(4))
    html = page(
        '<main><div class="install-prompt">' + prose("install", 2) + "</div>"
        f'<div class="cTopic" id="comments">{posts}</div></main>'
    )
    assert "post3 0" in text_of(html)


def test_a_discussions_replies_named_comments_are_kept() -> None:
    """On a page whose JSON-LD says it is a discussion (DiscussionForumPosting), replies in
    elements named "comment" are the thread's posts and are kept, while a share bar named
    "comment-share" stays out; on a story's page, the same comment section is dropped."""
    replies = "".join(
        f'<div class="comment comment-container"><div class="comment-content">'
        f'{prose(f"reply{i}", 1)}</div><div class="comment-share"><p>Share this reply on '
        "every network you use, with your friends and family.</p></div></div>"
        for i in range(3)
    )
    body = f"<div class='thread'>{prose('opening', 2)}</div><div class='comments'>{replies}</div>"
    thread = page(
        body,
        head='<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>',
    )
    text = text_of(thread)
    assert "reply2 0" in text
    assert "Share this reply" not in text
    # A story's page: its head says so (an undeclared page's replies named comments may be a
    # thread's posts, see test_named_threads).
    story = page(body, head='<meta property="og:type" content="article">')
    assert "reply2 0" not in text_of(story)


def test_an_element_whose_label_is_hidden_is_not_hidden() -> None:
    """A Drupal body field named "field--label-hidden" (shown without its label) is the
    story, not a hidden element (it is not given up for another box of text); a "visually-hidden"
    one still is."""
    html = page(
        '<div class="field field--name-body field--label-hidden">' + prose("story", 4) + "</div>"
        '<div class="visually-hidden"><p>Skip to the main content of this page, now, or '
        "later, as you like, with one key.</p></div>"
        '<div class="box">' + prose("teaser", 2) + "</div>"
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Skip to" not in text


def test_an_accordion_panel_closed_by_its_class_is_kept() -> None:
    """An accordion's answer closed by a class ("kt-accordion-panel-hidden", opened by one
    click) is the page's content: kept with the story; a plain "sidebar-hidden" box is not."""
    html = page(
        "<article>"
        + prose("story", 4)
        + '<div class="kt-accordion-panel kt-accordion-panel-hidden"><ul><li>Built-in reports, '
        "including profit and loss, for every client, every month.</li></ul></div>"
        '<div class="sidebar-hidden"><p>Menu, with entries, more entries, and more again.</p>'
        "</div></article>"
    )
    text = text_of(html)
    assert "Built-in reports" in text
    assert "Menu, with entries" not in text


def test_a_code_samples_highlighted_comments_are_kept() -> None:
    """A syntax highlighter's comment token inside <pre> ("hljs-comment") is a line of the
    code sample, not a comment section: kept; a comment section after the story still goes."""
    code = (
        '<pre><code class="language-bash"><span class="hljs-comment"># stage every changed '
        "file</span>\ngit add -A</code></pre>"
    )
    html = page(
        "<article>"
        + prose("story", 3)
        + code
        + prose("after", 2)
        + '<div class="comments"><p>Great post, thanks, I agree, totally, with all of it.</p>'
        "</div></article>"
    )
    text = text_of(html)
    assert "# stage every changed file" in text
    assert "Great post" not in text


def test_a_forum_posters_signature_is_dropped_and_the_posts_kept() -> None:
    """A thread's posts each end in their poster's signature ("post-signature",
    "message-signature", "signature"): the same motto and links under every post, dropped;
    the posts stay."""
    signature = (
        '<div class="{name}"><p>My rig: Ryzen 7, 32 GB, two screens, a very old keyboard, '
        "and a cat that sleeps on the desk, always.</p></div>"
    )
    posts = "".join(
        '<div class="post"><div class="post-text">'
        + prose(f"post{number}", 2)
        + "</div>"
        + signature.format(name=name)
        + "</div>"
        for number, name in enumerate(["post-signature", "message-signature", "signature"])
    )
    text = text_of(page('<div class="thread">' + posts + "</div>"))
    assert "post0 1" in text
    assert "post2 1" in text
    assert "My rig" not in text


def test_the_thread_starters_posts_are_kept_and_an_author_box_dropped() -> None:
    """A thread's post marked as the starter's ("uix_threadAuthor", "discussionAuthor",
    "topic-author" beside its "message" names) is a post like the others and stays; an
    element named "author" or "post-author" is still an author box."""
    assert name_verdict("message uix_threadAuthor uix_discussionAuthor") is Verdict.NEUTRAL
    assert name_verdict("message topic-author") is Verdict.NEUTRAL
    assert name_verdict("post-author") is Verdict.NEGATIVE
    assert name_verdict("author") is Verdict.NEGATIVE
    posts = "".join(
        f'<li class="message {mark}"><blockquote>{prose(f"post{number}", 2)}</blockquote></li>'
        for number, mark in enumerate(["uix_threadAuthor", "", ""])
    )
    text = text_of(page(f'<ol class="messageList">{posts}</ol>'))
    assert "post0 1" in text
    assert "post2 1" in text


def test_a_disclaimer_box_is_dropped() -> None:
    """Fine print named "disclaimer" (a product's legal notes, an article's affiliate box)
    is dropped; the description beside it stays."""
    html = page(
        '<div class="product-description">'
        + prose("feature", 4)
        + '<div class="product-disclaimer"><p>Results may vary, images simulated, colours and '
        "availability depend on region, carrier and time of year, see terms.</p></div></div>"
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "Results may vary" not in text


def test_a_disclaimer_box_is_dropped_whatever_story_word_its_component_carries() -> None:
    """A legal note named "disclaimer" as a modifier of a generic text component
    ("cmp-richtext--disclaimer" beside "richtext text") or between a block and its element
    ("fx-price-disclaimer__text") is dropped though a sibling token names a story's text; a
    section of disclaimers (plural, a legal page's content) and the story stay."""
    html = page(
        '<div class="product-description">'
        + prose("feature", 4)
        + '<div class="richtext text cmp-richtext--disclaimer"><p>Past performance is no '
        "guarantee of future returns, all investing is subject to risk, read the prospectus.</p>"
        + '</div><div class="fx-price-disclaimer__text content"><p>Prices include VAT and '
        "exclude delivery charges, which depend on the region and the carrier chosen.</p></div>"
        + '<div class="disclaimers-accordion text">'
        + prose("clause", 2)
        + "</div></div>"
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "clause 1" in text
    assert "Past performance" not in text
    assert "Prices include VAT" not in text


def test_a_popover_is_dropped() -> None:
    """Text a button opens over the page, in an element named "popover" ("wt-popover",
    "popover"), is dropped; the product's description beside it stays."""
    html = page(
        '<div class="product-description">'
        + prose("feature", 4)
        + '<div class="wt-popover"><p>Picks are hand selected by our style experts to '
        "highlight items from shops that have shown quality and great service.</p></div></div>"
    )
    text = text_of(html)
    assert "feature 3" in text
    assert "hand selected" not in text


def test_a_posters_card_beside_each_post_is_dropped() -> None:
    """The poster's card beside each post of a thread (phpBB's "postprofile", "user-info",
    "userDetails", XenForo's "message-userExtras" and "userTitle": rank, post count, join
    date) is dropped; the posts stay."""
    card = (
        '<dl class="{name}"><dt>Senior Member, Posts: 6217, Founded: Oct 05, 2011, Civil '
        "Rights Lovefest, Location: Minoa</dt></dl>"
    )
    posts = "".join(
        '<div class="post">'
        + card.format(name=name)
        + '<div class="postbody">'
        + prose(f"post{number}", 2)
        + "</div></div>"
        for number, name in enumerate(
            ["postprofile", "user-info", "userDetails", "message-userExtras", "userTitle"]
        )
    )
    text = text_of(page('<div class="thread">' + posts + "</div>"))
    assert "post0 1" in text
    assert "post4 1" in text
    assert "Posts: 6217" not in text


def test_hidden_followed_by_a_screen_is_hidden_but_by_any_other_word_is_not() -> None:
    """Names "hidden-xs", "hidden-up-md", "hidden-desktop" hide the element on some screen and
    name it furniture; "hidden-print" and a builder's "hidden_indents" name no screen and say
    nothing; a bare "hidden" and "field-hidden" hide it."""
    assert name_verdict("hidden-xs") is Verdict.NEGATIVE
    assert name_verdict("hidden-up-md") is Verdict.NEGATIVE
    assert name_verdict("elementor-hidden-desktop") is Verdict.NEGATIVE
    assert name_verdict("hidden") is Verdict.NEGATIVE
    assert name_verdict("field-hidden") is Verdict.NEGATIVE
    assert name_verdict("hidden-print") is Verdict.NEUTRAL
    assert name_verdict("product-cards hidden_indents") is Verdict.NEUTRAL
    assert name_verdict("hidden-menu") is Verdict.NEGATIVE


def test_a_product_description_hidden_only_in_the_quick_add_window_is_kept() -> None:
    """A shop's product description named "quick-add-hidden" (hidden in the quick-add preview
    opened from a grid, shown on the product's own page) is the page's text; a plain
    "is-hidden" box beside it is still dropped."""
    html = page(
        '<main><div class="product__description rte quick-add-hidden">'
        + prose("description", 4)
        + '</div><div class="is-hidden"><p>Added to your cart, with free shipping on orders '
        "over fifty dollars, today only.</p></div></main>"
    )
    text = text_of(html)
    assert "description 3" in text
    assert "Added to your cart" not in text
    assert name_verdict("quick-view-hidden") is Verdict.NEUTRAL


def test_a_breakpoint_variant_of_the_overflow_utility_is_layout() -> None:
    """A breakpoint's "md:overflow-x-hidden" clips a box, as "overflow-hidden" does: it
    says nothing of the element; a site's own "qu-overflow--hidden" (an answer clipped to its
    first lines) still hides what it clips."""
    assert name_verdict("md:overflow-x-hidden") is Verdict.NEUTRAL
    assert name_verdict("relative lg:overflow-hidden") is Verdict.NEUTRAL
    assert name_verdict("qu-overflow--hidden") is Verdict.NEGATIVE
    assert name_verdict("md:hidden") is Verdict.NEUTRAL


def test_a_dashed_variant_of_the_overflow_utility_is_layout() -> None:
    """A variant whose own name holds a dash ("max-md:", "group-hover:", a theme's
    "tablet-max:") before the overflow utility still names layout; the same words without
    the variant's colon are a site's own name ("tablet-max-overflow-hidden" hides)."""
    assert name_verdict("tablet-max:overflow-hidden") is Verdict.NEUTRAL
    assert name_verdict("flex group-hover:overflow-hidden") is Verdict.NEUTRAL
    assert name_verdict("tablet-max-overflow-hidden") is Verdict.NEGATIVE


def test_class_parts_read_the_first_class_attribute_and_none_for_a_bare_one() -> None:
    """An element's class parts are its first class attribute's tokens cut at their
    separators, lower-cased; a bare ``class`` (no value) and a missing one give no parts."""
    tree = LexborHTMLParser(
        '<p id="a" class="Byline__Author-name x" class="later">A</p><p id="b" class>B</p>'
        '<p id="c">C</p>'
    )
    nodes = {node.attrs.get("id"): node for node in tree.css("p")}
    assert class_parts(nodes["a"]) == {"byline", "author", "name", "x"}
    assert class_parts(nodes["b"]) == set() == class_parts(nodes["c"])


def test_a_posters_default_avatar_letter_is_dropped_but_an_avatar_box_with_a_name_is_kept() -> None:
    """A poster's default avatar, the initial of their name as text ("avatar avatar--default",
    camelCase "userAvatar"), is no line of the thread; an "avatar" box that holds a name and a
    title (a testimonial's) is text and stays."""
    posts = "".join(
        f'<div class="post"><div class="{name}"><span>{letter}</span></div>'
        '<div class="post-text">' + prose(f"post{number}", 2) + "</div></div>"
        for number, (name, letter) in enumerate(
            [("avatar avatar--default", "Q"), ("userAvatar", "Z"), ("message-avatar", "")]
        )
    )
    text = text_of(page('<div class="thread">' + posts + "</div>"))
    assert "post0 1" in text
    assert "post2 1" in text
    lines = text.split("\n")
    assert "Q" not in lines
    assert "Z" not in lines
    quote = (
        '<div class="testimonial">' + prose("quote", 3) + '<div class="testimonial-avatar">'
        "<p>Jason Doan</p><p>VP of Heavy Rental and Sales Operations</p></div></div>"
    )
    assert "Jason Doan" in text_of(page(quote))


def test_a_phpbb_posts_author_line_is_kept_but_a_storys_author_box_is_dropped() -> None:
    """In a phpBB thread the line named "author" at the top of each post's "postbody" (the
    poster and the time) is kept with the posts; an "author" box beside a story is dropped."""

    def post(number: int, poster: str) -> str:
        return (
            f'<div class="post"><div class="postbody"><div id="post_content{number}">'
            f"<h3>Re: the new bridge</h3>"
            f'<p class="author">by <strong>{poster}</strong> » 11. Sep 2024, 18:3{number}</p>'
            f'<div class="content">{prose(f"post {number}", 2)}</div></div></div></div>'
        )

    thread = text_of(page(post(1, "galitsyn") + post(2, "Simple07") + post(3, "ehasis")))
    # The first post's header lies before the first chosen post, the others between them.
    assert "by Simple07 » 11. Sep 2024, 18:32" in thread
    assert "by ehasis" in thread
    story = text_of(
        page('<article><p class="author">By Jane Doe, City Hall reporter</p>')
        + prose("story", 4)
        + "</article>"
    )
    assert "story 3" in story
    assert "Jane Doe" not in story
