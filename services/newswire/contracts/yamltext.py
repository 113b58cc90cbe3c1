"""A small YAML writer for the AsyncAPI document: block style, deterministic, and strings that
need care written JSON-quoted (a JSON string is a valid YAML scalar). One generated file does not
justify a YAML library among the runtime dependencies; a test reads the output back with PyYAML.
"""

from __future__ import annotations

import json
import re
from typing import Any

# No "#" (a comment after a space) or ":" (a mapping), and no leading "." (".5" is a number).
_PLAIN = re.compile(r"^[A-Za-z_/$][A-Za-z0-9_ ./$@+-]*$")
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"})


def to_yaml(value: Any) -> str:
    """Block-style YAML of JSON-like data; strings needing care are JSON-quoted (valid YAML)."""
    if isinstance(value, dict | list) and value:
        return "\n".join(_lines(value, 0)) + "\n"
    return _scalar(value) + "\n"


def _lines(value: dict[str, Any] | list[Any], indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        lead = f"{pad}{_scalar(key)}:" if isinstance(value, dict) else f"{pad}-"
        if isinstance(item, dict | list) and item:
            if isinstance(value, dict):
                out.append(lead)
                out.extend(_lines(item, indent + 2))
            else:
                # A sequence item's first line shares the dash's line.
                nested = _lines(item, indent + 2)
                out.append(f"{lead} {nested[0].lstrip()}")
                out.extend(nested[1:])
        else:
            out.append(f"{lead} {_scalar(item)}")
    return out


def _scalar(value: Any) -> str:  # noqa: PLR0911 - a decision list: one JSON type, one YAML form
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)
