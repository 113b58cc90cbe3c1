"""Headlines whose characters a single-byte character set turned into "?" or U+FFFD."""

from __future__ import annotations

import pytest

from newswire.pipeline.html.lost_characters import restored


@pytest.mark.parametrize(
    ("headline", "titles", "expected"),
    [
        (
            "What Are The Basics Of Event Planning? Beginner? Guide",
            [None, "What Are The Basics Of Event Planning: Beginner's Guide"],
            "What Are The Basics Of Event Planning: Beginner's Guide",
        ),
        ("Caf\ufffd Society Returns", ["Café Society Returns"], "Café Society Returns"),
        ("A Beginner?s Guide", ["A Beginner\u2019s Guide"], "A Beginner\u2019s Guide"),
    ],
)
def test_lost_characters_are_taken_from_the_pages_title(
    headline: str, titles: list[str | None], expected: str
) -> None:
    """Each mark stands for the one or two characters the page's own title has in its place."""
    assert restored(headline, titles) == expected


@pytest.mark.parametrize(
    ("headline", "titles"),
    [
        ("Why now?", ["Why now?"]),
        ("Why now? The answer", ["Why now: The answer"]),
        ("What is X?", ["What is XY"]),
        ("Is it? Yes? Maybe", ["Is it so Yes or Maybe"]),
        ("Who pays? Readers? Or ads", ["Who pays for it all"]),
        ("Plain headline", ["Plain headline!"]),
    ],
)
def test_questions_and_rewordings_keep_the_headline(
    headline: str, titles: list[str | None]
) -> None:
    """A question's own mark, one mark where the title has other punctuation, a word in the
    mark's place, or a title in other words leave the <h1> as it is."""
    assert restored(headline, titles) == headline


def test_a_title_that_is_the_headline_answers_as_its_match_does() -> None:
    """A title that is the headline itself reads each mark as itself: with a U+FFFD (a lost
    character) it is the answer, and a later title is not read; with only "?" it is passed
    over for the next, which may restore the marks."""
    lost = "Caf\ufffd Society"
    assert restored(lost, [lost, "Café Society"]) == lost
    assert restored("A Beginner?s Guide", ["A Beginner?s Guide", "A Beginner\u2019s Guide"]) == (
        "A Beginner\u2019s Guide"
    )
    assert restored("Beginner? Guide", ["Beginner? Guide | Site", "Beginners Guide"]) == (
        "Beginner? Guide"
    )
