"""Our alert rules and /metrics checked by the real Prometheus tools (Debian's `prometheus`
package: promtool, and a Prometheus server scraping a running newswire on loopback)."""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest
import yaml

from newswire.localbroker import free_port
from tests.support import (
    REPO,
    SEED,
    Topics,
    collect,
    http_get,
    produce,
    start_service,
    wait_ready,
)

RULES = REPO / "deploy" / "prometheus" / "rules" / "newswire.rules.yml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (make test installs Debian's prometheus package)")
    return path


def test_promtool_accepts_the_rules_and_their_unit_tests_pass() -> None:
    """`promtool check rules` accepts the alert rules and `promtool test rules` passes a unit test
    for every alert (each alert is named in the test file)."""
    promtool = _tool("promtool")
    subprocess.run([promtool, "check", "rules", str(RULES)], check=True, capture_output=True)
    tests = REPO / "deploy" / "prometheus" / "tests" / "newswire.test.yml"
    result = subprocess.run(
        [promtool, "test", "rules", str(tests)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    alerts = {r["alert"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]}
    tested = {
        case["alertname"]
        for test in yaml.safe_load(tests.read_text())["tests"]
        for case in test["alert_rule_test"]
    }
    assert alerts == tested


@pytest.mark.kafka
def test_prometheus_scrapes_newswire_and_loads_the_rules(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    """A real Prometheus on loopback scrapes a running newswire: its HTTP API returns newswire's
    series with the job, instance and topic labels, every alert rule is loaded, and
    `promtool check metrics` accepts our /metrics output."""
    prometheus = _tool("prometheus")
    promtool = _tool("promtool")
    topics = Topics.unique()
    service = start_service(kafka_bootstrap, topics, tmp_path)
    process = None
    try:
        wait_ready(service)
        asyncio.run(produce(kafka_bootstrap, topics.raw, [(SEED.read_bytes(), [])]))
        asyncio.run(collect(kafka_bootstrap, [topics.articles], until=1))
        status, metrics_text = http_get(f"{service.base_url}/metrics")
        assert status == 200
        lint = subprocess.run(
            [promtool, "check", "metrics"],
            input=metrics_text,
            capture_output=True,
            text=True,
            check=False,
        )
        assert lint.returncode == 0, lint.stdout + lint.stderr

        port = free_port()
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(RULES)],
            "scrape_configs": [
                {
                    "job_name": "newswire",
                    "static_configs": [{"targets": [f"127.0.0.1:{service.metrics_port}"]}],
                }
            ],
        }
        config_path = tmp_path / "prometheus.yml"
        config_path.write_text(yaml.safe_dump(config))
        subprocess.run([promtool, "check", "config", str(config_path)], check=True)
        with (tmp_path / "prometheus.log").open("wb") as log:
            process = subprocess.Popen(
                [
                    prometheus,
                    f"--config.file={config_path}",
                    f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        api = f"http://127.0.0.1:{port}/api/v1"
        query = urllib.parse.quote(f'newswire_messages_consumed_total{{topic="{topics.raw}"}}')
        deadline = time.monotonic() + 60
        series: list[dict[str, object]] = []
        while time.monotonic() < deadline and not series:
            code, body = http_get(f"{api}/query?query={query}")
            if code == 200:
                series = json.loads(body)["data"]["result"]
            if not series:
                time.sleep(0.5)
        assert series, (tmp_path / "prometheus.log").read_text()[-3000:]
        labels = series[0]["metric"]
        assert isinstance(labels, dict)
        assert labels["job"] == "newswire"
        assert labels["instance"] == f"127.0.0.1:{service.metrics_port}"
        assert float(series[0]["value"][1]) == 1  # type: ignore[index]
        code, body = http_get(f"{api}/rules")
        assert code == 200
        loaded = {r["name"] for g in json.loads(body)["data"]["groups"] for r in g["rules"]}
        expected = {
            r["alert"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"]
        }
        assert loaded == expected
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        assert service.stop() == 0, service.log()
