"""Stage 2: route a decoded input to the HTML or the plain-text extractor."""

from __future__ import annotations

from newswire.errors import ExtractionFailed, Stage
from newswire.pipeline.decode import RawArticle
from newswire.pipeline.extracted import Extracted
from newswire.pipeline.htmlmode import extract_html
from newswire.pipeline.options import PipelineOptions
from newswire.pipeline.textmode import extract_text


def extract(raw: RawArticle, options: PipelineOptions) -> Extracted:
    del options  # limits on depth and node counts will live here (see README, limitations)
    try:
        if raw.content_type == "text/html":
            return extract_html(raw.text)
        return extract_text(raw.text)
    except RecursionError as exc:  # defensive: the walk is iterative, but parsers may not be
        raise ExtractionFailed(f"markup too deeply nested: {exc}", stage=Stage.EXTRACT) from None
