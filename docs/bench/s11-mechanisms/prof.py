"""Lead 3: py-spy a 1-worker exactly_once throughput run (backlog) of the e2e corpus."""
import asyncio, subprocess, sys, time, uuid
from pathlib import Path
from newswire.bench.e2e import bench_corpus
from newswire.bench.e2e_service import PARTITIONS, service_env, topics_of
from newswire.bus.admin import ensure_topics
from newswire.bus.connection import Connection
from newswire.dev.harness import ServiceProcess, cluster, publish, committed_consumer, assign_from_beginning
from newswire.settings import Settings

N = int(sys.argv[1]); SECS = int(sys.argv[2]); OUT = sys.argv[3]
async def main(bootstrap):
    values = bench_corpus(N)
    tag = uuid.uuid4().hex[:8]
    raw, art, dlq = topics_of(tag)
    await ensure_topics(Connection(bootstrap), [raw, art, dlq], partitions=PARTITIONS, replication_factor=1)
    await publish(bootstrap, raw, values)
    svc = ServiceProcess(bootstrap, env=service_env(tag, "exactly_once"), workers=1, log_path=Path("/tmp/lat/prof-service.log"))
    try:
        assert await svc.wait_ready()
        await asyncio.sleep(3)
        pid = svc.worker_pids()[0]
        print("worker", pid, flush=True)
        p = subprocess.run(["/work/wt-latency/.venv/bin/py-spy", "record", "--gil", "-r", "100", "-d", str(SECS), "--pid", str(pid), "-f", "raw", "-o", OUT, "--threads"], capture_output=True, text=True)
        print(p.stdout[-500:], p.stderr[-1500:])
    finally:
        svc.stop(timeout=60)
with cluster(Settings(), None, prefix="newswire-bench-broker-", heap_mb=1024) as b:
    asyncio.run(main(b))
