"""Container scoring: which containers of the page hold the story."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.extractor import extract_html
from newswire.pipeline.html.scoring import _ancestors, _final, _lengths, _weighed, choose
from newswire.pipeline.html.walk import Block, walk
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of


def test_story_split_into_same_named_sections_is_kept_whole() -> None:
    """Sections of one body separated by ads and deep layout wrappers (each named like the
    winning section) all end up in the body, in page order; the ad between them does not."""
    section = '<div class="wrap"><div class="outer"><div class="post__content">{}</div></div></div>'
    html = page(
        '<div id="story">'
        + section.format(prose("first", 4))
        + '<div class="ad-slot"><p>Buy the new phone today, it is fast, cheap, and shiny.</p></div>'
        + section.format(prose("second", 2))
        + section.format(prose("third", 1))
        + "</div>"
    )
    text = text_of(html)
    assert text.index("first 0") < text.index("second 0") < text.index("third 0")
    assert "new phone" not in text


def test_a_lead_section_with_a_modifier_class_joins_the_story() -> None:
    """A section that carries the winner's class plus a modifier (the lead's initial-letter
    style) is part of the story; an author box with only part of the body's classes is not."""
    html = page(
        '<div class="block-text block-text_initial-letter">' + prose("lead", 1) + "</div>"
        '<div class="layout"><div class="block-text">' + prose("body", 5) + "</div></div>"
        '<div class="author"><div class="text">Jane Doe writes about cities, roads, and '
        "budgets, and lives in Leeds.</div></div>"
    )
    text = text_of(html)
    assert "lead 0" in text
    assert "body 4" in text
    assert "Jane Doe" not in text


def test_a_part_of_the_story_in_a_box_after_it_joins_the_story() -> None:
    """A sibling box after the story holding a paragraph or two of prose (the story's next
    text section, scoring less than a fifth of it) joins it; the same box before the story
    (a standfirst of another build) does not."""
    html = page(
        '<div class="page">'
        f'<div class="aside-box">{prose("before", 2)}</div>'
        f'<div class="story">{prose("story", 12)}</div>'
        f'<div class="closing-box">{prose("after", 2)}</div>'
        "</div>"
    )
    text = text_of(html)
    assert "story 11" in text
    assert "after 1" in text
    assert "before 0" not in text


def test_a_story_named_container_beats_an_equally_scoring_caption() -> None:
    """A container named like a story body wins over an anonymous block that scores the same
    (a comma-heavy photo caption beside a short wire story)."""
    caption = (
        "<div><p>In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert, "
        "left, works on the station.</p></div>"
    )
    story = (
        '<div class="articleBody"><p>BERLIN -- The agency says putting astronauts to sleep, '
        "like bears, could make it easier to reach other planets one day.</p><p>The agency "
        "said Monday that its researchers examined how hibernation, if possible, would affect "
        "a mission to Mars.</p></div>"
    )
    text = text_of(page(caption + story))
    assert text.startswith("BERLIN")
    assert "file photo" not in text


def test_a_short_full_sentence_beside_the_story_is_kept() -> None:
    """A short unlinked paragraph ending a sentence next to the winning container (a greeting
    before a list) belongs to the story; a short label without punctuation does not."""
    html = page(
        "<div><p>Good morning! Here is the news you need today.</p><p>Share</p>"
        '<div class="items">' + prose("item", 5) + "</div></div>"
    )
    text = text_of(html)
    assert text.startswith("Good morning!")
    assert "Share" not in text


def test_paywall_wrapper_holds_the_rest_of_the_story() -> None:
    """Text in a "paywall" wrapper (served to crawlers) is the rest of the article."""
    html = page(
        '<div class="article-body">'
        + prose("free", 2)
        + '<div class="paywall">'
        + prose("locked", 4)
        + "</div></div>"
    )
    assert "locked 3" in text_of(html)


