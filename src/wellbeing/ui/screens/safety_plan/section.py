"""One step of the safety plan: its title and prompt, its items, and the chosen item's details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ValidationError
from ....domain.safety_plan import SafetyItem, Step
from ....services.messages import error_text
from ...widgets import Heading
from ...widgets.flow_layout import FlowLayout
from .item_editor import ItemEditor
from .models import SectionModel
from .prompt_box import PromptBox
from .prompts import add_hint, details_hint, service_suggestions, services_note, step_title


class _ItemsView(QListView):
    """Asks for room for a few items in the current font, so 200 % text still fits."""

    def sizeHint(self) -> QSize:
        rows = min(max(self.model().rowCount(), 2), 8)
        line = max(self.sizeHintForRow(0), 2 * self.fontMetrics().height() + 6)
        return QSize(super().sizeHint().width(), rows * line + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        # Inside a scroll area the page gets its minimum size: ask for the full hint.
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.sizeHint().height())


def _button(text: str, name: str = "", description: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text)
    if description:
        button.setAccessibleDescription(description)
    return button


class SectionWidget(QWidget):
    """A step's number, title and prompt (the person's wording, or the app's), its items,
    and the details of the chosen item.

    Signals (each carries the ``Step``): ``items_edited`` (the person changed the items),
    ``prompt_edited`` (the person reworded the prompt or went back to the original),
    ``item_chosen`` (the person made an item current, so its details show here).
    """

    items_edited = Signal(object)
    prompt_edited = Signal(object)
    item_chosen = Signal(object)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.model = SectionModel(step, self)
        self._removed: list[tuple[int, SafetyItem]] = []
        self._quiet = 0
        self._wide = False
        title = step_title(step)

        self.heading = Heading(
            self.tr("{number}. {title}").format(number=step.number, title=title), scale=1.15
        )
        self.prompt = PromptBox(step)

        self.suggestion_buttons: list[QPushButton] = []
        self.note_label: QLabel | None = None
        if step is Step.PROFESSIONALS:
            self.note_label = QLabel(services_note())
            self.note_label.setWordWrap(True)
            for text in service_suggestions():
                button = _button(
                    self.tr("Add: {suggestion}").format(suggestion=text),
                    description=self.tr("Adds a line you can reword, fill in or remove."),
                )
                button.clicked.connect(lambda _=False, t=text: self.add_suggestion(t))
                self.suggestion_buttons.append(button)

        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(add_hint(step))
        self.new_item.setAccessibleName(self.tr("Add to: {title}").format(title=title))
        self.new_item.setAccessibleDescription(self.tr("Type in your own words and press Enter."))
        self.new_item.returnPressed.connect(self._add_typed)

        self.view = _ItemsView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(
            self.tr(
                "F2 rewords the chosen item. Ctrl+Up and Ctrl+Down move it. Delete removes it; "
                "Ctrl+Z brings it back."
            )
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)

        self.up_button = _button(self.tr("Move up"), self.tr("Move item up"), self.tr("Ctrl+Up"))
        self.down_button = _button(
            self.tr("Move down"), self.tr("Move item down"), self.tr("Ctrl+Down")
        )
        self.remove_button = _button(
            self.tr("Remove"), self.tr("Remove item"), self.tr("You can bring it back. Delete")
        )
        self.undo_label = QLabel(self.tr("Removed from this list."))
        self.undo_label.setWordWrap(True)
        self.undo_button = _button(self.tr("Undo"), self.tr("Bring the removed item back"))
        self.undo_bar = QWidget()
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.editor = ItemEditor(step)
        self.editor.hide()
        self.details_hint = QLabel(details_hint(step))
        self.details_hint.setWordWrap(True)
        self.details_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details_hint.hide()

        self._lay_out()
        self._connect()
        self._update_state()

    def _lay_out(self) -> None:
        item_buttons = FlowLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            item_buttons.addWidget(button)
        items = QVBoxLayout()
        items.setContentsMargins(0, 0, 0, 0)
        items.addWidget(self.new_item)
        items.addWidget(self.view)
        items.addLayout(item_buttons)
        items.addWidget(self.undo_bar)
        items.addStretch(1)

        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(items, 1)
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.details_hint)
        details.addWidget(self.editor)
        details.addStretch(1)
        self.body.addLayout(details, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        if self.note_label is not None:
            layout.addWidget(self.note_label)
            suggestions = FlowLayout()
            for button in self.suggestion_buttons:
                suggestions.addWidget(button)
            layout.addLayout(suggestions)
        layout.addLayout(self.body)

    def _connect(self) -> None:
        self.prompt.edited.connect(lambda: self.prompt_edited.emit(self.step))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(+1)),
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence.StandardKey.Undo, self.undo_remove),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.dataChanged.connect(lambda *_: self._show_current())
        self.model.items_changed.connect(self._on_items_changed)
        self.model.modelReset.connect(self._update_state)
        self.editor.edited.connect(self._on_item_edited)

    # Used by the screen

    def focus_chain(self) -> list[QWidget]:
        """This step's controls in Tab order (hidden ones are skipped by Qt)."""
        return [
            *self.prompt.focus_chain(),
            *self.suggestion_buttons,
            self.new_item,
            self.view,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.undo_button,
            *self.editor.fields(),
        ]

    def set_wide(self, wide: bool) -> None:
        """Details beside the list when there is room, below it when there is not."""
        self._wide = wide
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        self._update_state()

    def set_items(self, items: tuple[SafetyItem, ...]) -> None:
        """Show the stored items, keeping the chosen one chosen when it is still there."""
        if items == self.model.items():
            return
        current = self.current_item()
        self._quiet += 1
        try:
            self.model.set_items(items)
            if current is not None and self.current_item() != current:
                rows = [r for r, it in enumerate(items) if it == current] or [
                    r for r, it in enumerate(items) if it.text == current.text
                ]
                self._select(rows[0] if rows else -1)
        finally:
            self._quiet -= 1
        self._show_current()
        self._update_state()

    def items(self) -> tuple[SafetyItem, ...]:
        return self.model.items()

    def set_own_prompt(self, own: str | None) -> None:
        """The person's wording of the prompt as stored (None: the app's own)."""
        self.prompt.set_own(own)

    def own_prompt(self) -> str | None:
        return self.prompt.own()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_item(self) -> SafetyItem | None:
        return self.model.item(self.current_row())

    def select_row(self, row: int) -> None:
        """Make ``row`` current, as if the person chose it."""
        self._select(row)

    def deselect(self) -> None:
        """No item chosen here (another step's item is being worked on)."""
        if self.current_row() < 0:
            return
        self._quiet += 1
        try:
            self._select(-1)
        finally:
            self._quiet -= 1

    def add_suggestion(self, text: str) -> None:
        """Add a suggested line; the person rewords it and fills in how to reach them."""
        row = self.model.add(SafetyItem(text))
        self._select(row)
        self.editor.text.setFocus()
        self.editor.text.moveCursor(self.editor.text.textCursor().MoveOperation.End)

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.model.move(row, delta))

    def remove_current(self) -> None:
        row = self.current_row()
        item = self.model.remove(row)
        if item is None:
            return
        self._removed.append((row, item))
        self.undo_bar.show()
        if self.model.rowCount():
            self._select(min(row, self.model.rowCount() - 1))
            self.view.setFocus()
        else:
            self._select(-1)
            self.new_item.setFocus()

    def undo_remove(self) -> None:
        if not self._removed:
            return
        row, item = self._removed.pop()
        self.undo_bar.setVisible(bool(self._removed))
        self._select(self.model.add(item, row))
        self.view.setFocus()

    def clear(self) -> None:
        """Forget every item, the removed ones, the person's prompt and every field."""
        self._quiet += 1
        try:
            self._select(-1)
            self.model.clear()
        finally:
            self._quiet -= 1
        self._removed = []
        self.undo_bar.hide()
        self.new_item.setText("")  # setText, unlike clear(), also empties the undo history
        self.prompt.clear()
        self.editor.clear()
        self.editor.hide()
        self._update_state()

    # Inside: items

    def _select(self, row: int) -> None:
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _add_typed(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        try:
            item = SafetyItem(text)
        except ValidationError as err:
            self.editor.show_hint(error_text(err))
            return
        self.new_item.setText("")
        self._select(self.model.add(item))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()
        self._update_state()
        if current.isValid() and not self._quiet:
            self.item_chosen.emit(self.step)

    def _show_current(self) -> None:
        item = self.current_item()
        self.editor.show_item(item)
        self.editor.setVisible(item is not None)
        self._update_hint()

    def _on_item_edited(self, item: SafetyItem) -> None:
        self.model.replace(self.current_row(), item)

    def _on_items_changed(self) -> None:
        self._update_state()
        self.items_edited.emit(self.step)

    def _update_hint(self) -> None:
        """Beside the list, what choosing an item offers; below it, it would only repeat."""
        self.details_hint.setVisible(
            self._wide and self.current_row() < 0 and self.model.rowCount() > 0
        )

    def _update_state(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self._update_hint()
        self.view.updateGeometry()
