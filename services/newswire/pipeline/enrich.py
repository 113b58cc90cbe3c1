"""Stage 3: parse what extraction found into typed metadata (dates, language, fingerprints)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final

from newswire.errors import NoContent, Stage
from newswire.events import PageType
from newswire.pipeline.dates import parse_date
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.fingerprint import content_hash, simhash
from newswire.pipeline.language import LanguageDetector
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.pagetype import classify
from newswire.pipeline.pagetype.features import body_from
from newswire.pipeline.thread_labels import without_thread_label
from newswire.pipeline.variant_tails import without_variant_tail


@dataclass(frozen=True, slots=True)
class Enriched:
    extracted: Extracted
    body: str
    language: str | None
    language_confidence: float | None
    published_at: datetime | None
    modified_at: datetime | None
    word_count: int
    content_hash: str
    simhash: str
    page_type: PageType = "article"
    page_type_confidence: float | None = None


def enrich(
    raw: RawArticle,
    extracted: Extracted,
    options: PipelineOptions,
    *,
    detector: LanguageDetector,
    now: datetime,
) -> Enriched:
    body = "\n\n".join(extracted.paragraphs)
    # The body encoded once for the word count and both fingerprints (the sha256, the compiled
    # SimHash pass).
    utf8 = body.encode("utf-8")
    # Counted, and split only as far as the classifier reads (see ``words``).
    body, opening, words = body_from(body, utf8)
    if words < options.min_body_words:
        raise NoContent("no article text found", stage=Stage.EXTRACT)
    detected = detector.detect(body, extracted.language_hint)
    language = detected.language if detected else None
    reference = raw.fetched_at or now
    # The body and its words are the classifier's too (no second join and count).
    # The input's text is the text model's (a scrape's lines); the HTML model reads the
    # extractor's layout, and an HTML page's text is then not made (``RawArticle.text``).
    text = raw.text if extracted.structure is None else ""
    verdict = classify(raw.url, text, extracted, (body, opening, words))
    published_at = _first_date(extracted.published_raw, reference, language)
    modified_at = _first_date(extracted.modified_raw, reference, language, not_before=published_at)
    return Enriched(
        extracted=_unsigned(_titled(extracted, verdict.page_type), verdict.page_type),
        body=body,
        language=language,
        language_confidence=detected.confidence if detected else None,
        published_at=published_at,
        modified_at=modified_at,
        word_count=words,
        content_hash=content_hash(body, utf8),
        simhash=simhash(body, utf8),
        page_type=verdict.page_type,
        page_type_confidence=verdict.confidence,
    )


# Days a modification may fall before the publication and still be the same story's: a day
# stamped in UTC and a day shown in the page's zone differ by one at most.
_EARLIER_DAYS_ALLOWED: Final = 1


def _first_date(
    candidates: tuple[str, ...],
    reference: datetime,
    language: str | None,
    *,
    not_before: datetime | None = None,
) -> datetime | None:
    """The first candidate that parses; with ``not_before`` (the publication, for the
    modification), the first not two days or more before it. No story is updated before it
    is published: such a stamp is a scheduled post's last save before its date came (a
    ``dateModified`` of 2025-03-03 beside a ``datePublished`` of 2025-03-12), the first draft's
    date kept in the markup where the page shows a later one as the story's, or the update of
    another item the page lists (a "Last Updated: January 31, 2024" in a sidebar beside a
    story dated October 11, 2024). The next candidate is asked (the update the page shows,
    after the markup's), else the story has no modification to give."""
    for candidate in candidates:
        parsed = parse_date(candidate, reference=reference, language=language)
        if parsed is None:
            continue
        if not_before is not None and (
            (not_before.date() - parsed.date()).days > _EARLIER_DAYS_ALLOWED
        ):
            continue
        return parsed
    return None


def _titled(extracted: Extracted, page_type: PageType) -> Extracted:
    """On a service's page, the offer's name its <title> gives, where its <h1> is a marketing
    sentence (see ``html.offer_names``): the page type decides, which only this stage knows.
    The classifier read the <h1>'s words as the title (its lexicon), as it was trained.
    On a product's page, the product's name without the variant the shop sets after it (see
    ``variant_tails``). On a forum's, the thread's title without the label its forum sets
    beside it (see ``thread_labels``)."""
    if page_type == "service" and extracted.offer_name:
        return replace(extracted, title=extracted.offer_name)
    if page_type in ("product", "forum") and extracted.title:
        cut = without_variant_tail if page_type == "product" else without_thread_label
        named = cut(extracted.title)
        if named != extracted.title:
            return replace(extracted, title=named)
    return extracted


# The page types no one signs: a shop's item and a company's offer are the business's own
# pages, whatever name their markup or text puts beside the offer.
_UNSIGNED_TYPES: Final = frozenset({"product", "service"})


def _unsigned(extracted: Extracted, page_type: PageType) -> Extracted:
    """A product's or a service's page without authors: the names the byline rules find on
    such a page are a testimonial's ("Jack Nicholson" under a quote), a team's or a sales
    contact's ("Enrollment Team", a consultant's card), the company's legal name as the
    markup's author ("PricewaterhouseCoopers"), a book's writer on its shop page ("James
    Clear"), a reviewer's or the staff account's ("Labs Web Team"); the rules, written for
    stories, cannot tell them from a byline, and only this stage knows the page's type. On
    wcxb-dev (all types): authors invented A 16 -> 12, B 14 -> 7 of pages without one; author
    right A -2 (a service page signed by the company, one by a person), B none, no article's
    (the page types the classifier gives)."""
    if page_type in _UNSIGNED_TYPES and extracted.authors:
        return replace(extracted, authors=())
    return extracted
