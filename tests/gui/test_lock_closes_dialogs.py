"""Locking closes every dialog, modal or not: none is left over the unlock page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.gui.helpers import show_active
from wellbeing.ui import file_dialogs
from wellbeing.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_lock_closes_open_dialogs(qtbot, service, settings, tmp_path: Path) -> None:
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window, (1000, 700))
    files = QFileDialog(window, "Choose a file", str(tmp_path))
    files.setOption(file_dialogs.OPTIONS)
    files.show()  # not modal
    box = QMessageBox(QMessageBox.Icon.Question, "Wellbeing", "Sure?", parent=window)
    box.open()  # window-modal
    window.show_notice("One calm line.")
    assert len(_open_dialogs()) == 3
    service.lock()
    assert _open_dialogs() == []
    assert window.pages.currentWidget() is window.unlock_page


def test_auto_lock_ends_a_file_dialog_waiting_for_an_answer(
    qtbot, service, settings, tmp_path: Path
) -> None:
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window, (1000, 700))
    # As the idle timer does while a (blocking) file dialog waits for the person.
    QTimer.singleShot(0, service.lock)
    left_open: list[QDialog] = []

    def rescue() -> None:  # only so that a failure ends instead of waiting for ever
        left_open.extend(_open_dialogs())
        for dialog in left_open:
            dialog.reject()

    QTimer.singleShot(10_000, rescue)
    chosen = file_dialogs._ask("open", window, "Choose a backup", tmp_path, "")
    assert left_open == []
    assert chosen is None  # nothing was chosen: nothing is done with a path afterwards
    assert not service.is_unlocked
    assert _open_dialogs() == []
