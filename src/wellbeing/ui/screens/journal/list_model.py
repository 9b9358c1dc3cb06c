"""The journal's item models: newest entries first, fetched a page at a time.

Neither model ever loads the whole journal: each asks the vault for the next page
(``recent`` or ``search`` with ``before_id``) when the view scrolls near the end, and
keeps the text of only the last few pages painted. Both stay quick, and small, with
100,000 entries.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    Signal,
)

from ....domain.journal import JournalEntry, fts_query, shown_time
from ....services.vault_service import VaultService
from ....vault.repos.journal import JournalFilter

#: Entries per page of the list; the first page is all that opening the screen reads.
PAGE = 200
#: Matches per step of search.
SEARCH_PAGE = 100
#: Pages whose entries the models keep (the rest are read again when painted).
CACHED_PAGES = 8
#: Rows added to the view at a time.
INSERT_SLICE = 1000

EntryRole = Qt.ItemDataRole.UserRole + 1
#: The vault's excerpt for a search hit, matches between ``[`` and ``]`` ("" when listing).
SnippetRole = Qt.ItemDataRole.UserRole + 2
EntryIdRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def local_datetime(entry: JournalEntry) -> QDateTime:
    """The entry's creation time on this computer's clock, as Qt holds times (any
    stored time, even one at the calendar's ends, which stays as stored)."""
    moment = shown_time(entry.created_at)
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


class PagedModel(QStringListModel):
    """Rows of entries, newest first, loaded lazily. Holds nothing until shown.

    The model keeps the id of every row it has loaded (eight bytes a row), and the
    entries themselves only for the last few pages painted (:data:`CACHED_PAGES`): a
    page that scrolls back into view is read again by its ids, a couple of milliseconds.
    So a person can scroll through 100,000 entries and the app holds a few hundred.
    After a change, :meth:`refresh` compares the ids (read from an index, not the text)
    and forgets the cached pages, instead of reading every loaded entry again.

    Why a string list model, whose strings stay empty: a list view lays out every row
    again after each change, and asks the model for each row's index as it goes. Here
    the row count and the indexes stay in Qt's own code; only what is painted (``data``)
    is asked of Python. With a plain Python list model, 100,000 rows took a sixth of a
    second to lay out, each time.

    Signals: ``rows_refreshed()``: the same rows, whose text may have changed; a view
    repaints them (a ``dataChanged`` would also make the list lay out every row again).
    """

    rows_refreshed = Signal()

    def __init__(self, service: VaultService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids = array("q")
        self._pages: OrderedDict[int, dict[int, Row]] = OrderedDict()
        self._filter = JournalFilter()
        self._exhausted = True

    # Qt's model interface (rowCount and index are the string list's own)

    def _set_ids(self, ids: array[int]) -> None:
        """Replace every row (a model reset)."""
        self._ids = ids
        self.setStringList([""] * len(ids))

    def _add_ids(self, more: list[int]) -> None:
        """Append rows (in slices: Qt inserts its strings one at a time)."""
        for start in range(0, len(more), INSERT_SLICE):
            part = more[start : start + INSERT_SLICE]
            at = len(self._ids)
            self._ids.extend(part)
            self.insertRows(at, len(part))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if not 0 <= index.row() < len(self._ids) or index.column() != 0:
            return None
        if role == EntryIdRole:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(row)
        if role == EntryRole:
            return row.entry
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
        """As many more rows as are loaded (a page at least): their ids only; their text
        is read a page at a time when painted. The view lays every row out again after
        each fetch, so doubling keeps fetches few: 100,000 rows in nine."""
        if not self.canFetchMore(parent):
            return
        wanted = max(self._page_size(), len(self._ids))
        more = self._more_ids(wanted, self._ids[-1] if self._ids else None)
        if len(more) < wanted:
            self._exhausted = True
        self._add_ids(more)

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
        found = self._row(row) if 0 <= row < len(self._ids) else None
        return found.entry if found is not None else None

    def row_of(self, entry_id: int | None) -> int:
        if entry_id is None:
            return -1
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._pages.clear()
        self._filter = JournalFilter()
        self._exhausted = True
        self._clear_query()
        self._set_ids(array("q"))

    def refresh(self) -> None:
        """Catch up with a change: the same rows in the same order keep the view as it
        is (only the cached pages are read again, when painted); otherwise the rows
        loaded so far are replaced by those there now."""
        if not self._service.is_unlocked:
            return
        if not self._ids:
            self._replace(*self._reload(self._page_size()))
            return
        # Rows older than the last one loaded come with the next page, unless all are in.
        fresh = array("q", self._live_ids(None if self._exhausted else self._ids[-1]))
        self._pages.clear()
        if fresh == self._ids:
            self.rows_refreshed.emit()
            return
        if not fresh and not self._exhausted:
            self._replace(*self._reload(self._page_size()))
            return
        self._set_ids(fresh)

    def _replace(self, rows: list[Row], exhausted: bool) -> None:
        self._pages.clear()
        self._exhausted = exhausted
        self._set_ids(array("q", (row.entry.id or 0 for row in rows)))
        self._keep(0, rows)

    def _reload(self, limit: int) -> tuple[list[Row], bool]:
        rows = self._fetch(limit, None)
        return rows, len(rows) < limit

    # The cache of pages

    def _keep(self, start: int, rows: list[Row]) -> None:
        """Cache ``rows``, which sit from row ``start`` on, by the pages they fall in."""
        size = self._page_size()
        for offset, row in enumerate(rows):
            page = (start + offset) // size
            self._pages.setdefault(page, {})[row.entry.id or 0] = row
            self._pages.move_to_end(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)

    def _row(self, number: int) -> Row | None:
        size = self._page_size()
        page = number // size
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * size : (page + 1) * size]
            if not self._service.is_unlocked or not ids:
                return None
            # The page's rows, by asking for those just older than its newest one. (A row
            # gone meanwhile stays empty until the refresh that its change brings.)
            wanted = set(ids)
            rows = {
                row.entry.id or 0: row
                for row in self._fetch(len(ids), ids[0] + 1)
                if row.entry.id in wanted
            }
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[number])

    # For subclasses

    def _page_size(self) -> int:
        return PAGE

    def _fetch(self, limit: int, before_id: int | None) -> list[Row]:
        """Up to ``limit`` rows older than ``before_id`` (None: the newest)."""
        raise NotImplementedError

    def _live_ids(self, down_to: int | None) -> list[int]:
        """The ids of the rows there now, newest first, down to ``down_to``."""
        raise NotImplementedError

    def _more_ids(self, limit: int | None, before_id: int | None) -> list[int]:
        """Up to ``limit`` (None: all) ids of rows older than ``before_id``, newest first."""
        raise NotImplementedError

    def _clear_query(self) -> None:
        pass


