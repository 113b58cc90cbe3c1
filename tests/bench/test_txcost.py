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


def test_two_batch_sizes_split_a_batch_into_transactions_and_outputs() -> None:
    """Two exactly_once runs at 4 and 25 outputs per partition (2 partitions) give a line: the
    difference over the 42 extra outputs is the cost per output, what is left of the small
    batch (the broker's idle taken out) the cost per transaction."""
    small = Cost("exactly_once", client_ms=8.8, broker_ms=22.0, wall_ms=40.0)
    large = Cost("exactly_once", client_ms=13.0, broker_ms=26.2, wall_ms=60.0)
    s = txcost.split(small, large, (4, 25), 2, idle=2.0)
    assert s.client_per_record == pytest.approx(0.1)
    assert s.broker_per_record == pytest.approx(0.1)
    assert s.client_per_transaction == pytest.approx(4.0)
    assert s.broker_per_transaction == pytest.approx(9.6)
    assert s.broker_idle == 2.0


def test_a_small_batch_pays_its_transactions_over_fewer_messages() -> None:
    """Per message, a batch's transactions weigh by the inverse of its size; the per-output part
    stays: 10 records over 2 transactions of 5 ms cost 1 + 0.2 ms a message, 50 records 0.4."""
    s = txcost.Split(4.0, 0.1, 1.0, 0.1, broker_idle=0.0)
    assert s.per_message(10, 2) == pytest.approx(1.2)
    assert s.per_message(50, 2) == pytest.approx(0.4)
    report = txcost.split_report([s], 2).splitlines()
    assert report[0].startswith("exactly_once CPU ms per transaction: client 4.00, broker 1.00")
    assert "10 records 1.20" in report[1]
