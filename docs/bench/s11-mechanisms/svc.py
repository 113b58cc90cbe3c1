"""Lead 1: per-message pipeline time distribution on the e2e corpus, in one process."""
import sys, time, statistics, gzip, base64, json
from datetime import UTC, datetime
from newswire.bench.e2e import bench_corpus, PARTITIONS
from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord

values = bench_corpus(5000)
uniq = list(dict.fromkeys(values))
print("unique inputs", len(uniq), file=sys.stderr)
p = Pipeline(PipelineOptions())
for v in uniq[:50]:
    p.process(InRecord("b", 0, 0, -1, None, v), now=datetime.now(UTC))
REP = int(sys.argv[1]) if len(sys.argv) > 1 else 3
cost = {}
for r in range(REP):
    for i, v in enumerate(uniq):
        t = time.thread_time()
        o = p.process(InRecord("b", 0, i, -1, None, v), now=datetime.now(UTC))
        cost.setdefault(v, []).append(time.thread_time() - t)
def kind(v):
    try:
        e = json.loads(v)
        if isinstance(e, dict) and e.get("encoding") == "base64":
            raw = gzip.decompress(base64.b64decode(e["body"]))
            return "html", len(raw)
    except Exception:
        pass
    if v in uniq and any(v is b for b in []): pass
    return "other", len(v)
from newswire.dev.harness import BAD_INPUTS
rows = []
for v in uniq:
    k, n = kind(v)
    if v in BAD_INPUTS: k = "bad"
    elif k == "other": k = "text"
    rows.append((min(cost[v]) * 1000, k, n, v))
best = {v: ms for ms, _, _, v in rows}
# weighted by the corpus (5000 messages)
dist = sorted(best[v] for v in values)
def q(s, x): return s[min(len(s)-1, round(x*(len(s)-1)))]
print(f"corpus of {len(values)} msgs: mean {statistics.fmean(dist):.1f} ms p50 {q(dist,.5):.1f} p90 {q(dist,.9):.1f} p99 {q(dist,.99):.1f} max {dist[-1]:.1f}  p99/p50 {q(dist,.99)/q(dist,.5):.1f}")
tot = sum(dist)
for k in ("html", "text", "bad"):
    d = sorted(best[v] for v in values if (lambda r: r)(next(kk for ms, kk, n, vv in rows if vv is v or vv == v)) == k)
    if d: print(f"  {k:5s} n={len(d):5d} share of time {sum(d)/tot:.0%}: p50 {q(d,.5):.1f} p90 {q(d,.9):.1f} p99 {q(d,.99):.1f} max {d[-1]:.1f}")
# size buckets for html
import bisect
for lo, hi in ((0, 50e3), (50e3, 150e3), (150e3, 400e3), (400e3, 1e9)):
    d = sorted(ms for ms, k, n, v in rows if k == "html" and lo <= n < hi)
    if d: print(f"  html {lo/1e3:.0f}-{hi/1e3:.0f} KB: n={len(d)} p50 {q(d,.5):.1f} max {d[-1]:.1f} ms")
rows.sort(reverse=True)
print("slowest 20 unique inputs (ms, kind, bytes):")
for ms, k, n, v in rows[:20]:
    print(f"  {ms:7.1f} {k} {n}")
# ms/KB correlation
h = [(ms, n) for ms, k, n, v in rows if k == "html"]
import math
xs=[n for _,n in h]; ys=[m for m,_ in h]
mx,my=statistics.fmean(xs),statistics.fmean(ys)
r=sum((x-mx)*(y-my) for x,y in zip(xs,ys))/math.sqrt(sum((x-mx)**2 for x in xs)*sum((y-my)**2 for y in ys))
print(f"html ms vs raw bytes: pearson r {r:.2f}; us per KB median {statistics.median(m*1000/(n/1024) for m,n in h):.1f}")
import pickle; pickle.dump([(ms,k,n) for ms,k,n,v in rows], open("/tmp/lat/svc.pkl","wb"))
import random
random.seed(1)
for size in (3, 4, 15):
    b = sorted(sum(best[random.choice(values)] for _ in range(size)) for _ in range(20000))
    print(f"batch of {size} random corpus records: CPU ms p50 {q(b,.5):.0f} p99 {q(b,.99):.0f} (p99/p50 {q(b,.99)/q(b,.5):.2f})")
