"""Command line: ``newswire run | process | replay | broker start|stop|status | schemas | up``.

This is the only module that reads the environment (through Settings).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from pathlib import Path
from typing import Any

from newswire import __version__, exitcodes

EXIT_USAGE = 2
EXIT_FAILURE = 1
#: Retrying cannot help (credentials, ACLs, configuration); the supervisor stops on it.
EXIT_FATAL = exitcodes.FATAL

log = logging.getLogger("newswire")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    from pydantic import ValidationError

    from newswire.errors import FatalKafkaError, NewswireError
    from newswire.settings import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"newswire: invalid NEWSWIRE_* settings:\n{_hide_secrets(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    from newswire.logs import configure

    configure(settings.log_level, settings.log_format.value)
    try:
        result: int = args.handler(settings, args)
    except FatalKafkaError as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return EXIT_FATAL
    except NewswireError as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    return result


def _hide_secrets(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "input_value" not in line)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswire",
        description="Streaming news ingestion: raw articles from Kafka in, clean Article events out.",
    )
    parser.add_argument("--version", action="version", version=f"newswire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="consume the raw topic and publish Articles and DeadLetters")
    run.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes in the consumer group (default: NEWSWIRE_WORKERS, else CPU cores)",
    )
    run.set_defaults(handler=_cmd_run)
    bench = sub.add_parser(
        "bench",
        help="benchmarks: e2e (throughput, latency, memory), chaos (kills), chaos-cluster (broker "
        "faults on a local three-node cluster), extract (quality), meta (metadata steps)",
    )
    bench.add_argument("which", choices=["e2e", "chaos", "chaos-cluster", "extract", "meta"])
    bench.add_argument("bench_args", nargs=argparse.REMAINDER, help="passed to the benchmark")
    bench.set_defaults(handler=_cmd_bench)
    # Internal: one worker process, started by `run` (not listed in the help).
    worker = sub.add_parser("worker")
    worker.add_argument("--state-dir", type=Path, default=None)
    worker.add_argument("index", type=int)
    worker.set_defaults(handler=_cmd_worker)

    process = sub.add_parser(
        "process", help="run the pipeline offline on files (no broker); one JSON per input"
    )
    process.add_argument(
        "files",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="each FILE is one raw message value; '-' reads standard input",
    )
    process.add_argument(
        "--jsonl", action="store_true", help="each input line is one raw message value"
    )
    process.add_argument("--pretty", action="store_true", help="indent the JSON output")
    process.set_defaults(handler=_cmd_process)

    replay = sub.add_parser("replay", help="publish files, folders or JSON Lines to the raw topic")
    replay.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    replay.add_argument("--topic", help="target topic (default: NEWSWIRE_RAW_TOPIC)")
    replay.set_defaults(handler=_cmd_replay)

    broker = sub.add_parser("broker", help="the local Kafka broker (KRaft, single node)")
    broker_sub = broker.add_subparsers(dest="broker_command", metavar="ACTION", required=True)
    start = broker_sub.add_parser(
        "start",
        help="fetch the jars if needed and start the broker (or the cluster's nodes that are down)",
    )
    start.add_argument("--port", type=int, default=None, help="listener port (default: a free one)")
    start.add_argument(
        "--brokers",
        type=int,
        default=None,
        help="start a local cluster of this many nodes (replication 3, min.insync.replicas 2)",
    )
    start.add_argument(
        "--data", type=Path, default=None, help="data folder (default: NEWSWIRE_HOME/broker)"
    )
    start.set_defaults(handler=_cmd_broker_start)
    stop = broker_sub.add_parser("stop", help="stop the broker (every node) of a data folder")
    stop.add_argument("--data", type=Path, default=None)
    stop.set_defaults(handler=_cmd_broker_stop)
    status = broker_sub.add_parser(
        "status", help="print the bootstrap address if running (a cluster: node, address, pid)"
    )
    status.add_argument("--data", type=Path, default=None)
    status.set_defaults(handler=_cmd_broker_status)

    schemas = sub.add_parser("schemas", help="print or write the JSON Schemas of the contracts")
    schemas.add_argument("--write", type=Path, metavar="DIR", help="write *.json files into DIR")
    schemas.add_argument("--check", type=Path, metavar="DIR", help="exit 1 if DIR is out of date")
    schemas.set_defaults(handler=_cmd_schemas)

    up = sub.add_parser(
        "up",
        help="the `make run` job: local broker (unless configured), service, replay, show results",
    )
    up.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")], metavar="PATH")
    up.add_argument(
        "--exit-after-results",
        action="store_true",
        help="stop everything once every replayed input has an output (for scripts)",
    )
    up.set_defaults(handler=_cmd_up)
    return parser


# ---------------------------------------------------------------------------------------------


def _broker_data(settings: Any, given: Path | None) -> Path:
    return given if given is not None else settings.home / "broker"


def _bootstrap(settings: Any) -> str:
    """The configured cluster, else the local broker of NEWSWIRE_HOME if it runs."""
    from newswire import localbroker, localcluster
    from newswire.errors import ConfigurationError

    if settings.kafka_bootstrap_servers:
        return str(settings.kafka_bootstrap_servers)
    data = _broker_data(settings, None)
    if localcluster.is_cluster(data) and any(state.pid for state in localcluster.status(data)):
        return localcluster.bootstrap(data)
    running = localbroker.status(data)
    if running:
        return running
    raise ConfigurationError(
        "no Kafka cluster: set NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS or run `newswire broker start`"
    )


def _connection(settings: Any, bootstrap: str) -> Any:
    from newswire.bus.connection import Connection

    return Connection(
        bootstrap_servers=bootstrap,
        client_id=settings.kafka_client_id,
        security_protocol=settings.kafka_security_protocol.value,
        sasl_mechanism=settings.kafka_sasl_mechanism.value
        if settings.kafka_sasl_mechanism
        else None,
        sasl_username=settings.kafka_sasl_username,
        sasl_password=(
            settings.kafka_sasl_password.get_secret_value()
            if settings.kafka_sasl_password
            else None
        ),
        ssl_cafile=settings.kafka_ssl_cafile,
        ssl_certfile=settings.kafka_ssl_certfile,
        ssl_keyfile=settings.kafka_ssl_keyfile,
    )


def _pipeline(settings: Any) -> Any:
    from newswire.pipeline import Pipeline, PipelineOptions

    return Pipeline(
        PipelineOptions(
            max_message_bytes=settings.max_message_bytes,
            max_decompressed_bytes=settings.max_decompressed_bytes,
            max_html_nodes=settings.max_html_nodes,
            max_html_depth=settings.max_html_depth,
            newswire_version=__version__,
        )
    )


def _cmd_run(settings: Any, args: argparse.Namespace) -> int:
    import os

    from newswire.errors import ConfigurationError

    workers = args.workers if args.workers is not None else settings.workers
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ConfigurationError("--workers must be at least 1")
    return asyncio.run(_supervise(settings, _bootstrap(settings), workers))


async def _supervise(settings: Any, bootstrap: str, workers: int) -> int:
    import os
    import shutil

    from prometheus_client import CollectorRegistry
    from prometheus_client.multiprocess import MultiProcessCollector

    from newswire import scratch
    from newswire.bus.admin import ensure_topics, verify_access
    from newswire.errors import BrokerUnavailable
    from newswire.httpserver import ProbeServer
    from newswire.metrics import SupervisorMetrics
    from newswire.supervisor import Supervisor, SupervisorOptions

    # An unreachable cluster is not an error yet (workers retry); refused credentials are
    # (FatalKafkaError ends the command with EXIT_FATAL before any worker starts).
    with contextlib.suppress(BrokerUnavailable):
        await verify_access(_connection(settings, bootstrap))
    if settings.create_topics:
        # Once here rather than racing in every worker.
        with contextlib.suppress(BrokerUnavailable):
            created = await ensure_topics(
                _connection(settings, bootstrap),
                [settings.raw_topic, settings.articles_topic, settings.deadletter_topic],
                partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
            )
            if created:
                log.info("created topics", extra={"topics": ",".join(created)})
    for stale in scratch.sweep_stale():
        log.info("removed a killed supervisor's folder", extra={"path": str(stale)})
    metrics_dir = scratch.make_private_dir("metrics")
    state_dir = scratch.make_private_dir("state")
    try:
        registry = CollectorRegistry()
        MultiProcessCollector(registry, path=str(metrics_dir))  # type: ignore[no-untyped-call]
        metrics = SupervisorMetrics(registry, version=__version__)
        env = dict(os.environ)
        env["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
        env["NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS"] = bootstrap
        supervisor = Supervisor(
            SupervisorOptions(
                workers=workers,
                command=[sys.executable, "-m", "newswire", "worker", "--state-dir", str(state_dir)],
                env=env,
                metrics_dir=metrics_dir,
                state_dir=state_dir,
                poison_after_crashes=settings.poison_after_crashes,
                wall_limit_s=max(10.0, 5 * settings.message_cpu_budget_s),
                shutdown_timeout_s=settings.shutdown_timeout_s,
            ),
            metrics,
        )
        supervisor.install_signal_handlers()
        probes = ProbeServer(
            registry,
            is_ready=supervisor.is_ready,
            host=settings.metrics_host,
            port=settings.metrics_port,
        )
        await probes.start()
        log.info(
            "serving metrics",
            extra={"url": f"http://{settings.metrics_host}:{probes.port}/metrics"},
        )
        log.info(
            "starting workers",
            extra={
                "workers": workers,
                "topic": settings.raw_topic,
                "bootstrap": bootstrap,
                "guarantee": settings.processing_guarantee.value,
            },
        )
        try:
            await supervisor.run()
        finally:
            await probes.stop()
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
        shutil.rmtree(state_dir, ignore_errors=True)
    return EXIT_FATAL if supervisor.fatal else 0


def _cmd_bench(settings: Any, args: argparse.Namespace) -> int:
    del settings
    import importlib

    module = {
        "e2e": "e2e",
        "chaos": "chaos",
        "chaos-cluster": "chaos_cluster",
        "extract": "extraction",
        "meta": "meta",
    }[args.which]
    bench_main = importlib.import_module(f"newswire.bench.{module}").main
    return int(bench_main(args.bench_args))


def _cmd_worker(settings: Any, args: argparse.Namespace) -> int:
    return asyncio.run(_run_worker(settings, _bootstrap(settings), args.index, args.state_dir))


async def _run_worker(settings: Any, bootstrap: str, index: int, state_dir: Path | None) -> int:
    import os

    from prometheus_client import CollectorRegistry

    from newswire.app import LoopOptions, Service
    from newswire.bus.admin import ensure_topics
    from newswire.bus.consumer import KafkaSource
    from newswire.bus.producer import KafkaSink
    from newswire.bus.transactional import TransactionalSink
    from newswire.metrics import Metrics
    from newswire.settings import ProcessingGuarantee

    connection = _connection(settings, bootstrap)
    # In multiprocess mode the values go to PROMETHEUS_MULTIPROC_DIR whatever the registry.
    metrics = Metrics(CollectorRegistry())
    max_request_size = max(16 * 1024 * 1024, settings.max_message_bytes * 2)
    compression = (
        None if settings.compression_type.value == "none" else settings.compression_type.value
    )
    source = KafkaSource(
        connection,
        topic=settings.raw_topic,
        group_id=settings.group_id,
        auto_offset_reset=settings.auto_offset_reset,
        session_timeout_ms=settings.session_timeout_ms,
        max_poll_interval_ms=settings.max_poll_interval_ms,
        group_instance_id=(
            f"{settings.group_instance_id}-{index}" if settings.group_instance_id else None
        ),
    )
    options = LoopOptions(
        articles_topic=settings.articles_topic,
        deadletter_topic=settings.deadletter_topic,
        batch_max_records=settings.batch_max_records,
        batch_timeout_ms=settings.batch_timeout_ms,
        retry_backoff_initial_s=settings.retry_backoff_initial_s,
        retry_backoff_max_s=settings.retry_backoff_max_s,
        fault_injection=settings.fault_injection,
        inflight_path=state_dir / f"inflight-{index}" if state_dir else None,
        poison_path=state_dir / "poison.json" if state_dir else None,
        cpu_budget_s=settings.message_cpu_budget_s,
        memory_limit_mb=settings.worker_memory_limit_mb,
        poison_after_crashes=settings.poison_after_crashes,
    )
    exactly_once = settings.processing_guarantee is ProcessingGuarantee.EXACTLY_ONCE
    service = Service(
        pipeline=_pipeline(settings),
        source=source,
        metrics=metrics,
        options=options,
        transactions=TransactionalSink(
            connection,
            group_id=settings.group_id,
            transactional_id_prefix=settings.transactional_id_prefix,
            transaction_timeout_ms=settings.transaction_timeout_ms,
            max_request_size=max_request_size,
            compression_type=compression,
        )
        if exactly_once
        else None,
        sink=None
        if exactly_once
        else KafkaSink(connection, max_request_size=max_request_size, compression_type=compression),
    )
    if settings.create_topics:
        topics = [settings.raw_topic, settings.articles_topic, settings.deadletter_topic]

        async def create_topics() -> None:
            await ensure_topics(
                connection,
                topics,
                partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
            )

        service.set_setup(create_topics)
    service.install_signal_handlers()
    parent = os.getppid()

    async def stop_when_orphaned() -> None:
        # Polling: no event exists for "my parent died" short of prctl, which is Linux-only.
        while os.getppid() == parent:  # noqa: ASYNC110
            await asyncio.sleep(1.0)
        log.warning("supervisor gone: stopping")
        service.request_stop()
        # Nobody is left to SIGKILL us if the graceful stop hangs (e.g. the bus is gone too).
        await asyncio.sleep(settings.shutdown_timeout_s)
        log.error("graceful stop timed out without a supervisor: exiting")
        os._exit(1)

    watcher = asyncio.create_task(stop_when_orphaned())
    try:
        log.info("worker consuming", extra={"worker": index, "pid": os.getpid()})
        await service.run()
    finally:
        watcher.cancel()
    return 0


def _cmd_process(settings: Any, args: argparse.Namespace) -> int:
    from newswire.records import InRecord

    pipeline = _pipeline(settings)
    offset = 0
    out = sys.stdout.buffer
    for name in args.files:
        data = sys.stdin.buffer.read() if name == "-" else _read_file(name)
        if data is None:
            return EXIT_USAGE
        values = [line for line in data.splitlines() if line.strip()] if args.jsonl else [data]
        for value in values:
            record = InRecord("-" if name == "-" else name, 0, offset, -1, None, value, ())
            offset += 1
            result = pipeline.process(record).result
            out.write(result.model_dump_json(indent=2 if args.pretty else None).encode() + b"\n")
    out.flush()
    return 0


def _read_file(name: str) -> bytes | None:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        print(f"newswire process: cannot read {name}: {exc.strerror}", file=sys.stderr)
        return None


def _cmd_replay(settings: Any, args: argparse.Namespace) -> int:
    topic = args.topic or settings.raw_topic
    sent = asyncio.run(_replay(settings, _bootstrap(settings), args.paths, topic, progress=True))
    print(f"replayed {sent} message(s) to {topic}", file=sys.stderr)
    return 0


async def _replay(
    settings: Any, bootstrap: str, paths: list[Path], topic: str, *, progress: bool
) -> int:
    from newswire.bus.admin import ensure_topics
    from newswire.bus.producer import KafkaSink
    from newswire.records import OutRecord
    from newswire.replay import iter_messages

    messages = list(iter_messages(paths))
    connection = _connection(settings, bootstrap)
    if settings.create_topics:
        await ensure_topics(
            connection,
            [topic],
            partitions=settings.topic_partitions,
            replication_factor=settings.topic_replication_factor,
        )
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


def _cmd_broker_start(settings: Any, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster

    data = _broker_data(settings, args.data)
    if args.brokers is not None or localcluster.is_cluster(data):
        print(
            localcluster.start(
                data=data,
                pom=settings.broker_pom,
                cache=settings.broker_cache,
                brokers=args.brokers or 3,
                heap_mb=min(settings.broker_heap_mb, localcluster.NODE_HEAP_MB),
            )
        )
        return 0
    bootstrap = localbroker.start(
        data=_broker_data(settings, args.data),
        pom=settings.broker_pom,
        cache=settings.broker_cache,
        port=args.port,
        heap_mb=settings.broker_heap_mb,
    )
    print(bootstrap)
    return 0


def _cmd_broker_stop(settings: Any, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster

    data = _broker_data(settings, args.data)
    if localcluster.is_cluster(data):
        stopped = localcluster.stop_all(data) > 0
    else:
        stopped = localbroker.stop(data)
    print("stopped" if stopped else "not running", file=sys.stderr)
    return 0


def _cmd_broker_status(settings: Any, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster

    data = _broker_data(settings, args.data)
    if localcluster.is_cluster(data):
        states = localcluster.status(data)
        for state in states:
            print(state.line())
        return 0 if any(state.pid for state in states) else 3
    bootstrap = localbroker.status(data)
    if bootstrap is None:
        print("not running", file=sys.stderr)
        return 3
    print(bootstrap)
    return 0


def _cmd_schemas(settings: Any, args: argparse.Namespace) -> int:
    del settings
    from newswire.schemas import render_all

    rendered = render_all()
    if args.check:
        stale = [
            name
            for name, text in rendered.items()
            if not (args.check / name).is_file() or (args.check / name).read_text() != text
        ]
        for name in stale:
            print(f"out of date: {args.check / name}", file=sys.stderr)
        return 1 if stale else 0
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, text in rendered.items():
            (args.write / name).write_text(text)
        return 0
    for name, text in rendered.items():
        print(f"// {name}\n{text}")
    return 0


def _cmd_up(settings: Any, args: argparse.Namespace) -> int:
    from newswire.devrun import run_stack

    return run_stack(settings, args.paths, exit_after_results=args.exit_after_results)


if __name__ == "__main__":
    sys.exit(main())
