"""Lead 2 mechanism: the worker's consumer (KafkaSource, its settings) on a real broker, with the
pipeline replaced by a GIL-free sleep of a fixed time per record and the commit by a fixed sleep,
so the fetch mechanics are measured apart from the machine's speed. Records per partition arrive
at the rate one worker saw at 50% load in the quiet run (89 msgs/s / 2 workers, 2 partitions)."""
import asyncio, os, random, sys, time, uuid
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.bus.consumer import KafkaSource
from newswire.dev.harness import cluster, kafka_producer
from newswire.settings import Settings

RATE = float(sys.argv[1]); SECS = float(sys.argv[2]); PER_REC = float(sys.argv[3]); COMMIT = float(sys.argv[4])
CONFIGS = sys.argv[5].split(",")  # e.g. default,fmw50,pb0,fmw50pb0
async def one(bootstrap, config):
    topic = f"sim{uuid.uuid4().hex[:6]}"
    await ensure_topics(Connection(bootstrap), [topic], partitions=2, replication_factor=1)
    src = KafkaSource(Connection(bootstrap), topic=topic, group_id=f"g{topic}")
    if "fmw" in config:
        src._consumer._fetch_max_wait_ms = int(config.split("fmw")[1].split("pb")[0])
    await src.start()
    if "pb0" in config:
        src._consumer._fetcher._prefetch_backoff = 0.0
    prod = kafka_producer(bootstrap, acks="all", linger_ms=0); await prod.start()
    os.environ["NW_TAG"] = config
    stop = time.monotonic() + SECS
    async def produce():
        t0 = time.perf_counter(); i = 0
        while time.monotonic() < stop:
            due = t0 + i / RATE; d = due - time.perf_counter()
            if d > 0: await asyncio.sleep(d)
            await prod.send(topic, b"x" * 2000, partition=random.randrange(2)); i += 1
    async def consume():
        n = 0
        while time.monotonic() < stop + 2:
            recs = await src.getmany(timeout_ms=100, max_records=500)
            if not recs: await src.lag(); continue
            await src.lag()
            await asyncio.to_thread(time.sleep, PER_REC * len(recs))
            await asyncio.sleep(COMMIT); n += len(recs)
        return n
    _, n = await asyncio.gather(produce(), consume())
    await prod.stop(); await src.stop()
    print(config, "consumed", n, flush=True)
async def main(b):
    for c in CONFIGS:
        os.environ["NW_FETCH_TRACE"]  # must be set
        await one(b, c)
with cluster(Settings(), None, prefix="newswire-bench-broker-", heap_mb=512) as b:
    asyncio.run(main(b))
