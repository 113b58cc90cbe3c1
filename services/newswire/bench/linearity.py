"""``make bench-linearity``: the pipeline's time on adversarial inputs at two sizes.

Each input (built to make regexes backtrack or loops go quadratic) is processed at 40,000 and
400,000 bytes; the small one is the baseline of the same run. A ratio near 10 is linear, near
100 quadratic. ``tests/pipeline/test_hostile.py`` checks the same inputs by counting function
calls (a deterministic measure); this benchmark also times what runs inside one C call (a
regex's backtracking, lexbor's parse), which a call count cannot see. Best of three runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from newswire.pipeline import Pipeline, PipelineOptions
from newswire.records import InRecord

SCALED: dict[str, Callable[[int], bytes]] = {
    "dashes": lambda n: b"-" * n,
    "one long word": lambda n: b"a" * n,
    "spaces": lambda n: b"a" + b" " * n + b"b",
    "promo lines": lambda n: ("Judul\n\n" + "Baca Juga: x\n" * (n // 13)).encode(),
    "date-like digits": lambda n: ("Judul\n\n" + "1/1/1/1 " * (n // 8)).encode(),
    # From 10,000 levels (above markup_scan_above_tags, 5,000 "<"): below that lexbor's parse
    # is quadratic in depth but bounded (~35 ms at 5,000 levels; README limitations).
    "nested divs": lambda n: ("<html><body>" + "<div>" * (n // 4) + "x").encode(),
    "open tags": lambda n: b"<p" * (n // 2),
    "unclosed comments": lambda n: b"<html><body>" + b"<!--x" * (n // 5),
    "attribute soup": lambda n: b"<div " + b'a="b" ' * (n // 6) + b">x</div>",
    "caption-like lines": lambda n: ("Judul\n\n" + "Foto: X /Twitter/@y\n" * (n // 20)).encode(),
}

SMALL, LARGE = 40_000, 400_000


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    pipeline = Pipeline(PipelineOptions())

    def process(value: bytes) -> object:
        record = InRecord("raw", 0, 1, 1_700_000_000_000, None, value, ())
        return pipeline.process(record, now=datetime(2026, 1, 1, tzinfo=UTC)).result

    print(f"{'input':<22}{'40 kB ms':>10}{'400 kB ms':>11}{'ratio':>8}")
    worst = 0.0
    for name, make in SCALED.items():
        small, large = make(SMALL), make(LARGE)
        base = _best_of(3, partial(process, small))
        scaled = _best_of(3, partial(process, large))
        # Below a millisecond, fixed costs dominate and the ratio says nothing: floor the base.
        ratio = scaled / max(base, 0.001)
        worst = max(worst, ratio)
        print(f"{name:<22}{base * 1000:>10.1f}{scaled * 1000:>11.1f}{ratio:>8.1f}")
    print(f"worst ratio {worst:.1f} (10 = linear, 100 = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
