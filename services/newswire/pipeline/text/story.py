"""Finding the story in a text scrape: the densest stretch of prose (``span``), without menus
and footer."""

from __future__ import annotations

from newswire.pipeline.text.lines import (
    credit_only,
    is_label,
    is_paragraph,
    promo_title,
    story_line,
    syndicated,
    word_count,
)
from newswire.pipeline.text.patterns import CREDIT, NAV_OPENERS, REUTERS_CREDIT
from newswire.pipeline.text.route import caption_with_credit
from newswire.pipeline.text.span import LIST_AFTER_LABEL, list_item_shaped, story_span


def main_block(paragraphs: list[str], *, from_top: bool = False) -> list[str]:
    """Keep the story itself. A scraper's text also holds the page around it: menus,
    breadcrumbs, share bars, teaser lists and footers, mostly runs of short lines. The story is
    the densest stretch of prose: the run of lines with the largest sum of prose characters
    minus a toll per short line (a maximum-sum subarray, linear). Menu runs inside it go too.
    Under a first-line headline the story starts right there (``from_top``): only its end is
    sought, so a long list or a run of quotes early in the story cannot cut its opening."""
    # Free short lines only in one article's text: on a whole page, the teasers and calls to
    # action around the story are short sentences too (measured on rendered wcxb pages: F1
    # 0.897 -> 0.882 with them free there).
    span = story_span(
        paragraphs, from_top=from_top, lenient=from_top, teasers=not from_top, sections=not from_top
    )
    if span is None:
        return paragraphs
    if from_top:
        # The best prefix ends at its last paragraph; story lines right after it (a closing
        # list, a last one-line quote) cost nothing and belong to the one article there is.
        end, listing = span[1], 0
        while end + 1 < len(paragraphs):
            line = paragraphs[end + 1]
            listing = LIST_AFTER_LABEL if is_label(line) else max(0, listing - 1)
            after = paragraphs[end + 2] if end + 2 < len(paragraphs) else None
            if story_line(line) or (listing and list_item_shaped(line)):
                end += 1
            elif after is not None and (
                is_paragraph(after) or story_line(after) or (listing and list_item_shaped(after))
            ):
                # A short last paragraph under a caption or a subheading ("Usianya kini 36
                # tahun."): tolled, it could not pay for the line above it, yet both are
                # inside the one article's text. So is a one-word line opening a labelled
                # list's items, a verse's "Bismillahirrahmanirrahim" (a share bar's one-word
                # buttons have no longer item after them).
                end += 2
            else:
                break
        span = (span[0], end)
    kept: list[str] = []
    run: list[str] = []
    for line in paragraphs[span[0] : span[1] + 1]:
        if is_paragraph(line) or word_count(line) >= 12:
            kept.extend(unless_menu(run, article=from_top))
            run = []
            kept.append(line)
        else:
            run.append(line)
    kept.extend(unless_menu(run, article=from_top))
    return kept


def unless_menu(run: list[str], *, article: bool = False) -> list[str]:
    # Menus and link lists are runs of one-to-four-word entries; a list inside an article has
    # longer items, and one or two short lines are subheadings. A run holding a label line
    # ("Bahan:"), a list item, a table row or a sentence (quote, reply) is part of the story.
    # Under a first-line headline (``article``: one article, not a page) a menu is a run of
    # one-or-two-word entries: a run of short features or subheadings is the story's.
    words = sum(map(word_count, run)) / max(1, len(run))
    if (
        len(run) >= 3
        and words <= (2.5 if article else 4)
        and not any(story_line(line) for line in run)
    ):
        return []
    return run


def photo_credit_line(line: str) -> bool:
    """A photo credit alone on its line: "REUTERS/Willy Kurniawan", "Foto: Agung/detikcom"."""
    if credit_only(line):
        return True
    caption = caption_with_credit(line) if ":" in line else None
    return caption is not None and not caption[0]


def strip_footer(lines: list[str], *, story_shaped: bool = False) -> list[str]:
    """Drop the navigation block after the story: everything past the last real paragraph that is
    only short menu-like lines, or that starts at a navigation heading such as ``Tags``. Under a
    first-line headline (``story_shaped``) the text is one article, not a page: lines shaped like
    story lines (list items, table rows, one-line sentences, labels) stay until a navigation
    heading, for the story's end to decide."""
    # From the end: the footer is short, so this stops after a few lines on any input.
    last_paragraph = next((i for i in range(len(lines) - 1, -1, -1) if is_paragraph(lines[i])), -1)
    cut = len(lines)
    for index in range(last_paragraph + 1, len(lines)):
        line = lines[index]
        if line.lower().rstrip(":") in NAV_OPENERS:
            cut = index
            break
    tail = lines[last_paragraph + 1 : cut]
    # Credit lines after the story still carry metadata, and short menu entries are dropped.
    kept = []
    listing = 0  # items left of a list opened by a label line ("Syarat:", then its items)
    following = [""] * len(tail)  # the next non-empty line after each, built from the end
    for index in range(len(tail) - 2, -1, -1):
        following[index] = tail[index + 1] or following[index + 1]
    for index, line in enumerate(tail):
        listing = LIST_AFTER_LABEL if is_label(line) else max(0, listing - 1)
        if (
            CREDIT.match(line)
            or syndicated(line)
            or REUTERS_CREDIT.match(line)
            or promo_title(line)  # a promo after the story still names a related article
            or photo_credit_line(line)  # a photo credit under the last caption
            # The last caption, right above its credit: the image's caption (and the story's
            # line), not a menu entry; dropped, the image took the last paragraph as caption.
            or (index + 1 < len(tail) and photo_credit_line(tail[index + 1]))
            or (story_shaped and (story_line(line) or (listing and list_item_shaped(line))))
            # A labelled list's one-word first item, a verse's "Bismillahirrahmanirrahim"
            # (see main_block): a longer item follows it, as none follows a share button.
            or (story_shaped and listing and list_item_shaped(following[index]))
        ):
            kept.append(line)
    # Tags are dropped with the menu: they cannot be told apart from menu entries in a text scrape.
    return lines[: last_paragraph + 1] + kept
