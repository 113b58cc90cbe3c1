"""The clean lines of a run of blocks: furniture, link lists, repeats, counters and quotes go."""

from __future__ import annotations

from newswire.pipeline.html import paragraphs
from newswire.pipeline.html.paragraphs import clean_paragraphs, story_lines
from newswire.pipeline.html.post_headers import POST_DATE_TAG
from newswire.pipeline.html.poster_counters import thread_counters
from newswire.pipeline.html.walk import Block

_PROSE = "A paragraph of the story, long enough to be read as prose by anyone."


def _block(text: str, tag: str = "p", link_chars: int = 0, path: tuple[int, ...] = (1,)) -> Block:
    return Block(text=text, tag=tag, link_chars=link_chars, path=path)


def test_a_link_list_goes_unless_links_are_kept() -> None:
    """A short line that is all link is a menu item in a story, and stays in a region that
    keeps its link lines."""
    # (A labelled cross-link, "Read also: another story", goes even there: see cross_links.)
    blocks = [_block(_PROSE), _block("Another story, told again", link_chars=25)]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE]
    assert clean_paragraphs(blocks, None, {}, links=True) == [_PROSE, "Another story, told again"]


def test_a_linked_item_of_a_mixed_list_stays_in_a_story() -> None:
    """In a story standing alone, a list item that is all link stays when another item of
    its list has a sentence of its own; a list of links only goes."""
    step = "Book the photographer"
    mixed = [
        _block(_PROSE, tag="li", path=(1, 2, 3)),
        _block(step, tag="li", link_chars=len(step), path=(1, 2, 4)),
    ]
    assert clean_paragraphs(mixed, None, {}, linked_headings=True) == [_PROSE, step]
    assert clean_paragraphs(mixed, None, {}) == [_PROSE]
    links_only = [
        _block(_PROSE, path=(1, 5)),
        _block(step, tag="li", link_chars=len(step), path=(1, 2, 4)),
        _block("Another story", tag="li", link_chars=13, path=(1, 2, 6)),
    ]
    assert clean_paragraphs(links_only, None, {}, linked_headings=True) == [_PROSE]


def test_a_list_of_links_the_story_introduces_stays_in_a_story() -> None:
    """In a story standing alone, a list of links after a line ending in a colon is the
    story's list and stays; after a line that introduces nothing it goes, and a story that
    weighs a choice drops it as before."""
    apps = [_block("Headspace", tag="li", link_chars=9, path=(1, 2, 3))]
    apps.append(_block("Smiling Mind", tag="li", link_chars=12, path=(1, 2, 4)))
    intro = "These are the apps I started with:"
    introduced = [_block(_PROSE, path=(1, 5)), _block(intro, path=(1, 6)), *apps]
    assert clean_paragraphs(introduced, None, {}, linked_headings=True) == [
        _PROSE,
        intro,
        "Headspace",
        "Smiling Mind",
    ]
    assert clean_paragraphs(introduced, None, {}) == [_PROSE, intro]
    plain = [_block(_PROSE, path=(1, 5)), *apps]
    assert clean_paragraphs(plain, None, {}, linked_headings=True) == [_PROSE]


def test_a_link_line_showing_its_address_stays_in_a_story() -> None:
    """In a story standing alone, a line that is all link and writes out a web address after
    words of its own is a citation and stays; an address alone stays only on a story page; a
    line linking a name goes, and a story that weighs a choice drops them all as before."""
    cited, bare = "Website: https://www.example.com/", "https://www.example.com/clip.mp4"
    named = "Another story, told again"
    blocks = [_block(_PROSE), _block(cited, link_chars=24), _block(named, link_chars=25)]
    blocks.append(_block(bare, link_chars=len(bare)))
    assert clean_paragraphs(blocks, None, {}, linked_headings=True) == [_PROSE, cited]
    on_story = clean_paragraphs(blocks, None, {}, linked_headings=True, story_page=True)
    assert on_story == [_PROSE, cited, bare]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE]
    assert clean_paragraphs(blocks, None, {}, story_page=True) == [_PROSE]


