"""Exactly-once through broker faults on a local three-node cluster (issue 16).

One kind of fault runs here (the transaction coordinator of a worker's transactional id SIGKILLed
while the service commits, twice); ``make bench-chaos-cluster`` runs all four kinds, ten bounces
each. The cluster is started and stopped with the CLI, so its commands are exercised too.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswire import localcluster
from newswire.bench.chaos_cluster import run_fault

pytestmark = pytest.mark.kafka


def _newswire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newswire", "broker", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("cluster")
    try:  # the start too: a signal during it stops the nodes already running
        started = _newswire("start", "--brokers", "3", "--data", str(data))
        assert started.returncode == 0, started.stderr
        yield data
    finally:
        stopped = _newswire("stop", "--data", str(data))
        assert stopped.returncode == 0, stopped.stderr
        assert all(state.pid is None for state in localcluster.status(data))


def test_cluster_start_prints_three_bootstrap_addresses_and_status_one_line_per_node(
    cluster: Path,
) -> None:
    """`broker start --brokers 3` made three nodes on 127.0.0.1; `broker status` prints
    "node-id address pid" for each, and the bootstrap list names all three addresses."""
    status = _newswire("status", "--data", str(cluster))
    assert status.returncode == 0, status.stderr
    lines = [line.split() for line in status.stdout.splitlines()]
    assert [int(fields[0]) for fields in lines] == [1, 2, 3]
    assert all(fields[1].startswith("127.0.0.1:") and fields[2].isdigit() for fields in lines)
    assert localcluster.bootstrap(cluster).split(",") == [fields[1] for fields in lines]


async def test_killing_the_transaction_coordinator_mid_stream_loses_and_duplicates_nothing(
    cluster: Path, tmp_path: Path
) -> None:
    """1,000+ mixed inputs fed steadily onto 4 partitions (replication 3, created by newswire),
    two workers in exactly_once; twice, the node coordinating one worker's transactional id is
    SIGKILLed while the service commits, and started again on its old ports: every input ends as
    exactly one committed Article or DeadLetter, /readyz is 200 again without any hand, and the
    nodes that were not hit kept running."""
    before = {state.node.node_id: state.pid for state in localcluster.status(cluster)}
    report = await run_fault(
        cluster, fault="txn-coordinator", bounces=2, inputs=1000, rate=40, log_dir=tmp_path
    )
    print(report.line())
    after = {state.node.node_id: state.pid for state in localcluster.status(cluster)}
    hit = {node for bounce in report.bounces for node in bounce.nodes}
    assert len(report.bounces) == 2
    assert report.inputs >= 1000
    assert report.replicas == [3, 3, 3, 3]
    assert report.lost == 0, report.line()
    assert report.duplicated == 0, report.line()
    assert all(bounce.ready_s != float("inf") for bounce in report.bounces), report.line()
    assert all(after[node] == before[node] for node in before if node not in hit)
    assert all(after[node] is not None for node in after)
