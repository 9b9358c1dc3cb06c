"""The journal's item models: newest entries first, fetched a page at a time.

Neither model ever loads the whole journal: the list asks the vault for the next page
(``recent(limit, before_id)``) when the view scrolls near the end, and search asks again
with a larger limit. Both stay quick with 100,000 entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from ....domain.journal import JournalEntry, fts_query
from ....services.vault_service import VaultService
from ....vault.repos.journal import JournalFilter

#: Entries per page of the list; the first page is all that opening the screen reads.
PAGE = 200
#: Matches per step of search; each step asks again for this many more.
SEARCH_PAGE = 100

EntryRole = Qt.ItemDataRole.UserRole + 1
#: The vault's excerpt for a search hit, matches between ``[`` and ``]`` ("" when listing).
SnippetRole = Qt.ItemDataRole.UserRole + 2
EntryIdRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalList", text)


def local_datetime(entry: JournalEntry) -> QDateTime:
    """The entry's creation time on this computer's clock, as Qt holds times."""
    moment = entry.created_at.astimezone()
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def date_text(entry: JournalEntry) -> str:
    moment = local_datetime(entry)
    locale = QLocale()
    # Translators: a Qt date format for the list of entries ("Mon 2 Mar 2026").
    day = locale.toString(moment.date(), _tr("ddd d MMM yyyy"))
    time = locale.toString(moment.time(), locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{day}, {time}"


def mood_text(mood: int | None) -> str:
    return "" if mood is None else _tr("mood {mood} of 5").format(mood=mood)


def tags_text(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)


def meta_text(entry: JournalEntry) -> str:
    """The first line of a row: when, and the mood and tags if any."""
    parts = [date_text(entry), mood_text(entry.mood), tags_text(entry.tags)]
    return " · ".join(part for part in parts if part)


def preview_text(body: str, words: int = 60) -> str:
    """The first words of the body on one line (Markdown marks at line starts dropped)."""
    lines = []
    # A preview needs only the start; never split a whole long entry on each paint.
    for line in body[: words * 40].splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            lines.append(line)
        if sum(len(x.split()) for x in lines) >= words:
            break
    flat = " ".join(" ".join(lines).split()[:words])
    return flat


@dataclass(frozen=True)
class Row:
    entry: JournalEntry
    snippet: str = ""


class PagedModel(QAbstractListModel):
    """Rows of entries, newest first, loaded lazily. Holds nothing until shown."""

    def __init__(self, service: VaultService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[Row] = []
        self._filter = JournalFilter()
        self._exhausted = True

    # Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(row)
        if role == EntryRole:
            return row.entry
        if role == EntryIdRole:
            return row.entry.id
        if role == SnippetRole:
            return row.snippet
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and self._service.is_unlocked

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._next_page()
        if len(more) < self._page_size():
            self._exhausted = True
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # Ours

    def display_text(self, row: Row) -> str:
        entry = row.entry
        lines = [meta_text(entry)]
        if entry.title:
            lines.append(entry.title)
        text = " ".join(row.snippet.split()) if row.snippet else preview_text(entry.body, 30)
        if text:
            lines.append(text)
        if not entry.title and not text:
            lines.append(_tr("A blank page"))
        return "\n".join(lines)

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    def entry(self, row: int) -> JournalEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int | None) -> int:
        if entry_id is None:
            return -1
        for number, row in enumerate(self._rows):
            if row.entry.id == entry_id:
                return number
        return -1

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._filter = JournalFilter()
        self._exhausted = True
        self._clear_query()
        self.endResetModel()

    def refresh(self) -> None:
        """Read again as many rows as are loaded; unchanged order keeps the view's state."""
        if not self._service.is_unlocked:
            return
        fresh, exhausted = self._reload(max(len(self._rows), self._page_size()))
        if [r.entry.id for r in fresh] == [r.entry.id for r in self._rows]:
            self._rows = fresh
            self._exhausted = exhausted
            if fresh:
                self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))
            return
        self.beginResetModel()
        self._rows = fresh
        self._exhausted = exhausted
        self.endResetModel()

    def _replace(self, rows: list[Row], exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self._exhausted = exhausted
        self.endResetModel()

    # For subclasses

    def _page_size(self) -> int:
        return PAGE

    def _next_page(self) -> list[Row]:
        raise NotImplementedError

    def _reload(self, limit: int) -> tuple[list[Row], bool]:
        raise NotImplementedError

    def _clear_query(self) -> None:
        pass


class EntryListModel(PagedModel):
    """Every entry (that passes the filter), newest first, :data:`PAGE` at a time."""

    def show(self, flt: JournalFilter) -> None:
        self._filter = flt
        self._replace(*self._reload(PAGE))

    def _reload(self, limit: int) -> tuple[list[Row], bool]:
        entries = self._service.vault.journal.recent(limit=limit, flt=self._filter)
        return [Row(e) for e in entries], len(entries) < limit

    def _next_page(self) -> list[Row]:
        before = self._rows[-1].entry.id if self._rows else None
        entries = self._service.vault.journal.recent(limit=PAGE, before_id=before, flt=self._filter)
        return [Row(e) for e in entries]

    def load_until(self, entry_id: int, cap: int = 20 * PAGE) -> int:
        """Fetch pages until ``entry_id`` is loaded (ids fall with each row); its row or -1."""
        while (
            self.row_of(entry_id) < 0
            and self.canFetchMore(QModelIndex())
            and self._rows
            and (self._rows[-1].entry.id or 0) > entry_id
            and len(self._rows) < cap
        ):
            self.fetchMore(QModelIndex())
        return self.row_of(entry_id)


class SearchModel(PagedModel):
    """Entries matching the words typed, newest first, each with its marked excerpt."""

    def __init__(self, service: VaultService, parent: Any = None) -> None:
        super().__init__(service, parent)
        self._text = ""

    @property
    def text(self) -> str:
        return self._text

    def show(self, text: str, flt: JournalFilter) -> None:
        self._text = text
        self._filter = flt
        self._replace(*self._reload(SEARCH_PAGE))

    def _page_size(self) -> int:
        return SEARCH_PAGE

    def _reload(self, limit: int) -> tuple[list[Row], bool]:
        if not fts_query(self._text):
            return [], True
        matches = self._service.vault.journal.search(self._text, limit=limit, flt=self._filter)
        return [Row(m.entry, m.snippet) for m in matches], len(matches) < limit

    def _next_page(self) -> list[Row]:
        # Search has no "before this id"; ask for a larger batch and keep the new tail.
        # Newest-first order is stable, so the rows already shown come back unchanged.
        have = len(self._rows)
        matches, _ = self._reload(have + SEARCH_PAGE)
        return matches[have:]

    def _clear_query(self) -> None:
        self._text = ""
