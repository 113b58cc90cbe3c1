"""Per-page CPU cost of two versions of the pipeline, interleaved page by page.

``--base DIR --new DIR`` (each a ``services`` folder: a worktree of main and yours) starts one
worker process per version; the two take turns on the same pages (the order of the pair
alternating), each timing ``newswire process --jsonl``'s work on a page by
``time.process_time`` (the process's CPU, so a machine shared with other jobs weighs less than
on a wall clock, though caches and memory bandwidth are still shared). Prints the median, mean
and p95 of each, and the new version's median of per-page ratios. Both run as pure Python
unless ``--as-built`` (then each with its own compiled build when fresh: newswire/native.py).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newswire.bench.corpora import Page, scrapinghub_pages, wcxb_pages


def _pages(every: int) -> list[Page]:
    return [*wcxb_pages(), *scrapinghub_pages()][::every]


def _worker(every: int, repeats: int) -> int:
    from newswire.bench.extractors import newswire_extractor

    messages = [page.envelope() for page in _pages(every)]
    extract = newswire_extractor()
    for message in messages[:3]:  # warm-up: imports, models, caches
        extract(message)
    import newswire
    from newswire import native

    print("ready", newswire.__file__, native.MODE, flush=True)
    for line in sys.stdin:
        message = messages[int(line)]
        best = float("inf")
        for _ in range(repeats):
            started = time.process_time()
            extract(message)
            best = min(best, time.process_time() - started)
        print(best, flush=True)
    return 0


class _Worker:
    """One version's worker process, asked for one page's CPU time at a time."""

    def __init__(self, services: Path, every: int, repeats: int, *, as_built: bool) -> None:
        # The version's folder first on the path, as PYTHONPATH would put it; pure Python unless
        # each version is to run as built (newswire/native.py), set before newswire's import.
        pure = "" if as_built else "import os; os.environ['NEWSWIRE_PURE_PYTHON'] = '1'; "
        start = (
            f"{pure}import sys; sys.path.insert(0, {str(services.resolve())!r}); "
            "from newswire.bench.cost_ab import main; raise SystemExit(main(sys.argv[1:]))"
        )
        command = [sys.executable, "-c", start, "--worker"]
        command += ["--every", str(every), "--repeats", str(repeats)]
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        stdin, stdout = self._process.stdin, self._process.stdout
        if stdin is None or stdout is None:
            raise RuntimeError("a worker without pipes")
        self._stdin, self._stdout = stdin, stdout
        ready = self._stdout.readline().split()
        if ready[:1] != ["ready"]:
            raise RuntimeError(f"worker for {services} did not start")
        #: The package the worker runs (the version asked for, not the one installed), its build.
        self.package = " ".join(ready[1:])

    def ask(self, index: int) -> float:
        self._stdin.write(f"{index}\n")
        self._stdin.flush()
        return float(self._stdout.readline())

    def close(self) -> None:
        self._stdin.close()
        self._process.wait()


def _summary(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (
        f"{name:<6} median {statistics.median(ordered) * 1000:7.3f} ms  "
        f"mean {statistics.fmean(ordered) * 1000:7.3f} ms  p95 {p95 * 1000:7.3f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=Path, help="the services folder of the version before")
    parser.add_argument("--new", type=Path, help="the services folder of the version after")
    parser.add_argument("--every", type=int, default=4, help="every Nth dev page")
    parser.add_argument("--repeats", type=int, default=1, help="runs of a page, the least kept")
    parser.add_argument(
        "--as-built",
        action="store_true",
        help="each version with its compiled build if it has a fresh one (default: both pure)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return _worker(args.every, args.repeats)
    if args.base is None or args.new is None:
        parser.error("--base and --new are required")
    count = len(_pages(args.every))
    workers = {
        "base": _Worker(args.base, args.every, args.repeats, as_built=args.as_built),
        "new": _Worker(args.new, args.every, args.repeats, as_built=args.as_built),
    }
    for name, worker in workers.items():
        print(f"{name}: {worker.package}")
    times: dict[str, list[float]] = {"base": [], "new": []}
    for index in range(count):
        order = ["base", "new"] if index % 2 == 0 else ["new", "base"]
        for name in order:
            times[name].append(workers[name].ask(index))
    for worker in workers.values():
        worker.close()
    ratios = [new / base for base, new in zip(times["base"], times["new"], strict=True) if base]
    print(f"{count} pages (wcxb-dev A+B and ScrapingHub, every {args.every}th), CPU per page")
    for name, seconds in times.items():
        print(_summary(name, seconds))
    total = sum(times["new"]) / sum(times["base"])
    print(f"new / base: median of ratios {statistics.median(ratios):.3f}, total {total:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
