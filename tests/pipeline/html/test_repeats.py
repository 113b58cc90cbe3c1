"""A page's content given twice: the second copy of a run of paragraphs is dropped."""

from __future__ import annotations

from newswire.pipeline.html.repeats import without_copies


def test_a_second_copy_of_the_content_is_dropped() -> None:
    """A run of paragraphs repeated in order (a site builder's desktop and mobile layouts) is
    given once."""
    story = [f"Paragraph {i} of the page, long enough to count." for i in range(4)]
    assert without_copies([*story, *story]) == story


def test_a_short_repeat_stays() -> None:
    """A repeated line that holds less than a tenth of the text (a meal plan's same meal on
    another day) stays where it is."""
    lines = [
        "Oats with berries",
        *[f"Day {i}: a long description of the day." * 3 for i in range(4)],
    ]
    lines.append("Oats with berries")
    assert without_copies(lines) == lines
