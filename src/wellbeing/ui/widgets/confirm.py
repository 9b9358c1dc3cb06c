"""One way to ask before something that cannot be undone (forget history, delete for
good): window-modal, Cancel first and on Esc, plain text, a title that names nothing
personal. The caller words it; this only lays it out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before(
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    act: str,
    act_name: str,
    cancel_name: str,
    then: Callable[[bool], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Open the question and return it (so a lock can close it); ``then(True)`` when
    the person chose ``act``, ``then(False)`` when they cancelled."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title)  # never personal: what it is about is in the text
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    chosen = box.addButton(act, QMessageBox.ButtonRole.DestructiveRole)
    chosen.setAccessibleName(act_name)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel_name)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAccessibleName(title)
    box.finished.connect(lambda _result: then(box.clickedButton() is chosen))
    box.open()
    cancel.setFocus()
    return box
