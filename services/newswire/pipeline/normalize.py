"""Stage 4: build the validated Article event, and DeadLetters for rejected inputs."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

from newswire.errors import RejectedInput
from newswire.events import Article, DeadLetter, OriginalRecord, Provenance
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.enrich import Enriched
from newswire.pipeline.options import PipelineOptions
from newswire.records import InRecord


def normalize(
    record: InRecord,
    raw: RawArticle,
    enriched: Enriched,
    options: PipelineOptions,
    *,
    now: datetime,
) -> Article:
    found = enriched.extracted
    canonical = found.canonical_url or None
    return Article(
        id=article_id(canonical or raw.url, enriched.body),
        url=raw.url,
        canonical_url=canonical,
        site_name=found.site_name,
        title=found.title or None,  # no headline is null, not "" (issue 14)
        description=found.description,
        body=enriched.body,
        language=enriched.language,
        language_confidence=enriched.language_confidence,
        published_at=enriched.published_at,
        modified_at=enriched.modified_at,
        authors=list(found.authors),
        editors=list(found.editors),
        attributions=list(found.attributions),
        dateline=found.dateline,
        section=found.section,
        tags=list(found.tags),
        images=list(found.images),
        related=list(found.related),
        word_count=enriched.word_count,
        content_hash=enriched.content_hash,
        simhash=enriched.simhash,
        page_type=enriched.page_type,
        page_type_confidence=enriched.page_type_confidence,
        provenance=Provenance(
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            fetched_at=raw.fetched_at,
            processed_at=now,
            content_type=raw.content_type,
            newswire_version=options.newswire_version,
        ),
    )


def article_id(url: str | None, body: str) -> str:
    """Stable across re-fetches of the same page: the URL without fragment, scheme case or a
    trailing slash; for URL-less inputs, the body itself."""
    if url:
        parts = urlsplit(url.strip())
        path = parts.path.rstrip("/") or "/"
        key = "url:" + urlunsplit(
            (parts.scheme.lower(), parts.netloc.lower(), path, parts.query, "")
        )
    else:
        key = "body:" + body
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def dead_letter(
    record: InRecord, error: RejectedInput, options: PipelineOptions, *, now: datetime
) -> DeadLetter:
    return DeadLetter(
        reason=error.reason.value,
        stage=error.stage.value,
        error=str(error)[:2000],
        failed_at=now,
        newswire_version=options.newswire_version,
        original=original_record(record),
    )


def original_record(record: InRecord) -> OriginalRecord:
    timestamp = (
        datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)
        if record.timestamp_ms >= 0
        else None
    )
    return OriginalRecord(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp=timestamp,
        key=_b64(record.key),
        value=_b64(record.value),
        headers=[
            (name, base64.b64encode(value or b"").decode("ascii")) for name, value in record.headers
        ],
    )


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")
