"""The one frozen settings object, read from ``NEWSWIRE_*`` environment variables at the edge.

Only ``__main__`` builds it; everything else receives it (or an options object derived from it).
Every field is listed in the README's configuration table; a test keeps the two in step.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class ProcessingGuarantee(StrEnum):
    EXACTLY_ONCE = "exactly_once"
    AT_LEAST_ONCE = "at_least_once"


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class SaslMechanism(StrEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class Compression(StrEnum):
    NONE = "none"
    GZIP = "gzip"
    SNAPPY = "snappy"
    LZ4 = "lz4"
    ZSTD = "zstd"


class LogFormat(StrEnum):
    JSON = "json"
    TEXT = "text"


PositiveInt = Annotated[int, Field(gt=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]


class Settings(BaseSettings):
    """Everything newswire can be told. Field docs become the README table."""

    model_config = SettingsConfigDict(env_prefix="NEWSWIRE_", frozen=True, extra="ignore")

    # --- Kafka connection ---
    kafka_bootstrap_servers: str | None = Field(
        None, description="Kafka bootstrap servers; unset means: use (or start) the local broker."
    )
    kafka_client_id: str = Field("newswire", description="Client id sent to the brokers.")
    kafka_security_protocol: SecurityProtocol = Field(
        SecurityProtocol.PLAINTEXT, description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."
    )
    kafka_sasl_mechanism: SaslMechanism | None = Field(
        None, description="PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (with a SASL protocol)."
    )
    kafka_sasl_username: str | None = Field(None, description="SASL user name.")
    kafka_sasl_password: SecretStr | None = Field(
        None, description="SASL password (never logged or printed)."
    )
    kafka_ssl_cafile: Path | None = Field(None, description="CA bundle for SSL listeners.")
    kafka_ssl_certfile: Path | None = Field(None, description="Client certificate (mutual TLS).")
    kafka_ssl_keyfile: Path | None = Field(None, description="Client key (mutual TLS).")

    # --- topics and group ---
    raw_topic: str = Field("news.raw", description="Topic of raw scraped articles (input).")
    articles_topic: str = Field("news.articles", description="Topic of Article events (output).")
    deadletter_topic: str = Field("news.deadletter", description="Topic of DeadLetter records.")
    pages_topic: str = Field(
        "news.pages",
        description=(
            "Topic of Article events whose page_type is not article (listings, collections, "
            "forums, products, documentation, service pages); set it to the articles topic to "
            "keep one stream."
        ),
    )
    group_id: str = Field("newswire", description="Consumer group id.")
    create_topics: bool = Field(True, description="Create missing topics at start.")
    topic_partitions: PositiveInt = Field(4, description="Partitions of topics newswire creates.")
    topic_replication_factor: PositiveInt | None = Field(
        None,
        description=(
            "Replication factor of topics newswire creates; unset: the cluster's "
            "default.replication.factor (asked of a broker)."
        ),
    )
    auto_offset_reset: str = Field(
        "earliest", description="Where a new group starts: earliest or latest."
    )
    processing_guarantee: ProcessingGuarantee = Field(
        ProcessingGuarantee.EXACTLY_ONCE,
        description=(
            "exactly_once: outputs and input offsets in one Kafka transaction per input partition; "
            "at_least_once: outputs acknowledged (acks=all, idempotent) before the offset commit."
        ),
    )
    compression_type: Compression = Field(
        Compression.ZSTD,
        description="Compression of the records newswire publishes: none, gzip, snappy, lz4, zstd.",
    )
    transactional_id_prefix: str = Field(
        "newswire",
        description="Prefix of the transactional ids `{prefix}-{group}-{topic}-{partition}`.",
    )
    transaction_timeout_ms: PositiveInt = Field(
        60_000,
        description=(
            "Broker aborts a transaction left open this long (a dead worker's) unless the "
            "partition's next owner fences it sooner."
        ),
    )
    group_instance_id: str | None = Field(
        None,
        description=(
            "Static group membership: worker i joins as `{id}-{i}`, so a quick restart keeps its "
            "partitions without a rebalance. Unique per instance."
        ),
    )
    workers: int = Field(
        0, ge=0, description="Worker processes of `newswire run`; 0 = one per CPU core."
    )

    # --- batching and timing ---
    batch_max_records: PositiveInt = Field(500, description="Most records processed per batch.")
    batch_timeout_ms: PositiveInt = Field(
        100, description="Longest wait for a batch to fill (bounds latency under light load)."
    )
    batch_max_processing_ms: NonNegativeInt = Field(
        2000,
        description=(
            "Upper bound of a batch's processing time: a batch closes once the pipeline has spent "
            "its bound on it, even short of batch_max_records, and the records fetched but not "
            "processed go first into the next batch. The bound is batch_min_processing_ms, "
            "except under a backlog (more work in sight than this, records in hand and the "
            "consumer's lag at the recent cost per record, at three batches in a row), where it "
            "is the largest of that, batch_commit_factor times the recent commits' median "
            "duration and half the work in sight, capped by this; 0 = no bound (count only)."
        ),
    )
    batch_min_processing_ms: NonNegativeInt = Field(
        400,
        description=(
            "Lower bound of a batch's processing time, and the bound at load (no backlog): a "
            "record waits for at most the batch ahead of it and its own."
        ),
    )
    batch_commit_factor: float = Field(
        4.0,
        ge=0,
        description=(
            "Under a backlog a batch may take this many times the recent commits' median "
            "duration (a day when commits are slow gets longer batches, so commits stay a bounded "
            "share of the time)."
        ),
    )
    batch_fill_ms: NonNegativeInt = Field(
        0,
        description=(
            "After a batch's first records arrive, wait up to this long for more (up to "
            "batch_max_records, at most 50 records) before processing it, when the batch holds "
            "fewer than 50: fewer, larger batches and transactions, whose fixed cost then weighs "
            "less per record near saturation, for at most this much more latency; 0 = process "
            "what the fetch returned."
        ),
    )
    batch_fill_busy: float = Field(
        0.9,
        ge=0,
        le=1,
        description=(
            "The fill wait applies only while the worker was busy (processing or committing "
            "rather than waiting for records) this share of its last few seconds or more: near "
            "saturation, not at light load, where it would only add latency; 0 = always."
        ),
    )
    batch_top_up: bool = Field(
        False,
        description=(
            "Under a backlog (as for batch_max_processing_ms), a batch processed whole with time "
            "left in its bound and room under batch_max_records takes in the records the "
            "consumer has fetched meanwhile, without waiting, instead of closing: fewer "
            "transactions per record than one batch per fetch; never at load (latency). Off by "
            "default: on a loaded 2-core VM it cut transactions 34.7 -> 30.5 per 1,000 records "
            "but cost exactly_once 2 workers 16% of msgs/s and 5% more CPU per message (2 rounds)."
        ),
    )
    commit_interval_ms: NonNegativeInt = Field(
        0,
        description=(
            "A batch processed whole stays open until it is this old (from its first fetch), "
            "taking and processing the records that arrive meanwhile, then commits (the "
            "commit.interval.ms of Kafka Streams under exactly-once); it commits sooner at "
            "batch_max_records, at its processing-time bound, or when a rebalance or a stop "
            "waits for it: one batch's transactions per interval rather than per fetch at load, "
            "for at most this much more latency; 0 = a batch closes with its fetch. Off by "
            "default: on a loaded 2-core VM 100 ms cut transactions per record by 25-45% but "
            "showed no CPU or p99 gain at 80% of the runs' load (session 26)."
        ),
    )
    commit_interval_when_behind: bool = Field(
        False,
        description=(
            "With commit_interval_ms: keep a batch open for the interval also while records "
            "wait behind it (the consumer's lag above 0), as until session 39. Off: the batch "
            "commits as soon as the consumer falls behind, so the interval only gathers the "
            "records that arrive while the worker would otherwise wait (session 27's 100 ms "
            "interval fell behind at 80% load: batches of 27-49 records, 130 of 200 cut)."
        ),
    )
    gil_switch_interval_ms: float = Field(
        1.0,
        gt=0,
        description=(
            "How long the pipeline thread may hold the GIL while the event loop waits for it "
            "(sys.setswitchinterval; Python's own default is 5 ms): shorter answers the loop's "
            "round trips sooner, longer interrupts the pipeline less often."
        ),
    )
    gc_freeze: bool = Field(
        True,
        description=(
            "At a worker's start, run one built-in page through the pipeline (every model "
            "loaded, the first record not paying for it), then gc.freeze() the heap: the "
            "garbage collector's full collections no longer walk the long-lived objects."
        ),
    )
    gc_gen0_threshold: PositiveInt = Field(
        4000,
        description=(
            "A worker's garbage collector runs a young collection after this many more "
            "allocations than deallocations of container objects (gc.set_threshold; Python's "
            "default is 700): higher collects less often, a page's short-lived structures being "
            "freed by reference counting before any collection sees them. No page leaves a "
            "cycle behind (the collections of 404 dev pages at 700 found nothing to free), so a "
            "rarer collection holds no more memory: at 4000 the young collections' time falls "
            "from ~60 to ~5 µs a page and the RSS stays the same."
        ),
    )
    session_timeout_ms: PositiveInt = Field(10_000, description="Consumer group session timeout.")
    max_partition_fetch_bytes: PositiveInt = Field(
        1024 * 1024,
        description=(
            "Bytes of one partition one fetch brings back (aiokafka's default). A batch holds at "
            "most what the fetches in hand hold: under a backlog of ~34 KB pages, 1 MiB over 4 "
            "partitions caps batches at ~110 records, and so sets the number of transactions, "
            "whatever the time bound allows; larger buffers up to this much more per partition."
        ),
    )
    max_poll_interval_ms: PositiveInt = Field(
        300_000, description="Longest allowed time between polls before the group evicts us."
    )
    retry_backoff_initial_s: float = Field(
        0.2, gt=0, description="First wait after an infrastructure error."
    )
    retry_backoff_max_s: float = Field(
        5.0, gt=0, description="Longest wait between retries of an infrastructure error."
    )
    shutdown_timeout_s: float = Field(
        30.0, gt=0, description="Longest wait for the open batch at shutdown."
    )

    # --- limits against hostile input ---
    max_message_bytes: PositiveInt = Field(
        10 * 1024 * 1024, description="Largest raw value accepted; larger ones are dead-lettered."
    )
    max_decompressed_bytes: PositiveInt = Field(
        50 * 1024 * 1024, description="Largest body after gzip/deflate (decompression-bomb limit)."
    )

    max_html_nodes: PositiveInt = Field(
        200_000, description="Most HTML tags in one page; more is dead-lettered as too_complex."
    )
    max_html_depth: PositiveInt = Field(
        2_000, description="Deepest HTML nesting accepted; deeper is dead-lettered as too_complex."
    )
    message_cpu_budget_s: float = Field(
        2.0,
        gt=0,
        description=(
            "CPU one message may use in the pipeline; beyond it the worker ends and restarts, and "
            "the message gets a strike. Its wall-clock backstop is 5 times this (at least 10 s)."
        ),
    )
    worker_memory_limit_mb: PositiveInt = Field(
        2048, description="Resident memory of a worker beyond which it ends (a strike, a restart)."
    )
    poison_after_crashes: PositiveInt = Field(
        2,
        description=(
            "Strikes (worker deaths while the message was in flight) after which a message is "
            "dead-lettered as poison instead of processed."
        ),
    )

    # --- observability ---
    metrics_host: str = Field("127.0.0.1", description="Address of the /metrics, /healthz server.")
    metrics_port: int = Field(
        9464, ge=0, le=65535, description="Port of the metrics server (0 = pick a free one)."
    )
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR.")
    log_format: LogFormat = Field(LogFormat.JSON, description="json (one object a line) or text.")

    # --- local broker (`newswire broker …`, `make run`, tests) ---
    home: Path = Field(
        REPO_ROOT / ".newswire",
        description="Folder of local state: broker data, logs, pid files.",
    )
    broker_cache: Path = Field(
        REPO_ROOT / ".cache" / "kafka", description="Where the Kafka jars are fetched to."
    )
    broker_pom: Path = Field(
        REPO_ROOT / "deploy" / "kafka" / "pom.xml", description="Maven pom pinning the broker."
    )
    broker_heap_mb: PositiveInt = Field(512, description="JVM heap of the local broker.")

    # --- testing hooks ---
    fault_injection: str | None = Field(
        None,
        description=(
            "Test hook, never set in production: `kill-before-commit:N` SIGKILLs the worker "
            "after its N-th batch is processed and before its commit (first life only); "
            "`crash-on:TEXT` / `spin-on:TEXT` exit abruptly / loop forever on a record "
            "containing TEXT."
        ),
    )

    def bootstrap_servers_or(self, fallback: str) -> str:
        return self.kafka_bootstrap_servers or fallback
