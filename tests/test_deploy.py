"""deploy/: the container image, compose file and Kubernetes manifests, checked statically (no Docker
engine or cluster runs here); the Grafana dashboard against the metrics we really export."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml
from prometheus_client import CollectorRegistry, generate_latest

from newswire.metrics import Metrics, SupervisorMetrics
from newswire.settings import Settings
from tests.support import REPO

DEPLOY = REPO / "deploy"
SETTING_NAMES = {f"NEWSWIRE_{name.upper()}" for name in Settings.model_fields}


def _stages(dockerfile: str) -> list[list[str]]:
    """Instructions per build stage, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", dockerfile)
    stages: list[list[str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.upper().startswith("FROM "):
            stages.append([])
        stages[-1].append(line)
    return stages


def _instruction(stage: list[str], name: str) -> list[str]:
    return [line[len(name) + 1 :].strip() for line in stage if line.upper().startswith(name + " ")]


def _documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def _exported_metric_names() -> set[str]:
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    SupervisorMetrics(registry, version="test").worker_restarts.labels("exit_1").inc()
    # Touch one child of each labelled metric so its series appear in the exposition.
    metrics.messages_consumed.labels("t").inc()
    metrics.articles_published.labels("t", "article").inc()
    metrics.dead_letters.labels("no_content", "decode").inc()
    metrics.stage_seconds.labels("decode").observe(0.001)
    metrics.retries.labels("fetch", "KafkaConnectionError").inc()
    metrics.transactions.labels("committed").inc()
    metrics.rebalances.labels("assigned").inc()
    metrics.batches_discarded.labels("rebalance").inc()
    metrics.consumer_lag.labels("t", "0").set(1)
    text = generate_latest(registry).decode()
    return {line.split("{")[0].split(" ")[0] for line in text.splitlines() if line[:1] != "#"}


def test_dockerfile_is_multi_stage_slim_non_root_with_healthcheck_on_healthz() -> None:
    """The image builds in one stage and runs from a slim base in another, as a non-root user,
    with no compiler installed, `newswire run` as entry point and a HEALTHCHECK on /healthz at
    the exposed metrics port."""
    stages = _stages((DEPLOY / "Dockerfile").read_text())
    assert len(stages) >= 2
    final = stages[-1]
    assert "slim" in _instruction(final, "FROM")[0]
    user = _instruction(final, "USER")
    assert user
    assert user[-1].split(":")[0] not in {"0", "root"}
    assert not any(
        word in line for line in final for word in ("gcc", "build-essential", "apt-get install")
    )
    exposed = _instruction(final, "EXPOSE")
    env = " ".join(_instruction(final, "ENV"))
    assert f"NEWSWIRE_METRICS_PORT={exposed[0]}" in env
    assert "NEWSWIRE_METRICS_HOST=0.0.0.0" in env
    healthcheck = _instruction(final, "HEALTHCHECK")[0]
    assert f":{exposed[0]}/healthz" in healthcheck
    assert json.loads(_instruction(final, "ENTRYPOINT")[0]) == ["newswire"]
    assert json.loads(_instruction(final, "CMD")[0]) == ["run"]


def test_image_is_built_with_the_compiled_modules_and_refuses_to_ship_pure_python() -> None:
    """The build stage installs a C compiler, compiles the source tree with newswire.dev.compile
    (as make install does) and fails without its manifest; the package data takes _native/ into
    the installed copy, which must load compiled before the final stage copies the venv."""
    stages = _stages((DEPLOY / "Dockerfile").read_text())
    build, final = stages[0], stages[-1]
    runs = " ".join(_instruction(build, "RUN"))
    assert "gcc" in runs
    compile_at = runs.index("-m newswire.dev.compile")
    assert runs.index("test -f services/newswire/_native/manifest.json") > compile_at
    installed_at = runs.index("/opt/newswire/bin/pip install .")
    assert installed_at > compile_at
    assert "native.MODE == 'compiled'" in runs[installed_at:]
    data = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "_native/*" in data["package-data"]["newswire"]
    assert _instruction(final, "COPY") == ["--from=build /opt/newswire /opt/newswire"]


def test_compose_runs_kafka_kraft_newswire_prometheus_and_grafana_consistently() -> None:
    """compose.yaml: the official apache/kafka image in KRaft mode, newswire built from our
    Dockerfile with only real NEWSWIRE_* settings and the metrics port published, Prometheus
    with our scrape config and rules, Grafana with the dashboard provisioned."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    newswire = services["newswire"]
    assert (DEPLOY / newswire["build"]["context"] / newswire["build"]["dockerfile"]).is_file()
    env = newswire["environment"]
    assert set(env) <= SETTING_NAMES
    assert env["NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert any(port.endswith(f":{env['NEWSWIRE_METRICS_PORT']}") for port in newswire["ports"])
    mounts = " ".join(services["prometheus"]["volumes"])
    assert "./prometheus/prometheus.yml" in mounts
    assert "./prometheus/rules" in mounts
    scrape = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    targets = scrape["scrape_configs"][0]["static_configs"][0]["targets"]
    assert targets == [f"newswire:{env['NEWSWIRE_METRICS_PORT']}"]
    for mount in services["grafana"]["volumes"]:
        assert (DEPLOY / mount.split(":")[0]).exists(), mount


def test_kubernetes_manifests_are_complete_and_consistent() -> None:
    """Every manifest has apiVersion, kind and a name; the Deployment probes /healthz and
    /readyz on the metrics port, sets resources and a grace period longer than the shutdown
    timeout, reads only real NEWSWIRE_* settings from the ConfigMap and SASL credentials from a
    Secret; the Service, ServiceMonitor and PodDisruptionBudget select its pods; KEDA scales on
    the raw topic's lag and never beyond partitions / workers per pod."""
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    docs: dict[str, dict[str, Any]] = {}
    for name in kustomization["resources"]:
        for doc in _documents(DEPLOY / "k8s" / name):
            assert doc["apiVersion"], name
            assert doc["metadata"]["name"], name
            docs[doc["kind"]] = doc
    assert {
        "Deployment",
        "ConfigMap",
        "Service",
        "ServiceMonitor",
        "PodDisruptionBudget",
        "ScaledObject",
        "TriggerAuthentication",
    } <= set(docs)
    config = docs["ConfigMap"]["data"]
    assert set(config) <= SETTING_NAMES
    deployment = docs["Deployment"]
    assert deployment["apiVersion"] == "apps/v1"
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    container = pod["spec"]["containers"][0]
    port = next(p for p in container["ports"] if p["name"] == "metrics")
    assert str(port["containerPort"]) == config["NEWSWIRE_METRICS_PORT"]
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert container["resources"]["requests"]
    assert container["resources"]["limits"]
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    grace = pod["spec"]["terminationGracePeriodSeconds"]
    assert grace > float(config["NEWSWIRE_SHUTDOWN_TIMEOUT_S"])
    sources = container["envFrom"]
    assert {"configMapRef": {"name": docs["ConfigMap"]["metadata"]["name"]}} in sources
    secret = next(s["secretRef"]["name"] for s in sources if "secretRef" in s)
    example = _documents(DEPLOY / "k8s" / "secret.example.yaml")[0]
    assert example["metadata"]["name"] == secret
    assert set(example["stringData"]) == {
        "NEWSWIRE_KAFKA_SASL_USERNAME",
        "NEWSWIRE_KAFKA_SASL_PASSWORD",
    }
    for kind in ("Service", "PodDisruptionBudget"):
        selector = docs[kind]["spec"]["selector"]
        selector = selector.get("matchLabels", selector)
        assert selector.items() <= labels.items(), kind
    monitor = docs["ServiceMonitor"]["spec"]
    assert (
        monitor["selector"]["matchLabels"].items() <= docs["Service"]["metadata"]["labels"].items()
    )
    assert monitor["endpoints"][0]["port"] == docs["Service"]["spec"]["ports"][0]["name"]
    scaled = docs["ScaledObject"]["spec"]
    assert scaled["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    trigger = scaled["triggers"][0]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["topic"] == config["NEWSWIRE_RAW_TOPIC"]
    assert trigger["metadata"]["consumerGroup"] == config["NEWSWIRE_GROUP_ID"]
    partitions = int(config["NEWSWIRE_TOPIC_PARTITIONS"])
    assert scaled["maxReplicaCount"] * int(config["NEWSWIRE_WORKERS"]) <= partitions


def test_grafana_dashboard_queries_only_metrics_newswire_exports() -> None:
    """Every newswire_* series named in the dashboard's queries is one we export, and the
    dashboard covers throughput, lag, latency, stage time, dead letters, transactions and
    workers."""
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "newswire.json").read_text())
    exported = _exported_metric_names()
    used: set[str] = set()
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            used |= set(re.findall(r"newswire_[a-z_]+", target["expr"]))
    assert used
    assert used <= exported, used - exported
    for needed in (
        "newswire_messages_consumed_total",
        "newswire_consumer_lag",
        "newswire_end_to_end_latency_seconds_bucket",
        "newswire_stage_seconds_bucket",
        "newswire_dead_letters_total",
        "newswire_transactions_total",
        "newswire_workers",
    ):
        assert needed in used, needed


def test_alert_rules_query_only_metrics_newswire_exports() -> None:
    """The alert rules name only series we export (a renamed metric would silence an alert)."""
    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules" / "newswire.rules.yml").read_text())
    exported = _exported_metric_names()
    names = {
        name
        for group in rules["groups"]
        for rule in group["rules"]
        for name in re.findall(r"newswire_[a-z_]+", rule["expr"])
    }
    assert names
    assert names <= exported, names - exported


def test_readme_documents_the_deploy_files() -> None:
    """The README says how to use the container, compose and Kubernetes files."""
    readme = (REPO / "README.md").read_text()
    for needle in ("deploy/Dockerfile", "deploy/compose.yaml", "deploy/k8s", "promtool"):
        assert needle in readme, needle
