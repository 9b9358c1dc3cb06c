"""The Values screen: a calm card sort, three piles, a ranked top and the person's "why"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....domain.values import Pile, Value
from ....domain.values_deck import QueuedCard, name_key, sorting_queue
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...widgets.autosave import Autosave
from ..base import Screen
from .card_panel import CardPanel
from .pile_model import PILES, pile_label
from .piles_panel import PilesPanel
from .value_editor import ValueEditor


def _renumber_ranks(vault: Vault, first: int | None = None) -> None:
    """Keep the ranked very important cards numbered 1..k after one leaves or returns.

    ``first`` wins a tie (a card coming back from the archive takes its old place).
    """
    ranked = [v for v in vault.values.list() if v.pile is Pile.VERY_IMPORTANT and v.rank]
    ranked.sort(key=lambda v: (v.rank, v.id != first, v.id))
    for rank, value in enumerate(ranked, start=1):
        if value.rank != rank:
            vault.values.update(replace(value, rank=rank))


def _scroll(widget: QWidget, parent: QWidget) -> QScrollArea:
    """Let a column scroll rather than squeeze when the font is large."""
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop; it still follows focus
    return area


class ValuesScreen(Screen):
    """Sort the Personal Values Card Sort deck (and the person's own cards) into three
    piles, rank the very important ones, and write why each matters.

    Reads ``service.vault.values``; every change goes through one ``service.write``
    (``Kind.VALUE``, ``initiator=self``), and the screen redraws from the vault on the
    service's ``changed``, so its own changes and those from elsewhere take the same
    path. Only a change made elsewhere refreshes the open card's words (the person's own
    are already there, and may have moved on since).
    """

    key = "values"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._loaded = False
        self._queue: list[QueuedCard] = []
        self._skipped: list[str] = []
        self._values: dict[int, Value] = {}
        self._selected_id: int | None = None
        self._undo_id: int | None = None

        self.card_panel = CardPanel(self)
        self.piles = PilesPanel(self)
        self.editor = ValueEditor(self)
        self.autosave = Autosave(self._save_editor, self)
        self._headings: list[tuple[QLabel, float]] = [
            (self.card_panel.heading, 1.5),
            (self.card_panel.card_name, 1.9),
            (self.piles.heading, 1.5),
            (self.editor.heading, 1.5),
        ]

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(24)
        right_layout.addWidget(self.piles, 3)
        right_layout.addWidget(self.editor, 2)
        self.card_panel.setMinimumWidth(280)
        left_area = _scroll(self.card_panel, self)
        right_area = _scroll(right, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(32)
        layout.addWidget(left_area, 2)
        layout.addWidget(right_area, 3)
        self._apply_heading_fonts()

        self.card_panel.sort_requested.connect(self._sort_current)
        self.card_panel.skip_requested.connect(self._skip_current)
        self.card_panel.own_card_requested.connect(self._add_own_card)
        self.piles.selected.connect(self._on_selected)
        self.piles.move_requested.connect(self._move)
        self.piles.reorder_requested.connect(self._reorder)
        self.piles.archive_requested.connect(self._archive)
        self.piles.undo_requested.connect(self._undo_archive)
        self.editor.edited.connect(self.autosave.touch)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.piles.undo_if_offered)
        service.changed.connect(self._on_changed)

    # Screen

    def title(self) -> str:
        return self.tr("Values")

    def load(self) -> None:
        if not self.service.is_unlocked:
            return
        self._loaded = True
        self._reload()

    def clear(self) -> None:
        self.autosave.cancel()
        self._loaded = False
        self._queue = []
        self._skipped = []
        self._values = {}
        self._selected_id = None
        self._undo_id = None
        with self.autosave.suspend():
            self.editor.clear()
        self.card_panel.clear()
        self.piles.clear()

    def flush(self) -> None:
        self.autosave.flush()

    # Reading

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(Kind.VALUE) and self._loaded and self.service.is_unlocked:
            self._reload(own=initiator is self)

    def _reload(self, *, own: bool = False) -> None:
        """Redraw from the vault; ``own`` when it follows this screen's own write."""
        repo = self.service.vault.values
        values = repo.list()
        archived = repo.list(archived=True)
        self._values = {value.id: value for value in values if value.id is not None}
        self._queue = sorting_queue(values, archived, self._skipped)
        sorted_count = sum(value.pile is not Pile.UNSORTED for value in values)
        self.card_panel.show_card(
            self._queue[0] if self._queue else None, sorted_count, sorted_count + len(self._queue)
        )
        self.piles.set_values({pile: [v for v in values if v.pile is pile] for pile in PILES})
        if not self.piles.select_value(self._selected_id):
            self._selected_id = None
        self._refresh_editor(own=own)

    def _refresh_editor(self, *, own: bool = False) -> None:
        if self.editor.value_id not in (None, self._selected_id):
            self.autosave.flush()  # save the card being left first (this may reload)
        value = self._values.get(self._selected_id) if self._selected_id is not None else None
        with self.autosave.suspend():
            if value is None or self.editor.value_id != value.id:
                self.editor.show_value(value)
                return
            self.editor.show_where(value)
            if not own and not self.autosave.pending:
                self.editor.refresh(value)  # changed elsewhere, and nothing typed here since

    # Writing

    def _write(self, change: Callable[[Vault], Any]) -> bool:
        """One transaction; True when it was saved (the service tells the person if not)."""
        saved = self.service.write(
            lambda v: (change(v), True)[1], changes=Kind.VALUE, initiator=self
        )
        return saved is True

    def _sort_current(self, pile: Pile) -> None:
        if not self._queue:
            return
        card = self._queue[0]
        if card.value_id is None:

            def change(v: Vault) -> None:
                v.values.add(Value(None, card.name, card.description, pile=pile))
        else:
            value_id = card.value_id

            def change(v: Vault) -> None:
                v.values.update(replace(v.values.get(value_id), pile=pile, rank=None))

        self._skipped = [key for key in self._skipped if key != card.key]
        if self._write(change):
            self.card_panel.set_note(
                self.tr("“{name}” is in “{pile}”.").format(name=card.name, pile=pile_label(pile))
            )

    def _skip_current(self) -> None:
        if not self._queue:
            return
        key = self._queue[0].key
        self._skipped = [*(k for k in self._skipped if k != key), key]
        self._reload()

    def _add_own_card(self, name: str, description: str) -> None:
        if any(name_key(value.name) == name_key(name) for value in self._values.values()):
            self.card_panel.show_own_card_note(
                self.tr("You already have a card called “{name}”.").format(name=name)
            )
            return
        self._skipped = [key for key in self._skipped if key != name_key(name)]
        if self._write(lambda v: v.values.add(Value(None, name, description, own_card=True))):
            self.card_panel.own_card_added()

    def _move(self, value_id: int, pile: Pile) -> None:
        focus = self.piles.lists_have_focus()

        def change(v: Vault) -> None:
            current = v.values.get(value_id)
            if current.pile is not pile:
                v.values.update(replace(current, pile=pile, rank=None))
                _renumber_ranks(v)

        self._selected_id = value_id
        if self._write(change):
            self.piles.select_value(value_id, focus=focus)

    def _reorder(self, value_id: int, delta: int) -> None:
        """Move a very important card up or down; ranks 1..n are saved in one change."""
        model = self.piles.models[0]
        order = [value.id for value in model.values()]
        row = order.index(value_id) if value_id in order else -1
        target = row + delta
        if row < 0 or not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        focus = self.piles.lists_have_focus()

        def change(v: Vault) -> None:
            for rank, record_id in enumerate(order, start=1):
                current = v.values.get(record_id)
                if current.rank != rank:
                    v.values.update(replace(current, rank=rank))

        self._selected_id = value_id
        if self._write(change):
            self.piles.select_value(value_id, focus=focus)

    def _archive(self, value_id: int) -> None:
        value = self._values.get(value_id)
        if value is None:
            return
        focus = self.piles.isAncestorOf(QApplication.focusWidget())
        neighbour = self.piles.neighbour_of(value_id)
        self.autosave.flush()
        self._selected_id = neighbour

        def change(v: Vault) -> None:
            v.values.archive(value_id)
            _renumber_ranks(v)

        if self._write(change):
            self._undo_id = value_id
            self.piles.show_undo(self.tr("“{name}” is in the archive.").format(name=value.name))
            if neighbour is not None:
                self.piles.select_value(neighbour, focus=focus)
            elif focus:
                self.piles.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._selected_id = value_id

    def _undo_archive(self) -> None:
        value_id = self._undo_id
        if value_id is None:
            return
        self._selected_id = value_id

        def change(v: Vault) -> None:
            v.values.restore(value_id)
            _renumber_ranks(v, first=value_id)

        if self._write(change):
            self._undo_id = None
            self.piles.hide_undo()
            self.piles.select_value(value_id, focus=True)

    def _on_selected(self, value_id: int | None) -> None:
        if value_id == self._selected_id and self.editor.value_id == value_id:
            return
        self._selected_id = value_id
        self._refresh_editor()

    def _save_editor(self) -> None:
        value_id = self.editor.value_id
        if value_id is None or not self.service.is_unlocked:
            return
        name, description, why = self.editor.texts()

        def change(v: Vault) -> None:
            current = v.values.get(value_id)
            new_name = " ".join(name.split()) or current.name  # a card keeps a name
            v.values.update(replace(current, name=new_name, description=description, why=why))

        self._write(change)

    # Looks

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_heading_fonts()

    def _apply_heading_fonts(self) -> None:
        """Headings follow the screen's font (so 200 % text scales them too)."""
        base = self.font()
        for label, factor in self._headings:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * factor)
            font.setWeight(QFont.Weight.DemiBold)
            label.setFont(font)
