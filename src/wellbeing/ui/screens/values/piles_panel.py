"""The three piles side by side, with the ways to move, rank and put away a card."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ....domain.values import Pile, Value
from ...widgets.flow_layout import FlowLayout
from .card_panel import button, wrapping_label
from .pile_model import PILES, PileModel, pile_label
from .pile_view import PileView


class PilesPanel(QWidget):
    """The person's sorted values, one list per pile; one card is selected at a time.

    Signals: ``selected(object)`` (a value id, or None), ``move_requested(int, object)``
    (value id, Pile), ``reorder_requested(int, int)`` (value id, -1 up / +1 down),
    ``archive_requested(int)``, ``undo_requested()``.
    """

    selected = Signal(object)
    move_requested = Signal(int, object)
    reorder_requested = Signal(int, int)
    archive_requested = Signal(int)
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._active = 0
        self.heading = QLabel(self.tr("Your piles"), self)
        self.heading.setWordWrap(True)
        hint = wrapping_label(
            self.tr(
                "Select a card to write why it matters to you, or to move it. "
                "In a list, the keys 1, 2 and 3 move the card to that pile."
            ),
            self,
        )
        self.models: list[PileModel] = []
        self.views: list[PileView] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for column, pile in enumerate(PILES):
            very = pile is Pile.VERY_IMPORTANT
            model = PileModel(pile, numbered=very, parent=self)
            view = PileView(reorderable=very, placeholder=self.tr("Nothing here yet."), parent=self)
            view.setModel(model)
            view.setAccessibleName(pile_label(pile))
            view.setAccessibleDescription(self._view_description(very))
            title = wrapping_label(pile_label(pile), self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setBuddy(view)
            grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(view, 1, column)
            grid.setColumnStretch(column, 1)
            self._wire(column, view)
            self.models.append(model)
            self.views.append(view)
        grid.setRowStretch(1, 1)

        self.rank_hint = wrapping_label(
            self.tr(
                "Choose the few that matter most right now: move your top five to ten "
                "to the top of the first pile (Ctrl+Up, Ctrl+Down)."
            ),
            self,
        )
        self.up_button = button(self.tr("Move &up"), self, self.tr("Ctrl+Up in the list"))
        self.down_button = button(self.tr("Move &down"), self, self.tr("Ctrl+Down in the list"))
        self.up_button.clicked.connect(lambda: self._reorder(-1))
        self.down_button.clicked.connect(lambda: self._reorder(1))

        self.move_button = button(
            self.tr("Move to &another pile"), self, self.tr("Alt and the arrow keys in the list")
        )
        self.move_menu = QMenu(self.move_button)
        self.move_actions = {}
        for number, pile in enumerate(PILES, start=1):
            # The key after a tab is only shown: a real shortcut here would fire from
            # anywhere in the window, on whichever card happened to be selected.
            action = self.move_menu.addAction(f"{pile_label(pile)}\t{number}")
            action.triggered.connect(lambda _=False, p=pile: self._move(p))
            self.move_actions[pile] = action
        self.move_menu.aboutToShow.connect(self._prepare_move_menu)
        self.move_button.setMenu(self.move_menu)
        self.archive_button = button(
            self.tr("Move to the a&rchive"), self, self.tr("Delete in the list; you can undo it")
        )
        self.archive_button.clicked.connect(self._archive)

        self.undo_bar = QFrame(self)
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = wrapping_label("", self.undo_bar)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = button(self.tr("Undo"), self.undo_bar, self.tr("Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo_requested)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addLayout(grid, 1)
        layout.addWidget(self.rank_hint)
        actions = FlowLayout()
        for widget in (self.up_button, self.down_button, self.move_button, self.archive_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.undo_bar)
        self._update_actions()

    def _view_description(self, very: bool) -> str:
        text = self.tr("Keys 1, 2, 3 or Alt and the arrows move a card; Delete puts it away.")
        if very:
            text += " " + self.tr("Ctrl+Up and Ctrl+Down change its place.")
        return text

    def _wire(self, column: int, view: PileView) -> None:
        # Selection, not the current item: tabbing into a list marks its first card with
        # the focus frame but does not take the selection away from the card being edited.
        view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection(column))
        view.move_to_requested.connect(lambda number: self._move(PILES[number]))
        view.move_by_requested.connect(lambda delta: self._move_by(column, delta))
        view.reorder_requested.connect(self._reorder)
        view.archive_requested.connect(self._archive)
        view.customContextMenuRequested.connect(
            lambda pos: self._context_menu(column, view.viewport().mapToGlobal(pos))
        )

    # Showing

    def set_values(self, by_pile: dict[Pile, list[Value]]) -> None:
        for column, pile in enumerate(PILES):
            self.models[column].set_values(by_pile.get(pile, []))
        self._update_actions()

    def select_value(self, value_id: int | None, *, focus: bool = False) -> bool:
        """Select that value in whichever pile holds it; False (nothing selected) if none."""
        found = -1, -1
        for column, model in enumerate(self.models):
            row = model.row_of(value_id) if value_id is not None else -1
            if row >= 0:
                found = column, row
                break
        column, row = found
        self._syncing = True
        try:
            for other, view in enumerate(self.views):
                if other != column:
                    view.selectionModel().clear()
            if column >= 0:
                view = self.views[column]
                index = self.models[column].index(row, 0)
                if view.currentIndex() != index or not view.selectionModel().isSelected(index):
                    view.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                view.scrollTo(index)
                self._active = column
                if focus:
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._syncing = False
        self._update_actions()
        return column >= 0

    def selected_value(self) -> Value | None:
        view = self.views[self._active]
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        return self.models[self._active].value_at(index.row())

    def selected_pile(self) -> Pile | None:
        return PILES[self._active] if self.selected_value() is not None else None

    def lists_have_focus(self) -> bool:
        return any(view.hasFocus() for view in self.views)

    def neighbour_of(self, value_id: int) -> int | None:
        """The card to select once this one is put away: the next one, else the one before."""
        for model in self.models:
            row = model.row_of(value_id)
            if row >= 0:
                neighbour = model.value_at(row + 1) or model.value_at(row - 1)
                return neighbour.id if neighbour else None
        return None

    def show_undo(self, text: str) -> None:
        self.undo_label.setText(text)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        self.undo_label.clear()
        self.undo_bar.hide()

    def clear(self) -> None:
        self._syncing = True
        try:
            for model, view in zip(self.models, self.views, strict=True):
                view.selectionModel().clear()
                model.clear()
        finally:
            self._syncing = False
        self.hide_undo()
        self._update_actions()

    # Input

    def _on_selection(self, column: int) -> None:
        if self._syncing:
            return
        rows = self.views[column].selectionModel().selectedRows()
        value = self.models[column].value_at(rows[0].row()) if rows else None
        if value is not None:
            self.select_value(value.id)
            self.selected.emit(value.id)
        elif column == self._active:  # the person unselected the card (Ctrl+click)
            self._update_actions()
            self.selected.emit(None)

    def _update_actions(self) -> None:
        value = self.selected_value()
        very = value is not None and value.pile is Pile.VERY_IMPORTANT
        row = self.models[0].row_of(value.id) if very and value else -1
        self.up_button.setEnabled(very and row > 0)
        self.down_button.setEnabled(very and 0 <= row < self.models[0].rowCount() - 1)
        self.move_button.setEnabled(value is not None)
        self.archive_button.setEnabled(value is not None)

    def _prepare_move_menu(self) -> None:
        current = self.selected_pile()
        for pile, action in self.move_actions.items():
            action.setEnabled(pile is not current)

    def _move(self, pile: Pile) -> None:
        value = self.selected_value()
        if value is not None and value.pile is not pile:
            self.move_requested.emit(value.id, pile)

    def _move_by(self, column: int, delta: int) -> None:
        target = column + delta
        if 0 <= target < len(PILES):
            self._move(PILES[target])

    def _reorder(self, delta: int) -> None:
        value = self.selected_value()
        if value is not None and value.pile is Pile.VERY_IMPORTANT:
            self.reorder_requested.emit(value.id, delta)

    def _archive(self) -> None:
        value = self.selected_value()
        if value is not None:
            self.archive_requested.emit(value.id)

    def undo_if_offered(self) -> None:
        """Ctrl+Z anywhere on the screen (text fields keep their own Ctrl+Z)."""
        if self.undo_bar.isVisible():
            self.undo_requested.emit()

    def _context_menu(self, column: int, where: QPoint) -> None:
        if self.selected_value() is None or self._active != column:
            return
        menu = QMenu(self)
        self._prepare_move_menu()
        for pile, action in self.move_actions.items():
            if action.isEnabled():
                item = menu.addAction(self.tr("Move to “{pile}”").format(pile=pile_label(pile)))
                item.triggered.connect(lambda _=False, p=pile: self._move(p))
        if column == 0:
            menu.addSeparator()
            for source, delta in ((self.up_button, -1), (self.down_button, 1)):
                item = menu.addAction(source.text().replace("&", ""))
                item.setEnabled(source.isEnabled())
                item.triggered.connect(lambda _=False, d=delta: self._reorder(d))
        menu.addSeparator()
        archive = menu.addAction(self.archive_button.text().replace("&", ""))
        archive.triggered.connect(self._archive)
        menu.exec(where)
        menu.deleteLater()