def test_a_date_beside_a_linked_title_does_not_make_a_list_mixed() -> None:
    """A "recent posts" list (linked titles, each with its date) is a list of links: the date
    is no line of the item's own, so its items go; a short described item makes it mixed."""
    title = "The best time to buy a mattress"
    dated = f"{title} - December 8, 2025"
    recent = [
        _block(_PROSE, path=(1, 5)),
        _block(dated, tag="li", link_chars=len(title), path=(1, 2, 3)),
        _block(title, tag="li", link_chars=len(title), path=(1, 2, 4)),
    ]
    assert clean_paragraphs(recent, None, {}, linked_headings=True) == [_PROSE]
    described = f"{title}: how the seasons set prices"
    references = [recent[0], _block(described, tag="li", link_chars=len(title), path=(1, 2, 3))]
    references.append(recent[2])
    assert clean_paragraphs(references, None, {}, linked_headings=True) == [
        _PROSE,
        described,
        title,
    ]


def test_a_list_item_without_a_parent_is_no_list() -> None:
    """A list item block with no enclosing element (a path of one) is judged as any line."""
    step = "Book the photographer"
    blocks = [_block(_PROSE, tag="li", path=(1,)), _block(step, tag="li", link_chars=21, path=(2,))]
    assert clean_paragraphs(blocks, None, {}, linked_headings=True) == [_PROSE]


def test_a_linked_heading_stays_when_asked() -> None:
    """A heading that is a link (a listing's item title) is kept with ``linked_headings``."""
    blocks = [_block("The item's title", tag="h2", link_chars=16), _block(_PROSE)]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE]
    assert clean_paragraphs(blocks, None, {}, linked_headings=True) == ["The item's title", _PROSE]


def test_the_headline_and_a_repeated_line_are_given_once() -> None:
    """An <h1> that is the page's title is not a paragraph; a line right after its twin goes."""
    blocks = [_block("The Headline", tag="h1"), _block(_PROSE), _block(_PROSE)]
    assert clean_paragraphs(blocks, "The headline", {}) == [_PROSE]


def test_a_labelled_headline_goes_from_a_story_standing_alone() -> None:
    """An <h1> that is the title with its section's label ("Title: ...") or the site's name
    after a separator goes from a story's lines; the lines that weigh a choice keep it."""
    for headline in ("Title: The Headline", "The Headline | Opinion"):
        blocks = [_block(headline, tag="h1"), _block(_PROSE)]
        assert story_lines(blocks, "The headline", {}) == [_PROSE]
        assert clean_paragraphs(blocks, "The headline", {}) == [headline, _PROSE]


def test_a_counter_label_and_its_number_go() -> None:
    """A poster's counter as a label line then a number line is dropped, both lines."""
    blocks = [_block(_PROSE), _block("Reaction score", tag="dt"), _block("310", tag="dd")]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE]


def test_a_thread_s_bare_numbers_have_no_line() -> None:
    """On a thread every bare-number block gets an empty line, and no other block does."""
    blocks = [_block(_PROSE), _block("#12"), _block("1,204")]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[1]): "", id(blocks[2]): ""}
    assert clean_paragraphs(blocks, None, lines) == [_PROSE]


def test_a_counter_label_goes_with_its_number_on_a_thread() -> None:
    """On a thread, where a bare number has no line, the counter label just before it
    ("Reaction score" over "310") gets an empty line too; a label over words stays, as does a
    number after another line."""
    blocks = [
        _block(_PROSE),
        _block("Reaction score", tag="dt"),
        _block("310", tag="dd"),
        _block("Points", tag="dt"),
        _block("a few", tag="dd"),
        _block("Step"),
        _block("3"),
    ]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[1]): "", id(blocks[2]): "", id(blocks[6]): ""}
    assert clean_paragraphs(blocks, None, lines) == [_PROSE, "Points", "a few", "Step"]


