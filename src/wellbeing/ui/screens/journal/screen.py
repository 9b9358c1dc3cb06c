"""The journal: a private list of entries on the left, the open entry on the right.

Reading goes through ``service.vault.journal``; every change through ``service.write``
with ``initiator=self``: the screen follows journal changes made elsewhere (Today's quick
line, an import) and skips its own, so saving what is typed never reloads the list under
the cursor.
The list is lazy (a page at a time), search is live (debounced), and filters narrow both.
"Move to archive" comes with an Undo; beside it, "Delete for good…" asks, then removes
the entry from the vault file too (``deleting.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....domain.errors import NotFoundError, ValidationError
from ....domain.journal import JournalEntry, fts_query
from ....services.vault_service import VaultService
from ....services.write_queue import PENDING
from ....vault.repos.journal import JournalFilter
from ....vault.vault import Vault
from ...widgets.autosave import Autosave
from ..base import Screen
from .deleting import JournalDeleter
from .editor import EntryEditor
from .list_model import EntryIdRole, EntryListModel, PagedModel, SearchModel
from .list_pane import ListPane

SEARCH_DELAY_MS = 200
T = TypeVar("T")


def _same(a: JournalEntry, b: JournalEntry) -> bool:
    """Equal in everything the person can edit."""
    fields = ("title", "body", "mood", "tags", "created_at")
    return all(getattr(a, name) == getattr(b, name) for name in fields)


class JournalScreen(Screen):
    key = "journal"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self._loaded = False
        self._sized = False
        self._ignore_current = False
        self._archived: list[int] = []
        self._blank_new_id: int | None = None
        self._tags_stale = True
        #: Saves kept during an import: entries whose kept save gave them a new id (their
        #: date changed), and the open entry whose kept save could not be written.
        self._renamed: dict[int, int] = {}
        self._unsure_id: int | None = None

        self.list_model = EntryListModel(service, self)
        self.search_model = SearchModel(service, self)
        self.autosave = Autosave(self._save, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)

        self._build()
        self._connect()
        self.clear()

    # Building

    def _build(self) -> None:
        self.pane = pane = ListPane()
        # Shorter names for what the screen (and its tests) reach for most.
        self.new_button, self.search_field = pane.new_button, pane.search_field
        self.filters_button, self.filter_bar = pane.filters_button, pane.filter_bar
        self.status_label, self.empty_label = pane.status_label, pane.empty_label
        self.list_view, self.list_stack = pane.list_view, pane.list_stack
        self.delegate, self.undo_bar = pane.delegate, pane.undo_bar
        self.list_view.setModel(self.list_model)

        self.editor = EntryEditor()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(self.fontMetrics().height())
        # A stack that swaps a label in for the focused page (the vault locks while the
        # editor has focus) focuses the label, which cannot show it: New entry takes it.
        self.placeholder.setFocusProxy(self.new_button)
        self.empty_label.setFocusProxy(self.new_button)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.placeholder)
        self.editor_stack.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(pane)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.undo_bar.close_button, self.editor.title_edit)

    def _connect(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.New), self, self._new_entry, context=context
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search, context=context
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.list_view,
            lambda: self._archive_current(from_list=True),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.new_button.clicked.connect(self._new_entry)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.filter_bar.changed.connect(self._apply_query)
        self.filters_button.toggled.connect(self._filters_toggled)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.activated.connect(lambda _index: self.editor.focus_title())
        self.search_model.rowsInserted.connect(self._update_status)
        for model in (self.list_model, self.search_model):
            # Same rows, text read again: repaint what shows (no layout of every row).
            model.rows_refreshed.connect(lambda: self.list_view.viewport().update())
        self.editor.edited.connect(self.autosave.touch)
        self.editor.archive_requested.connect(self._archive_current)
        self.undo_bar.undo_requested.connect(self._undo_archive)
        self.undo_bar.dismissed.connect(self._dismiss_undo)
        self.deleter = JournalDeleter(self)
        self.service.changed.connect(self._on_changed)

    # Screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The list takes two fifths at first; the person can move the divider.
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])

    def title(self) -> str:
        return self.tr("Journal")

    def load(self) -> None:
        if not self.service.is_unlocked:
            return
        if self._loaded:
            self._refresh()
            return
        self._loaded = True
        vault = self.service.vault
        self.filter_bar.set_default_dates(vault.today())
        self._update_tags()  # read when the filters open: counting tags reads every entry
        self._apply_query()

    def clear(self) -> None:
        self._loaded = False
        self.autosave.cancel()
        self._search_timer.stop()
        self._refresh_timer.stop()
        self._ignore_current = True
        try:
            self._set_model(self.list_model)
            self.list_model.clear()
            self.search_model.clear()
        finally:
            self._ignore_current = False
        self.pane.forget()
        self.editor.forget()
        self.editor_stack.setCurrentWidget(self.placeholder)
        self.placeholder.setText("")
        self._archived.clear()
        self._blank_new_id = None
        self._renamed.clear()
        self._unsure_id = None

    def flush(self) -> None:
        self.autosave.flush()

    # The list

    def _model(self) -> PagedModel:
        return self.list_view.model()  # type: ignore[return-value]

    def _set_model(self, model: PagedModel) -> None:
        if self.list_view.model() is model:
            return
        old = self.list_view.selectionModel()
        self.list_view.setModel(model)
        old.deleteLater()
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)

    def _apply_query(self) -> None:
        """Show the list or the search results for what is typed and filtered now."""
        if not self._loaded or not self.service.is_unlocked:
            return
        self._search_timer.stop()
        typed = self.search_field.text()
        flt = self.filter_bar.filter()
        searching = bool(fts_query(typed))
        self._ignore_current = True
        try:
            if searching:
                self.search_model.show(typed, flt)
                self._set_model(self.search_model)
                self.list_model.clear()
            else:
                self.list_model.show(flt)
                self._set_model(self.list_model)
                self.search_model.clear()
            self.delegate.set_search(typed if searching else "")
            self.editor.set_search(typed if searching else "")
            self.list_view.scrollToTop()
            self._select(self.editor.entry_id, reveal=True)
        finally:
            self._ignore_current = False
        self.list_view.viewport().update()
        self._update_status()

    def _select(self, entry_id: int | None, *, reveal: bool) -> None:
        """Make ``entry_id`` the list's current row (loading pages up to it if needed)."""
        model = self._model()
        if entry_id is None:
            row = -1
        elif isinstance(model, EntryListModel):
            row = model.load_until(entry_id)
        else:
            row = model.row_of(entry_id)
        if row < 0:
            self.list_view.setCurrentIndex(QModelIndex())
            return
        index = model.index(row)
        self.list_view.setCurrentIndex(index)
        if reveal:
            self.list_view.scrollTo(index)

    def _request_refresh(self) -> None:
        """Refresh once control is back in the event loop (never inside a view's signal)."""
        if self._loaded:
            self._refresh_timer.start()

    def _refresh(self) -> None:
        """Read the vault again, keeping the open entry selected and the scroll position."""
        self._refresh_timer.stop()
        if not self._loaded or not self.service.is_unlocked:
            return
        vault = self.service.vault
        if self.editor.entry_id is not None:
            try:
                vault.journal.get(self.editor.entry_id)
            except NotFoundError:
                # Moved to the archive elsewhere: the editor lets go of it.
                self.autosave.cancel()
                self.editor.forget()
                self.editor_stack.setCurrentWidget(self.placeholder)
        keep = self.editor.entry_id
        if keep is None:
            keep = self.list_view.currentIndex().data(EntryIdRole)
        bar = self.list_view.verticalScrollBar()
        position, row = bar.value(), self.list_view.currentIndex().row()
        self._ignore_current = True
        try:
            self._model().refresh()
            bar.setValue(position)
            # Follow the entry only if it moved (its date changed); else keep the scroll.
            self._select(keep, reveal=False)
            if self.list_view.currentIndex().row() not in (row, -1):
                self.list_view.scrollTo(self.list_view.currentIndex())
        finally:
            self._ignore_current = False
        self._update_tags()
        self._update_status()

    def _update_tags(self, *, now: bool = False) -> None:
        """Tags for the filter: read while the filters are open, else when they open."""
        if now or self.filter_bar.isVisibleTo(self):
            self.filter_bar.set_tags(self.service.vault.journal.tags())
            self._tags_stale = False
        else:
            self._tags_stale = True

    def _filters_toggled(self, shown: bool) -> None:
        if shown and self._tags_stale and self._loaded and self.service.is_unlocked:
            self._update_tags(now=True)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        # A hidden screen catches up in load(), which runs each time it is shown.
        if initiator is not self and changes.touches(Kind.JOURNAL) and self.isVisible():
            self._request_refresh()

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        if self._ignore_current or not current.isValid():
            return
        entry_id = current.data(EntryIdRole)
        if entry_id is not None and entry_id != self.editor.entry_id:
            self._open(entry_id)

    def _update_status(self) -> None:
        if not self._loaded or not self.service.is_unlocked:
            return
        journal = self.service.vault.journal
        total = journal.count()
        if self._model() is self.search_model:
            shown = self.search_model.rowCount()
            more = self.search_model.canFetchMore(QModelIndex())
            self.pane.show_counts(searching=True, shown=shown, more=more, total=total)
        else:
            flt = self.filter_bar.filter()
            shown = 0 if not total else total if flt == JournalFilter() else journal.count(flt)
            self.pane.show_counts(searching=False, shown=shown, more=False, total=total)
        self.placeholder.setText(self._placeholder_text(total))

    def _placeholder_text(self, total: int) -> str:
        if total:
            return self.tr(
                "Choose an entry on the left, or start a new one with “New entry” (Ctrl+N)."
            )
        return self.tr(
            "Start with “New entry” (Ctrl+N). What you write saves itself as you "
            "go, encrypted, on this computer only."
        )

    # The editor

    def _open(self, entry_id: int) -> None:
        self._leave_current()
        try:
            entry = self.service.vault.journal.get(entry_id)
        except NotFoundError:
            self._request_refresh()
            return
        with self.autosave.suspend():
            self.editor.show_entry(entry)
        self.editor_stack.setCurrentWidget(self.editor)

    def _leave_current(self) -> None:
        """Save the open entry; a new entry left blank is not kept (it holds nothing)."""
        self.autosave.flush()
        blank, self._blank_new_id = self._blank_new_id, None
        if blank is not None and self.editor.entry_id == blank and self.editor.is_blank():
            self._write(lambda v: v.journal.delete_forever(blank))
            self._request_refresh()

    def _write(self, change: Callable[[Vault], T]) -> T | None:
        return self.service.write(change, changes=Kind.JOURNAL, initiator=self)

    def _save(self) -> bool:
        """Save the open entry's fields; False when they could not be saved (the service
        said why; the editor keeps them and the next flush tries again).

        While an import holds the vault the save is kept and written when the import
        ends (``services/write_queue.py``): the editor counts it as saved soon, and
        :meth:`_landed` hears how it went.
        """
        before = self.editor.entry
        if before is None:
            return True
        try:
            wanted = self.editor.entry_from_fields()
        except ValidationError:
            # The write says why, through save_failed.
            return (
                self._write(lambda v: v.journal.update(self.editor.entry_from_fields())) is not None
            )
        if wanted is None:
            return True
        if _same(wanted, before) and before.id != self._unsure_id:
            return True
        now_id = self._now_id
        saved = self.service.write(
            # The words as they are now, not when the change is written (maybe later).
            lambda v: v.journal.update(replace(wanted, id=now_id(wanted.id))),
            changes=Kind.JOURNAL,
            initiator=self,
            later=lambda result: self._landed(wanted, result),
        )
        if saved is None:
            return False
        self._unsure_id = None
        if saved is PENDING:
            self.editor.set_saved(wanted)  # kept: the same words are not kept twice
            return True
        self.editor.set_saved(saved)
        self._request_refresh()
        return True

    def _now_id(self, entry_id: int) -> int:
        """The id an entry has now: a kept save that changed its date gave it a new one."""
        while entry_id in self._renamed:
            entry_id = self._renamed[entry_id]
        return entry_id

    def _landed(self, wanted: JournalEntry, saved: JournalEntry | None) -> None:
        """A save kept during an import was written (``saved``), or could not be (None:
        ``save_failed`` said why; the words stay on screen and the next flush saves
        them)."""
        open_now = self.editor.entry_id == wanted.id
        if saved is None:
            if open_now:
                self._unsure_id = wanted.id
                self.autosave.mark_unsaved()
            return
        if saved.id != wanted.id:
            self._renamed[wanted.id] = saved.id
        if self.editor.entry is wanted:
            self.editor.set_saved(saved)
        elif open_now and saved.id != wanted.id and self.editor.entry is not None:
            self.editor.set_saved(replace(self.editor.entry, id=saved.id))
        self._request_refresh()

    # Actions

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _new_entry(self) -> None:
        if not self._loaded or not self.service.is_unlocked:
            return
        self.autosave.flush()
        if self._blank_new_id is not None and self.editor.entry_id == self._blank_new_id:
            self.editor_stack.setCurrentWidget(self.editor)
            self.editor.focus_title()
            return
        self._leave_current()
        # A new entry matches no search or filter yet: show everything, so it is in view.
        self._search_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.setText("")
        self.search_field.blockSignals(False)
        self.filter_bar.reset(announce=False)
        saved = self._write(lambda v: v.journal.add(JournalEntry(None, "", "", created_at=v.now())))
        if saved is None:
            return
        self._blank_new_id = saved.id
        with self.autosave.suspend():
            self.editor.show_entry(saved)
        self.editor_stack.setCurrentWidget(self.editor)
        self._apply_query()
        self.editor.focus_title()

    def _archive_current(self, from_list: bool = False) -> None:
        if not self._loaded:
            return
        self.autosave.flush()
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        row = self.list_view.currentIndex().row()
        done = self._write(lambda v: v.journal.archive(entry_id) or True)
        if not done:
            return
        if self._blank_new_id == entry_id:
            self._blank_new_id = None
        self._archived.append(entry_id)
        self.undo_bar.reset()
        self.editor.forget()
        self.editor_stack.setCurrentWidget(self.placeholder)
        self._refresh()
        model = self._model()
        if row >= 0 and model.rowCount():
            self.list_view.setCurrentIndex(model.index(min(row, model.rowCount() - 1)))
        self.undo_bar.show()
        if from_list and model.rowCount():
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.undo_bar.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_archive(self) -> None:
        if not self._archived or not self._loaded:
            return
        entry_id = self._archived.pop()
        self._leave_current()
        restored = self._write(lambda v: v.journal.restore(entry_id))
        if not self._archived:
            self.undo_bar.hide()
        if restored is None:
            return
        with self.autosave.suspend():
            self.editor.show_entry(restored)
        self.editor_stack.setCurrentWidget(self.editor)
        self._refresh()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismiss_undo(self) -> None:
        self._archived.clear()
        self.undo_bar.hide()
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
