"""``newswire up``, the job behind ``make run``: everything a newcomer needs to see newswire work.

1. Use NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS, or start the local broker (and stop it again at the end);
2. start the service (``newswire run``) as a child process, logging to NEWSWIRE_HOME/service.log;
3. wait until it is ready, replay the seeds to the raw topic;
4. print every resulting Article or DeadLetter, then the metrics URL, and keep printing new ones
   until Ctrl-C (SIGINT) or SIGTERM, which stops the service and the broker this command started
   (``stopsignals``: either signal unwinds this command from wherever it is, broker start
   included, and it exits 130 or 143).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newswire import localbroker
from newswire.dev.harness import committed_consumer, partitions_of
from newswire.dev.stopsignals import stops_on_signals
from newswire.settings import Settings

_READY_TIMEOUT_S = 120.0


@stops_on_signals
def run_stack(
    settings: Settings,
    paths: list[Path],
    *,
    exit_after_results: bool,
    environ: dict[str, str],
) -> int:
    """``environ``: the caller's environment, handed on to the service it starts."""
    home = settings.home
    home.mkdir(parents=True, exist_ok=True)
    broker_data = home / "broker"
    started_broker = False
    service: subprocess.Popen[bytes] | None = None
    # Everything this command starts is started inside the try: a signal during the broker's
    # start (seconds of JVM start-up) stops that broker too.
    try:
        bootstrap = settings.kafka_bootstrap_servers or localbroker.status(broker_data)
        if not bootstrap:
            _say("starting a local Kafka broker (first run fetches the jars with Maven)…")
            started_broker = True
            bootstrap = localbroker.start(
                data=broker_data,
                pom=settings.broker_pom,
                cache=settings.broker_cache,
                heap_mb=settings.broker_heap_mb,
            )
        _say(f"Kafka at {bootstrap}")
        port = (
            settings.metrics_port if _port_free(settings.metrics_port) else localbroker.free_port()
        )
        service = _start_service(
            home / "service.log",
            {
                **environ,
                "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
                "NEWSWIRE_METRICS_PORT": str(port),
            },
        )
        return asyncio.run(
            _show(settings, bootstrap, port, paths, service, exit_after_results=exit_after_results)
        )
    finally:
        if service is not None:
            _stop_child(service)
            _say("service stopped")
        if started_broker:
            localbroker.stop(broker_data)
            _say("local broker stopped")


def _start_service(log_path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """``newswire run`` in a session of its own (a terminal's Ctrl-C reaches this command only,
    which stops the service itself), logging to ``log_path``."""
    with log_path.open("ab") as log_file:
        service = subprocess.Popen(
            [sys.executable, "-m", "newswire", "run"],
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    _say(f"service started (pid {service.pid}), logs in {log_path}")
    return service


async def _show(
    settings: Settings,
    bootstrap: str,
    port: int,
    paths: list[Path],
    service: subprocess.Popen[bytes],
    *,
    exit_after_results: bool,
) -> int:
    from newswire.dev.replay import replay

    base = f"http://{settings.metrics_host}:{port}"
    if not await _wait_ready(f"{base}/readyz", service):
        return 1
    outputs = list(dict.fromkeys([settings.articles_topic, settings.pages_topic]))
    partitions = await partitions_of(bootstrap, [*outputs, settings.deadletter_topic])
    consumer = committed_consumer(bootstrap)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_end(*partitions)
        for tp in partitions:  # resolve positions now, so that only this replay's outputs show
            await consumer.position(tp)
        sent = await replay(settings, bootstrap, paths, settings.raw_topic, progress=False)
        _say(f"replayed {sent} input(s) from {', '.join(map(str, paths))}")
        seen = articles = 0
        page_types: Counter[str] = Counter()
        announced = False
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            for tp, messages in batch.items():
                for message in messages:
                    seen += 1
                    is_article = tp.topic in outputs
                    articles += is_article
                    if is_article:
                        page_types[_page_type(message.headers)] += 1
                    kind = "Article" if is_article else "DeadLetter"
                    print(f"--- {kind} ({tp.topic}[{tp.partition}]@{message.offset})", flush=True)
                    print(_pretty(message.value), flush=True)
            if seen >= sent and not announced:
                announced = True
                _say(f"{articles} Article(s), {seen - articles} DeadLetter(s) for {sent} input(s)")
                _say(f"page types: {_page_types(page_types, settings)}")
                _say(f"metrics: {base}/metrics   health: {base}/healthz   ready: {base}/readyz")
                if exit_after_results:
                    break
                _say("running; Ctrl-C stops the service and the broker it started")
            if service.poll() is not None:
                _say(f"service exited with {service.returncode}; see its log")
                return 1
    finally:
        await consumer.stop()
    return 0


def _page_type(headers: Sequence[tuple[str, bytes]]) -> str:
    for name, value in headers:
        if name == "newswire-page-type":
            return value.decode("ascii", "replace")
    return "article"


def _page_types(counts: Counter[str], settings: Settings) -> str:
    """``article 23 (news.articles), listing 2 (news.pages)``: what the replay's Articles were."""
    if not counts:
        return "none"
    parts = []
    for page_type, count in counts.most_common():
        topic = settings.articles_topic if page_type == "article" else settings.pages_topic
        parts.append(f"{page_type} {count} ({topic})")
    return ", ".join(parts)


def _pretty(value: bytes | None) -> str:
    import json

    try:
        return json.dumps(json.loads(value or b"null"), indent=2, ensure_ascii=False)
    except ValueError:
        return repr(value)


async def _wait_ready(url: str, service: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + _READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if service.poll() is not None:
            _say(f"service exited with {service.returncode} before it was ready; see its log")
            return False
        if await asyncio.to_thread(_http_ok, url):
            return True
        await asyncio.sleep(0.3)
    _say("service did not become ready in time")
    return False


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own loopback URL
            return bool(response.status == 200)
    except OSError:
        return False


def _port_free(port: int) -> bool:
    import socket

    if port == 0:
        return False
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _stop_child(process: subprocess.Popen[bytes], timeout_s: float = 30.0) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout_s)
    except KeyboardInterrupt:  # stopped while it stops: leave no service behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    except subprocess.TimeoutExpired:
        process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)


def _say(message: str) -> None:
    print(f"newswire: {message}", file=sys.stderr, flush=True)
