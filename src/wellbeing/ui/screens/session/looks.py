"""How the session page looks and what it leaves behind.

- Text: the whole page at about 1.4 times the app's text size, so it reads across a room
  or a shared screen, but never beyond the largest size the app offers.
- ``Leftovers``: what a page destroyed mid-session must undo in the service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ....services.vault_service import VaultService
from ...widgets import Heading

#: The page's text size, relative to the app's: readable across a room or a shared screen.
TEXT_SCALE = 1.4
#: ...but never beyond the largest text size the app offers (200 %), which every hosted
#: screen is laid out to hold; at that size the page is as large as the app already is.
LARGEST_SCALE = 2.0


def page_point_size(app_size: float) -> float:
    """The page's point size for the app's ``app_size``."""
    standard = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    if standard <= 0:
        return app_size * TEXT_SCALE
    return max(app_size, min(app_size * TEXT_SCALE, standard * LARGEST_SCALE))


def page_font() -> QFont:
    """The app's font at the page's size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(page_point_size(font.pointSizeF()))
    return font


def rescale_headings(page: QWidget) -> None:
    """Headings size themselves from the app's font (``Heading``); inside the page, size
    them from the page's font instead, keeping each one's own scale."""
    base = page.font()
    for heading in page.findChildren(Heading):
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * heading.scale)
        font.setBold(True)
        if font != heading.font():
            heading.setFont(font)


class Leftovers:
    """What a page must undo if it is destroyed mid-session (plain Python, so it can still
    run while the page's own C++ object is going away)."""

    def __init__(self, service: VaultService) -> None:
        self.service = service
        self.origin = ""
        self.flushers: list[Callable[[], None]] = []

    def release_note(self) -> None:
        if self.origin and self.service.revision_origin == self.origin:
            self.service.set_revision_note()
        self.origin = ""

    def run(self, *_: object) -> None:
        self.release_note()
        # The hosted screens registered their flush with the service; a screen that is
        # gone must not be asked to flush at the next lock.
        for flush in self.flushers:
            self.service.unregister_flusher(flush)
        self.flushers = []
