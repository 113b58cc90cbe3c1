"""The service under the end-to-end benchmark: its topics, its environment, its workers' memory."""

from __future__ import annotations

import contextlib
import os
import platform
import time
from pathlib import Path

PARTITIONS = 4


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
    """This machine and day, for the report's head."""
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}"
    )
