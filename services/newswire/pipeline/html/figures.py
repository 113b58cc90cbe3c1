"""The lead image with its caption and credit, from the head or from the page's figures."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newswire.events import Image
from newswire.pipeline.html.head import HeadMetadata
from newswire.pipeline.html.names import class_parts
from newswire.pipeline.html.page_elements import figure_elements
from newswire.pipeline.html.text import squeeze
from newswire.pipeline.textnorm import clean_line
from newswire.pipeline.vocabulary import PHOTO_LABELS, alternation


def images(tree: LexborHTMLParser, meta: HeadMetadata) -> tuple[Image, ...]:
    """The lead image: its address from OpenGraph/Twitter cards or JSON-LD, its caption and
    credit from JSON-LD's ImageObject or else from the page's <figure> showing that image."""
    ld_url, caption, credit = _ld_image(meta)
    url = meta.first("og:image", "og:image:url", "twitter:image") or ld_url
    if not caption:
        caption, figure_credit = _figure_caption(tree, url)
        credit = credit or figure_credit
    caption = caption or meta.first("og:image:alt", "twitter:image:alt")
    if not (url or caption):
        return ()
    return (Image(url=url, caption=caption, credit=credit),)


def _ld_image(meta: HeadMetadata) -> tuple[str | None, str | None, str | None]:
    image = meta.ld.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, str):
        return image, None, None
    if not isinstance(image, dict):
        return None, None, None
    url = image.get("url") or image.get("contentUrl")
    credit = image.get("creditText") or image.get("copyrightHolder") or image.get("author")
    if isinstance(credit, dict):
        credit = credit.get("name")
    caption = image.get("caption") or image.get("description")
    return (
        url if isinstance(url, str) else None,
        clean_line(caption) or None if isinstance(caption, str) else None,
        clean_line(credit) or None if isinstance(credit, str) else None,
    )


# Parts of a class name that mark a photo credit inside a caption.
_CREDIT_PARTS: Final = frozenset(
    {"credit", "credits", "copyright", "photographer", "byline", "source"}
)
# A credit written into the caption's text: "… Credit...Doug Mills/The New York Times",
# "… (Photo: AP)", "… Foto: ANTARA/Hafidz".
_CREDIT_IN_TEXT: Final = re.compile(
    rf"(?:\s*\(?(?:credit|{alternation(PHOTO_LABELS)})s?\s*(?::|\.{{2,}}|…)\s*"
    r"(?P<credit>[^()]{2,80}?)\)?)\s*$",
    re.IGNORECASE,
)


def _figure_caption(tree: LexborHTMLParser, url: str | None) -> tuple[str | None, str | None]:
    """Caption and credit of the figure that shows the lead image (same file name), or else of
    the first captioned figure with a picture in it (promo boxes have a caption but no image)."""
    stem = _file_stem(url) if url else None
    fallback: tuple[str | None, str | None] = (None, None)
    for figure in figure_elements(tree)[:8]:
        caption_node = figure.css_first("figcaption")
        if caption_node is None:
            continue  # (its pictures not queried: a figure without a caption gives nothing)
        images = figure.css("img, picture source")
        if not images:
            continue
        found = _caption_and_credit(caption_node)
        if not found[0] or _PROMO_CAPTION.search(found[0]):
            continue
        sources = " ".join(
            f"{img.attrs.get('src') or ''} {img.attrs.get('data-src') or ''} "
            f"{img.attrs.get('srcset') or ''}"
            for img in images
        )
        if stem and stem in sources:
            return found
        if fallback[0] is None:
            fallback = found
    return fallback


def _file_stem(url: str) -> str | None:
    name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0]
    return stem if len(stem) >= 6 else None


def _caption_and_credit(caption_node: LexborNode) -> tuple[str | None, str | None]:
    credit = None
    for node in caption_node.css("*"):
        if class_parts(node) & _CREDIT_PARTS:
            credit = squeeze(node.text(deep=True, separator=" ")) or None
            break
    text = squeeze(caption_node.text(deep=True, separator=" "))
    if credit:
        if text.endswith(credit):
            text = text[: -len(credit)].rstrip()
        elif text.startswith(credit):
            text = text[len(credit) :].lstrip()
    match = _CREDIT_IN_TEXT.search(text)
    if match:
        credit = credit or match.group("credit")
        text = text[: match.start()].rstrip()
    text = _GALLERY_COUNTER.sub("", clean_line(text))
    return text or None, _clean_credit(credit) if credit else None


# A figure that advertises (a magazine cover "Subscribe to our sister title …") is no photo of
# the story.
_PROMO_CAPTION: Final = re.compile(
    r"\b(?:subscri(?:be|ption)|newsletter|sign up|abonn|abonnieren|langganan|suscr[ií]b)",
    re.IGNORECASE,
)
# "1 of 4" before a gallery's caption.
_GALLERY_COUNTER: Final = re.compile(r"^\d+\s+(?:of|/|von|de|dari)\s+\d+\s+", re.IGNORECASE)
# A credit's label: "(Image credit: Future)", "Photograph by …", "Credit...", "Foto: …".
_CREDIT_LABEL: Final = re.compile(
    r"^\(?\s*(?:(?:image|photo|picture)\s+)?"
    rf"(?:credits?|photographs?|(?:{alternation(PHOTO_LABELS)})s?)\s*(?:by\b|:|\.{{2,}}|…)?\s*",
    re.IGNORECASE,
)


def _clean_credit(credit: str) -> str | None:
    cleaned = _CREDIT_LABEL.sub("", clean_line(credit)).strip(" ()")
    return cleaned or None
