"""A labelled cross-link in a story: "Related: <another story's title>", "READ MORE: …",
"See also: …", the line a newsroom's editor puts between a story's paragraphs to send the
reader to another story."""

from __future__ import annotations

import re
from typing import Final

# The class and id words of a page's pager ("pagination", "pager") and of the box of links to
# the site's next and previous stories under the story ("next-prev": "- Next Auto News" over the
# next story's card with its title and teaser): a pager between stories, never this story's
# text (``names.NEGATIVE_WORDS``).
PAGER_NAMES: Final = frozenset(
    {
        "pagination",
        "pager",
        "next-prev",
        "prev-next",
        "nextprev",
        "prevnext",
        "next-previous",
        "previous-next",
    }
)

# The labels that send the reader elsewhere, in front of a colon. Not "Source" or "Via" (a
# credit the story states), nor a label alone on its line (an "Also read:" above a list).
_LABEL: Final = re.compile(
    r"(?:related(?: (?:story|stories|article|articles|reading|post|posts))?|read(?: more| also| next)?"
    r"|also read|see also|more|recommended(?: reading)?|further reading|don[’']t miss)\s*:\s*",
    re.IGNORECASE,
)
# Half A articles 0.971531 -> 0.971608 (2 pages better: an <h5> "Related:", a quoted "READ
# MORE:"), half B 0.963232 -> 0.963236 (1 better), ScrapingHub 0.989844 -> 0.989867 (1 better);
# no page worse, other types unchanged.
_MAX_LABEL_CHARS: Final = 24  # the longest label with its colon and spaces


def cross_link(text: str, link_chars: int) -> bool:
    """Whether a line (``text``, of which ``link_chars`` characters are links' text) is a
    labelled cross-link: a label of ``_LABEL`` and a link that is all the rest of the line.
    Such a line is no heading of the story nor a line of it, though it is a subheading's size
    (block editors put it in an <h4>/<h5>) or stands in a region whose link lines are kept:
    its words are the other story's title. A label followed by words of the line's own (a
    newsletter's pitch after "Related:") is not one."""
    if not link_chars or ":" not in text[:_MAX_LABEL_CHARS]:
        return False
    label = _LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    # A link's text counted piece by piece leaves out the spaces between its pieces.
    return bool(rest) and len(rest) - link_chars <= rest.count(" ") + 1


# A story that writes out the address it links to cites it: a source, a registration or a
# download page, a project's repository, a shop's link after its price ("Registration:
# https://...", "Amazon USA $18.99: https://..."). A site's menus and "read also" promos give
# another page's name or title, not its address. So in a story standing alone a link line
# showing an address after words of its own is the story's line (_LABELLED_ADDRESS); an
# address alone on its line only on a page whose head says it is one story: on a service page
# or a thread a bare address is a video's or a shop's raw link the truths leave out (anywhere:
# half A all types -0.00004, a service page -0.067, two threads -0.021, -0.018). Half A all
# types 0.904442 -> 0.904508 (articles 0.972757 -> 0.972864; 8 pages better by up to 0.029,
# 7 worse by <= 0.009: a "Source: www..." under a chart, a "Join the group - <address>"
# pitch), half B 0.915336 -> 0.915435 (articles 0.965557 -> 0.965645; 9 better, none
# worse), ScrapingHub 0.990932 -> 0.991086 (4 better, 2 worse: a podcast's "Listen:
# <address>" links, an agency's "Reach the reporters at <address>" tagline).
_ADDRESS: Final = re.compile(r"\b(?:https?://|www\.\w)")
_LABELLED_ADDRESS: Final = re.compile(r"\w\W*\s(?:https?://|www\.\w)")


def shows_address(text: str, *, alone: bool) -> bool:
    """Whether a line (``text``) writes out a web address (http://, https://, www.) after
    words of its own; ``alone``: or anywhere, the address alone on its line too."""
    # Both patterns' addresses hold "://" or "www.": most link lines hold neither, and skip
    # the search (its first step tried at each of the line's characters).
    if "://" not in text and "www." not in text:
        return False
    return (_ADDRESS if alone else _LABELLED_ADDRESS).search(text) is not None