def test_cards_deep_below_their_named_container_are_all_kept() -> None:
    """Alike cards (a listing's items) wrapped four levels below their common, named container
    make that container the story although no paragraph's score reaches it: every card is
    kept (this shape once raised KeyError in the scoring)."""
    cards = "".join(
        f'<div><div><div><div class="card">{prose(f"card{n}", 2)}</div></div></div></div>'
        for n in range(4)
    )
    text = text_of(page('<nav><a href="/">Home</a></nav><div class="row">' + cards + "</div>"))
    assert all(f"card{n} 1" in text for n in range(4))
    assert "Home" not in text


def test_every_post_of_a_thread_is_kept_with_the_longest() -> None:
    """A thread's posts, one element of one class name each: the one-line replies are kept
    with the long post that wins the scoring (with each post's author line); the sidebar
    beside the thread is not."""

    def post(author: str, body: str) -> str:
        return (
            '<div class="js-post message"><div class="message-inner">'
            f'<div class="message-user">{author}</div>'
            f'<div class="message-body"><div class="bbWrapper">{body}</div></div></div></div>'
        )

    thread = (
        '<div class="thread">'
        + post("opener", "What will be the trend in the watch market next year?")
        + post(
            "longposter",
            "".join(
                f"<p>{i}: {line}</p>"
                for i, line in enumerate(
                    ["Smaller cases, cleaner dials, and more colour, I think."] * 6
                )
            ),
        )
        + post("shorty", "In-house movements.")
        + post("another", "Same as this year, nothing new.")
        + "</div>"
    )
    html = page(thread + '<div class="sidebar-box">' + prose("sidebar", 2) + "</div>")
    text = text_of(html)
    assert "5: Smaller cases" in text
    assert "In-house movements." in text
    assert "Same as this year" in text
    assert "watch market next year" in text
    assert "sidebar 0" not in text


def test_a_rail_of_linked_teasers_sharing_the_story_frames_name_is_no_thread() -> None:
    """Where class names are build digests, the story's frame and a rail of teasers beside it
    may share one: the rail's items, linked headlines with a byline each, are not the story's
    posts, and only the frames that are not mostly links join the choice as a series."""
    teasers = "".join(
        f'<div><a href="/t{n}">Another headline about the news number {n}</a></div>'
        f"<ul><li>By Staff</li></ul>"
        for n in range(12)
    )
    body = LexborHTMLParser(
        page(
            '<div class="q1"><div class="q2"><h1>Headline</h1><div>By Staff</div></div>'
            f'<div class="q2">{prose("story", 2)}</div>'
            '<div class="q2"><div>Tags: bridge</div></div>'
            f'<div class="q2">{teasers}</div></div>'
        )
    ).body
    assert body is not None
    blocks, tree = walk(body, by_name=True)
    chosen = [block.text for block in choose(blocks, tree).blocks]
    assert "Tags: bridge" in chosen
    assert any(text.startswith("story 1") for text in chosen)
    assert not any("Another headline" in text for text in chosen)


def test_a_ticker_of_linked_list_items_loses_a_tie_with_the_story() -> None:
    """A list whose items are each a linked headline with its story's opening scores its
    commas as prose; as a list of teasers it loses to a story that scores about the same."""
    story = "".join(
        f"<p>The council met on day {n}, and the mayor, who spoke first, said the bridge would"
        " close, as planned.</p>"
        for n in range(4)
    )
    ticker = "".join(
        f'<li><a href="/t{n}">Headline number {n} of the day</a> CITY: The mayor, who spoke,'
        f" said the bridge would close, as planned, on day {n}.</li>"
        for n in range(5)
    )
    body = LexborHTMLParser(
        page(
            f'<div class="q1"><ul>{ticker}</ul></div>'
            f'<div class="q2"><h1>Bridge</h1><div class="q3">{story}</div></div>'
        )
    ).body
    assert body is not None
    blocks, tree = walk(body, by_name=True)
    chosen = [block.text for block in choose(blocks, tree).blocks]
    assert any(text.startswith("The council met on day 3") for text in chosen)
    assert not any(text.startswith("Headline number") for text in chosen)


