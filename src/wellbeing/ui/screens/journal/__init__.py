"""The journal screen: entries, live search, filters and the entry editor."""

from .screen import JournalScreen

__all__ = ["JournalScreen"]
