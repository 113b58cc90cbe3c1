"""Command line: ``newswire run | process | replay | broker start|stop|status | schemas | up``.

This module parses arguments, reads Settings (the only module reading the environment) and
dispatches to a handler; objects are built by the composition root, ``newswire.wiring``. Imports
are deferred into the handlers so that ``newswire --help`` stays fast.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newswire import __version__, exitcodes

if TYPE_CHECKING:
    from typing import TypeAlias

    from newswire.settings import Settings

    _Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_USAGE = 2
EXIT_FAILURE = 1
#: Retrying cannot help (credentials, ACLs, configuration); the supervisor stops on it.
EXIT_FATAL = exitcodes.FATAL


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
    except KeyboardInterrupt as stopped:
        from newswire.dev.stopsignals import exit_status

        return exit_status(stopped)
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
    _add_service_commands(sub)
    _add_offline_commands(sub)
    _add_broker_commands(sub)
    _add_dev_commands(sub)
    return parser


def _add_service_commands(sub: _Subparsers) -> None:
    """``run`` and the internal ``worker``."""
    run = sub.add_parser("run", help="consume the raw topic and publish Articles and DeadLetters")
    run.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes in the consumer group (default: NEWSWIRE_WORKERS, else CPU cores)",
    )
    run.set_defaults(handler=_cmd_run)
    # Internal: one worker process, started by `run` (not listed in the help).
    worker = sub.add_parser("worker")
    worker.add_argument("--state-dir", type=Path, default=None)
    worker.add_argument("index", type=int)
    worker.set_defaults(handler=_cmd_worker)


def _add_dev_commands(sub: _Subparsers) -> None:
    """Dev tooling: ``bench``, ``replay``, ``up``."""
    bench = sub.add_parser(
        "bench",
        help="benchmarks: e2e (throughput, latency, memory), chaos (kills), chaos-cluster (broker "
        "faults on a local three-node cluster), extract (quality), meta (metadata steps)",
    )
    bench.add_argument("which", choices=["e2e", "chaos", "chaos-cluster", "extract", "meta"])
    bench.add_argument("bench_args", nargs=argparse.REMAINDER, help="passed to the benchmark")
    bench.set_defaults(handler=_cmd_bench)
    replay = sub.add_parser("replay", help="publish files, folders or JSON Lines to the raw topic")
    replay.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    replay.add_argument("--topic", help="target topic (default: NEWSWIRE_RAW_TOPIC)")
    replay.set_defaults(handler=_cmd_replay)
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


def _add_offline_commands(sub: _Subparsers) -> None:
    """``process`` and ``schemas``: no broker needed."""
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
    schemas = sub.add_parser("schemas", help="print or write the JSON Schemas of the contracts")
    schemas.add_argument("--write", type=Path, metavar="DIR", help="write *.json files into DIR")
    schemas.add_argument("--check", type=Path, metavar="DIR", help="exit 1 if DIR is out of date")
    schemas.set_defaults(handler=_cmd_schemas)


def _add_broker_commands(sub: _Subparsers) -> None:
    """``broker start|stop|status``: the local broker."""
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


# -- handlers: each parses nothing more and calls the composition root (wiring) ----------------


def _cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    import os

    from newswire import wiring
    from newswire.errors import ConfigurationError

    workers = args.workers if args.workers is not None else settings.workers
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ConfigurationError("--workers must be at least 1")
    bootstrap = wiring.resolve_bootstrap(settings)
    # The edge hands its environment on to the worker processes.
    return asyncio.run(wiring.supervise(settings, bootstrap, workers, dict(os.environ)))


def _cmd_bench(settings: Settings, args: argparse.Namespace) -> int:
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


def _cmd_worker(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import wiring

    bootstrap = wiring.resolve_bootstrap(settings)
    return asyncio.run(wiring.run_worker(settings, bootstrap, args.index, args.state_dir))


def _cmd_process(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import warmup
    from newswire.events import event_json
    from newswire.records import InRecord
    from newswire.wiring import pipeline as build_pipeline

    pipeline = build_pipeline(settings)
    warmup.ready_alone(
        pipeline, freeze=settings.gc_freeze, young_allocations=settings.gc_gen0_threshold
    )
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
            out.write(event_json(result, indent=2 if args.pretty else None) + b"\n")
    out.flush()
    return 0


def _read_file(name: str) -> bytes | None:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        print(f"newswire process: cannot read {name}: {exc.strerror}", file=sys.stderr)
        return None


def _cmd_replay(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import wiring
    from newswire.dev.replay import replay

    topic = args.topic or settings.raw_topic
    bootstrap = wiring.resolve_bootstrap(settings)
    sent = asyncio.run(replay(settings, bootstrap, args.paths, topic, progress=True))
    print(f"replayed {sent} message(s) to {topic}", file=sys.stderr)
    return 0


def _cmd_broker_start(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster
    from newswire.wiring import broker_data

    data = broker_data(settings, args.data)
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
        data=data,
        pom=settings.broker_pom,
        cache=settings.broker_cache,
        port=args.port,
        heap_mb=settings.broker_heap_mb,
    )
    print(bootstrap)
    return 0


def _cmd_broker_stop(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster
    from newswire.wiring import broker_data

    data = broker_data(settings, args.data)
    if localcluster.is_cluster(data):
        stopped = localcluster.stop_all(data) > 0
    else:
        stopped = localbroker.stop(data)
    print("stopped" if stopped else "not running", file=sys.stderr)
    return 0


def _cmd_broker_status(settings: Settings, args: argparse.Namespace) -> int:
    from newswire import localbroker, localcluster
    from newswire.wiring import broker_data

    data = broker_data(settings, args.data)
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


def _cmd_schemas(settings: Settings, args: argparse.Namespace) -> int:
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


def _cmd_up(settings: Settings, args: argparse.Namespace) -> int:
    import os

    from newswire.dev.up import run_stack

    return run_stack(
        settings,
        args.paths,
        exit_after_results=args.exit_after_results,
        environ=dict(os.environ),  # the edge hands its environment on to the service
    )


if __name__ == "__main__":
    sys.exit(main())
