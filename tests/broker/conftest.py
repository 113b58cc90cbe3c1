"""Fixtures of the broker suites."""

from __future__ import annotations

import pytest

from tests.support import Topics


@pytest.fixture
def topics() -> Topics:
    """Topics of unique names, so that no test reads another's records."""
    return Topics.unique()
