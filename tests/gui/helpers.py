"""Helpers shared by the GUI tests.

- :func:`held_texts` walks a widget tree for every text it holds, shown or not, so a test
  can prove that nothing personal is left once a screen is cleared or the vault is locked.
- :func:`focused` and :func:`tab_to` drive the keyboard focus as a person would.
- :func:`show_active` shows a widget as the active window (shortcuts and focus need one).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

Role = Qt.ItemDataRole

#: The roles an item model gives text in, to the eye, a screen reader or a tooltip.
TEXT_ROLES = (
    Role.DisplayRole,
    Role.EditRole,
    Role.ToolTipRole,
    Role.StatusTipRole,
    Role.WhatsThisRole,
    Role.AccessibleTextRole,
    Role.AccessibleDescriptionRole,
)
#: The app's own roles (``UserRole + n``) carry whole records; their ``str()`` is walked too.
CUSTOM_ROLES = tuple(Role.UserRole + n for n in range(16))
HEADER_ROLES = (Role.DisplayRole, Role.ToolTipRole, Role.AccessibleTextRole)

_MAX_UNDO_STEPS = 10_000  # a guard against an undo stack that never runs out
_MAX_TREE_DEPTH = 32


# Every text a widget tree holds


def held_texts(root: QWidget) -> list[str]:
    """Every text held by ``root`` and the widgets, actions and item models under it.

    Shown or hidden, this covers:

    - for every widget: its window title, tooltip, status tip, What's This, accessible
      name and description, ``text()`` (labels, buttons, line edits, spin and date boxes,
      progress bars…), placeholder text, and the text of each of its actions (menus);
    - line edits, and plain and rich text edits: the text, and every text their undo and
      redo history can bring back (a cleared field must not be one Ctrl+Z from a secret);
    - combo boxes: the current text and every item; completers: every suggestion;
    - group box titles, tab texts, a status bar's message;
    - every item view's model: each row (tree models: each child row too) and column, in
      :data:`TEXT_ROLES` and :data:`CUSTOM_ROLES`, and the header texts. List models have
      one column (PySide keeps ``QAbstractListModel.columnCount`` private).

    Walking the undo history undoes and redoes with the widget's signals blocked, so the
    screen never hears of it, then puts text and cursor back (the text is checked).
    Empty texts are left out.
    """
    texts: list[str] = []
    models: list[QAbstractItemModel] = []

    def walk_model(model: QAbstractItemModel | None) -> None:
        if model is not None and not any(model is seen for seen in models):
            models.append(model)
            texts.extend(model_texts(model))

    for widget in [root, *root.findChildren(QWidget)]:
        texts.extend(_widget_texts(widget))
        for action in widget.actions():
            texts.extend(_action_texts(action))
        if isinstance(widget, QAbstractItemView):
            walk_model(widget.model())
        if isinstance(widget, QComboBox):
            walk_model(widget.model())
        completer = widget.completer() if isinstance(widget, QLineEdit | QComboBox) else None
        if isinstance(completer, QCompleter):
            walk_model(completer.model())
    for action in root.findChildren(QAction):
        texts.extend(_action_texts(action))
    return [text for text in texts if text]


def model_texts(model: QAbstractItemModel) -> list[str]:
    """The header texts, and every row's texts in :data:`TEXT_ROLES` and :data:`CUSTOM_ROLES`."""
    top = QModelIndex()
    texts: list[str] = []
    for orientation, count in (
        (Qt.Orientation.Horizontal, _column_count(model, top)),
        (Qt.Orientation.Vertical, model.rowCount(top)),
    ):
        for section in range(count):
            for role in HEADER_ROLES:
                texts.append(_as_text(model.headerData(section, orientation, role)))
    _rows_texts(model, top, texts, depth=0)
    return texts


def _rows_texts(model: QAbstractItemModel, parent: QModelIndex, texts: list[str], depth: int):
    assert depth < _MAX_TREE_DEPTH, f"{type(model).__name__} nests deeper than {depth} levels"
    columns = _column_count(model, parent)
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # hasChildren is private
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (*TEXT_ROLES, *CUSTOM_ROLES):
                texts.append(_as_text(index.data(role)))
            if not flat and model.hasChildren(index):
                _rows_texts(model, index, texts, depth + 1)