def test_a_posters_join_date_line_goes() -> None:
    """A poster card's "Joined: 4. Jul 2012, 16:09" line is dropped on any page; a line that
    says more than the date after the label stays."""
    blocks = [_block(_PROSE), _block("Joined: 4. Jul 2012, 16:09"), _block("Joined the team")]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE, "Joined the team"]


def test_a_posts_number_and_date_line_gives_its_date_on_a_thread() -> None:
    """On a thread a post's number and date as one line ("#2 · Jan 3, 2024", an edit mark
    after) gives the date alone; a line that says more after a number stays."""
    blocks = [
        _block("#2 · Jan 3, 2024"),
        _block("#8 · Jan 4, 2024 (Edited)"),
        _block(_PROSE),
        _block("#1 · the best answer"),
    ]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[0]): "Jan 3, 2024", id(blocks[1]): "Jan 4, 2024"}
    assert clean_paragraphs(blocks, None, lines) == [
        "Jan 3, 2024",
        "Jan 4, 2024",
        _PROSE,
        "#1 · the best answer",
    ]


def test_a_back_to_top_link_in_two_lines_goes() -> None:
    """A "Back" line then a "Top" line (a forum theme's "Back to top" link, a word an element)
    is dropped, both lines; a "Back" or a "Top" alone stays."""
    blocks = [_block(_PROSE), _block("Back"), _block("Top")]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE]
    assert clean_paragraphs([_block(_PROSE), _block("Top")], None, {}) == [_PROSE, "Top"]
    assert clean_paragraphs([_block("Back"), _block(_PROSE)], None, {}) == ["Back", _PROSE]


def test_a_posters_status_label_has_no_line_on_a_thread() -> None:
    """On a thread a poster's "Offline", "Online" or "Status" label alone gets an empty line;
    a post that says more stays."""
    blocks = [_block(_PROSE), _block("Offline"), _block("Status"), _block("Status: resolved")]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[1]): "", id(blocks[2]): ""}
    assert clean_paragraphs(blocks, None, lines) == [_PROSE, "Status: resolved"]


def test_a_posters_badge_has_no_line_on_a_thread() -> None:
    """On a thread a poster card's "Original poster" or "Moderator" badge alone gets an empty
    line."""
    blocks = [_block("Original poster"), _block(_PROSE), _block("Moderator")]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[0]): "", id(blocks[2]): ""}
    assert clean_paragraphs(blocks, None, lines) == [_PROSE]


def test_a_posters_rank_and_location_have_no_line_on_a_thread() -> None:
    """On a thread a poster card's rank ("Prominent Member") and location field ("Location:
    SIN") get an empty line; a post's sentence stays."""
    blocks = [_block("Prominent Member"), _block("Location: SIN"), _block(_PROSE)]
    lines = thread_counters(blocks)
    assert lines == {id(blocks[0]): "", id(blocks[1]): ""}
    assert clean_paragraphs(blocks, None, lines) == [_PROSE]


def test_a_quote_of_what_was_said_goes() -> None:
    """A line inside a reply's <blockquote> that the thread said before is dropped; the same
    line outside a quote is a repeat only when it follows its twin."""
    said = _block(_PROSE, path=(1, 2))
    other = _block("Another post, in its own words.", path=(1, 3))
    quoted = _block(_PROSE, path=(1, 4, 5))
    assert clean_paragraphs([said, other, quoted], None, {}, {4}) == [_PROSE, other.text]
    assert clean_paragraphs([said, other, quoted], None, {}) == [_PROSE, other.text, _PROSE]


def test_a_table_row_with_figures_beside_its_link_stays() -> None:
    """A table row whose link names what its other cells give figures for is the story's
    table; a row of links only goes."""
    company = "Quanta Services Inc."
    row = f"{company} $7.7B"
    states = "Alabama LLC Alaska LLC Arizona LLC"
    blocks = [
        _block(_PROSE),
        _block(row, tag="tr", link_chars=len(company)),
        _block(states, tag="tr", link_chars=len(states) - 2),
    ]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE, row]


