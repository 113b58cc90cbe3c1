"""Hypothesis strategies shared by the tests of class-name queries."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def named_divs(words: Sequence[str]) -> st.SearchStrategy[str]:
    """A ``<div>`` with an id and one to three class words drawn from ``words``, sometimes with a
    ``<span>`` inside named for its last word: elements a class query may match at two depths."""
    return st.builds(
        lambda index, names, nested: (
            f'<div id="b{index}" class="{" ".join(names)}">'
            + (f'<span id="c{index}" class="{names[-1]}">x</span>' if nested else "")
            + "</div>"
        ),
        st.integers(0, 99),
        st.lists(st.sampled_from(list(words)), min_size=1, max_size=3),
        st.booleans(),
    )
