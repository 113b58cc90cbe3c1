"""``make bench-e2e``'s table and charts: every figure beside the baseline of the same run, and the
machine's speed that day (pipeline-only msgs/s, µs per stage), so a slow day reads as a slow day
and not as a regression."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newswire.bench.e2e_latency_table import latency_table
from newswire.bench.e2e_ratios import aba_lines, pair_lines, shown
from newswire.bench.e2e_repeats import default_p99s, share_note, start_note
from newswire.bench.e2e_variants import variant_label


@dataclass
class Throughput:
    name: str
    messages: int
    seconds: float
    mb: float
    peak_rss_mb: list[float] = field(default_factory=list)
    #: msgs/s of every round of this run (the row itself is the median round).
    rounds_per_s: list[float] = field(default_factory=list)
    #: CPU ms per message over the measured window: the workers' processes (every thread), and
    #: their pipeline threads alone (step 2); pipeline only: its one thread, both figures.
    cpu_ms: float = 0.0
    pipeline_cpu_ms: float = 0.0
    #: The CPU ms per message (``cpu_ms``) of every round, in the order of ``rounds_per_s``.
    rounds_cpu_ms: list[float] = field(default_factory=list)
    #: The workers' batches over the whole run (``e2e_receipts.batch_metrics``), one line.
    batches: str = ""
    #: The measured window's start and end (output timestamps, ``time.time()`` clock).
    window: tuple[float, float] = (0.0, 0.0)
    #: The pipeline threads' migrations between cores, voluntary switches (waits) and
    #: involuntary ones (preemptions) per message over the window (``e2e_cpu.window_sched``);
    #: None: not measured.
    pipeline_sched: tuple[float, float, float] | None = None

    @property
    def per_s(self) -> float:
        return self.messages / self.seconds if self.seconds > 0 else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.seconds if self.seconds > 0 else 0.0


@dataclass
class Latency:
    #: Offered rate as a fraction of the measured maximum (exactly_once, 2 workers).
    load: float
    offered_per_s: float
    seconds: float
    messages: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    #: Per worker, RSS after warm-up (half the run) and at the end.
    rss_after_warmup_mb: list[float]
    rss_end_mb: list[float]
    samples_ms: list[float] = field(default_factory=list, repr=False)
    #: A fixed bound (NEWSWIRE_BATCH_MIN/MAX_PROCESSING_MS) of this run; None: the default.
    batch_max_processing_ms: int | None = None
    #: A fill wait (NEWSWIRE_BATCH_FILL_MS) of this run; None: the default.
    batch_fill_ms: int | None = None
    #: Outputs received per second while the load was offered (the middle 80% of the run): below
    #: the offered rate, the service did not keep up and the load was past its capacity in these
    #: conditions (the load generator and this consumer share the machine; the capacity was
    #: measured from a preloaded topic, without them).
    received_per_s: float = 0.0
    #: Per worker, RSS at 20% of the run (still warming up).
    rss_early_mb: list[float] = field(default_factory=list)
    #: The workers' batches (count, mean size and commit, cut) and where the time went
    #: (``e2e_latency.breakdown``), one line.
    breakdown: str = ""
    #: CPU ms per message of the workers, the broker, the load generator + latency consumer
    #: (``e2e_cpu.account``), one line.
    cpu: str = ""
    #: The saturation probe (offered above capacity; its out msgs/s is the capacity with the
    #: load generator and the latency consumer running), not a latency run.
    probe: bool = False
    #: msgs/s taken as 100% load (``e2e_repeats.load_base``: the lower of the probe's and the
    #: preloaded capacity), and the capacity from a preloaded topic without the apparatus.
    capacity_per_s: float = 0.0
    preloaded_capacity_per_s: float = 0.0
    #: Pipeline-only msgs/s (median of three short passes) just before this run (0: none).
    machine_per_s: float = 0.0
    #: How the offered rate was set (``e2e_speed``): capacity x load, the same pass's msgs/s
    #: just before the probe, the factor applied (1.0: none) and whether scaling was on.
    nominal_per_s: float = 0.0
    speed_reference_per_s: float = 0.0
    speed_factor: float = 1.0
    speed_scaled: bool = False
    #: Seconds of load offered before the timed window (``e2e_latency.START_S``; 0: none) and the
    #: p99 of the inputs sent in them (0: none), printed apart from the timed window's.
    start_seconds: float = 0.0
    start_p99_ms: float = 0.0
    #: A ``--variant``'s settings; empty: the default. Transactions per 1,000 records, CPU ms/msg.
    settings: dict[str, str] = field(default_factory=dict)
    transactions_per_1000: float | None = None
    workers_cpu_ms: float = 0.0
    broker_cpu_ms: float = 0.0
    #: The share of the machine's cores the load asked at its own CPU cost per message
    #: (``e2e_cpu.load_share``); 0: not measured.
    cpu_share: float = 0.0

    @property
    def setting(self) -> str:
        """The setting this run tried against the default ("": the default)."""
        if self.settings:
            return variant_label(self.settings)
        if self.batch_max_processing_ms is not None:
            return (
                f"fixed bound: NEWSWIRE_BATCH_MIN/MAX_PROCESSING_MS={self.batch_max_processing_ms}"
            )
        if self.batch_fill_ms is not None:
            return f"fill wait: NEWSWIRE_BATCH_FILL_MS={self.batch_fill_ms}"
        return ""


# -- rates --------------------------------------------------------------------------------------


#: Outputs closer than this are one burst (one batch's commits stamp theirs within milliseconds;
#: the next batch's come a processing time later).
BURST_GAP_S = 0.05


def steady(name: str, stamps: list[float], mb: float, peak_rss: dict[int, float]) -> Throughput:
    """Rate over the middle 80% of the outputs (the steady state: first-to-last would leave the
    first batch's processing time out), from the end of a burst to the end of a burst. Outputs
    come in bursts of up to 500; a window cut inside one counts part of a batch against the whole
    time of its processing, up to +-12% with 500-record batches in 4,000 outputs, which made the
    count-only row (big batches) look faster or slower than it was from round to round."""
    stamps = sorted(stamps)
    limit = len(stamps) // 4
    low = burst_end(stamps, int(len(stamps) * 0.1), limit)
    high = burst_end(stamps, int(len(stamps) * 0.9), limit)
    if high <= low:
        low, high = int(len(stamps) * 0.1), int(len(stamps) * 0.9)
    count = high - low
    return Throughput(
        name,
        count,
        stamps[high] - stamps[low],
        mb * count / len(stamps),
        sorted(peak_rss.values()),
        window=(stamps[low], stamps[high]),
    )


def burst_end(stamps: list[float], index: int, limit: int) -> int:
    """The last output of the burst holding ``index`` (at most ``limit`` further; ``index`` if
    no gap ends it by then: outputs that never pause have no bursts to align to)."""
    for end in range(index, min(len(stamps), index + limit)):
        if end == len(stamps) - 1 or stamps[end + 1] - stamps[end] >= BURST_GAP_S:
            return end
    return index


def median_round(runs: list[Throughput]) -> Throughput:
    ordered = sorted(runs, key=lambda run: run.per_s)
    middle = ordered[len(ordered) // 2]
    middle.rounds_per_s = [run.per_s for run in runs]
    middle.rounds_cpu_ms = [run.cpu_ms for run in runs]
    return middle


PIPELINE = "pipeline only"
RAW_BUS = "raw bus (aiokafka copy)"
EOS1 = "newswire exactly_once --workers 1"
ALO1 = "newswire at_least_once --workers 1"
EOS2 = "newswire exactly_once --workers 2"
ALO2 = "newswire at_least_once --workers 2"
#: The round's second run of a baseline, after the run it is the baseline of (``e2e_rounds``:
#: A B A).
ALO2_AGAIN = f"{ALO2} (again)"
PIPELINE_AGAIN = "pipeline only (again)"
#: exactly_once, 1 worker, NEWSWIRE_BATCH_MAX_PROCESSING_MS=0: batches bounded by count only.
EOS1_UNBOUNDED = "newswire exactly_once --workers 1, no time bound"

#: p99 ceilings per offered load (issue 19), and the floors of the throughput ratios.
P99_CEILING_MS = {0.5: 500.0, 0.8: 1000.0}
ENRICH_PER_EXTRACT_CEILING = 0.25


def report(results: dict[str, Any]) -> str:
    rows: list[Throughput] = results["throughput"]
    by_name = {row.name: row for row in rows}
    stages: dict[str, float] = results["stage_us"]
    pipeline = by_name.get(PIPELINE)
    lines = [
        f"# make bench-e2e — {results['machine']}",
        f"# corpus: {results['messages']} messages, {results['corpus_mb']:.1f} MB "
        "(dev HTML pages gzip-compressed in envelopes, text seeds, ~10% bad inputs); topics with "
        "4 partitions",
        "",
        "# machine speed in this run (compare these before comparing latencies across days): "
        + (f"pipeline only {pipeline.per_s:.0f} msgs/s; " if pipeline else "")
        + "µs per message by stage: "
        + ", ".join(f"{stage} {us:.0f}" for stage, us in stages.items()),
        "",
        f"# throughput: median of {results.get('rounds', 1)} interleaved rounds (all rounds in "
        "brackets)",
        "",
        f"{'run':50} {'msgs/s':>7} {'rounds':>17} {'MB/s':>6} {'peak RSS/worker MB':>19} "
        f"{'CPU ms/msg (pipeline thread)':>28}",
    ]
    for row in rows:
        rss = ", ".join(f"{r:.0f}" for r in row.peak_rss_mb) or "-"
        spread = "/".join(f"{r:.0f}" for r in row.rounds_per_s)
        cpu = f"{row.cpu_ms:.2f} ({row.pipeline_cpu_ms:.2f})" if row.cpu_ms else "-"
        lines.append(
            f"{row.name:50} {row.per_s:7.0f} {spread:>17} {row.mb_per_s:6.2f} {rss:>19} {cpu:>28}"
        )
    lines.append(
        "CPU ms/msg: the workers' processes over the measured window (every thread; the pipeline "
        "threads in brackets), from /proc; less sensitive to other load than msgs/s"
    )
    lines += [f"{row.name} (median round): {row.batches}" for row in rows if row.batches]
    every_latency: list[Latency] = results["latencies"]
    latencies = [latency for latency in every_latency if not latency.probe and not latency.setting]
    lines += latency_table(every_latency, results["latency_workers"])
    growth = _rss_growth(latencies[0]) if latencies else []
    if latencies:
        first = latencies[0]
        columns = [first.rss_early_mb, first.rss_after_warmup_mb, first.rss_end_mb]
        lines.append(
            f"RSS per worker at 20% -> 50% -> end of the {first.load:.0%} run (MB): "
            + ", ".join(
                " -> ".join(f"{mb:.0f}" for mb in worker) for worker in zip(*columns, strict=False)
            )
            + (f" (growth after warm-up, 50% -> end: {max(growth):+.1f}%" if growth else "")
            + (f"; 20% -> end: {max(early):+.1f}%)" if (early := _rss_growth(first, 0.2)) else ")")
        )
        lines.append(
            "warm-up: the pipeline alone grows ~20% over its first ~750 records (caches, the "
            "allocator's arenas), then stays flat, so RSS growth is measured from half the run"
        )
    lines += [
        "",
        "floors and ratios (issues 6 and 19 in brackets; a throughput ratio is the median of its "
        "rounds' ratios, each round's two runs minutes apart, every round listed):",
    ]

    def ratio(label: str, top: str, bottom: str, floor: float | None) -> None:
        if top in by_name and bottom in by_name and by_name[bottom].per_s:
            lines.extend(pair_lines(label, by_name[top], by_name[bottom], floor))

    # A full run measures these two pairs A B A (e2e_rounds); a run without the second A, plainly.
    for label, top, base, again in (
        ("end to end (exactly_once, 1 worker) / pipeline only", EOS1, PIPELINE, PIPELINE_AGAIN),
        ("exactly_once / at_least_once (2 workers)", EOS2, ALO2, ALO2_AGAIN),
    ):
        if again in by_name:
            lines += aba_lines(by_name, label, (top, base, again), 0.90)
        else:
            ratio(label, top, base, 0.90)
    ratio("exactly_once / at_least_once (1 worker)", EOS1, ALO1, 0.90)
    ratio("time bound / count only (exactly_once, 1 worker)", EOS1, EOS1_UNBOUNDED, 0.95)
    ratio("workers 2 / workers 1 (exactly_once)", EOS2, EOS1, None)
    ratio("newswire (exactly_once, 1 worker) / raw bus", EOS1, RAW_BUS, None)
    lines += _enrich_lines(stages)
    for load, p99, runs in default_p99s(latencies):  # repeated runs: judged on their median
        label = f"p99 latency at {load:.0%} load" + (f", median of {len(runs)}" if runs[1:] else "")
        each = f"  (runs {' / '.join(f'{run:.0f}' for run in runs)})" if runs[1:] else ""
        each += share_note(latencies, load)
        each += start_note(latencies, load)
        if (ceiling := P99_CEILING_MS.get(load)) is None:
            lines.append(f"  {label:56} {p99:6.0f} ms{each}")
            continue
        verdict = " ok" if p99 <= ceiling else " ABOVE CEILING"
        shown_p99 = shown(p99, 0, ceiling=ceiling)
        lines.append(f"  {label:56} {shown_p99:>6} ms [<= {ceiling:.0f} ms]{verdict}{each}")
    if growth:
        lines.append(
            f"  {'RSS growth after warm-up':56} "
            f"{('+' if max(growth) >= 0 else '') + shown(max(growth), 1, ceiling=10):>6}% [<= 10%]"
            + (" ok" if max(growth) <= 10 else " ABOVE CEILING")
        )
    return "\n".join(lines)


def _enrich_lines(stages: dict[str, float]) -> list[str]:
    """enrich's µs per message against extract's, and issue 19's ceiling on it."""
    if "enrich" not in stages or not stages.get("extract"):
        return []
    share = stages["enrich"] / stages["extract"]
    return [
        f"  {'enrich / extract (µs per message)':56} "
        f"{shown(share, 2, ceiling=ENRICH_PER_EXTRACT_CEILING):>6} "
        f"[<= {ENRICH_PER_EXTRACT_CEILING:.2f}]"
        + (" ok" if share <= ENRICH_PER_EXTRACT_CEILING else " ABOVE CEILING")
    ]


def _rss_growth(latency: Latency, since: float = 0.5) -> list[float]:
    """Per worker, RSS growth (%) to the end from half the run (``since`` 0.5) or 20% (0.2)."""
    start = latency.rss_after_warmup_mb if since == 0.5 else latency.rss_early_mb
    return [
        (end / warm - 1) * 100 for warm, end in zip(start, latency.rss_end_mb, strict=False) if warm
    ]