def test_every_row_of_a_table_with_a_header_row_stays() -> None:
    """A table with a row without links (its header) is a data table: its rows stay however
    much of them is link; a table of links only goes."""
    header = "Company Revenue"
    company = "MDU Construction Services Group Inc. $1.1B"
    states = "Alabama LLC Alaska LLC Arizona LLC"
    data = [
        _block(_PROSE, path=(1, 2)),
        _block(header, tag="tr", path=(1, 3, 4, 5)),
        _block(company, tag="tr", link_chars=len(company) - 5, path=(1, 3, 6, 7)),
    ]
    assert clean_paragraphs(data, None, {}) == [_PROSE, header, company]
    links = [
        _block(_PROSE, path=(1, 2)),
        _block(states, tag="tr", link_chars=len(states) - 2, path=(1, 3, 6, 7)),
    ]
    assert clean_paragraphs(links, None, {}) == [_PROSE]


def test_a_linked_name_in_a_cell_of_a_data_table_stays() -> None:
    """In a data table, a short line that is all link inside a row that gives a line of
    its own (a ranked list's item and its author's link on a line of its own) is the row's
    text and stays; a long link line there (a widget's links run together), a short one in
    a row of link lines only (a comparison's header of product links) and one outside the
    table go."""
    rank, book, author = "1", "Pride and Prejudice by", "Jane Austen"
    stars = "1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars"
    blocks = [
        _block(_PROSE, path=(1, 2)),
        _block(rank, tag="tr", path=(1, 3, 4, 5)),
        _block(book, tag="tr", link_chars=len(book) - 3, path=(1, 3, 4, 6)),
        _block(author, tag="div", link_chars=len(author), path=(1, 3, 4, 6, 7, 8)),
        _block(stars, tag="div", link_chars=len(stars), path=(1, 3, 4, 6, 7, 9)),
        _block("Another story", tag="div", link_chars=13, path=(1, 10)),
        _block("Oral-B Pro 1000", tag="div", link_chars=15, path=(1, 3, 4, 11, 12)),
    ]
    assert clean_paragraphs(blocks, None, {}) == [_PROSE, rank, book, author]


def test_a_story_never_ends_on_a_heading() -> None:
    """At a story's end, a last line that is a heading (its part dropped: a "Where to buy"
    box's links) goes; a heading after another heading (a list laid out in headings), a
    heading as the only line, and a last heading elsewhere than at a story's end stay."""
    shops = [_block("Shop A", link_chars=6), _block("Shop B", link_chars=6)]
    blocks = [_block(_PROSE), _block("Where to buy", tag="h3"), *shops]
    assert story_lines(blocks, None, {}, story_end=True) == [_PROSE]
    assert story_lines(blocks, None, {}) == [_PROSE, "Where to buy"]
    listed = [_block(_PROSE), _block("Organic cotton", tag="h5"), _block("Hemp", tag="h5")]
    assert story_lines(listed, None, {}, story_end=True) == [
        _PROSE,
        "Organic cotton",
        "Hemp",
    ]
    alone = [_block("Where to buy", tag="h3"), *shops]
    assert story_lines(alone, None, {}, story_end=True) == ["Where to buy"]


_PITCH = "Our people help you plan, build and run the systems at the heart of your business."


def _cards(count: int) -> list[Block]:
    """A grid of ``count`` whole-link cards: a linked heading and a linked sentence each, the
    two siblings in the card's link (path (1, 10 + i, 100 + i))."""
    blocks = [_block(_PROSE)]
    for i in range(count):
        heading = f"Service {i}"
        path = (1, 10 + i, 100 + i)
        blocks.append(_block(heading, "h3", len(heading), (*path, 1000 + i)))
        blocks.append(_block(_PITCH, "div", len(_PITCH), (*path, 2000 + i)))
    return blocks


