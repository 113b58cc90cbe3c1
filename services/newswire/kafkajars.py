"""The Apache Kafka jars of the local broker and cluster (``localbroker``, ``localcluster``):
resolved by Maven from ``deploy/kafka/pom.xml`` into a cache keyed by the pom's digest, fetched
once and reused offline."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from newswire.errors import LocalBrokerError


def fetch_jars(pom: Path, cache: Path) -> Path:
    """Resolve the broker jars with Maven into ``cache/<pom digest>/libs`` (once)."""
    if not pom.is_file():
        raise LocalBrokerError(f"no Maven pom at {pom}")
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:12]
    libs = (cache / digest / "libs").resolve()
    if (libs.parent / "complete").is_file():
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalBrokerError("Maven (mvn) is not installed; it fetches the Kafka jars")
    libs.mkdir(parents=True, exist_ok=True)
    command = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={libs}",
        "-DincludeScope=runtime",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise LocalBrokerError(
            f"mvn failed ({result.returncode}):\n{result.stdout[-3000:]}{result.stderr[-2000:]}"
        )
    (libs.parent / "complete").write_text("ok\n")
    return libs
