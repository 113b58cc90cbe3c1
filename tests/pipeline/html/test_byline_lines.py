"""Byline lines: the "All articles by …" links' quick test of their raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newswire.pipeline.html import extract_html
from newswire.pipeline.html.byline_lines import _POSTS_BY, _POSTS_BY_START
from newswire.pipeline.html.text import SPACE
from tests.pipeline.html.pages import page, prose

_PIECES = st.sampled_from(
    [
        *("view", "VIEW", "See", "read", "browse", "all", "ALL", "more", "latest", "ſee"),
        *("blog", "articles", "posts", "stories", "written", "by", "By:", ":", "Ann", "Lee"),
        *("(see all)", " ", "  ", "\n", "\t", "\xa0", "\u2003", "x", "é", "İ"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=10))
def test_a_link_text_the_pattern_matches_once_cleaned_passes_the_quick_test(
    pieces: list[str],
) -> None:
    """Every raw link text whose cleaned line ("All posts by …") the pattern matches passes
    the quick test on the raw text, so skipping the texts that fail it drops no author."""
    raw = "".join(pieces)
    if _POSTS_BY.match(SPACE.sub(" ", raw).strip()) is not None:
        assert _POSTS_BY_START.match(raw) is not None


def test_a_posts_by_link_with_spaces_and_lines_around_its_words_names_the_author() -> None:
    """A link whose text starts with spaces and a line break and spaces its words widely
    ("\\n  View   all posts by Ann Lee") names the author as its clean line does."""
    linked = "<p><a href='/a/ann-lee'>\n  View \n all   posts by Ann Lee</a></p>"
    assert extract_html(page("<h1>Story</h1>" + prose("s", 4) + linked)).authors == ("Ann Lee",)
