"""Crash the running service at random moments and count what came out: lost and duplicated inputs.

Used by the fault-injection test (5 kills, asserts) and by ``make bench-chaos`` (20+ kills,
prints). One run:

1. Fresh topics (4 partitions); ``newswire run --workers W`` in its own process group.
2. A mix of inputs (HTML envelopes, text scrapes, bad inputs that must be dead-lettered), cut
   into ``kills + 1`` bursts.
3. ``kills`` times: wait until the service is ready, publish a burst, and while it is being
   processed (a random 0.05 to 0.8 s later) SIGKILL either the whole service (the process group:
   supervisor and workers at once; then start a new one) or one worker (its supervisor restarts it).
4. When every input has an output (or the deadline passes), a ``read_committed`` consumer reads
   the articles and dead-letter topics from the beginning and matches each output to its input by
   provenance (partition, offset): lost = inputs without output, duplicated = extra outputs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newswire.dev.harness import ServiceProcess, Topics, cluster, input_of, publish, read_outputs
from newswire.dev.inputs import mixed_inputs
from newswire.dev.stopsignals import stops_on_signals
from newswire.settings import REPO_ROOT, Settings


@dataclass
class ChaosReport:
    guarantee: str
    workers: int
    inputs: int
    kills: list[str] = field(default_factory=list)
    outputs: int = 0
    lost: int = 0
    duplicated: int = 0
    seconds: float = 0.0
    seed: int = 0

    def line(self) -> str:
        kinds = Counter(self.kills)
        return (
            f"{self.guarantee:13} workers={self.workers} inputs={self.inputs} "
            f"kills={len(self.kills)} (service {kinds['service']}, worker {kinds['worker']}) "
            f"outputs={self.outputs} lost={self.lost} duplicated={self.duplicated} "
            f"in {self.seconds:.0f} s (seed {self.seed})"
        )


async def run_chaos(
    bootstrap: str,
    *,
    guarantee: str,
    inputs: int = 2000,
    kills: int = 5,
    workers: int = 2,
    partitions: int = 4,
    seed: int | None = None,
    log_dir: Path,
    drain_timeout_s: float = 240.0,
) -> ChaosReport:
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 30)
    rng = random.Random(seed)  # noqa: S311 - kill timing, not cryptography
    topics = Topics.unique("chaos")
    env = _service_env(topics, guarantee)
    await topics.create(bootstrap, partitions=partitions)
    log_path = log_dir / f"chaos-{topics.group}.log"
    report = ChaosReport(guarantee=guarantee, workers=workers, inputs=inputs, seed=seed)
    started = time.monotonic()
    service = ServiceProcess(bootstrap, env=env, workers=workers, log_path=log_path)
    values = mixed_inputs(inputs)
    bursts = [values[i :: kills + 1] for i in range(kills + 1)]
    try:
        for burst in bursts[:-1]:
            # Kill a service that is working: wait until every worker is in the group, publish
            # a burst, then kill at a random moment while the burst is being processed.
            await service.wait_ready()
            await publish(bootstrap, topics.raw, burst)
            await asyncio.sleep(rng.uniform(0.05, 0.8))
            pids = service.worker_pids()
            if pids and rng.random() < 0.5:
                os.kill(rng.choice(pids), signal.SIGKILL)
                report.kills.append("worker")
            else:
                service.kill_all()
                report.kills.append("service")
                service = ServiceProcess(bootstrap, env=env, workers=workers, log_path=log_path)
        await publish(bootstrap, topics.raw, bursts[-1])
        outputs = await read_outputs(
            bootstrap,
            topics.outputs,
            until=inputs,
            within_s=drain_timeout_s,
            distinct=input_of,
            settle_s=3.0,
        )
    finally:
        service.stop(timeout=60)
    seen = Counter(input_of(event) for _, event in outputs)
    report.seconds = time.monotonic() - started
    report.outputs = sum(seen.values())
    report.lost = inputs - len(seen)
    report.duplicated = sum(count - 1 for count in seen.values())
    return report


def _service_env(topics: Topics, guarantee: str) -> dict[str, str]:
    """Small batches (a kill lands inside one), quick retries, a short session (a killed member
    leaves the group within seconds)."""
    return {
        **topics.env(),
        "NEWSWIRE_PROCESSING_GUARANTEE": guarantee,
        "NEWSWIRE_BATCH_MAX_RECORDS": "50",
        "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
        "NEWSWIRE_RETRY_BACKOFF_MAX_S": "1",
        "NEWSWIRE_TRANSACTION_TIMEOUT_MS": "20000",
    }


def _iter_guarantees(value: str) -> Iterator[str]:
    yield from (["exactly_once", "at_least_once"] if value == "both" else [value])


@stops_on_signals
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bootstrap",
        default=None,
        help="cluster to use (default: NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS, else a temporary local broker)",
    )
    parser.add_argument(
        "--guarantee", choices=["exactly_once", "at_least_once", "both"], default="both"
    )
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--inputs", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--log-dir", type=Path, default=REPO_ROOT / ".newswire" / "chaos")
    parser.add_argument("--json", type=Path, default=None, help="also write the reports here")
    args = parser.parse_args(argv)
    with cluster(Settings(), args.bootstrap, prefix="newswire-chaos-broker-") as bootstrap:
        reports = _run_all(args, bootstrap)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in reports], indent=2) + "\n")
    failed = any(r.lost or (r.guarantee == "exactly_once" and r.duplicated) for r in reports)
    return 1 if failed else 0


def _run_all(args: argparse.Namespace, bootstrap: str) -> list[ChaosReport]:
    reports = []
    for guarantee in _iter_guarantees(args.guarantee):
        report = asyncio.run(
            run_chaos(
                bootstrap,
                guarantee=guarantee,
                inputs=args.inputs,
                kills=args.kills,
                workers=args.workers,
                seed=args.seed,
                log_dir=args.log_dir,
            )
        )
        print(report.line(), flush=True)
        reports.append(report)
    return reports


if __name__ == "__main__":
    raise SystemExit(main())
