"""A story standing alone in its own branch of a body of plain <div>s."""

from __future__ import annotations

from newswire.pipeline.html.page_branch import alone_in_branch
from newswire.pipeline.html.walk import Block

# Element 1 wraps the page; 2 is the story's branch, 3 the site's header, 4 its footer.
_STORY = [
    Block(
        f"Paragraph {i} of the story, which goes on at length about the council. " * 3,
        "p",
        0,
        (0, 1, 2, 20, 200 + i),
    )
    for i in range(4)
]
_HEADER = [
    Block(
        "A site's tagline, in words of its own and not a link at all " * 2, "div", 0, (0, 1, 3, 30)
    )
]
_FOOTER = [
    Block(
        "The publisher's address, its phone number and a copyright line " * 3,
        "div",
        0,
        (0, 1, 4, 40),
    ),
    *[Block(f"Footer link {i}", "a", 13, (0, 1, 4, 41 + i)) for i in range(20)],
]


def _inside(picked: list[Block]) -> set[int]:
    return {id(block) for block in picked}


def test_a_story_alone_in_its_branch_stands_alone() -> None:
    """A story whose branch of the body holds nothing else stands alone, however much
    unlinked text the header and footer branches beside it hold."""
    region = [*_HEADER, *_STORY, *_FOOTER]
    assert alone_in_branch(_STORY, region, _inside(_STORY))


def test_a_story_beside_a_teaser_grid_in_its_branch_does_not() -> None:
    """A story whose branch also holds a grid of linked teasers longer than the story is
    not alone there."""
    grid = [
        Block("A linked teaser title of another story " * 3, "a", 117, (0, 1, 2, 21, 300 + i))
        for i in range(20)
    ]
    region = [*_HEADER, *_STORY, *grid, *_FOOTER]
    assert not alone_in_branch(_STORY, region, _inside(_STORY))


def test_a_story_beside_text_of_its_own_in_its_branch_does_not() -> None:
    """A choice beside more sections of unlinked text in its branch (a guide's next part) is
    one section, not a story standing alone."""
    more = [
        Block(
            "Another section of the guide, with text of its own. " * 4,
            "p",
            0,
            (0, 1, 2, 22, 400 + i),
        )
        for i in range(4)
    ]
    region = [*_HEADER, *_STORY, *more, *_FOOTER]
    assert not alone_in_branch(_STORY, region, _inside(_STORY))


def test_a_choice_mostly_links_is_a_card_grid() -> None:
    """A choice half of whose text is link text is a grid of cards, never a story alone."""
    cards = [
        Block(
            "A product tile's name and a few words of its blurb " * 3,
            "div",
            80,
            (0, 1, 2, 20, 500 + i),
        )
        for i in range(4)
    ]
    region = [*_HEADER, *cards, *_FOOTER]
    assert not alone_in_branch(cards, region, _inside(cards))


def test_a_choice_whose_container_holds_the_region_has_no_branch() -> None:
    """A choice spanning the whole region (its common element holds every block) has no
    branch of its own to stand alone in."""
    region = [*_HEADER, *_STORY, *_FOOTER]
    assert not alone_in_branch(region, region, _inside(region))


def test_a_story_in_divs_without_paragraphs_stands_alone() -> None:
    """A story whose lines are <div>s split by <br> (no <p>) stands alone in its branch all
    the same."""
    story = [
        Block(
            f"Line {i} of a post written as text between line breaks, at some length. " * 3,
            "div",
            0,
            (0, 1, 2, 20),
        )
        for i in range(4)
    ]
    region = [*_HEADER, *story, *_FOOTER]
    assert alone_in_branch(story, region, _inside(story))


def test_a_threads_posts_in_divs_do_not_stand_alone() -> None:
    """A thread's posts joined to the choice (``series_chars``) count as prose only in <p>: a
    forum's posts in <div>s do not stand alone in their branch."""
    posts = [
        Block(
            f"Reply {i} to the thread, which says what the poster thinks at length. " * 3,
            "div",
            0,
            (0, 1, 2, 20, 600 + i),
        )
        for i in range(4)
    ]
    region = [*_HEADER, *posts, *_FOOTER]
    assert not alone_in_branch(posts, region, _inside(posts), series_chars=600)
    assert alone_in_branch(posts, region, _inside(posts))
