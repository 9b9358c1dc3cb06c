"""The Boundaries screen."""

from .screen import BoundariesScreen

__all__ = ["BoundariesScreen"]
