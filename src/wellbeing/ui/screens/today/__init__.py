"""Today: the day at a glance."""

from .screen import TodayScreen

__all__ = ["TodayScreen"]
