"""The boundary editor: the boundary in the person's words, where it applies, what to say,
what to do if it is crossed, the values it protects, its status, and the log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ....domain.boundaries import Boundary, BoundaryStatus
from ....services.vault_service import VaultService
from ...widgets.fields import TextBox, labelled
from ...widgets.value_links import ValueLinks
from .labels import STATUS_ORDER, context_suggestions, status_label
from .log import LogPanel


class BoundaryEditor(QWidget):
    """Reports ``changed`` on each edit of the boundary itself (the log saves at once)."""

    changed = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)

        self.statement = TextBox(3)
        labelled(
            layout,
            self.tr("&My boundary, in my words"),
            self.statement,
            self.tr("My boundary, in my words"),
        )
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        italic = QFont()  # only the style is set: the size still follows the screen
        italic.setItalic(True)
        self.hint_label.setFont(italic)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)

        self.context = QComboBox()
        self.context.setEditable(True)
        self.context.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.context.addItems(context_suggestions())
        self.context.setCurrentIndex(-1)
        self.context.lineEdit().setPlaceholderText(
            self.tr("For example: work, home, a relationship")
        )
        labelled(
            layout,
            self.tr("&Where it applies"),
            self.context,
            self.tr("Where it applies"),
            self.tr("Your own words; the list only holds suggestions."),
        )

        self.script = TextBox(3)
        labelled(
            layout,
            self.tr("What I can &say — a script for saying it"),
            self.script,
            self.tr("What I can say"),
        )
        self.if_crossed = TextBox(3)
        labelled(
            layout,
            self.tr("What I &do if it is crossed"),
            self.if_crossed,
            self.tr("What I do if it is crossed"),
        )

        self.status = QComboBox()
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status.value)
        labelled(
            layout,
            self.tr("Where it &stands"),
            self.status,
            self.tr("Status"),
            self.tr("Active, paused or let go."),
        )

        values = QGroupBox(self.tr("Values it protects"))
        values_layout = QVBoxLayout(values)
        self.value_links = ValueLinks()
        self.value_links.view.setAccessibleName(self.tr("Values it protects"))
        values_layout.addWidget(self.value_links)
        layout.addWidget(values)

        log = QGroupBox(self.tr("Log how it went"))
        log_layout = QVBoxLayout(log)
        self.log = LogPanel(service)
        log_layout.addWidget(self.log)
        layout.addWidget(log)
        layout.addStretch(1)

        for box in (self.statement, self.script, self.if_crossed):
            box.textChanged.connect(self.changed)
        self.context.editTextChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.value_links.changed.connect(self.changed)

    # What the plan screen needs

    def first_field(self) -> QWidget:
        return self.statement

    def set_record(self, boundary: Boundary | None) -> None:
        boundary = boundary or Boundary(id=None, statement="-")
        self.statement.setPlainText(boundary.statement if boundary.id is not None else "")
        self.context.setEditText(boundary.context)
        self.script.setPlainText(boundary.script)
        self.if_crossed.setPlainText(boundary.if_crossed)
        self.status.setCurrentIndex(max(0, self.status.findData(boundary.status.value)))
        self.value_links.set_checked_ids(boundary.value_ids)
        self.show_hint("")

    def fields(self) -> dict[str, Any]:
        return {
            "statement": self.statement.toPlainText().strip(),
            "context": self.context.currentText().strip(),
            "script": self.script.toPlainText(),
            "if_crossed": self.if_crossed.toPlainText(),
            "status": BoundaryStatus(self.status.currentData()),
            "value_ids": self.value_links.checked_ids(),
        }

    def has_content(self) -> bool:
        fields = self.fields()
        return any(fields[n].strip() for n in ("statement", "context", "script", "if_crossed"))

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def clear(self) -> None:
        for box in (self.statement, self.script, self.if_crossed):
            box.clear()
        self.context.setEditText("")
        self.status.setCurrentIndex(0)
        self.value_links.clear()
        self.log.clear()
        self.show_hint("")