class EntryListModel(PagedModel):
    """Every entry (that passes the filter), newest first, :data:`PAGE` at a time."""

    def show(self, flt: JournalFilter) -> None:
        self._filter = flt
        self._replace(*self._reload(PAGE))

    def _fetch(self, limit: int, before_id: int | None) -> list[Row]:
        journal = self._service.vault.journal
        return [Row(e) for e in journal.recent(limit=limit, before_id=before_id, flt=self._filter)]

    def _live_ids(self, down_to: int | None) -> list[int]:
        return self._service.vault.journal.recent_ids(self._filter, down_to=down_to)

    def _more_ids(self, limit: int | None, before_id: int | None) -> list[int]:
        journal = self._service.vault.journal
        return journal.recent_ids(self._filter, before_id=before_id, limit=limit)

    def load_until(self, entry_id: int, cap: int = 20 * PAGE) -> int:
        """Fetch pages until ``entry_id`` is loaded (ids fall with each row); its row or -1."""
        while (
            self.row_of(entry_id) < 0
            and self.canFetchMore(QModelIndex())
            and self._ids
            and self._ids[-1] > entry_id
            and len(self._ids) < cap
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

    def _fetch(self, limit: int, before_id: int | None) -> list[Row]:
        if not fts_query(self._text):
            return []
        matches = self._service.vault.journal.search(
            self._text, limit=limit, flt=self._filter, before_id=before_id
        )
        return [Row(m.entry, m.snippet) for m in matches]

    def _live_ids(self, down_to: int | None) -> list[int]:
        if not fts_query(self._text):
            return []
        return self._service.vault.journal.search_ids(self._text, flt=self._filter, down_to=down_to)

    def _more_ids(self, limit: int | None, before_id: int | None) -> list[int]:
        if not fts_query(self._text):
            return []
        return self._service.vault.journal.search_ids(
            self._text, flt=self._filter, before_id=before_id, limit=limit
        )

    def _clear_query(self) -> None:
        self._text = ""
