"""The raw values the tests and benchmarks publish: the seeds as text and HTML envelopes, mixed
with inputs that must each end as a DeadLetter (``newswire.dev.harness.publish`` sends them)."""

from __future__ import annotations

import json
from pathlib import Path

from newswire.settings import REPO_ROOT

#: Inputs that must each end as a DeadLetter (empty, blank, truncated JSON, binary, bad charset).
BAD_INPUTS = (
    b"",
    b"   \n\t  ",
    b'{"url": "https://example.org/x", "body": ',
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"Caf\xe9 \xff\xfe no charset says what this is",
)


def mixed_inputs(count: int, seeds: Path = REPO_ROOT / "seeds") -> list[bytes]:
    """``count`` distinct raw values: ~1 in 20 an HTML envelope, ~1 in 10 bad, the rest text."""
    pages = [p.read_bytes() for p in sorted((seeds / "html").glob("*.json"))]
    text = (seeds / "text" / "000_0d4127e431e53026.txt").read_text(encoding="utf-8")
    values: list[bytes] = []
    for i in range(count):
        if i % 20 == 7 and pages:
            envelope = json.loads(pages[i % len(pages)])
            envelope["url"] = f"{envelope['url']}#chaos-{i}"
            values.append(json.dumps(envelope).encode())
        elif i % 10 == 3:
            values.append(BAD_INPUTS[i % len(BAD_INPUTS)])
        else:
            values.append(f"Berita nomor {i}: {text}".encode())
    return values
