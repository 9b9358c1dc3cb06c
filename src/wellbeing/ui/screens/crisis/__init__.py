"""The crisis view (the safety plan alone, in large type) and its readable copy."""

from __future__ import annotations

from .view import CrisisView

__all__ = ["CrisisView"]
