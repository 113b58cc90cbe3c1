"""A listing's items in a story's own container: linked titles kept with their teasers."""

from __future__ import annotations

from newswire.pipeline.html.teasers import (
    item_titles,
    story_in_region,
    without_links_after_posts,
)
from newswire.pipeline.html.walk import Block
from tests.pipeline.html.pages import SENTENCE, page, prose, text_of

_TEASER = "A short summary of what the post is about, in a sentence or two of its own."


def _line(text: str, *, linked: bool, tag: str = "p") -> Block:
    return Block(text, tag, len(text) if linked else 0, (0,))


def test_linked_titles_alternating_with_teasers_are_items() -> None:
    """Three or more link lines, each followed by an unlinked teaser (a short date or author
    line between them allowed), are listed items' titles."""
    blocks: list[Block] = []
    for i in range(3):
        blocks += [
            _line(f"Post number {i}", linked=True),
            _line("Keith Randall", linked=False),
            _line(_TEASER, linked=False),
        ]
    assert item_titles(blocks) == {id(blocks[i]) for i in (0, 3, 6)}


def test_a_cards_price_stands_for_its_teaser_on_a_priced_grid() -> None:
    """On a page not declared one story (``priced``), three or more link lines each followed
    by the card's short lines and its price line are product cards' names; on a story's page
    (not ``priced``) the same lines are no items."""
    blocks: list[Block] = []
    for i in range(3):
        blocks += [
            _line(f"Automatic Watch {i}", linked=True),
            _line(f"Item# 5937{i}", linked=False),
            _line("$499.00 $199.00", linked=False),
        ]
    assert item_titles(blocks, priced=True) == {id(blocks[i]) for i in (0, 3, 6)}
    assert item_titles(blocks) == set()


def test_a_date_under_each_teaser_keeps_the_run_of_items() -> None:
    """A short unlinked line after each item's teaser (its date) does not end the run."""
    blocks: list[Block] = []
    for i in range(3):
        blocks += [
            _line(f"Post number {i}", linked=True),
            _line(_TEASER, linked=False),
            _line("2 March 2026", linked=False),
        ]
    assert item_titles(blocks) == {id(blocks[i]) for i in (0, 3, 6)}


def test_a_meta_line_with_links_under_each_title_keeps_the_run_of_items() -> None:
    """A line as long as a teaser but of few words of its own (each item's date, its linked
    section and its topic) between each linked title and its teaser does not end the run."""
    meta = "10 Hours Ago - Linux Kernel - Linux 7.0 epoll"
    blocks: list[Block] = []
    for i in range(3):
        blocks += [
            _line(f"Post number {i}", linked=True),
            Block(meta, "div", len("Linux Kernel"), (0,)),
            _line(_TEASER, linked=False),
        ]
    assert item_titles(blocks) == {id(blocks[i]) for i in (0, 3, 6)}


def test_a_dated_meta_line_in_words_under_each_title_keeps_the_run_of_items() -> None:
    """A meta line under each title with as many words of its own as a short teaser (its date
    and section spelled out), then the item's summary, keeps the run: the summary after a
    line that short is the same item's."""
    meta = "7 March 12:46 PM EST - Desktop - 3 Comments"
    blocks: list[Block] = []
    for i in range(3):
        blocks += [
            _line(f"Post number {i}", linked=True),
            _line(meta, linked=False),
            _line(_TEASER, linked=False),
        ]
    assert item_titles(blocks) == {id(blocks[i]) for i in (0, 3, 6)}


def test_a_second_teaser_ends_the_run() -> None:
    """A link line followed by two paragraphs (a story's "read also" link, then its text) is
    no item, and breaks a run of items short of three."""
    blocks = [
        _line("Read also: a story", linked=True),
        _line(SENTENCE, linked=False),
        _line(SENTENCE, linked=False),
        _line("Read also: another", linked=True),
        _line(SENTENCE, linked=False),
        _line(SENTENCE, linked=False),
        _line("Read also: a third", linked=True),
        _line(SENTENCE, linked=False),
    ]
    assert item_titles(blocks) == set()


def test_scattered_links_and_short_runs_are_no_items() -> None:
    """Two title-teaser pairs, link lines followed by a heading, and no blocks at all give no
    item titles: a story's "Read also" links stay link lines."""
    pairs = [
        block
        for _ in range(2)
        for block in (_line("Read also: a story", linked=True), _line(SENTENCE, linked=False))
    ]
    assert item_titles(pairs) == set()
    headed = [
        block
        for _ in range(3)
        for block in (_line("A link", linked=True), _line(SENTENCE, linked=False, tag="h2"))
    ]
    assert item_titles(headed) == set()
    assert item_titles([]) == set()


