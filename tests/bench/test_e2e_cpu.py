"""``make bench-e2e``'s CPU accounting (``e2e_cpu``): per part and per message, the machine's
busy time, the service's workers told apart from the broker, and the pipeline thread's share."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newswire.bench import e2e_cpu


def test_the_cpu_account_divides_each_part_by_the_messages_and_by_the_machines_busy_time() -> None:
    """CPU ms per message per part, its share of the machine's busy CPU over the run, and the
    rest of the machine's busy time as other processes'."""
    before = e2e_cpu.CpuSnapshot(
        workers=10.0, supervisor=1.0, broker=5.0, apparatus=2.0, machine=100.0
    )
    after = e2e_cpu.CpuSnapshot(
        workers=18.0, supervisor=1.0, broker=6.0, apparatus=3.0, machine=110.0
    )
    line = e2e_cpu.account(before, after, 1000)
    assert "workers 8.00 (80%)" in line
    assert "supervisor 0.00 (0%)" in line
    assert "broker 1.00 (10%)" in line
    assert "load generator + latency consumer 1.00 (10%)" in line
    assert "anything else on the machine 0.00 (0%)" in line
    # A throughput run's topic is loaded before the service starts: no load generator runs.
    preloaded = e2e_cpu.preloaded_account(before, after, 1000)
    assert "output consumer + sampler (no load generator: topic preloaded) 1.00 (10%)" in preloaded
    assert "load generator + latency consumer" not in preloaded
    assert "CPU share of this load" not in line


def test_a_latency_runs_cpu_account_says_what_share_of_the_cores_its_load_meant() -> None:
    """With the offered rate, the line adds our parts' CPU ms per message (workers, supervisor,
    broker, load generator; not the machine's other users) x the rate / the cores: 10 ms a
    message at 150 msgs/s on 2 cores is 75% of the machine."""
    before = e2e_cpu.CpuSnapshot(workers=0.0, supervisor=0.0, broker=0.0, apparatus=0.0, machine=0)
    after = e2e_cpu.CpuSnapshot(workers=7.0, supervisor=0.5, broker=2.0, apparatus=0.5, machine=20)
    line = e2e_cpu.account(before, after, 1000, offered_per_s=150, cores=2)
    assert line.endswith(
        "CPU share of this load: 10.00 ms/msg x 150 msgs/s offered / 2 cores = 75%"
    )


def test_a_cpu_snapshot_counts_the_services_children_as_workers_and_other_children_apart() -> None:
    """A child of the service's process is a worker; another child of this process (the
    local broker) is counted apart; this process's own CPU is the apparatus's."""
    burn = (
        "import time, sys\n"
        "while time.process_time() < 0.2: pass\n"
        "print('ready', flush=True); sys.stdin.read()\n"
    )
    spawn_worker = (
        "import subprocess, sys\n"
        f"child = subprocess.Popen([sys.executable, '-c', {burn!r}], stdout=subprocess.PIPE,"
        " stdin=subprocess.PIPE)\n"
        "print(child.stdout.readline().decode().strip(), flush=True); sys.stdin.read()\n"
        "child.stdin.close(); child.wait()\n"
    )
    pipe = subprocess.PIPE
    with (
        subprocess.Popen([sys.executable, "-c", spawn_worker], stdin=pipe, stdout=pipe) as service,
        subprocess.Popen([sys.executable, "-c", burn], stdin=pipe, stdout=pipe) as broker,
    ):
        for process in (service, broker):
            assert process.stdout is not None
            assert process.stdout.readline().strip() == b"ready"
        taken = e2e_cpu.snapshot(service.pid)
        for process in (service, broker):
            assert process.stdin is not None
            process.stdin.close()
            process.wait(timeout=30)
    assert taken.workers >= 0.1
    assert taken.broker >= 0.1
    assert taken.apparatus > 0
    assert taken.machine > taken.workers


def test_window_cpu_interpolates_each_thread_and_takes_each_workers_busiest_as_its_pipeline() -> (
    None
):
    """Between two instants inside the samples, each thread's CPU is interpolated; per worker
    its busiest thread in the window is step 2's pipeline thread; a thread that starts in the
    window counts from zero; both figures are per message."""
    trace = [
        e2e_cpu.ThreadSample(10.0, {(1, 1): 0.0, (1, 2): 0.0, (2, 5): 1.0}),
        e2e_cpu.ThreadSample(12.0, {(1, 1): 2.0, (1, 2): 0.2, (2, 5): 2.0, (2, 6): 0.1}),
        e2e_cpu.ThreadSample(14.0, {(1, 1): 4.0, (1, 2): 0.4, (2, 5): 3.0, (2, 6): 0.3}),
    ]
    # 11 -> 13: worker 1 threads 2.0 and 0.2 s; worker 2: 1.0 and 0.2 (thread 6 from 0 at 11).
    total_ms, pipeline_ms = e2e_cpu.window_cpu(trace, 11.0, 13.0, 100)
    assert total_ms == pytest.approx((2.0 + 0.2 + 1.0 + 0.2) * 10)
    assert pipeline_ms == pytest.approx((2.0 + 1.0) * 10)
    assert e2e_cpu.window_cpu(trace, 11.0, 13.0, 0) == (0.0, 0.0)


def test_a_loads_cpu_share_is_our_parts_cost_per_message_times_its_rate_over_the_cores() -> None:
    """The figure the latency table prints per run: the same 75% as the account's line (10 ms a
    message at 150 msgs/s on 2 cores); the machine's other users' CPU does not count."""
    before = e2e_cpu.CpuSnapshot(workers=0.0, supervisor=0.0, broker=0.0, apparatus=0.0, machine=0)
    after = e2e_cpu.CpuSnapshot(workers=7.0, supervisor=0.5, broker=2.0, apparatus=0.5, machine=90)
    assert e2e_cpu.load_share(before, after, 1000, 150, cores=2) == pytest.approx(0.75)