def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _as_text(value: object) -> str:
    return "" if value is None else str(value)


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ]
    for getter in ("text", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            with suppress(TypeError):  # a text(index) of some kind: covered below if need be
                texts.append(_as_text(value()))
    if isinstance(widget, QLineEdit):
        texts.extend(_line_edit_history(widget))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
        texts.append(widget.documentTitle())
        texts.extend(_document_history(widget))
    elif isinstance(widget, QComboBox):
        texts.append(widget.currentText())
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QAbstractSpinBox):
        texts.append(widget.specialValueText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            texts += [widget.tabText(i), widget.tabToolTip(i), widget.tabWhatsThis(i)]
    elif isinstance(widget, QStatusBar):
        texts.append(widget.currentMessage())
    return texts


def _action_texts(action: QAction) -> list[str]:
    return [
        action.text(),
        action.iconText(),
        action.toolTip(),
        action.statusTip(),
        action.whatsThis(),
    ]


# Undo and redo history


def _line_edit_history(edit: QLineEdit) -> list[str]:
    """Every text the line edit's undo and redo would show; the line edit is left as it was."""
    read_only = edit.isReadOnly()
    if read_only:  # a read-only line edit hides its history, but still holds it
        with QSignalBlocker(edit):
            edit.setReadOnly(False)
    try:
        if not (edit.isUndoAvailable() or edit.isRedoAvailable()):
            return []
        text, cursor = edit.text(), edit.cursorPosition()
        start, selected = edit.selectionStart(), len(edit.selectedText())
        with QSignalBlocker(edit):
            history = _walk_history(
                edit.undo, edit.redo, edit.isUndoAvailable, edit.isRedoAvailable, edit.text
            )
            if selected:
                edit.setSelection(start, selected)
            else:
                edit.setCursorPosition(cursor)
        assert edit.text() == text, f"walking the undo history changed {_name(edit)}"
        return history
    finally:
        if read_only:
            with QSignalBlocker(edit):
                edit.setReadOnly(True)


def _document_history(edit: QPlainTextEdit | QTextEdit) -> list[str]:
    """Every text the edit's undo and redo would show; the edit is left as it was."""
    document: QTextDocument = edit.document()
    if not (document.isUndoAvailable() or document.isRedoAvailable()):
        return []
    text = document.toPlainText()
    cursor = edit.textCursor()
    anchor, position = cursor.anchor(), cursor.position()
    scroll = edit.horizontalScrollBar().value(), edit.verticalScrollBar().value()
    with QSignalBlocker(edit):
        history = _walk_history(
            document.undo,
            document.redo,
            document.isUndoAvailable,
            document.isRedoAvailable,
            document.toPlainText,
        )
        cursor.setPosition(anchor)
        cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.horizontalScrollBar().setValue(scroll[0])
        edit.verticalScrollBar().setValue(scroll[1])
    assert document.toPlainText() == text, f"walking the undo history changed {_name(edit)}"
    return history


def _walk_history(
    undo: Callable[[], object],
    redo: Callable[[], object],
    can_undo: Callable[[], bool],
    can_redo: Callable[[], bool],
    text: Callable[[], str],
) -> list[str]:
    """Undo to the start, redo to the end, noting each text; then back to where it was."""
    seen: list[str] = []
    back = forward = 0
    while can_undo():
        assert back < _MAX_UNDO_STEPS, "the undo history never ends"
        undo()
        back += 1
        seen.append(text())
    while can_redo():
        assert forward < _MAX_UNDO_STEPS + back, "the redo history never ends"
        redo()
        forward += 1
        seen.append(text())
    for _ in range(forward - back):
        undo()
    return seen


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"


# Focus and keyboard


def focused() -> QWidget:
    """The widget with the keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has focus: proves it is reachable in a sensible order."""
    for _ in range(limit):
        if target.hasFocus():
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert target.hasFocus(), f"Tab never reached {target.accessibleName()!r}"


# Windows


def show_active(qtbot, widget: QWidget, size: tuple[int, int] = (1280, 800)) -> QWidget:
    """Resize and show ``widget``, then wait until it is exposed and the active window.

    Shortcuts and keyboard focus need an active window; the offscreen platform activates
    a window on request. Returns ``widget``, for use in a fixture's ``return``.
    """
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def pdf_text(path: Path) -> str:
    """A PDF's text as a person reads it: ligatures undone (NFKC), white space folded
    (the extraction puts tabs or line breaks between words that Qt placed apart)."""
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())
