"""How one entry looks in the list: when, mood and tags; the title; a few lines of text.

Every row is four lines of the view's own font high, so rows grow with the font size
(200 % included) and the view can use uniform row heights, which keeps long lists quick.
Search hits show the vault's excerpt with the matches in bold on a soft highlight.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .highlight import mark_style, snippet_html, term_pattern, text_html
from .list_model import EntryRole, SnippetRole, meta_text, preview_text

LINES = 4


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._pattern: re.Pattern[str] | None = None

    def set_search(self, typed: str) -> None:
        """The words searched for, to mark in titles and excerpts ("" for none)."""
        self._typed = typed
        self._pattern = term_pattern(typed)

    def _padding(self, option: QStyleOptionViewItem) -> int:
        return max(4, QFontMetrics(option.font).height() // 3)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        pad = self._padding(option)
        return QSize(metrics.averageCharWidth() * 24, metrics.lineSpacing() * LINES + 2 * pad)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry = index.data(EntryRole)
        if entry is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        palette = QPalette(opt.palette)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(group, text_role)
        quiet_colour = (
            text_colour if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        )

        pad = self._padding(opt)
        rect = opt.rect.adjusted(pad, pad, -pad, -pad)
        metrics = QFontMetrics(opt.font)
        line = metrics.lineSpacing()
        painter.save()
        painter.setClipRect(opt.rect)

        # Line 1: when, mood, tags (quiet).
        painter.setFont(opt.font)
        painter.setPen(quiet_colour)
        meta = metrics.elidedText(meta_text(entry), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), meta)

        # Line 2: the title, bold; lines 3-4: a preview (or the search excerpt).
        mark = mark_style(palette, selected)
        y = rect.top() + line
        lines_left = LINES - 1
        if entry.title:
            bold = QFont(opt.font)
            bold.setBold(True)
            shown = QFontMetrics(bold).elidedText(
                " ".join(entry.title.split()), Qt.TextElideMode.ElideRight, rect.width()
            )
            title = text_html(shown, self._pattern, mark)
            self._draw_html(
                painter,
                f"<b>{title}</b>",
                bold,
                rect.left(),
                y,
                rect.width(),
                1,
                line,
                text_colour,
                wrap=False,
            )
            y += line
            lines_left -= 1
        snippet = index.data(SnippetRole) or ""
        if snippet:
            body = snippet_html(snippet, self._typed, mark)
        else:
            body = text_html(preview_text(entry.body, 60), self._pattern, mark)
        if not body and not entry.title:
            painter.setPen(quiet_colour)
            painter.drawText(rect.left(), y + metrics.ascent(), self.tr("A blank page"))
        elif body:
            self._draw_html(
                painter,
                body,
                opt.font,
                rect.left(),
                y,
                rect.width(),
                lines_left,
                line,
                text_colour,
                wrap=True,
            )
        painter.restore()

    def _draw_html(
        self,
        painter: QPainter,
        html: str,
        font: QFont,
        x: int,
        y: int,
        width: int,
        lines: int,
        line: int,
        colour,
        *,
        wrap: bool,
    ) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if wrap
            else QTextOption.WrapMode.NoWrap
        )
        doc.setDefaultTextOption(option)
        doc.setTextWidth(width)
        doc.setHtml(html)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        clip = QRectF(0, 0, width, line * lines)
        context.clip = clip
        painter.save()
        painter.translate(x, y)
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
