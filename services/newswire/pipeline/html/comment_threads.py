"""Readers' comments under a story, known by their reply controls, a heading that counts them
or their signatures rather than by their names."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.html.story_pages import prose_text
from newswire.pipeline.html.walk import HEADINGS, Block, Tree

# Each reader's comment under a story ends in its reply control: WordPress's "Reply" link,
# Blogger's "Reply Delete", wpDiscuz's "Reply to Jane", Slashdot's "Reply to This Share". The
# walk drops the thread by its names ("comment-list", "comments"); a site whose names are
# build hashes leaves only its words, and these lines, one per comment, are what shows it: the
# thread is the nearest container of all of them. A forum's posts have the same controls, but
# there the thread is the page (see ``without_comment_thread``).
# As is, no dev page changed (the names drop these threads already); class and id hashed:
# half A articles 0.95358 -> 0.95816 (5 articles better by 0.08 to 0.88, a forum +0.05; a
# forum thread whose opening post is prose outside its replies -0.48), half B articles
# 0.94926 -> 0.95257 (4 articles better by 0.07 to 0.75, 4 forums by 0.02 to 0.09, none
# worse); ScrapingHub unchanged.
_REPLY_CONTROL: Final = re.compile(
    r"(?:reply(?: delete)?|replies|reply to (?:comment|this(?: parent)?(?: share)?|.{1,40}))",
    re.IGNORECASE,
)
_MIN_REPLIES: Final = 3
_THREAD_SHARE: Final = 0.8
# The story the comments follow: prose lines before the thread, outside it.
_STORY_PROSE_LINES: Final = 3
_HEADING_CHARS: Final = 40


# A thread without reply controls opens under a heading that counts it: "59 Comments on
# “<the story's title>”", "124 Reader Comments", "12 Responses to ...", "8 thoughts on ...".
# The number says it is the thread's own heading (a "Comments" heading alone may head a
# story's section about them). As is, no dev page changed; hashed: half B articles 0.95257 ->
# 0.95575 (3 pages better by 0.28 to 0.62; two Q&A threads +0.025 / -0.002), ScrapingHub
# 0.96411 -> 0.96419 (1 better), half A unchanged.
_THREAD_HEADING: Final = re.compile(
    r"\d[\d,]*\s+(?:reader\s+)?(?:comments?|responses?|thoughts|replies)(?:\s+(?:on|to)\b.*)?",
    re.IGNORECASE,
)


def without_comment_thread(blocks: list[Block], walked: Tree) -> list[Block]:
    """``blocks`` without the container of three or more reply controls, or of a heading that
    counts comments, when a story of prose comes before it outside it (a forum thread, whose
    posts are the page, has no story outside its posts) and the page does not say it is a
    discussion (``walked.discussion``); failing both, without a thread of signed comments
    (``_without_signed_comments``)."""
    if walked.discussion:
        return blocks
    thread = _replied_thread(blocks)
    if thread is None:
        thread = _headed_thread(blocks)
    if thread is None:
        return _without_signed_comments(blocks)
    first = next(index for index, block in enumerate(blocks) if thread in block.path)
    if sum(1 for block in blocks[:first] if prose_text(block)) < _STORY_PROSE_LINES:
        return blocks
    return [block for block in blocks if thread not in block.path]


def is_reply_control(text: str) -> bool:
    """Whether a stripped line is a comment's reply control. Every match begins with "repl",
    and no character but these four ASCII letters and their capitals folds to them in the
    engine (checked over all of Unicode in a test), so a line led otherwise is refused by a
    lower() of four characters before the pattern (asked of every line of a page, ~116)."""
    return text[:4].lower() == "repl" and _REPLY_CONTROL.fullmatch(text) is not None


def _replied_thread(blocks: list[Block]) -> int | None:
    replies = [block for block in blocks if is_reply_control(block.text.strip())]
    if len(replies) < _MIN_REPLIES:
        return None
    # The thread: the deepest container of nearly all of them (a "Reply" link elsewhere on
    # the page, the comment form's, is no comment's).
    held: dict[int, int] = {}
    for block in replies:
        for node in block.path:
            held[node] = held.get(node, 0) + 1
    enough = _THREAD_SHARE * len(replies)
    depth = {node: index for block in replies for index, node in enumerate(block.path)}
    around = [node for node, count in held.items() if count >= enough]
    return max(around, key=depth.__getitem__) if around else None


def _headed_thread(blocks: list[Block]) -> int | None:
    """The nearest container of a heading that counts comments that holds more than it."""
    for block in blocks:
        if block.tag in HEADINGS and _THREAD_HEADING.fullmatch(block.text.strip()):
            for node in block.path[-2::-1]:
                if sum(1 for other in blocks if node in other.path) > 1:
                    return node
    return None


# A blog's comments without reply controls or a counting heading: a plain "Comments" line over
# repeated blocks, each signed by a line of its own, "Posted by: John at December 18, 2025
# 05:48 PM" (Movable Type, old Blogger, hand-made templates). A site whose names are build
# hashes leaves only those words. The heading alone may head a story's own section and a
# "by <name> on <date>" line alone a teaser; a heading followed by two or more signatures
# within a few blocks of one another is a thread. It runs from the heading to the last
# signature and on through the rest of the last comment's element (a comment signed at its
# top); only after three prose lines of story, so a "Comments" count under the headline is
# never taken for it. As is, no dev page changed (the names drop these threads already);
# class and id hashed: half A articles 0.966636 -> 0.966965 (a Movable Type blog's thread,
# 0.86 -> 0.99), half B and ScrapingHub unchanged.
_COMMENTS_LINE: Final = re.compile(
    r"(?:(?:reader|user|visitor)s?'?\s+)?(?:comments?|responses?|replies)(?:\s*\(\d[\d,]*\))?\W*",
    re.IGNORECASE,
)
_SIGNATURE: Final = re.compile(
    r"(?:posted|submitted|written|left) by:?\s+\S.{0,50}?\s(?:at|on|@|\||[-\u2013\u2014,])\s"
    r".{0,40}?\d.{0,40}",
    re.IGNORECASE,
)
_SIGNATURE_CHARS: Final = 120
_MIN_SIGNATURES: Final = 2
# How many blocks may part the heading from the first signature, or two signatures: a
# comment's paragraphs, not a story's sections.
_COMMENT_BLOCKS: Final = 40


def _is_signature(block: Block) -> bool:
    text = block.text.strip()
    return len(text) <= _SIGNATURE_CHARS and _SIGNATURE.fullmatch(text) is not None


def _without_signed_comments(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a thread of signed comments under a plain comments line (above)."""
    for start, block in enumerate(blocks):
        if len(block.text) > _HEADING_CHARS or not _COMMENTS_LINE.fullmatch(block.text.strip()):
            continue
        signed = _signatures_after(blocks, start)
        if len(signed) < _MIN_SIGNATURES:
            continue
        if sum(1 for before in blocks[:start] if prose_text(before)) < _STORY_PROSE_LINES:
            return blocks
        end = _comment_end(blocks, signed[-2], signed[-1])
        return blocks[:start] + blocks[end + 1 :]
    return blocks


def _signatures_after(blocks: list[Block], start: int) -> list[int]:
    """The indexes of the signature lines after ``start``, each at most _COMMENT_BLOCKS after
    the one before it (or the heading)."""
    signed: list[int] = []
    last = start
    for index in range(start + 1, len(blocks)):
        if index - last > _COMMENT_BLOCKS:
            break
        if _is_signature(blocks[index]):
            signed.append(index)
            last = index
    return signed


def _comment_end(blocks: list[Block], previous: int, last: int) -> int:
    """The index of the last block of the comment signed at ``last``: the blocks after it in
    its element that does not hold the ``previous`` signature."""
    shared = 0
    for mine, theirs in zip(blocks[last].path, blocks[previous].path, strict=False):
        if mine != theirs:
            break
        shared += 1
    if shared >= len(blocks[last].path):
        return last
    element = blocks[last].path[shared]
    end = last
    while end + 1 < len(blocks) and element in blocks[end + 1].path:
        end += 1
    return end
