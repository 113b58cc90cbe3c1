import sys, collections
tot = collections.Counter(); fn = collections.Counter(); leaf = collections.Counter()
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n); frames = stack.split(";")
    thread = frames[0]
    tot[thread] += n
    seen = set()
    for f in frames[1:]:
        name = f.split(" (")[0] + " (" + f.split(" (")[1].split(":")[0] + ")" if " (" in f else f
        if (thread, name) not in seen:
            fn[(thread, name)] += n; seen.add((thread, name))
all_ = sum(tot.values())
print("samples", all_)
for t, n in tot.most_common(): print(f"  {t}: {n} ({n/all_:.1%})")
main = [t for t in tot if "MainThread" in t or "process" in t and "Main" in t]
for t in tot:
    if tot[t] / all_ < 0.02: continue
    print(f"== {t}: top functions (inclusive, share of ALL samples)")
    rows = sorted(((n, name) for (tt, name), n in fn.items() if tt == t), reverse=True)
    for n, name in rows[:int(sys.argv[2]) if len(sys.argv) > 2 else 40]:
        print(f"  {n/all_:6.1%}  {name}")
