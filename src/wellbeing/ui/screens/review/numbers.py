"""A small table of numbers: the "Show as numbers" twin of every chart, and count tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
#: Rows looked at to size a column (dates and numbers: their widths hardly vary).
RESIZE_PRECISION = 60


class NumbersModel(QAbstractTableModel):
    """Rows of already-worded cells under column headings; read-only.

    The first column holds words (a date, a routine's name); the others hold numbers
    and are aligned to the right so they read as a column.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    def set_table(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_table([], [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]


class NumbersView(QTableView):
    """A table as tall as its rows (the page scrolls, not the table), up to ``max_rows``."""

    def __init__(
        self, max_rows: int = 14, stretch_column: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._max_rows = max_rows
        self._stretch = stretch_column
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # Fit the columns to the rows in view and their neighbours, not to every row:
        # Qt's default reads 1,000 rows of each column on every change, which made
        # switching the review to "all time" wait for ten years of WHO-5 rows.
        header.setResizeContentsPrecision(RESIZE_PRECISION)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.modelReset.connect(self.fit)
        self.fit()

    def fit_columns(self) -> None:
        """One column of words takes the room left; numbers keep their width."""
        header = self.horizontalHeader()
        for column in range(header.count()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 0
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)

    def fit(self) -> None:
        """Ask for the height of the header and up to ``max_rows`` rows, in this font."""
        model = self.model()
        rows = min(model.rowCount() if model is not None else 0, self._max_rows)
        row_height = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth()
        self.setFixedHeight(header + max(rows, 1) * row_height + frame)
        self.fit_columns()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            self.fit()
