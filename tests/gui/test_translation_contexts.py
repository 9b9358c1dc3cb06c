"""Every lookup is made in the context the catalogue files its string under.

``pyside6-lupdate`` files a ``tr()`` string under the class whose code holds the call (or
the context a ``QCoreApplication.translate`` call names). A lookup made under another
name (PySide's ``self.tr()`` asks under the object's own class, a subclass) finds
nothing and the person reads English. This test installs the Spanish catalogue, records
every lookup that misses while the same source text is in the catalogue under another
context, builds the window and visits every screen, and asserts there is none.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF
from tests.gui.helpers import show_active
from wellbeing.demo import PASSPHRASE as DEMO_PASSPHRASE
from wellbeing.demo import build_demo
from wellbeing.services.vault_service import VaultService
from wellbeing.ui import i18n

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "translations" / "wellbeing_es.ts"


def catalogue_contexts() -> dict[str, set[str]]:
    """Source text -> the contexts the Spanish catalogue translates it in."""
    found: dict[str, set[str]] = {}
    for context in ET.parse(SPANISH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.setdefault(message.findtext("source") or "", set()).add(name)
    return found


#: Contexts of Qt's own classes (QShortcut, QDialogButtonBox): translated by qtbase_es.
_QT_OWN = re.compile(r"Q[A-Z]")


class MissRecorder(QTranslator):
    """Asked first; answers nothing itself, but notes each lookup whose source text the
    catalogue holds only under other contexts: a miss the person would see.

    PySide's ``self.tr()`` asks under the object's class, then under each base class in
    turn (``Screen``, ``QWidget``, ``QObject``, ...) until one answers: those calls come
    one after another for the same text, and count as one lookup that found its words
    when any of them is a context the catalogue files the text under.
    """

    def __init__(self, contexts: dict[str, set[str]]) -> None:
        super().__init__()
        self.contexts = contexts
        self.misses: set[tuple[str, str]] = set()
        self.lookups = 0
        self._source = ""
        self._asked: list[str] = []

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if source_text != self._source or context in self._asked:
            self.finish()
            self._source = source_text or ""
        self._asked.append(context)
        self.lookups += 1
        return None

    def finish(self) -> None:
        """Judge the lookup made so far (the last calls for one source text)."""
        held = self.contexts.get(self._source)
        if self._asked and _QT_OWN.match(self._asked[0]):
            held = None  # Qt's own words ("Back" as a key's name): qtbase's catalogue
        if held and self._asked and not held.intersection(self._asked):
            self.misses.add((self._asked[0], self._source))
        self._source, self._asked = "", []

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def recorder(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Spanish installed (compiled from the committed source), and a recorder above it."""
    qm = tmp_path / "wellbeing_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(SPANISH_TS), "-qm", str(qm)], check=True)
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: qm if lang == "es" else Path("/none"))
    assert i18n.install(qapp, "es") == "es"
    recording = MissRecorder(catalogue_contexts())
    qapp.installTranslator(recording)  # installed last: asked first
    yield recording
    qapp.removeTranslator(recording)
    i18n.uninstall(qapp)


def settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(30)


def test_every_screen_looks_its_words_up_where_the_catalogue_files_them(
    qtbot, tmp_path, settings, recorder
) -> None:
    from wellbeing.ui.main_window import MainWindow

    folder = tmp_path / "demo"
    build_demo(folder, kdf=FAST_KDF, days=60)
    service = VaultService(folder, kdf=FAST_KDF)
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window, (1280, 800))
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(DEMO_PASSPHRASE)
    for index in range(len(window.screens)):
        window.show_screen(index)
        settle(qtbot)
    window.open_crisis_view()
    settle(qtbot)
    window.close_crisis_view()
    window.start_session()
    for step in range(6):
        window.session.go_to(step)
        settle(qtbot)
    window.session.end()
    service.lock()
    settle(qtbot)
    recorder.finish()
    assert recorder.lookups > 1000  # the screens were built in Spanish, not skipped
    assert not sorted(recorder.misses)


def test_the_recorder_sees_a_lookup_in_the_wrong_context(recorder) -> None:
    """The check above can fail: a string asked for under a context it is not filed in."""
    from PySide6.QtCore import QCoreApplication

    source, contexts = next(
        (source, contexts) for source, contexts in recorder.contexts.items() if source
    )
    QCoreApplication.translate("NoSuchContext", source)
    recorder.finish()
    assert ("NoSuchContext", source) in recorder.misses
    assert "NoSuchContext" not in contexts