def test_a_blog_index_keeps_each_post_title_with_its_summary() -> None:
    """A blog's index page (each post a linked title line and a summary paragraph) gives the
    titles as well as the summaries."""
    posts = "".join(
        f'<p class="blogtitle"><a href="/p{i}">Title of post {i}</a>, 2 March 2026</p>'
        f'<p class="blogsummary">{i}: {SENTENCE}</p>'
        for i in range(5)
    )
    text = text_of(page(f'<div id="blogindex">{posts}</div>'))
    assert all(f"Title of post {i}" in text for i in range(5))
    assert f"4: {SENTENCE}" in text


def test_a_story_with_a_read_also_link_drops_it() -> None:
    """A story whose paragraphs are broken by one or two "read also" link lines drops them."""
    link = '<p><a href="/other">Read also: the mayor resigns after the vote</a></p>'
    text = text_of(page(f"<article>{prose('a', 4)}{link}{prose('b', 4)}{link}</article>"))
    assert "b 3" in text
    assert "mayor resigns" not in text


def _story(paragraphs: int) -> list[Block]:
    return [
        _line(f"{SENTENCE} Paragraph {i} of the story.", linked=False) for i in range(paragraphs)
    ]


def test_a_few_link_lines_before_a_story_leave_its_region() -> None:
    """A ribbon of three linked titles above a story of prose (a "Recent articles" strip
    widened into its region) goes; two linked lines there stay."""
    story = _story(4)
    ribbon = [_line(f"Another story of the site, number {i}", linked=True) for i in range(3)]
    assert story_in_region([*ribbon, *story], story, {}) == story
    assert story_in_region([*ribbon[:2], *story], story, {}) == [*ribbon[:2], *story]


def test_link_lines_before_a_story_that_outweigh_a_quarter_of_it_stay() -> None:
    """A run of linked names before a short story holding more than a quarter of its text (a
    collection's grid under its intro) is the page's items, kept."""
    story = _story(2)
    grid = [_line(f"A product of the shop, model {i}", linked=True) for i in range(6)]
    assert story_in_region([*grid, *story], story, {}) == [*grid, *story]


def test_a_region_without_the_chosen_blocks_is_kept_whole() -> None:
    """Nothing chosen (an empty choice) anchors no run of links: the region is given as is."""
    region = [_line(f"A link of the site, number {i}", linked=True) for i in range(4)]
    assert story_in_region(region, [], {}) == region


def _posted(text: str, post: int) -> Block:
    return Block(text, "p", 0, (0, post))


def test_a_run_of_link_lines_after_a_threads_last_post_leaves_its_region() -> None:
    """After a thread's last post, a run of five link lines or more (a "Jump to" menu of the
    board's forums) goes; a shorter run, and link lines between posts, stay."""
    menu = [_line(f"Forum number {i}", linked=True) for i in range(5)]
    between = _line("A post's own link", linked=True)
    region = [_posted(SENTENCE, 1), between, between, _posted(SENTENCE, 2), *menu]
    kept = without_links_after_posts(region, {1, 2})
    assert kept == region[:4]
    short = region[:4] + menu[:4]
    assert without_links_after_posts(short, {1, 2}) == short
    assert without_links_after_posts(region, set()) == region


def test_a_menu_after_a_story_goes_even_when_it_outweighs_the_story() -> None:
    """Dozens of short link lines after a story (an off-canvas menu printed after the footer),
    more text than the story's, are a site menu: dropped; the story stays."""
    story = _story(2)
    menu = [_line(f"Menu item {i}", linked=True, tag="li") for i in range(40)]
    assert story_in_region([*story, *menu], story, {}) == story


def test_long_link_lines_after_a_story_that_outweigh_it_stay() -> None:
    """A run of linked titles as long as a story's headline after a short story, outweighing
    it, may be the page's items: kept; so are a few short links that outweigh it."""
    story = _story(1)
    titles = [
        _line(f"A linked title of another story of the site, {i}", linked=True) for i in range(20)
    ]
    assert story_in_region([*story, *titles], story, {}) == [*story, *titles]
    few = [_line(f"Short {i}" * 3, linked=True) for i in range(11)]
    short_story = [_line("A short story of a line.", linked=False)]
    assert story_in_region([*short_story, *few], short_story, {}) == [*short_story, *few]
