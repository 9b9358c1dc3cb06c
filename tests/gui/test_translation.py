"""Translation: the Spanish catalogue is whole, the app speaks Spanish when asked, the
language choice persists, and neither Spanish nor the pseudo-locale (accented, ~40 %
longer) clips a label or button on any screen at 200 % text size."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from tests.conftest import FAST_KDF
from tests.gui.helpers import show_active
from wellbeing.demo import PASSPHRASE as DEMO_PASSPHRASE
from wellbeing.demo import build_demo
from wellbeing.domain.errors import VaultLockedError, VaultNotFoundError
from wellbeing.services.messages import error_text
from wellbeing.services.settings import LANGUAGE_CHOICES, Settings
from wellbeing.services.vault_service import VaultService
from wellbeing.ui import i18n
from wellbeing.ui.theme import apply_look

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "translations" / "wellbeing_es.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%n|%\d")
ACCELERATOR = re.compile(r"&([^&\s])")


def _accelerators(text: str) -> list[str]:
    return [letter.casefold() for letter in ACCELERATOR.findall(text.replace("&&", ""))]


def _messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(SPANISH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# The catalogue


def test_every_spanish_translation_is_finished_and_keeps_its_placeholders() -> None:
    count = 0
    for context, message in _messages():
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation is not None and translation.get("type") is None, f"unfinished {where}"
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == 2, f"Spanish has a singular and a plural: {where}"
        for form in forms:
            assert form.strip(), f"empty translation for {where}"
            assert set(PLACEHOLDER.findall(source)) <= set(PLACEHOLDER.findall(form)), where
            assert len(_accelerators(source)) == len(_accelerators(form)), where
    assert count > 1000  # the whole interface, not a sample


def test_the_spanish_catalogue_adds_no_clashing_accelerators_on_one_screen() -> None:
    """Within one class (one screen part), two strings whose English accelerators differ
    keep different letters in Spanish, so Alt+letter reaches one control."""
    by_context: dict[str, list[tuple[str, str]]] = {}
    for context, message in _messages():
        source = message.findtext("source") or ""
        for form in _forms(message):
            if _accelerators(source) and context:
                by_context.setdefault(context, []).append((source, form))
    for context, pairs in by_context.items():
        for source_a, spanish_a in pairs:
            for source_b, spanish_b in pairs:
                if _accelerators(source_a) != _accelerators(source_b):
                    assert _accelerators(spanish_a) != _accelerators(spanish_b), (
                        f"{context}: {spanish_a!r} and {spanish_b!r} share a key"
                    )


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled from the committed source, as ``make translations`` does."""
    out = tmp_path_factory.mktemp("qm") / "wellbeing_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(SPANISH_TS), "-qm", str(out)], check=True, timeout=60
    )
    return out


