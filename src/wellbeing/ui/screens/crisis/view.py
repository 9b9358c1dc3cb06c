"""The crisis view: the safety plan alone, in large calm type, for the worst moment.

Steps in order, each with its number and short title; every item in the person's own
words; contacts with how to reach them, ready to read out; reasons for living last.
Nothing else: no sidebar, no journal, no other data.

Signals: ``closed()`` — the person pressed Back or Esc.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.safety_plan import SafetyItem, SafetyPlan, Step
from ....formats.crisis_copy import readable_plan
from ....services.crisis_copy_keeper import contact_label, number_label
from ...words.plan import step_title

#: Text sizes, as multiples of the widget's (and so the app's) text size.
TITLE_SCALE = 1.9
TEXT_SCALE = 1.7
INTRO_SCALE = 1.3
BUTTON_SCALE = 1.4
#: Lines no longer than this many average characters of the large type, for reading ease.
LINE_CHARS = 60


def step_heading(step: Step) -> str:
    """The short title of a step, as on the safety plan screen."""
    return step_title(step)


class _Line(QLabel):
    """Plain, wrapped, selectable text that shows clearly when it has keyboard focus."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the person's words, never markup
        self.setText(text)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def make_readable(self) -> None:
        """Selectable by mouse and keyboard, and a Tab stop (the scroll follows focus)."""
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            painter.end()


class _Card(QFrame):
    """A softly tinted, rounded block (palette colours only) for reasons for living."""

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = _blend(base, accent, 0.12)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_blend(base, accent, 0.45), 1.5))
        painter.setBrush(fill)
        radius = self.fontMetrics().height() * 0.5
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius, radius)
        painter.end()


def _blend(a: QColor, b: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - share) + b.redF() * share,
        a.greenF() * (1 - share) + b.greenF() * share,
        a.blueF() * (1 - share) + b.blueF() * share,
    )


