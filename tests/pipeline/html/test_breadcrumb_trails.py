"""A breadcrumb trail known by its shape (linked names between arrows): dropped, whatever
its class names; prose and a manual's unlinked menu path kept."""

from __future__ import annotations

from newswire.pipeline.html.breadcrumb_trails import (
    is_breadcrumb_trail,
    without_breadcrumb_lists,
    without_breadcrumb_trails,
)
from newswire.pipeline.html.page_elements import Page
from newswire.pipeline.html.walk import Block, walk
from tests.pipeline.html.pages import SENTENCE, page


def _blocks(body: str) -> list[Block]:
    root = Page(page(body)).body
    assert root is not None
    blocks, _ = walk(root, by_name=True)
    return blocks


def test_a_trail_of_linked_names_between_arrows_is_dropped_and_the_story_kept() -> None:
    """A line "All Games > Adventure Games > Red Dead Redemption 2" of links, in an element
    whose hashed class says nothing, is dropped; the page's paragraph stays."""
    trail = (
        '<div class="q46180318"><a href="/a">All Games</a> &gt; <a href="/b">Adventure Games</a>'
        ' &gt; <a href="/c">Red Dead Redemption 2</a></div>'
    )
    kept = [block.text for block in without_breadcrumb_trails(_blocks(f"{trail}<p>{SENTENCE}</p>"))]
    assert kept == [SENTENCE]


def test_a_trail_whose_last_step_is_the_unlinked_current_page_is_a_trail() -> None:
    """Every step but the last linked ("Training > Best Practice > A Beginner's Guide", the
    current page as plain text) is a trail all the same."""
    (block,) = _blocks(
        '<div><a href="/t">Training</a> › <a href="/b">Best Practice</a> › A Beginner’s Guide</div>'
    )
    assert is_breadcrumb_trail(block)


def test_an_unlinked_menu_path_and_a_two_step_line_are_no_trails() -> None:
    """A manual's menu path in plain text ("Settings > Privacy > Cookies"), a line with one
    linked step among unlinked ones, and two linked names with a single arrow stay."""
    lines = [
        "<p>Settings &gt; Privacy &gt; Cookies</p>",
        '<p>Open <a href="/s">Settings</a> &gt; Privacy and security &gt; Cookies</p>',
        '<p><a href="/a">Home</a> &gt; <a href="/b">News</a></p>',
    ]
    for line in lines:
        (block,) = _blocks(line)
        assert not is_breadcrumb_trail(block), line


def test_a_long_line_with_arrows_is_no_trail() -> None:
    """A line over the trail's length, or with a step of a sentence's length, is text."""
    long_step = f'<div><a href="/a">Home</a> &gt; <a href="/b">News</a> &gt; {SENTENCE}</div>'
    (block,) = _blocks(long_step)
    assert not is_breadcrumb_trail(block)


def _crumbs(items: list[str], current: str) -> str:
    steps = "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(items))
    return f'<div class="q12345678"><ol class="q87654321">{steps}<li>{current}</li></ol></div>'


def test_a_list_of_linked_steps_ending_in_the_headline_is_dropped() -> None:
    """An <ol> of linked steps ("Home", "Government", "Departments") whose last item is the
    page's name, unlinked, is a breadcrumb whatever its hashed names: its linked steps go, the
    page's name stays."""
    trail = _crumbs(["Home", "Government", "Departments"], "Building Department")
    blocks = _blocks(f"{trail}<h1>Building Department</h1><p>{SENTENCE}</p>")
    kept = [block.text for block in without_breadcrumb_lists(blocks, "Building Department")]
    assert kept == ["Building Department", "Building Department", SENTENCE]


def test_a_list_ending_in_other_unlinked_text_or_without_a_title_stays() -> None:
    """A list of links whose last item is unlinked but not the page's name ("and more!") is
    content, and so is any list when the page has no headline."""
    blocks = _blocks(_crumbs(["IT support", "IT consulting", "Cybersecurity"], "and more!"))
    assert without_breadcrumb_lists(blocks, "Managed IT services") == blocks
    crumbs = _blocks(_crumbs(["Home", "Blog"], "A post"))
    assert without_breadcrumb_lists(crumbs, None) == crumbs
