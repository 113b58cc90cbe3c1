"""The page's FAQ as its JSON-LD states it (a ``FAQPage``'s questions and their answers), for a
story whose FAQ section the body left out."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

from newswire.pipeline.textnorm import clean_line

_WORD: Final = re.compile(r"\w+")
_TAG: Final = re.compile(r"<[^>]*>")
# The longest stretch of a question free of characters the markup may write another way (an
# entity for a quote or an ampersand, a JSON escape): the text searched for in the page.
_PLAIN: Final = re.compile(r"[^\w ,.?-]+")
_MIN_PLAIN: Final = 12
# A FAQ is a section of questions; one stated question is a snippet for search engines.
_MIN_QUESTIONS: Final = 2


# A guide or a review (a page whose head says it is a story) ends with a FAQ that its CMS
# renders as a module of its own after the story (an accordion in the article's <footer>, a
# page builder's "faq" block beside the story's, a React app's section built from its data),
# outside the region the body is taken from; the same questions and answers are stated in the
# page's JSON-LD ``FAQPage`` for search engines. The truths keep a story's shown FAQ (session
# 60: 101 pages against 14), so when the body holds none of the stated questions, yet each is
# written in the page besides its JSON-LD (found in the markup more often than the JSON-LD
# states it: a FAQPage stated for a FAQ no longer shown is written no more often), the stated
# questions and answers are added after the story. A body that holds any of the questions
# shows its FAQ already (or the part of it the page shows) and is left alone. A shop's or a
# service's page (its head declares no story) is left alone too: its FAQ is sales
# boilerplate that the truths leave out (half A product -0.29 and service -0.08 on a page
# each, when it was not). Half A articles 0.971690 -> 0.971879 (3 pages of 3 sites better,
# up to +0.054: a footer's accordion, a React app's section, an accordion whose questions are
# buttons), half B 0.964512 -> 0.964792 (3 of 3 sites better, up to +0.065; 1 worse, -0.027:
# a FAQ its truth leaves out, in a React app's data); the other types and ScrapingHub
# (0.990773) unchanged; class and id hashed, half A all types 0.883349 -> 0.883445, half B
# 0.893675 -> 0.893729. Cost: a walk of the JSON-LD on a story page that declares a FAQPage
# (the extractor asks), and a search of the markup for each question only when the body
# holds none of them.
def with_stated_faq(
    paragraphs: list[str], roots: Iterable[object], markup: str | bytes
) -> list[str]:
    """``paragraphs`` with the questions and answers the page's JSON-LD blocks (``roots``)
    state added at the end, when the body holds none of them and the page's ``markup`` (its
    text, or its UTF-8 as the parser read it) shows each (see above); as they are otherwise."""
    pairs = _stated_pairs(roots)
    if len(pairs) < _MIN_QUESTIONS:
        return paragraphs
    # A FAQ stated twice (two JSON-LD blocks: an SEO plugin's graph and the FAQ block's own)
    # is one FAQ, shown when its questions are written more often than they are stated.
    stated = Counter(question for question, _ in pairs)
    pairs = list({question: (question, answer) for question, answer in pairs}.values())
    body = _words(" ".join(paragraphs))
    for question, _ in pairs:
        words = _words(question)
        if not words or words in body:
            return paragraphs
        plain = max(_PLAIN.split(question), key=len).strip()
        if len(plain) < _MIN_PLAIN:
            return paragraphs
        found = markup.count(plain) if isinstance(markup, str) else markup.count(plain.encode())
        if found <= stated[question]:
            return paragraphs
    # An answer the body holds (the page's accordion walked, its question a button the walk
    # leaves out) gets its question before it; the others follow the story.
    where = {_words(line): index for index, line in enumerate(paragraphs)}
    before: dict[int, str] = {}
    added: list[str] = []
    for question, answer in pairs:
        lines = [line for line in map(clean_line, answer.splitlines()) if line]
        index = where.get(_words(lines[0])) if lines else None
        if index is not None:
            before.setdefault(index, question)
        else:
            added.extend((question, *lines))
    out: list[str] = []
    for index, line in enumerate(paragraphs):
        if index in before:
            out.append(before[index])
        out.append(line)
    return [*out, *added]


def _words(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _stated_pairs(roots: Iterable[object]) -> list[tuple[str, str]]:
    """The (question, answer) texts of the JSON-LD ``Question`` items at any depth of
    ``roots``, markup and entities undone, in the order stated."""
    pairs: list[tuple[str, str]] = []
    stack: list[object] = list(roots)[::-1]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node[::-1])
        elif isinstance(node, dict):
            if node.get("@type") == "Question":
                pairs.append((_text(node.get("name")), _answer(node.get("acceptedAnswer"))))
                continue
            stack.extend(
                value for value in list(node.values())[::-1] if isinstance(value, dict | list)
            )
    return [(clean_line(question), answer) for question, answer in pairs if question]


def _answer(stated: object) -> str:
    """The text of an ``acceptedAnswer`` (one Answer item or a list of them)."""
    items = stated if isinstance(stated, list) else [stated]
    return "\n".join(_text(item.get("text")) for item in items if isinstance(item, dict))


def _text(value: object) -> str:
    """A stated string as text: its markup's tags as spaces, its entities undone."""
    if not isinstance(value, str):
        return ""
    return html.unescape(_TAG.sub(" ", value.replace("<br", "\n<br").replace("</p>", "</p>\n")))
