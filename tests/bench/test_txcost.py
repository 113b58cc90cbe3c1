"""``python -m newswire.bench.txcost``: CPU per batch commit, exactly_once against at_least_once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid

import pytest

from newswire.bench import txcost
from newswire.bench.txcost import Cost
from newswire.dev.harness import read_outputs


def test_a_transaction_carries_its_share_of_the_batch_difference() -> None:
    """exactly_once pays one transaction per input partition for what at_least_once commits
    once: the extra per transaction is the batches' difference divided by the partitions."""
    eo = Cost("exactly_once", client_ms=11.0, broker_ms=20.0, wall_ms=50.0)
    alo = Cost("at_least_once", client_ms=7.0, broker_ms=8.0, wall_ms=30.0)
    assert txcost.extra_per_transaction(eo, alo, 2) == (2.0, 6.0)
    assert txcost.extra_per_transaction(eo, alo, 4) == (1.0, 3.0)


def test_the_report_prints_every_run_and_each_pairs_extra() -> None:
    """Runs in the order run, then one extra line per exactly_once / at_least_once pair."""
    costs = [
        Cost("exactly_once", 11.0, 20.0, 50.0),
        Cost("at_least_once", 7.0, 8.0, 30.0),
        Cost("exactly_once", 13.0, 22.0, 50.0),
        Cost("at_least_once", 7.0, 10.0, 30.0),
    ]
    lines = txcost.report(costs, 2).splitlines()
    assert [line.split()[0] for line in lines[:4]] == [
        "exactly_once",
        "at_least_once",
        "exactly_once",
        "at_least_once",
    ]
    assert lines[4:] == [
        "exactly_once's extra CPU ms per transaction: client 2.00, broker 6.00",
        "exactly_once's extra CPU ms per transaction: client 3.00, broker 6.00",
    ]


def test_process_cpu_counts_this_process_and_nothing_for_a_gone_one() -> None:
    """/proc's CPU of a live process grows with its work; a pid that does not exist reads 0."""
    before = txcost.process_cpu_s(os.getpid())
    deadline = time.process_time() + 0.1
    while time.process_time() < deadline:
        pass
    assert txcost.process_cpu_s(os.getpid()) > before
    assert txcost.process_cpu_s(2**22 + 1) == 0.0  # above the largest pid_max Linux allows


def test_the_broker_is_found_among_this_process_children() -> None:
    """A process this one started (the temporary broker) is listed as its child."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        assert child.pid in txcost.children_of(os.getpid())
    finally:
        child.kill()
        child.wait()


@pytest.mark.kafka
async def test_warming_the_broker_commits_the_asked_transactions(kafka_bootstrap: str) -> None:
    """``warm_broker`` commits at least the asked number of transactions, in whole batches of
    one per input partition, each carrying its outputs once: a read_committed reader sees
    exactly two batches' outputs for three transactions asked over two partitions."""
    tag = "warm" + uuid.uuid4().hex[:8]
    await txcost.warm_broker(kafka_bootstrap, 3, partitions=2, tag=tag)
    expected = 2 * 2 * txcost.WARM_RECORDS
    outputs = await read_outputs(
        kafka_bootstrap, [f"txcost{tag}.articles", f"txcost{tag}.dlq"], until=expected
    )
    assert len(outputs) == expected


async def test_no_warm_up_touches_no_broker() -> None:
    """Zero transactions asked: nothing connects (a bootstrap nobody listens on is never used)."""
    await asyncio.wait_for(txcost.warm_broker("127.0.0.1:1", 0), timeout=5)
