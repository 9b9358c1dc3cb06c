"""Change the plan from the review: adjust, pause, let go, recommit or add.

Every change is written with the review's revision note, so the plan's history shows it
was made in this review (``with service.revision_note(..., review_id):`` around each
write, which puts back any note in force before, such as a session's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.boundaries import Boundary
from ....domain.changes import Kind
from ....domain.goals import Goal
from ....domain.review import Review
from ....domain.routines import Routine, Schedule
from ....domain.values import Pile, Value
from ....services.messages import error_text
from ....services.vault_service import VaultService
from ....vault.repos.base import PlanRepository
from ....vault.vault import Vault
from ...widgets.fields import TextBox
from ...widgets.flow_layout import FlowLayout
from .charts import heading
from .numbers import NumbersView
from .plan_model import PlanItem, PlanItemsModel, kind_noun, plan_items, status_words
from .safety import mark_reviewed, section_lines, with_section_lines

TEXT_FIELD = {"value": "name", "goal": "title", "boundary": "statement", "routine": "name"}
STATUSES = ("active", "paused", "let_go")


class ChangesPanel(QWidget):
    """Needs the service and ``ensure_review()``, which returns the review record of the
    period shown (making it if need be), or None if it could not be saved."""

    def __init__(
        self,
        service: VaultService,
        ensure_review: Callable[[], Review | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.ensure_review = ensure_review
        self._undo: Callable[[Vault], Any] | None = None
        self._undo_kind: Kind | None = None
        self._failure = ""
        self._editing: PlanItem | None = None
        service.save_failed.connect(self._note_failure)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Change the plan from here")))
        intro = QLabel(
            self.tr(
                "A review often leads to a change. Choose a part of your plan, then adjust it, "
                "let it rest, let it go, or recommit to it. Every change is kept in the plan's "
                "history, linked to this review."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = PlanItemsModel(self)
        self.view = NumbersView(max_rows=12, stretch_column=1)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Your plan"))
        self.view.setAccessibleDescription(
            self.tr("Choose a row, then a change below. Enter adjusts it.")
        )
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.view.activated.connect(lambda *_: self.adjust())
        layout.addWidget(self.view)

        actions = FlowLayout()
        self.adjust_button = self._button(self.tr("Adjust…"), self.adjust, actions)
        self.pause_button = self._button(
            self.tr("Pause"), lambda: self.set_status("paused"), actions
        )
        self.let_go_button = self._button(self.tr("Let go"), self.let_go, actions)
        self.recommit_button = self._button(self.tr("Recommit"), self.recommit, actions)
        self.adjust_button.setAccessibleDescription(self.tr("Change its words or where it stands"))
        self.pause_button.setAccessibleDescription(self.tr("Let it rest for now"))
        self.recommit_button.setAccessibleDescription(
            self.tr("Make it active again; for the safety plan, note that you looked at it today")
        )
        layout.addLayout(actions)

        # The inline editor
        self.editor = QFrame()
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)
        editor = QVBoxLayout(self.editor)
        self.editor_title = QLabel()
        self.editor_title.setWordWrap(True)
        self.editor_text = TextBox(lines=3)
        self.editor_text.setAccessibleName(self.tr("In your words"))
        self.editor_title.setBuddy(self.editor_text)
        self.editor_note = QLabel()
        self.editor_note.setWordWrap(True)
        self.editor_status = QComboBox()
        self.editor_status.setAccessibleName(self.tr("Where it stands"))
        for status in STATUSES:
            self.editor_status.addItem(status_words(status), status)
        self.status_label = QLabel(self.tr("Where it stands:"))
        self.status_label.setBuddy(self.editor_status)
        buttons = QHBoxLayout()
        self.editor_save = QPushButton(self.tr("Save the change"))
        self.editor_save.clicked.connect(self.save_adjustment)
        self.editor_cancel = QPushButton(self.tr("Cancel"))
        self.editor_cancel.clicked.connect(self.close_editor)
        buttons.addWidget(self.editor_save)
        buttons.addWidget(self.editor_cancel)
        buttons.addStretch(1)
        for widget in (
            self.editor_title,
            self.editor_text,
            self.editor_note,
            self.status_label,
            self.editor_status,
        ):
            editor.addWidget(widget)
        editor.addLayout(buttons)
        self.editor.hide()
        layout.addWidget(self.editor)

        # Confirmation, with Undo
        confirm = QHBoxLayout()
        self.confirmation = QLabel()
        self.confirmation.setWordWrap(True)
        self.confirmation.setAccessibleName(self.tr("What changed"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        confirm.addWidget(self.confirmation, 1)
        confirm.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(confirm)

        # Adding
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(heading(self.tr("Add to the plan")))
        add = FlowLayout()
        self.add_kind = QComboBox()
        self.add_kind.setAccessibleName(self.tr("What to add"))
        for kind, text in (
            ("goal", self.tr("A goal")),
            ("boundary", self.tr("A boundary")),
            ("routine", self.tr("A routine")),
            ("value", self.tr("A value")),
        ):
            self.add_kind.addItem(text, kind)
        self.add_name = QLineEdit()
        self.add_name.setPlaceholderText(self.tr("In a few words of your own"))
        self.add_name.setAccessibleName(self.tr("Name of the new part"))
        self.add_name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.add_name.returnPressed.connect(self.add)
        add_label = QLabel(self.tr("Add:"))
        add_label.setBuddy(self.add_kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add it to the plan"))
        self.add_button.clicked.connect(self.add)
        for widget in (add_label, self.add_kind, self.add_name, self.add_button):
            add.addWidget(widget)
        layout.addLayout(add)
        self._selection_changed()

    def _button(self, text: str, slot: Callable[[], Any], layout: FlowLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # Filling

    def load(self) -> None:
        current = self.current()
        self.model.set_items(plan_items(self.service.vault))
        if current is not None:
            row = self.model.row_of(current.kind, current.id, current.step)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 1))
        elif self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 1))
        self._selection_changed()

    def current(self) -> PlanItem | None:
        return self.model.item(self.view.currentIndex().row())

    def select(self, kind: str, record_id: int | None, step: Any = None) -> None:
        row = self.model.row_of(kind, record_id, step)
        self.view.setCurrentIndex(self.model.index(row, 1))

    def _selection_changed(self, *_: object) -> None:
        item = self.current()
        has_status = item is not None and item.status is not None
        self.adjust_button.setEnabled(item is not None)
        self.pause_button.setEnabled(has_status and item.status == "active")
        self.let_go_button.setEnabled(
            item is not None and item.kind != "safety_plan" and item.status != "let_go"
        )
        self.recommit_button.setEnabled(
            item is not None
            and (item.kind == "safety_plan" or (has_status and item.status != "active"))
        )

    # Writing, linked to the review

    def _write(self, change: Callable[[Vault], Any], kind: Kind) -> bool:
        review = self.ensure_review()
        if review is None or review.id is None:
            return False
        self._failure = ""

        def run(vault: Vault) -> bool:
            change(vault)
            return True

        with self.service.revision_note(
            self.tr("Changed in a review"), f"review:{review.id}", review.id
        ):
            done = self.service.write(run, changes=kind, initiator=self)
        if not done:
            self._confirm(self._failure or self.tr("That could not be saved. Nothing changed."))
        return bool(done)

    def _note_failure(self, message: str) -> None:
        self._failure = message

    def _change(self, change, kind: Kind, message: str, undo=None) -> bool:
        if self._write(change, kind):
            self._confirm(message, undo, kind)
            return True
        return False

    def _confirm(self, message: str, undo=None, kind: Kind | None = None) -> None:
        self.confirmation.setText(message)
        self._undo, self._undo_kind = undo, kind
        self.undo_button.setVisible(undo is not None)

    def undo(self) -> None:
        undo, kind = self._undo, self._undo_kind
        if undo is not None and kind is not None and self._write(undo, kind):
            self._confirm(self.tr("Undone. The plan is as it was before that change."))

    # The changes

    def _record(self, item: PlanItem) -> Any:
        return _records(self.service.vault, item).get(item.id)

    def _restore_to(self, item: PlanItem, before: Any) -> Callable[[Vault], Any]:
        return lambda v: _records(v, item).update(before)

    def set_status(self, status: str) -> None:
        item = self.current()
        if item is None or item.status is None:
            return
        before = self._record(item)
        after = replace(before, status=type(before.status)(status))
        message = {
            "paused": self.tr("Paused {noun} “{name}”."),
            "let_go": self.tr("Let go of {noun} “{name}”."),
            "active": self.tr("Recommitted to {noun} “{name}”: it is active again."),
        }[status].format(noun=kind_noun(item.kind), name=item.name)
        self._change(
            lambda v: _records(v, item).update(after),
            Kind(item.kind),
            message,
            self._restore_to(item, before),
        )

    def let_go(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.kind == "value":  # a value has no status: letting it go moves it to the archive
            self._change(
                lambda v: v.values.archive(item.id),
                Kind.VALUE,
                self.tr("Let go of the value “{name}”. It is in the archive now.").format(
                    name=item.name
                ),
                lambda v: v.values.restore(item.id),
            )
        else:
            self.set_status("let_go")

    def recommit(self) -> None:
        item = self.current()
        if item is None:
            return
        if item.kind == "safety_plan":
            before = self.service.vault.safety_plan.get()
            today = self.service.vault.today()
            self._change(
                lambda v: v.safety_plan.save(mark_reviewed(v.safety_plan.get(), today)),
                Kind.SAFETY_PLAN,
                self.tr("Noted that you looked over your safety plan today."),
                lambda v: v.safety_plan.save(before),
            )
        else:
            self.set_status("active")

    def adjust(self) -> None:
        item = self.current()
        if item is None:
            return
        self._editing = item
        has_status = item.status is not None
        if item.kind == "safety_plan":
            plan = self.service.vault.safety_plan.get()
            text = section_lines(plan, item.step)
            self.editor_title.setText(
                self.tr("Adjust “{name}” (one item a line):").format(name=item.name)
            )
            self.editor_note.setText(
                self.tr("How to reach people and other details stay with each item.")
            )
        else:
            record = self._record(item)
            text = getattr(record, TEXT_FIELD[item.kind])
            self.editor_title.setText(
                self.tr("Adjust {noun}, in your words:").format(noun=kind_noun(item.kind))
            )
            self.editor_note.setText("")
            if has_status:
                self.editor_status.setCurrentIndex(self.editor_status.findData(record.status.value))
        self.editor_note.setVisible(item.kind == "safety_plan")
        self.status_label.setVisible(has_status)
        self.editor_status.setVisible(has_status)
        self.editor_text.setPlainText(text)
        self.editor.show()
        self.editor_text.setFocus()

    def save_adjustment(self) -> None:
        item = self._editing
        if item is None:
            return
        text = self.editor_text.toPlainText()
        if item.kind == "safety_plan":
            before = self.service.vault.safety_plan.get()
            step = item.step
            done = self._change(
                lambda v: v.safety_plan.save(with_section_lines(v.safety_plan.get(), step, text)),
                Kind.SAFETY_PLAN,
                self.tr("Adjusted “{name}” in your safety plan.").format(name=item.name),
                lambda v: v.safety_plan.save(before),
            )
        else:
            before = self._record(item)
            changes: dict[str, Any] = {TEXT_FIELD[item.kind]: text.strip()}
            if item.status is not None:
                changes["status"] = type(before.status)(self.editor_status.currentData())
            try:
                after = replace(before, **changes)
            except Exception as err:  # a kind ValidationError: say it, keep the editor open
                self._confirm(error_text(err))
                return
            done = self._change(
                lambda v: _records(v, item).update(after),
                Kind(item.kind),
                self.tr("Adjusted {noun} “{name}”.").format(
                    noun=kind_noun(item.kind), name=getattr(after, TEXT_FIELD[item.kind])
                ),
                self._restore_to(item, before),
            )
        if done:
            self.close_editor()

    def close_editor(self) -> None:
        self._editing = None
        self.editor_text.clear()
        self.editor_title.clear()
        self.editor.hide()
        self.view.setFocus()

    def add(self) -> None:
        name = self.add_name.text().strip()
        kind = Kind(self.add_kind.currentData())
        if not name:
            self._confirm(self.tr("Write a few words first, then press Add."))
            return
        today = self.service.vault.today()
        record = {
            Kind.GOAL: lambda: Goal(None, name),
            Kind.BOUNDARY: lambda: Boundary(None, name),
            Kind.ROUTINE: lambda: Routine(None, name, Schedule.daily(), started_on=today),
            Kind.VALUE: lambda: Value(None, name, pile=Pile.IMPORTANT, own_card=True),
        }[kind]
        added: list[Any] = []

        def change(v: Vault) -> None:
            added.append(v.plan_records(kind).add(record()))

        if self._write(change, kind):
            new_id = added[0].id
            self._confirm(
                self.tr("Added {noun} “{name}” to your plan.").format(
                    noun=kind_noun(kind), name=name
                ),
                lambda v: v.plan_records(kind).archive(new_id),
                kind,
            )
            self.add_name.setText("")
            self.load()
            self.select(kind, new_id)

    def clear(self) -> None:
        self.model.clear()
        self._undo = None
        self._editing = None
        self.editor_text.clear()
        self.editor_text.document().clearUndoRedoStacks()
        self.editor_title.clear()
        self.editor.hide()
        self.confirmation.clear()
        self.undo_button.hide()
        self.add_name.setText("")
        self.add_name.setModified(False)
        self._selection_changed()


def _records(vault: Vault, item: PlanItem) -> PlanRepository[Any]:
    """Where records of ``item``'s kind are kept (values, goals, boundaries, routines)."""
    return vault.plan_records(Kind(item.kind))
