"""The safety plan screen (Stanley–Brown steps and reasons for living)."""

from .screen import SafetyPlanScreen

__all__ = ["SafetyPlanScreen"]
