"""Fault injection's kill-before-commit: the batch's outputs published uncommitted, then SIGKILL."""

from __future__ import annotations

import os
import signal

import pytest

from newswire.faults import Faults


async def test_kill_before_commit_publishes_then_kills_on_the_configured_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With ``kill-before-commit:2``, after one committed batch the next one publishes its
    outputs and then sends SIGKILL to the worker itself, in that order."""
    events: list[object] = []

    async def publish() -> None:
        events.append("published")

    monkeypatch.setattr(os, "kill", lambda pid, sig: events.append((pid, sig)))
    await Faults.parse("kill-before-commit:2").kill_before_commit(1, 10, publish)
    assert events == ["published", (os.getpid(), signal.SIGKILL)]


async def test_kill_before_commit_does_nothing_before_its_batch_or_when_unset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before the configured batch, or with another fault configured, nothing is published and
    nothing killed."""
    events: list[object] = []

    async def publish() -> None:
        events.append("published")

    monkeypatch.setattr(os, "kill", lambda pid, sig: events.append((pid, sig)))
    await Faults.parse("kill-before-commit:3").kill_before_commit(1, 10, publish)
    await Faults.parse("crash-on:x").kill_before_commit(5, 10, publish)
    assert events == []
