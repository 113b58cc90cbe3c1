"""The story's text as the page states it in its JSON-LD (``articleBody``), as a check on the
extracted body: lines of the body whose words the stated text lacks are not the story's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_WORD: Final = re.compile(r"\w+")
# A line is the stated story's when this share of its words are words of the stated text: a
# line written differently in the markup (a link's text, a typographic quote, a figure's
# number) still is, a promo box, an author bio or a product card's "Pros" / specs list is not.
_COVERED_WORDS: Final = 0.8
# The stated text is the whole story only when it covers this share of the body's words; a
# stated text cut short (the first paragraphs, a teaser for search engines, a summary) covers
# far less, and would cut the story down to its opening.
_COVERED_BODY: Final = 0.8


# A page that states its story's text in its JSON-LD (a publisher's CMS fills in
# ``articleBody``) says which lines are the story: the rest of the chosen region (an author
# bio, a newsletter box, product cards between the paragraphs) is not. Half A articles
# 0.96716 -> 0.96731 (4 pages better, 2 worse: a FAQ the stated text leaves out), half B
# 0.95794 -> 0.95826 (6 better, 3 worse by <= 0.004), ScrapingHub unchanged (0.9865: its
# stated texts are cut short, and the rule leaves those alone). The page's stated FAQ
# (questions and answers in its JSON-LD) is its text too, though no articleBody holds it:
# half A articles 0.96799 -> 0.96804 (a FAQ after the story kept, 1 page +0.02, 1 -0.001),
# half B and ScrapingHub unchanged.
def within_stated_story(paragraphs: list[str], roots: Iterable[object]) -> list[str]:
    """``paragraphs`` without the lines the story text stated in the page's JSON-LD blocks
    (``roots``) leaves out, when there is one that covers them (``within_stated_body``)."""
    stated, answers = stated_story(roots)
    if stated is None:
        return paragraphs
    return within_stated_body(paragraphs, stated, answers)


def within_stated_body(paragraphs: list[str], stated: object, answers: str = "") -> list[str]:
    """``paragraphs`` without the lines the page's stated story text (``stated``, the
    JSON-LD ``articleBody``) leaves out, when that text covers the body as a whole; as they
    are otherwise. Lines without words (a separator) are kept, and so are the lines of the
    page's stated questions and ``answers`` (its FAQ, which an articleBody may leave out)."""
    if not isinstance(stated, str) or not paragraphs:
        return paragraphs
    vocabulary = set(_WORD.findall(stated.lower()))
    if not vocabulary:
        return paragraphs
    wider = vocabulary | set(_WORD.findall(answers.lower()))
    kept: list[str] = []
    covered_words = total_words = 0
    for paragraph in paragraphs:
        words = _WORD.findall(paragraph.lower())
        total_words += len(words)
        if _covered(words, vocabulary):
            covered_words += len(words)
            kept.append(paragraph)
        elif answers and _covered(words, wider):
            kept.append(paragraph)
    # Whether the stated text is the whole story is judged on it alone: the FAQ's words
    # would let a stated teaser pass for the story on a page of questions.
    if covered_words < _COVERED_BODY * total_words:
        return paragraphs
    return kept


def _covered(words: list[str], vocabulary: set[str]) -> bool:
    return sum(1 for word in words if word in vocabulary) >= _COVERED_WORDS * len(words)


def stated_story(roots: Iterable[object]) -> tuple[str | None, str]:
    """What the page's JSON-LD blocks state of its text, in one walk of them at any depth:
    the longest ``articleBody`` string (the story item the metadata reads may be another than
    the one that carries the text: a page with a NewsArticle for its header and another, with
    the body, in its ``@graph``), and the text of its questions and their answers (a
    ``FAQPage``'s), joined, empty when it has none."""
    bodies: list[str] = []
    answers: list[str] = []
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("@type") in ("Question", "Answer"):
                answers.extend(
                    value for key in ("name", "text") if isinstance(value := node.get(key), str)
                )
            for key, value in node.items():
                if key == "articleBody" and isinstance(value, str):
                    bodies.append(value)
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return max(bodies, key=len, default=None), " ".join(answers)
