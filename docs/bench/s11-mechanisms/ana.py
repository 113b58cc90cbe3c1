import sys, glob, bisect, statistics
def q(s, x):
    s = sorted(s); return s[min(len(s)-1, round(x*(len(s)-1)))] if s else float("nan")
def fmt(name, xs): print(f"  {name:38s} n={len(xs):5d} p50 {q(xs,.5)*1000:6.0f} p90 {q(xs,.9)*1000:6.0f} p99 {q(xs,.99)*1000:6.0f} mean {statistics.fmean(xs)*1000:6.0f} ms")
d = sys.argv[1]
for path in sorted(glob.glob(f"{d}/fetch-*.tsv")):
    R, Fs = [], []
    for line in open(path):
        p = line.rstrip("\n").split("\t")
        if p[0] == "R" and ("raw" in p[1] or p[1].startswith("sim")): R.append(tuple(map(float, p[4:8])))
        elif p[0] == "F" and ("raw" in p[1] or p[1].startswith("sim")): Fs.append((float(p[3]), float(p[4]), int(p[2]), int(p[5])))
    if not R: continue
    R = R[len(R)//10:]  # skip warm-up
    print(path, "records", len(R), "fetches", len(Fs))
    recv = {round(f[1], 3): f for f in Fs}
    fetch = [a - ts for ts, a, h, c in R]
    buf = [h - a for ts, a, h, c in R]
    tot = [h - ts for ts, a, h, c in R]
    fmt("CreateTime -> handover (total)", tot)
    fmt("CreateTime -> buffered (fetch delay)", fetch)
    fmt("buffered -> handover (wait for loop)", buf)
    # split fetch delay: request not yet sent vs in flight
    sends = sorted(f[0] for f in Fs); 
    byrecv = sorted(Fs, key=lambda f: f[1])
    recvs = [f[1] for f in byrecv]
    pre, flight = [], []
    for ts, a, h, c in R:
        i = bisect.bisect_left(recvs, a - 0.002)
        if i < len(byrecv) and abs(byrecv[i][1] - a) < 0.01:
            s = byrecv[i][0]
            pre.append(max(0, s - ts)); flight.append(a - max(s, ts))
    fmt(" of which: until the fetch was sent", pre)
    fmt(" of which: fetch sent/at broker -> buffered", flight)
    rt = [f[1] - f[0] for f in Fs]
    fmt("fetch round trips (all)", rt)
    print(f"  fetches with data {sum(f[3] for f in Fs)} of {len(Fs)}; partitions per fetch mean {statistics.fmean(f[2] for f in Fs):.2f}")
    tt = sum(tot); print(f"  share of ack->handover: fetch delay {sum(fetch)/tt:.0%}, waiting in buffer {sum(buf)/tt:.0%}")
    # tail: among the slowest 1% totals, shares
    big = sorted(R, key=lambda r: r[2]-r[0])[-max(1,len(R)//100):]
    tb = sum(r[2]-r[0] for r in big)
    print(f"  slowest 1%: fetch delay share {sum(r[1]-r[0] for r in big)/tb:.0%}, buffer wait {sum(r[2]-r[1] for r in big)/tb:.0%}")
