"""Check-in history: the last twelve weeks as a grid (rows = weeks, columns = weekdays).

Each day shows a sign (✓ done, – skipped, ○ not needed, blank for nothing noted), drawn
in palette colours; no day is ever marked as missed. A click, Space or Enter on a past
day asks the screen to move it along done → skipped → not needed → nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ....domain.routines import CheckInStatus, Schedule
from .texts import SYMBOLS, _tr, check_in_name, day_name, long_date, short_date, week_start

WEEKS = 12

DayRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
FutureRole = Qt.ItemDataRole.UserRole + 3
PlannedRole = Qt.ItemDataRole.UserRole + 4
TodayRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DayCell:
    """What the delegate draws for one day."""

    day: date
    status: CheckInStatus | None
    future: bool
    planned: bool
    today: bool


class CheckInHistoryModel(QAbstractTableModel):
    """Twelve weeks ending with the week of ``today``; empty until a routine is set."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._first: date | None = None
        self._today: date | None = None
        self._schedule: Schedule | None = None
        self._started_on: date | None = None
        self._statuses: dict[date, CheckInStatus] = {}

    # Filling

    @property
    def span(self) -> tuple[date, date] | None:
        """The first and last day shown (None when empty)."""
        if self._first is None:
            return None
        return self._first, self._first + timedelta(days=WEEKS * 7 - 1)

    def set_routine(
        self,
        today: date,
        schedule: Schedule,
        statuses: dict[date, CheckInStatus],
        started_on: date | None = None,
    ) -> None:
        first = week_start(today) - timedelta(weeks=WEEKS - 1)
        if first == self._first and today == self._today:
            self.update(schedule, statuses, started_on)
            return
        self.beginResetModel()
        self._first, self._today, self._started_on = first, today, started_on
        self._schedule, self._statuses = schedule, dict(statuses)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, WEEKS - 1)

    def update(
        self,
        schedule: Schedule,
        statuses: dict[date, CheckInStatus],
        started_on: date | None = None,
    ) -> None:
        """New check-ins for the same weeks: cells change in place (the cursor stays)."""
        self._schedule, self._statuses = schedule, dict(statuses)
        self._started_on = started_on
        if self._first is not None:
            self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, 6))

    def clear(self) -> None:
        self.beginResetModel()
        self._first = self._today = self._schedule = self._started_on = None
        self._statuses = {}
        self.endResetModel()

    def day_at(self, index: Index) -> date | None:
        if self._first is None or not index.isValid():
            return None
        return self._first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        if self._first is None:
            return QModelIndex()
        offset = (day - self._first).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def is_editable(self, index: Index) -> bool:
        day = self.day_at(index)
        return day is not None and self._today is not None and day <= self._today

    def is_planned(self, day: date) -> bool:
        """Whether the routine was meant for ``day`` (started, and on its schedule)."""
        if self._started_on is not None and day < self._started_on:
            return False
        return self._schedule is None or self._schedule.is_due(day)

    def cell(self, index: Index) -> DayCell | None:
        """The day at ``index`` for drawing.

        Delegates read this instead of ``index.data(role)``: with PySide6 6.12, reading an
        empty QVariant back into Python (``index.data`` for a role that has no value)
        drops a reference to None each time, and a view repainting often enough then
        crashes the interpreter.
        """
        day = self.day_at(index)
        if day is None or self._today is None:
            return None
        return DayCell(
            day,
            self._statuses.get(day),
            day > self._today,
            self.is_planned(day),
            day == self._today,
        )

    def status_on(self, day: date) -> CheckInStatus | None:
        return self._statuses.get(day)

    def describe(self, index: Index) -> str:
        """What a person (or a screen reader) needs to know about one day."""
        day = self.day_at(index)
        if day is None or self._today is None:
            return ""
        when = long_date(day)
        if day > self._today:
            return _tr("{day}: still to come.").format(day=when)
        status = self._statuses.get(day)
        if status is None and not self.is_planned(day):
            text = _tr("{day}: not planned.").format(day=when)
        else:
            text = _tr("{day}: {status}.").format(day=when, status=check_in_name(status))
        if day == self._today:
            text = _tr("Today, {text}").format(text=text)
        return text

    # Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._first is None else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._first is None else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index):
            # Changed by Space or a click (the view opens no editor), never for days to come.
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None or index.row() >= WEEKS or index.column() >= 7:
            return None
        status = self._statuses.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return SYMBOLS.get(status, "") if status else ""
        if role == DayRole:
            return day
        if role == StatusRole:
            return status
        if role == FutureRole:
            return self._today is not None and day > self._today
        if role == TodayRole:
            return day == self._today
        if role == PlannedRole:
            return self.is_planned(day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(index)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < 7:
                return day_name(section, short=role == Qt.ItemDataRole.DisplayRole)
            return None
        if self._first is None or not 0 <= section < WEEKS:
            return None
        start = self._first + timedelta(weeks=section)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("Week of {day}").format(day=long_date(start))
        return short_date(start)


class HistoryDelegate(QStyledItemDelegate):
    """A day: its number small in the corner, its sign large in the middle."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("00 ✓") + fm.height(), round(fm.height() * 2.2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        cell = model.cell(index) if isinstance(model, CheckInHistoryModel) else None
        if cell is None:
            return
        palette = option.palette
        rect = option.rect.adjusted(2, 2, -2, -2)
        future, status, planned, day = cell.future, cell.status, cell.planned, cell.day
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill: QColor | None = None
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        if status == CheckInStatus.DONE:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(130 if dark else 70)
        elif status is not None:
            fill = QColor(palette.color(QPalette.ColorRole.Mid))
            fill.setAlpha(45)
        elif planned and not future:
            fill = QColor(palette.color(QPalette.ColorRole.AlternateBase))
        radius = max(3, rect.height() / 8)
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, radius, radius)
        if option.state & QStyle.StateFlag.State_HasFocus or cell.today:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3 if option.state & QStyle.StateFlag.State_HasFocus else 1)
            if not option.state & QStyle.StateFlag.State_HasFocus:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)

        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        if future:
            text = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.75))
        painter.setFont(small)
        painter.setPen(quiet if not future else text)
        sfm = QFontMetrics(small)
        pad = max(2, sfm.height() // 5)
        number = str(day.day)
        painter.drawText(
            QRect(rect.left() + pad * 2, rect.top() + pad, rect.width(), sfm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            number,
        )
        sign = SYMBOLS.get(status, "") if status else ""
        if sign:
            big = QFont(option.font)
            big.setBold(status == CheckInStatus.DONE)
            painter.setFont(big)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sign)
        painter.restore()


class HistoryView(QTableView):
    """The grid; says when a day should move on, and never edits in place."""

    #: A past day was clicked or had Space / Enter pressed on it.
    cycle_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(HistoryDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setHighlightSections(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.cycle_requested.emit(index)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Left from a Monday goes to the Sunday before; right from a Sunday to the
        Monday after, as in a calendar."""
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and model is not None:
            Move = QAbstractItemView.CursorAction
            if action == Move.MoveLeft and current.column() == 0 and current.row() > 0:
                return model.index(current.row() - 1, 6)
            if (
                action == Move.MoveRight
                and current.column() == 6
                and current.row() + 1 < model.rowCount()
            ):
                return model.index(current.row() + 1, 0)
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.cycle_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        """Tall enough for every week, so the grid never scrolls on its own."""
        hint = super().sizeHint()
        model = self.model()
        if model is None or model.rowCount() == 0:
            return hint
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.sizeHintForRow(row) for row in range(model.rowCount()))
        return QSize(max(hint.width(), self._least_width()), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._least_width(), self.sizeHint().height())

    def _least_width(self) -> int:
        """Room for the week labels and seven days of "00 ✓" in the current font."""
        day = self.fontMetrics().horizontalAdvance("00 ✓ ")
        return self.verticalHeader().sizeHint().width() + 7 * day + 2 * self.frameWidth()
