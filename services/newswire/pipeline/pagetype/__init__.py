"""What kind of page an input is: article, listing, collection, forum, product, documentation or
service (the labels of the WCXB benchmark), with a confidence.

``features`` turns a page into named numbers (URL shape, declared types, layout from the
extractor's walk, the extracted text), ``lexicon`` adds its words' evidence (HTML pages);
``model`` applies the weights shipped in
``newswire/resources/page_type.npz`` (trained by ``make train-page-type``) with numpy, or in
the compiled build with compiled loops (``tree_walk``), the same numbers.
"""

from __future__ import annotations

import functools

from newswire.pipeline.extracted import Extracted
from newswire.pipeline.pagetype.features import (
    PAGE_NAMES,
    Body,
    body_of,
    html_vector,
    text_vector,
)
from newswire.pipeline.pagetype.model import PageTypeModels, Verdict, shipped
from newswire.pipeline.pagetype.urlshape import LEAN_SKIPPED

__all__ = ["Verdict", "classify"]


def classify(url: str | None, text: str, extracted: Extracted, body: Body | None = None) -> Verdict:
    """The page type of an extracted input: the HTML model when the extractor walked a page's
    layout, else the text model over the scrape's lines (``text``: the decoded input).

    ``body``: the body text and its words (``features.body_of``), when the caller has them (the
    enrich stage does)."""
    url = url or extracted.canonical_url
    models, lean = _bound()
    if extracted.structure is not None:
        body = body if body is not None else body_of(extracted)
        vector = html_vector(url, extracted, body, lean=lean)
        if models.lexicon is not None:
            vector += models.lexicon.values(extracted.title, body[1])
        return models.html_for(bool(url)).classify_vector(vector, not url)
    return models.text.classify_vector(text_vector(url, text, extracted, body), not url)


@functools.cache
def _bound() -> tuple[PageTypeModels, bool]:
    """The shipped models reading the features in the order the feature code makes them (no
    names), and whether the HTML model may be given lean URL features (it reads none of
    ``urlshape.LEAN_SKIPPED``). A cache without arguments: ``shipped``'s own cache hashed the
    133-name tuple on every page (~2 µs)."""
    models = shipped(PAGE_NAMES)
    return models, LEAN_SKIPPED.isdisjoint(models.html.read())
