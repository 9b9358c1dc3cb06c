"""Routines: self-care practices, how often they are meant, and how each day went."""

from .screen import RoutinesScreen

__all__ = ["RoutinesScreen"]
