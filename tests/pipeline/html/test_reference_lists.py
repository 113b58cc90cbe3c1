"""A page's long list of notes, which its text's markers point to, is left out."""

from __future__ import annotations

from tests.pipeline.html.pages import page, prose, text_of


def _page(notes: int, *, backlinks: bool = True) -> str:
    marks = "".join(f'<sup><a href="#note-{n}">[{n}]</a></sup>' for n in range(notes))
    back = '<a href="#mark">^</a> ' if backlinks else ""
    items = "".join(
        f'<li id="note-{n}">{back}Source number {n}, consulted in March.</li>' for n in range(notes)
    )
    return page(f"<main>{prose('entry', 4)}<p>Laureates by year{marks}</p><ol>{items}</ol></main>")


def test_a_long_list_of_notes_linked_from_the_text_is_left_out() -> None:
    """Ten notes or more that the text's markers point to, each linking back, are the page's
    references: left out, the text kept."""
    text = text_of(_page(12))
    assert "entry 3" in text
    assert "Source number" not in text


def test_a_few_notes_or_a_list_without_backlinks_stay() -> None:
    """A post's few notes stay, and so does a list whose items link nowhere (a table of
    contents' targets, not notes)."""
    assert "Source number 3" in text_of(_page(4))
    assert "Source number 11" in text_of(_page(12, backlinks=False))