def test_the_sentences_of_a_grid_of_whole_link_cards_stay() -> None:
    """Three cards, each a link around a heading and a sentence: the sentences are the page's
    text, not a link list, on a page that does not say it is one story."""
    lines = story_lines(_cards(3), None, {})
    assert lines.count(_PITCH) == 3
    assert "Service 2" in lines


def test_card_sentences_go_on_a_story_or_with_too_few_cards() -> None:
    """On a page that says it is one story (a related-stories box), or with two cards only (a
    featured-post callout), the linked sentences go as a link list."""
    assert _PITCH not in story_lines(_cards(3), None, {}, story_end=True)
    assert _PITCH not in story_lines(_cards(2), None, {})


def _term_list(terms: list[str], heading: str | None = "Data types") -> list[Block]:
    blocks = [_block(_PROSE, path=(1, 5))]
    if heading is not None:
        blocks.append(_block(heading, tag="h2", path=(1, 6)))
    blocks += [
        _block(term, tag="li", link_chars=len(term), path=(1, 7, 10 + index))
        for index, term in enumerate(terms)
    ]
    return blocks


def test_a_list_of_short_linked_terms_under_a_heading_stays_in_a_story() -> None:
    """A documentation section's index of its topics (four or more short linked terms, each
    named once, just under the section's heading) is the page's text and stays."""
    terms = ["String", "Hash", "Sorted set", "Bloom filter"]
    assert clean_paragraphs(_term_list(terms), None, {}, linked_headings=True) == [
        _PROSE,
        "Data types",
        *terms,
    ]


def test_term_lists_without_a_heading_or_with_long_or_repeated_items_go() -> None:
    """A menu with no heading just above, a list of headlines (items over four words), a
    card grid's list that repeats its call to action and a list of three go as link lists."""
    terms = ["String", "Hash", "Sorted set", "Bloom filter"]
    headless = _term_list(terms, heading=None)
    assert clean_paragraphs(headless, None, {}, linked_headings=True) == [_PROSE]
    headlines = [*terms[:3], "Ten ways to save on groceries"]
    assert clean_paragraphs(_term_list(headlines), None, {}, linked_headings=True) == [
        _PROSE,
        "Data types",
    ]
    cards = ["Armchair", "Get Price", "Sofa", "Get Price", "Bench"]
    assert clean_paragraphs(_term_list(cards), None, {}, linked_headings=True) == [
        _PROSE,
        "Data types",
    ]
    assert clean_paragraphs(_term_list(terms[:3]), None, {}, linked_headings=True) == [
        _PROSE,
        "Data types",
    ]


def test_a_clean_line_cached_from_one_walk_is_judged_alike_in_the_next() -> None:
    """A block's clean line is kept by its text, its links' length and its post-date tag: a
    later walk's block of the same text gets the same line, one with other links or a post's
    date line is judged on its own, and the kept lines stay bounded (emptied when full)."""
    credit, share = "Photo: Getty Images", "Share"
    first = clean_paragraphs([_block(_PROSE), _block(credit), _block(share)], None, {})
    assert first == [_PROSE]  # a photo's credit alone and a share button's label go
    # All of it a link, the credit is a linked line (kept where links are); a post's date
    # line is never furniture.
    linked = clean_paragraphs([_block(_PROSE), _block(credit, link_chars=19)], None, {}, links=True)
    assert linked == [_PROSE, credit]
    assert clean_paragraphs([_block(share, tag=POST_DATE_TAG)], None, {}) == [share]
    for number in range(paragraphs._CLEAN_LINES_MAX + 10):
        clean_paragraphs([_block(f"{_PROSE} {number}")], None, {})
    assert len(paragraphs._clean_lines) <= paragraphs._CLEAN_LINES_MAX
    assert clean_paragraphs([_block(_PROSE), _block(credit), _block(share)], None, {}) == first