class _Content(QWidget):
    """The scrolled page. Its height comes from height-for-width alone: the minimum
    size hint (measured at the narrowest width) would leave a long empty tail."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class CrisisView(QWidget):
    """The plan for the worst moment. ``closable=False`` (a preview) has no Back and
    leaves Esc to whatever holds it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self._closable = closable
        #: Each widget with its own text size: (widget, scale, bold, indented).
        self._sized: list[tuple[QWidget, float, bool, bool]] = []
        #: Room that grows with the text: spacers and card margins, in lines of large type.
        self._gaps: list[tuple[QSpacerItem, float]] = []
        self._margins: list[tuple[QVBoxLayout, float]] = []
        self._shown: SafetyPlan | None = None
        self.setAccessibleName(self.tr("Your safety plan"))
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("Close the safety plan (Esc)"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.closed)
        self.back_button.setVisible(closable)
        if closable:
            # Opening the view focuses it (F1): the focus lands on Back, which shows it,
            # never on the view itself, which cannot. Esc leaves from Back or any line: a
            # shortcut, so the key is not passed up from widget to widget (each pass would
            # look like another Esc to the window's "Esc twice locks").
            self.setFocusProxy(self.back_button)
            leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
            leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            leave.activated.connect(self.closed)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName(self.tr("Your safety plan"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._rebuild()
        # Tab, Shift+Tab or a click from outside: the focused line is always in view.
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new)

    # Filling and emptying

    def show_plan(
        self, plan: SafetyPlan, *, coded: bool = False, hide_numbers: bool = False
    ) -> None:
        """Show ``plan``; with ``coded``, contacts by their coded label or "Contact N";
        with ``hide_numbers``, phone numbers as "[number hidden]"."""
        self._shown = readable_plan(
            plan,
            coded=coded,
            contact_label=contact_label,
            hide_numbers=hide_numbers,
            number_label=number_label(),
        )
        self._rebuild()

    def clear(self) -> None:
        """Hold nothing personal: every label with the person's words is gone."""
        self._shown = None
        self._rebuild()

    def texts(self) -> list[str]:
        """Every text on screen, in reading order (for the preview and the tests)."""
        content = self.scroll.widget()
        return [label.text() for label in content.findChildren(QLabel) if label.text()]

    def plain_text(self) -> str:
        return "\n".join(self.texts())

    def _rebuild(self) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            for label in old.findChildren(QLabel):
                label.clear()
            old.deleteLater()
        self._sized = [(self.back_button, BUTTON_SCALE, False, False)]
        self._gaps, self._margins = [], []
        content = _Content()
        content.setAccessibleName(self.tr("Your safety plan"))
        column = QVBoxLayout()
        self._column_host = QWidget()
        self._column_host.setLayout(column)
        row = QHBoxLayout(content)
        row.addStretch(1)
        row.addWidget(self._column_host, 20)
        row.addStretch(1)
        self._add(column, self.tr("Your safety plan"), TITLE_SCALE, bold=True)
        plan = self._shown
        if plan is None:
            column.addStretch(1)
        elif not any(plan.items.values()):
            self._add(
                column,
                self.tr(
                    "Your safety plan is empty for now. When you feel ready, you can fill it "
                    "in on the Safety plan screen."
                ),
                TEXT_SCALE,
                readable=True,
            )
            column.addStretch(1)
        else:
            self._add(column, self.tr("Take it one step at a time, at your own pace."), INTRO_SCALE)
            self._fill(column, plan)
        self.scroll.setWidget(content)
        self._apply_fonts()

    def _fill(self, column: QVBoxLayout, plan: SafetyPlan) -> None:
        for step in Step:
            section = plan.section(step)
            if not section or step is Step.REASONS_FOR_LIVING:
                continue
            self._gap(column, 0.8)
            title = self.tr("{number}. {title}").format(
                number=step.number, title=step_heading(step)
            )
            self._add(column, title, TITLE_SCALE, bold=True)
            for item in section:
                self._item(column, step, item)
        reasons = plan.section(Step.REASONS_FOR_LIVING)
        if reasons:
            self._gap(column, 1.0)
            card = _Card()
            inside = QVBoxLayout(card)
            self._margins.append((inside, 0.8))
            self._add(inside, step_heading(Step.REASONS_FOR_LIVING), TITLE_SCALE, bold=True)
            for item in reasons:
                self._add(inside, item.text, TEXT_SCALE, readable=True)
            column.addWidget(card)
        column.addStretch(1)

    def _item(self, column: QVBoxLayout, step: Step, item: SafetyItem) -> None:
        if not step.has_contacts:
            self._add(column, item.text, TEXT_SCALE, readable=True, indent=True)
            return
        self._gap(column, 0.25)  # a contact and how to reach them read as one block
        self._add(column, item.text, TEXT_SCALE, bold=True, readable=True, indent=True)
        if item.reach:
            reach = self._add(column, item.reach, TEXT_SCALE, readable=True, indent=True)
            reach.setAccessibleName(
                self.tr("How to reach {who}: {reach}").format(who=item.text, reach=item.reach)
            )

    def _gap(self, layout: QVBoxLayout, lines: float) -> None:
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addSpacerItem(spacer)
        self._gaps.append((spacer, lines))

    def _add(
        self,
        layout: QVBoxLayout,
        text: str,
        scale: float,
        *,
        bold: bool = False,
        readable: bool = False,
        indent: bool = False,
    ) -> _Line:
        label = _Line(text)
        if readable:
            label.make_readable()
        self._sized.append((label, scale, bold, indent))
        layout.addWidget(label)
        return label

    # Size follows the app's text size

    def follow_app_font(self) -> None:
        self._apply_fonts()

    def changeEvent(self, event: QEvent) -> None:
        fonts = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
        if event.type() in fonts and hasattr(self, "_column_host"):
            self._apply_fonts()
        super().changeEvent(event)

    def _apply_fonts(self) -> None:
        base = self.font()
        text = QFont(base)
        text.setPointSizeF(base.pointSizeF() * TEXT_SCALE)
        metrics = QFontMetrics(text)
        for widget, scale, bold, indent in self._sized:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            if font != widget.font():
                widget.setFont(font)
            if indent and isinstance(widget, QLabel):
                widget.setIndent(metrics.averageCharWidth() * 2)
        for spacer, lines in self._gaps:
            spacer.changeSize(
                0,
                round(metrics.height() * lines),
                QSizePolicy.Policy.Minimum,
                QSizePolicy.Policy.Fixed,
            )
        for layout, lines in self._margins:
            margin = round(metrics.height() * lines)
            layout.setContentsMargins(margin, margin, margin, margin)
        self._column_host.setMaximumWidth(metrics.averageCharWidth() * LINE_CHARS)
        self._column_host.layout().invalidate()

    # Keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._closable and event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.closed.emit()
            return
        super().keyPressEvent(event)
