"""Finding the headline of a text scrape on its first line: one article's text, the headline over a
blank line and the story (the headline just above a page's story: ``headline_near``)."""

from __future__ import annotations

from typing import Final

from newswire.pipeline.text.lines import (
    date_line_only,
    dated_headline,
    embed,
    headline_with_stop,
    inner_sentence,
    is_noise,
    is_paragraph,
    promo_title,
    short_sentence,
    word_count,
)
from newswire.pipeline.text.patterns import (
    BYLINE,
    CREDIT,
    MAX_TITLE_CHARS,
    NOT_HEADLINE,
    ROLE_BYLINE,
)


def title_index(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if not line:
            continue
        words = line.split()
        # The first line is the headline when it is short and does not read as a sentence of
        # body text; scrapes that start straight with the story have no title line.
        looks_like_sentence = line.endswith(".") and len(words) > 25
        if (
            len(line) <= MAX_TITLE_CHARS
            and len(words) >= 2
            and not looks_like_sentence
            and not date_line_only(line)  # a date line is the story's date, not its title
            # A skip link, a photo credit or a share prompt ("Skip to content", "Foto: …") opens
            # a page's text, never its title; over a blank line and a story it heads one
            # article's text whatever its words ("Tech conferences in Americas 2026 / 2027").
            # Blocks renderings of wcxb-dev: 9 pages (A 2, B 7) without a title rather than a
            # skip link, no title gained or lost, bodies unchanged (so ScrapingHub).
            and not (NOT_HEADLINE.search(line) and not opens_article(lines, index))
        ):
            return index
        return None
    return None


#: How many non-empty lines (date, byline, caption, ad; a verse, a list of features or a deck
#: opening the story) may stand between a first-line headline and the story's first paragraph.
#: The blank line under the headline already tells one article's text from a page's blocks:
#: 15 rather than 5 lines gives the title on 5 more of wcxb-dev's 791 clean renderings.
LEAD_LINES: Final = 15


def first_line(lines: list[str]) -> int | None:
    """Index of the text's first line that holds more than page furniture (None: none does).
    An ad label or a close button above the headline ("ADVERTISEMENT", "x": ``is_noise``) is
    the page's, printed first by a scraper that took the ad slot over the article: under it
    the headline still heads one article's text."""
    return next((i for i, line in enumerate(lines) if line and not is_noise(line)), None)


def headline_first(lines: list[str]) -> int | None:
    """The most common shape of a scraper's text of one article: the headline on the first line,
    then (after a date, byline or caption line or two) the story. The first non-empty line is
    the headline when it is shaped like one and a paragraph follows within a few lines; a
    paragraph itself (a scrape that starts with its story) or a menu entry is not."""
    first = first_line(lines)
    if first is None:
        return None
    line = lines[first]
    words = len(line.split())
    below = next((lines[i] for i in range(first + 1, len(lines)) if lines[i]), None)
    # One word is a headline too ("Coffee", a section's "Technology"): the blank line and the
    # story under it make it one, whatever its words (menu words are caught as noise below).
    shaped = (
        len(line) >= 2
        and len(line) <= MAX_TITLE_CHARS
        and words <= 30
        # A sentence ending in a full stop opens a story, unless it is shaped as a headline;
        # a question or a quote may be a headline.
        and not (line.endswith(".") and is_paragraph(line) and not headline_with_stop(line, below))
        and not NOT_HEADLINE.search(line)
        # Under a first line with a blank line and the story below, a title-case name beside
        # the date is the headline of a dated issue (see dated_headline).
        and not (date_line_only(line) and not dated_headline(line))
        and not BYLINE.match(line)
        and not CREDIT.match(line)
        and not ROLE_BYLINE.match(line)
        and promo_title(line) is None
        and not is_noise(line)
        and not embed(line)
    )
    return first if shaped and opens_article(lines, first) else None


def opens_article(lines: list[str], first: int) -> bool:
    """Whether the line at ``first`` (the text's first non-empty line) stands over one article:
    a blank line under it, then the story. A scraper that sends one article separates its title
    from the body; a page's "get text" (one line per block) has none, and its first line is a
    menu or a skip link."""
    gap = first + 1
    # The date or byline line a scraper prints right under the headline ("Kamis, 24 Okt 2020
    # 10:00 WIB", "By Jane Doe"), the blank line under it.
    while gap < len(lines) and gap - first <= META_LINES and lines[gap] and meta_line(lines[gap]):
        gap += 1
    if gap >= len(lines) or (
        lines[gap] and not glued_lede(lines, gap) and not glued_subheading(lines, first, gap)
    ):
        return False
    following = [i for i in range(first + 1, len(lines)) if lines[i]][:LEAD_LINES]
    if any(story_paragraph(lines[i]) for i in following):
        return True
    # A text of one article made only of short lines (a calendar, a schedule, a list of
    # results: no paragraph anywhere) has its headline on the first line too; read as a page,
    # it had no story and lost every line.
    return not any(map(story_paragraph, lines[first + 1 :]))


#: Date and byline lines a scraper may print between the headline and the blank line under it.
META_LINES: Final = 2


def glued_lede(lines: list[str], index: int) -> bool:
    """Whether the line at ``index``, right under a first-line headline with no blank line
    between, is the story's first paragraph in a text of blank-line paragraphs: a story
    paragraph, or a sentence of three words or more ("Jakarta - Kami bertengkar. Hormat kepada
    Thomas."), with a blank line under it. Some scrapers join the headline to the body with one
    line break ("Judul\\nJakarta - Paragraf pertama.\\n\\nParagraf kedua."); read as a page,
    the headline was sought near the densest prose and a short headline or a short lede was
    lost (the synthetic Indonesian scrapes, glued: 1 title and 3 ledes of 1,000). A page's
    "get text" has no blank line after its blocks, so it stays a page."""
    below = index + 1
    line = lines[index]
    return (
        (story_paragraph(line) or short_sentence(line)) and below < len(lines) and not lines[below]
    )


#: The fewest words of a first line and the short line glued under it, together, that make a
#: headline and its subheading rather than two menu entries ("About Us" / "Contact").
GLUED_PAIR_MIN_WORDS: Final = 5


def glued_subheading(lines: list[str], first: int, index: int) -> bool:
    """Whether the line at ``index``, right under a first-line headline with no blank line
    between, is a short line of the story's own (a subheading, a date, a reading time: "The
    Real Cost of Digital Marketing Services in 2025", "November 2015", "Reading Time: 8
    minutes") with a blank line under it: a scraper that joined the headline to the body with
    one line break, over a story that opens with such a line. Read as a page, the text lost its
    headline (half A's clean stories glued under their titles: 17 of 412 titles lost, most of
    them this shape). Two menu entries over a blank line are no headline: the pair has five
    words or more, and neither line is page furniture."""
    line = lines[index]
    below = index + 1
    return (
        below < len(lines)
        and not lines[below]
        and not is_paragraph(line)
        and len(line) <= MAX_TITLE_CHARS
        and word_count(lines[first]) + word_count(line) >= GLUED_PAIR_MIN_WORDS
        and not is_noise(line)
        and promo_title(line) is None
    )


def meta_line(line: str) -> bool:
    """A date line or a byline, as a scraper prints them right under a headline."""
    return date_line_only(line) or bool(BYLINE.match(line))


#: The fewest words of a paragraph that ends without a stop under a first-line headline.
UNSTOPPED_MIN_WORDS: Final = 30


def story_paragraph(line: str) -> bool:
    """A paragraph of a story under a first-line headline: a sentence-ended paragraph, or a long
    one that holds whole sentences and ends without a stop, on a link ("… find the project
    here: https://github.com/…") or cut off by the scraper ("… Step #2: What exercises"). With
    the paragraph alone under the headline, the text was read as a page whose footer starts
    after its last sentence-ended paragraph, and lost all of it (3 wcxb-dev articles, halves A
    and B). A menu entry or a teaser's headline is never thirty words long and two sentences."""
    return is_paragraph(line) or (word_count(line) >= UNSTOPPED_MIN_WORDS and inner_sentence(line))
