"""The probe server: /metrics from the registry, /healthz always, /readyz from the callback,
and nothing else."""

from __future__ import annotations

import asyncio

from prometheus_client import CollectorRegistry, Counter

from newswire.dev.harness import http_get
from newswire.httpserver import ProbeServer


async def _get(server: ProbeServer, path: str) -> tuple[int, str]:
    return await asyncio.to_thread(http_get, f"http://127.0.0.1:{server.port}{path}")


async def test_routes_answer_from_the_registry_and_the_readiness_callback() -> None:
    """/metrics shows the registry's series, /healthz is 200 whatever the readiness, /readyz is
    503 until the callback says ready and 200 after; unknown paths are 404."""
    registry = CollectorRegistry()
    Counter("probe_test_total", "A counter of this test.", registry=registry).inc(3)
    ready = False
    server = ProbeServer(registry, is_ready=lambda: ready, host="127.0.0.1", port=0)
    await server.start()
    try:
        status, body = await _get(server, "/metrics")
        assert status == 200
        assert "probe_test_total 3.0" in body
        assert (await _get(server, "/healthz"))[0] == 200
        assert (await _get(server, "/readyz"))[0] == 503
        ready = True
        assert (await _get(server, "/readyz")) == (200, "ready\n")
        assert (await _get(server, "/nothing"))[0] == 404
    finally:
        await server.stop()


async def test_only_get_is_served() -> None:
    """A request other than GET gets 405 and the connection is closed."""
    server = ProbeServer(CollectorRegistry(), is_ready=lambda: True, host="127.0.0.1", port=0)
    await server.start()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"POST /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        await writer.drain()
        response = await reader.read()
        writer.close()
        assert response.startswith(b"HTTP/1.1 405")
    finally:
        await server.stop()
