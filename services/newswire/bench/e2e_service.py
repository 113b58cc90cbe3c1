"""The service under the end-to-end benchmark: the corpus it is fed, its topics, its environment,
its workers' memory."""

from __future__ import annotations

import base64
import contextlib
import gzip
import json
import os
import platform
import time
from collections.abc import Mapping
from pathlib import Path

from newswire.dev import harness
from newswire.dev.inputs import BAD_INPUTS
from newswire.settings import REPO_ROOT

PARTITIONS = 4

DEV_PAGES = REPO_ROOT.parent / "shared" / "bench" / "article-extraction"


def bench_corpus(count: int, seeds: Path = REPO_ROOT / "seeds") -> list[bytes]:
    """``count`` raw values cycling through the dev HTML pages and the text seeds, with one bad
    input in ten. HTML travels gzip-compressed in a base64 envelope, as a crawler that keeps the
    bytes it fetched would send it (the pages average 164 KB; compressed, the topic stays small
    enough to load quickly); decompression is part of the measured pipeline."""
    html: list[tuple[str, bytes]] = []
    if DEV_PAGES.is_dir():
        truth = json.loads((DEV_PAGES / "ground-truth.json").read_text())
        for page, item in sorted(truth.items()):
            html.append((item["url"], (DEV_PAGES / "html" / f"{page}.html.gz").read_bytes()))
    else:
        for path in sorted((seeds / "html").glob("*.json")):
            envelope = json.loads(path.read_bytes())
            html.append((envelope["url"], gzip.compress(envelope["body"].encode())))
    texts = [path.read_bytes() for path in sorted((seeds / "text").glob("*.txt"))]
    items: list[bytes] = []
    for url, compressed in html:
        body = base64.b64encode(compressed).decode()
        items.append(
            json.dumps(
                {"url": url, "content_type": "text/html", "body": body, "encoding": "base64"}
            ).encode()
        )
    items.extend(texts)
    values = []
    for i in range(count):
        if i % 10 == 3:
            values.append(BAD_INPUTS[i % len(BAD_INPUTS)])
        else:
            values.append(items[i % len(items)])
    return values


def topics_of(tag: str) -> tuple[str, str, str]:
    """The raw, articles and dead-letter topics of one run."""
    return f"bench{tag}.raw", f"bench{tag}.articles", f"bench{tag}.dlq"


def service_env(tag: str, guarantee: str) -> dict[str, str]:
    """The service's settings for one run on ``topics_of(tag)``."""
    raw, articles, dlq = topics_of(tag)
    return {
        "NEWSWIRE_RAW_TOPIC": raw,
        "NEWSWIRE_ARTICLES_TOPIC": articles,
        "NEWSWIRE_DEADLETTER_TOPIC": dlq,
        # One output stream: the benchmark counts outputs on the articles and dead-letter topics.
        "NEWSWIRE_PAGES_TOPIC": articles,
        "NEWSWIRE_GROUP_ID": f"bench{tag}",
        "NEWSWIRE_PROCESSING_GUARANTEE": guarantee,
        "NEWSWIRE_LOG_LEVEL": "WARNING",
    }


def rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def machine() -> str:
    """This machine and day, for the report's head, and any ``NEWSWIRE_*`` setting the service's
    runs inherit from the bench's environment (``harness.inherited_settings``) (a run made with a non-default setting says so in
    its own output, not only in whoever quotes it)."""
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    head = (
        f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}"
    )
    return head + inherited_settings(harness.inherited_settings())


def inherited_settings(environ: Mapping[str, str]) -> str:
    """``NEWSWIRE_*`` variables in ``environ`` that every run's service inherits, as the
    report head's suffix (empty when none: the defaults)."""
    own = set(service_env("", "exactly_once"))
    inherited = sorted(
        f"{name}={value}"
        for name, value in environ.items()
        if name.startswith("NEWSWIRE_") and name not in own
    )
    return f"; service settings from the environment: {' '.join(inherited)}" if inherited else ""
