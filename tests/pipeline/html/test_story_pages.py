"""A page that says it is one story stands alone among link lists its names do not mark."""

from __future__ import annotations

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.head import head_metadata
from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.story_pages import (
    amid_links,
    declares_discussion,
    declares_no_type,
    declares_story,
    head_declares_story,
    headline_path,
    prose_text,
)
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import page, prose, text_of

STORY = [
    "The council voted on Tuesday to close the old bridge to cars from next spring, after"
    " engineers warned that its steel frame was failing and repairs would cost more.",
    "A new crossing is planned for 2028, at a cost of twelve million pounds, the mayor said,"
    " adding that cyclists and walkers will still be able to use the old bridge until then.",
]
# Class names as a build leaves them: digests that say nothing of what each part is.
_MENU = "".join(
    f'<li class="q1"><a href="/s{i}">Section {i} of the site</a></li>' for i in range(30)
)
_RAIL = "".join(
    f'<div class="q2"><a href="/t{i}">Another story headline number {i}</a><span>By Staff</span>'
    "</div>"
    for i in range(12)
)


def _page(og_type: str | None, tag: str = "p", *, main: bool = False) -> str:
    head = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    story = "".join(f"<{tag}>{line}</{tag}>" for line in STORY)
    content = (
        f'<div class="q5"><h1>Bridge to close</h1><div class="q6">{story}</div></div>'
        f'<div class="q7">{_RAIL}</div>'
    )
    if main:
        content = f"<main>{content}</main>"
    return (
        f'<html><head>{head}</head><body><div class="q3"><ul class="q4">{_MENU}</ul></div>'
        f"{content}</body></html>"
    )


def test_a_declared_story_among_unnamed_link_lists_stands_alone() -> None:
    """On a page without <main> whose head says it is an article, a short story beside a menu
    and a teaser rail that no name marks is the body on its own."""
    assert list(extract_html(_page("article")).paragraphs) == STORY


def test_a_story_in_divs_stands_alone_too() -> None:
    """The story's prose may sit in <div>s rather than <p>s: no menu or rail line joins it."""
    paragraphs = list(extract_html(_page("article", tag="div")).paragraphs)
    assert paragraphs
    assert set(paragraphs) <= set(STORY)


def test_a_declared_story_inside_main_beside_a_rail_stands_alone() -> None:
    """Inside the page's <main>, a short declared story beside a teaser rail no name marks is
    the body on its own: the rail's lines do not widen it."""
    assert list(extract_html(_page("article", main=True)).paragraphs) == STORY


def test_prose_text_is_a_long_line_with_next_to_no_links() -> None:
    """A line over 120 characters with under a tenth of link text is prose, in any tag."""
    assert prose_text(Block(tag="div", text="x" * 121, path=(1,), link_chars=12))
    assert not prose_text(Block(tag="p", text="x" * 121, path=(1,), link_chars=13))
    assert not prose_text(Block(tag="p", text="x" * 120, path=(1,), link_chars=0))


def test_without_the_declaration_the_page_widens_as_before() -> None:
    """The same page without og:type article is judged a sectioned page: its region's link
    lines join the story (a collection's or a listing's items are such lines)."""
    paragraphs = list(extract_html(_page(None)).paragraphs)
    assert len(paragraphs) > len(STORY)
    assert set(STORY) <= set(paragraphs)


_HEADLINE_URL = "https://news.example.com/world/council-votes-to-close-the-old-bridge-to-cars-4821"


def test_an_undeclared_page_whose_address_is_a_headline_stands_alone() -> None:
    """A page that declares no type at all, fetched at a path of its headline's words, is one
    story: its short story beside a menu and a teaser rail is the body on its own."""
    assert list(extract_html(_page(None), url=_HEADLINE_URL).paragraphs) == STORY


def test_an_undeclared_page_at_a_short_path_widens_as_before() -> None:
    """At a path of a name (a section's, a service's), the undeclared page widens as before."""
    paragraphs = list(extract_html(_page(None), url="https://example.com/bridges").paragraphs)
    assert len(paragraphs) > len(STORY)


