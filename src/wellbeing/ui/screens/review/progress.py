"""The progress a period shows: routines, goals, boundaries, mood and WHO-5."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import NotFoundError
from ....domain.review import ReviewData, Sample
from ....vault.vault import Vault
from .charts import ChartCard, heading
from .numbers import NumbersModel, NumbersView
from .words import boundary_sentence, mood_number, percent, routine_sentence, short_day

_GOAL_STATUS = {
    "active": QT_TRANSLATE_NOOP("ProgressPanel", "in progress"),
    "paused": QT_TRANSLATE_NOOP("ProgressPanel", "resting"),
    "achieved": QT_TRANSLATE_NOOP("ProgressPanel", "reached"),
    "let_go": QT_TRANSLATE_NOOP("ProgressPanel", "let go"),
}


def _name(repo, record_id: int, field: str) -> str:
    try:
        return getattr(repo.get(record_id), field)
    except NotFoundError:
        return ""


class ProgressPanel(QWidget):
    """Shows one :class:`ReviewData`; read-only (changes happen in "Change the plan")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ReviewData | None = None
        self._routine_names: dict[int, str] = {}
        self._goal_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        layout = QVBoxLayout(self)
        gap = self.fontMetrics().height()

        intro = QLabel(
            self.tr(
                "How the period went, in charts, words and numbers. Nothing here is a score "
                "to live up to; skipped days never lower a routine's strength."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        # Routines
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Routines")))
        self.routine_choice = QComboBox()
        self.routine_choice.setAccessibleName(self.tr("Routine to show"))
        self.routine_choice.currentIndexChanged.connect(self._show_routine)
        choice_label = QLabel(self.tr("Routine shown in the chart:"))
        choice_label.setBuddy(self.routine_choice)
        layout.addWidget(choice_label)
        layout.addWidget(self.routine_choice)
        self.routine_words = QLabel()
        self.routine_words.setWordWrap(True)
        layout.addWidget(self.routine_words)
        self.strength_chart = ChartCard(self.tr("Strength over the period"), (0, 100), "%d %%")
        layout.addWidget(self.strength_chart)
        layout.addWidget(QLabel(self.tr("Check-ins of every routine in this period:")))
        self.counts_model = NumbersModel(self)
        self.counts_view = NumbersView(max_rows=20)
        self.counts_view.setModel(self.counts_model)
        self.counts_view.setAccessibleName(self.tr("Check-ins of every routine"))
        layout.addWidget(self.counts_view)

        # Goals
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Goals")))
        self.goals_box = QWidget()
        self.goals_layout = QVBoxLayout(self.goals_box)
        self.goals_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.goals_box)

        # Boundaries
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Boundaries")))
        note = QLabel(
            self.tr("Held, crossed or renegotiated: each is something learned, none a failure.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boundaries_words = QLabel()
        self.boundaries_words.setWordWrap(True)
        layout.addWidget(self.boundaries_words)

        # Mood and WHO-5
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("Mood")))
        self.mood_chart = ChartCard(self.tr("Mood over the period"), (1, 5), "%d")
        layout.addWidget(self.mood_chart)
        layout.addSpacing(gap)
        layout.addWidget(heading(self.tr("WHO-5 well-being")))
        self.who5_chart = ChartCard(self.tr("WHO-5 scores over the period"), (0, 100), "%d")
        layout.addWidget(self.who5_chart)
        layout.addStretch(1)

    # Filling

    def show_data(self, vault: Vault, data: ReviewData) -> None:
        self._data = data
        period = data.period
        names = {rid: _name(vault.routines, rid, "name") for rid in data.routine_counts}
        for rid in data.routine_strengths:
            names.setdefault(rid, _name(vault.routines, rid, "name"))
        self._routine_names = names
        for chart in (self.strength_chart, self.mood_chart, self.who5_chart):
            chart.set_range(period.start, period.end)

        chosen = self.routine_choice.currentData()
        self.routine_choice.blockSignals(True)
        self.routine_choice.clear()
        for rid, name in names.items():
            self.routine_choice.addItem(name, rid)
        found = self.routine_choice.findData(chosen)
        self.routine_choice.setCurrentIndex(found if found >= 0 else 0)
        self.routine_choice.blockSignals(False)
        self._show_routine()

        rows = []
        for rid, counts in data.routine_counts.items():
            points = data.routine_strengths.get(rid) or []
            end = percent(points[-1].strength) if points else self.tr("not started yet")
            rows.append(
                [
                    names.get(rid, ""),
                    str(counts.done),
                    str(counts.skipped),
                    str(counts.not_needed),
                    end,
                ]
            )
        self.counts_model.set_table(
            [
                self.tr("Routine"),
                self.tr("Done"),
                self.tr("Skipped"),
                self.tr("Not needed"),
                self.tr("Strength at the end"),
            ],
            rows,
        )
        self._show_goals(data)
        self._show_boundaries(vault, data)
        self._show_mood(data)
        self._show_who5(data)

    def _show_routine(self, *_: object) -> None:
        data = self._data
        rid = self.routine_choice.currentData()
        if data is None or rid is None:
            self.routine_words.setText(self.tr("No routines in this period."))
            self.strength_chart.clear()
            return
        name = self._routine_names.get(rid, "")
        counts = data.routine_counts.get(rid)
        points = data.routine_strengths.get(rid, [])
        words = routine_sentence(name, counts) if counts else ""
        if points:
            words += " " + self.tr("Strength went from {a} to {b}.").format(
                a=percent(points[0].strength), b=percent(points[-1].strength)
            )
        words += " " + self.tr("Skipped days never lower strength.")
        self.routine_words.setText(words.strip())
        self.strength_chart.set_data(
            [(p.day, p.strength * 100) for p in points],
            self.tr(
                "Strength of “{name}”, {n} points: {first} at the start, {last} at the end."
            ).format(
                name=name,
                n=len(points),
                first=percent(points[0].strength) if points else "–",
                last=percent(points[-1].strength) if points else "–",
            )
            if points
            else self.tr("“{name}” had not started in this period.").format(name=name),
            [self.tr("Day"), self.tr("Strength")],
            [[short_day(p.day), percent(p.strength)] for p in points],
        )

    def _show_goals(self, data: ReviewData) -> None:
        """One title, bar and line of steps per goal. The widgets of the last period are
        reused (a new period usually shows the same goals), so changing the period does
        not build dozens of widgets again."""
        if not data.goals:
            self._clear_goals()
            self.goals_layout.addWidget(QLabel(self.tr("No goals in this period.")))
            return
        if len(self._goal_rows) != len(data.goals) or not self._goal_rows:
            self._clear_goals()
            self._goal_rows = [self._goal_row() for _ in data.goals]
        for goal, (title, bar, steps) in zip(data.goals, self._goal_rows, strict=True):
            title.setText(
                self.tr("“{title}” ({status})").format(
                    title=goal.title,
                    status=self.tr(_GOAL_STATUS.get(goal.status, goal.status)),
                )
            )
            bar.setValue(goal.percent)
            bar.setAccessibleName(self.tr("Progress of “{title}”").format(title=goal.title))
            steps.setText(
                self.tr("Steps done in this period: {n}. In all: {done} of {total}.").format(
                    n=goal.steps_done_in_period, done=goal.steps_done, total=goal.steps_total
                )
            )

    def _goal_row(self) -> tuple[QLabel, QProgressBar, QLabel]:
        title = QLabel()
        title.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setFormat(self.tr("%p %"))
        steps = QLabel()
        steps.setWordWrap(True)
        title.setBuddy(bar)
        for widget in (title, bar, steps):
            self.goals_layout.addWidget(widget)
        return title, bar, steps

    def _clear_goals(self) -> None:
        self._goal_rows = []
        while self.goals_layout.count():
            item = self.goals_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _show_boundaries(self, vault: Vault, data: ReviewData) -> None:
        lines = [
            boundary_sentence(_name(vault.boundaries, bid, "statement"), counts)
            for bid, counts in data.boundary_counts.items()
        ]
        self.boundaries_words.setText(
            "\n".join(lines) if lines else self.tr("No boundaries in this period.")
        )

    def _show_mood(self, data: ReviewData) -> None:
        mood = data.mood
        grain = {
            Sample.DAY: self.tr("day"),
            Sample.WEEK: self.tr("week"),
            Sample.MONTH: self.tr("month"),
        }[data.sample]
        if mood:
            count = sum(p.count for p in mood)
            average = sum(p.average * p.count for p in mood) / count
            low = min(mood, key=lambda p: p.average)
            high = max(mood, key=lambda p: p.average)
            summary = self.tr(
                "Average mood {avg} out of 5, from {count} moods noted (journal entries and "
                "daily check-ins), shown by {grain}. Lowest {low} ({low_day}), highest {high} "
                "({high_day})."
            ).format(
                avg=mood_number(average),
                count=count,
                grain=grain,
                low=mood_number(low.average),
                low_day=short_day(low.start),
                high=mood_number(high.average),
                high_day=short_day(high.start),
            )
        else:
            summary = self.tr("No mood noted in this period.")
        self.mood_chart.set_data(
            [(p.start, p.average) for p in mood],
            summary,
            [self.tr("From"), self.tr("Average mood (1–5)"), self.tr("Moods noted")],
            [[short_day(p.start), mood_number(p.average), str(p.count)] for p in mood],
        )

    def _show_who5(self, data: ReviewData) -> None:
        points = data.who5
        if points:
            average = round(sum(p.score for p in points) / len(points))
            summary = self.tr(
                "WHO-5 check-ins: {n}, average {avg} out of 100; the latest, on {day}, was {last}."
            ).format(
                n=len(points),
                avg=average,
                day=short_day(points[-1].day),
                last=points[-1].score,
            )
        else:
            summary = self.tr("No WHO-5 check-in in this period. It is optional.")
        self.who5_chart.set_data(
            [(p.day, float(p.score)) for p in points],
            summary,
            [self.tr("Day"), self.tr("Score (0–100)")],
            [[short_day(p.day), str(p.score)] for p in points],
        )

    def clear(self) -> None:
        self._data = None
        self._routine_names = {}
        self.routine_choice.blockSignals(True)
        self.routine_choice.clear()
        self.routine_choice.blockSignals(False)
        self.routine_words.clear()
        self.counts_model.clear()
        self._clear_goals()
        self.boundaries_words.clear()
        for chart in (self.strength_chart, self.mood_chart, self.who5_chart):
            chart.clear()
