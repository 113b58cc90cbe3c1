"""A Q&A page's comments under its question and answers, found by their microdata."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newswire.pipeline.html.qa_comments import qa_comment
from tests.pipeline.html.pages import page, prose, text_of

_COMMENT = (
    '<ul class="q11"><li itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
    "Did you try restoring from the last backup? - jldugger, May 2, 2009</li></ul>"
)


def _comment_under(item_type: str) -> bool:
    html = f'<div itemscope itemtype="https://schema.org/{item_type}"><div>{_COMMENT}</div></div>'
    node = LexborHTMLParser(html).css_first('[itemprop="comment"]')
    assert node is not None
    return qa_comment(node, "comment")


def test_a_comment_under_a_question_or_an_answer_is_a_qa_comment() -> None:
    """A schema.org Comment whose nearest enclosing item is a Question or an Answer is one."""
    assert _comment_under("Answer")
    assert _comment_under("Question")


def test_the_posters_card_in_an_answer_is_a_post_part_too() -> None:
    """The poster's card (itemprop="author") in an Answer item is left out like a comment; a
    story's author property in an Article item is not."""
    html = (
        '<div itemscope itemtype="https://schema.org/{}"><div><div itemprop="author" itemscope '
        'itemtype="http://schema.org/Person"><a>Kevin Dente</a> 2,255 1 gold badge</div></div>'
    )
    for item_type, expected in (("Answer", True), ("Article", False)):
        node = LexborHTMLParser(html.format(item_type)).css_first('[itemprop="author"]')
        assert node is not None
        assert qa_comment(node, "author") is expected


def test_a_forum_reply_marked_as_a_comment_is_not() -> None:
    """A forum's reply marked as a comment of its DiscussionForumPosting is the thread's post."""
    assert not _comment_under("DiscussionForumPosting")


def test_other_properties_and_comments_outside_any_item_are_not() -> None:
    """Another property, or a comment in no enclosing item, is not a Q&A page's comment."""
    node = LexborHTMLParser(f"<div>{_COMMENT}</div>").css_first('[itemprop="comment"]')
    assert node is not None
    assert not qa_comment(node, "comment")
    assert not qa_comment(node, "text")


def test_a_qa_pages_comments_are_left_out_whatever_their_class_names() -> None:
    """On a Q&A page whose class names say nothing (hashed), the answers' text is kept and the
    comments under them are left out; a forum's replies marked alike are kept."""
    comment = (
        '<li itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f"{prose('comment', 2)}</li>"
    )
    answer = (
        '<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">'
        f'<div itemprop="text" class="q22">{prose("answer", 3)}</div>'
        f'<div class="q33"><ul class="q11">{comment}</ul></div></div>'
    )
    text = text_of(page(f'<div class="q44">{answer}</div>'))
    assert "answer 2" in text
    assert "comment 1" not in text
    thread = answer.replace("schema.org/Answer", "schema.org/DiscussionForumPosting")
    assert "comment 1" in text_of(page(f'<div class="q44">{thread}</div>'))
