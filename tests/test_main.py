"""The command line: offline processing, usage errors, and the local broker's lifecycle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import SEED, SEED_TITLE


def newswire(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newswire", *args],
        input=stdin,
        capture_output=True,
        timeout=180,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_process_prints_one_json_object_per_input_in_order(tmp_path: Path) -> None:
    """`process FILE FILE` prints the Article or DeadLetter of each file, in order."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = newswire("process", str(SEED), str(empty))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["title"] == SEED_TITLE
    assert json.loads(lines[1])["reason"] == "no_content"


def test_process_jsonl_reads_one_value_per_line_from_stdin() -> None:
    """With --jsonl each input line is one raw message value."""
    lines = [json.dumps({"body": SEED.read_text(), "content_type": "text/plain"}), '{"body": ']
    result = newswire("process", "--jsonl", "-", stdin="\n".join(lines).encode())
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [e.get("reason") for e in events] == [None, "invalid_envelope"]


def test_process_starts_like_a_worker_unless_the_heap_freeze_is_off() -> None:
    """`process` loads the pipeline's models on the built-in page and freezes the heap before its
    first input, as a worker does (NEWSWIRE_GC_FREEZE=false skips it); the output is the same."""
    frozen = newswire("process", str(SEED))
    plain = newswire("process", str(SEED), env={"NEWSWIRE_GC_FREEZE": "false"})
    assert frozen.returncode == plain.returncode == 0, (frozen.stderr, plain.stderr)
    assert b"pipeline warmed up" in frozen.stderr
    assert b"pipeline warmed up" not in plain.stderr
    assert json.loads(frozen.stdout)["title"] == json.loads(plain.stdout)["title"] == SEED_TITLE


def test_usage_errors_exit_non_zero_with_a_message(tmp_path: Path) -> None:
    """Unknown commands, missing files and invalid settings fail with a message and exit 2."""
    assert newswire("frobnicate").returncode == 2
    missing = newswire("process", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert b"cannot read" in missing.stderr
    bad = newswire("process", str(SEED), env={"NEWSWIRE_BATCH_MAX_RECORDS": "-1"})
    assert bad.returncode == 2
    assert b"NEWSWIRE" in bad.stderr


def test_sasl_password_never_appears_in_errors() -> None:
    """An invalid setting's error message does not echo a configured password."""
    result = newswire(
        "process",
        str(SEED),
        env={"NEWSWIRE_KAFKA_SASL_PASSWORD": "s3cr3t-pw", "NEWSWIRE_TOPIC_PARTITIONS": "zero"},
    )
    assert result.returncode == 2
    assert b"s3cr3t-pw" not in result.stderr + result.stdout


@pytest.mark.kafka
def test_broker_start_status_stop_of_a_data_folder(tmp_path: Path) -> None:
    """`broker start --data D` prints a bootstrap address, `status` reports it, `stop` ends it."""
    if os.environ.get("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS"):
        pytest.skip("a cluster is configured: tests start no broker")
    data = tmp_path / "broker"
    env = {"NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS": ""}
    started = newswire("broker", "start", "--data", str(data), env=env)
    try:
        assert started.returncode == 0, started.stderr
        bootstrap = started.stdout.decode().strip()
        assert bootstrap.startswith("127.0.0.1:")
        status = newswire("broker", "status", "--data", str(data), env=env)
        assert status.stdout.decode().strip() == bootstrap
        assert (data / "logs" / "server.log").stat().st_size > 0
    finally:
        stopped = newswire("broker", "stop", "--data", str(data), env=env)
    assert stopped.returncode == 0
    assert newswire("broker", "status", "--data", str(data), env=env).returncode == 3