def test_headline_path_is_eight_slug_words_outside_other_sections() -> None:
    """Eight words of the last path segment (numbers and a file suffix aside) are a
    headline's, but not under a forum's, a shop's, a tag's or a manual's section."""
    assert headline_path(_HEADLINE_URL)
    assert headline_path(
        "https://example.com/2019/11/how-to-pay-for-all-of-the-games-you-play.html"
    )
    assert not headline_path("https://example.com/council-votes-to-close-the-bridge")
    assert not headline_path("https://example.com/forum/how-do-i-close-the-old-bridge-to-cars")
    assert not headline_path(
        "https://example.com/products/a-big-steel-bridge-kit-for-cars-and-bikes"
    )
    assert not headline_path("https://example.com/tag/what-to-do-when-the-bridge-is-closed")
    assert not headline_path("https://forum.example.com/what-to-do-when-the-bridge-is-closed")
    assert not headline_path(None)


def test_declares_no_type_reads_og_type_json_ld_and_microdata() -> None:
    """A page declares no type when its head has no og:type nor JSON-LD item and its body no
    microdata item."""
    bare = head_metadata(Page(page("<p>x</p>")))
    typed = head_metadata(
        Page(page("<p>x</p>", head='<meta property="og:type" content="website">'))
    )
    assert declares_no_type(bare, {})
    assert not declares_no_type(bare, {"product": 1})
    assert not declares_no_type(typed, {})


def test_declares_story_reads_og_type_and_json_ld_article_items() -> None:
    """og:type article or a JSON-LD article item says story; a WebPage or a product does not."""
    assert declares_story("article", frozenset(), None)
    assert declares_story(" Article ", frozenset(), None)
    assert declares_story(None, frozenset({"newsarticle", "breadcrumblist"}), None)
    assert declares_story("website", frozenset({"blogposting"}), None)
    assert not declares_story("website", frozenset({"webpage"}), None)
    assert not declares_story("product", frozenset({"product"}), None)
    assert not declares_story(None, frozenset(), None)


def test_og_type_article_on_a_json_ld_web_page_without_an_article_is_no_story() -> None:
    """An SEO plugin's og:type article on an undated page its JSON-LD calls a WebPage (or an
    AboutPage) and nothing more is a site's page, not a story; with an article item beside
    the WebPage, or without a WebPage, it is a story."""
    assert not declares_story("article", frozenset({"webpage", "breadcrumblist", "website"}), None)
    assert not declares_story("article", frozenset({"aboutpage", "organization"}), None)
    assert declares_story("article", frozenset({"webpage", "article"}), None)
    assert declares_story("article", frozenset({"breadcrumblist", "organization"}), None)


def test_og_type_article_on_a_dated_json_ld_web_page_is_a_story() -> None:
    """A page its JSON-LD calls a WebPage only, with og:type article and a publishing time
    (the plugin's post, which a page lacks), is a story; without og:type article it is not."""
    assert declares_story("article", frozenset({"webpage"}), "2014-06-13T11:43:38+01:00")
    assert not declares_story("website", frozenset({"webpage"}), "2014-06-13T11:43:38+01:00")


def test_head_declares_story_reads_og_type_json_ld_and_the_publishing_time() -> None:
    """The head's og:type, JSON-LD types and article:published_time decide as declares_story."""
    og = '<meta property="og:type" content="article">'
    ld = '<script type="application/ld+json">{"@type": "WebPage", "name": "HR"}</script>'
    dated = '<meta property="article:published_time" content="2024-05-01T08:00:00+00:00">'

    def head(inner: str) -> bool:
        return head_declares_story(head_metadata(Page(page("<p>x</p>", head=inner))))

    assert head(og)
    assert not head(og + ld)
    assert head(og + ld + dated)


