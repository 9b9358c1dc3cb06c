"""The three parts of "Your data": backups, export, and importing journal entries.

Each part asks for files through ``choose(mode, title, start, filters)`` (the screen's
``choose_path``, which tests replace) and starts its work on the :class:`DataService`;
the screen passes the service's answers back to the part that asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....services.data_service import DataService
from ....vault.backup import SUFFIX
from ...widgets.flow_layout import FlowLayout
from .words import last_backup_words

Chooser = Callable[[str, str, Path, str], "Path | None"]


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def button(text: str, name: str, description: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    if description:
        made.setAccessibleDescription(description)
    return made


class _Section(QGroupBox):
    """A titled part with a status line for what its last action did."""

    #: Emitted just before this part starts work on the service (the screen then
    #: shows the service's answers here).
    asking = Signal()

    def __init__(self, title: str, data: DataService, choose: Chooser) -> None:
        super().__init__(title)
        self.data = data
        self._choose = choose
        self.status = wrapping()
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.hide()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        """While anything runs, nothing else can be started."""


class BackupSection(_Section):
    """Back up now…, automatic backups (on/off, folder, last one), Restore…"""

    restore_requested = Signal()

    def __init__(self, data: DataService, choose: Chooser) -> None:
        super().__init__(self.tr("Backups"), data, choose)
        intro = wrapping(
            self.tr(
                "A backup is one encrypted file holding everything in Wellbeing. It opens "
                "with your passphrase or your recovery key, on this computer or another."
            )
        )
        self.backup_button = button(
            self.tr("&Back up now…"),
            self.tr("Back up now"),
            self.tr("Choose where to save one encrypted backup file."),
        )
        self.restore_button = button(
            self.tr("&Restore from a backup…"),
            self.tr("Restore from a backup"),
            self.tr("Replace what is in Wellbeing now with a backup, after checking it."),
        )
        self.automatic = QCheckBox(self.tr("&Make a backup every day"))
        self.automatic.setAccessibleName(self.tr("Make a backup every day"))
        self.automatic.setAccessibleDescription(
            self.tr(
                "Once a day while Wellbeing is unlocked, an encrypted backup is saved in the "
                "backup folder."
            )
        )
        self.folder_label = wrapping()
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.folder_button = button(
            self.tr("Choose &folder…"),
            self.tr("Choose the backup folder"),
            self.tr("Best on another drive, outside the vault's own folder."),
        )
        self.keeping = wrapping(
            self.tr(
                "Wellbeing keeps the daily backups of the last 7 days, and one a week for the "
                "3 weeks before; older ones are removed. Other files in the folder are never "
                "touched."
            )
        )
        self.last_label = wrapping()
        self.last_label.setAccessibleName(self.tr("Last backup"))

        actions = FlowLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        folder_row = FlowLayout()
        folder_row.addWidget(self.folder_button)
        daily = QVBoxLayout()  # what belongs to "every day", set in under it
        daily.setContentsMargins(self.fontMetrics().averageCharWidth() * 3, 0, 0, 0)
        daily.addWidget(self.folder_label)
        daily.addLayout(folder_row)
        daily.addWidget(self.keeping)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.automatic)
        layout.addLayout(daily)
        layout.addWidget(self.last_label)
        layout.addWidget(self.status)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_requested)
        self.automatic.toggled.connect(self._automatic_toggled)
        self.folder_button.clicked.connect(self.choose_folder)
        data.last_backup_changed.connect(self.show_last_backup)
        data.settings.changed.connect(self._setting_changed)
        self.show_settings()

    def set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)

    # What is shown

    def show_settings(self) -> None:
        settings = self.data.settings
        self.automatic.blockSignals(True)
        self.automatic.setChecked(settings.automatic_backups)
        self.automatic.blockSignals(False)
        folder = settings.backup_folder
        if folder is None:
            self.folder_label.setText(self.tr("No backup folder is chosen yet."))
        else:
            self.folder_label.setText(self.tr("Backups are kept in {folder}").format(folder=folder))
        self.keeping.setVisible(settings.automatic_backups)
        self.show_last_backup()

    def show_last_backup(self) -> None:
        """When the newest backup known was made; nothing is said when there is none
        and no automatic backups (earlier backups may be anywhere)."""
        moment = self.data.last_backup
        shown = moment is not None or self.data.settings.automatic_backups
        self.last_label.setText(last_backup_words(moment, self.data.today()) if shown else "")
        self.last_label.setVisible(shown)

    def _setting_changed(self, key: str) -> None:
        if key.startswith("backup/"):
            self.show_settings()

    # Doing

    def back_up_now(self) -> None:
        start = documents() / f"wellbeing-{self.data.today().isoformat()}{SUFFIX}"
        chosen = self._choose(
            "save",
            self.tr("Save a backup"),
            start,
            self.tr("Wellbeing backups (*{suffix})").format(suffix=SUFFIX),
        )
        if chosen is None:
            return
        if chosen.suffix != SUFFIX:
            chosen = chosen.with_name(chosen.name + SUFFIX)
        self.say("")
        self.asking.emit()
        self.data.back_up_to(chosen)

    def choose_folder(self) -> bool:
        """Ask for the backup folder; True when one was chosen and accepted."""
        current = self.data.settings.backup_folder
        chosen = self._choose(
            "folder", self.tr("Choose a folder for backups"), current or documents(), ""
        )
        if chosen is None:
            return False
        refused = self.data.set_backup_folder(chosen)
        self.say(refused)
        return not refused

    def _automatic_toggled(self, on: bool) -> None:
        settings = self.data.settings
        if on and settings.backup_folder is None and not self.choose_folder():
            self.automatic.blockSignals(True)
            self.automatic.setChecked(False)
            self.automatic.blockSignals(False)
            return
        settings.automatic_backups = on
        if on:
            self.say(self.tr("Wellbeing will make a backup every day while it is unlocked."))
        else:
            self.say(self.tr("Automatic backups are off. The backups already made are kept."))


#: (key, choice, what it is for): short choices, so they fit at 200 % text without a
#: sideways scroll; the longer words wrap beneath each one.
EXPORTS = (
    (
        "json",
        QT_TRANSLATE_NOOP("ExportSection", "Everything, as JSON"),
        QT_TRANSLATE_NOOP("ExportSection", "It can be imported back into an empty vault."),
    ),
    (
        "md",
        QT_TRANSLATE_NOOP("ExportSection", "Everything, as Markdown"),
        QT_TRANSLATE_NOOP("ExportSection", "Easy to read in any text editor."),
    ),
    (
        "pdf",
        QT_TRANSLATE_NOOP("ExportSection", "The safety plan, as a PDF"),
        QT_TRANSLATE_NOOP("ExportSection", "Ready to print."),
    ),
)
_EXPORT_FILES = {
    "json": (
        "wellbeing-export-{day}.json",
        QT_TRANSLATE_NOOP("ExportSection", "JSON files (*.json)"),
        ".json",
    ),
    "md": (
        "wellbeing-export-{day}.md",
        QT_TRANSLATE_NOOP("ExportSection", "Markdown files (*.md)"),
        ".md",
    ),
    "pdf": (
        "safety-plan-{day}.pdf",
        QT_TRANSLATE_NOOP("ExportSection", "PDF files (*.pdf)"),
        ".pdf",
    ),
}


class ExportSection(_Section):
    """Format, coded labels for the PDF, the not-encrypted warning, Export…"""

    def __init__(self, data: DataService, choose: Chooser) -> None:
        super().__init__(self.tr("Export"), data, choose)
        self.warning = wrapping(
            self.tr(
                "An export is NOT encrypted. Anyone who opens the file can read everything "
                "in it. Keep it somewhere private, and delete it when you no longer need it."
            )
        )
        self.warning.setAccessibleName(self.tr("Exports are not encrypted"))
        bold = QFont(self.warning.font())
        bold.setBold(True)
        self.warning.setFont(bold)
        what = wrapping(self.tr("What to export:"))
        self.formats = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(what)
        indent = self.fontMetrics().averageCharWidth() * 3
        for number, (key, text, hint) in enumerate(EXPORTS):
            radio = QRadioButton(self.tr(text))
            radio.setAccessibleName(self.tr(text))
            radio.setAccessibleDescription(self.tr(hint))
            self.formats.addButton(radio, number)
            self.format_buttons[key] = radio
            layout.addWidget(radio)
            note = wrapping(self.tr(hint))
            note.setContentsMargins(indent, 0, 0, 0)
            layout.addWidget(note)
        self.format_buttons["json"].setChecked(True)
        what.setBuddy(self.format_buttons["json"])
        self.coded = QCheckBox(self.tr("&Coded labels only"))
        self.coded.setAccessibleName(self.tr("In the PDF, name contacts by their coded label only"))
        self.coded.setAccessibleDescription(
            self.tr("Contacts with a coded label are printed by that label, not by name.")
        )
        coded_note = wrapping(
            self.tr("In the PDF, contacts with a coded label are printed by it, not by name.")
        )
        coded_row = QHBoxLayout()
        coded_row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        coded_row.addWidget(self.coded, 1)
        layout.addLayout(coded_row)
        coded_note.setContentsMargins(indent * 2, 0, 0, 0)
        layout.addWidget(coded_note)
        self.export_button = button(
            self.tr("&Export…"),
            self.tr("Export"),
            self.tr("Choose where to save the export. The file will not be encrypted."),
        )
        row = FlowLayout()
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.formats.idToggled.connect(lambda _id, _on: self._format_changed())
        self.export_button.clicked.connect(self.export)
        self._format_changed()

    def set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)

    def chosen_format(self) -> str:
        return EXPORTS[max(self.formats.checkedId(), 0)][0]

    def _format_changed(self) -> None:
        self.coded.setEnabled(self.chosen_format() == "pdf")

    def export(self) -> None:
        fmt = self.chosen_format()
        name, filters, suffix = _EXPORT_FILES[fmt]
        chosen = self._choose(
            "save",
            self.tr("Save the export (it will NOT be encrypted)"),
            documents() / name.format(day=self.data.today().isoformat()),
            self.tr(filters),
        )
        if chosen is None:
            return
        if chosen.suffix.lower() != suffix:
            chosen = chosen.with_name(chosen.name + suffix)
        self.say("")
        self.asking.emit()
        self.data.export(fmt, chosen, coded=fmt == "pdf" and self.coded.isChecked())


IMPORTS = (
    ("auto", QT_TRANSLATE_NOOP("ImportSection", "Find out from the file")),
    ("jsonl", QT_TRANSLATE_NOOP("ImportSection", "JSON Lines (one entry a line)")),
    ("jrnl", QT_TRANSLATE_NOOP("ImportSection", "jrnl (jrnl --export json)")),
    ("dayone", QT_TRANSLATE_NOOP("ImportSection", "Day One (its JSON export, or the .zip)")),
)


class ImportSection(_Section):
    """Format, Import from a file…, progress with Cancel, and the result in words."""

    def __init__(self, data: DataService, choose: Chooser) -> None:
        super().__init__(self.tr("Import journal entries"), data, choose)
        intro = wrapping(
            self.tr(
                "Bring in journal entries written elsewhere. Entries already in your journal "
                "(same time, same words) are recognised and left out, and nothing is added "
                "unless the whole file can be."
            )
        )
        self.format_box = QComboBox()
        for key, text in IMPORTS:
            self.format_box.addItem(self.tr(text), key)
        format_label = QLabel(self.tr("F&ormat:"))
        format_label.setBuddy(self.format_box)
        self.format_box.setAccessibleName(self.tr("Format of the file"))
        self.import_button = button(
            self.tr("&Import from a file…"),
            self.tr("Import journal entries from a file"),
        )
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = button(
            self.tr("Cancel"),
            self.tr("Cancel the import"),
            self.tr("Stops the import; nothing from the file is added."),
        )
        self.working_label = wrapping()
        self.working_label.setAccessibleName(self.tr("Import progress"))

        format_row = QHBoxLayout()
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_box)
        format_row.addStretch(1)
        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        row = FlowLayout()
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(format_row)
        layout.addLayout(row)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.working_label)
        layout.addWidget(self.status)
        self.progress_row.hide()
        self.working_label.hide()

        self.import_button.clicked.connect(self.import_file)
        self.cancel_button.clicked.connect(data.cancel)

    def set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.format_box.setEnabled(not busy)

    def import_file(self) -> None:
        chosen = self._choose(
            "open",
            self.tr("Choose a file of journal entries"),
            documents(),
            self.tr("Journal exports (*.json *.jsonl *.zip);;All files (*)"),
        )
        if chosen is None:
            return
        self.say("")
        self.asking.emit()
        if self.data.import_journal(chosen, self.format_box.currentData()):
            self.progress_bar.setRange(0, 0)
            self.progress_row.show()
            self.cancel_button.setEnabled(True)
            self.cancel_button.setFocus()

    def show_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress_bar.setRange(0, 0)
            return
        # A QProgressBar counts in int: scale large totals (bytes) into 0-1000.
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * min(done, total) / total))

    def show_working(self, text: str) -> None:
        self.working_label.setText(text)
        self.working_label.setVisible(bool(text))

    def ended(self, message: str) -> None:
        had_focus = self.cancel_button.hasFocus()
        self.progress_row.hide()
        self.show_working("")
        self.say(message)
        if had_focus:
            self.import_button.setFocus()
