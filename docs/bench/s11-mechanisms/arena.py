"""Lead 4 hypothesis: the pipeline running on a second thread (a second malloc arena) grows RSS."""
import sys, threading, gc
from datetime import UTC, datetime
from concurrent.futures import ThreadPoolExecutor
from newswire.bench.e2e import bench_corpus
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) / 1024
values = bench_corpus(5000)
p = Pipeline(PipelineOptions())
N = int(sys.argv[1]); SWITCH = sys.argv[2] == "switch"
a = ThreadPoolExecutor(1, "a"); b = ThreadPoolExecutor(1, "b")
def run(lo, hi):
    for i in range(lo, hi):
        p.process(InRecord("b", i % 4, i, -1, None, values[i % len(values)]), now=datetime.now(UTC))
    return threading.current_thread().name
step = N // 6
for k in range(6):
    ex = b if (SWITCH and k >= 3) else a
    name = ex.submit(run, k * step, (k + 1) * step).result()
    gc.collect()
    print(f"{(k+1)*step} records on thread {name}: rss {rss():.1f} MB", flush=True)
