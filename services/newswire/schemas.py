"""Render the published contracts: the JSON Schemas of the pydantic models, and the AsyncAPI
document of the topics that carries them (``newswire schemas --write schemas``)."""

from __future__ import annotations

import json

from newswire.events import CONTRACTS


def render_json_schemas() -> dict[str, str]:
    return {
        # The input envelope is validated by us; the events are serialised by us.
        name: json.dumps(
            model.model_json_schema(
                mode="validation" if name.startswith("raw_") else "serialization"
            ),
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
        for name, model in CONTRACTS.items()
    }


def render_all() -> dict[str, str]:
    from newswire.contracts.asyncapi import ASYNCAPI_FILE, document
    from newswire.contracts.yamltext import to_yaml

    return {**render_json_schemas(), ASYNCAPI_FILE: to_yaml(document())}
