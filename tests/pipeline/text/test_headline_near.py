"""Finding the headline of a page's text just above its story (``headline_near``)."""

from __future__ import annotations

from newswire.pipeline.text.headline_near import name_under_byline


def test_a_name_printed_twice_under_a_bare_byline_label_is_named_by_it() -> None:
    """An author box prints its writer's name twice under a bare "By": both copies are the
    byline's name, never a headline; a name under no label is not."""
    lines = ["By", "Mary Marlowe Leverette", "Mary Marlowe Leverette"]
    assert name_under_byline(lines, 2)
    assert name_under_byline(lines, 1)
    assert not name_under_byline(["Garden News", "Mary Marlowe Leverette"], 1)
