"""JSON in and out with orjson; the options live here so every output is byte-identical."""

from __future__ import annotations

import json
from typing import Any

import orjson

DUMP_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj, option=DUMP_OPTIONS)


def loads(data: bytes | str) -> Any:
    return orjson.loads(data)


def loads_lenient(data: str) -> Any:
    """JSON whose strings hold raw control characters (a newline or a tab typed into a
    JSON-LD ``articleBody``), which strict JSON, and so orjson, refuses; raises ``ValueError``
    on anything else that is not JSON, nesting too deep for the stdlib's recursive parser
    included (orjson stops at 1024 levels). For input read, never for output."""
    try:
        return json.loads(data, strict=False)
    except RecursionError as exc:
        raise ValueError("JSON nested too deep") from exc


JSONDecodeError = orjson.JSONDecodeError
