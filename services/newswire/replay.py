"""Replay: turn files, folders and JSON Lines into raw messages (value + headers) and publish them.

A ``.txt`` file is one plain-text scrape, ``.html``/``.htm`` one page, ``.json`` one envelope,
``.jsonl`` one value per line, ``.gz`` a compressed body sent as is (the service inflates it).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newswire.bus.connection import Connection
from newswire.bus.producer import KafkaSink
from newswire.records import Headers, OutRecord

_CONTENT_TYPES = {".txt": b"text/plain; charset=utf-8", ".html": b"text/html", ".htm": b"text/html"}
_SKIP_NAMES = frozenset({"README.md", "ATTRIBUTION.md", "ORIGIN.md", "LICENSE"})


@dataclass(frozen=True, slots=True)
class RawMessage:
    value: bytes
    headers: Headers
    origin: str


def iter_messages(paths: list[Path]) -> Iterator[RawMessage]:
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name not in _SKIP_NAMES and not child.name.startswith("."):
                    yield from _from_file(child)
        elif path.is_file():
            yield from _from_file(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def _from_file(path: Path) -> Iterator[RawMessage]:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for number, line in enumerate(data.splitlines(), start=1):
            if line.strip():
                yield RawMessage(line, (), f"{path}:{number}")
        return
    inner = Path(path.stem).suffix.lower() if suffix == ".gz" else suffix
    headers: list[tuple[str, bytes]] = [("source", b"newswire-replay")]
    content_type = _CONTENT_TYPES.get(inner)
    if content_type:
        headers.append(("content-type", content_type))
    yield RawMessage(data, tuple(headers), str(path))


async def publish(
    connection: Connection, messages: list[RawMessage], topic: str, *, progress: bool
) -> int:
    """Publish ``messages`` to ``topic``, acknowledged; returns how many. With ``progress`` a
    bar on standard error follows the chunks."""
    sink = KafkaSink(connection)
    await sink.start()
    try:
        chunk = 200
        for start in range(0, len(messages), chunk):
            part = messages[start : start + chunk]
            await sink.publish([OutRecord(topic, None, m.value, m.headers) for m in part])
            if progress:
                done = start + len(part)
                bar = "#" * (30 * done // max(1, len(messages)))
                print(f"\r[{bar:<30}] {done}/{len(messages)}", end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)
    finally:
        await sink.stop()
    return len(messages)
