"""``python -m newswire.bench.txcost``: CPU per batch commit on a real broker, exactly_once against
at_least_once, without the pipeline (issue 19).

bench-e2e's 2-worker rows put exactly_once's extra cost at a few tenths of a CPU ms per message,
inside its rounds' spread; a transaction's cost needs a measurement of its own. This one commits
the same batches both ways, through the service's own adapters, in turns (A B A B):

- exactly_once: per input partition, one transaction of its outputs and its next offset
  (``KafkaTransactionalSink.commit``, concurrent over the partitions, as ``committers.ExactlyOnce``);
- at_least_once: the batch's outputs published (``KafkaSink.publish``), then one offset commit of
  every partition (as ``committers.AtLeastOnce``).

The outputs are the service's own (the bench corpus through the pipeline, encoded as published),
``--records`` per input partition per batch; ``--gap-ms`` between batches stands for the
pipeline's time (a partition's next transaction then never meets its previous one's markers
still being written, as under a backlog). CPU per batch: this process (only the commit path runs
in it) and the broker (this process's children, the temporary local broker; ``--broker-pid``
for another), from /proc, after ``--warm-batches`` unmeasured transactions. On a shared machine
read the figures in pairs, never alone.

``--split`` (session 37) asks where a batch's cost goes instead: exactly_once alone at two batch
sizes in turns (``SPLIT_RECORDS`` outputs per partition, about a paced load's batches and a
saturated probe's), and the broker idle for as long as the gaps between them. The two sizes give
a line: CPU ms per transaction (the fixed part: begin, offsets, AddPartitionsToTxn, the commit
and its markers) and per output. That split is what makes 80% of the probe's capacity ask ~97%
of the cores (``e2e_speed``): a batch of 10 pays its two transactions over 10 messages, the
probe's ~54 over 54.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import resource
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newswire.bench.e2e_service import bench_corpus
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.bus.producer import KafkaSink
from newswire.bus.transactional import KafkaTransactionalSink
from newswire.dev.harness import cluster
from newswire.outputs import OutputTopics
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord, OutRecord, TopicPartition
from newswire.settings import Settings

_TICK_S = 1 / os.sysconf("SC_CLK_TCK")
#: Output partitions, as bench-e2e's topics: a transaction's markers go to each one it touched.
OUTPUT_PARTITIONS = 4
#: Outputs per input partition in ``warm_broker``'s transactions (about a 2-worker batch's fetch).
WARM_RECORDS = 30
#: One batch's commit, given the batch's number.
Batch = Callable[[int], Awaitable[None]]
#: ``--split``'s outputs per input partition: a paced load's batches (5-20 records over a
#: worker's 2 partitions) and the saturation probe's (~54).
SPLIT_RECORDS = (4, 25)
#: Batch sizes (records over a worker's partitions) whose CPU ms per message ``--split`` prints.
SPLIT_BATCHES = (10, 20, 54)


@dataclass(frozen=True, slots=True)
class Cost:
    """One run's CPU ms per batch: the committing process and the broker."""

    guarantee: str
    client_ms: float
    broker_ms: float
    wall_ms: float


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its reaped children (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * _TICK_S


def children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the temporary broker is this process's child)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def extra_per_transaction(eo: Cost, alo: Cost, partitions: int) -> tuple[float, float]:
    """(client, broker) CPU ms that one transaction costs beyond at_least_once's share of the
    batch: exactly_once pays ``partitions`` transactions for what at_least_once commits once."""
    return (
        (eo.client_ms - alo.client_ms) / partitions,
        (eo.broker_ms - alo.broker_ms) / partitions,
    )


@dataclass(frozen=True, slots=True)
class Split:
    """exactly_once's CPU ms per batch as a line in its outputs: a fixed part per transaction and
    a part per output, for the client and the broker (the broker net of its idle CPU)."""

    client_per_transaction: float
    client_per_record: float
    broker_per_transaction: float
    broker_per_record: float
    #: The broker's CPU ms per batch's gap with nothing to do (left out of the fixed part).
    broker_idle: float

    def per_message(self, records: int, partitions: int) -> float:
        """Client + broker CPU ms per message of a batch of ``records`` over ``partitions``
        (one transaction each)."""
        fixed = (self.client_per_transaction + self.broker_per_transaction) * partitions
        return fixed / records + self.client_per_record + self.broker_per_record


def split(
    small: Cost, large: Cost, records: tuple[int, int], partitions: int, idle: float
) -> Split:
    """The line through two exactly_once runs of ``records`` outputs per partition (batches of one
    transaction per partition); ``idle`` is the broker's CPU ms per batch with nothing to do."""
    extra = (records[1] - records[0]) * partitions
    client_record = (large.client_ms - small.client_ms) / extra
    broker_record = (large.broker_ms - small.broker_ms) / extra
    small_outputs = records[0] * partitions
    return Split(
        client_per_transaction=(small.client_ms - small_outputs * client_record) / partitions,
        client_per_record=client_record,
        broker_per_transaction=(small.broker_ms - idle - small_outputs * broker_record)
        / partitions,
        broker_per_record=broker_record,
        broker_idle=idle,
    )


def split_report(splits: list[Split], partitions: int) -> str:
    """One line per pair of runs, then the CPU ms per message at ``SPLIT_BATCHES``."""
    lines = []
    for s in splits:
        lines.append(
            f"exactly_once CPU ms per transaction: client {s.client_per_transaction:.2f}, broker "
            f"{s.broker_per_transaction:.2f} (net of its idle {s.broker_idle:.2f} a batch); "
            f"per output: client {s.client_per_record:.3f}, broker {s.broker_per_record:.3f}"
        )
        cells = ", ".join(f"{n} records {s.per_message(n, partitions):.2f}" for n in SPLIT_BATCHES)
        lines.append(f"  commit CPU ms per message at a batch of {cells}")
    return "\n".join(lines)


def service_outputs(count: int, topics: OutputTopics) -> list[OutRecord]:
    """``count`` outputs as the service publishes them: bench-corpus inputs through the pipeline."""
    pipeline = Pipeline(PipelineOptions())
    now = datetime.now(UTC)
    return [
        topics.encode(pipeline.process(InRecord("raw", 0, i, -1, None, value), now=now))
        for i, value in enumerate(bench_corpus(count))
    ]


async def _idle_broker_ms(args: argparse.Namespace) -> float:
    """The broker's CPU ms per batch while this process only sleeps the batches' gaps: the part
    of ``_measured``'s broker figure that no transaction caused."""
    broker_pids = [args.broker_pid] if args.broker_pid else children_of(os.getpid())
    batches: int = args.batches
    before = sum(map(process_cpu_s, broker_pids))
    await asyncio.sleep(batches * args.gap_ms / 1000)
    return (sum(map(process_cpu_s, broker_pids)) - before) * 1000 / batches


async def run_split(bootstrap: str, args: argparse.Namespace) -> list[Split]:
    """``--split``: exactly_once at both ``SPLIT_RECORDS`` in turns, with an idle reading each
    pair, after the warm-up."""
    small_n, large_n = SPLIT_RECORDS
    splits = []
    async with (
        committers(bootstrap, args.partitions, small_n) as (small, _),
        committers(bootstrap, args.partitions, large_n) as (large, _),
    ):
        for i in range(args.warm_batches):
            await small(i)
        for _ in range(args.repeats):
            small_cost = await _measured("exactly_once", small, args)
            large_cost = await _measured("exactly_once", large, args)
            idle = await _idle_broker_ms(args)
            splits.append(split(small_cost, large_cost, SPLIT_RECORDS, args.partitions, idle))
    return splits


async def _measured(guarantee: str, batch: Batch, args: argparse.Namespace) -> Cost:
    """CPU and wall ms per batch over ``--batches`` batches, after a few unmeasured ones."""
    for i in range(3):
        await batch(i)
    broker_pids = [args.broker_pid] if args.broker_pid else children_of(os.getpid())
    usage, broker = resource.getrusage(resource.RUSAGE_SELF), sum(map(process_cpu_s, broker_pids))
    started, gaps = time.perf_counter(), 0.0
    for i in range(3, 3 + args.batches):
        await batch(i)
        gap_started = time.perf_counter()
        await asyncio.sleep(args.gap_ms / 1000)
        gaps += time.perf_counter() - gap_started
    wall = time.perf_counter() - started - gaps
    after = resource.getrusage(resource.RUSAGE_SELF)
    client = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
    broker = sum(map(process_cpu_s, broker_pids)) - broker
    per_batch = 1000 / args.batches
    return Cost(guarantee, client * per_batch, broker * per_batch, wall * per_batch)


@contextlib.asynccontextmanager
async def committers(
    bootstrap: str, partitions: int, records: int, tag: str | None = None
) -> AsyncIterator[tuple[Batch, Batch]]:
    """Fresh topics (``txcost<tag>.*``, a random tag unless given) and the service's sinks on
    them: one batch's commit exactly_once (a transaction per input partition) and at_least_once
    (publish, then one offset commit), each of ``records`` outputs per input partition, the
    batch's number its next offset."""
    connection = Connection(bootstrap)
    tag = tag or uuid.uuid4().hex[:8]
    topics = OutputTopics(f"txcost{tag}.articles", f"txcost{tag}.dlq", f"txcost{tag}.articles")
    raw = f"txcost{tag}.raw"
    await ensure_topics(connection, [raw], partitions=partitions, replication_factor=None)
    await ensure_topics(
        connection,
        [topics.articles, topics.deadletters],
        partitions=OUTPUT_PARTITIONS,
        replication_factor=None,
    )
    outputs = service_outputs(records * partitions, topics)
    inputs = [TopicPartition(raw, p) for p in range(partitions)]
    chunks = [outputs[p * records : (p + 1) * records] for p in range(partitions)]

    transactions = KafkaTransactionalSink(
        connection, group_id=f"eo{tag}", transactional_id_prefix=f"txcost{tag}"
    )
    sink = KafkaSink(connection)
    source = KafkaSource(connection, topic=raw, group_id=f"alo{tag}")
    await asyncio.gather(*(transactions.open(tp) for tp in inputs))
    await sink.start()
    await source.start()
    while not source.assignment():  # the group assigns the (empty) input partitions
        await source.getmany(timeout_ms=100, max_records=1)

    async def exactly_once(i: int) -> None:
        await asyncio.gather(
            *(
                transactions.commit(tp, chunk, i + 1)
                for tp, chunk in zip(inputs, chunks, strict=True)
            )
        )

    async def at_least_once(i: int) -> None:
        await sink.publish(outputs)
        if not await source.commit(dict.fromkeys(inputs, i + 1)):
            raise RuntimeError("the at_least_once group lost its partitions")

    try:
        yield exactly_once, at_least_once
    finally:
        await transactions.close_all()
        await sink.stop()
        await source.stop()


async def warm_broker(
    bootstrap: str, transactions: int, partitions: int = 2, tag: str | None = None
) -> None:
    """At least ``transactions`` unmeasured transactions, in exactly_once batches of
    ``partitions`` (none for 0): a fresh broker's transaction path costs about twice as much CPU
    over its first ~900 transactions (its JIT warming), which a production broker has long
    behind it."""
    if transactions <= 0:
        return
    async with committers(bootstrap, partitions, WARM_RECORDS, tag) as (exactly_once, _):
        for i in range(-(-transactions // partitions)):
            await exactly_once(i)


async def run(bootstrap: str, args: argparse.Namespace) -> list[Cost]:
    costs = []
    async with committers(bootstrap, args.partitions, args.records) as (eo, alo):
        # Unmeasured first: see ``warm_broker``.
        for i in range(args.warm_batches):
            await eo(i)
        for _ in range(args.repeats):
            costs.append(await _measured("exactly_once", eo, args))
            costs.append(await _measured("at_least_once", alo, args))
    return costs


def report(costs: list[Cost], partitions: int) -> str:
    """Each run's line in the order run, then each pair's extra per transaction."""
    lines = [
        f"{c.guarantee:14} CPU ms per batch: client {c.client_ms:6.2f}, broker {c.broker_ms:6.2f}"
        f"; wall {c.wall_ms:6.1f} ms"
        for c in costs
    ]
    pairs = zip(costs[0::2], costs[1::2], strict=False)
    for eo, alo in pairs:
        client, broker = extra_per_transaction(eo, alo, partitions)
        lines.append(
            f"exactly_once's extra CPU ms per transaction: client {client:.2f}, broker {broker:.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bootstrap", default=None, help="default: a temporary local broker")
    parser.add_argument("--broker-pid", type=int, default=0, help="the broker's pid (/proc)")
    parser.add_argument("--partitions", type=int, default=2, help="input partitions of a worker")
    parser.add_argument("--records", type=int, default=30, help="outputs per partition per batch")
    parser.add_argument("--batches", type=int, default=150)
    parser.add_argument("--gap-ms", type=float, default=100.0)
    parser.add_argument("--repeats", type=int, default=2, help="pairs of runs (A B A B)")
    parser.add_argument(
        "--warm-batches",
        type=int,
        default=500,
        help="unmeasured exactly_once batches first, to warm the broker's transaction path",
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help=f"exactly_once only, at {SPLIT_RECORDS} outputs per partition in turns: CPU ms per "
        "transaction and per output (--records unused)",
    )
    args = parser.parse_args(argv)
    with cluster(Settings(), args.bootstrap, prefix="newswire-txcost-", heap_mb=1024) as bootstrap:
        if args.split:
            print(split_report(asyncio.run(run_split(bootstrap, args)), args.partitions))
            return 0
        costs = asyncio.run(run(bootstrap, args))
    print(report(costs, args.partitions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
