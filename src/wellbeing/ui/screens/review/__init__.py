"""The review: progress over a period, the WHO-5 check-in, reflection, and plan changes."""

from .screen import ReviewScreen

__all__ = ["ReviewScreen"]
