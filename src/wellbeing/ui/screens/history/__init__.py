"""How the plan has changed: a timeline, the plan on any day, two days compared, forgetting.

:class:`HistoryView` is a section, not a screen of its own: the review screen embeds it
("How the plan has changed") and calls ``load()`` and ``clear()``.
"""

from .view import HistoryView

__all__ = ["HistoryView"]
