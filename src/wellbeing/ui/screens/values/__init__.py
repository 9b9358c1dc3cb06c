"""The Values screen (card sort, piles, ranking, why it matters)."""

from .screen import ValuesScreen

__all__ = ["ValuesScreen"]
