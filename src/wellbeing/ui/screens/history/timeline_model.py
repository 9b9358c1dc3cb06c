"""The timeline: every change to the plan, newest first, read a page at a time.

The model never loads the whole history: it asks ``vault.history.timeline(limit,
before_id)`` for the next page when the view scrolls near the end (``canFetchMore`` /
``fetchMore``). A page holds up to ``page_size`` revisions and the marks of forgetting
that fall among them; the next page starts after the last *revision* shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ....domain.errors import NotFoundError
from ....domain.history import Forgotten, TimelineLine
from ....domain.revisions import Revision
from ....services.vault_service import VaultService
from ...words.history import sentence, timeline_text

#: Revisions per page; the first page is all that opening the section reads.
PAGE = 200

#: The Revision or Forgotten behind a row.
ItemRole = Qt.ItemDataRole.UserRole + 1
#: The revision's id, or None for a mark of forgetting (which cannot itself be forgotten).
RevisionIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """One sentence per change; marks of forgetting as plain lines. Empty until loaded."""

    def __init__(self, service: VaultService, page_size: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._rows: list[tuple[Revision | Forgotten, str]] = []
        self._exhausted = True

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        item, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.FontRole and isinstance(item, Forgotten):
            font = QFont()
            font.setItalic(True)
            return font
        if role == ItemRole:
            return item
        if role == RevisionIdRole:
            return item.id if isinstance(item, Revision) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if isinstance(self._rows[index.row()][0], Revision):
            flags |= Qt.ItemFlag.ItemIsSelectable
        return flags

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and self._service.is_unlocked

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        try:
            more = self._page(self._last_revision_id())
        except NotFoundError:  # the last change shown was forgotten meanwhile: start over
            self.reload()
            return
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # Ours

    def reload(self) -> None:
        """Read the first page again (after a change, or after forgetting)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        if self._service.is_unlocked:
            self._rows = self._page(None)
        else:
            self._exhausted = True
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def revision_id(self, row: int) -> int | None:
        if not 0 <= row < len(self._rows):
            return None
        item = self._rows[row][0]
        return item.id if isinstance(item, Revision) else None

    def text(self, row: int) -> str:
        return self._rows[row][1] if 0 <= row < len(self._rows) else ""

    def texts(self) -> list[str]:
        return [text for _, text in self._rows]

    def _last_revision_id(self) -> int | None:
        for item, _ in reversed(self._rows):
            if isinstance(item, Revision):
                return item.id
        return None

    def _page(self, before_id: int | None) -> list[tuple[Revision | Forgotten, str]]:
        items = self._service.vault.history.timeline(limit=self._page_size, before_id=before_id)
        revisions = sum(isinstance(item, Revision) for item, _ in items)
        if revisions < self._page_size:
            self._exhausted = True
        return [(item, _text(item, entry)) for item, entry in items]


def _text(item: Revision | Forgotten, entry: TimelineLine) -> str:
    """The row's words; a mark reads as itself ("History before 1 March 2026 was
    forgotten."), undated."""
    return sentence(entry.first) if isinstance(item, Forgotten) else timeline_text(entry)
