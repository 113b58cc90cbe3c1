"""JSON in and out with orjson; the options live here so every output is byte-identical."""

from __future__ import annotations

from typing import Any

import orjson

DUMP_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj, option=DUMP_OPTIONS)


def loads(data: bytes | str) -> Any:
    return orjson.loads(data)


JSONDecodeError = orjson.JSONDecodeError
