"""Keeping and sharing the plan: PDFs (full page or wallet card) and the copy readable
without the passphrase.

The PDF writer and the copy dialog live in other packages; they are imported when the
person asks for them, so this screen never pays for them (or breaks) before that. The
PDF is laid out and written off the GUI thread (``ops.export_plan_pdf``); only the plan,
one small read, is read here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import WellbeingError
from ....services import ops
from ....services.messages import error_text
from ....services.operations import Running
from ....services.settings import Settings
from ....services.vault_service import VaultService
from ... import file_dialogs
from ...widgets.flow_layout import FlowLayout


class PlanActions(QGroupBox):
    """ "Save as PDF…", "Wallet card PDF…", "Print contacts by coded label only", and
    "Readable without the passphrase…". ``before`` runs first (the screen saves any edit
    still waiting, so what is printed is what is on screen); ``owner`` (the screen) is
    the copy dialog's parent."""

    def __init__(
        self,
        service: VaultService,
        before: Callable[[], None],
        owner: QWidget,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(self.tr("Print it, carry it"), parent)
        self.service = service
        self._settings = settings  # where the readable copy's choice is kept
        self._before = before
        self._owner = owner  # the screen: the copy dialog's parent
        self._copy_dialog: QDialog | None = None
        #: The PDF being written (one at a time), or None.
        self.writing: Running | None = None

        intro = QLabel(
            self.tr(
                "A PDF is not encrypted: keep it where only people you choose can see it. "
                "A wallet card is one small page to carry."
            )
        )
        intro.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the plan as a PDF"))
        self.card_button = QPushButton(self.tr("Wallet card PDF…"))
        self.card_button.setAccessibleName(self.tr("Save a wallet card as a PDF"))
        self.coded = QCheckBox(self.tr("Print contacts by coded label only"))
        self.coded.setAccessibleName(self.tr("Print contacts by coded label only"))
        self.coded.setAccessibleDescription(
            self.tr("Contacts with a coded label are printed by that label, not by name.")
        )
        self.copy_button = QPushButton(self.tr("Readable without the passphrase…"))
        self.copy_button.setAccessibleName(self.tr("Readable without the passphrase"))
        self.copy_button.setAccessibleDescription(
            self.tr("Choose whether a copy of this plan can be read before unlocking.")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        buttons = FlowLayout()
        for widget in (self.pdf_button, self.card_button, self.coded, self.copy_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.pdf_button.clicked.connect(lambda: self.save_pdf(card=False))
        self.card_button.clicked.connect(lambda: self.save_pdf(card=True))
        self.copy_button.clicked.connect(self.open_copy_dialog)

    def focus_chain(self) -> list[QWidget]:
        return [self.pdf_button, self.card_button, self.coded, self.copy_button]

    def save_pdf(self, *, card: bool) -> None:
        if not self.service.is_unlocked or self.writing is not None:
            return
        self._before()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("safety-plan-card.pdf") if card else self.tr("safety-plan.pdf")
        title = self.tr("Save a wallet card") if card else self.tr("Save the plan as a PDF")
        chosen = file_dialogs.save_path(
            self, title, Path(folder) / name, self.tr("PDF files (*.pdf)")
        )
        if chosen is None:
            return
        out = chosen
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            from ....printing.pdf import write_safety_plan_pdf
        except ImportError:
            self._say(self.tr("Saving as PDF is not ready in this version. Nothing was written."))
            return
        plan = self.service.vault.safety_plan.get()
        operation = ops.export_plan_pdf(
            parent=self,
            plan=plan,
            out=out,
            vault_folder=self.service.vault.folder,
            card=card,
            coded=self.coded.isChecked(),
            writer=write_safety_plan_pdf,
        )
        operation.success(self._pdf_saved).failure(self._pdf_failed)
        operation.stops_on(self.service.locking, lambda _finished, _out: self._pdf_ended())
        self.writing = operation.run_in_background(initiator=self)
        self.pdf_button.setEnabled(False)
        self.card_button.setEnabled(False)

    def _pdf_ended(self) -> None:
        self.writing = None
        self.pdf_button.setEnabled(True)
        self.card_button.setEnabled(True)

    def _pdf_saved(self, out: Path) -> None:
        self._pdf_ended()
        self._say(self.tr("Saved as {name}.").format(name=out.name))

    def _pdf_failed(self, err: BaseException) -> None:
        self._pdf_ended()
        if isinstance(err, OSError):
            self._say(
                self.tr(
                    "The PDF could not be written there ({reason}). Try another folder."
                ).format(reason=err.strerror or type(err).__name__)
            )
        elif isinstance(err, WellbeingError):
            self._say(error_text(err))
        else:
            raise err

    def open_copy_dialog(self) -> None:
        if not self.service.is_unlocked:
            return
        self._before()
        try:
            from ..crisis.copy_dialog import CrisisCopyDialog
        except ImportError:
            self._say(self.tr("This choice is not ready in this version."))
            return
        dialog = CrisisCopyDialog(self.service, self._owner, settings=self._settings)
        self._copy_dialog = dialog
        dialog.finished.connect(lambda _result: self._copy_closed(dialog))
        dialog.open()

    def clear(self) -> None:
        """Forget the last message (it may name a file) and close the copy dialog."""
        self._say("")
        if self._copy_dialog is not None:
            self._copy_dialog.reject()  # its ``finished`` lets it go (below)
        if self._copy_dialog is not None:
            self._copy_closed(self._copy_dialog)

    def _copy_closed(self, dialog: QDialog) -> None:
        """Let a closed copy dialog go at once: it is no longer one of the screen's widgets
        (a lock right after must find nothing of it there), and is deleted soon after."""
        if self._copy_dialog is dialog:
            self._copy_dialog = None
        dialog.setParent(None)
        dialog.deleteLater()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
