"""The published contracts: schemas in schemas/ match the models, and events validate."""

from __future__ import annotations

import json

import jsonschema

from newswire.events import Article, event_json
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
from newswire.schemas import render_all
from tests.support import REPO, SEED


def test_schema_files_match_the_models() -> None:
    """schemas/*.json and asyncapi.yaml are exactly what the code generates (`make schemas`)."""
    for name, text in render_all().items():
        assert (REPO / "schemas" / name).read_text() == text, (
            f"schemas/{name} is stale: run `make schemas` (asyncapi.yaml holds the seed's output)"
        )


def test_article_and_dead_letter_validate_against_published_schemas() -> None:
    """Serialized events validate against the JSON Schemas downstream consumers use."""
    pipeline = Pipeline(PipelineOptions())
    article = pipeline.process(InRecord("raw", 0, 0, -1, None, SEED.read_bytes(), ())).result
    dead = pipeline.process(InRecord("raw", 0, 1, -1, None, b"", ())).result
    for event, name in ((article, "article.v1.json"), (dead, "dead_letter.v1.json")):
        schema = json.loads((REPO / "schemas" / name).read_text())
        jsonschema.validate(json.loads(event.model_dump_json()), schema)


def test_event_json_is_model_dump_json_in_utf8() -> None:
    """event_json gives the bytes of model_dump_json's text, indented or not, for both events."""
    pipeline = Pipeline(PipelineOptions())
    # The seed page with non-ASCII letters in its story: the UTF-8 encoding is then exercised.
    page = SEED.read_bytes().replace(b"Azerbaijan", "Azerbaïdjan «Bakou»".encode())
    article = pipeline.process(InRecord("raw", 0, 0, -1, None, page, ())).result
    dead = pipeline.process(InRecord("raw", 0, 1, -1, None, b"", ())).result
    assert isinstance(article, Article)
    assert not article.body.isascii()
    for event in (article, dead):
        for indent in (None, 2):
            assert event_json(event, indent=indent) == event.model_dump_json(indent=indent).encode()
