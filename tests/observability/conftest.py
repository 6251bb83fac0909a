"""A desk with metrics on, serving on a free port of 127.0.0.1."""

from __future__ import annotations

import pytest

from core.settings import Settings


@pytest.fixture
def metrics_settings(settings: Settings) -> Settings:
    """The test's settings with the endpoint on; port 0 takes any free port (the test reads which)."""
    return settings.model_copy(update={"metrics_enabled": True, "metrics_host": "127.0.0.1", "metrics_port": 0})
