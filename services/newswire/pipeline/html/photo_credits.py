"""A photo's credit on a line of its own beside a picture set outside a <figure>: "Getty
Images / Holger Leue", "DGLimages via Getty Images", "Photo: Shutterstock", "Credit: Apple"."""

from __future__ import annotations

import re
from typing import Final

from newswire.pipeline.vocabulary import alternation

# A page builder may set a story's pictures as a bare <img> with the credit in a <span> or a
# <p> of its own under it, not as a <figure> with its <figcaption> (which the walk drops with
# the photo, see ``figures``): the credit then stood among the story's paragraphs. The credit
# says who owns the picture, no sentence of the story; the truths leave it out (a travel
# guide's eleven "Getty Images / …" lines, a security guide's "… via Getty Images", a deals
# post's "Credit: Apple"). A credit is short, and either labelled as one ("Photo:", "Image
# credit:", "Photo by", "Credit:") or names a picture agency after a slash or "via" (or
# before a slash: "AP Photo/Evan Vucci"). An agency's name alone is no credit: a guide to
# stock photo sites has one as a heading or a list item. Nor is a credit that links or gives
# a web address, or names a site other than an agency's: a roundup credits each photo to the
# maker whose site it shows ("Photo Credit: diydanielle.com"), and sends the reader there.
# Half A articles 0.971929 -> 0.971958 (4 pages better, 1 worse by < 0.001: "Photo via
# Pexels" kept by its truth), half B 0.964863 -> 0.964886 (2 better, none worse); other page
# types and ScrapingHub unchanged (0.990773).
_MAX_CHARS: Final = 80
_AGENCIES: Final = (
    "getty images",
    "shutterstock",
    "istock",
    "istockphoto",
    "depositphotos",
    "alamy",
    "unsplash",
    "pexels",
    "adobe stock",
    "ap photo",
    "reuters",
    "afp",
)
# Words one of which a credit line holds: the substring test before the pattern. An agency's
# name holding one of the four words ("getty images", "ap photo") is in no line lacking that
# word: it is not tested again (12 tests a line, not 16).
_WORDS: Final = ("credit", "photo", "image", "picture")
_CUES: Final = (*_WORDS, *(name for name in _AGENCIES if not any(w in name for w in _WORDS)))
_CREDIT: Final = re.compile(
    r"(?:(?:image|photo|picture)\s+)?(?:credits?|photo(?:graph)?s?|images?|pictures?)"
    r"\s*(?::|by\b)\s*\S.*"
    rf"|(?:[^/]{{1,40}}?\s(?:via|/)\s*)(?:{alternation(_AGENCIES)})"
    rf"|(?:{alternation(_AGENCIES)})\s*(?:/|\svia\s)\s*\S.{{0,40}}",
    re.IGNORECASE,
)
_LINK_ADDRESS: Final = re.compile(r"www\.|https?://", re.IGNORECASE)
_SITE_NAME: Final = re.compile(r"\w\.(?:com|org|net|co)\b", re.IGNORECASE)


def is_photo_credit(text: str, link_chars: int) -> bool:
    """Whether a clean line (``link_chars`` of it linked) is a photo's credit on its own."""
    if link_chars or len(text) > _MAX_CHARS:
        return False
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return False
    if _CREDIT.fullmatch(text) is None:
        return False
    if _LINK_ADDRESS.search(text):
        return False
    # A site's name is an agency's own ("Depositphotos.com/…") or a maker's, sent to.
    return _SITE_NAME.search(text) is None or any(agency in lowered for agency in _AGENCIES)
