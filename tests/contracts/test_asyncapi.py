"""The AsyncAPI document: generated from the code, complete, its examples valid, and accepted
by the official AsyncAPI CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from newswire.contracts import asyncapi
from newswire.contracts.asyncapi import TOPIC_ROLES, document, topic_settings
from newswire.contracts.asyncapi_messages import EXAMPLE_SEED, INPUT_HEADERS
from newswire.contracts.yamltext import to_yaml
from newswire.pipeline import PipelineOptions
from newswire.pipeline.decode import RawArticle, decode
from newswire.records import InRecord
from newswire.settings import Settings
from tests.support import REPO

SCHEMAS = REPO / "schemas"


def _doc() -> dict[str, Any]:
    loaded = yaml.safe_load((SCHEMAS / "asyncapi.yaml").read_text())
    assert isinstance(loaded, dict)
    return loaded


def payload_schema(message: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema a message's payload $refs (a file beside asyncapi.yaml)."""
    ref = message["payload"]["schema"]["$ref"]
    loaded = json.loads((SCHEMAS / ref).read_text())
    assert isinstance(loaded, dict)
    return loaded


def test_yaml_writer_round_trips() -> None:
    """What to_yaml writes reads back as the same data, including strings YAML would otherwise
    take for numbers, booleans, comments or mappings."""
    tricky = {
        "a": ["yes", "no", "null", "1.0", "0.5.0", "#x", "a #b", "k: v", "- x", " x", "x ", ""],
        "b": {"$ref": "#/c", "n": 3, "f": 0.25, "t": True, "z": None, "e": {}, "l": []},
        "c": [[1, [2]], {"d": [{"e": 'multi\nline "quoted" ☃'}]}],
    }
    assert yaml.safe_load(to_yaml(tricky)) == tricky
    assert yaml.safe_load(to_yaml(document())) == document()


def test_every_topic_setting_is_a_channel_with_its_operation() -> None:
    """Each `*_topic` setting (today raw, articles, deadletter; more as they land) is a channel
    at its default address; newswire receives the raw topic and sends the others."""
    doc = _doc()
    addresses = {channel["address"]: name for name, channel in doc["channels"].items()}
    for setting, default in topic_settings().items():
        assert default == Settings.model_fields[setting].default
        channel = addresses[default]
        actions = {
            op["action"]
            for op in doc["operations"].values()
            if op["channel"]["$ref"] == f"#/channels/{channel}"
        }
        assert actions == {TOPIC_ROLES[setting].action}
    assert {"news.raw", "news.articles", "news.deadletter"} <= set(addresses)


def test_a_topic_setting_without_a_role_fails_generation(monkeypatch: pytest.MonkeyPatch) -> None:
    """A new topic setting cannot be published undocumented: generation names it."""
    roles = {k: v for k, v in TOPIC_ROLES.items() if k != "deadletter_topic"}
    monkeypatch.setattr(asyncapi, "TOPIC_ROLES", roles)
    with pytest.raises(ValueError, match="deadletter_topic"):
        document()


