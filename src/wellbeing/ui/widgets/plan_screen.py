"""A list of plan records beside an editor for one of them (goals, boundaries).

What it does for a subclass: autosave through ``service.write`` (a new record is added
once its required field has words), move to the archive with Undo, follow changes made
elsewhere (the service's ``changed``, skipping the screen's own), and forget everything
on lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes, Kind
from ...domain.errors import NotFoundError, ValidationError
from ...services.messages import error_text
from ...services.vault_service import VaultService
from ...vault.repos.base import PlanRepository
from ...vault.vault import Vault
from ..screens.base import Screen
from . import Heading
from .autosave import Autosave
from .delete_for_good import DeleteForGood
from .record_list import RecordListModel, RecordListPane
from .value_links import ValueLinks


class RecordEditor(Protocol):
    """What a plan screen needs from its editor widget."""

    changed: SignalInstance
    value_links: ValueLinks

    def set_record(self, record: Any | None) -> None: ...
    def fields(self) -> dict[str, Any]: ...
    def has_content(self) -> bool: ...
    def show_hint(self, text: str) -> None: ...
    def first_field(self) -> QWidget: ...
    def clear(self) -> None: ...


@dataclass(frozen=True)
class PlanTexts:
    """The words a plan screen shows (already translated)."""

    heading: str
    intro: str
    new: str
    list_name: str
    empty: str
    archived: str
    choose: str
    editor_name: str
    needs_words: str  # a new record waits for its required field
    keeps_old: str  # a saved record's required field was emptied
    untitled: str  # saved on lock/switch so nothing written is lost


class PlanScreen(Screen):
    """Subclasses set ``kind`` (``Kind.GOAL``), ``record_type`` and ``required`` (the
    field that must have words), and implement ``make_editor`` (a ``RecordEditor``),
    ``texts``, ``line`` and, if they like, ``sort`` and ``record_shown``.
    """

    kind: Kind
    record_type: type = object
    required = ""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        editor = self.make_editor()
        self.editor: RecordEditor = editor
        self._texts = texts = self.texts()
        self._current: Any | None = None  # the stored record shown in the editor
        self._editing = False  # the editor shows a record, or a new one being written
        self._dirty = False
        self._filling = False
        self._loaded = False
        self._deleting: int | None = None
        self._split_set = False
        self._autosave = Autosave(self._save, self)

        heading = Heading(texts.heading, scale=1.3)
        heading.setObjectName("screenHeading")
        intro = QLabel(texts.intro)
        intro.setWordWrap(True)

        self.list_model = RecordListModel(self.line, self)
        self.pane = RecordListPane(
            self.list_model,
            new_text=texts.new,
            list_name=texts.list_name,
            empty_text=texts.empty,
            archived_text=texts.archived,
        )
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(editor)
        self.scroll.setAccessibleName(texts.editor_name)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
        self.placeholder = QLabel(texts.choose)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroll)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.pane)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_record)
        self.pane.new_requested.connect(self.new_record)
        self.pane.current_changed.connect(self._open)
        self.pane.archive_requested.connect(self.archive)
        self.pane.undo_requested.connect(self.restore)
        self.deleter = DeleteForGood(service, self.kind, self)
        self.pane.delete_requested.connect(self.ask_delete_for_good)
        self.deleter.deleted.connect(self._deleted_for_good)
        self.deleter.finished.connect(self._delete_finished)
        editor.changed.connect(self._touch)
        service.changed.connect(self._changed)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: a third for the list, the rest for the editor, at any text size."""
        super().showEvent(event)
        if not self._split_set:
            self._split_set = True
            width = max(self.splitter.width(), 3)
            self.splitter.setSizes([width // 3, width - width // 3])

    # For subclasses

    def make_editor(self) -> Any:
        raise NotImplementedError

    def texts(self) -> PlanTexts:
        raise NotImplementedError

    def sort(self, records: list[Any]) -> list[Any]:
        return records

    def line(self, record: Any) -> str:
        raise NotImplementedError

    def record_shown(self, record: Any | None) -> None:
        """Called when the editor shows another stored record (or none)."""

    @property
    def current(self) -> Any | None:
        """The stored record in the editor (None for none, or a new one not yet saved)."""
        return self._current

    # Screen interface

    def load(self) -> None:
        if not self.service.is_unlocked:
            return
        self._autosave.flush()  # a pending edit first; a new one without words stays new
        self.editor.value_links.load(self.service.vault)
        records = self._stored()
        if self._editing and self._current is None:  # a new one still without words
            self.pane.set_records(records, None)
        elif self._current is not None:
            stored = next((r for r in records if r.id == self._current.id), None)
            self.pane.set_records(records, None if stored is None else stored.id)
            if stored != self._current:
                self._show(stored)
        else:
            first = records[0] if records else None
            self.pane.set_records(records, None if first is None else first.id)
            self._show(first)
        self._loaded = True

    def clear(self) -> None:
        self._autosave.cancel()
        self._dirty = self._editing = self._loaded = False
        self._current = None
        with self._quietly():
            self.editor.clear()
        self.pane.clear()
        self.stack.setCurrentWidget(self.placeholder)
        self.record_shown(None)

    def flush(self) -> None:
        self._autosave.cancel()
        self._save(final=True)

    # What the person does

    def new_record(self) -> None:
        if not self.service.is_unlocked:
            return
        self.flush()
        self.pane.set_records(self.list_model.records(), None)
        self._show(None, editing=True)
        self.editor.show_hint(self._texts.needs_words)
        self.scroll.ensureVisible(0, 0)
        self.editor.first_field().setFocus()

    def archive(self, record_id: int) -> None:
        self.flush()
        if not self._write(lambda v: (self._repo(v).archive(record_id), True)[1]):
            return
        if self._current is not None and self._current.id == record_id:
            self._show(None)
        self._refresh_list(None)
        self.pane.show_undo(record_id)
        (self.pane.view if self.list_model.rowCount() else self.pane.new_button).setFocus()

    def ask_delete_for_good(self, record_id: int) -> None:
        """Ask, then delete the record just archived, with its history, for good."""
        self.flush()
        if not self.service.is_unlocked:
            return
        try:
            name = str(getattr(self._repo(self.service.vault).get(record_id), self.required))
        except NotFoundError:
            self.pane.hide_undo()
            return
        self._deleting = record_id
        self.deleter.ask(record_id, name)

    def _deleted_for_good(self, record_id: int) -> None:
        self._deleting = record_id
        if self.service.is_unlocked:
            self._refresh_list(self.pane.current_id())

    def _delete_finished(self, message: str) -> None:
        if self._deleting is not None:
            self.pane.show_deleted(self._deleting, message)
        self._deleting = None

    def restore(self, record_id: int) -> None:
        self.flush()
        if self._write(lambda v: self._repo(v).restore(record_id)) is None:
            return
        self._refresh_list(None)
        self.pane.select_id(record_id)
        self.pane.view.setFocus()

    # Inside

    def _repo(self, vault: Vault) -> PlanRepository[Any]:
        return vault.plan_records(self.kind)

    def _stored(self) -> list[Any]:
        return self.sort(self._repo(self.service.vault).list())

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fill fields without it counting as an edit."""
        self._filling = True
        try:
            with self._autosave.suspend():
                yield
        finally:
            self._filling = False

    def _show(self, record: Any | None, *, editing: bool = False) -> None:
        """Put ``record`` in the editor; None with ``editing`` starts a new one."""
        self._current = record
        self._editing = record is not None or editing
        self._dirty = False
        with self._quietly():
            self.editor.set_record(record)
        self.stack.setCurrentWidget(self.scroll if self._editing else self.placeholder)
        self.record_shown(record)

    def _open(self, record_id: int | None) -> None:
        if self._current is not None and self._current.id == record_id:
            return
        self.flush()
        if record_id is None or not self.service.is_unlocked:
            self._show(None)
            return
        self._show(self._repo(self.service.vault).get(record_id))
        self.scroll.ensureVisible(0, 0)

    def _touch(self) -> None:
        if self._filling or not self._editing:
            return
        self._dirty = True
        self._autosave.touch()

    def _save(self, final: bool = False) -> None:
        if not (self._editing and self._dirty and self.service.is_unlocked):
            return
        fields = self.editor.fields()
        if fields[self.required].strip():
            self.editor.show_hint("")
        elif self._current is not None:
            fields[self.required] = getattr(self._current, self.required)
            self.editor.show_hint(self._texts.keeps_old)
        elif final and self.editor.has_content():
            fields[self.required] = self._texts.untitled  # keep what was written
        else:
            return
        record_id = None if self._current is None else self._current.id
        try:
            record = self.record_type(id=record_id, **fields)
        except ValidationError as err:
            self.editor.show_hint(error_text(err))
            return
        if record == self._current:
            self._dirty = False
            return
        if record_id is None:
            saved = self._write(lambda v: self._repo(v).add(record))
        else:
            saved = self._write(lambda v: self._repo(v).update(record))
        if saved is None:
            return  # the service said why; the edit stays on screen and is tried again
        self._dirty = False
        self._current = saved
        if record_id is None:
            self.record_shown(saved)
        current = self.pane.current_id()
        self._refresh_list(saved.id if current in (None, saved.id) else current)

    def _write(self, change: Callable[[Vault], Any]) -> Any:
        return self.service.write(change, changes=self.kind, initiator=self)

    def _refresh_list(self, select_id: int | None) -> None:
        self.pane.set_records(self._stored(), select_id)

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not self._loaded or not self.service.is_unlocked:
            return  # its own change is on screen already
        if changes.touches(self.kind):
            self.load()
        elif changes.touches(Kind.VALUE):
            self.editor.value_links.load(self.service.vault)
