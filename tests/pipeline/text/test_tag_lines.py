"""A story's tags printed as a line of their own go to ``tags``; sentences after a label stay."""

from __future__ import annotations

from newswire.pipeline.text import extract_text
from newswire.pipeline.text.tag_lines import tag_list
from tests.pipeline.text.scrapes import HEADLINE, LEDE, MORE


def test_tag_lines_list_their_tags() -> None:
    """A labelled tag list (comma, pipe or one item) gives its tags."""
    assert tag_list("Tags: banjir, jakarta") == ["banjir", "jakarta"]
    assert tag_list("Tag: Pemilu 2024 | Prabowo Subianto") == ["Pemilu 2024", "Prabowo Subianto"]
    assert tag_list("Topik: banjir jakarta") == ["banjir jakarta"]


def test_sentences_and_numbers_are_no_tag_lines() -> None:
    """A label over a sentence, a long item, a paper's keywords or hashtags are no tag line:
    those are the text's (an abstract's keywords, a listing's teasers' tags)."""
    assert tag_list("Topik: Bagaimana cara membuat kue yang enak untuk keluarga?") is None
    assert tag_list("Tags: ini adalah sebuah kalimat yang sangat panjang sekali, b") is None
    assert tag_list("Keywords: anxiety, depression, physical activity") is None
    assert tag_list("#Banjir #Jakarta") is None
    assert tag_list("Bahan:") is None


def test_a_scrapes_tag_line_leaves_the_body_for_tags() -> None:
    """A tag line under the story's last paragraph becomes the Article's tags."""
    for line, tags in (
        ("Tag: banjir, jakarta", ("banjir", "jakarta")),
        ("Topik: Pemilu 2024 | Prabowo Subianto", ("Pemilu 2024", "Prabowo Subianto")),
    ):
        found = extract_text("\n\n".join([HEADLINE, LEDE, MORE, line]))
        assert found.paragraphs == (LEDE, MORE)
        assert found.tags == tags
