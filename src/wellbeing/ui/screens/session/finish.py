"""The last step: a short summary of what was made together, and "Save summary as PDF…".

Only what the revision log says was written or changed in this session is shown (see
``summary.py``); the same sections go into the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QSpacerItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import WellbeingError
from ....services.messages import error_text
from ....vault.outside import refuse_inside_vault
from ... import file_dialogs
from ...widgets import Heading
from .panels import push_button, wrapping
from .summary import Section


class FinishView(QWidget):
    """Shows ``sections`` (title, lines) and saves them as a PDF when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self._title = ""
        self._intro = ""
        self._file_stem = ""
        #: The open vault's folder (set by the session page): no PDF is saved inside it.
        self.vault_folder: Callable[[], Path | None] = lambda: None

        self.heading = Heading("", scale=1.3)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label = wrapping()
        self.skipped_label = wrapping()
        self.skipped_label.hide()
        self.empty_label = wrapping(
            self.tr(
                "Nothing in the plan was written or changed in this session. That is fine: "
                "talking things through counts too."
            )
        )
        self.empty_label.hide()

        # A read-only text view: it wraps, scrolls and reads aloud like any document, and
        # the person's words go in as plain text (never interpreted as markup).
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setUndoRedoEnabled(False)
        self.view.setAccessibleName(self.tr("Summary of this session"))
        self.view.setTabChangesFocus(True)

        self.save_button = push_button(
            self.tr("&Save summary as PDF…"),
            self.tr("Save summary as PDF"),
            self.tr("Only what was made in this session goes into it."),
        )
        self.save_button.clicked.connect(self.save_pdf)
        self.save_note = wrapping()
        self.save_note.setAccessibleName(self.tr("About saving the summary"))
        self.save_note.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_note, 1)
        buttons.addStretch(0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # With nothing to list, keep the words together at the top instead of spreading.
        self._filler = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(self._filler)

    # Showing

    def show_summary(
        self,
        title: str,
        intro: str,
        sections: list[Section],
        skipped: str = "",
        file_stem: str = "session-summary",
    ) -> None:
        self.clear()
        self._title, self._intro, self._file_stem = title, intro, file_stem
        self.sections = [(name, list(lines)) for name, lines in sections]
        self.heading.setText(title)
        self.intro_label.setText(intro)
        self.skipped_label.setText(skipped)
        self.skipped_label.setVisible(bool(skipped))
        self.empty_label.setVisible(not sections)
        self.view.setVisible(bool(sections))
        self._filler.changeSize(
            0,
            0 if sections else 1,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Minimum if sections else QSizePolicy.Policy.Expanding,
        )
        self.layout().invalidate()
        self.save_button.setEnabled(bool(sections))
        self._fill(self.sections)

    def _fill(self, sections: list[Section]) -> None:
        document = self.view.document()
        document.clear()
        cursor = QTextCursor(document)
        plain = QTextCharFormat()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bullets = QTextListFormat()
        bullets.setStyle(QTextListFormat.Style.ListDisc)
        bullets.setIndent(1)
        gap = self.fontMetrics().height()
        for number, (name, lines) in enumerate(sections):
            heading = QTextBlockFormat()
            heading.setTopMargin(gap if number else 0)
            heading.setBottomMargin(gap / 4)
            if number:
                cursor.insertBlock(heading, plain)
            else:
                cursor.setBlockFormat(heading)
            cursor.insertText(name, bold)
            for index, line in enumerate(lines):
                if index == 0:
                    cursor.insertList(bullets)
                else:
                    cursor.insertBlock()
                item = cursor.blockFormat()  # keeps the list; drops the heading's margins
                item.setTopMargin(0)
                item.setBottomMargin(0)
                cursor.setBlockFormat(item)
                cursor.insertText(line, plain)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def texts(self) -> list[str]:
        """What the summary shows, line by line (section titles and their lines)."""
        return [line for line in self.view.toPlainText().splitlines() if line.strip()]

    def clear(self) -> None:
        self.sections = []
        self._title = self._intro = ""
        self.view.document().clear()
        self.view.clear()
        for label in (self.heading, self.intro_label, self.skipped_label, self.save_note):
            label.clear()
        self.save_note.hide()

    # Saving

    def save_pdf(self) -> None:
        if not self.sections:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        chosen = file_dialogs.save_path(
            self,
            self.tr("Save summary as PDF"),
            Path(folder) / f"{self._file_stem}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if chosen is None:
            return
        out = chosen
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            from ....printing.pdf import write_summary_pdf
        except ImportError:
            self._say(self.tr("Saving as PDF is not available in this version."))
            return
        try:
            folder = self.vault_folder()
            if folder is not None:
                refuse_inside_vault(out, folder)
            write_summary_pdf(self._title, self._intro, self.sections, out)
        except WellbeingError as err:
            self._say(error_text(err))
            return
        except OSError as err:
            self._say(
                self.tr(
                    "The summary could not be saved there ({reason}). Try another folder."
                ).format(reason=err.strerror or type(err).__name__)
            )
            return
        self._say(self.tr("Saved as “{name}”.").format(name=out.name))

    def _say(self, text: str) -> None:
        self.save_note.setText(text)
        self.save_note.setForegroundRole(QPalette.ColorRole.WindowText)
        self.save_note.show()
