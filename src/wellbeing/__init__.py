"""Wellbeing: a private, offline well-being plan and journal."""

__version__ = "0.1.0"
