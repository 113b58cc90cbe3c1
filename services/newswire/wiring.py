"""The composition root: every concrete object of a running newswire is built here from Settings.

``__main__`` parses the command line and calls one of the entry points below; nothing else turns
Settings into objects. What is built, from what:

- ``connection``      Settings (+ the resolved bootstrap) -> bus.connection.Connection
- ``pipeline``        Settings -> pipeline.Pipeline (limits of the decode/extract stages)
- ``build_service``   Settings -> app.Service on the bus adapters of the chosen guarantee
- ``build_supervisor``Settings -> supervisor.Supervisor starting ``newswire worker I`` children
- ``ensure_topics``   the one place the topics newswire needs are created (supervisor, worker,
                      replay)

The entry points ``supervise`` (``newswire run``) and ``run_worker`` (``newswire worker I``) are
the processes' main coroutines. Dev tooling (``newswire.dev``: replay, ``up``) builds its
connections with ``connection`` and ``ensure_topics`` from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import sys
from pathlib import Path

from prometheus_client import CollectorRegistry

from newswire import __version__, exitcodes, localbroker, localcluster, scratch, warmup
from newswire.app import Service
from newswire.bus import admin
from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.bus.producer import KafkaSink
from newswire.bus.transactional import KafkaTransactionalSink
from newswire.errors import BrokerUnavailable, ConfigurationError
from newswire.faults import Faults
from newswire.loopoptions import LoopOptions
from newswire.metrics import Metrics, SupervisorMetrics
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.settings import ProcessingGuarantee, Settings
from newswire.supervisor import Supervisor, SupervisorOptions
from newswire.workermetrics import WorkerMetricsCollector

log = logging.getLogger("newswire")

#: Large enough for any record newswire accepts, twice over (an Article can exceed its input).
_MIN_REQUEST_BYTES = 16 * 1024 * 1024


# -- what to connect to ------------------------------------------------------------------------


def broker_data(settings: Settings, given: Path | None = None) -> Path:
    """The local broker's data folder: the one given, else NEWSWIRE_HOME/broker."""
    return given if given is not None else settings.home / "broker"


def resolve_bootstrap(settings: Settings) -> str:
    """The configured cluster, else the local broker of NEWSWIRE_HOME if it runs."""
    if settings.kafka_bootstrap_servers:
        return settings.kafka_bootstrap_servers
    data = broker_data(settings)
    if localcluster.is_cluster(data) and any(state.pid for state in localcluster.status(data)):
        return localcluster.bootstrap(data)
    running = localbroker.status(data)
    if running:
        return running
    raise ConfigurationError(
        "no Kafka cluster: set NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS or run `newswire broker start`"
    )


def connection(settings: Settings, bootstrap: str) -> Connection:
    password = settings.kafka_sasl_password
    return Connection(
        bootstrap_servers=bootstrap,
        client_id=settings.kafka_client_id,
        security_protocol=settings.kafka_security_protocol.value,
        sasl_mechanism=settings.kafka_sasl_mechanism.value
        if settings.kafka_sasl_mechanism
        else None,
        sasl_username=settings.kafka_sasl_username,
        sasl_password=password.get_secret_value() if password else None,
        ssl_cafile=settings.kafka_ssl_cafile,
        ssl_certfile=settings.kafka_ssl_certfile,
        ssl_keyfile=settings.kafka_ssl_keyfile,
    )


def service_topics(settings: Settings) -> list[str]:
    """The topics a running service reads and writes."""
    topics = [settings.raw_topic, settings.articles_topic, settings.deadletter_topic]
    return [*topics, settings.pages_topic] if settings.pages_topic not in topics else topics


async def ensure_topics(settings: Settings, conn: Connection, topics: list[str]) -> list[str]:
    """Create the missing ones among ``topics`` when NEWSWIRE_CREATE_TOPICS is on; returns the
    names created."""
    if not settings.create_topics:
        return []
    return await admin.ensure_topics(
        conn,
        topics,
        partitions=settings.topic_partitions,
        replication_factor=settings.topic_replication_factor,
    )


# -- the pipeline and the service --------------------------------------------------------------


