"""The site's footer in plain <div>s, found by its place and its copyright notice."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.holds import Holds
from newswire.pipeline.html.site_footer import (
    _COPYRIGHT,
    _COPYRIGHT_WORDS,
    _PANEL_LINK_SHARE,
    _cut_from,
    _holds_notice,
    _menu_panel,
    _shown_from,
    site_footer,
)
from newswire.pipeline.html.walk import walk
from newswire.pipeline.textnorm import lacks_words

_STORY = "".join(
    f"<p>Paragraph {n} of the story, a sentence long enough to read.</p>" for n in range(8)
)
_DISCLAIMER = (
    "<p>This site is published by Example Brands LLC, which is solely responsible for its "
    "contents. Third party trademarks used herein are trademarks of their owners.</p>"
    "<p>© Example Brands LLC 2025.</p>"
)


def _footer_id(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    found = site_footer(tree.body, Holds(tree.body))
    node = next((n for n in tree.body.css("*") if n.mem_id == found), None)
    return None if node is None else node.attributes.get("id") or node.tag


def test_the_last_block_of_the_page_wrapper_with_a_copyright_notice_is_the_footer() -> None:
    """In a page wrapped in one <div>, its last block, short beside the page and holding a
    copyright notice, is the footer; scripts after it do not move it."""
    html = (
        f"<body><div id=site><div id=top><a>Home</a></div><div id=story>{_STORY}</div>"
        f"<div id=foot>{_DISCLAIMER}</div></div><script>var x = 1;</script></body>"
    )
    assert _footer_id(html) == "foot"


def test_a_last_block_without_a_copyright_notice_or_holding_the_page_is_no_footer() -> None:
    """The last block is no footer without legal lines, nor when it holds most of the page
    (the story's own container) or the headline."""
    assert _footer_id(f"<body><div id=a>{_STORY}</div><div id=b><p>More</p></div></body>") is None
    # The story's container is descended into: at most its closing copyright line is footer.
    closing = f"<body><div id=a><p>Menu</p></div><div id=b>{_STORY}<p>© Wire 2025</p></div></body>"
    assert _footer_id(closing) == "p"
    headline = f"<body><div id=a>{_STORY}</div><div id=b><h1>Title</h1><p>© 2025</p></div></body>"
    assert _footer_id(headline) is None


_MENU = "".join(f"<li><a href=/p{n}>Practice area number {n}</a></li>" for n in range(40))


def test_the_footer_is_looked_for_before_a_menu_panel_at_the_bodys_end() -> None:
    """A page builder's popup menu appended after the footer (mostly links, no notice) is
    passed over: the block before it with the notice is the footer. A last block of links
    holding the notice is itself looked at as before."""
    html = (
        f"<body><div id=top><a>Home</a></div><div id=story>{_STORY}</div>"
        f"<div id=foot>{_DISCLAIMER}</div><div id=popup><ul>{_MENU}</ul></div>"
        "<script>var x = 1;</script></body>"
    )
    assert _footer_id(html) == "foot"
    linked = (
        f"<body><div id=story>{_STORY}</div><div id=foot>{_DISCLAIMER}</div>"
        "<div id=links><ul><li><a href=/a>About</a></li><li><a href=/b>Careers</a></li></ul>"
        "<p>© Example 2025</p></div></body>"
    )
    assert _footer_id(linked) == "links"
    # Prose last, no notice: no footer, whatever comes before it.
    prose = f"<body><div id=foot>{_DISCLAIMER}</div><div id=story>{_STORY}</div></body>"
    assert _footer_id(prose) is None


def _plain_menu_panel(node: LexborNode, text: str) -> bool:
    if not lacks_words(text, _COPYRIGHT_WORDS) and _COPYRIGHT.search(text):
        return False
    chars = len("".join(text.split()))
    links = sum(len("".join(link.text(deep=True).split())) for link in node.css("a"))
    return chars > 0 and links >= _PANEL_LINK_SHARE * chars


@settings(max_examples=60, deadline=None)
@given(
    links=st.integers(min_value=0, max_value=30),
    spaces=st.integers(min_value=0, max_value=3000),
    words=st.integers(min_value=0, max_value=400),
    notice=st.booleans(),
)
def test_a_menu_panel_is_known_from_a_prefix_of_its_text_as_from_the_whole(
    links: int, spaces: int, words: int, notice: bool
) -> None:
    """Whether a block is a menu panel (mostly link text, no notice) is decided as by counting
    every character of its text, whether the text is long beside its links, opens with a run
    of white space longer than the prefix read first, or holds a notice."""
    menu = "".join(f"<a href=/p{n}>Area {n}</a> " for n in range(links))
    rest = " word" * words + (" © 2025" if notice else "")
    tree = LexborHTMLParser(f"<body><div id=p>{' ' * spaces}{menu}{rest}</div></body>")
    node = tree.css_first("#p")
    assert node is not None
    text = node.text(deep=True)
    if text.strip():
        assert _menu_panel(node, text) == _plain_menu_panel(node, text)


def test_the_walk_drops_a_footer_in_divs_as_it_drops_a_footer_tag() -> None:
    """The walk keeps the story and drops the disclaimer of a footer built in <div>s."""
    tree = LexborHTMLParser(f"<body><div id=story>{_STORY}</div><div>{_DISCLAIMER}</div></body>")
    assert tree.body is not None
    blocks, _ = walk(tree.body, by_name=True)
    texts = [block.text for block in blocks]
    assert texts[0].startswith("Paragraph 0")
    assert not any("published by" in text or "©" in text for text in texts)


def test_the_walks_of_one_tree_look_for_its_footer_once() -> None:
    """A retry walks the same tree with the same ``Holds``: the footer found by the first
    walk is the retry's, not looked for again."""
    tree = LexborHTMLParser(f"<body><div id=story>{_STORY}</div><div>{_DISCLAIMER}</div></body>")
    assert tree.body is not None
    holds = Holds(tree.body)
    calls: list[int | None] = []

    def find(root: LexborNode, holds: Holds) -> int | None:
        calls.append(found := site_footer(root, holds))
        return found

    assert holds.footer(find) == holds.footer(find) is not None
    assert len(calls) == 1


_NOTICE_PIECES = st.sampled_from(
    [
        *("Copyright", "COPYRIGHT", "copy", "right", "All Rights Reserved", "ALL RIGHTS", " "),
        *(" reserved", "2025", "©", "\u0130", "\u0131", "\u017f", "\u212a", "x", "-", "."),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NOTICE_PIECES, max_size=10).map("".join))
def test_a_block_without_the_notices_words_holds_no_notice(text: str) -> None:
    """A block that ``lacks_words`` settles as holding neither "copyright" nor "all rights
    reserved" in any case is one the notice's pattern finds nothing in, whatever the case and
    the letters the pattern folds: the test asked first changes no answer."""
    if lacks_words(text, _COPYRIGHT_WORDS):
        assert _COPYRIGHT.search(text) is None


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NOTICE_PIECES, max_size=10).map("".join))
def test_a_notice_is_found_as_the_pattern_finds_it(text: str) -> None:
    """A block holds a notice exactly when the notice's pattern finds one: the sign, found by
    a substring scan, is one wherever it stands."""
    assert _holds_notice(text) == (_COPYRIGHT.search(text) is not None)


