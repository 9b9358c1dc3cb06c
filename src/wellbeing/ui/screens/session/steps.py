"""The plan screens a session walks through, each made once per session page.

Each step hosts a new instance of the app's own screen, so it behaves exactly as it
does outside a session (autosave, archive with Undo, keyboard). The safety plan screen
is imported only when its step is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....services.vault_service import VaultService
from .prompts import STEP_KEYS


class StepPlaceholder(QWidget):
    """Stands in for a screen this version does not have; it holds nothing personal."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def load(self) -> None:
        """Nothing to load."""

    def clear(self) -> None:
        """Nothing to forget."""

    def flush(self) -> None:
        """Nothing to save."""


def make_step_screen(step: int, service: VaultService) -> QWidget:
    """A new screen for ``step`` (with ``load``, ``clear`` and ``flush``)."""
    key = STEP_KEYS[step]
    if key == "values":
        from ..values import ValuesScreen

        return ValuesScreen(service)
    if key == "goals":
        from ..goals import GoalsScreen

        return GoalsScreen(service)
    if key == "boundaries":
        from ..boundaries import BoundariesScreen

        return BoundariesScreen(service)
    if key == "routines":
        from ..routines import RoutinesScreen

        return RoutinesScreen(service)
    if key == "safety_plan":
        try:
            from ..safety_plan import SafetyPlanScreen
        except ImportError:
            return StepPlaceholder(
                QCoreApplication.translate(
                    "SessionPage",
                    "The safety plan is not part of this version yet. You can skip this step.",
                )
            )
        return SafetyPlanScreen(service)
    raise ValueError(f"step {step} has no screen")