def pipeline(settings: Settings) -> Pipeline:
    return Pipeline(
        PipelineOptions(
            max_message_bytes=settings.max_message_bytes,
            max_decompressed_bytes=settings.max_decompressed_bytes,
            max_html_nodes=settings.max_html_nodes,
            max_html_depth=settings.max_html_depth,
            newswire_version=__version__,
        )
    )


def loop_options(settings: Settings, index: int, state_dir: Path | None) -> LoopOptions:
    return LoopOptions(
        articles_topic=settings.articles_topic,
        deadletter_topic=settings.deadletter_topic,
        pages_topic=settings.pages_topic,
        batch_max_records=settings.batch_max_records,
        batch_timeout_ms=settings.batch_timeout_ms,
        batch_max_processing_ms=settings.batch_max_processing_ms,
        batch_min_processing_ms=settings.batch_min_processing_ms,
        batch_commit_factor=settings.batch_commit_factor,
        batch_fill_ms=settings.batch_fill_ms,
        batch_fill_busy=settings.batch_fill_busy,
        batch_top_up=settings.batch_top_up,
        commit_interval_ms=settings.commit_interval_ms,
        commit_interval_when_behind=settings.commit_interval_when_behind,
        retry_backoff_initial_s=settings.retry_backoff_initial_s,
        retry_backoff_max_s=settings.retry_backoff_max_s,
        inflight_path=state_dir / f"inflight-{index}" if state_dir else None,
        poison_path=state_dir / "poison.json" if state_dir else None,
        cpu_budget_s=settings.message_cpu_budget_s,
        memory_limit_mb=settings.worker_memory_limit_mb,
        poison_after_crashes=settings.poison_after_crashes,
    )