def test_lengths_sum_every_block_into_each_element_of_its_path() -> None:
    """Each element's characters and link characters are those of all the blocks inside it,
    as adding each block to every element of its path gives; a block without a path adds to
    no element."""
    html = page(
        '<div><section><p>one, <a href="/x">two</a></p><div><p>three</p></div></section>'
        "<ul><li><a href='/y'>four</a></li><li>five</li></ul></div><p>six</p>"
    )
    body = LexborHTMLParser(html).body
    assert body is not None
    blocks, tree = walk(body, by_name=True)
    blocks.append(Block("no path", "p", 3, ()))
    text_len, link_len = _lengths(blocks, tree.parents)
    expected_text: dict[int, int] = {}
    expected_links: dict[int, int] = {}
    for block in blocks:
        for node in block.path:
            expected_text[node] = expected_text.get(node, 0) + len(block.text)
            expected_links[node] = expected_links.get(node, 0) + block.link_chars
    assert dict(text_len) == expected_text
    assert dict(link_len) == expected_links
    assert len(expected_text) > 4  # nested elements, not one flat level


def _deep_faq(label: str) -> str:
    """A FAQ section whose answers sit four wrappers below it, deeper than a block's score
    reaches."""
    items = "".join(
        f'<div class="item"><h3>{label} question {i}?</h3><div class="answer">'
        f'<div class="text">{label} answer {i}: {SENTENCE}</div></div></div>'
        for i in range(3)
    )
    return f'<section class="faq"><h2>{label} questions</h2><div class="list">' + (
        f'<div class="items">{items}</div></div></section>'
    )


def test_a_section_after_the_story_with_its_text_deep_inside_joins_the_story() -> None:
    """A sibling after the story whose paragraphs sit deeper than the scores reach (a FAQ's
    answers in item wrappers) joins the story, heading and all; the same section before the
    story (a box of another page's build) does not."""
    html = page(
        f'<div class="page">{_deep_faq("early")}'
        f'<div class="story">{prose("story", 16)}</div>{_deep_faq("late")}</div>'
    )
    text = text_of(html)
    assert "story 15" in text
    assert "late questions" in text
    assert "late answer 2" in text
    assert "early answer 0" not in text


def test_a_products_spec_panel_named_like_its_description_joins_it() -> None:
    """On one product's page, a panel of short spec lines that carries the class names of the
    winning description panel is the product's too; on a page that does not say it is a
    product's, such a panel scores too little to join the story."""
    panel = '<div class="disclosure"><h2>{}</h2><div class="disclosure__content rte">{}</div></div>'
    body = (
        "<main>"
        + panel.format("Description", prose("about the mat", 4))
        + panel.format(
            "Specifications",
            "<p>Measurements:</p><ul><li>1-inch: 71 by 24</li><li>Half-inch: 71 by 24</li></ul>"
            "<p>Weight:</p><ul><li>1-inch: 4.5 lb</li></ul>",
        )
        + "</main>"
    )
    head = '<meta property="og:type" content="product">'
    shop = "\n".join(extract_html(page(body, head)).paragraphs)
    assert "about the mat 3" in shop
    assert "Half-inch: 71 by 24" in shop
    assert "Half-inch: 71 by 24" not in text_of(page(body))


def test_a_nodes_score_loses_its_links_share_of_its_text() -> None:
    """A node's score (and its points) are cut by the share of its text in links; a node
    without text keeps no score (all of it counted as links) and no points."""
    text_len, link_len = {1: 100, 2: 0}, {1: 25, 2: 0}
    assert _final({1: 8.0, 2: 3.0}, text_len, link_len, 1) == 6.0
    assert _final({1: 8.0, 2: 3.0}, text_len, link_len, 2) == 0.0
    assert _weighed({1: 4.0}, text_len, link_len, 1) == 3.0
    assert _weighed({1: 4.0}, text_len, link_len, 2) == 0.0


def test_a_nodes_ancestors_run_up_to_the_root_nearest_first() -> None:
    """A node's ancestors by the walk's parents, nearest first, the root (0) left out."""
    assert _ancestors({3: 2, 2: 1, 1: 0}, 3) == [2, 1]
    assert _ancestors({1: 0}, 1) == []
