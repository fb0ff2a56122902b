"""These tests check shapes, not concurrency: one backend is enough."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Run this directory's async tests under asyncio only."""
    return "asyncio"
