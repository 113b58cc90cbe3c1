"""Readers' comments known by their reply controls where the page's names say nothing."""

from __future__ import annotations

import re
import sys

import pytest

from newswire.pipeline.html.comment_threads import _REPLY_CONTROL, is_reply_control
from tests.pipeline.html.pages import page, prose, text_of


def _comment(name: str, words: str) -> str:
    return (
        f'<li class="q5"><div class="q6"><b>{name}</b> <span>May 2, 2024 at 9:14 am</span>'
        f'</div><p>{words}</p><div class="q7"><a href="?replytocom=7#respond">Reply</a></div></li>'
    )


_COMMENTS = (
    _comment("Amy", "Great post, thanks for sharing these tips with all of us here.")
    + _comment("Ben", "I tried the second one last weekend and it worked out really well.")
    + _comment("Cleo", "Would this work with an older model too, or only with the new one?")
    + _comment("Dan", "Thanks, this saved me an afternoon of searching the forums for it.")
)


def test_a_thread_of_comments_each_with_a_reply_link_after_the_story_is_dropped() -> None:
    """Comments under a story whose class names are hashes, each ending in a "Reply" link,
    are dropped; the story before them stays."""
    html = page(
        '<div class="q1"><div class="q2"><h1>The new bus lines</h1>'
        + prose("story", 4)
        + f'</div><div class="q3"><h3>3 thoughts</h3><ol class="q4">{_COMMENTS}</ol></div>'
        '<a href="#respond">Reply</a></div>'
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Great post" not in text
    assert "older model" not in text


def test_a_thread_with_no_story_before_it_is_kept() -> None:
    """Posts with reply links that are the whole page (a forum thread without a discussion
    type in its markup) are the page's text, kept."""
    html = page(f'<div class="q1"><h1>Which model?</h1><ol class="q4">{_COMMENTS}</ol></div>')
    text = text_of(html)
    assert "Great post" in text
    assert "older model" in text


def test_a_thread_under_a_heading_that_counts_its_comments_is_dropped() -> None:
    """Comments without reply links under a heading that counts them ("3 Comments on ...")
    after a story are dropped; the story stays."""
    comments = "".join(
        f'<div class="q5"><b>{name}</b><p>{words}</p></div>'
        for name, words in (
            ("Amy", "Great post, thanks for sharing these tips with all of us here."),
            ("Ben", "I tried the second one last weekend and it worked out really well."),
            ("Cleo", "Would this work with an older model too, or only with the new one?"),
        )
    )
    html = page(
        '<div class="q1"><h1>The new bus lines</h1>'
        + prose("story", 4)
        + f'<div class="q3"><h2>3 Comments on “The new bus lines”</h2>{comments}</div></div>'
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Great post" not in text
    assert "older model" not in text


def _signed(name: str, words: str) -> str:
    return (
        f'<div class="q5"><p>{words}</p><p>{words} And one more thing I meant to say.</p>'
        f'<span class="q6">Posted by: <a href="#">{name}</a> at December 18, 2025 05:48 PM'
        "</span></div>"
    )


# Comments long enough that the story's region widens over them without the rule.
_SIGNED = (
    _signed("Amy", "Great post, thanks for sharing these tips, I learned a lot about the bridge.")
    + _signed("Ben", "I tried the second one last weekend, though the bus lines were late again.")
    + _signed(
        "Cleo", "Would this work with an older model too, or only with the new one of spring?"
    )
)


def test_signed_comments_under_a_plain_comments_line_are_dropped() -> None:
    """Comments without reply links or a count, each signed "Posted by: <name> at <date>",
    under a plain "Comments" line after a story signed the same way, are dropped with their
    line; the story stays."""
    html = page(
        '<div class="q1"><div class="q2"><h1>The new bus lines</h1>'
        + prose("story", 4)
        + '<span class="q8">Posted by David at December 16, 2025 11:15 AM</span></div>'
        + f'<div class="q3">Comments</div>{_SIGNED}</div>'
    )
    text = text_of(html)
    assert "story 3" in text
    assert "Great post" not in text
    assert "older model" not in text
    assert "Comments" not in text


def test_signed_blocks_without_a_story_before_them_are_kept() -> None:
    """The same signed blocks under a "Comments" line with no story before it (the page's
    own posts) stay."""
    html = page(
        f'<div class="q1"><h1>Which model?</h1><div class="q3">Comments</div>{_SIGNED}</div>'
    )
    text = text_of(html)
    assert "Great post" in text
    assert "older model" in text


def test_only_the_four_ascii_letters_fold_to_a_reply_controls_lead() -> None:
    """No character of Unicode matches "r", "e", "p" or "l" case-insensitively in the engine
    but one whose lower() is that letter: the four-character prefix test refuses no line the
    pattern would take."""
    lead = re.compile("[repl]", re.IGNORECASE)
    folds = [chr(code) for code in range(sys.maxunicode + 1) if lead.fullmatch(chr(code))]
    assert sorted(folds) == sorted("replREPL")


@pytest.mark.parametrize(
    "line",
    [
        "Reply",
        "REPLY DELETE",
        "replies",
        "Reply to Jane",
        "Reply to This Share",
        "Repl",
        "Ŕeply",
        "reply to",
        "Reply\n",
        "ſhare",
        "",
        "Replying",
    ],
)
def test_the_reply_control_test_agrees_with_its_pattern(line: str) -> None:
    """The prefix test before the pattern changes no answer."""
    assert is_reply_control(line) == (_REPLY_CONTROL.fullmatch(line) is not None)