@pytest.fixture
def language(qapp: QApplication, spanish_qm: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a language for this test only; English as written again afterwards."""
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    monkeypatch.setattr(
        i18n, "catalogue_path", lambda lang: spanish_qm if lang == "es" else Path("/none")
    )
    yield lambda name: i18n.install(qapp, name)
    i18n.uninstall(qapp)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    apply_look(qapp, "light", 200)
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


# Spanish in the running app


def test_with_spanish_installed_the_main_window_speaks_spanish(qtbot, service, settings, language):
    from wellbeing.ui.main_window import MainWindow

    assert language("es") == "es"
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_start_page()
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert {"Hoy", "Valores", "Metas", "Plan de seguridad", "Ajustes"} <= set(names)
    texts = {button.text() for button in window.findChildren(QPushButton)}
    assert "Bloquear" in texts
    assert "Ca&mbiar la frase de contraseña" in texts  # the Settings screen, built in Spanish
    # Qt's own words come in Spanish too (qtbase_es.qm).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    # A base class's strings, in a subclass (self.tr asks the base class's context
    # too), and a module helper's (filed under no context, where its _tr asks).
    from wellbeing.ui.restore import texts as restore_texts
    from wellbeing.ui.screens.data.sections import BackupSection

    backups = window.findChildren(BackupSection)
    assert backups and backups[0].status.accessibleName() == "Qué pasó"
    assert restore_texts.tr("Restore from a backup") != "Restore from a backup"
    # A string the catalogue does not hold stays as written (never blank).
    assert QCoreApplication.translate("Nowhere", "Not in the catalogue") == "Not in the catalogue"
    assert QCoreApplication.translate("BackupSection", "Not in the catalogue") != ""


def test_with_spanish_installed_errors_and_value_cards_are_spanish(language) -> None:
    from wellbeing.domain.values_deck import sorting_queue

    language("es")
    assert error_text(VaultLockedError("The vault is locked. Unlock it to go on.")) == (
        "La caja fuerte está bloqueada. Desbloquéala para seguir."
    )
    # A message with parameters: its template is translated, its parts kept.
    assert error_text(VaultNotFoundError("There is no vault at {folder}.", folder="/tmp/a b")) == (
        "No hay ninguna caja fuerte en /tmp/a b."
    )
    first = sorting_queue([])[0]
    assert (first.name, first.description) == ("Aceptación", "que me acepten tal como soy")


# The choice of language


def test_the_language_follows_the_system_unless_chosen(monkeypatch) -> None:
    monkeypatch.delenv(i18n.ENVIRONMENT, raising=False)
    assert i18n.resolve("system", system=QLocale("es_MX")) == "es"
    assert i18n.resolve("system", system=QLocale("fr_FR")) == "en"
    assert i18n.resolve("en", system=QLocale("es_ES")) == "en"
    assert i18n.resolve("es", system=QLocale("en_GB")) == "es"
    monkeypatch.setenv(i18n.ENVIRONMENT, "pseudo")
    assert i18n.resolve("es") == "pseudo"
    assert set(LANGUAGE_CHOICES) == {"system", *i18n.LANGUAGES}


def test_dates_follow_the_language_and_english_leaves_the_systems_conventions(language):
    before = QLocale().name()
    language("en")  # the source language: nothing to load, and dates as they were
    assert QLocale().name() == before
    language("es")
    assert QLocale().language() == QLocale.Language.Spanish
    language("en")
    assert QLocale().name() == before


def test_the_review_says_dates_and_goal_states_in_spanish(language) -> None:
    from datetime import date

    from wellbeing.ui.screens.review import progress
    from wellbeing.ui.screens.review.words import day_words, short_day

    language("es")
    assert day_words(date(2026, 11, 4)) == "4 de noviembre de 2026"
    assert short_day(date(2026, 11, 4)).startswith("4 nov")
    assert QCoreApplication.translate("ProgressPanel", progress._GOAL_STATUS["paused"]) == (
        "en descanso"
    )
    language("en")
    assert day_words(date(2026, 11, 4)) == "4 November 2026"


def test_the_language_chosen_in_settings_persists_and_applies_at_the_next_start(
    qtbot, qapp, tmp_path, vault_dir, settings, spanish_qm, language
) -> None:
    from wellbeing.app import App
    from wellbeing.ui.screens.settings import SettingsScreen

    service = VaultService(vault_dir, kdf=FAST_KDF)
    screen = SettingsScreen(service, settings)
    qtbot.addWidget(screen)
    show_active(qtbot, screen)
    combo = screen.language
    assert combo.currentData() == "system"
    assert combo.itemText(combo.findData("es")) == "Español"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: Español
    assert settings.language == "es"
    assert Settings(settings.path).language == "es"  # kept on disk

    app = App(vault_dir, Settings(settings.path), kdf=FAST_KDF)
    try:
        assert app.language == "es"
        assert app.window.unlock_page.findChild(QPushButton).text() != ""
        unlock_texts = {b.text() for b in app.window.unlock_page.findChildren(QPushButton)}
        assert "&Desbloquear" in unlock_texts
    finally:
        app.close()


# The pseudo-locale


def test_pseudo_strings_are_longer_and_keep_what_code_relies_on() -> None:
    text = "&Save {count} entries, %n of them new, to <b>{folder}</b>"
    shown = i18n.pseudo(text)
    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= 1.35 * len(text)
    for kept in ("{count}", "%n", "<b>", "{folder}", "</b>", "&S"):
        assert kept in shown
    assert "Save" not in shown  # accented, so an untranslated string stands out
    assert i18n.pseudo("d MMM yyyy") == "d MMM yyyy"  # a date format stays a date format
    assert "(*.json)" in i18n.pseudo("JSON files (*.json)")


CHECKED = (QLabel, QPushButton, QCheckBox, QRadioButton)


def settle(qtbot) -> None:
    """Let loads finish and layouts (which settle over a few event-loop turns) come to rest."""
    for _ in range(3):
        qtbot.wait(40)


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons whose text does not fit: a label that does not word-wrap
    (and every button) must be as wide as its size hint; a word-wrapping one as tall as
    its text needs at its width."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisible() or not widget.text():
            continue
        width, height = widget.width(), widget.height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(width)
            if need > height + 1:
                found.append(f"{widget.text()!r} needs {need} px high, has {height}")
        elif widget.sizeHint().width() > width + 1:
            found.append(f"{widget.text()!r} needs {widget.sizeHint().width()} px, has {width}")
    return found


@pytest.mark.parametrize("shown", [i18n.PSEUDO, "es"])
def test_no_screen_clips_its_words_at_200_percent(
    qtbot, qapp, tmp_path, settings, language, large_text, shown
) -> None:
    """Every screen of the real window after unlock, the crisis view and each session
    step, in the pseudo-locale (longer than most languages) and in Spanish."""
    from wellbeing.ui.main_window import MainWindow

    assert language(shown) == shown
    folder = tmp_path / "demo"
    build_demo(folder, kdf=FAST_KDF, days=60)
    service = VaultService(folder, kdf=FAST_KDF)
    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window, (1280, 800))
    found = {"unlock": clipped(window)}
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(DEMO_PASSPHRASE)
    for index, screen in enumerate(window.screens):
        window.show_screen(index)
        settle(qtbot)
        found[screen.key] = clipped(window)
    window.open_crisis_view()
    settle(qtbot)
    found["crisis view"] = clipped(window)
    window.close_crisis_view()
    window.start_session()
    for step in range(6):
        window.session.go_to(step)
        settle(qtbot)
        found[f"session step {step + 1}"] = clipped(window)
    window.session.end()
    service.lock()
    problems = {where: texts for where, texts in found.items() if texts}
    assert not problems