_SIBLINGS = st.sampled_from(
    [
        " ",
        "\n  ",
        "<!-- a comment's text -->",
        "<script>var x = 1;</script>",
        "<img src=a.png>",
        "<svg><title>Logo</title></svg>",
        "<div> </div>",
        "<p>Some text</p>",
        "text",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SIBLINGS, max_size=5), st.lists(_SIBLINGS, max_size=5))
def test_a_wrappers_block_is_cut_out_of_the_wrappers_text_as_read(
    before: list[str], after: list[str]
) -> None:
    """The text of a wrapper's block, cut out of the wrapper's text, is the block's own text
    where only texts and comments stand beside it; beside an element (a script, a pixel, a
    block) it is not cut (and read as it is); the block found is the same either way."""
    inner = f"<div id=last>{_STORY}<div id=inner>{_DISCLAIMER}</div></div>"
    html = f"<body><div id=wrap>{''.join(before)}{inner}{''.join(after)}</div></body>"
    tree = LexborHTMLParser(html)
    wrapper, block = tree.css_first("#wrap"), tree.css_first("#last")
    assert wrapper is not None
    assert block is not None
    cut = _cut_from(wrapper.text(deep=True), block)
    assert cut is None or cut == block.text(deep=True)
    if not any(sibling.startswith(("<s", "<i", "<d", "<p")) for sibling in before + after):
        assert cut is not None
    shown = _shown_from(wrapper.last_child, wrapper.text(deep=True))
    assert shown == _shown_from(wrapper.last_child)