def test_amid_links_is_half_or_more_link_text() -> None:
    """Blocks whose text is at least half link text are amid links; prose, or nothing, is not."""
    menu = Block(tag="li", text="Home News Sport", path=(1,), link_chars=15)
    prose = Block(tag="p", text="x" * 12, path=(2,), link_chars=0)
    assert amid_links([menu, prose], set())
    assert not amid_links([prose], set())
    assert not amid_links([], set())


def test_amid_links_weighs_only_the_blocks_beside_the_choice() -> None:
    """The chosen blocks (``inside``) are left out: a linked choice beside prose is not amid
    links."""
    menu = Block(tag="li", text="Home News Sport", path=(1,), link_chars=15)
    prose = Block(tag="p", text="x" * 12, path=(2,), link_chars=0)
    assert not amid_links([menu, prose], {id(menu)})


def _thread(item_type: str, *, qa_page: bool = False) -> str:
    """A thread's opening post, then three replies named "comment", each marked in microdata
    with ``item_type``; ``qa_page``: the page's body is marked as a Q&A page."""
    opening = " ".join(STORY)
    replies = "".join(
        f'<div class="comment" itemscope itemtype="https://schema.org/{item_type}">'
        f'<div class="comment-content"><p>Reply {i}: I crossed that bridge every day for'
        " years, and the council should have fixed the frame long before it came to this.</p>"
        "</div></div>"
        for i in range(3)
    )
    marked = ' itemscope itemtype="https://schema.org/QAPage"' if qa_page else ""
    return (
        f"<html><head></head><body{marked}><main><div class='thread'><h1>Bridge to close</h1>"
        f"<p>{opening}</p></div><div class='comments'>{replies}</div></main></body></html>"
    )


def test_a_thread_whose_posts_are_marked_as_comments_in_microdata_is_a_discussion() -> None:
    """Forum software that marks each reply as a schema.org Comment in microdata, without a
    DiscussionForumPosting in JSON-LD, makes a thread: its replies named "comment" are kept.
    The same replies marked as another item type, or on a page marked as a Q&A page, stay a
    comment section and are dropped."""
    assert "Reply 2" in " ".join(extract_html(_thread("Comment")).paragraphs)
    assert "Reply 2" not in " ".join(extract_html(_thread("Review")).paragraphs)
    assert "Reply 2" not in " ".join(extract_html(_thread("Comment", qa_page=True)).paragraphs)


def test_a_discussion_is_declared_by_json_ld_or_three_comment_items() -> None:
    """A JSON-LD discussion item declares a thread alone; comment items in microdata do from
    three on, and not on a Q&A page (JSON-LD or microdata)."""
    assert declares_discussion({"discussionforumposting"}, {})
    assert declares_discussion(set(), {"comment": 3})
    assert not declares_discussion(set(), {"comment": 2})
    assert not declares_discussion({"qapage"}, {"comment": 5})
    assert not declares_discussion(set(), {"comment": 5, "qapage": 1})


def _qa_page(*, answer_items: bool) -> str:
    item = ' itemscope itemtype="https://schema.org/Answer"' if answer_items else ""
    question = (
        '<div id="question"><div class="s-prose js-post-body">' + prose("question", 6) + "</div>"
        "</div>"
    )
    answer = (
        f'<div id="answers"><h2>1 Answer</h2><div class="answer"{item}><div class="votes">1</div>'
        '<div class="s-prose js-post-body"><p>Use a loop over the devices.</p>'
        "<pre>for d in /dev/loop*; do echo $d; done</pre></div></div></div>"
    )
    qa = ' itemscope itemtype="https://schema.org/QAPage"'
    return page(f'<div id="mainbar"{qa}><h1>Joining devices</h1>{question}{answer}</div>')


def test_a_qa_pages_lone_answer_joins_its_question() -> None:
    """On a page that says it is a question with its answers (a QAPage whose answers are
    microdata Answer items), a lone short answer named like the question's text is part of the
    page's text; without the Answer items the question stands alone (the answer scores too
    little to join it)."""
    assert "Use a loop over the devices." in text_of(_qa_page(answer_items=True))
    assert "Use a loop over the devices." not in text_of(_qa_page(answer_items=False))
