"""The Goals screen."""

from .screen import GoalsScreen

__all__ = ["GoalsScreen"]
