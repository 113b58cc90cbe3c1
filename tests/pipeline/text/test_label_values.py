"""A page's sheet of "Label: value" facts inside its story."""

from __future__ import annotations

from newswire.pipeline.text.label_values import label_value, label_value_runs
from newswire.pipeline.text.story import main_block

_FACTS = [
    "Location: Boston, Massachusetts",
    "Median GMAT: 740",
    "Average GPA: 3.69",
    "Class Size: 930",
]
_LINKS = ["Learn more about the Program", "Best essay strategies", "Guide to the Interview"]


def test_a_fact_is_a_short_label_and_its_value() -> None:
    """A short capitalised label, a colon and a value is a fact; a sentence before the colon,
    a promo or a credit is not."""
    assert label_value("Median GMAT: 740")
    assert label_value("Battery life: 7.5+ hours")
    assert not label_value("These are the schools we ranked highest this year: all of them")
    assert not label_value("Read more: The best business schools of 2025")
    assert not label_value("Credit: The Spruce Eats")
    assert not label_value("Learn more about the Program")


def test_a_run_of_facts_under_different_labels_is_kept_from_a_menu_run() -> None:
    """Three facts or more in a row, each under its own label, are kept; the links around
    them are not, nor a run of one repeated label, nor anything in one article's text."""
    assert label_value_runs([*_FACTS, *_LINKS], article=False) == _FACTS
    assert label_value_runs(_FACTS[:2] + _LINKS, article=False) == []
    repeated = ["Photo: Jane Doe", "Photo: John Roe", "Photo: Ann Poe"]
    assert label_value_runs(repeated, article=False) == []
    assert label_value_runs(_FACTS, article=True) == []


def test_a_pages_story_keeps_the_facts_between_its_paragraphs() -> None:
    """On a page, the facts under a ranking's entry stay in the story; the entry's links,
    read as a menu run, go."""
    paragraphs = [
        f"Harvard Business School is recognized as the long-term first business school in the "
        f"country, with a large class and a famous case method that shapes its teaching ({n})."
        for n in range(4)
    ]
    lines = ["Home", "Rankings", "Contact", *paragraphs[:2], *_FACTS, *_LINKS, *paragraphs[2:]]
    kept = main_block(lines)
    assert all(fact in kept for fact in _FACTS)
    assert not any(link in kept for link in _LINKS)
