"""A chart with its words and its numbers: every chart here can be read three ways.

The chart draws in the palette's colours (light and dark alike, never red); the same
data is summed up in a sentence (shown, and the chart's accessible description), and
"Show as numbers" opens a small table of it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from .numbers import NumbersModel, NumbersView

Points = list[tuple[date, float]]


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold section heading at the widget's own size (it grows with the font)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _moment(day: date) -> float:
    """Local midnight of ``day`` in milliseconds since the epoch, as the x axis counts.

    Python's own clock (a naive time is local), several times quicker than building a
    QDateTime per point; Qt's way is kept for days the C library cannot convert."""
    try:
        return datetime.combine(day, time()).timestamp() * 1000
    except (OverflowError, OSError, ValueError):
        return float(
            QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch()
        )


class ChartCard(QWidget):
    """One line chart, a sentence about it, and a "Show as numbers" table of the same data."""

    def __init__(self, name: str, y_range: tuple[float, float], y_format: str, parent=None):
        super().__init__(parent)
        self._name = name
        self._y_range = y_range
        self._y_format = y_format
        self._points: Points = []

        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        self.y_axis.setRange(*y_range)
        self.y_axis.setLabelFormat(y_format)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series = QLineSeries()
        self.series.setPointsVisible(True)
        self.chart.addSeries(self.series)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)

        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader can reach it
        self.view.setAccessibleName(name)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toggle = QPushButton(self.tr("Show as numbers"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show {chart} as numbers").format(chart=name))
        self.toggle.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._show_numbers)

        self.model = NumbersModel(self)
        self.table = NumbersView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("{chart}, as numbers").format(chart=name))
        self.table.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table)
        self._restyle()

    # Filling

    def set_data(
        self, points: Points, summary: str, headers: list[str], rows: list[list[str]]
    ) -> None:
        """Draw ``points`` (oldest first), say ``summary``, and table ``rows``."""
        self._points = list(points)
        # One replace, not an append per point: each append redraws the chart, which
        # made ten years of points take a visible fraction of a second.
        self.series.replace([QPointF(_moment(day), value) for day, value in self._points])
        self._fit_x()
        self.summary.setText(summary)
        self.view.setAccessibleDescription(summary)
        self.model.set_table(headers, rows)

    def set_range(self, first: date, last: date) -> None:
        """The days the x axis spans (the whole period, even where there is no data)."""
        self._first, self._last = first, last
        self._fit_x()

    def _fit_x(self) -> None:
        first = getattr(self, "_first", None)
        last = getattr(self, "_last", None)
        if first is None or last is None:
            return
        if last <= first:  # one day: give it room on both sides
            first, last = first - timedelta(days=1), last + timedelta(days=1)
        start = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0))
        end = QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0))
        days = (last - first).days + 1
        self.x_axis.setFormat("d MMM" if days <= 120 else "MMM yyyy")
        self.x_axis.setTickCount(days if days <= 8 else 7)  # on the days, for a week
        self.x_axis.setRange(start, end)

    def clear(self) -> None:
        self._points = []
        self.series.replace([])
        self.summary.clear()
        self.view.setAccessibleDescription("")
        self.model.clear()

    # Looks

    def _show_numbers(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.toggle.setText(self.tr("Hide the numbers") if shown else self.tr("Show as numbers"))

    def _restyle(self) -> None:
        """Palette colours only, so light and dark both read well; sizes follow the font."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        line = palette.color(QPalette.ColorRole.Highlight)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        self.chart.setBackgroundBrush(base)
        self.chart.setPlotAreaBackgroundVisible(False)
        font = QFont(self.font())
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(text)
            axis.setLabelsFont(font)
            axis.setLinePen(QPen(grid))
            axis.setGridLinePen(QPen(grid, 1, Qt.PenStyle.DotLine))
        pen = QPen(line, max(2, self.fontMetrics().height() // 8))
        self.series.setPen(pen)
        self.series.setColor(line)
        self.view.setBackgroundBrush(base)
        self.view.setFixedHeight(self.fontMetrics().height() * 13)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
