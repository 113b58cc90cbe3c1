"""Telling a run of short lines in a text scrape's story from a menu: a menu, share bar or link
list is dropped, the story's lists, tables, labels, code and drawings stay (``unless_menu``)."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.text.lines import (
    is_label,
    is_paragraph,
    long_enough,
    story_line,
    word_count,
)
from newswire.pipeline.text.patterns import LIST_ITEM, STOP
from newswire.pipeline.text.span import (
    list_item_shaped,
    teaser_heading,
)


def unless_menu(
    run: list[str], *, article: bool = False, above: str = "", below: str = ""
) -> list[str]:
    # A teaser block set inside a page's story ("You May Also Like" and its headlines, see
    # span.inline_teasers) is the page's, whatever the length of its headlines. In one
    # article's text such a heading is the story's own ("UP NEXT" over an AP game story's
    # schedule lines).
    if not article and run and teaser_heading(run[0]):
        return []
    # Menus and link lists are runs of one-to-four-word entries; a list inside an article has
    # longer items, and one or two short lines are subheadings. A run holding a label line
    # ("Bahan:"), a list item, a table row or a sentence (quote, reply) is part of the story.
    # Under a first-line headline (``article``: one article, not a page) a menu is a run of
    # one-or-two-word entries: a run of short features or subheadings is the story's, and so
    # is a list the story announces or leads into (``listed``).
    words = sum(map(entry_words, run)) / max(1, len(run))
    if (
        len(run) >= 3
        and words <= (2.5 if article else 4)
        and not any(_story_shaped(run, index, article=article) for index in range(len(run)))
        and not (article and listed(run, above, below))
        # On a page, a run between two paragraphs of the story that it announces.
        and not (not article and above and below and announced(run, above))
    ):
        return []
    return run


#: Characters of the scripts written without spaces between words (kana, CJK ideographs).
_UNSPACED: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: About how many of those characters make a word (Japanese and Chinese words run one to three).
UNSPACED_CHARS_PER_WORD: Final = 2


def entry_words(line: str) -> int:
    """The words of a short line as a menu entry is measured: its spaced words, or for a line in
    a script written without spaces (Japanese, Chinese) its characters by twos. Counted by its
    spaces, each of a Japanese how-to's one-line steps ("開かれたフォルダの中にあるkindleの
    ショートカットアイコンを右クリック。") was one word, and the run of them a menu: 2 of
    ScrapingHub's 118 articles lost 4 and 10 of their lines that way."""
    spaced = word_count(line)
    if line.isascii():
        return spaced
    return max(spaced, len(_UNSPACED.findall(line)) // UNSPACED_CHARS_PER_WORD)


#: A sentence announcing a list in its own words, with a full stop rather than a colon: "you
#: may be entitled to compensation for the following damages.", "… syaratnya sebagai berikut."
ANNOUNCES: Final = re.compile(r"\b(?:the following|as follows|berikut)\b", re.IGNORECASE)
#: The least share of data lines (see data_line) in a run of one article's text that is no menu.
DATA_SHARE_MIN: Final = 1 / 3
#: The same without the labels (a label's closing colon is no data: "Share this:" and "Like
#: this:" head a share bar of one-word buttons).
DATA_SHARE_UNLABELLED_MIN: Final = 1 / 4


def listed(run: list[str], above: str, below: str) -> bool:
    """Whether a run of short lines in one article's text is the story's list rather than a
    menu or share bar (session 12: 10 of half A's 26 clean-rendered wcxb-dev articles under 98%
    lost such runs):

    * the story announces it: the prose line right above ends with a colon ("Use tools like:",
      "So first of all, a designer is:", "Untuk membuatnya, siapkan:"), or its last sentence
      says so ("… for the following damages.", "… sebagai berikut.": ANNOUNCES) — a share bar
      or a menu follows a paragraph that ends a sentence of its own;
    * it leads into a bulleted or numbered list (the line right below is a list item): the
      labels over a recipe's ingredients ("Prep" / "10 mins" / … / "Ingredients" / "- 4 cups");
    * a third of its lines or more are data (a figure or a mark: a product card's "$99.99", a
      spec table's "56g", a recipe's times, a table's column, a code block), or a quarter
      without counting labels ("Share this:"): a menu's entries, share buttons and tags are
      plain words, and a pager's bare numbers are no data (half A 0.937 -> 0.944 with a third
      rather than half; session 13, a quarter of lines other than labels: a product card's
      labels and pros and cons between its figures, "Connectivity" / "Wired" / "DPI" / "Up to
      8,500" / … / "Solid build quality", kept: articles >= 98% A +1, B +2);
    * most of its lines open in lower case and prose follows it: a list written as a
      sentence's parts ("Arrowhead bottled water" / "baby carrier" / "healthy snack bars" /
      "camera"), code terms between a documentation's sentences; a menu's entries and share
      buttons are capitalised, and tags in lower case close the text, with no prose below;
    * a sentence of eight words or more in it announces what follows with a colon ("These
      insurers may offer personal rideshare and delivery insurance coverage options:" /
      "AAA" / "Esurance" / …): too short to weigh as prose, it opened the run of names it
      announces, and a share bar's or a menu's label is a word or two ("Share this:", "Follow
      us:"). Clean renderings of wcxb-dev: one page of half A gains 13 lines, none lose;
    * it stands inside the story, between prose above and a long line below that ends no
      sentence: a sentence the page's inline markup broke into lines ("… may take one of three
      values:" / "cors" / "," / "same-origin" / ", meaning that …"), the labels of a spec's row
      of measures ("Specifications" / "Driver Material" / "Polymer" / … / "4.9\" x 3.1\" x .9\"
      / 12.4 x 7.8 x 2.2 cm"), a list over the next one's announcement ("Treats" / "Clicker" /
      … / "… every puppy should learn including:"). A menu or share bar inside one article's
      text leads into a paragraph, and one above a deck (no stop) stands at the text's top,
      under no prose. Measured on the clean renderings of wcxb-dev (all page types, lines kept
      only): 13 pages of half A gain (one article kept >= 98% again), 8 of half B, none lose;
    * a list's entry with a note in brackets stands right above or below it (noted_item).
    """
    return (
        announced(run, above)
        or bool(below and LIST_ITEM.match(below))
        or bool(above and below and not is_paragraph(below))
        or sum(map(data_line, run)) >= DATA_SHARE_MIN * len(run)
        or bool(below and sum(line[:1].islower() for line in run) * 2 > len(run))
        or sum(data_line(line) for line in run if not line.endswith(":"))
        >= DATA_SHARE_UNLABELLED_MIN * len(run)
        or noted_item(above)
        or noted_item(below)
    )


def announced(run: list[str], above: str) -> bool:
    """Whether the story announces the run of short lines as its list: the prose line above
    ends with a colon or says so in its last sentence (``ANNOUNCES``), or a sentence in the
    run does with a colon (see ``listed``). On a page, too, such a run between two
    paragraphs of the story is the story's list (a listicle's entries, a guide's checklist:
    "Key topics discussed in the guide include:" / "Reporting losses" / …), and was dropped
    as a menu run; a menu or share bar follows a paragraph that ends a sentence of its own.
    Blocks renderings of wcxb-dev (text mode's body word-F1): articles A +0.0005 (26 pages
    up, 2 down), B +0.0004 (28 up, 1 down); documentation A +0.0016, B +0.0045; every other
    page type within 0.0002. The rest of ``listed``'s evidence (data lines, lower case, a
    long line below) kept a marketplace's ad cards on a page: article A +0.0010 but 32 pages
    down, forum and product down."""
    return (
        above.rstrip().endswith(":")
        or bool(ANNOUNCES.search(above[above.rfind(". ", 0, len(above) - 2) + 1 :]))
        or any(line.endswith(":") and long_enough(line) for line in run[:-1])
    )


#: The most words of the item a noted item names before its note (see noted_item).
NOTED_ITEM_MAX_WORDS: Final = 5


def noted_item(line: str) -> bool:
    """An item of a list with its note in brackets ("Kula cloth (a pee cloth for women from a
    woman-owned small business)", "Trekking Poles (such as Black Diamond Trail Back)"): a name of
    a few words, then a bracketed note that closes the line. Long enough to stand as a paragraph,
    it bounds a run of the same list's bare items ("Toothbrush" / "Sunscreen"), which read alone
    were a menu; a share bar or a menu inside one article's text stands between paragraphs
    that end a sentence, not between a gear list's entries. Clean renderings of wcxb-dev
    articles: half B keeps >= 98% of its lines on one more article (0.958 -> 0.961), a second
    one 0.980 -> 1.000; half A and ScrapingHub unchanged."""
    if not line.endswith(")") or "(" not in line:
        return False
    name = line[: line.index("(")]
    return 0 < word_count(name) <= NOTED_ITEM_MAX_WORDS and not STOP.search(name.rstrip())


#: What sets a line of data or code apart from a menu entry's plain words.
_DATA_MARKS: Final = frozenset(',;:(){}[]=<>"/%$+*')


def data_line(line: str) -> bool:
    """A short line of data or code: a figure or a mark among its words ("1/1/2013 +13.1%",
    "10 mins", "Syracuse, NY", "let len = s.len();", "\"@type\": \"Product\","). In one
    article's text, a run of them is a table's column, a recipe's times or a code block, which
    scrapers flatten one cell or statement per line; a menu's entries, share buttons and tags
    are plain words, and a pager's bare page numbers ("1", "2", "3") or hashtags are no data."""
    if line.isdigit() or (line.startswith("#") and line[1:2].isalpha()):
        return False
    return any(ch.isdigit() or ch in _DATA_MARKS for ch in line) or drawn(line)


def drawn(line: str) -> bool:
    """A line of a drawing in characters: no space, a letter or figure, and at least as many
    marks as letters and figures (".......#XXX#..", "#X#X": a grid, a diagram, ASCII art in a
    programming post). A menu entry is words; a separator line ("|", "•") holds no letter.
    Half A: a puzzle write-up lost its two grids, read as a menu run of one-word entries."""
    if " " in line:
        return False
    alnum = sum(ch.isalnum() for ch in line)
    return 0 < alnum * 2 <= len(line)


#: A list's number alone on its line: "1.", "2)".
ORDINAL: Final = re.compile(r"^\d{1,3}[.)]$")


def _story_shaped(run: list[str], index: int, *, article: bool) -> bool:
    """Whether the run's line at ``index`` makes it the story's (see ``story_line``). In one
    article's text a label does only with its list under it (an item of two words or more, or a
    quantity, within its next two lines: "Bahan:" / "200 g tepung terigu"): a share bar's
    "Like this:" closes a run of one-word buttons that once ended the story there, and now
    stands inside it (main_block keeps one article's text to its footer)."""
    line = run[index]
    if article and ORDINAL.match(line):
        # A list's number standing alone over its item ("1." / "Squarespace"): a numbered
        # heading or entry split by the page's markup, which no menu or share bar holds (a
        # pager's numbers have no stop). Half A: a listicle of website builders lost a run
        # under each of its numbers.
        return True
    if not (article and is_label(line)):
        return story_line(line)
    return any(list_item_shaped(item) for item in run[index + 1 : index + 3])
