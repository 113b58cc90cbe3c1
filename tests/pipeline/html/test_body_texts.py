"""The body's texts read as strings, and the nodes of those a rule asks for."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.body_texts import TextNodes, joined_texts, may_open_with
from newswire.pipeline.html.page_elements import Page, body_texts

_PAGE = (
    "<html><body><div class='a'>One <b>two</b>\n  <i></i></div>\n"
    "<p>Published</p><p>Jan 2</p><script>{1}</script><p>Published</p><p>Jan 3</p>"
    "<template>Hid</template><p> </p><svg><text>Drawn</text></svg></body></html>"
)


def _walked(tree: LexborHTMLParser) -> list[LexborNode]:
    body = tree.body
    assert body is not None
    return [node for node in body.traverse(include_text=True, skip_empty=True) if node.is_text_node]


def test_texts_are_the_walks() -> None:
    """The texts are the non-empty text nodes' of the parser's walk, in page order."""
    tree = LexborHTMLParser(_PAGE)
    assert joined_texts(tree.body) == [node.text_content for node in _walked(tree)]


def test_no_texts() -> None:
    """A body without text, or no body, has no texts."""
    assert joined_texts(LexborHTMLParser("<p> </p>").body) == []
    assert joined_texts(None) == []


def test_nodes_of_repeated_texts() -> None:
    """Each text asked for in page order gets its own node, a repeated text its later one."""
    tree = LexborHTMLParser(_PAGE)
    texts = joined_texts(tree.body)
    walked = _walked(tree)
    nodes = TextNodes(tree.body, texts)
    second = texts.index("Published", texts.index("Published") + 1)
    found = nodes.node(second)
    assert found is not None
    assert found.mem_id == walked[second].mem_id
    last = nodes.node(len(texts) - 1)
    assert last is not None
    assert last.mem_id == walked[-1].mem_id


def test_nodes_only_forwards() -> None:
    """A text before the last one found has no node (the walk goes forwards only)."""
    tree = LexborHTMLParser(_PAGE)
    nodes = TextNodes(tree.body, joined_texts(tree.body))
    assert nodes.node(3) is not None
    assert nodes.node(1) is None


def test_page_reads_once() -> None:
    """A ``Page`` gives every reader the same list, read again once its queries are
    forgotten; another tree a list of its own."""
    page = Page(_PAGE)
    shared = body_texts(page)
    assert body_texts(page) is shared
    page.forget()
    assert body_texts(page) is not shared
    assert body_texts(page) == shared


def test_a_text_may_open_with_a_word_by_its_first_two_characters() -> None:
    """A text whose first two ASCII letters (after white space, in any case) are one of the
    openings, or whose first letter is one of the initials before no letter, may open with the
    word; two other letters, an ASCII mark or a digit first do not; a first character beyond
    ASCII (a letter, a zero-width character) may."""
    initials, openings = frozenset({"a", "w"}), frozenset({"au", "wr"})
    assert may_open_with("  Author:", initials, openings)
    assert may_open_with("WRITTEN by", initials, openings)
    assert may_open_with("A.", initials, openings)
    assert not may_open_with("Among", initials, openings)
    assert not may_open_with('{"author": 1}', initials, openings)
    assert not may_open_with("12 authors", initials, openings)
    assert not may_open_with("B.", initials, openings)
    assert may_open_with("\u200bAuthor", initials, openings)
    assert may_open_with("Ärzte", initials, openings)
    assert may_open_with("", initials, openings)


def test_a_text_opens_after_any_run_of_white_space() -> None:
    """White space of any kind and length before a text's first character (an indented
    script, a non-breaking space) is passed over as the clean-up strips it: the two characters
    after it decide; a text of white space alone may open with anything."""
    initials, openings = frozenset({"a", "w"}), frozenset({"au", "wr"})
    for space in (" ", "\n\t", "\u00a0", "\u3000 "):
        for run in (1, 12, 30):
            assert may_open_with(space * run + "Author:", initials, openings)
            assert may_open_with(space * run + "A.", initials, openings)
            assert may_open_with(space * run + "Ärzte", initials, openings)
            assert not may_open_with(space * run + "Among", initials, openings)
            assert not may_open_with(space * run + "{}", initials, openings)
            assert may_open_with(space * run, initials, openings)
