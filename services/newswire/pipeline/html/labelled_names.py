"""The writer a page names beside a label of its own element: "<p>Author:</p><div>Shai
Shmarel</div>", a block theme's meta row whose label and name are two siblings. The words say
what the name is, whatever the class names say: on a page whose classes are hashed (CSS
modules, utility builds) or name nothing, the label is the byline. ``bylines`` asks it late,
when no source before it named anyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.pipeline.html.body_texts import TextNodes
from newswire.pipeline.html.page_elements import body_texts
from newswire.pipeline.html.placement import elsewhere
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import person_names

# An element's whole text that labels the writer's name after it. Not a bare "By": alone in
# its element it sits in a list's cards ("<strong>By </strong><a>Suzanne Lacy</a>" under an
# item's heading) and in a footer's "Powered by" widget, where a page's byline seldom does.
_WRITER_LABEL: Final = re.compile(r"(?:author|written\s+by)\s*:?", re.IGNORECASE)
# The most characters other than white space a text matching _WRITER_LABEL holds ("writtenby:":
# the pattern matches one character for one), and the prefix of a longer text that shows it.
_LABEL_MARKS: Final = 10
_LABEL_PREFIX: Final = 64
# The longest text read as a name.
_MAX_NAME_CHARS: Final = 50


def labelled_names(tree: LexborHTMLParser) -> list[str]:
    """The one person's name in the element right after the page's one element whose whole
    text is a writer's label ("Author:", "Written by"), outside sidebars, comments and other
    stories' cards; none where that element holds anything but one name of two words or more
    (a label over a list, a table's header over its first cell), nor where the page has two
    labels or more (a list of cards, each "Author: <name>" under its own heading: no one of
    them signs the page)."""
    found: list[str] = []
    labels = 0
    for label in _labels(tree):
        labels += 1
        if labels > 1:
            return []
        named = _next_element(label)
        if named is None or elsewhere(label):
            continue
        text = clean_line(named.text(deep=True))
        if len(text) <= _MAX_NAME_CHARS and len(text.split()) > 1 and person_names(text) == [text]:
            found.append(text)
    return found


def _labels(tree: LexborHTMLParser) -> Iterator[LexborNode]:
    """The elements whose whole text is a writer's label, in page order."""
    # The texts as strings, their nodes found only for a label (see ``body_texts``).
    texts = body_texts(tree)
    nodes = TextNodes(tree.body, texts)
    for index, raw in enumerate(texts):
        # A label has at most _LABEL_MARKS characters besides white space ("Written by:"): a
        # long text (a paragraph, a script's JSON-LD naming its "author") whose first
        # _LABEL_PREFIX characters hold more once cleaned is none (the clean-up treats each
        # character by itself, so a prefix's are the whole's), known without lowering or
        # cleaning it all.
        if len(raw) > _LABEL_PREFIX and _marks(clean_line(raw[:_LABEL_PREFIX])) > _LABEL_MARKS:
            continue
        # A label's words written out, tested before the node is cleaned: this step is asked on
        # every page no earlier source signs (most pages of other kinds than stories), and
        # cleaning each of its ~2,000 text nodes cost ~1.2 ms a page, compiled, on wcxb-dev.
        # (A zero-width character inside the word itself would hide a label: none on wcxb-dev.)
        low = raw.lower()
        if "author" not in low and "written" not in low:
            continue
        text = clean_line(raw)
        if not _WRITER_LABEL.fullmatch(text):
            continue
        node = nodes.node(index)
        label = node.parent if node is not None else None
        if label is not None and clean_line(label.text(deep=True)) == text:
            yield label


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, past whitespace."""
    sibling = node.next
    while sibling is not None and sibling.is_text_node:
        if (sibling.text_content or "").strip():
            return None  # the name follows as text of the same parent: a byline line's
        sibling = sibling.next
    return sibling


def _marks(text: str) -> int:
    """How many characters of ``text`` are not white space."""
    return len("".join(text.split()))
