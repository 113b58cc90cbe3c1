"""The class text read from a page's markup holds every word some class of the page holds, in
any case, however the attribute is written; a page whose classes may spell letters by
character references gives none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.class_values import class_text, value_selectors

_WORDS = ("date", "posted", "author", "meta")


def _held(markup: bytes) -> set[str]:
    """The words of ``_WORDS`` that lexbor's case-blind selectors find in some class."""
    tree = LexborHTMLParser(markup)
    return {word for word in _WORDS if tree.css(f'[class*="{word}" i]')}


def _read(markup: bytes) -> set[str]:
    text = class_text(markup)
    assert text is not None
    return {word for word in _WORDS if word.encode() in text}


@pytest.mark.parametrize(
    "markup",
    [
        b'<div class="post-Date">x</div>',
        b"<div CLASS = 'POSTED x'>x</div>",
        b"<div\nclass\t=\nmeta-box>x</div>",
        b"<div/class=author/>x</div>",
        b'<div data-x=\'class="a\' class="date">x</div>',
        b'<div id=a class="x"class="author">x</div>',
        b'<svg><g Class="posted"/></svg>',
        b'<div class="pos\rted">x</div><p class="meta',
        b"<div cLaSs\t\t \f=\n\n'posted'>x</div>",
        b'<div class =date>x</div><p Class   ="author">x</p>',
    ],
)
def test_every_word_a_class_holds_is_in_the_text(markup: bytes) -> None:
    """Classes in any case, spaced around "=" (by one space or many), unquoted, after a "/", right after another
    attribute's value, on an SVG element, inside another attribute's value: every word the
    page's case-blind selectors find is in the text."""
    assert _held(markup) <= _read(markup)


def test_a_word_outside_classes_is_not_in_the_text() -> None:
    """A word in the page's text, a tag name, another attribute or an attribute whose name ends
    otherwise ("dataclass") is not in the text, which holds only what a class may."""
    markup = b'<meta name="date"><div id="posted" classes="author">meta</div><p class="x">'
    assert _held(markup) == _read(markup) == set()


def test_a_class_with_a_character_reference_may_hold_any_word() -> None:
    """A numeric reference in a class value may be any letter ("&#112;osted" is "posted"), and
    so may the one named reference of letters: the text is None, any word may be there."""
    assert _held(b'<div class="&#112;osted">x</div>') == {"posted"}
    assert class_text(b'<div class="&#112;osted">x</div>') is None
    assert class_text(b'<div class="&fjlig;x">x</div>') is None
    assert class_text(b'<div class="a&amp;b">x</div>') is not None


@pytest.mark.parametrize(
    "reference",
    [b"&#45;", b"&#45", b"&#X2d;", b"&#0000112;", b"&#x41;", b"&#55;"],
)
def test_a_reference_to_a_character_of_a_word_may_hold_any_word(reference: bytes) -> None:
    """A numeric reference to a character a class word may hold ("-", a digit, a letter in
    either case, however its digits are written, with or without its ";") gives None: any word
    may be there."""
    assert class_text(b'<div class="entry' + reference + b'content">x</div>') is None


def test_a_reference_to_another_character_leaves_the_words_as_written() -> None:
    """References to characters no class word holds (quotes, a space, a letter beyond ASCII,
    a code point beyond Unicode, zero) leave the text, whose words are those lexbor finds."""
    markup = (
        b"<script>var s = '&#x27;&#039;&#0;&#99999999999;&#12345678;'</script>"
        b'<div class="post-date&#x20;x &#233;meta">x</div><p class="au&#39;thor">'
    )
    text = class_text(markup)
    assert text is not None
    assert _held(markup) == _read(markup) == {"date", "meta"}


_PARTS = st.sampled_from(
    [
        "<div ",
        "class",
        "CLASS",
        "cLaSs",
        "=",
        " ",
        "\n",
        "\t",
        '"',
        "'",
        ">",
        "/",
        "Date",
        "posted",
        "AUTHOR",
        "meta",
        "x",
        "-",
        "<p>",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PARTS, max_size=30))
def test_any_markup_the_parser_reads_a_class_from_is_covered(parts: list[str]) -> None:
    """Whatever markup of class names, quotes, spaces and tags the parser reads its classes
    from, every word its selectors find in a class is in the text."""
    markup = "".join(parts).encode()
    assert _held(markup) <= _read(markup)


def _found(tree: LexborHTMLParser, query: str) -> list[int]:
    """The elements ``query`` finds, each once, in page order."""
    out: list[int] = []
    for node in tree.css(query) if query else []:
        if not out or out[-1] != node.mem_id:
            out.append(node.mem_id)
    return out


def _word_query() -> str:
    return ", ".join(f'[class*="{word}" i]' for word in _WORDS)


_VALUE_PARTS = st.sampled_from(
    [
        *("Date", "posted", "META", "x", "post-date", "a", " ", " ", "\t", "\r", "\0", "&amp;"),
        *("\\", "é", '"', "'", ">", "=", "class=", "&#x27;", "&#116;", "&#45;"),
    ]
)
_ELEMENTS = st.tuples(
    st.sampled_from(["<p class=", "<div CLASS = ", "<i data-x=", "x"]),
    st.sampled_from(['"', "'", ""]),
    st.lists(_VALUE_PARTS, max_size=6),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ELEMENTS, max_size=12))
def test_the_value_selectors_find_what_the_word_selectors_find(
    elements: list[tuple[str, str, list[str]]],
) -> None:
    """Whatever markup of class values (quoted or not, with spaces, CR, NUL, references to a
    letter or to other characters, backslashes, letters beyond ASCII, quotes, many values
    holding a word, values in other attributes), the selectors by exact value find the same
    elements, in page order, as the word selectors."""
    markup = "".join(f"{tag}{quote}{''.join(parts)}{quote}>" for tag, quote, parts in elements)
    query = value_selectors(class_text(markup.encode()), _WORDS)
    tree = LexborHTMLParser(markup.encode())
    assert _found(tree, query) == _found(tree, _word_query())


def test_a_word_few_values_hold_is_looked_for_by_its_values() -> None:
    """A word held by a few class values (in any case) is looked for by each value, once for
    two words; a word held by too many values, or by a value with a character reference, by
    the word; a word no value holds, not at all."""
    few = class_text(b'<p class="Post-Date time"><p class="date"><p class=x>')
    assert sorted(value_selectors(few, ("date", "time", "meta")).split(", ")) == [
        '[class="date" i]',
        '[class="post-date time" i]',
    ]
    many = "".join(f'<p class="date-{n}">' for n in range(9)).encode()
    assert value_selectors(class_text(many), ("date",)) == '[class*="date" i]'
    escaped = class_text(b'<p class="a&amp;date">')
    assert value_selectors(escaped, ("date",)) == '[class*="date" i]'
    assert value_selectors(None, ("date",)) == '[class*="date" i]'
