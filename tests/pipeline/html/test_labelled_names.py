"""The writer a page names in the element after an "Author:" label of its own."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.labelled_names import labelled_names

_STORY = "<h1>How to name a brand</h1><p>The story.</p>"


def _names(body: str) -> list[str]:
    return labelled_names(LexborHTMLParser(f"<html><body>{body}</body></html>"))


def _row(label: str, name: str) -> str:
    return f'<div class="q1"><p class="q2">{label}</p> <div class="q3">{name}</div></div>'


def test_a_name_after_an_author_label_names_the_writer() -> None:
    """An element whose whole text is "Author:" or "Written by" followed by an element holding
    one person's name gives that name, with hashed or no class names."""
    assert _names(_STORY + _row("Author:", "Shai Shmarel")) == ["Shai Shmarel"]
    assert _names(_STORY + _row("Written by", "Ann Lee")) == ["Ann Lee"]


def test_no_name_where_the_label_is_loose_or_the_element_holds_no_name() -> None:
    """A bare "By" label, a label whose element holds more text, an element after it holding a
    single word or no name, and a label inside the footer give nothing."""
    assert _names(_STORY + _row("By", "Shai Shmarel")) == []
    assert _names(_STORY + _row("Author: staff", "Shai Shmarel")) == []
    assert _names(_STORY + _row("Author", "Abstract")) == []
    assert _names(_STORY + _row("Author:", "Read the full review of the phone")) == []
    assert _names(_STORY + f"<footer>{_row('Author:', 'Shai Shmarel')}</footer>") == []


def test_two_labels_name_no_one() -> None:
    """A page of cards each labelling its own writer has no one signing it."""
    cards = _row("Author:", "Shai Shmarel") + _row("Author:", "Ann Lee")
    assert _names(_STORY + cards) == []


def test_a_label_is_read_whatever_white_space_pads_it() -> None:
    """A label padded with line breaks and spaces past a long text's length is still one; a
    long text that opens like a label ("Author: the story of ...") is none."""
    padded = "\n" * 40 + "Written \n by:" + " " * 60
    assert _names(f"<p>{padded}</p><p>Jane Doe</p>") == ["Jane Doe"]
    assert _names("<p>Author: " + "the story of a life " * 5 + "</p><p>Jane Doe</p>") == []


def test_a_label_opens_its_text_whatever_precedes_it_but_white_space() -> None:
    """A label in any case after white space or a zero-width character is read; a text opening
    with another word or a mark ("(Author:)") is none."""
    assert _names(_STORY + _row("  AUTHOR:", "Ann Lee")) == ["Ann Lee"]
    assert _names(_STORY + _row("\u200bWritten by", "Ann Lee")) == ["Ann Lee"]
    assert _names(_STORY + _row("(Author:)", "Ann Lee")) == []
    assert _names(_STORY + _row("Co-author:", "Ann Lee")) == []
