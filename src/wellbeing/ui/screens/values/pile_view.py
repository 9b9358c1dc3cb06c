"""A pile's list, with the keys that move its cards (so no mouse is ever needed)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

_PILE_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}


class PileView(QListView):
    """One pile's cards.

    Signals: ``move_to_requested(int)`` (keys 1, 2, 3: the pile by number),
    ``move_by_requested(int)`` (Alt+Left/Right or Alt+Up/Down: the pile before or after),
    ``reorder_requested(int)`` (Ctrl+Up/Down, only when ``reorderable``),
    ``archive_requested()`` (Delete). Shift+F10 and the Menu key open the context menu.
    """

    move_to_requested = Signal(int)
    move_by_requested = Signal(int)
    reorder_requested = Signal(int)
    archive_requested = Signal()

    def __init__(
        self, *, reorderable: bool = False, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reorderable = reorderable
        #: Shown, in the palette's placeholder colour, while the pile is empty.
        self.placeholder = placeholder
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSpacing(2)

    def sizeHint(self) -> QSize:
        # About eight cards tall, whatever the font size (Qt's default is a fixed 192 px).
        lines = self.fontMetrics().lineSpacing() * 8 + 2 * self.frameWidth() + 32
        return QSize(super().sizeHint().width(), lines)

    def minimumSizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * 4 + 2 * self.frameWidth()
        return QSize(super().minimumSizeHint().width(), lines)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Arriving by keyboard, show where the keys will act: a focus frame on the first
        # card (not a selection, so the card being edited elsewhere stays selected).
        model = self.model()
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if (
            keyboard
            and model is not None
            and model.rowCount()
            and not self.currentIndex().isValid()
        ):
            self.selectionModel().setCurrentIndex(
                model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            margin = self.fontMetrics().averageCharWidth()
            painter.drawText(
                self.viewport().rect().adjusted(margin, margin // 2, -margin, 0),
                int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                | int(Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            painter.end()

    def _is_ours(self, key: int, mods: Qt.KeyboardModifier) -> bool:
        none, alt, ctrl = (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.AltModifier,
            Qt.KeyboardModifier.ControlModifier,
        )
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        return (
            (mods == none and (key in _PILE_KEYS or key in (Qt.Key.Key_Delete, Qt.Key.Key_Menu)))
            or (mods == alt and key in arrows)
            or (mods == ctrl and self.reorderable and key in arrows[2:])
            or (mods == Qt.KeyboardModifier.ShiftModifier and key == Qt.Key.Key_F10)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        no_mods = mods == Qt.KeyboardModifier.NoModifier
        current = self.currentIndex()
        if not current.isValid():
            super().keyPressEvent(event)
            return
        if self._is_ours(key, mods) and not self.selectionModel().isSelected(current):
            # Focus came by Tab: the keys act on the card with the focus frame, so select it.
            self.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if no_mods and key in _PILE_KEYS:
            self.move_to_requested.emit(_PILE_KEYS[Qt.Key(key)])
        elif mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move_by_requested.emit(-1)
        elif mods == Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Down,
        ):
            self.move_by_requested.emit(1)
        elif (
            self.reorderable
            and mods == Qt.KeyboardModifier.ControlModifier
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.reorder_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif no_mods and key == Qt.Key.Key_Delete:
            self.archive_requested.emit()
        elif (mods == Qt.KeyboardModifier.ShiftModifier and key == Qt.Key.Key_F10) or (
            no_mods and key == Qt.Key.Key_Menu
        ):
            rect = self.visualRect(self.currentIndex())
            self.customContextMenuRequested.emit(QPoint(rect.left() + 8, rect.center().y()))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