def test_servers_cover_every_security_protocol_and_sasl_mechanism() -> None:
    """One server per NEWSWIRE_KAFKA_SECURITY_PROTOCOL value; SASL ones offer every mechanism."""
    doc = _doc()
    assert set(doc["servers"]) == {"plaintext", "ssl", "sasl-plaintext", "sasl-ssl"}
    schemes = doc["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} == {"plain", "scramSha256", "scramSha512", "X509"}
    assert len(doc["servers"]["sasl-ssl"]["security"]) == 3
    assert doc["servers"]["sasl-ssl"]["protocol"] == "kafka-secure"


def test_examples_validate_against_their_payload_and_header_schemas() -> None:
    """Every example (the pipeline's real output for a seed) satisfies the JSON Schema its
    message references and the message's header schema."""
    messages = _doc()["components"]["messages"]
    checked = 0
    for message in messages.values():
        for example in message.get("examples", []):
            if "schema" in message["payload"]:
                jsonschema.validate(example["payload"], payload_schema(message))
            else:
                jsonschema.validate(example["payload"], message["payload"])
            jsonschema.validate(example["headers"], message["headers"])
            checked += 1
    assert checked == 3


def test_article_example_is_the_seed_output() -> None:
    """The Article example is what the pipeline makes of the seed (not a hand-written sample)."""
    article = _doc()["components"]["messages"]["Article"]["examples"][0]["payload"]
    assert article["provenance"]["processed_at"] == "2026-11-28T12:00:00Z"
    assert article["title"].startswith("Jauh-jauh Datang dari AS")
    assert article["body"].split("\n\n")[0] in EXAMPLE_SEED.read_text()


HEADER_VALUES: dict[str, tuple[bytes, Callable[[RawArticle], object]]] = {
    "url": (b"https://example.com/a", lambda raw: raw.url),
    "content-type": (b"text/html", lambda raw: raw.content_type),
    "content-encoding": (b"identity", lambda raw: raw.text),
    "content-language": (b"id", lambda raw: raw.content_language),
    "fetched-at": (b"2026-01-01T00:00:00Z", lambda raw: raw.fetched_at),
    "source": (b"a-scraper", lambda raw: raw.source),
}


def test_documented_input_headers_are_the_ones_decode_reads() -> None:
    """The raw channel's headers are exactly the names pipeline/decode.py looks up, and each
    one changes what decode makes of a record."""
    source = (REPO / "services/newswire/pipeline/decode.py").read_text()
    read = set(re.findall(r'_header_text\(record, "([a-z-]+)"\)', source))
    assert read == set(INPUT_HEADERS)
    body = b"Some plain text long enough to be a story about things."
    for name, (value, field) in HEADER_VALUES.items():
        if name == "content-encoding":
            continue  # an encoding header only matters on compressed bodies (sniffed anyway)
        plain = decode(InRecord("raw", 0, 0, -1, None, body, ()), PipelineOptions())
        told = decode(InRecord("raw", 0, 0, -1, None, body, ((name, value),)), PipelineOptions())
        assert field(plain) != field(told), name


def _cli() -> Path | None:
    configured = os.environ.get("NEWSWIRE_ASYNCAPI_CLI")
    path = Path(configured) if configured else REPO / ".cache/asyncapi/node_modules/.bin/asyncapi"
    if path.is_file():
        return path
    if os.environ.get("NEWSWIRE_REQUIRE_ASYNCAPI_CLI"):
        pytest.fail(f"the AsyncAPI CLI is not installed at {path} (make asyncapi-cli)")
    pytest.skip("the AsyncAPI CLI is installed by make test (make asyncapi-cli)")


def _validate(cli: Path, document_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "ASYNCAPI_METRICS_CONFIG_PATH": os.environ.get(
            "ASYNCAPI_METRICS_CONFIG_PATH", str(cli.parents[2] / "analytics.json")
        ),
    }
    return subprocess.run(
        [str(cli), "validate", str(document_path), "--fail-severity", "warn"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )


def test_official_asyncapi_cli_validates_the_document() -> None:
    """`asyncapi validate schemas/asyncapi.yaml` (the official CLI, warnings fail too) passes,
    with the referenced JSON Schemas resolved."""
    cli = _cli()
    assert cli is not None
    result = _validate(cli, SCHEMAS / "asyncapi.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is valid" in result.stdout


def test_official_asyncapi_cli_rejects_a_broken_reference(tmp_path: Path) -> None:
    """The same check fails when a payload points at a schema file that is not there (so the
    test above would catch a reference gone wrong)."""
    cli = _cli()
    assert cli is not None
    for path in SCHEMAS.glob("*.json"):
        shutil.copy(path, tmp_path / path.name)
    text = (SCHEMAS / "asyncapi.yaml").read_text().replace("./article.v1.json", "./gone.json")
    (tmp_path / "asyncapi.yaml").write_text(text)
    result = _validate(cli, tmp_path / "asyncapi.yaml")
    assert result.returncode != 0
    assert "gone.json" in result.stdout + result.stderr
