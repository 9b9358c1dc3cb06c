"""The list of routines (active, then paused, then let go) and how one row is drawn."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ....domain.routines import Routine, RoutineStatus
from .texts import _tr, describe_schedule, status_name

_ORDER = {RoutineStatus.ACTIVE: 0, RoutineStatus.PAUSED: 1, RoutineStatus.LET_GO: 2}

ScheduleRole = Qt.ItemDataRole.UserRole + 1
PercentRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
IdRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RoutineRow:
    routine: Routine
    percent: int


def ordered(rows: list[RoutineRow]) -> list[RoutineRow]:
    """Active first, then paused, then let go; in the order they were made within each."""
    return sorted(rows, key=lambda row: (_ORDER[row.routine.status], row.routine.id or 0))


class RoutineListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RoutineRow] = []

    # Filling

    def set_rows(self, rows: list[RoutineRow]) -> None:
        """Replace every row; in place (no reset) when only names or numbers changed."""
        rows = ordered(rows)
        if [r.routine.id for r in rows] == [r.routine.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_of(self, routine_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.routine.id == routine_id), -1)

    def row_at(self, row: int) -> RoutineRow | None:
        """For the delegate, which reads rows directly rather than through
        ``index.data(role)`` (see ``CheckInHistoryModel.cell`` for why)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def routine_at(self, row: int) -> Routine | None:
        return self._rows[row].routine if 0 <= row < len(self._rows) else None

    # Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        routine = row.routine
        if role == Qt.ItemDataRole.DisplayRole:
            return routine.name
        if role == ScheduleRole:
            return describe_schedule(routine.schedule)
        if role == PercentRole:
            return row.percent
        if role == StatusRole:
            return routine.status
        if role == IdRole:
            return routine.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _tr("{name}. {schedule}. Strength {percent} %.").format(
                name=routine.name, schedule=describe_schedule(routine.schedule), percent=row.percent
            )
            if routine.status is not RoutineStatus.ACTIVE:
                text += " " + status_name(routine.status) + "."
            return text
        return None


class RoutineDelegate(QStyledItemDelegate):
    """Name and strength on the first line, schedule (and any rest) on the second, then
    a thin bar in the palette's highlight colour: calm, and the same in light and dark."""

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[QFontMetrics, int, int]:
        fm = QFontMetrics(option.font)
        pad = max(4, fm.height() // 3)
        bar = max(3, fm.height() // 4)
        return fm, pad, bar

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm, pad, bar = self._metrics(option)
        return QSize(fm.averageCharWidth() * 16, pad * 4 + fm.height() * 2 + bar)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, RoutineListModel) else None
        if row is None:
            return
        routine = row.routine
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        fm, pad, bar = self._metrics(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = opt.palette.color(group, text_role)
        rect = opt.rect.adjusted(pad * 2, pad, -pad * 2, -pad)
        percent = row.percent
        percent_text = _tr("{percent} %").format(percent=percent)
        percent_width = fm.horizontalAdvance(percent_text) + pad

        painter.save()
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        line = QRect(rect.left(), rect.top(), rect.width() - percent_width, fm.height())
        name = QFontMetrics(font).elidedText(
            routine.name, Qt.TextElideMode.ElideRight, line.width()
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        painter.drawText(
            QRect(rect.right() - percent_width, rect.top(), percent_width, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            percent_text,
        )
        second = describe_schedule(routine.schedule)
        if routine.status is not RoutineStatus.ACTIVE:
            second = f"{second} · {status_name(routine.status)}"
        muted = (
            text_colour
            if selected
            else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        painter.setPen(muted)
        line2 = QRect(rect.left(), rect.top() + fm.height() + pad // 2, rect.width(), fm.height())
        painter.drawText(
            line2,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(second, Qt.TextElideMode.ElideRight, line2.width()),
        )
        track = QRect(rect.left(), line2.bottom() + pad, rect.width(), bar)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track_colour = opt.palette.color(group, QPalette.ColorRole.Mid)
        track_colour.setAlpha(90)
        painter.setBrush(track_colour)
        painter.drawRoundedRect(track, bar / 2, bar / 2)
        if percent:
            fill = QRect(track)
            fill.setWidth(max(bar, round(track.width() * percent / 100)))
            painter.setBrush(
                opt.palette.color(group, text_role if selected else QPalette.ColorRole.Highlight)
            )
            painter.drawRoundedRect(fill, bar / 2, bar / 2)
        painter.restore()


def make_delegate(parent: QWidget) -> RoutineDelegate:
    return RoutineDelegate(parent)
