"""Settings: read from NEWSWIRE_* once, frozen, all documented."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from newswire.settings import Settings
from tests.support import REPO


def test_every_setting_is_in_the_readme_table() -> None:
    """Each Settings field appears in the README as its NEWSWIRE_ variable."""
    readme = (REPO / "README.md").read_text()
    missing = [name for name in Settings.model_fields if f"`NEWSWIRE_{name.upper()}`" not in readme]
    assert not missing


def test_environment_is_read_and_object_is_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSWIRE_* variables set fields; the object cannot be changed afterwards."""
    monkeypatch.setenv("NEWSWIRE_RAW_TOPIC", "in")
    monkeypatch.setenv("NEWSWIRE_KAFKA_SASL_PASSWORD", "hunter2")
    settings = Settings()
    assert settings.raw_topic == "in"
    assert "hunter2" not in repr(settings)
    with pytest.raises(ValidationError):
        settings.raw_topic = "other"  # type: ignore[misc]


@pytest.mark.parametrize("value", ["0", "-1"])
def test_gil_switch_interval_must_be_positive(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """A zero or negative GIL switch interval is refused when the settings are read, not when a
    worker calls sys.setswitchinterval with it."""
    monkeypatch.setenv("NEWSWIRE_GIL_SWITCH_INTERVAL_MS", value)
    with pytest.raises(ValidationError):
        Settings()
