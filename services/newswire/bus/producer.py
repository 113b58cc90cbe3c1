"""Publishing: idempotent, acks=all; ``publish`` returns only when every record is acknowledged."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer

from newswire.bus.connection import Connection
from newswire.bus.errors import kafka_errors_mapped
from newswire.bus.partitioner import default_partition
from newswire.records import OutRecord

#: Bytes of records per output partition that one produce request carries. aiokafka's default
#: (16 KiB) holds three articles, and its ``send`` then waits for that batch to be sent and
#: acknowledged before it takes the next record for the partition: a batch of 500 articles cost
#: ~40 sequential round trips per output partition. Half a MiB keeps a batch (uncompressed, which
#: is what the broker's default 1 MiB ``message.max.bytes`` also fits) to one or two requests.
MAX_BATCH_BYTES = 512 * 1024


class KafkaSink:
    def __init__(
        self,
        connection: Connection,
        *,
        max_request_size: int = 16 * 1024 * 1024,
        linger_ms: int = 5,
        request_timeout_ms: int = 30_000,
        compression_type: str | None = "zstd",
    ) -> None:
        self._producer = AIOKafkaProducer(
            **connection.client_kwargs(),
            acks="all",
            enable_idempotence=True,
            max_request_size=max_request_size,
            max_batch_size=MAX_BATCH_BYTES,
            linger_ms=linger_ms,
            request_timeout_ms=request_timeout_ms,
            compression_type=compression_type,
            partitioner=default_partition,
        )

    async def start(self) -> None:
        with kafka_errors_mapped("start producer"):
            await self._producer.start()

    async def stop(self) -> None:
        with kafka_errors_mapped("stop producer"):
            await self._producer.stop()

    async def publish(self, records: list[OutRecord]) -> None:
        """Send all records, then wait for every acknowledgement (one failure fails the call)."""
        with kafka_errors_mapped("publish"):
            futures = [
                await self._producer.send(
                    record.topic, record.value, key=record.key, headers=list(record.headers)
                )
                for record in records
            ]
            results = await asyncio.gather(*futures, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                with kafka_errors_mapped("publish"):
                    raise result
