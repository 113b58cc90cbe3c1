"""Coverage-guided fuzzing of the pipeline with atheris (``make fuzz`` runs it when atheris
installs): any input must give one Article or one DeadLetter that is not an unforeseen error."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime

import atheris

with atheris.instrument_imports():
    from newswire.events import DeadLetter
    from newswire.pipeline import Pipeline, PipelineOptions
    from newswire.records import InRecord

PIPELINE = Pipeline(PipelineOptions(max_message_bytes=1 << 20))
UNFORESEEN = re.compile(r"^[A-Z][A-Za-z]*(Error|Exception)\b:")
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def one_input(data: bytes) -> None:
    record = InRecord("raw", 0, 0, -1, None, data, ())
    result = PIPELINE.process(record, now=NOW).result
    if isinstance(result, DeadLetter) and UNFORESEEN.match(result.error):
        raise AssertionError(result.error)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
