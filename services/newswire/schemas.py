"""Render the published JSON Schemas from the pydantic contracts."""

from __future__ import annotations

import json

from newswire.events import CONTRACTS


def render_all() -> dict[str, str]:
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