def build_service(
    settings: Settings,
    conn: Connection,
    index: int,
    state_dir: Path | None,
    *,
    pipeline_: Pipeline | None = None,
) -> Service:
    """Worker ``index``'s loop on Kafka: transactional producers for exactly_once, one
    acknowledged producer for at_least_once; ``pipeline_`` instead of the settings' own (a
    bench's metered one, ``bench/e2e_pieces.py``)."""
    max_request_size = max(_MIN_REQUEST_BYTES, settings.max_message_bytes * 2)
    compression = (
        None if settings.compression_type.value == "none" else settings.compression_type.value
    )
    instance = settings.group_instance_id
    source = KafkaSource(
        conn,
        topic=settings.raw_topic,
        group_id=settings.group_id,
        auto_offset_reset=settings.auto_offset_reset,
        session_timeout_ms=settings.session_timeout_ms,
        max_partition_fetch_bytes=settings.max_partition_fetch_bytes,
        max_poll_interval_ms=settings.max_poll_interval_ms,
        group_instance_id=f"{instance}-{index}" if instance else None,
    )
    exactly_once = settings.processing_guarantee is ProcessingGuarantee.EXACTLY_ONCE
    options = loop_options(settings, index, state_dir)
    outputs = options.output_topics()
    return Service(
        pipeline=pipeline_ if pipeline_ is not None else pipeline(settings),
        source=source,
        # In multiprocess mode the values go to PROMETHEUS_MULTIPROC_DIR whatever the registry.
        metrics=Metrics(CollectorRegistry()),
        options=options,
        transactions=KafkaTransactionalSink(
            conn,
            output_topics=(outputs.articles, outputs.deadletters, outputs.pages),
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
        else KafkaSink(conn, max_request_size=max_request_size, compression_type=compression),
        # Crash tests only: nothing of faults.py runs on the message path unless configured.
        faults=Faults.parse(settings.fault_injection) if settings.fault_injection else None,
    )


# -- newswire worker I --------------------------------------------------------------------------


async def run_worker(settings: Settings, bootstrap: str, index: int, state_dir: Path | None) -> int:
    """One worker process: create the topics (retried by the loop), consume until stopped or
    orphaned."""
    conn = connection(settings, bootstrap)
    pipeline_ = pipeline(settings)
    if settings.gc_freeze:
        warmup.warm(pipeline_)
    service = build_service(settings, conn, index, state_dir, pipeline_=pipeline_)
    if settings.gc_freeze:
        # After the service's own long-lived objects (clients, metrics) exist too.
        warmup.freeze_heap()
    warmup.collect_young_every(settings.gc_gen0_threshold)
    topics = service_topics(settings)

    async def create_topics() -> None:
        await ensure_topics(settings, conn, topics)

    if settings.create_topics:
        service.set_setup(create_topics)
    service.install_signal_handlers()
    # The pipeline thread is CPU-bound; the event loop needs the GIL back after every system
    # call (each fetch, each of a transaction's round trips, each heartbeat).
    sys.setswitchinterval(settings.gil_switch_interval_ms / 1000)
    watcher = asyncio.create_task(_stop_when_orphaned(service, settings.shutdown_timeout_s))
    try:
        log.info("worker consuming", extra={"worker": index, "pid": os.getpid()})
        await service.run()
    finally:
        watcher.cancel()
    return 0


async def _stop_when_orphaned(service: Service, shutdown_timeout_s: float) -> None:
    parent = os.getppid()
    # Polling: no event exists for "my parent died" short of prctl, which is Linux-only.
    while os.getppid() == parent:  # noqa: ASYNC110
        await asyncio.sleep(1.0)
    log.warning("supervisor gone: stopping")
    service.request_stop()
    # Nobody is left to SIGKILL us if the graceful stop hangs (e.g. the bus is gone too).
    await asyncio.sleep(shutdown_timeout_s)
    log.error("graceful stop timed out without a supervisor: exiting")
    os._exit(1)


# -- newswire run -------------------------------------------------------------------------------


def build_supervisor(
    settings: Settings,
    *,
    workers: int,
    env: dict[str, str],
    metrics_dir: Path,
    state_dir: Path,
    metrics: SupervisorMetrics,
) -> Supervisor:
    """``env`` is the workers' environment: the caller's, plus where their metrics go."""
    return Supervisor(
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


async def supervise(
    settings: Settings, bootstrap: str, workers: int, environ: dict[str, str]
) -> int:
    """Check access, create the topics once, then run ``workers`` worker processes (given
    ``environ``, the edge's environment) and serve their merged metrics until stopped."""
    await _prepare_cluster(settings, connection(settings, bootstrap))
    for stale in scratch.sweep_stale():
        log.info("removed a killed supervisor's folder", extra={"path": str(stale)})
    metrics_dir = scratch.make_private_dir("metrics")
    state_dir = scratch.make_private_dir("state")
    try:
        registry = CollectorRegistry()
        WorkerMetricsCollector(metrics_dir, registry)
        env = {
            **environ,
            "PROMETHEUS_MULTIPROC_DIR": str(metrics_dir),
            "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        }
        supervisor = build_supervisor(
            settings,
            workers=workers,
            env=env,
            metrics_dir=metrics_dir,
            state_dir=state_dir,
            metrics=SupervisorMetrics(registry, version=__version__),
        )
        await _serve(settings, supervisor, registry, bootstrap, workers)
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
        shutil.rmtree(state_dir, ignore_errors=True)
    return exitcodes.FATAL if supervisor.fatal else 0


async def _prepare_cluster(settings: Settings, conn: Connection) -> None:
    # An unreachable cluster is not an error yet (workers retry); refused credentials are
    # (FatalKafkaError ends the command with exitcodes.FATAL before any worker starts).
    with contextlib.suppress(BrokerUnavailable):
        await admin.verify_access(conn)
    # Once here rather than racing in every worker.
    with contextlib.suppress(BrokerUnavailable):
        created = await ensure_topics(settings, conn, service_topics(settings))
        if created:
            log.info("created topics", extra={"topics": ",".join(created)})


async def _serve(
    settings: Settings,
    supervisor: Supervisor,
    registry: CollectorRegistry,
    bootstrap: str,
    workers: int,
) -> None:
    from newswire.httpserver import ProbeServer

    supervisor.install_signal_handlers()
    probes = ProbeServer(
        registry,
        is_ready=supervisor.is_ready,
        host=settings.metrics_host,
        port=settings.metrics_port,
    )
    await probes.start()
    log.info(
        "serving metrics", extra={"url": f"http://{settings.metrics_host}:{probes.port}/metrics"}
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
