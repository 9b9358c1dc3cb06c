"""The Qt binding itself must be sound for a long session (see pyproject.toml)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont

pytestmark = pytest.mark.gui


def test_calls_returning_nothing_do_not_leak_references_to_none(qapp) -> None:
    """PySide6 6.12.0 drops a reference to None on every such call: a long session ends
    in "Fatal Python error: none_dealloc". This fails if such a version comes back."""
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
    assert abs(sys.getrefcount(None) - before) < 100
