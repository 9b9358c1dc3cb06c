"""Showing what a search found: the vault's ``[`` ``]`` snippet markers, and the words typed.

The vault's snippets mark each match between ``[`` and ``]``, but a person's own text may
hold brackets too (a Markdown link, a note to self). A bracketed span is read as a match
only when it holds one of the words searched for; every other bracket stays as written.
All of the person's text is escaped before any markup is added.
"""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ....domain.journal import query_terms

# The same reading of a query as the vault's ``fts_query``: "a phrase", word, prefix*.
_WORD = re.compile(r"\w+", re.UNICODE)
_SPAN = re.compile(r"\[([^\[\]]*)\]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, as the search index compares words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded position, the position in ``text`` it came from."""
    folded: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        piece = fold(char)
        folded.append(piece)
        where.extend([i] * len(piece))
    where.append(len(text))
    return "".join(folded), where


def find_terms(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each match of ``pattern`` in ``text``, ignoring case and accents."""
    folded, where = fold_with_map(text)
    spans = []
    for match in pattern.finditer(folded):
        if match.end() > match.start():
            spans.append((where[match.start()], where[match.end() - 1] + 1))
    return spans


def search_words(text: str) -> list[tuple[str, bool]]:
    """The words typed, folded, each with whether it matches as a prefix (``word*``)."""
    return [
        (fold(w), prefix and i == len(found) - 1)
        for found, prefix in query_terms(text)
        for i, w in enumerate(found)
    ]


def term_pattern(text: str) -> re.Pattern[str] | None:
    """A pattern finding the searched words in plain text (whole words; prefix for ``*``)."""
    words = search_words(text)
    if not words:
        return None
    parts = sorted(
        {re.escape(w) + (r"\w*" if prefix else r"(?!\w)") for w, prefix in words},
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _is_match(inner: str, words: list[tuple[str, bool]]) -> bool:
    tokens = [fold(t) for t in _WORD.findall(inner)]
    for token in tokens:
        for word, prefix in words:
            if token == word or (prefix and token.startswith(word)):
                return True
    return False


def mark_open(style: str) -> str:
    return f'<span style="{style}">' if style else "<b>"


def snippet_html(snippet: str, typed: str, style: str = "") -> str:
    """The snippet as rich text: the person's words escaped, the matches in bold.

    ``style`` (CSS) replaces plain bold, e.g. a highlight background from the palette.
    """
    words = search_words(typed)
    close = "</span>" if style else "</b>"
    out: list[str] = []
    last = 0
    for match in _SPAN.finditer(snippet):
        out.append(html.escape(snippet[last : match.start()]))
        inner = match.group(1)
        if inner.strip() and _is_match(inner, words):
            out.append(mark_open(style) + html.escape(inner) + close)
        else:
            out.append(html.escape(match.group(0)))
        last = match.end()
    out.append(html.escape(snippet[last:]))
    return " ".join("".join(out).split())


def text_html(text: str, pattern: re.Pattern[str] | None, style: str = "") -> str:
    """Plain ``text`` as rich text, with matches of ``pattern`` marked."""
    if pattern is None:
        return html.escape(text)
    close = "</span>" if style else "</b>"
    out: list[str] = []
    last = 0
    for start, end in find_terms(text, pattern):
        out.append(html.escape(text[last:start]))
        out.append(mark_open(style) + html.escape(text[start:end]) + close)
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def mark_style(palette: QPalette, selected: bool) -> str:
    """CSS for a match: bold on a soft wash of the palette's highlight colour."""
    if selected:
        return "font-weight: 700; text-decoration: underline;"
    wash = blend(
        palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.35
    )
    text = palette.color(QPalette.ColorRole.Text)
    return f"font-weight: 700; background-color: {wash.name()}; color: {text.name()};"


def blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        top.redF() * amount + bottom.redF() * (1 - amount),
        top.greenF() * amount + bottom.greenF() * (1 - amount),
        top.blueF() * amount + bottom.blueF() * (1 - amount),
    )


def _utf16(text: str, index: int) -> int:
    """Qt counts text positions in UTF-16 units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class SearchHighlighter(QSyntaxHighlighter):
    """Marks the searched words in the editor's text with the palette's highlight colours."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._pattern: re.Pattern[str] | None = None
        self._format = QTextCharFormat()
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        self._format.setBackground(palette.color(QPalette.ColorRole.Highlight))
        self._format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))

    @property
    def active(self) -> bool:
        return self._pattern is not None

    def set_search(self, typed: str) -> None:
        pattern = term_pattern(typed)
        old = None if self._pattern is None else self._pattern.pattern
        if (None if pattern is None else pattern.pattern) == old:
            return
        self._pattern = pattern
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._pattern is None:
            return
        for start, end in find_terms(text, self._pattern):
            first = _utf16(text, start)
            self.setFormat(first, _utf16(text, end) - first, self._format)
