"""Lead 4: what grows after warm-up, Pipeline.process over the e2e corpus in one process."""
import sys, time, tracemalloc, gc, os
from datetime import UTC, datetime
from newswire.bench.e2e import bench_corpus
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
N = int(sys.argv[1]); TRACE = len(sys.argv) > 2
values = bench_corpus(5000)
p = Pipeline(PipelineOptions())
marks = {750, 1500, 2500, N // 2, N}
if TRACE: tracemalloc.start(10)
snaps = {}
t0 = time.time()
for i in range(N):
    v = values[i % len(values)]
    p.process(InRecord("b", i % 4, i, -1, None, v), now=datetime.now(UTC))
    if i + 1 in marks or (i + 1) % 1000 == 0:
        gc.collect()
        line = f"{i+1} records rss {rss():.1f} MB"
        if TRACE:
            cur, peak = tracemalloc.get_traced_memory()
            line += f" traced {cur/1e6:.1f} MB"
            if i + 1 in marks: snaps[i + 1] = tracemalloc.take_snapshot()
        print(line, f"{time.time()-t0:.0f}s", flush=True)
if TRACE:
    keys = sorted(snaps)
    for a, b in ((keys[0], keys[-1]), (keys[len(keys)//2], keys[-1])):
        print(f"--- top growth {a} -> {b}")
        for st in snaps[b].compare_to(snaps[a], "traceback")[:12]:
            print(st)
            for l in st.traceback.format()[-6:]: print("     ", l)
